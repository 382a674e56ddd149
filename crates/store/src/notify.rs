//! Telling the other servers of a PostgreSQL database that what readers see has changed, so
//! that they drop their cached public pages at once: `NOTIFY` on one channel after the change
//! commits, and a `LISTEN`ing connection in each server. Each server names itself in the
//! payload, to know its own announcements. Nothing of this on SQLite.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value, sqlx::postgres::PgListener};

use crate::{Store, StoreError};

/// The channel publishing changes are announced on.
const CHANNEL: &str = "bitext_published";

/// What a [`PublishedListener`] heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heard {
    /// A change, announced by the server named.
    Change { origin: String },
    /// The connection was lost (and is opened again on the next wait): announcements may have
    /// been missed meanwhile.
    Lost,
}

/// A connection listening for publishing changes.
pub struct PublishedListener {
    inner: PgListener,
}

impl std::fmt::Debug for PublishedListener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PublishedListener").finish_non_exhaustive()
    }
}

impl PublishedListener {
    /// Waits for the next announcement, or for the connection to be lost.
    ///
    /// # Errors
    /// When the connection cannot be opened again.
    pub async fn next(&mut self) -> Result<Heard, StoreError> {
        match self.inner.try_recv().await {
            Ok(Some(n)) => Ok(Heard::Change {
                origin: n.payload().to_owned(),
            }),
            Ok(None) => Ok(Heard::Lost),
            Err(e) => Err(DbErr::Custom(format!("listening for publishing changes: {e}")).into()),
        }
    }
}

impl Store {
    /// PostgreSQL: announces a publishing change to every listening server, `origin` naming
    /// this one. Nothing on SQLite.
    ///
    /// # Errors
    /// Database errors.
    pub async fn announce_published(&self, origin: &str) -> Result<(), StoreError> {
        if self.db().get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        self.db()
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_notify($1, $2)",
                [Value::from(CHANNEL), Value::from(origin)],
            ))
            .await?;
        Ok(())
    }

    /// PostgreSQL: a connection listening for publishing changes; `None` on SQLite.
    ///
    /// # Errors
    /// When the connection cannot be opened.
    pub async fn published_listener(&self) -> Result<Option<PublishedListener>, StoreError> {
        if self.db().get_database_backend() != DbBackend::Postgres {
            return Ok(None);
        }
        let pool = self.db().get_postgres_connection_pool();
        let listen = async {
            let mut inner = PgListener::connect_with(pool).await?;
            inner.listen(CHANNEL).await?;
            Ok::<_, sea_orm::sqlx::Error>(inner)
        };
        let inner = listen
            .await
            .map_err(|e| DbErr::Custom(format!("listening for publishing changes: {e}")))?;
        Ok(Some(PublishedListener { inner }))
    }
}
