//! Fills an empty database with an archive: by default 100,000 articles and 1,000,000
//! revisions of them and of their translations, with the events, comments, editions and search
//! documents the workflow leaves, as a desk that keeps years of stories builds it.
//!
//! ```sh
//! BITEXT_ARCHIVE_DATABASE_URL=sqlite:///var/tmp/archive-1m.db cargo bench -p bitext --bench archive
//! BITEXT_ARCHIVE_ARTICLES=100 BITEXT_ARCHIVE_DATABASE_URL=sqlite:///var/tmp/archive-1k.db \
//!     cargo bench -p bitext --bench archive
//! ```
//!
//! What it writes (see `common/plan.rs`, which `read_latency` shares to find it again):
//! - 32 people: an editor who administers, 20 translators, 8 editors, 3 publishers;
//! - per article, ten revisions on average (2 to 18) between the source and its translation:
//!   85% Chinese stories translated into English, 15% the other way; each revision an editor's
//!   small change to the one before, bodies of about 3.5 KiB in eight paragraphs;
//! - translations in every state: 8% of articles untranslated, then draft, in review, changes
//!   requested, approved, published (with an edition) and withdrawn; 15% of the translated ones
//!   outdated by a later source revision, and some sources ending in a minor revision;
//! - an event for every revision and step of the workflow, comments where editors asked for
//!   changes or are reviewing, a search document for each article and translation.
//!
//! It writes rows directly, in transactions of a few thousand revisions, times spread over
//! five years, content hashes and search terms worked out by the domain's own functions. It
//! does not write translation memory units (none of the archive's read paths read them). A
//! bar shows its progress; at the end it prints the rows written per table and per state.
//! Write to SQLite; `bitext copy` then moves the archive to PostgreSQL.

#[path = "common/env.rs"]
mod env;
#[path = "common/plan.rs"]
mod plan;

use std::{fmt::Write as _, time::Instant};

use bitext_store::{SqliteSync, Store};
use chrono::{DateTime, Duration, Utc};
use env::env_or;
use indicatif::{ProgressBar, ProgressStyle};
use plan::{Planned, State};

/// Revisions written per transaction.
const BATCH_REVISIONS: u64 = 4_000;
/// Rows per `INSERT`.
const ROWS_PER_INSERT: usize = 250;

const TRANSLATORS: i64 = 20;
const EDITORS: i64 = 8;
const PUBLISHERS: i64 = 3;

/// A quoted SQL string.
fn q(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A time as the store writes it (RFC 3339, microseconds, UTC).
fn t(at: DateTime<Utc>) -> String {
    q(&at.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string())
}

fn opt(v: Option<impl ToString>) -> String {
    v.map_or_else(|| "NULL".to_owned(), |v| v.to_string())
}

const ZH: &[&str] = &[
    "城南",
    "社区",
    "图书馆",
    "延长",
    "开放时间",
    "居民",
    "表示",
    "欢迎",
    "周末",
    "座位",
    "市政府",
    "公布",
    "新的",
    "预算",
    "学校",
    "菜园",
    "夜班",
    "公交",
    "线路",
    "调整",
    "河边",
    "市场",
    "摊位",
    "增加",
    "桥梁",
    "维修",
    "工程",
    "预计",
    "下个月",
    "完成",
    "老电影院",
    "改造",
    "记者",
    "了解到",
    "今年",
    "以来",
    "已经",
    "超过",
    "一万",
    "人次",
];
const ZH_EDITS: &[&str] = &["东区", "晚上", "志愿者", "两千", "临时", "地铁", "新址"];
const EN: &[&str] = &[
    "the",
    "council",
    "library",
    "opens",
    "later",
    "on",
    "weekdays",
    "and",
    "readers",
    "say",
    "they",
    "welcome",
    "extra",
    "hours",
    "near",
    "river",
    "market",
    "stalls",
    "budget",
    "school",
    "garden",
    "night",
    "bus",
    "route",
    "bridge",
    "repairs",
    "finish",
    "next",
    "month",
    "cinema",
    "residents",
    "visits",
    "this",
    "year",
    "more",
    "than",
    "ten",
    "thousand",
    "reporters",
    "learned",
];
const EN_EDITS: &[&str] = &[
    "city",
    "hall",
    "evenings",
    "volunteers",
    "longer",
    "east",
    "metro",
];

/// Paragraphs per body.
const PARAGRAPHS: usize = 8;

/// Revision `n` (from 1) of a body: the same text for every revision of one `seed` but for
/// the words or phrases the revisions before changed, one each, as an editor's pass does.
fn body(chinese: bool, seed: u64, n: u32) -> String {
    let (pool, edits, per_paragraph) = if chinese {
        (ZH, ZH_EDITS, 60)
    } else {
        (EN, EN_EDITS, 80)
    };
    let count = PARAGRAPHS * per_paragraph;
    let mut words: Vec<&str> = (0..count as u64)
        .map(|i| pool[(plan::mix(seed, i) % pool.len() as u64) as usize])
        .collect();
    for k in 1..n as u64 {
        let at = (plan::mix(seed, 1_000 + k) % count as u64) as usize;
        words[at] = edits[(k % edits.len() as u64) as usize];
    }
    let mut out = String::with_capacity(count * 8);
    for (p, paragraph) in words.chunks(per_paragraph).enumerate() {
        if p > 0 {
            out.push_str("\n\n");
        }
        for (s, sentence) in paragraph.chunks(if chinese { 12 } else { 16 }).enumerate() {
            if chinese {
                out.extend(sentence.iter().copied());
                out.push('。');
            } else {
                if s > 0 {
                    out.push(' ');
                }
                let mut first = true;
                for w in sentence {
                    if !first {
                        out.push(' ');
                    }
                    if first {
                        let mut c = w.chars();
                        if let Some(f) = c.next() {
                            out.extend(f.to_uppercase());
                            out.push_str(c.as_str());
                        }
                        first = false;
                    } else {
                        out.push_str(w);
                    }
                }
                out.push('.');
            }
        }
    }
    out
}

fn title(chinese: bool, seed: u64) -> String {
    if chinese {
        (0..4)
            .map(|i| ZH[(plan::mix(seed, 50 + i) % ZH.len() as u64) as usize])
            .collect()
    } else {
        let words: Vec<&str> = (0..6)
            .map(|i| EN[(plan::mix(seed, 50 + i) % EN.len() as u64) as usize])
            .collect();
        let mut s = words.join(" ");
        s[..1].make_ascii_uppercase();
        s
    }
}

/// Rows waiting to be written, per table of `COLUMNS` (in the order foreign keys need).
struct Batch {
    rows: Vec<Vec<String>>,
    revisions: u64,
}

const COLUMNS: &[(&str, &str)] = &[
    (
        "articles",
        "id, slug, language, head, major_head, created_by, created_at, updated_at",
    ),
    (
        "article_revisions",
        "id, article_id, number, parent, author_id, created_at, message, title, body, \
         content_hash, minor",
    ),
    (
        "translations",
        "id, article_id, language, state, head, source_revision, approved_revision, \
         approved_by, last_submitted_revision, created_by, created_at, updated_at, \
         published_revision, withdrawn_reason, credit_override, assignee_id, announced_edition, \
         announced_at",
    ),
    (
        "translation_revisions",
        "id, translation_id, number, parent, author_id, created_at, message, title, body, \
         content_hash, source_revision",
    ),
    (
        "events",
        "id, article_id, translation_id, actor_id, action, from_state, to_state, revision, \
         request_id, detail, created_at, correlation_id",
    ),
    (
        "comments",
        "id, translation_id, revision, parent_id, author_id, paragraph, quote, body, \
         resolved_at, resolved_by, created_at",
    ),
    (
        "editions",
        "id, translation_id, article_id, number, source_revision, translation_revision, \
         translators, editors, credit_override, correction_note, publisher_id, created_at, minor",
    ),
    (
        "search_documents",
        "id, doc_key, kind, article_id, translation_id, language, title_terms, body_terms, \
         updated_at",
    ),
];

impl Batch {
    fn new() -> Self {
        Self {
            rows: vec![Vec::new(); COLUMNS.len()],
            revisions: 0,
        }
    }

    fn push(&mut self, table: &str, row: String) {
        let at = COLUMNS
            .iter()
            .position(|(name, _)| *name == table)
            .expect("a known table");
        self.rows[at].push(row);
    }

    /// One transaction writing every row, `ROWS_PER_INSERT` a statement.
    fn sql(&mut self) -> String {
        let mut sql = String::from("BEGIN;\n");
        for ((table, columns), rows) in COLUMNS.iter().zip(&mut self.rows) {
            for chunk in rows.chunks(ROWS_PER_INSERT) {
                let _ = write!(sql, "INSERT INTO {table} ({columns}) VALUES ");
                for (i, row) in chunk.iter().enumerate() {
                    if i > 0 {
                        sql.push(',');
                    }
                    sql.push('(');
                    sql.push_str(row);
                    sql.push(')');
                }
                sql.push_str(";\n");
            }
            rows.clear();
        }
        sql.push_str("COMMIT;");
        self.revisions = 0;
        sql
    }
}

/// Ids handed out so far, per table.
#[derive(Default)]
struct Ids {
    article_revision: i64,
    translation: i64,
    translation_revision: i64,
    event: i64,
    comment: i64,
    edition: i64,
    search_document: i64,
}

fn next(id: &mut i64) -> i64 {
    *id += 1;
    *id
}

struct People;

impl People {
    const ADMIN: i64 = 1;
    const ALL: i64 = 1 + TRANSLATORS + EDITORS + PUBLISHERS;
    fn translator(index: u64) -> i64 {
        2 + (index % TRANSLATORS as u64) as i64
    }
    fn editor(index: u64) -> i64 {
        2 + TRANSLATORS + (plan::mix(index, 9) % EDITORS as u64) as i64
    }
    fn publisher(index: u64) -> i64 {
        2 + TRANSLATORS + EDITORS + (index % PUBLISHERS as u64) as i64
    }
    /// Person `id`'s user name, display name and roles.
    fn person(id: i64) -> (String, String, &'static str) {
        let (role, n) = match id {
            1 => return ("desk".into(), "Desk Admin".into(), "editor,admin"),
            id if id < 2 + TRANSLATORS => ("translator", id - 1),
            id if id < 2 + TRANSLATORS + EDITORS => ("editor", id - 1 - TRANSLATORS),
            id => ("publisher", id - 1 - TRANSLATORS - EDITORS),
        };
        let mut display = format!("{role} {n:02}");
        display[..1].make_ascii_uppercase();
        (format!("{role}{n:02}"), display, role)
    }
    fn display_name(id: i64) -> String {
        Self::person(id).1
    }
}

/// The people, as rows of `users`.
fn people_sql(now: DateTime<Utc>) -> String {
    let rows: Vec<String> = (1..=People::ALL)
        .map(|id| {
            let (name, display, roles) = People::person(id);
            format!("{id}, {}, {}, '{roles}', {}", q(&name), q(&display), t(now))
        })
        .collect();
    format!(
        "INSERT INTO users (id, name, display_name, roles, created_at) VALUES ({});",
        rows.join("),(")
    )
}

/// Writes one article, its revisions, its translation and what the workflow left, to `batch`.
fn write_article(p: &Planned, start: DateTime<Utc>, step: Duration, ids: &mut Ids, b: &mut Batch) {
    let article_id = p.index as i64 + 1;
    let chinese = p.source_language == "zh-Hans";
    let source_seed = plan::mix(p.index, 100);
    let target_seed = plan::mix(p.index, 200);
    let translator = People::translator(p.index);
    let editor = People::editor(p.index);
    let publisher = People::publisher(p.index);
    let mut clock = start;
    let mut tick = || {
        clock += step;
        clock
    };
    let mut event = |b: &mut Batch,
                     at: DateTime<Utc>,
                     translation: Option<i64>,
                     actor: i64,
                     action: &str,
                     states: (Option<&str>, Option<&str>),
                     revision: u32,
                     detail: Option<String>| {
        b.push(
            "events",
            format!(
                "{}, {article_id}, {}, {actor}, {}, {}, {}, {revision}, NULL, {}, {}, NULL",
                next(&mut ids.event),
                opt(translation),
                q(action),
                opt(states.0.map(q)),
                opt(states.1.map(q)),
                opt(detail.map(|d| q(&d))),
                t(at),
            ),
        );
    };

    // The source, up to the revision the translation renders.
    let source_title = title(chinese, source_seed);
    let before_translation = if p.outdated {
        p.source_revisions - 1
    } else {
        p.source_revisions
    };
    let mut source_at = Vec::new();
    let mut source_revision = |b: &mut Batch, n: u32, at: DateTime<Utc>| {
        let text = body(chinese, source_seed, n);
        let minor = p.last_minor && n == p.source_revisions;
        b.push(
            "article_revisions",
            format!(
                "{}, {article_id}, {n}, {}, {}, {}, {}, {}, {}, {}, {}",
                next(&mut ids.article_revision),
                opt((n > 1).then(|| n - 1)),
                People::ADMIN,
                t(at),
                q(if n == 1 { "first draft" } else { "update" }),
                q(&source_title),
                q(&text),
                q(&bitext_domain::content_hash(&source_title, &text)),
                if minor { "TRUE" } else { "FALSE" },
            ),
        );
        b.revisions += 1;
        (text, minor)
    };
    let mut source_body = String::new();
    for n in 1..=before_translation {
        let at = tick();
        let (text, minor) = source_revision(b, n, at);
        source_body = text;
        source_at.push(at);
        let action = match (n, minor) {
            (1, _) => "article.create",
            (_, true) => "article.revise-minor",
            _ => "article.revise",
        };
        event(b, at, None, People::ADMIN, action, (None, None), n, None);
    }

    // The translation, its revisions and its workflow.
    let mut translation_row = None;
    if let Some(state) = p.state {
        let translation_id = next(&mut ids.translation);
        let target_chinese = !chinese;
        let target_title = title(target_chinese, target_seed);
        let created_at = tick();
        let head = p.translation_revisions;
        let mut target_body = String::new();
        let mut updated_at = created_at;
        for n in 1..=head {
            let at = if n == 1 { created_at } else { tick() };
            updated_at = at;
            target_body = body(target_chinese, target_seed, n);
            b.push(
                "translation_revisions",
                format!(
                    "{}, {translation_id}, {n}, {}, {translator}, {}, {}, {}, {}, {}, {}",
                    next(&mut ids.translation_revision),
                    opt((n > 1).then(|| n - 1)),
                    t(at),
                    q(if n == 1 {
                        "first draft"
                    } else {
                        "tighten wording"
                    }),
                    q(&target_title),
                    q(&target_body),
                    q(&bitext_domain::content_hash(&target_title, &target_body)),
                    before_translation,
                ),
            );
            b.revisions += 1;
            let (action, from) = if n == 1 {
                ("translation.create", None)
            } else {
                ("translation.revise", Some("draft"))
            };
            event(
                b,
                at,
                Some(translation_id),
                translator,
                action,
                (from, Some("draft")),
                n,
                None,
            );
        }
        let submitted = state != State::Draft;
        let mut approved = false;
        // The edition the feeds list it by, and when it was published.
        let mut announced = None;
        let mut withdrawn_reason = None;
        let mut comment = |b: &mut Batch,
                           author: i64,
                           parent: Option<i64>,
                           paragraph: Option<u32>,
                           text: &str,
                           resolved: Option<(DateTime<Utc>, i64)>,
                           at: DateTime<Utc>| {
            let id = next(&mut ids.comment);
            b.push(
                "comments",
                format!(
                    "{id}, {translation_id}, {head}, {}, {author}, {}, NULL, {}, {}, {}, {}",
                    opt(parent),
                    opt(paragraph),
                    q(text),
                    opt(resolved.map(|r| t(r.0))),
                    opt(resolved.map(|r| r.1)),
                    t(at),
                ),
            );
            id
        };
        if submitted {
            updated_at = tick();
            event(
                b,
                updated_at,
                Some(translation_id),
                translator,
                "submit",
                (Some("draft"), Some("in_review")),
                head,
                None,
            );
        }
        match state {
            State::InReview => {
                let at = tick();
                comment(
                    b,
                    editor,
                    None,
                    Some(2),
                    "Check the figure in this paragraph.",
                    None,
                    at,
                );
            }
            State::ChangesRequested => {
                updated_at = tick();
                let text = "The second paragraph leaves out where the stalls go.";
                event(
                    b,
                    updated_at,
                    Some(translation_id),
                    editor,
                    "request_changes",
                    (Some("in_review"), Some("changes_requested")),
                    head,
                    Some(serde_json::json!({ "comment": text }).to_string()),
                );
                let asked = comment(b, editor, None, None, text, None, updated_at);
                let at = tick();
                comment(b, translator, Some(asked), None, "Adding it now.", None, at);
            }
            State::Approved | State::Published | State::Withdrawn => {
                let read = tick();
                comment(
                    b,
                    editor,
                    None,
                    Some(1),
                    "Is the name spelled as the source has it?",
                    Some((read + step, translator)),
                    read,
                );
                updated_at = tick();
                approved = true;
                event(
                    b,
                    updated_at,
                    Some(translation_id),
                    editor,
                    "approve",
                    (Some("in_review"), Some("approved")),
                    head,
                    None,
                );
                if state != State::Approved {
                    updated_at = tick();
                    let edition = next(&mut ids.edition);
                    announced = Some((edition, updated_at));
                    event(
                        b,
                        updated_at,
                        Some(translation_id),
                        publisher,
                        "publish",
                        (Some("approved"), Some("published")),
                        head,
                        None,
                    );
                    b.push(
                        "editions",
                        format!(
                            "{}, {translation_id}, {article_id}, 1, {before_translation}, {head}, \
                             {}, {}, NULL, NULL, {publisher}, {}, FALSE",
                            edition,
                            q(&serde_json::json!([People::display_name(translator)]).to_string()),
                            q(&serde_json::json!([People::display_name(editor)]).to_string()),
                            t(updated_at),
                        ),
                    );
                }
                if state == State::Withdrawn {
                    updated_at = tick();
                    let reason = "The opening date is not confirmed.";
                    withdrawn_reason = Some(reason);
                    event(
                        b,
                        updated_at,
                        Some(translation_id),
                        publisher,
                        "withdraw",
                        (Some("published"), Some("withdrawn")),
                        head,
                        Some(serde_json::json!({ "comment": reason }).to_string()),
                    );
                }
            }
            _ => {}
        }
        b.push(
            "translations",
            format!(
                "{translation_id}, {article_id}, {}, {}, {head}, {before_translation}, {}, {}, \
                 {}, {translator}, {}, {}, {}, {}, NULL, {translator}, {}, {}",
                q(p.target_language),
                q(state.as_str()),
                opt(approved.then_some(head)),
                opt(approved.then_some(editor)),
                opt(submitted.then_some(head)),
                t(created_at),
                t(updated_at),
                opt(announced.map(|_| head)),
                opt(withdrawn_reason.map(q)),
                opt(announced.map(|(id, _)| id)),
                opt(announced.map(|(_, at)| t(at))),
            ),
        );
        translation_row = Some((translation_id, target_title, target_body, updated_at));
    }

    // The source revision that outdated the translation.
    if p.outdated {
        let n = p.source_revisions;
        let at = tick();
        let (text, _) = source_revision(b, n, at);
        source_body = text;
        source_at.push(at);
        event(
            b,
            at,
            None,
            People::ADMIN,
            "article.revise",
            (None, None),
            n,
            None,
        );
    }
    let major_head = if p.last_minor {
        p.source_revisions - 1
    } else {
        p.source_revisions
    };
    let article_updated = *source_at.last().expect("one revision at least");
    // `articles` comes first in the batch, so its row can follow its revisions here.
    b.push(
        "articles",
        format!(
            "{article_id}, {}, {}, {}, {major_head}, {}, {}, {}",
            q(&p.slug),
            q(p.source_language),
            p.source_revisions,
            People::ADMIN,
            t(source_at[0]),
            t(article_updated),
        ),
    );
    search_document(
        b,
        ids,
        (&format!("article/{article_id}"), "article"),
        (article_id, None, p.source_language),
        (&source_title, &source_body),
        article_updated,
    );
    if let Some((id, title, text, at)) = translation_row {
        search_document(
            b,
            ids,
            (&format!("translation/{id}"), "translation"),
            (article_id, Some(id), p.target_language),
            (&title, &text),
            at,
        );
    }
}

fn search_document(
    b: &mut Batch,
    ids: &mut Ids,
    (key, kind): (&str, &str),
    (article_id, translation_id, language): (i64, Option<i64>, &str),
    (title, text): (&str, &str),
    at: DateTime<Utc>,
) {
    use bitext_domain::search::{MAX_BODY_TERMS, MAX_TITLE_TERMS, index_text};
    b.push(
        "search_documents",
        format!(
            "{}, {}, {}, {article_id}, {}, {}, {}, {}, {}",
            next(&mut ids.search_document),
            q(key),
            q(kind),
            opt(translation_id),
            q(language),
            q(&index_text(title, MAX_TITLE_TERMS)),
            q(&index_text(text, MAX_BODY_TERMS)),
            t(at),
        ),
    );
}

#[tokio::main]
async fn main() {
    let articles: u64 = env_or("BITEXT_ARCHIVE_ARTICLES", "100000")
        .parse()
        .expect("BITEXT_ARCHIVE_ARTICLES: a number of articles");
    let url = env_or("BITEXT_ARCHIVE_DATABASE_URL", "sqlite://archive.db");
    let store = Store::connect_with(&url, SqliteSync::Normal)
        .await
        .expect("the database opens");
    store.migrate().await.expect("migrations apply");
    if store.count_rows("articles").await.expect("counts") > 0 {
        eprintln!("{url} already holds articles: give an empty database");
        std::process::exit(2);
    }

    let now = bitext_domain::now();
    let began = now - Duration::days(5 * 365);
    // Each article's story unfolds within its own slice of the five years.
    let slice = Duration::days(5 * 365) / i32::try_from(articles.max(1)).expect("articles fit");
    store
        .execute_unprepared(&people_sql(began))
        .await
        .expect("people are written");

    let bar = ProgressBar::new(articles).with_style(
        ProgressStyle::with_template(
            "{elapsed_precise} [{bar:40}] {pos}/{len} articles, {msg} ({eta} left)",
        )
        .expect("a valid template"),
    );
    let started = Instant::now();
    let mut ids = Ids::default();
    let mut batch = Batch::new();
    let mut stages: Vec<(Option<State>, u64)> = plan::stages().map(|s| (s, 0)).collect();
    let mut written = 0u64;
    for index in 0..articles {
        let p = plan::article(index);
        let counted = stages
            .iter_mut()
            .find(|(s, _)| *s == p.state)
            .expect("a stage");
        counted.1 += 1;
        let start = began + slice * i32::try_from(index).expect("index fits");
        let total = p.source_revisions + p.translation_revisions;
        let step = slice / i32::try_from(total + 8).expect("fits");
        write_article(&p, start, step, &mut ids, &mut batch);
        if batch.revisions >= BATCH_REVISIONS || index + 1 == articles {
            written += batch.revisions;
            let sql = batch.sql();
            store
                .execute_unprepared(&sql)
                .await
                .expect("the batch is written");
            bar.set_position(index + 1);
            bar.set_message(format!("{written} revisions"));
        }
    }
    bar.finish();
    println!(
        "wrote {articles} articles and {written} revisions in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    for table in std::iter::once("users").chain(COLUMNS.iter().map(|(table, _)| *table)) {
        println!(
            "{table:>22}: {}",
            store.count_rows(table).await.expect("counts")
        );
    }
    for (state, n) in stages {
        let name = state.map_or("untranslated", State::as_str);
        println!("{name:>22}: {n}");
    }
}
