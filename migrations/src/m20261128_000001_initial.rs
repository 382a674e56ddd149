//! The first schema: people and tokens, articles and translations with their revisions,
//! review comments and the audit trail.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from: (&'static str, &'static str),
    to: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to, "id")
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

fn unique(name: &str, table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table).unique();
    for col in cols {
        index.col(*col);
    }
    index.to_owned()
}

fn index(name: &str, table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for col in cols {
        index.col(*col);
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("users")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("name"))
                    .col(string("display_name"))
                    .col(string("roles"))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("tokens")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(string("label"))
                    .col(string_uniq("token_hash"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(&mut fk("fk_tokens_user", ("tokens", "user_id"), "users"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("articles")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("slug"))
                    .col(string("language"))
                    .col(integer("head"))
                    .col(integer("major_head"))
                    .col(big_integer("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "fk_articles_creator",
                        ("articles", "created_by"),
                        "users",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("article_revisions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("article_id"))
                    .col(integer("number"))
                    .col(integer_null("parent"))
                    .col(big_integer("author_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(text("message"))
                    .col(text("title"))
                    .col(text("body"))
                    .col(string("content_hash"))
                    .col(boolean("minor"))
                    .foreign_key(&mut fk(
                        "fk_article_revisions_article",
                        ("article_revisions", "article_id"),
                        "articles",
                    ))
                    .foreign_key(&mut fk(
                        "fk_article_revisions_author",
                        ("article_revisions", "author_id"),
                        "users",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_article_revisions_number",
                "article_revisions",
                &["article_id", "number"],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("translations")
                    .col(big_pk_auto("id"))
                    .col(big_integer("article_id"))
                    .col(string("language"))
                    .col(string("state"))
                    .col(integer("head"))
                    .col(integer("source_revision"))
                    .col(integer_null("approved_revision"))
                    .col(big_integer_null("approved_by"))
                    .col(integer_null("last_submitted_revision"))
                    .col(big_integer("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "fk_translations_article",
                        ("translations", "article_id"),
                        "articles",
                    ))
                    .foreign_key(&mut fk(
                        "fk_translations_creator",
                        ("translations", "created_by"),
                        "users",
                    ))
                    .foreign_key(&mut fk(
                        "fk_translations_approver",
                        ("translations", "approved_by"),
                        "users",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_translations_language",
                "translations",
                &["article_id", "language"],
            ))
            .await?;
        manager
            .create_index(index("ix_translations_state", "translations", &["state"]))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("translation_revisions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("translation_id"))
                    .col(integer("number"))
                    .col(integer_null("parent"))
                    .col(big_integer("author_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(text("message"))
                    .col(text("title"))
                    .col(text("body"))
                    .col(string("content_hash"))
                    .col(integer("source_revision"))
                    .foreign_key(&mut fk(
                        "fk_translation_revisions_translation",
                        ("translation_revisions", "translation_id"),
                        "translations",
                    ))
                    .foreign_key(&mut fk(
                        "fk_translation_revisions_author",
                        ("translation_revisions", "author_id"),
                        "users",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_translation_revisions_number",
                "translation_revisions",
                &["translation_id", "number"],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("events")
                    .col(big_pk_auto("id"))
                    .col(big_integer("article_id"))
                    .col(big_integer_null("translation_id"))
                    .col(big_integer("actor_id"))
                    .col(string("action"))
                    .col(string_null("from_state"))
                    .col(string_null("to_state"))
                    .col(integer_null("revision"))
                    .col(string_null("request_id"))
                    .col(text_null("detail"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "fk_events_article",
                        ("events", "article_id"),
                        "articles",
                    ))
                    .foreign_key(&mut fk(
                        "fk_events_translation",
                        ("events", "translation_id"),
                        "translations",
                    ))
                    .foreign_key(&mut fk("fk_events_actor", ("events", "actor_id"), "users"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_events_translation",
                "events",
                &["translation_id", "id"],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("comments")
                    .col(big_pk_auto("id"))
                    .col(big_integer("translation_id"))
                    .col(integer("revision"))
                    .col(big_integer_null("parent_id"))
                    .col(big_integer("author_id"))
                    .col(integer_null("paragraph"))
                    .col(text_null("quote"))
                    .col(text("body"))
                    .col(timestamp_with_time_zone_null("resolved_at"))
                    .col(big_integer_null("resolved_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "fk_comments_translation",
                        ("comments", "translation_id"),
                        "translations",
                    ))
                    .foreign_key(&mut fk(
                        "fk_comments_parent",
                        ("comments", "parent_id"),
                        "comments",
                    ))
                    .foreign_key(&mut fk(
                        "fk_comments_author",
                        ("comments", "author_id"),
                        "users",
                    ))
                    .foreign_key(&mut fk(
                        "fk_comments_resolver",
                        ("comments", "resolved_by"),
                        "users",
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_comments_translation",
                "comments",
                &["translation_id", "id"],
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "comments",
            "events",
            "translation_revisions",
            "translations",
            "article_revisions",
            "articles",
            "tokens",
            "users",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
