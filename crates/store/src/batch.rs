//! Statements sent to the database together. On SQLite every statement is a round trip to the
//! connection's own thread, taken while the writer holds the write turn; a batch is one round
//! trip whatever its length (SQLite prepares and runs the statements of one text in order,
//! binding each one's parameters after the last one's). PostgreSQL takes no parameters in a
//! text of several statements, so there they run one after another, as before.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, QueryResult, Statement, StatementBuilder};

/// Statements to run in order, in the caller's transaction.
pub(crate) struct Batch {
    backend: DbBackend,
    statements: Vec<Statement>,
}

impl Batch {
    pub(crate) fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            statements: Vec::new(),
        }
    }

    /// The database the statements are for.
    pub(crate) fn backend(&self) -> DbBackend {
        self.backend
    }

    pub(crate) fn push(&mut self, statement: &impl StatementBuilder) {
        self.statements.push(self.backend.build(statement));
    }

    pub(crate) fn push_statement(&mut self, statement: Statement) {
        debug_assert_eq!(statement.db_backend, self.backend);
        self.statements.push(statement);
    }

    /// How many statements [`Batch::run`] sends beyond its round trips: all but one on SQLite,
    /// none where they run one after another.
    pub(crate) fn sent_together(&self) -> usize {
        match self.backend {
            DbBackend::Sqlite => self.statements.len().saturating_sub(1),
            _ => 0,
        }
    }

    /// Runs the statements in order and returns the rows they return, in order (what each
    /// statement's `RETURNING` gives).
    ///
    /// # Errors
    /// The first statement's error; those before it stay written in the transaction, which the
    /// caller must then roll back (dropping it does).
    pub(crate) async fn run(self, db: &impl ConnectionTrait) -> Result<Vec<QueryResult>, DbErr> {
        if self.sent_together() > 0 {
            return db
                .query_all_raw(joined(self.backend, self.statements))
                .await;
        }
        let mut rows = Vec::new();
        for statement in self.statements {
            rows.extend(db.query_all_raw(statement).await?);
        }
        Ok(rows)
    }
}

/// One text of `statements`, their values in the same order.
fn joined(backend: DbBackend, statements: Vec<Statement>) -> Statement {
    let mut sql = String::with_capacity(statements.iter().map(|s| s.sql.len() + 2).sum());
    let mut values = Vec::new();
    for statement in statements {
        if !sql.is_empty() {
            sql.push_str(";\n");
        }
        sql.push_str(&statement.sql);
        if let Some(v) = statement.values {
            values.extend(v.0);
        }
    }
    Statement::from_sql_and_values(backend, sql, values)
}

#[cfg(test)]
mod tests {
    use sea_orm::Value;

    use super::*;

    #[test]
    fn joins_texts_and_values_in_order() {
        let one = Statement::from_sql_and_values(DbBackend::Sqlite, "A ?", [Value::from(1)]);
        let two = Statement::from_string(DbBackend::Sqlite, "B");
        let three =
            Statement::from_sql_and_values(DbBackend::Sqlite, "C ?, ?", [2.into(), 3.into()]);
        let s = joined(DbBackend::Sqlite, vec![one, two, three]);
        assert_eq!(s.sql, "A ?;\nB;\nC ?, ?");
        assert_eq!(
            s.values.map(|v| v.0),
            Some(vec![Value::from(1), 2.into(), 3.into()])
        );
    }
}
