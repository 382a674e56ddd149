//! `bitext demo`: a small bilingual sample written for Bitext: a Chinese article with three
//! revisions (the last one minor) and its English translation with two, so that history, diffs,
//! source diffs and an outdated translation can be seen at once, and five short articles whose
//! translations stand in every other workflow state. The first article and the published one
//! each have a subhead (a paragraph that begins with `## `) on both sides. Gives the demo people fresh random
//! passwords and prints their names, roles, tokens and passwords.

use bitext_app::{
    ActionInput, Actor, App, AppConfig,
    articles::{Content, NewArticle},
};
use bitext_domain::{Action, Body, LanguageTag, Message, Password, Roles, Slug, Title};
use bitext_i18n::Arg;

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

/// Where a server started with `bitext serve` and no `--addr` signs people in.
const SIGN_IN_URL: &str = "http://127.0.0.1:8080/";

/// A fresh random password, such as `k7mq-x3vd-9pzt-a4hc` (see [`bitext_password::generate`]).
fn new_password() -> anyhow::Result<Password> {
    Ok(Password::parse(&bitext_password::generate())?)
}

fn content(title: &str, body: &str, message: &str) -> anyhow::Result<Content> {
    Ok(Content {
        title: Title::parse(title)?,
        body: Body::parse(body)?,
        message: Message::parse(message)?,
    })
}

pub async fn run(db: &DatabaseArgs) -> anyhow::Result<()> {
    let app = config::app(db, AppConfig::default()).await?;
    let slug = Slug::parse(SLUG)?;
    if app.article(&slug).await.is_ok() {
        anyhow::bail!(config::text(
            "cli-demo-already-loaded",
            &[("slug", Arg::from(SLUG))]
        ));
    }
    let mut people = Vec::new();
    let mut lines = Vec::new();
    for (name, display, roles) in PEOPLE {
        let roles: Roles = roles.parse()?;
        let (user, token) = app.create_user(name, display, roles).await?;
        let password = new_password()?;
        app.set_password(name, &password).await?;
        lines.push(format!(
            "{name}\t{}\t{token}\t{}",
            user.roles,
            password.as_str()
        ));
        people.push(Actor::new(user, None));
    }
    load(&app, &slug, &people[0], &people[1]).await?;
    let more = load_states(&app, &people).await?;
    // The people last, so that they are what is left on the screen: their lines alone on
    // stdout, for scripts; what they mean on stderr, in the terminal's language.
    eprintln!(
        "{}",
        config::text("cli-demo-loaded", &[("articles", Arg::from(1 + more))])
    );
    eprintln!("{}", config::text("cli-demo-people", &[]));
    for line in lines {
        println!("{line}");
    }
    eprintln!(
        "{}",
        config::text("cli-demo-sign-in", &[("url", Arg::from(SIGN_IN_URL))])
    );
    Ok(())
}

async fn load(app: &App, slug: &Slug, desk: &Actor, alex: &Actor) -> anyhow::Result<()> {
    let (zh, en) = (LanguageTag::parse("zh-Hans")?, LanguageTag::parse("en")?);
    let (t, b, m, _) = SOURCE[0];
    let article = NewArticle {
        slug: slug.clone(),
        language: zh,
        content: content(t, b, m)?,
    };
    app.create_article(desk, article).await?;
    let (t, b, m) = TRANSLATION[0];
    app.create_translation(alex, slug, &en, content(t, b, m)?)
        .await?;
    let (t, b, m) = TRANSLATION[1];
    app.revise_translation(alex, slug, &en, 1, content(t, b, m)?, None)
        .await?;
    for (i, (t, b, m, minor)) in SOURCE.iter().enumerate().skip(1) {
        app.revise_article(desk, slug, i as i32, content(t, b, m)?, *minor)
            .await?;
    }
    Ok(())
}

/// The short articles of `demo/more.txt`, each taken to the workflow state it names.
async fn load_states(app: &App, people: &[Actor]) -> anyhow::Result<i64> {
    let [ming, alex, jordan, sam] = [&people[0], &people[1], &people[2], &people[3]];
    let (zh, en) = (LanguageTag::parse("zh-Hans")?, LanguageTag::parse("en")?);
    let act = |user: &'static str, action: Action, revision: Option<i32>, comment: Option<&str>| {
        (user, action, revision, comment.map(str::to_owned))
    };
    let mut count = 0;
    for block in include_str!("../demo/more.txt").split("\n===\n") {
        let article = DemoArticle::parse(block);
        let slug = Slug::parse(&article.slug)?;
        let input = NewArticle {
            slug: slug.clone(),
            language: zh.clone(),
            content: content(&article.zh_title, &article.zh_body, "初稿")?,
        };
        app.create_article(ming, input).await?;
        let draft = content(&article.en_title, &article.en_body, "first draft")?;
        app.create_translation(alex, &slug, &en, draft).await?;
        let steps = match article.target.as_str() {
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
            let actor = match who {
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
            app.act(actor, &slug, &en, &input).await?;
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
