//! Moving a whole database into another, SQLite or PostgreSQL, in either direction: every table
//! the application writes, row by row with the same ids, read from one snapshot of the source
//! and written in one transaction of the destination. Each table is summed up by a digest of its
//! values read as typed values, which does not depend on the kind of database, so a copy is
//! verified by comparing the source's digests with the destination's.
//!
//! The memory's index (FTS5 tables on SQLite; key postings and `tsvector` terms on PostgreSQL)
//! and the search index are each database's own: they are not copied but rebuilt, the search
//! index by the destination's triggers or generated column as the rows arrive, the memory's by
//! marking every unit as waiting to be indexed.

use chrono::{SecondsFormat, SubsecRound};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, IdenStatic,
    IntoActiveModel, Iterable, ModelTrait, PrimaryKeyToColumn, QueryFilter, QueryOrder,
    QuerySelect, Statement, Value,
};
use sha2::{Digest, Sha256};

use crate::{
    Store, StoreError, TABLES, TableDigest,
    admin::{count, feed},
    entity::{
        article, article_revision, comment, delivery, delivery_attempt, edition, event,
        finding_dismissal, glossary_term, search_document, search_pending, session,
        sign_in_failure, tm_unit, token, translation, translation_revision, user, webhook,
    },
};

/// The tables a copy moves and verifies: every table of [`TABLES`] (which writes every row after
/// the rows it refers to) but the two waiting lists. The destination indexes every memory unit
/// itself (`tm_pending`), and takes over the documents search had yet to index
/// (`search_pending`) as they were in the source's snapshot.
pub fn copied_tables() -> impl Iterator<Item = &'static str> {
    TABLES
        .iter()
        .copied()
        .filter(|t| *t != "tm_pending" && *t != "search_pending")
}

/// Rows read and written at a time.
const BATCH: u64 = 200;

/// How a copy moves on, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A table is being copied, or digested.
    Table(&'static str),
    /// So many more rows were copied, or digested.
    Rows(u64),
}

/// Runs `$body` with `$entity` bound to the module of the table named `$table`.
macro_rules! with_entity {
    ($table:expr, $entity:ident => $body:expr) => {
        match $table {
            "users" => {
                use user as $entity;
                $body
            }
            "tokens" => {
                use token as $entity;
                $body
            }
            "sessions" => {
                use session as $entity;
                $body
            }
            "sign_in_failures" => {
                use sign_in_failure as $entity;
                $body
            }
            "articles" => {
                use article as $entity;
                $body
            }
            "article_revisions" => {
                use article_revision as $entity;
                $body
            }
            "translations" => {
                use translation as $entity;
                $body
            }
            "translation_revisions" => {
                use translation_revision as $entity;
                $body
            }
            "events" => {
                use event as $entity;
                $body
            }
            "comments" => {
                use comment as $entity;
                $body
            }
            "finding_dismissals" => {
                use finding_dismissal as $entity;
                $body
            }
            "editions" => {
                use edition as $entity;
                $body
            }
            "webhooks" => {
                use webhook as $entity;
                $body
            }
            "deliveries" => {
                use delivery as $entity;
                $body
            }
            "delivery_attempts" => {
                use delivery_attempt as $entity;
                $body
            }
            "glossary_terms" => {
                use glossary_term as $entity;
                $body
            }
            "tm_units" => {
                use tm_unit as $entity;
                $body
            }
            "search_documents" => {
                use search_document as $entity;
                $body
            }
            other => Err(StoreError::Database(sea_orm::DbErr::Custom(format!(
                "not a copied table: {other}"
            )))),
        }
    };
}

/// A digest being summed up, row by row.
struct Summing {
    hasher: Sha256,
    rows: u64,
}

impl Summing {
    fn new<E: EntityTrait>() -> Self {
        let mut hasher = Sha256::new();
        for c in E::Column::iter() {
            feed(&mut hasher, Some(c.as_str()));
        }
        Self { hasher, rows: 0 }
    }

    fn add<M: ModelTrait>(&mut self, m: &M) {
        for c in <M::Entity as EntityTrait>::Column::iter() {
            feed(&mut self.hasher, canonical(&m.get(c)).as_deref());
        }
        self.rows += 1;
    }

    fn finish(self) -> TableDigest {
        TableDigest {
            rows: self.rows,
            sha256: format!("sha256:{}", hex::encode(self.hasher.finalize())),
        }
    }
}

/// A value as text, the same whichever database it was read from. Times are taken to the
/// microsecond, which is what PostgreSQL keeps (SQLite keeps what it is given; Bitext writes
/// whole microseconds, older databases may hold nanoseconds).
fn canonical(v: &Value) -> Option<String> {
    match v {
        Value::ChronoDateTimeUtc(None) => None,
        Value::ChronoDateTimeUtc(Some(t)) => Some(
            t.trunc_subsecs(6)
                .to_rfc3339_opts(SecondsFormat::Micros, true),
        ),
        other => Some(format!("{other:?}")),
    }
}

/// The primary key column of `E` (every copied table has one, `id`).
fn id_column<E: EntityTrait>() -> E::Column {
    E::PrimaryKey::iter()
        .next()
        .map(PrimaryKeyToColumn::into_column)
        .unwrap_or_else(|| unreachable!("every copied table has a primary key"))
}

/// Reads `E`'s rows in primary-key order, a batch at a time, handing each batch to `each`;
/// returns the table's digest.
async fn each_batch<E, F>(
    db: &impl ConnectionTrait,
    progress: &mut dyn FnMut(Step),
    mut each: F,
) -> Result<TableDigest, StoreError>
where
    E: EntityTrait,
    F: AsyncFnMut(Vec<E::Model>) -> Result<(), StoreError>,
{
    let id = id_column::<E>();
    let mut sum = Summing::new::<E>();
    let mut after: Option<Value> = None;
    loop {
        let mut query = E::find().order_by_asc(id).limit(BATCH);
        if let Some(last) = after.take() {
            query = query.filter(id.gt(last));
        }
        let rows = query.all(db).await?;
        let Some(last) = rows.last() else { break };
        after = Some(last.get(id));
        for m in &rows {
            sum.add(m);
        }
        let n = rows.len() as u64;
        each(rows).await?;
        progress(Step::Rows(n));
        if n < BATCH {
            break;
        }
    }
    Ok(sum.finish())
}

async fn digest_table<E: EntityTrait>(
    db: &impl ConnectionTrait,
    progress: &mut dyn FnMut(Step),
) -> Result<TableDigest, StoreError> {
    each_batch::<E, _>(db, progress, async |_| Ok(())).await
}

async fn copy_table<E>(
    from: &impl ConnectionTrait,
    to: &impl ConnectionTrait,
    progress: &mut dyn FnMut(Step),
) -> Result<TableDigest, StoreError>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    each_batch::<E, _>(from, progress, async |rows: Vec<E::Model>| {
        E::insert_many(rows.into_iter().map(|m| {
            let mut am = m.into_active_model();
            // Every value is written as it is, the id included.
            for c in E::Column::iter() {
                if let Some(v) = am.get(c).into_value() {
                    am.set(c, v);
                }
            }
            am
        }))
        .exec_without_returning(to)
        .await?;
        Ok(())
    })
    .await
}

impl Store {
    /// Each copied table's row count, from one snapshot.
    ///
    /// # Errors
    /// Database errors.
    pub async fn copied_counts(&self) -> Result<Vec<(&'static str, i64)>, StoreError> {
        let tx = self.read().await?;
        let mut out = Vec::new();
        for table in copied_tables() {
            out.push((table, count(tx.conn(), table).await?));
        }
        Ok(out)
    }

    /// Each copied table's digest, from one snapshot: equal digests on two databases, of
    /// either kind, mean the same rows with the same values.
    ///
    /// # Errors
    /// Database errors.
    pub async fn copied_digests(
        &self,
        progress: &mut dyn FnMut(Step),
    ) -> Result<Vec<(&'static str, TableDigest)>, StoreError> {
        let tx = self.read().await?;
        let mut out = Vec::new();
        for table in copied_tables() {
            progress(Step::Table(table));
            let digest =
                with_entity!(table, e => digest_table::<e::Entity>(tx.conn(), progress).await)?;
            out.push((table, digest));
        }
        Ok(out)
    }

    /// Copies every copied table of `self` into `to`, which must hold none of their rows, and
    /// marks every memory unit there as waiting to be indexed. One snapshot of `self` is read,
    /// and everything is written in one transaction of `to`: a copy that fails or is
    /// interrupted leaves `to` as it was. Returns the digests of what was read.
    ///
    /// # Errors
    /// Database errors; nothing is then written.
    pub async fn copy_into(
        &self,
        to: &Store,
        progress: &mut dyn FnMut(Step),
    ) -> Result<Vec<(&'static str, TableDigest)>, StoreError> {
        let from = self.read().await?;
        let into = to.write_txn().await?;
        let mut out = Vec::new();
        for table in copied_tables() {
            progress(Step::Table(table));
            let digest = with_entity!(table, e => copy_table::<e::Entity>(from.conn(), &into, progress).await)?;
            out.push((table, digest));
        }
        let backend = to.db().get_database_backend();
        if backend == DbBackend::Postgres {
            // Rows came with their ids: each sequence goes on from the largest.
            for table in copied_tables() {
                into.execute_raw(Statement::from_string(
                    backend,
                    format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                         (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                    ),
                ))
                .await?;
            }
        }
        into.execute_raw(Statement::from_string(
            backend,
            "INSERT INTO tm_pending (unit_id) SELECT id FROM tm_units",
        ))
        .await?;
        // The source's copied search rows are those of the heads it had indexed; the documents
        // it had not wait here too.
        let waiting = search_pending::Entity::find().all(from.conn()).await?;
        for chunk in waiting.chunks(BATCH as usize) {
            search_pending::Entity::insert_many(
                chunk
                    .iter()
                    .cloned()
                    .map(IntoActiveModel::into_active_model),
            )
            .exec(&into)
            .await?;
        }
        into.commit().await?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn times_read_the_same_to_the_microsecond() {
        let t = chrono::Utc
            .timestamp_opt(1_700_000_000, 123_456_789)
            .unwrap();
        let micros = t.trunc_subsecs(6);
        assert_eq!(canonical(&Value::from(t)), canonical(&Value::from(micros)));
        assert_eq!(
            canonical(&Value::from(t)).unwrap(),
            "2023-11-14T22:13:20.123456Z"
        );
        assert_ne!(
            canonical(&Value::from(t)),
            canonical(&Value::from(t + chrono::Duration::microseconds(1)))
        );
    }

    #[test]
    fn a_missing_value_differs_from_every_value() {
        let mut a = Sha256::new();
        feed(&mut a, None);
        let mut b = Sha256::new();
        feed(&mut b, Some(""));
        assert_ne!(a.finalize(), b.finalize());
    }
}
