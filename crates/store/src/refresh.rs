//! Refreshing an edition's source text: a new, minor edition of the same translation revision
//! with the original at its head, when every revision of the original since the current
//! edition is minor. Decided by the domain on what is read inside the write transaction.

use bitext_domain::{Edition, RefreshRequest, decide_refresh};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};
use serde_json::json;

use crate::{
    StoreError, Tx, WriteContext,
    articles::find_article,
    convert,
    entity::{edition, translation},
    events::{self, NewEvent},
    publishing::{NewEdition, create_edition, to_edition},
    translations::find_translation_for_update,
};

impl Tx {
    /// Publishes the next edition of a published translation with the original's newest text:
    /// the same translation revision as the current edition, the source at the article's head,
    /// marked minor, without a correction note. The translation then follows the original's
    /// head too, so that its next correction starts from the text readers see. Recorded in the
    /// audit trail as `edition.refresh` and announced to webhooks as `edition.refreshed`.
    ///
    /// # Errors
    /// [`StoreError::Refresh`] when the translation does not stand published, a revision of
    /// the original since the current edition is not minor, or there is nothing to refresh
    /// (nothing is written then); [`StoreError::NotPublished`] when it has no edition; the
    /// lookups' not-found errors.
    pub async fn refresh_edition(
        &self,
        ctx: &WriteContext,
        slug: &str,
        language: &str,
    ) -> Result<Edition, StoreError> {
        let txn = self.conn();
        let a = find_article(txn, slug).await?;
        // The lock makes concurrent refreshes and publications of this translation take turns.
        let t = find_translation_for_update(txn, &a, language).await?;
        let current = edition::Entity::find()
            .filter(edition::Column::TranslationId.eq(t.id))
            .order_by_desc(edition::Column::Number)
            .one(txn)
            .await?
            .ok_or_else(|| StoreError::NotPublished {
                slug: a.slug.clone(),
                language: t.language.clone(),
            })?;
        let source_revision = decide_refresh(RefreshRequest {
            state: convert::state(&t.state)?,
            edition_source: current.source_revision,
            source_head: a.head,
            source_major_head: a.major_head,
        })?;
        translation::Entity::update_many()
            .col_expr(
                translation::Column::SourceRevision,
                Expr::value(source_revision),
            )
            .col_expr(
                translation::Column::UpdatedAt,
                Expr::value(bitext_domain::now()),
            )
            .filter(translation::Column::Id.eq(t.id))
            .exec(txn)
            .await?;
        let model = create_edition(
            txn,
            ctx,
            &a,
            &t,
            NewEdition {
                source_revision,
                translation_revision: current.translation_revision,
                correction_note: None,
                minor: true,
            },
        )
        .await?;
        events::append(
            txn,
            ctx,
            NewEvent {
                article_id: a.id,
                translation_id: Some(t.id),
                action: "edition.refresh",
                from_state: None,
                to_state: None,
                revision: Some(current.translation_revision),
                detail: Some(
                    json!({
                        "edition": model.number,
                        "source_from": current.source_revision,
                        "source_to": source_revision,
                    })
                    .to_string(),
                ),
            },
        )
        .await?;
        to_edition(txn, vec![model])
            .await?
            .pop()
            .ok_or_else(|| StoreError::corrupt("refreshed edition", slug))
    }
}
