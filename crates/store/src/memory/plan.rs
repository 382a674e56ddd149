//! The database's plans of a lookup's queries, for benchmarks and for checking that a lookup
//! reads through the indexes rather than every unit.

use sea_orm::{ConnectionTrait, DbBackend, Statement};

use super::{
    Side,
    concordance::concordance_statement,
    lookup::{counts_statement, exact_statement, lookup_keys},
};
use crate::{StoreError, Tx};

/// The plan of one query of a lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPlan {
    /// The query, with placeholders.
    pub sql: String,
    /// How many of the text's keys it reads postings of (for the postings query), or words it
    /// searches for (concordance).
    pub keys: usize,
    /// The plan, one line per step: SQLite's `EXPLAIN QUERY PLAN`, or PostgreSQL's
    /// `EXPLAIN (ANALYZE, BUFFERS)` (which runs the query).
    pub lines: Vec<String>,
}

impl Tx {
    /// The plans of the queries [`Tx::memory_candidates`] runs for `text`: the counts of its
    /// keys, the postings of the rarest, then the units with the same source text.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_candidates_plan(
        &self,
        source_language: &str,
        target_language: &str,
        text: &str,
    ) -> Result<Vec<QueryPlan>, StoreError> {
        let keys = lookup_keys(text, source_language, target_language);
        let backend = self.conn().get_database_backend();
        let mut out = Vec::new();
        if !keys.keys.is_empty() {
            out.push(
                self.plan(counts_statement(backend, &keys.keys), keys.keys.len())
                    .await?,
            );
        }
        if let Some((_, stmt)) = self.chosen_postings(&keys).await? {
            let chosen = stmt.values.as_ref().map_or(0, |v| v.0.len());
            let chosen = if backend == DbBackend::Postgres {
                chosen
            } else {
                chosen / 2
            };
            out.push(self.plan(stmt, chosen).await?);
        }
        out.push(self.plan(exact_statement(backend, text), 0).await?);
        Ok(out)
    }

    /// The plan of the query [`Tx::memory_concordance`] runs for the search terms `words`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_concordance_plan(
        &self,
        source_language: &str,
        target_language: &str,
        words: &[String],
        side: Side,
        limit: u64,
    ) -> Result<QueryPlan, StoreError> {
        let backend = self.conn().get_database_backend();
        let stmt = concordance_statement(
            backend,
            (source_language, target_language),
            words,
            side,
            limit,
            None,
        );
        self.plan(stmt, words.len()).await
    }

    async fn plan(&self, stmt: Statement, keys: usize) -> Result<QueryPlan, StoreError> {
        let backend = self.conn().get_database_backend();
        let sql = stmt.sql.clone();
        let (prefix, column) = match backend {
            DbBackend::Postgres => ("EXPLAIN (ANALYZE, BUFFERS) ", "QUERY PLAN"),
            _ => ("EXPLAIN QUERY PLAN ", "detail"),
        };
        let explain = Statement {
            sql: format!("{prefix}{sql}"),
            ..stmt
        };
        let rows = self.conn().query_all_raw(explain).await?;
        let lines = rows
            .iter()
            .map(|r| r.try_get::<String>("", column))
            .collect::<Result<_, _>>()?;
        Ok(QueryPlan { sql, keys, lines })
    }
}
