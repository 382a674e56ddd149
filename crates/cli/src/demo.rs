//! `bitext demo`: a small bilingual sample written for Bitext: a Chinese article with three
//! revisions (the last one minor) and its English translation with two, so that history, diffs,
//! source diffs and an outdated translation can be seen at once. Prints the demo people's tokens.

use bitext_domain::Roles;
use bitext_i18n::Arg;
use bitext_store::{NewRevision, Store, StoreError, WriteContext};

use crate::config::{self, DatabaseArgs};

const SLUG: &str = "chengnan-library-hours";

const SOURCE: [(&str, &str, &str, bool); 3] = [
    (
        "城南社区图书馆延长开放时间",
        include_str!("../demo/source-1.txt"),
        "初稿",
        false,
    ),
    (
        "城南社区图书馆延长开放时间",
        include_str!("../demo/source-2.txt"),
        "补充周末时间和座位数",
        false,
    ),
    (
        "城南社区图书馆延长开放时间",
        include_str!("../demo/source-3.txt"),
        "改错字",
        true,
    ),
];

const TRANSLATION: [(&str, &str, &str); 2] = [
    (
        "Chengnan library to open later",
        include_str!("../demo/translation-1.txt"),
        "first draft",
    ),
    (
        "Chengnan library to stay open later",
        include_str!("../demo/translation-2.txt"),
        "tighten wording",
    ),
];

const PEOPLE: [(&str, &str, &str); 4] = [
    ("ming", "Wang Ming", "editor,admin"),
    ("alex", "Alex Chen", "translator"),
    ("jordan", "Jordan Lee", "editor"),
    ("sam", "Sam Okafor", "publisher"),
];

fn rev(title: &str, body: &str, message: &str, minor: bool) -> NewRevision {
    NewRevision {
        title: title.to_owned(),
        body: body.to_owned(),
        message: message.to_owned(),
        minor,
        source_revision: None,
    }
}

pub async fn run(db: &DatabaseArgs) -> anyhow::Result<()> {
    let store = config::open(db).await?;
    store.migrate().await?;
    if store.article(SLUG).await.is_ok() {
        anyhow::bail!("the demo is already loaded (article {SLUG})");
    }
    let mut ids = Vec::new();
    for (name, display, roles) in PEOPLE {
        let roles: Roles = roles.parse()?;
        let (user, secret) = store.create_user(name, display, roles).await?;
        println!("{name}\t{}\t{secret}", user.roles);
        ids.push(user.id);
    }
    load(&store, ids[0], ids[1]).await?;
    eprintln!(
        "{}",
        config::text("cli-demo-loaded", &[("articles", Arg::from(1_i64))])
    );
    Ok(())
}

async fn load(store: &Store, editor: i64, translator: i64) -> Result<(), StoreError> {
    let desk = WriteContext {
        actor_id: editor,
        request_id: None,
    };
    let alex = WriteContext {
        actor_id: translator,
        request_id: None,
    };
    let (t, b, m, minor) = SOURCE[0];
    store
        .create_article(&desk, SLUG, "zh-Hans", rev(t, b, m, minor))
        .await?;
    let (t, b, m) = TRANSLATION[0];
    store
        .create_translation(&alex, SLUG, "en", rev(t, b, m, false))
        .await?;
    let (t, b, m) = TRANSLATION[1];
    store
        .add_translation_revision(&alex, SLUG, "en", 1, rev(t, b, m, false))
        .await?;
    for (i, (t, b, m, minor)) in SOURCE.iter().enumerate().skip(1) {
        store
            .add_article_revision(&desk, SLUG, i as i32, rev(t, b, m, *minor))
            .await?;
    }
    Ok(())
}
