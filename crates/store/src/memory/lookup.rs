//! Finding the units worth scoring for a fuzzy lookup, without reading every unit.
//!
//! The index holds a sketch of each unit's source-side n-gram keys (8 to 16 of them, see
//! [`sketch`](bitext_domain::memory::sketch)). A lookup first counts how many units hold each
//! key of its text (its MinHash keys and others, at most [`MAX_KEYS`] of those, counted up to
//! [`COMMON`]), then reads the postings of its MinHash keys and then of its rarest keys, as
//! many as keep the postings read under [`POSTINGS_BUDGET`]: a unit that shares much of the
//! text holds many of the text's MinHash keys and some of its rare keys in its sketch, and the
//! common ones (`的`, `of the`) would cost the most and tell the least. When every key is common, the
//! newest units holding the rarest are read. The units found through the most keys, then the
//! rarest, are the candidates; units with the very same source text are always among them. The
//! caller scores the candidates exactly. Units waiting to be indexed (see [`super::pending`])
//! are found as if they were.

use std::collections::{HashMap, HashSet};

use bitext_domain::{
    State,
    memory::{UnitKind, fingerprint, grams, key_term, minhash, primary, sketch, source_salt},
};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, QueryResult, Statement, Value};

use super::{MemoryUnit, in_list, values};
use crate::{StoreError, Tx};

/// A key more units hold than this is common: counted no further, and its postings read only
/// when the text has no rarer key.
const COMMON: usize = 1_000;
/// How many postings a lookup reads at most (unless its rarest key alone holds more).
const POSTINGS_BUDGET: usize = 10_000;
/// How many keys' postings a lookup reads at most.
const MAX_CHOSEN: usize = 48;
/// How many of the newest units holding its rarest key a lookup reads when every key is common.
const NEWEST: usize = 100;
/// How many keys of its text a lookup counts at most: those of the smallest hash, a fair draw
/// of the keys of a long text.
const MAX_KEYS: usize = 128;
/// How many units with the very same source a lookup reads.
const EXACT: u64 = 10;
const KEYS_PER_QUERY: usize = 900;

impl Tx {
    /// Up to `limit` units of the language pair whose source text may be like `text`: those
    /// whose sketches share the most keys with it, the rarer the better, and those with the
    /// same source text.
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
        let keys = lookup_keys(text, source_language, target_language);
        let backend = self.conn().get_database_backend();
        let mut postings: Vec<(i64, i64)> = Vec::new();
        // Units not indexed yet are found through the keys indexed units are found through,
        // and through the text's MinHash keys (all keys count nothing while nothing is
        // indexed), where their sketches hold them.
        let mut wanted: HashSet<i64> = keys.first.iter().copied().collect();
        if let Some((chosen, stmt)) = self.chosen_postings(&keys).await? {
            wanted.extend(chosen);
            let rows = self.conn().query_all_raw(stmt).await?;
            postings = rows
                .iter()
                .map(|r| {
                    Ok((
                        r.try_get::<i64>("", "gram")?,
                        r.try_get::<i64>("", "unit_id")?,
                    ))
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
        }
        let salt = source_salt(source_language, target_language);
        for unit in self.waiting_units(source_language, target_language).await? {
            for key in sketch(&grams(&unit.source, &salt)) {
                if wanted.contains(&key) {
                    postings.push((key, unit.id));
                }
            }
        }
        let mut ids = best_found(&postings, usize::try_from(limit).unwrap_or(usize::MAX));
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

    /// The keys worth reading the postings of (see [`choose`]) and the statement reading them,
    /// if any key is held at all.
    pub(super) async fn chosen_postings(
        &self,
        keys: &LookupKeys,
    ) -> Result<Option<(Vec<i64>, Statement)>, StoreError> {
        if keys.keys.is_empty() {
            return Ok(None);
        }
        let backend = self.conn().get_database_backend();
        let rows = self
            .conn()
            .query_all_raw(counts_statement(backend, &keys.keys))
            .await?;
        let counted = rows
            .iter()
            .map(|r| {
                let n = r.try_get::<i64>("", "n")?;
                Ok((
                    usize::try_from(n).unwrap_or(0),
                    r.try_get::<i64>("", "gram")?,
                ))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let (chosen, newest) = choose(counted, &keys.first);
        if chosen.is_empty() {
            return Ok(None);
        }
        let stmt = postings_statement(backend, &chosen, newest);
        Ok(Some((chosen, stmt)))
    }

    /// For each of `sources`, the paragraph unit the translation recorded last with that
    /// source text, if any: what was approved for a paragraph the source has not changed
    /// since. One statement for all of them, in the order of `sources`.
    ///
    /// # Errors
    /// Database errors.
    pub async fn memory_carry_overs(
        &self,
        translation_id: i64,
        sources: &[&str],
    ) -> Result<Vec<Option<MemoryUnit>>, StoreError> {
        let keys: Vec<i64> = sources.iter().map(|s| fingerprint(s)).collect();
        let mut distinct = keys.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let backend = self.conn().get_database_backend();
        let mut last: HashMap<i64, i64> = HashMap::new();
        for chunk in distinct.chunks(KEYS_PER_QUERY) {
            let sql = format!(
                "SELECT source_key, MAX(id) AS id FROM tm_units WHERE translation_id = {} \
                 AND kind = 'paragraph' AND source_key IN ({}) GROUP BY source_key",
                in_list(backend, 1, 1),
                in_list(backend, 2, chunk.len())
            );
            let mut bound = vec![Value::from(translation_id)];
            bound.extend(values(chunk));
            let rows = self
                .conn()
                .query_all_raw(Statement::from_sql_and_values(backend, sql, bound))
                .await?;
            for row in rows {
                last.insert(row.try_get("", "source_key")?, row.try_get("", "id")?);
            }
        }
        let ids: Vec<i64> = last.values().copied().collect();
        let units: HashMap<i64, MemoryUnit> = self
            .memory_units(&ids)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        Ok(keys
            .iter()
            .map(|k| last.get(k).and_then(|id| units.get(id).cloned()))
            .collect())
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
                "SELECT u.id, u.source_language, u.target_language, u.kind, u.source_text, \
                 u.target_text, u.origin, u.translation_id, u.revision, u.source_revision, \
                 u.paragraph, u.translator, u.note, u.created_at, a.slug AS slug, t.state AS state, \
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

/// The keys a lookup counts and may read the postings of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LookupKeys {
    /// The text's source-side n-gram keys: its MinHash keys, and the others up to [`MAX_KEYS`]
    /// (the keys are hashes, sorted: the first are a fair draw); sorted.
    pub keys: Vec<i64>,
    /// Its MinHash keys ([`minhash`]), read first: each is in the sketch of a similar unit
    /// with a probability of about their similarity.
    pub first: Vec<i64>,
}

/// The keys a lookup of `text` counts and reads postings of.
pub(super) fn lookup_keys(text: &str, source_language: &str, target_language: &str) -> LookupKeys {
    let all = grams(text, &source_salt(source_language, target_language));
    let first = minhash(&all);
    let mut keys: Vec<i64> = all.into_iter().take(MAX_KEYS).collect();
    keys.extend(&first);
    keys.sort_unstable();
    keys.dedup();
    LookupKeys { keys, first }
}

/// Which postings a lookup reads, from how many units hold each key (`(count, key)`, the
/// count capped at `COMMON + 1`): keys that are not common, the text's MinHash keys (`first`)
/// before the others and the rarer first among each, within [`POSTINGS_BUDGET`] and
/// [`MAX_CHOSEN`], and `false`; or, when every key is common, the rarest and `true` (read
/// only its newest units).
fn choose(mut counted: Vec<(usize, i64)>, first: &[i64]) -> (Vec<i64>, bool) {
    counted.retain(|&(n, _)| n > 0);
    counted.sort_unstable_by_key(|&(n, key)| (!first.contains(&key), n, key));
    let mut total = 0;
    let mut chosen = Vec::new();
    for &(n, key) in &counted {
        if chosen.len() >= MAX_CHOSEN {
            break;
        }
        if n > COMMON || total + n > POSTINGS_BUDGET {
            continue;
        }
        total += n;
        chosen.push(key);
    }
    match (chosen.is_empty(), counted.iter().min()) {
        (true, Some(&(_, rarest))) => (vec![rarest], true),
        _ => (chosen, false),
    }
}

/// The query counting, for each of `keys`, the units whose sketch holds it, up to
/// `COMMON + 1`: a walk of `tm_keys`' primary key per key on PostgreSQL, of the key's doclist
/// in `tm_fts` on SQLite.
pub(super) fn counts_statement(backend: DbBackend, keys: &[i64]) -> Statement {
    let cap = COMMON + 1;
    if backend == DbBackend::Postgres {
        let rows: Vec<String> = (1..=keys.len())
            .map(|i| format!("(CAST(${i} AS BIGINT))"))
            .collect();
        let sql = format!(
            "SELECT k.gram AS gram, (SELECT COUNT(*) FROM (SELECT 1 FROM tm_keys t \
               WHERE t.gram = k.gram LIMIT {cap}) c) AS n \
             FROM (VALUES {}) AS k (gram)",
            rows.join(",")
        );
        return Statement::from_sql_and_values(backend, sql, values(keys));
    }
    let select = format!(
        "SELECT CAST(? AS INTEGER) AS gram, (SELECT COUNT(*) FROM (SELECT rowid FROM tm_fts \
           WHERE tm_fts MATCH ? LIMIT {cap})) AS n"
    );
    sqlite_per_key(&select, keys)
}

/// The query of the postings of `keys`, or (`newest`) of the newest [`NEWEST`] units holding
/// the first.
pub(super) fn postings_statement(backend: DbBackend, keys: &[i64], newest: bool) -> Statement {
    if backend == DbBackend::Postgres {
        let sql = if newest {
            format!(
                "SELECT gram, unit_id FROM tm_keys WHERE gram = $1 \
                 ORDER BY unit_id DESC LIMIT {NEWEST}"
            )
        } else {
            format!(
                "SELECT gram, unit_id FROM tm_keys WHERE gram IN ({})",
                in_list(backend, 1, keys.len())
            )
        };
        let keys = if newest { &keys[..1] } else { keys };
        return Statement::from_sql_and_values(backend, sql, values(keys));
    }
    if newest {
        let select = format!(
            "SELECT * FROM (SELECT CAST(? AS INTEGER) AS gram, -rowid AS unit_id FROM tm_fts \
             WHERE tm_fts MATCH ? ORDER BY rowid LIMIT {NEWEST})"
        );
        return sqlite_per_key(&select, &keys[..1]);
    }
    sqlite_per_key(
        "SELECT CAST(? AS INTEGER) AS gram, -rowid AS unit_id FROM tm_fts WHERE tm_fts MATCH ?",
        keys,
    )
}

/// `select` (which binds a key, then a full-text query of it in `tm_fts`' sketches) for each
/// of `keys`, as one `UNION ALL`.
fn sqlite_per_key(select: &str, keys: &[i64]) -> Statement {
    let mut bound = Vec::with_capacity(keys.len() * 2);
    for &key in keys {
        bound.push(Value::from(key));
        bound.push(Value::from(format!("sketch : {}", key_term(key))));
    }
    let sql = vec![select; keys.len()].join(" UNION ALL ");
    Statement::from_sql_and_values(DbBackend::Sqlite, sql, bound)
}

/// The ids of the (at most `limit`) units the `postings` (key, unit) point to most: found
/// through the most keys, then through the rarest (a key counts `1 / units it was read for`),
/// then the newest. Weighing by rarity first would let any unit that shares one rare bigram
/// with a long text outrank the one that shares a sentence.
fn best_found(postings: &[(i64, i64)], limit: usize) -> Vec<i64> {
    let mut per_key: HashMap<i64, u32> = HashMap::new();
    for (gram, _) in postings {
        *per_key.entry(*gram).or_default() += 1;
    }
    let mut found: HashMap<i64, (u32, f64)> = HashMap::new();
    for (gram, unit) in postings {
        let entry = found.entry(*unit).or_default();
        entry.0 += 1;
        entry.1 += 1.0 / f64::from(per_key[gram]);
    }
    let mut ranked: Vec<(i64, u32, f64)> = found.into_iter().map(|(u, (h, w))| (u, h, w)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)).then(b.0.cmp(&a.0)));
    ranked.into_iter().take(limit).map(|(u, _, _)| u).collect()
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

#[cfg(test)]
mod tests {
    use bitext_domain::memory::MAX_SKETCH_KEYS;

    use super::*;

    #[test]
    fn units_found_through_more_keys_then_rarer_keys_come_first() {
        // Key 1 is rare (one unit), key 2 common (four units), key 3 held by two.
        let postings = [
            (1, 10),
            (2, 10),
            (2, 11),
            (2, 12),
            (2, 13),
            (3, 12),
            (3, 13),
        ];
        // 10, 12 and 13 through two keys each: 10 through the rarest (1 + 1/4), then 13 and
        // 12 (1/4 + 1/2 each: the newer first), then 11 through one common key.
        assert_eq!(best_found(&postings, 10), [10, 13, 12, 11]);
        assert_eq!(best_found(&postings, 2), [10, 13]);
        // Three keys in common outweigh one rare key.
        let mut many = vec![(7, 1)];
        for unit in 2..=9 {
            many.extend([(4, unit), (5, unit), (6, unit)]);
        }
        assert_eq!(best_found(&many, 1), [9]);
        assert!(best_found(&[], 5).is_empty());
    }

    #[test]
    fn the_rarest_keys_are_read_within_the_budget_and_the_newest_of_one_when_all_are_common() {
        let counted = vec![(900, 1), (0, 2), (5, 3), (4_000, 4), (9_000, 5), (300, 6)];
        assert_eq!(choose(counted.clone(), &[]), (vec![3, 6, 1], false));
        // The text's MinHash keys come first, the rarer first, then the others.
        assert_eq!(choose(counted, &[1, 6, 5]), (vec![6, 1, 3], false));
        // Over the budget: the rarest that fit.
        let many: Vec<(usize, i64)> = (0..20).map(|i| (900, i)).collect();
        assert_eq!(choose(many.clone(), &[]).0.len(), 11);
        // A MinHash key over the budget leaves room for rarer keys after it.
        let mut with_first = many;
        with_first.push((9_500, 30));
        with_first.push((100, 31));
        assert_eq!(choose(with_first, &[30, 31]).0[..2], [31, 0]);
        let common = choose(vec![(COMMON + 1, 7), (COMMON + 1, 8), (0, 9)], &[8]);
        assert_eq!(common, (vec![7], true));
        assert_eq!(choose(vec![(0, 1)], &[1]), (vec![], false));
    }

    #[test]
    fn a_long_text_is_looked_up_by_a_bounded_draw_of_its_keys() {
        let long: String = (0..2000).map(|i| format!("word{i} ")).collect();
        let keys = lookup_keys(&long, "en", "zh");
        assert!(
            keys.keys.len() <= MAX_KEYS + MAX_SKETCH_KEYS,
            "{}",
            keys.keys.len()
        );
        assert!(keys.keys.len() >= MAX_KEYS);
        assert!(keys.keys.is_sorted());
        assert!(keys.first.iter().all(|k| keys.keys.contains(k)));
        assert_eq!(keys.first.len(), MAX_SKETCH_KEYS);
        let short = lookup_keys("two words", "en-US", "zh-CN");
        assert_eq!((short.keys.len(), short.first.len()), (1, 1));
    }
}
