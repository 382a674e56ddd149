//! The use cases' own rules, at the layer every front end calls: who may do what, that a refused
//! command writes nothing, and that what a command returns was read inside its transaction.
//! On a temporary SQLite file, or a fresh PostgreSQL database when `BITEXT_TEST_DATABASE_URL`
//! is set.

use bitext_app::{
    ActionInput, Actor, App, AppConfig, AppError, StoreError,
    articles::{Content, NewArticle},
};
use bitext_domain::{Action, Body, LanguageTag, Message, Role, Roles, Slug, Title};

mod db;

use db::Db;

impl Db {
    async fn digest(&self) -> Vec<String> {
        let mut out = Vec::new();
        for table in self.store.tables() {
            out.push(format!(
                "{:?}",
                self.store.table_digest(table).await.unwrap()
            ));
        }
        out
    }
}

fn content(body: &str) -> Content {
    Content {
        title: Title::parse("Title").unwrap(),
        body: Body::parse(body).unwrap(),
        message: Message::default(),
    }
}

async fn person(app: &App, name: &str, roles: &str) -> Actor {
    let roles: Roles = roles.parse().unwrap();
    Actor::new(app.create_user(name, name, roles).await.unwrap().0, None)
}

/// A workflow action with nothing but its revision.
fn act(action: Action, revision: Option<i32>) -> ActionInput {
    ActionInput {
        action,
        revision,
        comment: None,
        correction_note: None,
        acknowledge_outdated: false,
        acknowledge_open_threads: false,
    }
}

fn article(slug: &str) -> NewArticle {
    NewArticle {
        slug: Slug::parse(slug).unwrap(),
        language: LanguageTag::parse("zh-Hans").unwrap(),
        content: content("第一段。"),
    }
}

/// An article, "story", by editor "ed", and its English translation by translator "tom".
struct Story {
    app: App,
    editor: Actor,
    translator: Actor,
    slug: Slug,
    en: LanguageTag,
}

async fn story(db: &Db) -> Story {
    let app = App::new(db.store.clone(), AppConfig::default());
    let editor = person(&app, "ed", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    let (slug, en) = (
        Slug::parse("story").unwrap(),
        LanguageTag::parse("en").unwrap(),
    );
    app.create_article(&editor, article("story")).await.unwrap();
    app.create_translation(&translator, &slug, &en, content("One."))
        .await
        .unwrap();
    Story {
        app,
        editor,
        translator,
        slug,
        en,
    }
}

#[tokio::test]
async fn a_command_refused_for_the_actors_roles_writes_nothing() {
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let translator = person(&app, "tom", "translator").await;
    let before = db.digest().await;
    let err = app
        .create_article(&translator, article("story"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, AppError::Forbidden { roles } if roles == &[Role::Editor, Role::Admin]),
        "{err:?}"
    );
    assert_eq!(db.digest().await, before);
    db.finish().await;
}

#[tokio::test]
async fn a_command_that_fails_half_way_writes_nothing() {
    // Creating a translation into the article's own language inserts nothing: the whole
    // command is one transaction.
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let editor = person(&app, "ed", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    app.create_article(&editor, article("story")).await.unwrap();
    let before = db.digest().await;
    let slug = Slug::parse("story").unwrap();
    let err = app
        .create_translation(
            &translator,
            &slug,
            &LanguageTag::parse("zh-Hans").unwrap(),
            content("x"),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, AppError::Store(StoreError::SameLanguage { .. })),
        "{err:?}"
    );
    assert_eq!(db.digest().await, before);
    db.finish().await;
}

#[tokio::test]
async fn a_revision_whose_number_is_taken_writes_nothing() {
    // A revision's writes go to the database together (one round trip on SQLite). Here the
    // head's move succeeds and the revision's insert then fails, its number taken behind the
    // store's back: the head, the search mark and the trail written before or with it must go
    // too, for an article and for a translation.
    let db = Db::new().await;
    let Story {
        app,
        editor,
        translator,
        slug,
        en,
    } = story(&db).await;
    let taken = "'2026-01-01T00:00:00Z', '', 'Taken', 'Taken.', 'taken'";
    let author = "(SELECT id FROM users WHERE name = 'ed')";
    let article_id = "(SELECT id FROM articles WHERE slug = 'story')";
    db.store
        .execute_unprepared(&format!(
            "INSERT INTO article_revisions (article_id, number, parent, author_id, created_at, \
             message, title, body, content_hash, minor) \
             VALUES ({article_id}, 2, 1, {author}, {taken}, false)"
        ))
        .await
        .unwrap();
    db.store
        .execute_unprepared(&format!(
            "INSERT INTO translation_revisions (translation_id, number, parent, author_id, \
             created_at, message, title, body, content_hash, source_revision) \
             VALUES ((SELECT id FROM translations WHERE article_id = {article_id}), 2, 1, \
             {author}, {taken}, 1)"
        ))
        .await
        .unwrap();
    let before = db.digest().await;

    let err = app
        .revise_translation(&translator, &slug, &en, 1, content("One, two."), None)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            AppError::Store(StoreError::Stale {
                expected: 1,
                current: 2
            })
        ),
        "{err:?}"
    );
    assert_eq!(db.digest().await, before);
    let err = app
        .revise_article(&editor, &slug, 1, content("第一段，改了。"), false)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            AppError::Store(StoreError::Stale {
                expected: 1,
                current: 2
            })
        ),
        "{err:?}"
    );
    assert_eq!(db.digest().await, before);
    db.finish().await;
}

#[tokio::test]
async fn a_revision_sends_its_writes_together() {
    // On SQLite every round trip is a hand-off to the connection's thread while the writer
    // holds the write turn: a translation's revision reads its translation (locked) and then
    // sends the head's move, the revision, the search mark and the trail in one go; an
    // article's moves its head (reading it back) and then sends the rest in one go.
    // PostgreSQL runs the same statements one by one.
    let db = Db::new().await;
    let Story {
        app,
        editor,
        translator,
        slug,
        en,
    } = story(&db).await;
    let counts = || (db.store.statements_executed(), db.store.round_trips());
    let sqlite = db.store.backend() == "sqlite";

    let before = counts();
    app.revise_translation(&translator, &slug, &en, 1, content("One, two."), None)
        .await
        .unwrap();
    let after = counts();
    let (statements, trips) = (after.0 - before.0, after.1 - before.1);
    assert_eq!(statements, 5);
    assert_eq!(trips, if sqlite { 2 } else { 5 });

    let before = counts();
    app.revise_article(&editor, &slug, 1, content("第一段，改了。"), false)
        .await
        .unwrap();
    let after = counts();
    let (statements, trips) = (after.0 - before.0, after.1 - before.1);
    // The head's read, its move, then the revision, the search mark and the trail.
    assert_eq!(statements, 5);
    assert_eq!(trips, if sqlite { 3 } else { 5 });
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn what_a_revision_returns_is_the_head_it_made_even_while_others_write() {
    // Writers race on one article, each retrying from the head it is told about. Every
    // answer must name as head the revision it wrote: it was read inside the write's own
    // transaction, never after another writer moved the head on.
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let editor = person(&app, "ed", "editor").await;
    app.create_article(&editor, article("race")).await.unwrap();
    let slug = Slug::parse("race").unwrap();
    let mut tasks = Vec::new();
    for w in 0..4 {
        let (app, editor, slug) = (app.clone(), editor.clone(), slug.clone());
        tasks.push(tokio::spawn(async move {
            let mut written = Vec::new();
            for i in 0..5 {
                loop {
                    let head = app.article(&slug).await.unwrap().article.head;
                    let body = content(&format!("writer {w}, edit {i}"));
                    match app.revise_article(&editor, &slug, head, body, false).await {
                        Ok(r) => {
                            assert_eq!(r.document.head, r.revision.number);
                            assert_eq!(r.revision.number, head + 1);
                            written.push(r.revision.number);
                            break;
                        }
                        Err(AppError::Store(StoreError::Stale { .. })) => continue,
                        Err(e) => panic!("{e}"),
                    }
                }
            }
            written
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort_unstable();
    assert_eq!(all, (2..=21).collect::<Vec<_>>(), "every revision once");
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_approval_racing_a_new_revision_never_approves_a_revision_that_is_not_the_head() {
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let desk = person(&app, "ed", "editor").await;
    let reviewer = person(&app, "eve", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    let en = LanguageTag::parse("en").unwrap();
    // Rounds 0-3 approve before revising, 4-7 revise before approving, the rest race.
    let (mut approved_first, mut revised_first) = (0, 0);
    for round in 0..20 {
        let slug = Slug::parse(&format!("race-{round}")).unwrap();
        app.create_article(&desk, article(slug.as_str()))
            .await
            .unwrap();
        app.create_translation(&translator, &slug, &en, content("One."))
            .await
            .unwrap();
        app.act(&translator, &slug, &en, &act(Action::Submit, None))
            .await
            .unwrap();
        let approve = || {
            let (app, reviewer, slug, en) =
                (app.clone(), reviewer.clone(), slug.clone(), en.clone());
            async move {
                app.act(&reviewer, &slug, &en, &act(Action::Approve, Some(1)))
                    .await
            }
        };
        let revise = || {
            let (app, translator, slug, en) =
                (app.clone(), translator.clone(), slug.clone(), en.clone());
            async move {
                app.revise_translation(&translator, &slug, &en, 1, content("One, better."), None)
                    .await
            }
        };
        let (approved, revised) = match round {
            0..4 => {
                let approved = approve().await;
                (approved, revise().await)
            }
            4..8 => {
                let revised = revise().await;
                (approve().await, revised)
            }
            _ => {
                let (a, r) = tokio::join!(tokio::spawn(approve()), tokio::spawn(revise()));
                (a.unwrap(), r.unwrap())
            }
        };
        // The revision always lands (it is on the head both saw); the approval lands only if
        // it came first, and is then superseded by the revision.
        revised.unwrap();
        let t = app.translation(&slug, &en).await.unwrap().translation;
        assert_eq!(t.head, 2);
        assert_eq!(t.state, bitext_domain::State::InReview);
        assert_eq!(t.approved_revision, None, "round {round}: {t:?}");
        match approved {
            Ok(_) => approved_first += 1,
            Err(AppError::Store(
                StoreError::Stale { .. } | StoreError::Workflow(_) | StoreError::Transition(_),
            )) => revised_first += 1,
            Err(e) => panic!("round {round}: {e}"),
        }
    }
    eprintln!("approval first {approved_first}, revision first {revised_first}");
    assert!(approved_first >= 4 && revised_first >= 4);
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_racing_publishers_one_publishes_and_the_others_are_told_it_is_published() {
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let desk = person(&app, "ed", "editor").await;
    let reviewer = person(&app, "eve", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    let mut publishers = Vec::new();
    for n in 0..6 {
        publishers.push(person(&app, &format!("pub{n}"), "publisher").await);
    }
    let en = LanguageTag::parse("en").unwrap();
    let slug = Slug::parse("race").unwrap();
    app.create_article(&desk, article("race")).await.unwrap();
    app.create_translation(&translator, &slug, &en, content("One."))
        .await
        .unwrap();
    app.act(&translator, &slug, &en, &act(Action::Submit, None))
        .await
        .unwrap();
    app.act(&reviewer, &slug, &en, &act(Action::Approve, Some(1)))
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for p in publishers {
        let (app, slug, en) = (app.clone(), slug.clone(), en.clone());
        tasks.push(tokio::spawn(async move {
            app.act(&p, &slug, &en, &act(Action::Publish, None)).await
        }));
    }
    let mut published = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => published += 1,
            // The loser's answer names the state it found: published, not approved.
            Err(AppError::Store(StoreError::Workflow(
                bitext_domain::WorkflowError::Transition(
                    bitext_domain::TransitionError::NotAllowed { state, .. },
                ),
            ))) => assert_eq!(state, bitext_domain::State::Published),
            Err(e) => panic!("a losing publisher was told: {e:?}"),
        }
    }
    assert_eq!(published, 1);
    let editions = app.published(&slug, &en, None).await.unwrap().editions;
    assert_eq!(editions.len(), 1);
    db.finish().await;
}

#[tokio::test]
async fn the_credit_preview_names_whom_the_edition_then_credits() {
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let desk = person(&app, "ed", "editor").await;
    let reviewer = person(&app, "eve", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    let publisher = person(&app, "pat", "publisher").await;
    let (slug, en) = (
        Slug::parse("story").unwrap(),
        LanguageTag::parse("en").unwrap(),
    );
    app.create_article(&desk, article("story")).await.unwrap();
    app.create_translation(&translator, &slug, &en, content("One."))
        .await
        .unwrap();
    let before = app.credit_preview(&slug, &en).await.unwrap();
    assert_eq!(before.translators, ["tom"]);
    assert!(before.editors.is_empty());
    app.act(&translator, &slug, &en, &act(Action::Submit, None))
        .await
        .unwrap();
    app.act(&reviewer, &slug, &en, &act(Action::Approve, Some(1)))
        .await
        .unwrap();
    let preview = app.credit_preview(&slug, &en).await.unwrap();
    assert_eq!(preview.revision, 1);
    assert_eq!(preview.editors, ["eve"]);
    app.act(&publisher, &slug, &en, &act(Action::Publish, None))
        .await
        .unwrap();
    let edition = app.published(&slug, &en, None).await.unwrap().edition;
    assert_eq!(edition.translators, preview.translators);
    assert_eq!(edition.editors, preview.editors);
    db.finish().await;
}

#[tokio::test]
async fn a_review_reads_the_comparison_the_source_and_who_last_submitted_in_one_snapshot() {
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let desk = person(&app, "ed", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    let (slug, en) = (
        Slug::parse("story").unwrap(),
        LanguageTag::parse("en").unwrap(),
    );
    app.create_article(&desk, article("story")).await.unwrap();
    app.create_translation(&translator, &slug, &en, content("One."))
        .await
        .unwrap();
    let first = app.review(&desk, &slug, &en, None, None).await.unwrap();
    assert_eq!(first.submission, None);
    assert_eq!(first.source.number, 1);
    app.revise_translation(&translator, &slug, &en, 1, content("One, two."), None)
        .await
        .unwrap();
    let submit = ActionInput {
        action: Action::Submit,
        revision: None,
        comment: None,
        correction_note: None,
        acknowledge_outdated: false,
        acknowledge_open_threads: false,
    };
    app.act(&translator, &slug, &en, &submit).await.unwrap();
    let review = app.review(&desk, &slug, &en, None, None).await.unwrap();
    // This editor never reviewed it: the comparison starts at the first revision.
    assert_eq!(
        (review.comparison.old.number, review.comparison.new.number),
        (1, 2)
    );
    assert_eq!(review.source_language, "zh-Hans");
    assert_eq!(
        review.history.iter().map(|r| r.number).collect::<Vec<_>>(),
        [1, 2]
    );
    let last = review.submission.unwrap();
    assert_eq!(last.actor, "tom");
    assert_eq!(last.revision, Some(2));
    assert_eq!(last.to_state.as_deref(), Some("in_review"));
    db.finish().await;
}

#[tokio::test]
async fn revision_summaries_list_every_revision_in_order_without_its_text() {
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let editor = person(&app, "ed", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    let slug = Slug::parse("story").unwrap();
    let en = LanguageTag::parse("en").unwrap();
    app.create_article(&editor, article("story")).await.unwrap();
    app.create_translation(&translator, &slug, &en, content("One."))
        .await
        .unwrap();
    let mut second = content("One. Two.");
    second.message = Message::parse("tighter").unwrap();
    app.revise_translation(&editor, &slug, &en, 1, second, None)
        .await
        .unwrap();
    let summaries = app
        .translation_revision_summaries(&slug, &en)
        .await
        .unwrap();
    let seen: Vec<(i32, &str, &str, Option<i32>)> = summaries
        .iter()
        .map(|s| {
            (
                s.number,
                s.author.as_str(),
                s.message.as_str(),
                s.source_revision,
            )
        })
        .collect();
    assert_eq!(
        seen,
        [(1, "tom", "", Some(1)), (2, "ed", "tighter", Some(1))]
    );
}

#[tokio::test]
async fn a_translation_revision_returns_the_translation_as_it_is_stored() {
    // The translation a revision returns is worked out from the row it locked, not read again:
    // it must equal what a read after the commit gives, in each state a revision leaves from.
    let db = Db::new().await;
    let app = App::new(db.store.clone(), AppConfig::default());
    let desk = person(&app, "ed", "editor").await;
    let reviewer = person(&app, "eve", "editor").await;
    let translator = person(&app, "tom", "translator").await;
    let en = LanguageTag::parse("en").unwrap();
    let slug = Slug::parse("stored").unwrap();
    app.create_article(&desk, article("stored")).await.unwrap();
    app.create_translation(&translator, &slug, &en, content("One."))
        .await
        .unwrap();
    let mut states = Vec::new();
    for (i, before) in [None, Some(Action::Submit), Some(Action::Approve)]
        .into_iter()
        .enumerate()
    {
        let head = app.translation(&slug, &en).await.unwrap().translation.head;
        if let Some(action) = before {
            let by = if action == Action::Approve {
                &reviewer
            } else {
                &translator
            };
            app.act(by, &slug, &en, &act(action, Some(head)))
                .await
                .unwrap();
        }
        let from = app.translation(&slug, &en).await.unwrap().translation;
        let body = content(&format!("One, take {i}."));
        let revised = app
            .revise_translation(&translator, &slug, &en, head, body, None)
            .await
            .unwrap();
        let stored = app.translation(&slug, &en).await.unwrap().translation;
        assert_eq!(revised.document, stored, "from {:?}", from.state);
        assert_eq!(revised.revision.number, stored.head);
        states.push((from.state, stored.state));
    }
    use bitext_domain::State::{Approved, Draft, InReview};
    assert_eq!(
        states,
        [(Draft, Draft), (InReview, InReview), (Approved, InReview)]
    );
    db.finish().await;
}
