//! Concordance: the units of a language pair whose source (or target) text holds a term,
//! newest first.
//!
//! Each database's full-text index of the units' search terms (see the migration
//! `m20261211_000016_memory_index`) finds the paragraph units and imported units holding the
//! term's words in a row on that side (FTS5 phrase on SQLite, `<->` on PostgreSQL); the
//! sentence units recorded with a paragraph unit (same translation, revision and paragraph)
//! are read with it. Each is then checked to hold the term itself (ignoring case and runs of
//! spaces), so punctuation between the words counts. Units waiting to be indexed (see
//! [`super::pending`]) are checked the same way.

use std::collections::HashSet;

use bitext_domain::{
    memory::{UnitKind, normalize, pair_term, primary},
    search::terms,
};
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

use super::{MemoryUnit, in_list, values};
use crate::{StoreError, Tx};

/// Which text of a unit a concordance search reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Source,
    Target,
}

impl Side {
    /// The column of its search terms in SQLite's `tm_fts`.
    fn fts_column(self) -> &'static str {
        match self {
            Self::Source => "source_terms",
            Self::Target => "target_terms",
        }
    }

    /// Which of a unit's two texts it is.
    fn of<'a>(self, source: &'a str, target: &'a str) -> &'a str {
        match self {
            Self::Source => source,
            Self::Target => target,
        }
    }

    /// Its vector in PostgreSQL's `tm_terms`.
    fn vector(self) -> &'static str {
        match self {
            Self::Source => "source_vector",
            Self::Target => "target_vector",
        }
    }
}

/// How many units holding the term's words are read to find `limit` that hold the term.
const READ_AHEAD: u64 = 4;
/// How many of the newest units PostgreSQL reads first.
const PG_WINDOW: u32 = 5_000;

impl Tx {
    /// Up to `limit` units of the pair holding `term` on `side`, newest first.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_concordance(
        &self,
        source_language: &str,
        target_language: &str,
        term: &str,
        side: Side,
        limit: u64,
    ) -> Result<Vec<MemoryUnit>, StoreError> {
        let needle = normalize(term).to_lowercase();
        let holds = |text: &str| normalize(text).to_lowercase().contains(&needle);
        let words: Vec<String> = terms(term).into_iter().map(|t| t.text).collect();
        // No words (only punctuation, or nothing): nothing a full-text index could find.
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let backend = self.conn().get_database_backend();
        let pair = (source_language, target_language);
        let wanted = limit * READ_AHEAD;
        let mut units = Vec::new();
        if backend == DbBackend::Postgres {
            // The newest units first, walked newest first; the whole index only when they hold
            // too few (see `concordance_statement`).
            let stmt = concordance_statement(backend, pair, &words, side, wanted, Some(PG_WINDOW));
            units = self.units_selected(stmt, "id").await?;
        }
        if u64::try_from(units.len()).unwrap_or(u64::MAX) < wanted {
            let stmt = concordance_statement(backend, pair, &words, side, wanted, None);
            units = self.units_selected(stmt, "id").await?;
        }
        units.extend(self.sentences_of(&units).await?);
        let waiting: Vec<i64> = self
            .waiting_units(source_language, target_language)
            .await?
            .into_iter()
            .filter(|u| holds(side.of(&u.source, &u.target)))
            .map(|u| u.id)
            .collect();
        units.extend(self.memory_units(&waiting).await?);
        units.sort_by_key(|u| std::cmp::Reverse(u.id));
        units.dedup_by_key(|u| u.id);
        let (s, t) = (primary(source_language), primary(target_language));
        Ok(units
            .into_iter()
            .filter(|u| primary(&u.source_language) == s && primary(&u.target_language) == t)
            .filter(|u| holds(side.of(&u.source, &u.target)))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .collect())
    }

    /// The sentence units recorded with the approved paragraph units among `paragraphs`.
    async fn sentences_of(&self, paragraphs: &[MemoryUnit]) -> Result<Vec<MemoryUnit>, StoreError> {
        let wanted: HashSet<(i64, i32, i32)> = paragraphs
            .iter()
            .filter(|u| u.kind == UnitKind::Paragraph)
            .filter_map(|u| Some((u.translation_id?, u.revision?, u.paragraph?)))
            .collect();
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        let mut translations: Vec<i64> = wanted.iter().map(|w| w.0).collect();
        translations.sort_unstable();
        translations.dedup();
        let backend = self.conn().get_database_backend();
        let sql = format!(
            "SELECT id, translation_id, revision, paragraph FROM tm_units \
             WHERE translation_id IN ({}) AND kind = 'sentence'",
            in_list(backend, 1, translations.len())
        );
        let rows = self
            .conn()
            .query_all_raw(Statement::from_sql_and_values(
                backend,
                sql,
                values(&translations),
            ))
            .await?;
        let mut ids = Vec::new();
        for row in rows {
            let at = (
                row.try_get::<i64>("", "translation_id")?,
                row.try_get::<i32>("", "revision")?,
                row.try_get::<i32>("", "paragraph")?,
            );
            if wanted.contains(&at) {
                ids.push(row.try_get::<i64>("", "id")?);
            }
        }
        self.memory_units(&ids).await
    }
}

/// The query of the newest `limit` units of the pair holding `words` in a row on `side`.
///
/// On PostgreSQL, among the newest `window` units of `tm_terms` when given (walking its
/// primary key backwards: quick for a common term), else among all (`unit_id + 0` keeps the
/// planner from that walk, which for a rare term would test most of the memory: it takes the
/// GIN index's matches and keeps the newest).
pub(super) fn concordance_statement(
    backend: DbBackend,
    (source_language, target_language): (&str, &str),
    words: &[String],
    side: Side,
    limit: u64,
    window: Option<u32>,
) -> Statement {
    if backend == DbBackend::Postgres {
        let query: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let (s, t) = (primary(source_language), primary(target_language));
        let (from, order) = match window {
            Some(n) => (
                format!(
                    "(SELECT unit_id, {vector} FROM tm_terms ORDER BY unit_id DESC LIMIT {n}) t",
                    vector = side.vector()
                ),
                "t.unit_id DESC",
            ),
            None => ("tm_terms t".to_owned(), "t.unit_id + 0 DESC"),
        };
        let sql = format!(
            "SELECT u.id FROM {from} JOIN tm_units u ON u.id = t.unit_id \
             WHERE t.{vector} @@ CAST($1 AS tsquery) \
             AND (LOWER(u.source_language) = $2 OR LOWER(u.source_language) LIKE $3) \
             AND (LOWER(u.target_language) = $4 OR LOWER(u.target_language) LIKE $5) \
             ORDER BY {order} LIMIT {limit}",
            vector = side.vector()
        );
        return Statement::from_sql_and_values(
            backend,
            sql,
            [
                Value::from(query.join(" <-> ")),
                Value::from(s.clone()),
                Value::from(format!("{s}-%")),
                Value::from(t.clone()),
                Value::from(format!("{t}-%")),
            ],
        );
    }
    // The rowid is minus the unit's id: ascending is newest first, as FTS5 streams it.
    let query = format!(
        "pair : \"{}\" AND {} : \"{}\"",
        pair_term(source_language, target_language),
        side.fts_column(),
        words.join(" ")
    );
    let sql = format!(
        "SELECT -rowid AS id FROM tm_fts WHERE tm_fts MATCH ? ORDER BY rowid LIMIT {limit}"
    );
    Statement::from_sql_and_values(backend, sql, [Value::from(query)])
}
