//! The memory-index migration indexes the units recorded before it: after it, a lookup's
//! postings hold each unit's sketch and each database's full-text index finds the units for
//! concordance. On SQLite, or on PostgreSQL when `BITEXT_TEST_DATABASE_URL` is set.

use bitext_domain::memory::{grams, key_term, sketch, source_salt};
mod common;

use bitext_migrations::{Migrator, MigratorTrait};
use common::{migrations_before, on_fresh_database, run};
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

async fn ids(db: &DatabaseConnection, sql: &str) -> Vec<i64> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect(sql)
        .iter()
        .map(|r| r.try_get::<i64>("", "id").expect("id"))
        .collect()
}

const PARAGRAPH: &str =
    "南江市气象台今天上午发布暴雨红色预警，市区多条道路积水，地铁部分线路停运。";

async fn check_index(db: &DatabaseConnection) {
    Migrator::up(db, Some(migrations_before("m20261211_000016_memory_index")))
        .await
        .expect("up to the memory index");
    run(
        db,
        &format!(
            "INSERT INTO tm_units (id, source_language, target_language, kind, source_text, \
             target_text, source_key, target_key, origin, created_at, recorded_at) VALUES \
             (1, 'zh-CN', 'en-US', 'paragraph', '{PARAGRAPH}', \
              'The Nanjiang observatory issued a red rainstorm warning this morning.', 1, 2, \
              'import', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), \
             (2, 'zh-CN', 'ja', 'sentence', '暴雨红色预警', '大雨の赤色警報', 3, 4, 'import', \
              '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
        ),
    )
    .await;
    run(db, "INSERT INTO tm_grams (gram, unit_id) VALUES (42, 1)").await;

    Migrator::up(db, Some(1)).await.expect("the memory index");
    let backend = db.get_database_backend();
    let mut want: Vec<(i64, i64)> = Vec::new();
    for (id, text, target) in [(1, PARAGRAPH, "en-US"), (2, "暴雨红色预警", "ja")] {
        let keys = sketch(&grams(text, &source_salt("zh-CN", target)));
        assert!(!keys.is_empty());
        want.extend(keys.into_iter().map(|k| (k, id)));
    }
    if backend == DbBackend::Postgres {
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT gram, unit_id FROM tm_keys ORDER BY unit_id, gram",
            ))
            .await
            .expect("postings");
        let got: Vec<(i64, i64)> = rows
            .iter()
            .map(|r| {
                (
                    r.try_get("", "gram").unwrap(),
                    r.try_get("", "unit_id").unwrap(),
                )
            })
            .collect();
        assert_eq!(got, want);
    } else {
        for (key, id) in want {
            let sql = format!(
                "SELECT -rowid AS id FROM tm_fts WHERE tm_fts MATCH 'sketch : {}'",
                key_term(key)
            );
            assert!(ids(db, &sql).await.contains(&id), "{sql}");
        }
    }
    assert!(
        db.execute_unprepared("SELECT 1 FROM tm_gram_counts")
            .await
            .is_err(),
        "the count table is gone"
    );

    // Each database's own full-text index finds the units by a phrase on either side.
    let (source, target, pair) = match backend {
        DbBackend::Postgres => (
            "SELECT id FROM tm_units WHERE source_vector @@ to_tsquery('simple', '红 <-> 色') \
             ORDER BY id",
            "SELECT id FROM tm_units WHERE target_vector @@ to_tsquery('simple', \
             'rainstorm <-> warning') ORDER BY id",
            None,
        ),
        _ => (
            "SELECT -rowid AS id FROM tm_fts WHERE tm_fts MATCH 'source_terms : \"红 色\"' \
             ORDER BY rowid DESC",
            "SELECT -rowid AS id FROM tm_fts WHERE tm_fts MATCH \
             'target_terms : \"rainstorm warning\"'",
            Some(
                "SELECT -rowid AS id FROM tm_fts WHERE tm_fts MATCH \
                 'pair : \"zh0ja\" AND source_terms : \"红 色\"'",
            ),
        ),
    };
    assert_eq!(ids(db, source).await, [1, 2]);
    assert_eq!(ids(db, target).await, [1]);
    if let Some(pair) = pair {
        assert_eq!(ids(db, pair).await, [2]);
    }
}

#[tokio::test]
async fn units_recorded_before_the_memory_index_migration_are_indexed_by_it() {
    on_fresh_database("memory_index", async |db| check_index(db).await).await;
}
