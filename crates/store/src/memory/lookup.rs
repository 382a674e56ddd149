//! Finding the units worth scoring for a fuzzy lookup, without reading every unit.
//!
//! The text's source-side n-gram keys are looked up in `tm_gram_counts`; only the rarest are
//! used, as many as keep the postings read under [`POSTINGS_BUDGET`] (at least the rarest one,
//! and of that one only the newest units when it alone is over the budget):
//! a unit that shares much of the text shares some of its rare keys, and the common ones
//! (`的`, `of the`) would cost the most and tell the least. The units sharing the most chosen
//! keys are the candidates; units with the very same source text are always among them. The
//! caller scores the candidates exactly.

use std::collections::HashMap;

use bitext_domain::{
    State,
    memory::{UnitKind, fingerprint, grams},
};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, QueryResult, Statement, Value};

use super::{MemoryUnit, Side, in_list, primary, salt, values};
use crate::{StoreError, Tx};

/// How many postings a lookup reads at most. When even its rarest key has more, only the
/// newest `limit` units holding that key are read.
const POSTINGS_BUDGET: i64 = 10_000;
/// How many keys a lookup uses at most.
const MAX_KEYS: usize = 48;
/// How many units with the very same source a lookup reads.
const EXACT: u64 = 10;
const KEYS_PER_QUERY: usize = 900;

impl Tx {
    /// Up to `limit` units of the language pair whose source text may be like `text`: those
    /// that share the most of its rarest n-gram keys, and those with the same source text.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_candidates(
        &self,
        source_language: &str,
        target_language: &str,
        text: &str,
        limit: u64,
    ) -> Result<Vec<MemoryUnit>, StoreError> {
        let keys = grams(text, &salt(source_language, target_language, Side::Source));
        let (chosen, postings) = self.rarest(&keys).await?;
        let backend = self.conn().get_database_backend();
        let mut ids: Vec<i64> = Vec::new();
        if !chosen.is_empty() {
            let rows = self
                .conn()
                .query_all_raw(postings_statement(backend, &chosen, postings, limit))
                .await?;
            for row in rows {
                ids.push(row.try_get::<i64>("", "unit_id")?);
            }
        }
        let rows = self
            .conn()
            .query_all_raw(exact_statement(backend, text))
            .await?;
        for row in rows {
            ids.push(row.try_get::<i64>("", "id")?);
        }
        ids.sort_unstable();
        ids.dedup();
        let (s, t) = (primary(source_language), primary(target_language));
        Ok(self
            .memory_units(&ids)
            .await?
            .into_iter()
            .filter(|u| primary(&u.source_language) == s && primary(&u.target_language) == t)
            .collect())
    }

    /// The paragraph unit a translation recorded last for the same source paragraph text, if
    /// any: what was approved for a paragraph the source has not changed since.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_carry_over(
        &self,
        translation_id: i64,
        source: &str,
    ) -> Result<Option<MemoryUnit>, StoreError> {
        let backend = self.conn().get_database_backend();
        let sql = format!(
            "SELECT id FROM tm_units WHERE translation_id = {} AND source_key = {} \
             AND kind = 'paragraph' ORDER BY id DESC LIMIT 1",
            in_list(backend, 1, 1),
            in_list(backend, 2, 1)
        );
        let row = self
            .conn()
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [
                    Value::from(translation_id),
                    Value::from(fingerprint(source)),
                ],
            ))
            .await?;
        let Some(row) = row else { return Ok(None) };
        let id = row.try_get::<i64>("", "id")?;
        Ok(self.memory_units(&[id]).await?.into_iter().next())
    }

    /// The keys of `keys` to read postings of: the rarest, within the budget; and how many
    /// postings they hold.
    pub(super) async fn rarest(&self, keys: &[i64]) -> Result<(Vec<i64>, i64), StoreError> {
        let backend = self.conn().get_database_backend();
        let mut counted: Vec<(i64, i64)> = Vec::new();
        for chunk in keys.chunks(KEYS_PER_QUERY) {
            let sql = format!(
                "SELECT gram, units FROM tm_gram_counts WHERE gram IN ({})",
                in_list(backend, 1, chunk.len())
            );
            let rows = self
                .conn()
                .query_all_raw(Statement::from_sql_and_values(backend, sql, values(chunk)))
                .await?;
            for row in rows {
                counted.push((row.try_get::<i64>("", "units")?, row.try_get("", "gram")?));
            }
        }
        counted.sort_unstable();
        let mut total = 0;
        let mut chosen = Vec::new();
        for (units, gram) in counted {
            if !chosen.is_empty() && (total + units > POSTINGS_BUDGET || chosen.len() >= MAX_KEYS) {
                break;
            }
            total += units;
            chosen.push(gram);
        }
        Ok((chosen, total))
    }

    /// The units with these ids, with where they came from, in the order of `ids`.
    ///
    /// # Errors
    /// Database errors, and a unit whose kind is unknown.
    pub(crate) async fn memory_units(&self, ids: &[i64]) -> Result<Vec<MemoryUnit>, StoreError> {
        let backend = self.conn().get_database_backend();
        let mut by_id: HashMap<i64, MemoryUnit> = HashMap::new();
        for chunk in ids.chunks(KEYS_PER_QUERY) {
            let sql = format!(
                "SELECT u.*, a.slug AS slug, t.state AS state, \
                 EXISTS (SELECT 1 FROM editions e WHERE e.translation_id = u.translation_id \
                   AND e.translation_revision = u.revision) AS published \
                 FROM tm_units u \
                 LEFT JOIN articles a ON a.id = u.article_id \
                 LEFT JOIN translations t ON t.id = u.translation_id \
                 WHERE u.id IN ({})",
                in_list(backend, 1, chunk.len())
            );
            let rows = self
                .conn()
                .query_all_raw(Statement::from_sql_and_values(backend, sql, values(chunk)))
                .await?;
            for row in rows {
                let unit = unit_of(&row)?;
                by_id.insert(unit.id, unit);
            }
        }
        Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
    }
}

/// The query of the `limit` units sharing the most of the `chosen` keys, which hold
/// `postings` postings; over the budget (a single key), of the newest `limit` units holding it.
pub(super) fn postings_statement(
    backend: DbBackend,
    chosen: &[i64],
    postings: i64,
    limit: u64,
) -> Statement {
    if postings > POSTINGS_BUDGET {
        let sql = format!(
            "SELECT unit_id FROM tm_grams WHERE gram = {} ORDER BY unit_id DESC LIMIT {limit}",
            in_list(backend, 1, 1)
        );
        return Statement::from_sql_and_values(backend, sql, values(&chosen[..1]));
    }
    let sql = format!(
        "SELECT unit_id, COUNT(*) AS hits FROM tm_grams WHERE gram IN ({}) \
         GROUP BY unit_id ORDER BY hits DESC, unit_id DESC LIMIT {limit}",
        in_list(backend, 1, chosen.len())
    );
    Statement::from_sql_and_values(backend, sql, values(chosen))
}

/// The query of the newest units whose source text is `text`.
pub(super) fn exact_statement(backend: DbBackend, text: &str) -> Statement {
    let sql = format!(
        "SELECT id FROM tm_units WHERE source_key = {} ORDER BY id DESC LIMIT {EXACT}",
        in_list(backend, 1, 1)
    );
    Statement::from_sql_and_values(backend, sql, [Value::from(fingerprint(text))])
}

/// A unit read by [`Tx::memory_units`]' query.
pub(crate) fn unit_of(row: &QueryResult) -> Result<MemoryUnit, StoreError> {
    let kind: String = row.try_get("", "kind")?;
    let state: Option<String> = row.try_get("", "state")?;
    let origin: String = row.try_get("", "origin")?;
    Ok(MemoryUnit {
        id: row.try_get("", "id")?,
        kind: UnitKind::parse(&kind).ok_or_else(|| StoreError::corrupt("unit kind", kind))?,
        source_language: row.try_get("", "source_language")?,
        target_language: row.try_get("", "target_language")?,
        source: row.try_get("", "source_text")?,
        target: row.try_get("", "target_text")?,
        approved: origin == "approval",
        slug: row.try_get("", "slug")?,
        translation_id: row.try_get("", "translation_id")?,
        revision: row.try_get("", "revision")?,
        source_revision: row.try_get("", "source_revision")?,
        paragraph: row.try_get("", "paragraph")?,
        translator: row.try_get("", "translator")?,
        note: row.try_get("", "note")?,
        created_at: row.try_get::<DateTime<Utc>>("", "created_at")?,
        published: row.try_get("", "published")?,
        withdrawn: state.as_deref() == Some(State::Withdrawn.as_str()),
    })
}
