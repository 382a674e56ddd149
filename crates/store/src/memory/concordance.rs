//! Concordance: the units of a language pair whose source (or target) text holds a term,
//! newest first.
//!
//! A term of two words or characters or more is found through the n-gram index: the units
//! holding every key of the term on that side, then checked to hold the term itself (ignoring
//! case and runs of spaces). A term of one word or character has no key of its own in the
//! index (units are indexed by pairs), so it is matched with `LIKE`, which reads the pair's
//! units newest first until it has enough.

use bitext_domain::{
    memory::{grams, normalize},
    text::count_words,
};
use sea_orm::{ConnectionTrait, Statement, Value};

use super::{MemoryUnit, in_list, primary, salt, values};
use crate::{StoreError, Tx};

/// Which text of a unit a concordance search reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Source,
    Target,
}

impl Side {
    fn column(self) -> &'static str {
        match self {
            Self::Source => "source_text",
            Self::Target => "target_text",
        }
    }
}

/// How many units holding every key of a term are read to find `limit` that hold it.
const READ_AHEAD: u64 = 4;

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
        if needle.is_empty() {
            return Ok(Vec::new());
        }
        let units = if count_words(term) >= 2 {
            let keys = grams(term, &salt(source_language, target_language, side));
            self.holding_every_key(&keys, limit * READ_AHEAD).await?
        } else {
            self.like(source_language, target_language, &needle, side, limit)
                .await?
        };
        let (s, t) = (primary(source_language), primary(target_language));
        Ok(units
            .into_iter()
            .filter(|u| primary(&u.source_language) == s && primary(&u.target_language) == t)
            .filter(|u| {
                let text = match side {
                    Side::Source => &u.source,
                    Side::Target => &u.target,
                };
                normalize(text).to_lowercase().contains(&needle)
            })
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .collect())
    }

    async fn holding_every_key(
        &self,
        keys: &[i64],
        limit: u64,
    ) -> Result<Vec<MemoryUnit>, StoreError> {
        let backend = self.conn().get_database_backend();
        let sql = format!(
            "SELECT unit_id FROM tm_grams WHERE gram IN ({}) GROUP BY unit_id \
             HAVING COUNT(*) = {} ORDER BY unit_id DESC LIMIT {limit}",
            in_list(backend, 1, keys.len()),
            keys.len()
        );
        self.units_selected(
            Statement::from_sql_and_values(backend, sql, values(keys)),
            "unit_id",
        )
        .await
    }

    async fn like(
        &self,
        source_language: &str,
        target_language: &str,
        needle: &str,
        side: Side,
        limit: u64,
    ) -> Result<Vec<MemoryUnit>, StoreError> {
        let backend = self.conn().get_database_backend();
        let escaped: String = needle
            .chars()
            .flat_map(|c| match c {
                '%' | '_' | '\\' => vec!['\\', c],
                _ => vec![c],
            })
            .collect();
        let (s, t) = (primary(source_language), primary(target_language));
        let sql = format!(
            "SELECT id FROM tm_units WHERE LOWER({column}) LIKE {p1} ESCAPE '\\' \
             AND (LOWER(source_language) = {p2} OR LOWER(source_language) LIKE {p3}) \
             AND (LOWER(target_language) = {p4} OR LOWER(target_language) LIKE {p5}) \
             ORDER BY id DESC LIMIT {limit}",
            column = side.column(),
            p1 = in_list(backend, 1, 1),
            p2 = in_list(backend, 2, 1),
            p3 = in_list(backend, 3, 1),
            p4 = in_list(backend, 4, 1),
            p5 = in_list(backend, 5, 1),
        );
        self.units_selected(
            Statement::from_sql_and_values(
                backend,
                sql,
                [
                    Value::from(format!("%{escaped}%")),
                    Value::from(s.clone()),
                    Value::from(format!("{s}-%")),
                    Value::from(t.clone()),
                    Value::from(format!("{t}-%")),
                ],
            ),
            "id",
        )
        .await
    }
}
