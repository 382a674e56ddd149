//! The snapshot that "writes nothing" tests compare: it sees a changed row, not only a new one.

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_snapshot_changes_when_one_field_of_one_row_changes() {
    let app = spawn_app().await;
    app.create_article("story", "zh-Hans", "下雨", "一。").await;
    app.create_translation("story", "en", "One.").await;
    let before = app.snapshot().await;
    assert_eq!(app.snapshot().await, before, "reading twice gives the same");

    // One field of one row, as a faulty refused request might change it: no row added.
    app.store
        .execute_unprepared("UPDATE translations SET state = 'approved' WHERE language = 'en'")
        .await
        .expect("update");
    let after = app.snapshot().await;
    let changed: Vec<&str> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(b, _)| b.0.as_str())
        .collect();
    assert_eq!(changed, ["translations"]);
    let (b, a) = before
        .iter()
        .zip(&after)
        .find(|(b, _)| b.0 == "translations")
        .expect("translations in the snapshot");
    assert_eq!((b.1.rows, a.1.rows), (1, 1));
    assert_ne!(b.1.sha256, a.1.sha256);

    // A NULL and the text 'NULL' are told apart.
    let before = app.snapshot().await;
    app.store
        .execute_unprepared("UPDATE translations SET withdrawn_reason = 'NULL'")
        .await
        .expect("update");
    assert_ne!(app.snapshot().await, before);
}
