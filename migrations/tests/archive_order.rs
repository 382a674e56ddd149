//! The archive-order migration: a translation published before it runs is announced by its
//! newest edition that was not minor, at that edition's time; one never published by none. On
//! SQLite, or on PostgreSQL when `BITEXT_TEST_DATABASE_URL` is set.

mod common;

use bitext_migrations::{Migrator, MigratorTrait};
use common::{migrations_before, on_fresh_database, run};
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

async fn check_backfill(db: &DatabaseConnection) {
    Migrator::up(
        db,
        Some(migrations_before("m20261214_000019_archive_order")),
    )
    .await
    .expect("up to the archive order");
    let at = "'2026-01-01T00:00:00Z'";
    run(
        db,
        &format!(
            "INSERT INTO users (id, name, display_name, roles, created_at) VALUES \
             (1, 'mei', 'Lin Mei', 'editor,publisher', {at})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO articles (id, slug, language, head, major_head, created_by, created_at, \
             updated_at) VALUES (1, 'story', 'zh-Hans', 2, 1, 1, {at}, {at})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO translations (id, article_id, language, state, head, source_revision, \
             created_by, created_at, updated_at) VALUES \
             (1, 1, 'en', 'published', 1, 1, 1, {at}, {at}), \
             (2, 1, 'fr', 'published', 2, 1, 1, {at}, {at}), \
             (3, 1, 'de', 'approved', 1, 1, 1, {at}, {at})"
        ),
    )
    .await;
    // `en`: published, then refreshed by a minor edition. `fr`: published, then corrected.
    run(
        db,
        "INSERT INTO editions (id, translation_id, article_id, number, source_revision, \
         translation_revision, translators, editors, publisher_id, created_at, minor) VALUES \
         (1, 1, 1, 1, 1, 1, '[]', '[]', 1, '2026-02-01T08:00:00.000001Z', FALSE), \
         (2, 2, 1, 1, 1, 1, '[]', '[]', 1, '2026-02-01T09:00:00Z', FALSE), \
         (3, 1, 1, 2, 2, 1, '[]', '[]', 1, '2026-02-02T08:00:00Z', TRUE), \
         (4, 2, 1, 2, 1, 2, '[]', '[]', 1, '2026-02-03T10:30:00.5Z', FALSE)",
    )
    .await;

    Migrator::up(db, None).await.expect("the rest");
    // Times are read back as text, whatever the backend's type, and compared as instants.
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT t.id, t.announced_edition, e.created_at = t.announced_at AS same_time \
             FROM translations t LEFT JOIN editions e ON e.id = t.announced_edition ORDER BY t.id",
        ))
        .await
        .expect("select");
    let got: Vec<(i64, Option<i64>, Option<bool>)> = rows
        .iter()
        .map(|r| {
            (
                r.try_get("", "id").expect("id"),
                r.try_get("", "announced_edition")
                    .expect("announced_edition"),
                r.try_get("", "same_time").expect("same_time"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1, Some(1), Some(true)),
            (2, Some(4), Some(true)),
            (3, None, None)
        ]
    );
}

#[tokio::test]
async fn published_translations_are_announced_by_their_newest_edition_that_was_not_minor() {
    on_fresh_database("archive_order", async |db| check_backfill(db).await).await;
}
