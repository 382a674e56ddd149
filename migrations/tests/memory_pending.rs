//! The migration that has the memory indexed after approvals: undoing it indexes the units
//! still waiting, and only those, before their list goes; the concordance terms (moved to
//! `tm_terms` on PostgreSQL) find the same units before it, after it and after undoing it. On
//! SQLite, or on PostgreSQL when `BITEXT_TEST_DATABASE_URL` is set.

mod common;

use bitext_domain::memory::{grams, key_term, sketch, source_salt};
use bitext_migrations::{Migrator, MigratorTrait};
use common::{migrations_before, on_fresh_database, run};
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

/// The units the index finds through their sketch keys of `text`, of those given.
async fn found_by_sketch(db: &DatabaseConnection, text: &str) -> Vec<i64> {
    let backend = db.get_database_backend();
    let keys = sketch(&grams(text, &source_salt("zh-CN", "en-US")));
    assert!(!keys.is_empty());
    let sql = match backend {
        DbBackend::Postgres => format!(
            "SELECT DISTINCT unit_id AS id FROM tm_keys WHERE gram IN ({}) ORDER BY 1",
            keys.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(",")
        ),
        _ => format!(
            "SELECT -rowid AS id FROM tm_fts WHERE tm_fts MATCH 'sketch : ({})' ORDER BY 1",
            keys.into_iter()
                .map(key_term)
                .collect::<Vec<_>>()
                .join(" OR ")
        ),
    };
    db.query_all_raw(Statement::from_string(backend, sql.clone()))
        .await
        .expect(&sql)
        .iter()
        .map(|r| r.try_get::<i64>("", "id").expect("id"))
        .collect()
}

#[tokio::test]
async fn undoing_the_pending_list_indexes_the_units_still_waiting_and_only_those() {
    on_fresh_database("memory_pending", async |db| {
        Migrator::up(
            db,
            Some(migrations_before("m20261213_000018_memory_pending") + 1),
        )
        .await
        .expect("up to the pending list");
        let text = "南江市气象台今天上午发布暴雨红色预警。";
        // Unit 1 waits; unit 2, the same text, is taken as indexed already.
        for id in [1, 2] {
            run(
                db,
                &format!(
                    "INSERT INTO tm_units (id, source_language, target_language, kind, \
                     source_text, target_text, source_key, target_key, origin, created_at, \
                     recorded_at) VALUES ({id}, 'zh-CN', 'en-US', 'sentence', '{text}', \
                     'A red rainstorm warning was issued.', 1, 2, 'approval', \
                     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
                ),
            )
            .await;
        }
        run(db, "INSERT INTO tm_pending (unit_id) VALUES (1)").await;
        assert!(found_by_sketch(db, text).await.is_empty());

        Migrator::down(db, Some(1)).await.expect("undone");
        assert_eq!(found_by_sketch(db, text).await, [1]);
        assert!(
            db.execute_unprepared("SELECT 1 FROM tm_pending")
                .await
                .is_err(),
            "the list is gone"
        );
        Migrator::up(db, None).await.expect("redone");
        run(db, "SELECT unit_id FROM tm_pending").await;
    })
    .await;
}

/// The units a concordance search of `红色` finds through the full-text index where it stands
/// (`moved`: in `tm_terms` on PostgreSQL).
async fn found_by_terms(db: &DatabaseConnection, moved: bool) -> Vec<i64> {
    let backend = db.get_database_backend();
    let sql = match (backend, moved) {
        (DbBackend::Postgres, true) => {
            "SELECT unit_id AS id FROM tm_terms \
             WHERE source_vector @@ to_tsquery('simple', '红 <-> 色') ORDER BY 1"
        }
        (DbBackend::Postgres, false) => {
            "SELECT id FROM tm_units \
             WHERE source_vector @@ to_tsquery('simple', '红 <-> 色') ORDER BY 1"
        }
        _ => {
            "SELECT -rowid AS id FROM tm_fts WHERE tm_fts MATCH 'source_terms : \"红 色\"' \
              ORDER BY 1"
        }
    };
    db.query_all_raw(Statement::from_string(backend, sql))
        .await
        .expect(sql)
        .iter()
        .map(|r| r.try_get::<i64>("", "id").expect("id"))
        .collect()
}

#[tokio::test]
async fn concordance_terms_find_the_same_units_before_after_and_after_undoing_the_migration() {
    on_fresh_database("memory_terms", async |db| {
        let at = migrations_before("m20261213_000018_memory_pending");
        Migrator::up(db, Some(migrations_before("m20261211_000016_memory_index")))
            .await
            .expect("up to the memory index");
        // A paragraph unit (its terms indexed) and a sentence unit of an approval (not).
        run(
            db,
            "INSERT INTO tm_units (id, source_language, target_language, kind, source_text, \
             target_text, source_key, target_key, origin, created_at, recorded_at) VALUES \
             (1, 'zh-CN', 'en-US', 'paragraph', '气象台发布暴雨红色预警。', \
              'A red rainstorm warning.', 1, 2, 'import', '2026-01-01T00:00:00Z', \
              '2026-01-01T00:00:00Z'), \
             (2, 'zh-CN', 'en-US', 'sentence', '暴雨红色预警。', 'A red warning.', 3, 4, \
              'approval', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        )
        .await;
        Migrator::up(
            db,
            Some(at - migrations_before("m20261211_000016_memory_index")),
        )
        .await
        .expect("up to the one before");
        assert_eq!(found_by_terms(db, false).await, [1]);
        Migrator::up(db, Some(1)).await.expect("up");
        assert_eq!(found_by_terms(db, true).await, [1]);
        Migrator::down(db, Some(1)).await.expect("down");
        assert_eq!(found_by_terms(db, false).await, [1]);
    })
    .await;
}
