//! The assignee migration: translations that exist when it runs belong to their creators, and
//! the new column refers to a person. On SQLite, or on PostgreSQL when
//! `BITEXT_TEST_DATABASE_URL` is set.

mod common;

use bitext_migrations::{Migrator, MigratorTrait};
use common::{migrations_before, on_fresh_database, run};
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

async fn check_backfill(db: &DatabaseConnection) {
    Migrator::up(db, Some(migrations_before("m20261201_000005_assignees")))
        .await
        .expect("up to the assignees");
    let at = "'2026-01-01T00:00:00Z'";
    run(
        db,
        &format!(
            "INSERT INTO users (id, name, display_name, roles, created_at) VALUES \
             (1, 'mei', 'Lin Mei', 'editor', {at}), (2, 'alex', 'Alex Chen', 'translator', {at}), \
             (3, 'kim', 'Kim Park', 'translator', {at})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO articles (id, slug, language, head, major_head, created_by, created_at, \
             updated_at) VALUES (1, 'story', 'zh-Hans', 1, 1, 1, {at}, {at})"
        ),
    )
    .await;
    run(
        db,
        &format!(
            "INSERT INTO translations (id, article_id, language, state, head, source_revision, \
             created_by, created_at, updated_at) VALUES \
             (1, 1, 'en', 'draft', 1, 1, 2, {at}, {at}), (2, 1, 'fr', 'in_review', 1, 1, 3, {at}, {at})"
        ),
    )
    .await;

    Migrator::up(db, None).await.expect("the rest");
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT id, created_by, assignee_id FROM translations ORDER BY id",
        ))
        .await
        .expect("select");
    let got: Vec<(i64, i64, Option<i64>)> = rows
        .iter()
        .map(|r| {
            (
                r.try_get("", "id").expect("id"),
                r.try_get("", "created_by").expect("created_by"),
                r.try_get("", "assignee_id").expect("assignee_id"),
            )
        })
        .collect();
    assert_eq!(got, [(1, 2, Some(2)), (2, 3, Some(3))]);

    // The column refers to a person: no one with id 99, no assignee 99.
    let dangling = db
        .execute_unprepared("UPDATE translations SET assignee_id = 99 WHERE id = 1")
        .await;
    assert!(dangling.is_err(), "an assignee who is no one was accepted");
    run(
        db,
        "UPDATE translations SET assignee_id = NULL WHERE id = 1",
    )
    .await;
}

#[tokio::test]
async fn existing_translations_are_assigned_to_their_creators() {
    on_fresh_database("assignees", async |db| check_backfill(db).await).await;
}
