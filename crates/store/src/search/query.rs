//! Finding, ranking and paging search hits. Each database finds the newest [`CANDIDATES`]
//! documents that hold every unit of the query, with its own full-text index (FTS5 `MATCH` on
//! SQLite, `@@` on a GIN-indexed `tsvector` on PostgreSQL) and the filters applied there; the
//! ranking is [`SearchQuery::score`] in Rust, ties going to the more recently revised, so that
//! both databases give the same list. Then one statement reads the page's titles and texts.

use std::collections::HashMap;

use bitext_domain::{Page, State, search::SearchQuery, search::Unit};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, QueryResult, Statement, Value};

use crate::{StoreError, Tx, convert};

/// How many of the newest matching documents are ranked: the most a search can list.
pub const CANDIDATES: usize = 300;

/// How many of the newest documents PostgreSQL tries first (see [`Tx::search`]).
const PG_WINDOW: u32 = 1500;

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchKind {
    Article,
    Translation,
}

/// Which documents the `state` filter keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchScope {
    /// Articles (the source texts) only.
    Source,
    /// Translations in this workflow state only.
    Translations(State),
}

/// Filters for a search.
#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    /// Only documents in this language (an article's source language, a translation's own).
    pub language: Option<String>,
    pub scope: Option<SearchScope>,
}

/// A document head that matches, with its title and text as they stand.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub kind: SearchKind,
    /// The article's slug.
    pub slug: String,
    pub language: String,
    pub title: String,
    pub body: String,
    /// A translation's workflow state now; `None` for an article.
    pub state: Option<State>,
    /// When the head was written.
    pub updated_at: DateTime<Utc>,
    pub score: u32,
}

/// A candidate row.
struct Candidate {
    id: i64,
    kind: SearchKind,
    owner: i64,
    language: String,
    updated_at: DateTime<Utc>,
    score: u32,
}

/// The query in FTS5's syntax: each unit a quoted phrase (a prefix followed by `*`), all ANDed.
fn fts5(query: &SearchQuery) -> String {
    let units: Vec<String> = query
        .units()
        .iter()
        .map(|u| match u {
            Unit::Word(w) => format!("\"{w}\""),
            Unit::Prefix(p) => format!("\"{p}\"*"),
            Unit::Phrase(p) => format!("\"{}\"", p.join(" ")),
        })
        .collect();
    units.join(" AND ")
}

/// The query as a PostgreSQL `tsquery`: a phrase must lie within the title (weight A) or
/// within the body (B), as it must within one FTS5 column.
fn tsquery(query: &SearchQuery) -> String {
    let units: Vec<String> = query
        .units()
        .iter()
        .map(|u| match u {
            Unit::Word(w) => format!("'{w}'"),
            Unit::Prefix(p) => format!("'{p}':*"),
            Unit::Phrase(p) => {
                let within = |weight: char| {
                    p.iter()
                        .map(|t| format!("'{t}':{weight}"))
                        .collect::<Vec<_>>()
                        .join(" <-> ")
                };
                format!("({}) | ({})", within('A'), within('B'))
            }
        })
        .collect();
    units
        .iter()
        .map(|u| format!("({u})"))
        .collect::<Vec<_>>()
        .join(" & ")
}

/// The statement finding the newest candidates.
fn candidates_statement(
    backend: DbBackend,
    query: &SearchQuery,
    filter: &SearchFilter,
    window: Option<u32>,
) -> Statement {
    let pg = backend == DbBackend::Postgres;
    let mut values: Vec<Value> = Vec::new();
    let mut param = |v: Value| {
        values.push(v);
        if pg {
            format!("${}", values.len())
        } else {
            "?".to_owned()
        }
    };
    let (from, matches) = if pg {
        (
            match window {
                // The newest documents only, walked newest first.
                Some(n) => format!("(SELECT * FROM search_documents ORDER BY id DESC LIMIT {n}) d"),
                None => "search_documents d".to_owned(),
            },
            format!(
                "d.search_vector @@ to_tsquery('simple', {})",
                param(tsquery(query).into())
            ),
        )
    } else {
        (
            "search_fts JOIN search_documents d ON d.id = -search_fts.rowid".to_owned(),
            format!("search_fts MATCH {}", param(fts5(query).into())),
        )
    };
    let mut wheres = vec![matches];
    if let Some(language) = &filter.language {
        wheres.push(format!("d.language = {}", param(language.clone().into())));
    }
    match filter.scope {
        Some(SearchScope::Source) => wheres.push("d.kind = 'article'".to_owned()),
        Some(SearchScope::Translations(state)) => wheres.push(format!(
            "d.translation_id IN (SELECT t.id FROM translations t WHERE t.state = {})",
            param(state.as_str().into())
        )),
        None => {}
    }
    // Newest first. On SQLite the FTS5 rowid is minus the document's id (see the migration),
    // which FTS5 streams. On PostgreSQL `+ 0` keeps the planner off walking the primary key
    // backwards and testing every row (slow for a word in a few percent of documents): it
    // takes the matches from the GIN index and keeps the newest.
    let order = match (pg, window) {
        (true, Some(_)) => "d.id DESC",
        (true, None) => "d.id + 0 DESC",
        (false, _) => "search_fts.rowid",
    };
    let sql = format!(
        "SELECT d.id, d.kind, d.article_id, d.translation_id, d.language, d.title_terms, \
         d.body_terms, d.updated_at FROM {from} WHERE {} ORDER BY {order} LIMIT {CANDIDATES}",
        wheres.join(" AND ")
    );
    Statement::from_sql_and_values(backend, sql, values)
}

fn candidate(row: &QueryResult, query: &SearchQuery) -> Result<Option<Candidate>, StoreError> {
    let title: String = row.try_get("", "title_terms")?;
    let body: String = row.try_get("", "body_terms")?;
    // The index found it; the same terms say so here (and a database that cut a term
    // differently cannot slip in a document the other would not find).
    if !query.matches(&title, &body) {
        return Ok(None);
    }
    let kind: String = row.try_get("", "kind")?;
    let (kind, owner) = match kind.as_str() {
        "article" => (SearchKind::Article, row.try_get("", "article_id")?),
        _ => (
            SearchKind::Translation,
            row.try_get::<Option<i64>>("", "translation_id")?
                .ok_or_else(|| StoreError::corrupt("search document", kind.clone()))?,
        ),
    };
    Ok(Some(Candidate {
        id: row.try_get("", "id")?,
        kind,
        owner,
        language: row.try_get("", "language")?,
        updated_at: row.try_get("", "updated_at")?,
        score: query.score(&title, &body),
    }))
}

/// Slug, state, title and body of the heads of these documents, in one statement.
async fn heads(
    db: &impl ConnectionTrait,
    page: &[Candidate],
) -> Result<HashMap<(bool, i64), (String, Option<String>, String, String)>, StoreError> {
    let ids = |kind: SearchKind| {
        let list: Vec<String> = page
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| c.owner.to_string())
            .collect();
        if list.is_empty() {
            "NULL".to_owned()
        } else {
            list.join(", ")
        }
    };
    let sql = format!(
        "SELECT 1 AS is_article, a.id AS owner, a.slug AS slug, CAST(NULL AS TEXT) AS state, \
                r.title AS title, r.body AS body \
         FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.number = a.head \
         WHERE a.id IN ({}) \
         UNION ALL \
         SELECT 0, t.id, a.slug, t.state, r.title, r.body \
         FROM translations t JOIN articles a ON a.id = t.article_id \
         JOIN translation_revisions r ON r.translation_id = t.id AND r.number = t.head \
         WHERE t.id IN ({})",
        ids(SearchKind::Article),
        ids(SearchKind::Translation)
    );
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    rows.iter()
        .map(|r| {
            let is_article: i32 = r.try_get("", "is_article")?;
            Ok((
                (is_article == 1, r.try_get("", "owner")?),
                (
                    r.try_get("", "slug")?,
                    r.try_get("", "state")?,
                    r.try_get("", "title")?,
                    r.try_get("", "body")?,
                ),
            ))
        })
        .collect()
}

impl Tx {
    /// The documents whose heads hold every unit of `query`, best first (by
    /// [`SearchQuery::score`], then the more recently revised, then the later indexed), `limit`
    /// at a time after the first `after` (the cursor is a position in the ranking). Only the
    /// newest [`CANDIDATES`] matches are ranked. Two or three statements, whatever the page's
    /// length.
    ///
    /// # Errors
    /// Database errors; a stored value that does not parse.
    pub async fn search(
        &self,
        query: &SearchQuery,
        filter: &SearchFilter,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<SearchHit>, StoreError> {
        let db = self.conn();
        let backend = db.get_database_backend();
        let mut rows = Vec::new();
        if backend == DbBackend::Postgres {
            // A word in most documents is found soonest among the newest; if they hold fewer
            // than CANDIDATES matches, the GIN index finds them all. Either way the result is
            // the newest CANDIDATES matches.
            let stmt = candidates_statement(backend, query, filter, Some(PG_WINDOW));
            rows = db.query_all_raw(stmt).await?;
        }
        if rows.len() < CANDIDATES {
            let stmt = candidates_statement(backend, query, filter, None);
            rows = db.query_all_raw(stmt).await?;
        }
        let mut ranked = Vec::with_capacity(rows.len());
        for row in &rows {
            if let Some(c) = candidate(row, query)? {
                ranked.push(c);
            }
        }
        ranked.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(b.updated_at.cmp(&a.updated_at))
                .then(b.id.cmp(&a.id))
        });
        let skip = usize::try_from(after.unwrap_or(0).max(0)).unwrap_or(usize::MAX);
        let take = usize::try_from(limit).unwrap_or(usize::MAX);
        let end = skip.saturating_add(take);
        let next_cursor = (ranked.len() > end).then(|| end.to_string());
        let page: Vec<Candidate> = ranked.into_iter().skip(skip).take(take).collect();
        if page.is_empty() {
            return Ok(Page {
                items: Vec::new(),
                next_cursor,
            });
        }
        let mut heads = heads(db, &page).await?;
        let items = page
            .into_iter()
            .map(|c| {
                let (slug, state, title, body) = heads
                    .remove(&(c.kind == SearchKind::Article, c.owner))
                    .ok_or_else(|| StoreError::corrupt("search document", c.id.to_string()))?;
                Ok(SearchHit {
                    kind: c.kind,
                    slug,
                    language: c.language,
                    title,
                    body,
                    state: state.as_deref().map(convert::state).transpose()?,
                    updated_at: c.updated_at,
                    score: c.score,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(Page { items, next_cursor })
    }
}
