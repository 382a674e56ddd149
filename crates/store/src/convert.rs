//! Entity models into domain records.

use std::collections::HashMap;

use bitext_domain::{Article, Event, Person, Revision, State, Translation, User};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::{
    StoreError,
    entity::{article, article_revision, event, translation, translation_revision, user},
};

pub(crate) fn user(m: user::Model) -> Result<User, StoreError> {
    Ok(User {
        roles: m
            .roles
            .parse()
            .map_err(|_| StoreError::corrupt("roles", &m.roles))?,
        id: m.id,
        name: m.name,
        display_name: m.display_name,
        language: m.language,
    })
}

/// People read by id, to name those a record refers to.
pub(crate) type People = HashMap<i64, user::Model>;

/// The people with these ids, in one query.
pub(crate) async fn people(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<People, StoreError> {
    let users = users_by_id(db, ids).await?;
    Ok(users.into_iter().map(|u| (u.id, u)).collect())
}

/// The people a translation refers to (its approver and its assignee), in one query.
pub(crate) async fn people_of<'a>(
    db: &impl ConnectionTrait,
    translations: impl IntoIterator<Item = &'a translation::Model>,
) -> Result<People, StoreError> {
    let ids: Vec<i64> = translations
        .into_iter()
        .flat_map(|t| [t.approved_by, t.assignee_id])
        .flatten()
        .collect();
    people(db, ids).await
}

/// A person as shown beside what they hold.
pub(crate) fn person(m: &user::Model) -> Person {
    Person {
        id: m.id,
        name: m.name.clone(),
        display_name: m.display_name.clone(),
    }
}

/// A stored workflow state.
pub(crate) fn state(value: &str) -> Result<State, StoreError> {
    value
        .parse()
        .map_err(|_| StoreError::corrupt("workflow state", value))
}

pub(crate) fn article(m: article::Model) -> Article {
    Article {
        id: m.id,
        slug: m.slug,
        language: m.language,
        head: m.head,
        major_head: m.major_head,
        created_at: m.created_at,
        updated_at: m.updated_at,
    }
}

pub(crate) fn article_revision(m: article_revision::Model, author: String) -> Revision {
    Revision {
        number: m.number,
        parent: m.parent,
        author,
        created_at: m.created_at,
        message: m.message,
        title: m.title,
        body: m.body,
        content_hash: m.content_hash,
        minor: m.minor,
        source_revision: None,
    }
}

pub(crate) fn translation_revision(m: translation_revision::Model, author: String) -> Revision {
    Revision {
        number: m.number,
        parent: m.parent,
        author,
        created_at: m.created_at,
        message: m.message,
        title: m.title,
        body: m.body,
        content_hash: m.content_hash,
        minor: false,
        source_revision: Some(m.source_revision),
    }
}

/// A translation, its approver and its assignee named from `people`.
pub(crate) fn translation(
    m: translation::Model,
    article: &article::Model,
    people: &People,
) -> Result<Translation, StoreError> {
    let approved_by = m
        .approved_by
        .and_then(|id| people.get(&id))
        .map(|u| u.name.clone());
    let assignee = m.assignee_id.and_then(|id| people.get(&id)).map(person);
    Ok(Translation {
        id: m.id,
        article_id: m.article_id,
        slug: article.slug.clone(),
        language: m.language,
        state: state(&m.state)?,
        head: m.head,
        source_revision: m.source_revision,
        approved_revision: m.approved_revision,
        approved_by,
        last_submitted_revision: m.last_submitted_revision,
        published_revision: m.published_revision,
        withdrawn_reason: m.withdrawn_reason,
        credit_override: m.credit_override,
        assignee,
        article_head: article.head,
        article_major_head: article.major_head,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

pub(crate) fn event(m: event::Model, actor: String) -> Event {
    Event {
        id: m.id,
        actor,
        action: m.action,
        from_state: m.from_state,
        to_state: m.to_state,
        revision: m.revision,
        request_id: m.request_id,
        correlation_id: m.correlation_id,
        detail: m.detail,
        created_at: m.created_at,
    }
}

/// The users with these ids, by id, in one query.
pub(crate) async fn users_by_id(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<Vec<user::Model>, StoreError> {
    let mut ids: Vec<i64> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?)
}

/// The display names of the users with these ids.
pub(crate) async fn display_names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, String>, StoreError> {
    let users = users_by_id(db, ids).await?;
    Ok(users.into_iter().map(|u| (u.id, u.display_name)).collect())
}

/// The names of the users with these ids.
pub(crate) async fn user_names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, String>, StoreError> {
    let users = users_by_id(db, ids).await?;
    Ok(users.into_iter().map(|u| (u.id, u.name)).collect())
}

/// The name of one user.
pub(crate) async fn user_name(db: &impl ConnectionTrait, id: i64) -> Result<String, StoreError> {
    Ok(user_names(db, [id]).await?.remove(&id).unwrap_or_default())
}
