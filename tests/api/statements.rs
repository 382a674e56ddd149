//! How many SQL statements the use cases take: lists take the same number whatever their
//! length (no query per item), and a publication or a revision a small fixed number. Counted by
//! the store itself (every statement its pool executes), on whichever database the tests use.

use bitext_app::{
    ActionInput, Actor, App, ArticleFilter, FeedFilter, TranslationFilter,
    articles::{Content, NewArticle},
};
use bitext_domain::{Action, Body, LanguageTag, Message, Roles, Slug, Title, WebhookUrl};

use crate::helpers::spawn_app;

fn content(body: &str) -> Content {
    Content {
        title: Title::parse("Title").unwrap(),
        body: Body::parse(body).unwrap(),
        message: Message::default(),
    }
}

struct Desk {
    app: App,
    editor: Actor,
    second_editor: Actor,
    translator: Actor,
    publisher: Actor,
}

impl Desk {
    async fn new(app: App) -> Desk {
        let mut people = Vec::new();
        for (name, roles) in [
            ("s-ed", "editor,admin"),
            ("s-eve", "editor"),
            ("s-tom", "translator"),
            ("s-pat", "publisher"),
        ] {
            let roles: Roles = roles.parse().unwrap();
            let user = app.create_user(name, name, roles).await.unwrap().0;
            people.push(Actor::new(user, None));
        }
        let [editor, second_editor, translator, publisher]: [Actor; 4] = people.try_into().unwrap();
        Desk {
            app,
            editor,
            second_editor,
            translator,
            publisher,
        }
    }

    /// How many statements `f` takes.
    async fn count<T>(&self, f: impl std::future::Future<Output = T>) -> (u64, T) {
        let before = self.app.store().statements_executed();
        let out = f.await;
        (self.app.store().statements_executed() - before, out)
    }

    async fn act(&self, actor: &Actor, slug: &Slug, action: Action, revision: Option<i32>) {
        let input = ActionInput {
            action,
            revision,
            comment: None,
            correction_note: None,
            acknowledge_outdated: false,
            acknowledge_open_threads: false,
        };
        self.app
            .act(actor, slug, &en(), &input)
            .await
            .unwrap_or_else(|e| panic!("{action:?} on {slug:?}: {e}"));
    }

    /// Article `n` with an English translation, submitted for review.
    async fn submitted(&self, n: usize) -> Slug {
        let slug = Slug::parse(&format!("story-{n}")).unwrap();
        let article = NewArticle {
            slug: slug.clone(),
            language: LanguageTag::parse("zh-Hans").unwrap(),
            content: content("第一段。\n\n第二段。"),
        };
        self.app
            .create_article(&self.editor, article)
            .await
            .unwrap();
        self.app
            .create_translation(
                &self.translator,
                &slug,
                &en(),
                content("The first paragraph.\n\nThe second paragraph."),
            )
            .await
            .unwrap();
        self.act(&self.translator, &slug, Action::Submit, None)
            .await;
        slug
    }

    async fn published(&self, n: usize) -> Slug {
        let slug = self.submitted(n).await;
        self.act(&self.second_editor, &slug, Action::Approve, Some(1))
            .await;
        self.act(&self.publisher, &slug, Action::Publish, None)
            .await;
        slug
    }
}

fn en() -> LanguageTag {
    LanguageTag::parse("en").unwrap()
}

#[tokio::test]
async fn lists_take_the_same_number_of_statements_whatever_their_length() {
    let test = spawn_app().await;
    let desk = Desk::new(test.app.clone()).await;
    let queue = async |desk: &Desk| {
        let (n, items) = desk
            .count(desk.app.review_queue(&desk.second_editor, None, 50))
            .await;
        (n, items.unwrap().len())
    };
    let feed = async |desk: &Desk| {
        let (n, items) = desk.count(desk.app.feed(&en(), 50)).await;
        (n, items.unwrap().items.len())
    };
    let front = async |desk: &Desk| {
        let filter = FeedFilter {
            source: Some("zh-Hans".to_owned()),
            ..FeedFilter::default()
        };
        let (n, page) = desk.count(desk.app.front_page(&filter, 20)).await;
        (n, page.unwrap().0.items.len())
    };
    let articles = async |desk: &Desk| {
        let (n, page) = desk
            .count(desk.app.list_articles(&ArticleFilter::default(), 50, None))
            .await;
        (n, page.unwrap().items.len())
    };

    let translations = async |desk: &Desk| {
        let (n, page) = desk
            .count(desk.app.list_translations(
                &desk.editor,
                TranslationFilter::default(),
                None,
                50,
                None,
            ))
            .await;
        (n, page.unwrap().items.len())
    };

    desk.submitted(0).await;
    desk.published(100).await;
    let one = (
        queue(&desk).await,
        feed(&desk).await,
        articles(&desk).await,
        translations(&desk).await,
    );
    let front_one = front(&desk).await;
    for n in 1..8 {
        desk.submitted(n).await;
        desk.published(100 + n).await;
    }
    let eight = (
        queue(&desk).await,
        feed(&desk).await,
        articles(&desk).await,
        translations(&desk).await,
    );
    let front_eight = front(&desk).await;
    assert_eq!((front_one.1, front_eight.1), (1, 8));
    assert_eq!(
        front_one.0, front_eight.0,
        "the front page takes a query per item"
    );
    eprintln!(
        "statements for 1 and 8 items (queue, feed, articles, translations): {one:?} {eight:?}"
    );
    assert_eq!((one.0.1, one.1.1), (1, 1));
    assert_eq!((eight.0.1, eight.1.1), (8, 8));
    assert_eq!(
        one.0.0, eight.0.0,
        "the review queue takes a query per item"
    );
    assert_eq!(one.1.0, eight.1.0, "the feed takes a query per item");
    assert_eq!(
        one.2.0, eight.2.0,
        "the article list takes a query per item"
    );
    assert_eq!((one.3.1, eight.3.1), (2, 16));
    assert_eq!(
        one.3.0, eight.3.0,
        "the translation list takes a query per item"
    );
}

#[tokio::test]
async fn a_publication_and_a_revision_take_a_small_fixed_number_of_statements() {
    let test = spawn_app().await;
    let desk = Desk::new(test.app.clone()).await;
    let slug = desk.submitted(1).await;
    desk.act(&desk.second_editor, &slug, Action::Approve, Some(1))
        .await;
    let (publish, ()) = desk
        .count(desk.act(&desk.publisher, &slug, Action::Publish, None))
        .await;
    // With subscribers, publishing writes a delivery for each, in the same statements.
    for n in 0..3 {
        let url = WebhookUrl::parse(&format!("http://127.0.0.1:9/hook-{n}")).unwrap();
        desk.app
            .create_webhook(&desk.editor, &url, None)
            .await
            .unwrap();
    }
    let other = desk.submitted(2).await;
    desk.act(&desk.second_editor, &other, Action::Approve, Some(1))
        .await;
    let (publish_with_subscribers, ()) = desk
        .count(desk.act(&desk.publisher, &other, Action::Publish, None))
        .await;
    assert_eq!(
        publish, publish_with_subscribers,
        "publishing takes a statement per webhook subscriber"
    );
    assert_eq!(desk.app.pending_deliveries().await.unwrap(), 3);
    desk.act(&desk.translator, &slug, Action::Reopen, None)
        .await;
    let (revise, revised) = desk
        .count(desk.app.revise_translation(
            &desk.translator,
            &slug,
            &en(),
            1,
            content("One, again.\n\nTwo."),
            None,
        ))
        .await;
    revised.unwrap();
    let (queue, _) = desk
        .count(desk.app.review_queue(&desk.second_editor, None, 50))
        .await;
    eprintln!("statements: publish {publish}, revise {revise}, queue {queue}");
    assert!(publish <= 20, "publishing took {publish} statements");
    assert!(revise <= 12, "a revision took {revise} statements");
}
