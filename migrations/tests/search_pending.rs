//! Going down from the migration that lets search be indexed after the commit indexes the
//! documents still waiting, so that the schema before it (where the index moved with the head)
//! finds their heads. On SQLite, or on PostgreSQL when `BITEXT_TEST_DATABASE_URL` is set.

mod common;

use bitext_migrations::{Migrator, MigratorTrait};
use common::{migrations_before, on_fresh_database, run};
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

async fn check_down(db: &DatabaseConnection) {
    let after = migrations_before("m20261215_000020_search_pending") + 1;
    Migrator::up(db, Some(after))
        .await
        .expect("up to the waiting list");
    let (t1, t2) = ("'2026-01-01T00:00:00Z'", "'2026-01-02T00:00:00Z'");
    run(
        db,
        &format!(
            "INSERT INTO users (id, name, display_name, roles, created_at) VALUES \
             (1, 'mei', 'Lin Mei', 'editor', {t1})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO articles (id, slug, language, head, major_head, created_by, created_at, \
             updated_at) VALUES (1, 'cbp', 'zh-Hans', 2, 2, 1, {t1}, {t2}), \
             (2, 'rain', 'en', 1, 1, 1, {t1}, {t1})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO article_revisions (article_id, number, parent, author_id, created_at, \
             message, title, body, content_hash, minor) VALUES \
             (1, 1, NULL, 1, {t1}, '', '旧标题', '旧的正文', 'x', false), \
             (1, 2, 1, 1, {t2}, '', '美国海关', '美国海关与边境保护局。', 'y', false), \
             (2, 1, NULL, 1, {t1}, '', 'Rain', 'Heavy rain tonight.', 'z', false)"
        ),
    )
    .await;
    // Article 1's first head was indexed; its second waits. Article 2 was never indexed.
    run(
        db,
        &format!(
            "INSERT INTO search_documents (doc_key, kind, article_id, translation_id, language, \
             title_terms, body_terms, updated_at) VALUES \
             ('article/1', 'article', 1, NULL, 'zh-Hans', '旧 标 题', '旧 的 正 文', {t1})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO search_pending (doc_key, article_id, translation_id, queued_at) VALUES \
             ('article/1', 1, NULL, {t2}), ('article/2', 2, NULL, {t1})"
        ),
    )
    .await;

    Migrator::down(db, Some(1)).await.expect("down");
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT doc_key, title_terms, body_terms FROM search_documents ORDER BY id",
        ))
        .await
        .expect("select");
    let got: Vec<[String; 3]> = rows
        .iter()
        .map(|r| ["doc_key", "title_terms", "body_terms"].map(|c| r.try_get("", c).expect(c)))
        .collect();
    // In the order the heads were written: a larger id is a newer head.
    assert_eq!(
        got,
        [
            ["article/2", "rain", "heavy rain tonight"].map(String::from),
            ["article/1", "美 国 海 关", "美 国 海 关 与 边 境 保 护 局"].map(String::from),
        ]
    );
    let table = match backend {
        sea_orm_migration::sea_orm::DbBackend::Postgres => {
            "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = 'search_pending'"
        }
        _ => "SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'search_pending'",
    };
    let n: i64 = db
        .query_one_raw(Statement::from_string(backend, table))
        .await
        .expect("count")
        .expect("a row")
        .try_get("", "n")
        .expect("n");
    assert_eq!(n, 0, "the waiting list is gone");
    // The index before this migration finds the new head, not the old one.
    let sql = match backend {
        sea_orm_migration::sea_orm::DbBackend::Postgres => {
            "SELECT doc_key FROM search_documents \
             WHERE search_vector @@ to_tsquery('simple', '(海:A <-> 关:A) | (旧:B <-> 的:B)')"
        }
        _ => {
            "SELECT d.doc_key FROM search_fts JOIN search_documents d ON d.id = -search_fts.rowid \
             WHERE search_fts MATCH '\"海 关\" OR \"旧 的\"'"
        }
    };
    let found = db
        .query_all_raw(Statement::from_string(backend, sql))
        .await
        .expect("search");
    let keys: Vec<String> = found
        .iter()
        .map(|r| r.try_get("", "doc_key").expect("doc_key"))
        .collect();
    assert_eq!(keys, ["article/1"]);
}

#[tokio::test]
async fn going_down_indexes_the_documents_still_waiting() {
    on_fresh_database("search_pending", async |db| check_down(db).await).await;
}
