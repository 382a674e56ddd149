//! The translation memory: approved paragraph and sentence pairs (`tm_units`, never deleted),
//! with the n-gram index that finds fuzzy matches without reading every unit.
//!
//! - `tm_units`: a source text and its translation, their languages and what kind of pair it is
//!   (`paragraph` or `sentence`); where it came from (`origin`: `approval`, with the article,
//!   the translation, the translation revision approved, the source revision it renders and the
//!   paragraph; or `import`, from a TMX file); who translated it and when; `source_key` and
//!   `target_key`, stable hashes of the normalized texts, for exact matches and carry-overs.
//! - `tm_grams`: one row per distinct n-gram key of a unit's source text (and of its target
//!   text, under another salt, for concordance searches on that side). On SQLite it is a
//!   `WITHOUT ROWID` table: the primary key is the only copy of each row.
//! - `tm_gram_counts`: how many units hold each source-side key, so that a lookup reads only the
//!   postings of the rarest keys of its text.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("tm_units")
                    .col(big_pk_auto("id"))
                    .col(string("source_language"))
                    .col(string("target_language"))
                    .col(string("kind"))
                    .col(text("source_text"))
                    .col(text("target_text"))
                    .col(big_integer("source_key"))
                    .col(big_integer("target_key"))
                    .col(string("origin"))
                    .col(big_integer_null("article_id"))
                    .col(big_integer_null("translation_id"))
                    .col(integer_null("revision"))
                    .col(integer_null("source_revision"))
                    .col(integer_null("paragraph"))
                    .col(text_null("translator"))
                    .col(text_null("note"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("recorded_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_tm_units_article")
                            .from("tm_units", "article_id")
                            .to("articles", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_tm_units_translation")
                            .from("tm_units", "translation_id")
                            .to("translations", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            ("idx_tm_units_source_key", &["source_key"][..]),
            (
                "idx_tm_units_translation",
                &["translation_id", "source_key"][..],
            ),
            ("idx_tm_units_article", &["article_id", "source_key"][..]),
        ] {
            let mut index = Index::create();
            index.name(name).table("tm_units");
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        let db = manager.get_connection();
        let grams = match manager.get_database_backend() {
            DbBackend::Sqlite => {
                "CREATE TABLE tm_grams (gram INTEGER NOT NULL, unit_id INTEGER NOT NULL, \
                 PRIMARY KEY (gram, unit_id)) WITHOUT ROWID"
            }
            _ => {
                "CREATE TABLE tm_grams (gram BIGINT NOT NULL, unit_id BIGINT NOT NULL, \
                 PRIMARY KEY (gram, unit_id))"
            }
        };
        db.execute_unprepared(grams).await?;
        manager
            .create_table(
                Table::create()
                    .table("tm_gram_counts")
                    .col(big_integer("gram").primary_key())
                    .col(big_integer("units"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["tm_gram_counts", "tm_grams", "tm_units"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
