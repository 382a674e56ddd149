//! The database's plans of a lookup's queries, for benchmarks and for checking that a lookup
//! reads through the indexes rather than every unit.

use bitext_domain::memory::grams;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use super::{
    Side,
    lookup::{exact_statement, postings_statement},
    salt,
};
use crate::{StoreError, Tx};

/// The plan of one query of a lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPlan {
    /// The query, with placeholders.
    pub sql: String,
    /// How many of the text's keys it reads postings of (for the postings query).
    pub keys: usize,
    /// The plan, one line per step: SQLite's `EXPLAIN QUERY PLAN`, or PostgreSQL's
    /// `EXPLAIN (ANALYZE, BUFFERS)` (which runs the query).
    pub lines: Vec<String>,
}

impl Tx {
    /// The plans of the queries [`Tx::memory_candidates`] runs for `text`: the postings of its
    /// rarest keys, then the units with the same source text.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_candidates_plan(
        &self,
        source_language: &str,
        target_language: &str,
        text: &str,
        limit: u64,
    ) -> Result<Vec<QueryPlan>, StoreError> {
        let keys = grams(text, &salt(source_language, target_language, Side::Source));
        let (chosen, postings) = self.rarest(&keys).await?;
        let backend = self.conn().get_database_backend();
        let mut out = Vec::new();
        if !chosen.is_empty() {
            let stmt = postings_statement(backend, &chosen, postings, limit);
            out.push(self.plan(stmt, chosen.len()).await?);
        }
        out.push(self.plan(exact_statement(backend, text), 0).await?);
        Ok(out)
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
