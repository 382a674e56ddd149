//! The steps of the workflow property test (`workflow_props`): what a random step is, and how
//! one is taken against the current state of a case's translation, mostly choosing an action
//! the state allows and someone whose role allows it.

use bitext_app::{
    ActionInput, Actor, App, AppConfig, AppError, NewComment,
    articles::{Content, NewArticle},
};
use bitext_domain::{Action, Body, LanguageTag, Message, Roles, Slug, Title, Translation};
use bitext_store::Store;
use proptest::prelude::*;

use crate::helpers::TestDb;

/// Which action a step takes: one of those allowed in the current state (by index), or any.
#[derive(Debug, Clone)]
pub enum Pick {
    Allowed(usize),
    Any(Action),
}

/// One random step of a case. `who` picks a person by index among those who fit the step.
#[derive(Debug, Clone)]
pub enum Step {
    /// A workflow action with its inputs.
    Act {
        pick: Pick,
        who: usize,
        /// Whether the actor is chosen among those whose roles allow the action (else anyone).
        fitting: bool,
        /// Approve names the head (else the revision before it).
        approve_head: bool,
        comment: bool,
        correction_note: bool,
        ack_outdated: bool,
        ack_threads: bool,
    },
    /// A translation revision by a translator or an editor, on the source's head.
    Revise { who: usize },
    /// A source revision by the desk.
    SourceRevise { minor: bool },
    /// A review comment on the head's first paragraph.
    Comment { who: usize },
    /// Resolving the oldest open thread, if there is one.
    Resolve { who: usize },
}

/// Mostly actions allowed in the current state, by someone allowed to take them, with the
/// inputs they need (the head, a reason, a correction note); sometimes anything.
pub fn step() -> impl Strategy<Value = Step> {
    let pick = prop_oneof![
        5 => (0..8usize).prop_map(Pick::Allowed),
        1 => prop::sample::select(Action::ALL.to_vec()).prop_map(Pick::Any),
    ];
    let act = (
        pick,
        0..8usize,
        prop::bool::weighted(0.9),
        prop::bool::weighted(0.9),
        prop::bool::weighted(0.85),
        prop::bool::weighted(0.85),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(pick, who, fitting, head, comment, note, ack_o, ack_t)| Step::Act {
                pick,
                who,
                fitting,
                approve_head: head,
                comment,
                correction_note: note,
                ack_outdated: ack_o,
                ack_threads: ack_t,
            },
        );
    prop_oneof![
        12 => act,
        3 => (0..8usize).prop_map(|who| Step::Revise { who }),
        1 => any::<bool>().prop_map(|minor| Step::SourceRevise { minor }),
        1 => (0..8usize).prop_map(|who| Step::Comment { who }),
        1 => (0..8usize).prop_map(|who| Step::Resolve { who }),
    ]
}

/// One database and five people for the whole run; each case works on its own article.
pub struct World {
    pub app: App,
    pub people: Vec<Actor>,
}

/// A revision's content with this body.
pub fn content(body: &str) -> Content {
    Content {
        title: Title::parse("T").unwrap(),
        body: Body::parse(body).unwrap(),
        message: Message::default(),
    }
}

/// The slug and the target language of case `slug`.
pub fn names(slug: &str) -> (Slug, LanguageTag) {
    (
        Slug::parse(slug).unwrap(),
        LanguageTag::parse("en").unwrap(),
    )
}

/// Creates article `slug` in Chinese (by the desk) and its English translation.
pub async fn start(w: &World, slug: &str) {
    let (slug, en) = names(slug);
    let article = NewArticle {
        slug: slug.clone(),
        language: LanguageTag::parse("zh-Hans").unwrap(),
        content: content("源。"),
    };
    w.app.create_article(&w.people[2], article).await.unwrap();
    w.app
        .create_translation(&w.people[0], &slug, &en, content("Source."))
        .await
        .unwrap();
}

/// A migrated database with a translator, a second translator, an editor, an editor who also
/// translates, and a publisher who also edits.
pub async fn world(db: &TestDb) -> World {
    let store = Store::connect(&db.url).await.unwrap();
    store.migrate().await.unwrap();
    let app = App::new(store, AppConfig::default());
    let mut people = Vec::new();
    for (name, roles) in [
        ("t1", "translator"),
        ("t2", "translator"),
        ("e1", "editor"),
        ("e2", "editor,translator"),
        ("p1", "publisher,editor"),
    ] {
        let roles: Roles = roles.parse().unwrap();
        let user = app.create_user(name, name, roles).await.unwrap().0;
        people.push(Actor::new(user, None));
    }
    World { app, people }
}

/// The step's actor: among those whose roles allow `roles` when `fitting`, else anyone.
fn choose<'a>(
    people: &'a [Actor],
    roles: &[bitext_domain::Role],
    who: usize,
    fitting: bool,
) -> &'a Actor {
    let fit: Vec<&Actor> = people.iter().filter(|p| p.user.roles.any(roles)).collect();
    if fitting && !fit.is_empty() {
        fit[who % fit.len()]
    } else {
        &people[who % people.len()]
    }
}

/// Takes `step` (the `i`th of its case) on `t`, the translation of article `slug` into English
/// as it stands.
pub async fn apply(
    w: &World,
    slug: &str,
    t: &Translation,
    i: usize,
    step: &Step,
) -> Result<(), AppError> {
    use bitext_domain::Role::{Editor, Translator};
    let app = &w.app;
    let (slug, en) = names(slug);
    match step {
        Step::Act {
            pick,
            who,
            fitting,
            approve_head,
            comment,
            correction_note,
            ack_outdated,
            ack_threads,
        } => {
            let allowed = t.state.allowed_actions();
            let action = match pick {
                Pick::Allowed(n) => allowed[n % allowed.len()],
                Pick::Any(a) => *a,
            };
            let actor = choose(&w.people, action.roles(), *who, *fitting);
            let input = ActionInput {
                action,
                revision: Some(if *approve_head { t.head } else { t.head - 1 }),
                comment: comment.then(|| format!("Reason {i}.")),
                correction_note: correction_note.then(|| format!("Corrected in step {i}.")),
                acknowledge_outdated: *ack_outdated,
                acknowledge_open_threads: *ack_threads,
            };
            app.act(actor, &slug, &en, &input).await.map(|_| ())
        }
        Step::Revise { who } => {
            let actor = choose(&w.people, &[Translator, Editor], *who, true);
            let art = app.article(&slug).await?.article;
            let body = content(&format!("Text {i}.\n\nMore {i}."));
            app.revise_translation(actor, &slug, &en, t.head, body, Some(art.head))
                .await
                .map(|_| ())
        }
        Step::SourceRevise { minor } => {
            let art = app.article(&slug).await?.article;
            let body = content(&format!("源 {i}。"));
            app.revise_article(&w.people[2], &slug, art.head, body, *minor)
                .await
                .map(|_| ())
        }
        Step::Comment { who } => {
            let actor = choose(&w.people, &[Translator, Editor], *who, true);
            let c = NewComment {
                paragraph: Some(0),
                body: format!("Comment {i}."),
                ..NewComment::default()
            };
            app.add_comment(actor, &slug, &en, c).await.map(|_| ())
        }
        Step::Resolve { who } => {
            let actor = choose(&w.people, &[Translator, Editor], *who, true);
            let comments = app.comments(&slug, &en, None, 200, None).await?.items;
            match comments
                .iter()
                .find(|c| c.parent_id.is_none() && c.resolved_at.is_none())
            {
                Some(c) => app
                    .set_comment_resolved(actor, &slug, &en, c.id, true)
                    .await
                    .map(|_| ()),
                None => Ok(()),
            }
        }
    }
}
