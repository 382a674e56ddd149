//! Recording units: the units themselves, the sketch of their source text's n-gram keys (see
//! [`sketch`]) and, for paragraph units and imported units, the search terms of both texts for
//! concordance, in a few statements inside the caller's transaction (an approval's, or an
//! import's), so a unit is recorded exactly when what it comes from commits. Where each
//! database keeps them: the migrations `m20261211_000016_memory_index` and
//! `m20261213_000018_memory_pending`.
//!
//! An approval writes its units and marks them as waiting (`tm_pending`); their sketches and
//! terms are written after it commits, by [`Tx::index_pending`], and until then lookups and
//! concordance read them directly (see [`super::pending`]). An import indexes its units at
//! once.
//!
//! A pair already in the memory is not recorded twice: for an approval, when the same
//! translation recorded the same pair before (a paragraph unchanged since the last approval);
//! for an import, when any unit of the same languages holds the same pair.

use std::collections::HashSet;

use bitext_domain::{
    memory::{UnitKind, UnitText, fingerprint, grams, key_term, pair_term, sketch, source_salt},
    search::{MAX_BODY_TERMS, index_text, tsvector_literal},
};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

use super::{in_list, placeholders, values};
use crate::{StoreError, Tx};

/// Rows per multi-row statement, well under both databases' limits on bound values.
const UNIT_ROWS: usize = 500;
const KEYS_PER_QUERY: usize = 900;

/// A unit to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewUnit {
    pub kind: UnitKind,
    /// The source paragraph it comes from, for units of an approval.
    pub paragraph: Option<i32>,
    pub source: String,
    pub target: String,
}

impl From<UnitText> for NewUnit {
    /// A unit cut from an approved revision, with the paragraph it comes from.
    fn from(u: UnitText) -> Self {
        NewUnit {
            kind: u.kind,
            paragraph: i32::try_from(u.paragraph).ok(),
            source: u.source,
            target: u.target,
        }
    }
}

/// Where a batch of units comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum UnitSource {
    /// A translation revision approved.
    Approval {
        source_language: String,
        target_language: String,
        article_id: i64,
        translation_id: i64,
        revision: i32,
        source_revision: i32,
        translator: String,
        at: DateTime<Utc>,
    },
    /// A TMX file; each unit then carries its own languages, translator and date.
    Import,
}

/// An imported unit with what the file says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedUnit {
    pub source_language: String,
    pub target_language: String,
    pub unit: NewUnit,
    pub translator: Option<String>,
    pub note: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
}

/// What a recording did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Recorded {
    /// Units new to the memory.
    pub recorded: u64,
    /// Units left out because the memory already held the same pair.
    pub already: u64,
}

/// One row of `tm_units`, ready to bind.
struct Row {
    source_language: String,
    target_language: String,
    unit: NewUnit,
    source_key: i64,
    target_key: i64,
    origin: &'static str,
    article_id: Option<i64>,
    translation_id: Option<i64>,
    revision: Option<i32>,
    source_revision: Option<i32>,
    translator: Option<String>,
    note: Option<String>,
    created_at: DateTime<Utc>,
}

impl Tx {
    /// Records the units of an approval (`source` says which), leaving out pairs the same
    /// translation recorded before.
    ///
    /// # Errors
    /// Database errors; the caller's transaction then writes nothing.
    pub async fn record_units(
        &self,
        source: &UnitSource,
        units: &[NewUnit],
    ) -> Result<Recorded, StoreError> {
        let UnitSource::Approval {
            source_language,
            target_language,
            article_id,
            translation_id,
            revision,
            source_revision,
            translator,
            at,
        } = source
        else {
            return Ok(Recorded::default());
        };
        let known = self.pairs_of_translation(*translation_id).await?;
        let rows = units
            .iter()
            .map(|u| Row {
                source_language: source_language.clone(),
                target_language: target_language.clone(),
                source_key: fingerprint(&u.source),
                target_key: fingerprint(&u.target),
                unit: u.clone(),
                origin: "approval",
                article_id: Some(*article_id),
                translation_id: Some(*translation_id),
                revision: Some(*revision),
                source_revision: Some(*source_revision),
                translator: Some(translator.clone()),
                note: None,
                created_at: *at,
            })
            .collect();
        self.insert_new(rows, known, *at, Indexing::Later).await
    }

    /// Records imported units, leaving out pairs any unit of the same languages already holds
    /// (so importing a file twice adds nothing the second time).
    ///
    /// # Errors
    /// Database errors; the caller's transaction then writes nothing.
    pub async fn import_units(
        &self,
        units: &[ImportedUnit],
        now: DateTime<Utc>,
    ) -> Result<Recorded, StoreError> {
        let rows: Vec<Row> = units
            .iter()
            .map(|u| Row {
                source_language: u.source_language.clone(),
                target_language: u.target_language.clone(),
                source_key: fingerprint(&u.unit.source),
                target_key: fingerprint(&u.unit.target),
                unit: u.unit.clone(),
                origin: "import",
                article_id: None,
                translation_id: None,
                revision: None,
                source_revision: None,
                translator: u.translator.clone(),
                note: u.note.clone(),
                created_at: u.created_at.unwrap_or(now),
            })
            .collect();
        let keys: Vec<i64> = rows.iter().map(|r| r.source_key).collect();
        let known = self.pairs_with_source_keys(&keys).await?;
        self.insert_new(rows, known, now, Indexing::Now).await
    }

    /// The pairs (languages and keys) a translation recorded.
    async fn pairs_of_translation(&self, translation_id: i64) -> Result<HashSet<Pair>, StoreError> {
        let backend = self.conn().get_database_backend();
        let sql = format!(
            "SELECT source_language, target_language, source_key, target_key FROM tm_units \
             WHERE translation_id = {}",
            in_list(backend, 1, 1)
        );
        self.pairs(Statement::from_sql_and_values(
            backend,
            sql,
            [Value::from(translation_id)],
        ))
        .await
    }

    /// The pairs (languages and keys) of every unit whose source key is one of `keys`.
    async fn pairs_with_source_keys(&self, keys: &[i64]) -> Result<HashSet<Pair>, StoreError> {
        let backend = self.conn().get_database_backend();
        let mut distinct: Vec<i64> = keys.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        let mut out = HashSet::new();
        for chunk in distinct.chunks(KEYS_PER_QUERY) {
            let sql = format!(
                "SELECT source_language, target_language, source_key, target_key FROM tm_units \
                 WHERE source_key IN ({})",
                in_list(backend, 1, chunk.len())
            );
            out.extend(
                self.pairs(Statement::from_sql_and_values(backend, sql, values(chunk)))
                    .await?,
            );
        }
        Ok(out)
    }

    async fn pairs(&self, stmt: Statement) -> Result<HashSet<Pair>, StoreError> {
        let rows = self.conn().query_all_raw(stmt).await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get::<String>("", "source_language")?,
                    r.try_get::<String>("", "target_language")?,
                    r.try_get::<i64>("", "source_key")?,
                    r.try_get::<i64>("", "target_key")?,
                ))
            })
            .collect()
    }

    /// Inserts the rows whose pair is not in `known` (nor earlier in `rows`), and indexes them
    /// now or marks them as waiting.
    async fn insert_new(
        &self,
        rows: Vec<Row>,
        mut known: HashSet<Pair>,
        now: DateTime<Utc>,
        indexing: Indexing,
    ) -> Result<Recorded, StoreError> {
        let total = rows.len();
        let fresh: Vec<Row> = rows
            .into_iter()
            .filter(|r| {
                known.insert((
                    r.source_language.clone(),
                    r.target_language.clone(),
                    r.source_key,
                    r.target_key,
                ))
            })
            .collect();
        let recorded = fresh.len();
        if fresh.is_empty() {
            return Ok(Recorded {
                recorded: 0,
                already: total as u64,
            });
        }
        let backend = self.conn().get_database_backend();
        match (indexing, backend) {
            (Indexing::Later, DbBackend::Postgres) => {
                // The ids come from the sequence, straight into the waiting list: one
                // statement.
                self.insert_unit_rows_as_json(&fresh, None, now).await?;
                self.limit_waiting().await?;
            }
            (Indexing::Later, _) => {
                let ids = self.reserve_unit_ids(fresh.len()).await?;
                self.insert_unit_rows(&fresh, &ids, now).await?;
                self.mark_pending(&ids).await?;
            }
            (Indexing::Now, _) => {
                let ids = self.reserve_unit_ids(fresh.len()).await?;
                let indexed: Vec<Indexed> = fresh
                    .iter()
                    .zip(&ids)
                    .map(|(row, &id)| Indexed::of(&row.text(), id, backend))
                    .collect();
                self.insert_unit_rows(&fresh, &ids, now).await?;
                self.write_index(&indexed).await?;
            }
        }
        Ok(Recorded {
            recorded: recorded as u64,
            already: (total - recorded) as u64,
        })
    }

    /// Ids for `n` new units: taken from the sequence on PostgreSQL; on SQLite, after the
    /// largest id, which no one else can take while this write transaction holds the lock.
    async fn reserve_unit_ids(&self, n: usize) -> Result<Vec<i64>, StoreError> {
        let backend = self.conn().get_database_backend();
        let count = i64::try_from(n).unwrap_or(i64::MAX);
        if backend == DbBackend::Postgres {
            let rows = self
                .conn()
                .query_all_raw(Statement::from_sql_and_values(
                    backend,
                    "SELECT nextval(pg_get_serial_sequence('tm_units', 'id')) AS id \
                     FROM generate_series(1, $1)",
                    [Value::from(count)],
                ))
                .await?;
            return rows
                .iter()
                .map(|r| Ok(r.try_get::<i64>("", "id")?))
                .collect();
        }
        let row = self
            .conn()
            .query_one_raw(Statement::from_string(
                backend,
                "SELECT COALESCE(MAX(id), 0) AS id FROM tm_units",
            ))
            .await?
            .ok_or_else(|| StoreError::corrupt("translation memory", "no largest id"))?;
        let last = row.try_get::<i64>("", "id")?;
        Ok((1..=count).map(|i| last + i).collect())
    }

    async fn insert_unit_rows(
        &self,
        rows: &[Row],
        ids: &[i64],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        const COLUMNS: &str = "id, source_language, target_language, kind, source_text, \
            target_text, source_key, target_key, origin, article_id, translation_id, revision, \
            source_revision, paragraph, translator, note, created_at, recorded_at";
        let backend = self.conn().get_database_backend();
        if backend == DbBackend::Postgres {
            return self.insert_unit_rows_as_json(rows, Some(ids), now).await;
        }
        let pairs: Vec<(&Row, &i64)> = rows.iter().zip(ids).collect();
        for chunk in pairs.chunks(UNIT_ROWS) {
            let mut bound: Vec<Value> = Vec::with_capacity(chunk.len() * 18);
            for &(row, &id) in chunk {
                bound.extend([
                    Value::from(id),
                    Value::from(row.source_language.clone()),
                    Value::from(row.target_language.clone()),
                    Value::from(row.unit.kind.as_str()),
                    Value::from(row.unit.source.clone()),
                    Value::from(row.unit.target.clone()),
                    Value::from(row.source_key),
                    Value::from(row.target_key),
                    Value::from(row.origin),
                    Value::from(row.article_id),
                    Value::from(row.translation_id),
                    Value::from(row.revision),
                    Value::from(row.source_revision),
                    Value::from(row.unit.paragraph),
                    Value::from(row.translator.clone()),
                    Value::from(row.note.clone()),
                    Value::from(row.created_at),
                    Value::from(now),
                ]);
            }
            let sql = format!(
                "INSERT INTO tm_units ({COLUMNS}) VALUES {}",
                placeholders(backend, chunk.len(), 18)
            );
            self.conn()
                .execute_raw(Statement::from_sql_and_values(backend, sql, bound))
                .await?;
        }
        Ok(())
    }

    /// PostgreSQL: the rows as one JSON array, one statement with one value (a statement of
    /// thousands of placeholders costs more to parse than the rows cost to insert). With `ids`,
    /// the rows take them; without, they take ids from the sequence and the same statement
    /// marks them as waiting to be indexed.
    async fn insert_unit_rows_as_json(
        &self,
        rows: &[Row],
        ids: Option<&[i64]>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        const COLUMNS: &[(&str, &str)] = &[
            ("id", "BIGINT"),
            ("source_language", "TEXT"),
            ("target_language", "TEXT"),
            ("kind", "TEXT"),
            ("source_text", "TEXT"),
            ("target_text", "TEXT"),
            ("source_key", "BIGINT"),
            ("target_key", "BIGINT"),
            ("origin", "TEXT"),
            ("article_id", "BIGINT"),
            ("translation_id", "BIGINT"),
            ("revision", "INTEGER"),
            ("source_revision", "INTEGER"),
            ("paragraph", "INTEGER"),
            ("translator", "TEXT"),
            ("note", "TEXT"),
            ("created_at", "TIMESTAMPTZ"),
            ("recorded_at", "TIMESTAMPTZ"),
        ];
        let json: Vec<serde_json::Value> = rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                serde_json::json!({
                    "id": ids.map(|ids| ids[i]),
                    "source_language": row.source_language,
                    "target_language": row.target_language,
                    "kind": row.unit.kind.as_str(),
                    "source_text": row.unit.source,
                    "target_text": row.unit.target,
                    "source_key": row.source_key,
                    "target_key": row.target_key,
                    "origin": row.origin,
                    "article_id": row.article_id,
                    "translation_id": row.translation_id,
                    "revision": row.revision,
                    "source_revision": row.source_revision,
                    "paragraph": row.unit.paragraph,
                    "translator": row.translator,
                    "note": row.note,
                    "created_at": row.created_at.to_rfc3339(),
                    "recorded_at": now.to_rfc3339(),
                })
            })
            .collect();
        let columns: Vec<&(&str, &str)> = COLUMNS
            .iter()
            .filter(|(name, _)| ids.is_some() || *name != "id")
            .collect();
        let names: Vec<&str> = columns.iter().map(|c| c.0).collect();
        let typed: Vec<String> = columns.iter().map(|c| format!("{} {}", c.0, c.1)).collect();
        let insert = format!(
            "INSERT INTO tm_units ({}) SELECT * FROM json_to_recordset(CAST($1 AS json)) \
             AS r ({})",
            names.join(", "),
            typed.join(", ")
        );
        let sql = if ids.is_some() {
            insert
        } else {
            format!(
                "WITH new AS ({insert} RETURNING id) \
                 INSERT INTO tm_pending (unit_id) SELECT id FROM new"
            )
        };
        self.conn()
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                sql,
                [Value::from(serde_json::Value::Array(json).to_string())],
            ))
            .await?;
        Ok(())
    }

    /// Writes the index entries of units: their sketches' keys and, for the units concordance
    /// reads, their texts' search terms.
    pub(super) async fn write_index(&self, indexed: &[Indexed]) -> Result<(), StoreError> {
        if self.conn().get_database_backend() == DbBackend::Postgres {
            self.insert_keys(indexed).await?;
            self.insert_terms(indexed).await
        } else {
            self.insert_fts_rows(indexed).await
        }
    }

    /// PostgreSQL: the `tsvector`s of the units that have them, into `tm_terms`.
    async fn insert_terms(&self, indexed: &[Indexed]) -> Result<(), StoreError> {
        let with_terms: Vec<(i64, &(String, String))> = indexed
            .iter()
            .filter_map(|i| Some((i.id, i.terms.as_ref()?)))
            .collect();
        for chunk in with_terms.chunks(UNIT_ROWS) {
            let mut bound = Vec::with_capacity(chunk.len() * 3);
            let rows: Vec<String> = chunk
                .iter()
                .enumerate()
                .map(|(i, (id, (source, target)))| {
                    bound.extend([
                        Value::from(*id),
                        Value::from(source.clone()),
                        Value::from(target.clone()),
                    ]);
                    let n = i * 3;
                    format!(
                        "(${}, CAST(${} AS tsvector), CAST(${} AS tsvector))",
                        n + 1,
                        n + 2,
                        n + 3
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO tm_terms (unit_id, source_vector, target_vector) VALUES {}",
                rows.join(",")
            );
            self.conn()
                .execute_raw(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    sql,
                    bound,
                ))
                .await?;
        }
        Ok(())
    }

    /// PostgreSQL: the sketches' keys, as two arrays unnested into `tm_keys` (one statement
    /// with two values, where a row of values each would cost more to parse than to insert).
    async fn insert_keys(&self, indexed: &[Indexed]) -> Result<(), StoreError> {
        let mut postings: Vec<(i64, i64)> = indexed
            .iter()
            .flat_map(|i| i.keys.iter().map(move |&k| (k, i.id)))
            .collect();
        if postings.is_empty() {
            return Ok(());
        }
        postings.sort_unstable();
        let array = |values: Vec<String>| format!("{{{}}}", values.join(","));
        let grams = array(postings.iter().map(|p| p.0.to_string()).collect());
        let units = array(postings.iter().map(|p| p.1.to_string()).collect());
        self.conn()
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "INSERT INTO tm_keys (gram, unit_id) \
                 SELECT * FROM unnest(CAST($1 AS BIGINT[]), CAST($2 AS BIGINT[]))",
                [Value::from(grams), Value::from(units)],
            ))
            .await?;
        Ok(())
    }

    /// SQLite: one row of `tm_fts` per unit, with its sketch's keys and (for the units
    /// concordance reads) the search terms of its texts.
    async fn insert_fts_rows(&self, indexed: &[Indexed]) -> Result<(), StoreError> {
        let backend = self.conn().get_database_backend();
        for chunk in indexed.chunks(UNIT_ROWS) {
            let mut bound: Vec<Value> = Vec::with_capacity(chunk.len() * 5);
            for index in chunk {
                let (source, target) = index.terms.clone().unwrap_or_default();
                let sketch: Vec<String> = index.keys.iter().map(|&k| key_term(k)).collect();
                bound.extend([
                    Value::from(-index.id),
                    Value::from(index.pair.clone()),
                    Value::from(source),
                    Value::from(target),
                    Value::from(sketch.join(" ")),
                ]);
            }
            let sql = format!(
                "INSERT INTO tm_fts (rowid, pair, source_terms, target_terms, sketch) VALUES {}",
                placeholders(backend, chunk.len(), 5)
            );
            self.conn()
                .execute_raw(Statement::from_sql_and_values(backend, sql, bound))
                .await?;
        }
        Ok(())
    }
}

/// Whether a recording indexes its units in its own transaction, or leaves them waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Indexing {
    Now,
    Later,
}

/// What indexing a unit reads of it.
pub(super) struct UnitFields<'a> {
    pub source_language: &'a str,
    pub target_language: &'a str,
    pub kind: UnitKind,
    pub imported: bool,
    pub source: &'a str,
    pub target: &'a str,
}

impl Row {
    fn text(&self) -> UnitFields<'_> {
        UnitFields {
            source_language: &self.source_language,
            target_language: &self.target_language,
            kind: self.unit.kind,
            imported: self.origin == "import",
            source: &self.unit.source,
            target: &self.unit.target,
        }
    }
}

/// What the index holds of a unit.
pub(super) struct Indexed {
    id: i64,
    /// Its language pair as a term (`zh0en`).
    pair: String,
    /// Its sketch: the keys lookups find it by.
    keys: Vec<i64>,
    /// The search terms of its source and target texts (`tsvector` literals on PostgreSQL,
    /// for `tm_terms`), for the units concordance reads directly: paragraph units and
    /// imported units (an approval's sentence units are found through their paragraph's).
    terms: Option<(String, String)>,
}

impl Indexed {
    pub(super) fn of(unit: &UnitFields<'_>, id: i64, backend: DbBackend) -> Self {
        let salt = source_salt(unit.source_language, unit.target_language);
        let concordance = unit.kind == UnitKind::Paragraph || unit.imported;
        Indexed {
            id,
            pair: pair_term(unit.source_language, unit.target_language),
            keys: sketch(&grams(unit.source, &salt)),
            terms: concordance.then(|| {
                let terms = match backend {
                    DbBackend::Postgres => tsvector_literal,
                    _ => index_text,
                };
                (
                    terms(unit.source, MAX_BODY_TERMS),
                    terms(unit.target, MAX_BODY_TERMS),
                )
            }),
        }
    }
}

/// A unit's languages and the keys of its two texts.
type Pair = (String, String, i64, i64);
