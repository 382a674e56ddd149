//! `bitext demo`: a small bilingual sample written for Bitext: a Chinese article with three
//! revisions (the last one minor) and its English translation with two, so that history, diffs,
//! source diffs and an outdated translation can be seen at once, and five short articles whose
//! translations stand in every other workflow state. Prints the demo people's tokens.

use bitext_domain::{Action, Roles, User};
use bitext_i18n::Arg;
use bitext_store::{NewRevision, Store, StoreError, WriteContext, workflow::ActionInput};

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
    let mut people = Vec::new();
    for (name, display, roles) in PEOPLE {
        let roles: Roles = roles.parse()?;
        let (user, secret) = store.create_user(name, display, roles).await?;
        println!("{name}\t{}\t{secret}", user.roles);
        people.push(user);
    }
    load(&store, people[0].id, people[1].id).await?;
    let more = load_states(&store, &people).await?;
    eprintln!(
        "{}",
        config::text("cli-demo-loaded", &[("articles", Arg::from(1 + more))])
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

/// The short articles of `demo/more.txt`, each taken to the workflow state it names.
async fn load_states(store: &Store, people: &[User]) -> Result<i64, StoreError> {
    let [ming, alex, jordan, sam] = [&people[0], &people[1], &people[2], &people[3]];
    let ctx = |u: &User| WriteContext {
        actor_id: u.id,
        request_id: None,
    };
    let act = |user: &'static str, action: Action, revision: Option<i32>, comment: Option<&str>| {
        (user, action, revision, comment.map(str::to_owned))
    };
    let mut count = 0;
    for block in include_str!("../demo/more.txt").split("\n===\n") {
        let article = DemoArticle::parse(block);
        let (slug, target) = (article.slug.as_str(), article.target.as_str());
        let (zh_title, zh_body) = (article.zh_title.as_str(), article.zh_body.as_str());
        let (en_title, en_body) = (article.en_title.as_str(), article.en_body.as_str());
        store
            .create_article(
                &ctx(ming),
                slug,
                "zh-Hans",
                rev(zh_title, zh_body, "初稿", false),
            )
            .await?;
        store
            .create_translation(
                &ctx(alex),
                slug,
                "en",
                rev(en_title, en_body, "first draft", false),
            )
            .await?;
        let steps = match target {
            "in_review" => vec![act("alex", Action::Submit, None, None)],
            "changes_requested" => vec![
                act("alex", Action::Submit, None, None),
                act(
                    "jordan",
                    Action::RequestChanges,
                    None,
                    Some("The second paragraph leaves out where the vegetables go."),
                ),
            ],
            "approved" => vec![
                act("alex", Action::Submit, None, None),
                act("jordan", Action::Approve, Some(1), None),
            ],
            "published" => vec![
                act("alex", Action::Submit, None, None),
                act("jordan", Action::Approve, Some(1), None),
                act("sam", Action::Publish, None, None),
            ],
            "withdrawn" => vec![
                act("alex", Action::Submit, None, None),
                act("jordan", Action::Approve, Some(1), None),
                act("sam", Action::Publish, None, None),
                act(
                    "sam",
                    Action::Withdraw,
                    None,
                    Some("The opening date is not confirmed."),
                ),
            ],
            _ => vec![],
        };
        for (who, action, revision, comment) in steps {
            let user = match who {
                "alex" => alex,
                "jordan" => jordan,
                _ => sam,
            };
            let input = ActionInput {
                action,
                revision,
                comment,
                correction_note: None,
                acknowledge_outdated: false,
                acknowledge_open_threads: false,
            };
            store
                .apply_action(&ctx(user), user, slug, "en", &input, false)
                .await?;
        }
        count += 1;
    }
    Ok(count)
}

/// One block of `demo/more.txt`: a `slug|state` line, the Chinese title and body, then the
/// English title (the first line in Latin letters) and body.
struct DemoArticle {
    slug: String,
    target: String,
    zh_title: String,
    zh_body: String,
    en_title: String,
    en_body: String,
}

impl DemoArticle {
    fn parse(block: &str) -> Self {
        let lines: Vec<&str> = block.trim().lines().collect();
        let (slug, target) = lines[0].split_once('|').unwrap_or((lines[0], "draft"));
        let english = lines
            .iter()
            .skip(1)
            .position(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
            .map_or(lines.len(), |i| i + 1);
        let text = |from: usize, to: usize| lines[from..to].join("\n").trim().to_owned();
        Self {
            slug: slug.to_owned(),
            target: target.to_owned(),
            zh_title: lines.get(1).copied().unwrap_or_default().to_owned(),
            zh_body: text(2.min(english), english),
            en_title: lines.get(english).copied().unwrap_or_default().to_owned(),
            en_body: text((english + 1).min(lines.len()), lines.len()),
        }
    }
}
