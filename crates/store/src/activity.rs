//! Recent activity across the desk: the newest audit records, each with the article (and the
//! translation's language) it concerns. Bounded: four statements whatever the limit.

use std::collections::HashMap;

use bitext_domain::Event;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::{
    StoreError, Tx, convert,
    entity::{article, event, translation},
};

/// An audit record with what it concerns.
#[derive(Debug, Clone)]
pub struct Activity {
    pub event: Event,
    /// The display name of who did it (the event names their user name).
    pub actor_display_name: String,
    pub slug: String,
    /// The translation's language; `None` for a change to the source article.
    pub language: Option<String>,
}

impl Tx {
    /// The newest `limit` audit records, newest first.
    ///
    /// # Errors
    /// Database errors.
    pub async fn recent_activity(&self, limit: u64) -> Result<Vec<Activity>, StoreError> {
        let rows = event::Entity::find()
            .order_by_desc(event::Column::Id)
            .limit(limit)
            .all(self.conn())
            .await?;
        let article_ids: Vec<i64> = rows.iter().map(|r| r.article_id).collect();
        let translation_ids: Vec<i64> = rows.iter().filter_map(|r| r.translation_id).collect();
        let slugs: HashMap<i64, String> = article::Entity::find()
            .filter(article::Column::Id.is_in(article_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|a| (a.id, a.slug))
            .collect();
        let languages: HashMap<i64, String> = translation::Entity::find()
            .filter(translation::Column::Id.is_in(translation_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|t| (t.id, t.language))
            .collect();
        let people: HashMap<i64, (String, String)> =
            convert::users_by_id(self.conn(), rows.iter().map(|r| r.actor_id))
                .await?
                .into_iter()
                .map(|u| (u.id, (u.name, u.display_name)))
                .collect();
        Ok(rows
            .into_iter()
            .map(|r| {
                let slug = slugs.get(&r.article_id).cloned().unwrap_or_default();
                let language = r.translation_id.and_then(|id| languages.get(&id).cloned());
                let (actor, display) = people.get(&r.actor_id).cloned().unwrap_or_default();
                Activity {
                    actor_display_name: display,
                    event: convert::event(r, actor),
                    slug,
                    language,
                }
            })
            .collect())
    }
}
