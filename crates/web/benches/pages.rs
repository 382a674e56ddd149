//! Server time of the heaviest staff pages, measured through the whole router (session check,
//! use cases on SQLite, rendering), as a browser asks for them:
//!
//! - the translation workspace and the review page of a 40-paragraph article (Chinese source,
//!   English translation, one revision of changes since the editor's last review);
//! - the review page of a 10,000-word translation with 1% of its words changed.
//!
//! Run with `cargo bench -p bitext-web --bench pages`.

use std::hint::black_box;

use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode, header},
};
use bitext_app::{
    ActionInput, Actor, App, AppConfig,
    articles::{Content, NewArticle},
};
use bitext_domain::{
    Action, Body as Text, LanguageTag, Message, Password, Precondition, Roles, Slug, Title,
    diff::fixtures,
};
use bitext_http::HttpConfig;
use bitext_store::Store;
use criterion::{Criterion, criterion_group, criterion_main};
use tower::ServiceExt as _;

const PASSWORD: &str = "a password for the benchmark";

fn content(title: &str, body: &str) -> Content {
    Content {
        title: Title::parse(title).unwrap(),
        body: Text::parse(body).unwrap(),
        message: Message::parse("").unwrap(),
    }
}

struct Desk {
    app: App,
    translator: Actor,
    editor: Actor,
}

async fn desk(dir: &std::path::Path) -> Desk {
    let url = format!("sqlite://{}", dir.join("bench.db").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    let app = App::new(store, AppConfig::default());
    let person = |name: &'static str, roles: &'static str| {
        let app = app.clone();
        async move {
            let roles: Roles = roles.parse().unwrap();
            let (user, _) = app.create_user(name, name, roles).await.unwrap();
            app.set_password(name, &Password::parse(PASSWORD).unwrap())
                .await
                .unwrap();
            Actor::new(user, None)
        }
    };
    let editor = person("ed", "editor,admin").await;
    let translator = person("tom", "translator").await;
    Desk {
        app,
        translator,
        editor,
    }
}

/// An article and its English translation with two revisions, submitted, with changes
/// requested after the first: the review page shows revision 1 → 2.
async fn story(desk: &Desk, slug: &str, source: &str, first: &str, second: &str) {
    let app = &desk.app;
    let slug = Slug::parse(slug).unwrap();
    let en = LanguageTag::parse("en").unwrap();
    app.create_article(
        &desk.editor,
        NewArticle {
            slug: slug.clone(),
            language: LanguageTag::parse("zh-Hans").unwrap(),
            content: content("标题", source),
        },
    )
    .await
    .unwrap();
    app.create_translation(&desk.translator, &slug, &en, content("Title", first))
        .await
        .unwrap();
    let act = |action: Action, comment: Option<&str>| ActionInput {
        action,
        revision: None,
        comment: comment.map(str::to_owned),
        correction_note: None,
        acknowledge_outdated: false,
        acknowledge_open_threads: false,
    };
    app.act(&desk.translator, &slug, &en, &act(Action::Submit, None))
        .await
        .unwrap();
    app.act(
        &desk.editor,
        &slug,
        &en,
        &act(Action::RequestChanges, Some("Tighten it.")),
    )
    .await
    .unwrap();
    app.revise_translation(
        &desk.translator,
        &slug,
        &en,
        Precondition::head(1),
        content("Title", second),
        None,
    )
    .await
    .unwrap();
    app.act(&desk.translator, &slug, &en, &act(Action::Submit, None))
        .await
        .unwrap();
}

fn paragraphs(n: usize, make: impl Fn(usize) -> String) -> String {
    (0..n).map(make).collect::<Vec<_>>().join("\n\n")
}

async fn cookie(app: &App, name: &str) -> String {
    let (_, secret) = app.sign_in(name, PASSWORD).await.unwrap();
    format!("bitext_session={}", secret.as_str())
}

async fn get(router: &Router, path: &str, cookie: &str) -> usize {
    let req = Request::get(path)
        .header(header::ACCEPT, "text/html")
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let body = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    body.len()
}

fn pages(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (router, translator, editor) = rt.block_on(async {
        let desk = desk(dir.path()).await;
        let source = paragraphs(40, |i| fixtures::chinese_article(100 + i as u64, 90));
        let first = paragraphs(40, |i| fixtures::english_words(200 + i as u64, 60));
        let second = fixtures::edit_words(&first, 7, 0.05);
        story(&desk, "forty", &source, &first, &second).await;
        let long_source = paragraphs(100, |i| fixtures::chinese_article(300 + i as u64, 200));
        let long = fixtures::english_article(9, 10_000);
        let long_second = fixtures::edit_words(&long, 10, 0.01);
        story(&desk, "long", &long_source, &long, &long_second).await;
        let translator = cookie(&desk.app, "tom").await;
        let editor = cookie(&desk.app, "ed").await;
        let router = bitext_web::router(desk.app.clone(), &HttpConfig::default());
        (router, translator, editor)
    });
    let mut group = c.benchmark_group("pages");
    for (name, path, who) in [
        ("workspace_40_paragraphs", "/articles/forty/en", &translator),
        ("review_40_paragraphs", "/articles/forty/en/review", &editor),
        ("review_10000_words", "/articles/long/en/review", &editor),
    ] {
        let size = rt.block_on(get(&router, path, who));
        println!("{name}: {size} bytes of HTML");
        group.bench_function(name, |b| {
            b.to_async(&rt)
                .iter(|| async { black_box(get(&router, path, who).await) });
        });
    }
    group.finish();
}

criterion_group!(benches, pages);
criterion_main!(benches);
