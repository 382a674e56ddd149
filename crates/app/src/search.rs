//! Search across articles and translations, for everyone signed in: the hits of a query, best
//! first, each with its title and a window of its text in which the hits are marked.

use bitext_domain::{
    Page, State,
    search::{SearchQuery, Segment, highlight, snippet},
};
pub use bitext_store::search::{CANDIDATES, SearchFilter, SearchKind, SearchScope};
use chrono::{DateTime, Utc};

use crate::{Actor, App, AppResult};

/// How many characters of a body a snippet shows.
pub const SNIPPET_CHARS: usize = 160;

/// One document that matches.
#[derive(Debug, Clone)]
pub struct SearchResult {
    pub kind: SearchKind,
    /// The article's slug.
    pub slug: String,
    /// The document's language: an article's source language, a translation's own.
    pub language: String,
    /// The head's title, the hits marked.
    pub title: Vec<Segment>,
    /// About [`SNIPPET_CHARS`] characters of the head's body around the first hit.
    pub snippet: Vec<Segment>,
    /// A translation's workflow state; `None` for an article.
    pub state: Option<State>,
    pub updated_at: DateTime<Utc>,
}

impl App {
    /// The documents whose heads hold every unit of `query`, best first, `limit` at a time
    /// after the cursor `after` (a position in the ranking). Any signed-in person may search.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn search(
        &self,
        _actor: &Actor,
        query: &SearchQuery,
        filter: &SearchFilter,
        limit: u64,
        after: Option<i64>,
    ) -> AppResult<Page<SearchResult>> {
        let tx = self.read().await?;
        let page = tx.search(query, filter, limit, after).await?;
        Ok(Page {
            items: page
                .items
                .into_iter()
                .map(|hit| SearchResult {
                    kind: hit.kind,
                    title: highlight(query, &hit.title),
                    snippet: snippet(query, &hit.body, SNIPPET_CHARS),
                    slug: hit.slug,
                    language: hit.language,
                    state: hit.state,
                    updated_at: hit.updated_at,
                })
                .collect(),
            next_cursor: page.next_cursor,
        })
    }
}
