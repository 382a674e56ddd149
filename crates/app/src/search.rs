//! Search across articles and translations, for everyone signed in: the hits of a query, best
//! first, each with its title and a window of its text in which the hits are marked.
//!
//! A revision only marks its document as waiting to be indexed; [`App::index_search`] writes
//! the terms of the heads waiting, beside the server ([`App::run_search_indexer`]) and before
//! every search, so that a search finds every head committed before it began, and a burst of
//! revisions to one document is indexed once.

use bitext_domain::{
    Page, State,
    search::{SearchQuery, Segment, highlight, snippet},
};
use std::time::Duration;

pub use bitext_store::search::{CANDIDATES, SearchFilter, SearchKind, SearchScope};
use bitext_store::search::{INDEX_BATCH, IndexedHead, WaitingDocument};
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
    /// Indexes the documents waiting when it begins, and returns how many left the waiting
    /// list (see [`App::index_waiting`]).
    ///
    /// # Errors
    /// Database errors; the batch that failed stays waiting.
    pub async fn index_search(&self) -> AppResult<u64> {
        let waiting = self.read().await?.waiting_documents().await?;
        self.index_waiting(&waiting).await
    }

    /// Indexes `waiting`, a batch per write transaction. Each batch's heads are read, and their
    /// terms worked out, before its write transaction begins; a document revised again
    /// meanwhile stays on the list for the next pass.
    async fn index_waiting(&self, waiting: &[WaitingDocument]) -> AppResult<u64> {
        let mut total = 0;
        for batch in waiting.chunks(INDEX_BATCH) {
            let heads = self.read().await?.document_heads(batch).await?;
            let terms = tokio::task::spawn_blocking(move || {
                heads.into_iter().map(IndexedHead::of).collect::<Vec<_>>()
            });
            let indexed = match terms.await {
                Ok(indexed) => indexed,
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                // The runtime is shutting down: what is left waits for the next start.
                Err(_) => return Ok(total),
            };
            let tx = self.write().await?;
            total += tx.write_indexed(&indexed).await?;
            tx.commit().await?;
        }
        Ok(total)
    }

    /// Indexes the documents waiting every `every`, until `shutdown`, then once more. What is
    /// revised in between is indexed once, at its newest.
    pub async fn run_search_indexer(&self, every: Duration, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            if let Err(e) = self.index_search().await {
                tracing::error!(error = %e, "search indexer");
            }
            tokio::select! {
                () = &mut shutdown => break,
                () = tokio::time::sleep(every) => {}
            }
        }
        if let Err(e) = self.index_search().await {
            tracing::error!(error = %e, "search indexer");
        }
    }

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
        // Heads committed before now, indexed or not, are found: what waits is indexed first,
        // then read again.
        let mut tx = self.read().await?;
        let waiting = tx.waiting_documents().await?;
        if !waiting.is_empty() {
            drop(tx);
            self.index_waiting(&waiting).await?;
            tx = self.read().await?;
        }
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
