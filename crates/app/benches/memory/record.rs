//! The cost of remembering an approval: the units of a 40-paragraph translation cut from its
//! bodies (`bitext_domain::memory::units`) and recorded with `Tx::record_units` in a write
//! transaction, committed — what approving adds to the approval's own transaction. Then,
//! apart, the indexing of those units that follows the commit (`App::index_memory`, which the
//! server runs in the background).

use std::time::{Duration, Instant};

use bitext_app::{
    Actor, App,
    articles::{Content, NewArticle},
};
use bitext_domain::{Body, LanguageTag, Message, Slug, Title, memory::units};
use bitext_store::{
    Store,
    memory::{NewUnit, UnitSource},
};

use crate::{
    corpus::{Corpus, joined},
    workload::summary,
};

const PARAGRAPHS: u64 = 40;

fn content(title: &str, body: &str) -> Content {
    Content {
        title: Title::parse(title).expect("a title"),
        body: Body::parse(body).expect("a body"),
        message: Message::parse("").expect("a message"),
    }
}

/// Records `runs` new 40-paragraph translations, each of its own article, and prints p50,
/// p95 and max of the time each took; with `index`, indexes each one's units after its commit
/// and prints how long that took too, else leaves them waiting.
pub async fn run(app: &App, store: &Store, corpus: &Corpus, runs: u64, index: bool) {
    // New texts and names on every run of the benchmark, so nothing is left out as known.
    let unique = chrono::Utc::now().timestamp_micros().unsigned_abs();
    let name = format!("tmbench{unique}");
    let (user, _) = app
        .create_user(&name, &name, "editor,translator".parse().expect("roles"))
        .await
        .expect("a user");
    let actor = Actor::new(user, None);
    let (zh, en) = (
        LanguageTag::parse("zh-CN").expect("a tag"),
        LanguageTag::parse("en-US").expect("a tag"),
    );
    let mut times: Vec<Duration> = Vec::new();
    // Cutting units; `record_units`' statements; the commit.
    let mut steps: [Vec<Duration>; 3] = Default::default();
    let mut indexing: Vec<Duration> = Vec::new();
    let mut recorded = 0;
    for run in 0..runs {
        let base = 1_000_000_000_000 + (unique % 1_000_000) * 10_000 + run * 100;
        let (mut source, mut target) = (Vec::new(), Vec::new());
        for i in 0..PARAGRAPHS {
            let (s, t) = joined(&corpus.paragraph(base + i));
            source.push(s);
            target.push(t);
        }
        let (source, target) = (source.join("\n\n"), target.join("\n\n"));
        let slug = Slug::parse(&format!("tm-bench-{unique}-{run}")).expect("a slug");
        app.create_article(
            &actor,
            NewArticle {
                slug: slug.clone(),
                language: zh.clone(),
                content: content("标题", &source),
            },
        )
        .await
        .expect("an article");
        app.create_translation(&actor, &slug, &en, content("Title", &target))
            .await
            .expect("a translation");
        let tx = store.read().await.expect("a read transaction");
        let article = tx.article(slug.as_str()).await.expect("the article");
        let translation = tx
            .translation(slug.as_str(), en.as_str())
            .await
            .expect("the translation");
        drop(tx);

        let start = Instant::now();
        let new: Vec<NewUnit> = units(&source, &target)
            .into_iter()
            .map(NewUnit::from)
            .collect();
        let cut = start.elapsed();
        let tx = store.write().await.expect("a write transaction");
        let begun = start.elapsed();
        let done = tx
            .record_units(
                &UnitSource::Approval {
                    source_language: article.language.clone(),
                    target_language: translation.language.clone(),
                    article_id: article.id,
                    translation_id: translation.id,
                    revision: 1,
                    source_revision: 1,
                    translator: name.clone(),
                    at: chrono::Utc::now(),
                },
                &new,
            )
            .await
            .expect("recording");
        let written = start.elapsed();
        tx.commit().await.expect("a commit");
        times.push(start.elapsed());
        steps[0].push(cut);
        steps[1].push(written - begun);
        steps[2].push(start.elapsed() - written);
        recorded += done.recorded;
        if index {
            let start = Instant::now();
            app.index_memory().await.expect("indexing");
            indexing.push(start.elapsed());
        }
    }
    println!(
        "| recording a 40-paragraph approval | runs | units each (mean) | p50 ms | p95 | max |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    println!(
        "| units cut, recorded, committed | {runs} | {:.0} | {} |",
        recorded as f64 / runs as f64,
        summary(&times)
    );
    for (name, times) in ["units cut (domain)", "`record_units` statements", "commit"]
        .iter()
        .zip(&steps)
    {
        println!("| of which: {name} | {runs} | | {} |", summary(times));
    }
    if index {
        println!(
            "| then, after the commit: indexing the units (`App::index_memory`) | {runs} | | {} |",
            summary(&indexing)
        );
    }
}
