//! The search migration indexes the heads that exist when it runs: a database from before it
//! is searchable after it. On SQLite, or on PostgreSQL when `BITEXT_TEST_DATABASE_URL` is set.

mod common;

use bitext_migrations::{Migrator, MigratorTrait};
use common::{migrations_before, on_fresh_database, run};
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

async fn check_backfill(db: &DatabaseConnection) {
    Migrator::up(db, Some(migrations_before("m20261209_000014_search")))
        .await
        .expect("up to the search index");
    let (t1, t2, t3) = (
        "'2026-01-01T00:00:00Z'",
        "'2026-01-02T00:00:00Z'",
        "'2026-01-03T00:00:00Z'",
    );
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
             updated_at) VALUES (1, 'cbp', 'zh-Hans', 2, 2, 1, {t1}, {t2})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO article_revisions (article_id, number, parent, author_id, created_at, \
             message, title, body, content_hash, minor) VALUES \
             (1, 1, NULL, 1, {t1}, '', '旧标题', '旧的正文', 'x', false), \
             (1, 2, 1, 1, {t2}, '', '美国海关', '美国海关与边境保护局。', 'y', false)"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO translations (id, article_id, language, state, head, source_revision, \
             created_by, created_at, updated_at) VALUES (1, 1, 'en', 'draft', 1, 2, 1, {t3}, {t3})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO translation_revisions (translation_id, number, parent, author_id, \
             created_at, message, title, body, content_hash, source_revision) VALUES \
             (1, 1, NULL, 1, {t3}, '', 'US Customs', 'U.S. Customs and Border Protection.', 'z', 2)"
        ),
    )
    .await;

    Migrator::up(db, None).await.expect("the search index");
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT doc_key, kind, language, title_terms, body_terms FROM search_documents \
             ORDER BY id",
        ))
        .await
        .expect("select");
    let got: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            ["doc_key", "kind", "language", "title_terms", "body_terms"]
                .map(|c| r.try_get::<String>("", c).expect(c))
        })
        .collect();
    assert_eq!(
        got,
        [
            [
                "article/1",
                "article",
                "zh-Hans",
                "美 国 海 关",
                "美 国 海 关 与 边 境 保 护 局"
            ]
            .map(String::from),
            [
                "translation/1",
                "translation",
                "en",
                "us customs",
                "u s customs and border protection"
            ]
            .map(String::from),
        ]
    );
    // The database's own index finds them.
    let sql = match db.get_database_backend() {
        sea_orm_migration::sea_orm::DbBackend::Postgres => {
            "SELECT doc_key FROM search_documents \
             WHERE search_vector @@ to_tsquery('simple', '(海:A <-> 关:A) | (海:B <-> 关:B)')"
        }
        _ => {
            "SELECT d.doc_key FROM search_fts JOIN search_documents d ON d.id = -search_fts.rowid \
             WHERE search_fts MATCH '\"海 关\"'"
        }
    };
    let found = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("search");
    let keys: Vec<String> = found
        .iter()
        .map(|r| r.try_get("", "doc_key").expect("doc_key"))
        .collect();
    assert_eq!(keys, ["article/1"]);
}

#[tokio::test]
async fn heads_that_exist_before_the_search_migration_are_indexed_by_it() {
    on_fresh_database("search_backfill", async |db| check_backfill(db).await).await;
}
