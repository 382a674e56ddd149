//! Editions: made by `publish` inside its transaction, with the credits drawn from the workflow;
//! read back for readers, feeds and corrections.

use std::collections::HashMap;

use bitext_domain::{
    Edition, Revision, Role, Roles, State,
    credits::{self, Contribution},
};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, sea_query::Expr,
};
use serde_json::json;

use crate::{
    StoreError, Tx, WriteContext,
    articles::{article_revision_of, find_article},
    convert,
    entity::{article, edition, event, translation, translation_revision, user},
    events::{self, NewEvent},
    translations::find_translation,
    webhooks::enqueue,
};

/// A published translation as readers see it.
#[derive(Debug, Clone)]
pub struct Published {
    pub slug: String,
    pub language: String,
    /// The edition asked for (default: the newest).
    pub edition: Edition,
    /// Every edition, oldest first.
    pub editions: Vec<Edition>,
    pub source: Revision,
    pub source_language: String,
    pub translation: Revision,
    /// Set while the translation is withdrawn: the reason given.
    pub withdrawn: Option<String>,
}

/// Whom the next edition would credit, before it is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditPreview {
    /// The translation revision publishing now would pin: the approved one, else the head.
    pub revision: i32,
    /// Display names, in order of first contribution.
    pub translators: Vec<String>,
    /// Display names, in order of first contribution.
    pub editors: Vec<String>,
    /// The credit text an editor set to replace the generated line, if any.
    pub credit_override: Option<String>,
}

/// One entry of a language's feed: a published translation as its newest edition has it, dated
/// by the newest edition readers were told of.
#[derive(Debug, Clone)]
pub struct FeedItem {
    pub slug: String,
    pub language: String,
    /// The title of the newest edition.
    pub title: String,
    /// The body of the newest edition.
    pub body: String,
    /// The language the article is written in.
    pub source_language: String,
    /// The title of the source revision the newest edition renders.
    pub source_title: String,
    /// The newest edition; a correction or a refresh replaces the one before.
    pub edition: Edition,
    /// When the first edition was published; corrections leave it as it was.
    pub first_published_at: chrono::DateTime<Utc>,
    /// When the newest edition that was not minor was published: a refresh of the original's
    /// text leaves it as it was.
    pub updated_at: chrono::DateTime<Utc>,
    /// The correction note of the newest edition that was not minor, if it was a correction.
    pub correction_note: Option<String>,
}

/// Events that record a contribution to a translation: its revisions and editors' reviews.
const CONTRIBUTIONS: [&str; 4] = [
    "translation.create",
    "translation.revise",
    "approve",
    "request_changes",
];

/// What a new edition pins, and how it differs from the edition before.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NewEdition<'a> {
    pub source_revision: i32,
    pub translation_revision: i32,
    /// The note readers see on a correction; none on a first or a minor edition.
    pub correction_note: Option<&'a str>,
    /// Only the original's text moved, by minor revisions, under the same translation
    /// revision: no notice for readers, not announced by feeds.
    pub minor: bool,
}

impl NewEdition<'_> {
    /// What publishing `t` pins: its approved revision (else its head) and the source revision
    /// that revision renders.
    pub(crate) fn publishing<'a>(
        t: &translation::Model,
        correction_note: Option<&'a str>,
    ) -> NewEdition<'a> {
        NewEdition {
            source_revision: t.source_revision,
            translation_revision: t.approved_revision.unwrap_or(t.head),
            correction_note,
            minor: false,
        }
    }
}

/// Inserts the next edition of `t`, credited by the rule publishing applies, and queues its
/// webhook event: `edition.published` for the first, `edition.refreshed` for a minor one,
/// `edition.corrected` for any other.
pub(crate) async fn create_edition(
    db: &impl ConnectionTrait,
    ctx: &WriteContext,
    a: &article::Model,
    t: &translation::Model,
    new: NewEdition<'_>,
) -> Result<edition::Model, StoreError> {
    let previous = edition::Entity::find()
        .filter(edition::Column::TranslationId.eq(t.id))
        .order_by_desc(edition::Column::Number)
        .one(db)
        .await?;
    let number = previous.map_or(1, |e| e.number + 1);
    let revision = new.translation_revision;
    let (translators, editors) = credited(db, t.id, revision).await?;
    let model = edition::ActiveModel {
        translation_id: Set(t.id),
        article_id: Set(a.id),
        number: Set(number),
        source_revision: Set(new.source_revision),
        translation_revision: Set(revision),
        translators: Set(serde_json::to_string(&translators).unwrap_or_default()),
        editors: Set(serde_json::to_string(&editors).unwrap_or_default()),
        credit_override: Set(t.credit_override.clone()),
        correction_note: Set(new.correction_note.map(str::to_owned)),
        minor: Set(new.minor),
        publisher_id: Set(ctx.actor_id),
        created_at: Set(bitext_domain::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if !new.minor {
        // What feeds list it by (see `m20261214_000019_archive_order`).
        translation::Entity::update_many()
            .col_expr(translation::Column::AnnouncedEdition, Expr::value(model.id))
            .col_expr(
                translation::Column::AnnouncedAt,
                Expr::value(model.created_at),
            )
            .filter(translation::Column::Id.eq(t.id))
            .exec(db)
            .await?;
    }
    let event = if number == 1 {
        "edition.published"
    } else if new.minor {
        "edition.refreshed"
    } else {
        "edition.corrected"
    };
    enqueue(
        db,
        event,
        json!({
            "event": event,
            "slug": a.slug,
            "language": t.language,
            "edition": number,
            "source_revision": new.source_revision,
            "translation_revision": revision,
            "correction_note": new.correction_note,
            "minor": new.minor,
            "published_at": model.created_at,
            "url": format!("/read/{}/{}", a.slug, t.language),
        }),
    )
    .await?;
    Ok(model)
}

/// The display names an edition of `revision` credits as translators and as editors, by the
/// domain's rule, from the translation's audit trail.
async fn credited(
    db: &impl ConnectionTrait,
    translation_id: i64,
    revision: i32,
) -> Result<(Vec<String>, Vec<String>), StoreError> {
    let history = event::Entity::find()
        .filter(event::Column::TranslationId.eq(translation_id))
        .filter(event::Column::Action.is_in(CONTRIBUTIONS))
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?;
    let mut ids: Vec<i64> = history.iter().map(|e| e.actor_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let people: HashMap<i64, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let is_editor = |id: i64| {
        people
            .get(&id)
            .and_then(|u| u.roles.parse::<Roles>().ok())
            .is_some_and(|roles| roles.contains(Role::Editor))
    };
    let contributions = history
        .iter()
        .map(|e| {
            Ok(match (e.action.as_str(), e.revision) {
                ("translation.create" | "translation.revise", Some(number)) => {
                    Contribution::Revision {
                        number,
                        author: e.actor_id,
                        written_in: match e.from_state.as_deref() {
                            Some(s) => convert::state(s)?,
                            None => State::Draft,
                        },
                        by_editor: is_editor(e.actor_id),
                    }
                }
                _ => Contribution::Review {
                    reviewer: e.actor_id,
                },
            })
        })
        .collect::<Result<Vec<Contribution<i64>>, StoreError>>()?;
    let credits = credits::credits(&contributions, revision);
    let names = |ids: Vec<i64>| -> Vec<String> {
        ids.into_iter()
            .filter_map(|id| people.get(&id).map(|u| u.display_name.clone()))
            .collect()
    };
    Ok((names(credits.translators), names(credits.editors)))
}

pub(crate) async fn to_edition(
    db: &impl ConnectionTrait,
    rows: Vec<edition::Model>,
) -> Result<Vec<Edition>, StoreError> {
    let publishers = convert::display_names(db, rows.iter().map(|e| e.publisher_id)).await?;
    rows.into_iter()
        .map(|e| {
            let names = |what: &'static str, json: &str| {
                serde_json::from_str::<Vec<String>>(json)
                    .map_err(|_| StoreError::corrupt(what, json))
            };
            Ok(Edition {
                number: e.number,
                source_revision: e.source_revision,
                translation_revision: e.translation_revision,
                translators: names("edition translators", &e.translators)?,
                editors: names("edition editors", &e.editors)?,
                credit_override: e.credit_override,
                correction_note: e.correction_note,
                minor: e.minor,
                publisher: publishers.get(&e.publisher_id).cloned().unwrap_or_default(),
                created_at: e.created_at,
            })
        })
        .collect()
}

impl Tx {
    /// The published translation, at `edition` or the newest.
    ///
    /// # Errors
    /// [`StoreError::NotPublished`] when it never was; [`StoreError::EditionNotFound`]; the
    /// lookups' not-found errors.
    pub async fn published(
        &self,
        slug: &str,
        language: &str,
        edition: Option<i32>,
    ) -> Result<Published, StoreError> {
        let db = self.conn();
        let a = find_article(db, slug).await?;
        let t = find_translation(db, &a, language).await?;
        let rows = edition::Entity::find()
            .filter(edition::Column::TranslationId.eq(t.id))
            .order_by_asc(edition::Column::Number)
            .all(db)
            .await?;
        if rows.is_empty() {
            return Err(StoreError::NotPublished {
                slug: slug.to_owned(),
                language: language.to_owned(),
            });
        }
        let editions = to_edition(db, rows).await?;
        let chosen = match edition {
            Some(n) => editions
                .iter()
                .find(|e| e.number == n)
                .cloned()
                .ok_or(StoreError::EditionNotFound { number: n })?,
            None => editions.last().cloned().unwrap_or_else(|| unreachable!()),
        };
        let source = article_revision_of(db, a.id, chosen.source_revision).await?;
        let translation = crate::revisions::one::<translation_revision::Entity>(
            db,
            t.id,
            chosen.translation_revision,
        )
        .await?;
        let withdrawn = (t.state == State::Withdrawn.as_str())
            .then(|| t.withdrawn_reason.clone().unwrap_or_default());
        Ok(Published {
            slug: a.slug,
            language: t.language,
            edition: chosen,
            editions,
            source,
            source_language: a.language,
            translation,
            withdrawn,
        })
    }

    /// Whom an edition published now would credit, by the rule publishing applies.
    ///
    /// # Errors
    /// The lookups' not-found errors.
    pub async fn credit_preview(
        &self,
        slug: &str,
        language: &str,
    ) -> Result<CreditPreview, StoreError> {
        let db = self.conn();
        let a = find_article(db, slug).await?;
        let t = find_translation(db, &a, language).await?;
        let revision = t.approved_revision.unwrap_or(t.head);
        let (translators, editors) = credited(db, t.id, revision).await?;
        Ok(CreditPreview {
            revision,
            translators,
            editors,
            credit_override: t.credit_override,
        })
    }

    /// Sets (or clears) the credit text that replaces the generated credit line in the next
    /// editions; the change is recorded in the audit trail.
    ///
    /// # Errors
    /// The lookups' not-found errors.
    pub async fn set_credit_override(
        &self,
        ctx: &WriteContext,
        slug: &str,
        language: &str,
        text: Option<String>,
    ) -> Result<(), StoreError> {
        let txn = self.conn();
        let a = find_article(txn, slug).await?;
        let t = find_translation(txn, &a, language).await?;
        translation::Entity::update_many()
            .col_expr(
                translation::Column::CreditOverride,
                Expr::value(text.clone()),
            )
            .filter(translation::Column::Id.eq(t.id))
            .exec(txn)
            .await?;
        events::append(
            txn,
            ctx,
            NewEvent {
                article_id: a.id,
                translation_id: Some(t.id),
                action: "credits.override",
                from_state: None,
                to_state: None,
                revision: Some(t.head),
                detail: Some(json!({ "credit_override": text }).to_string()),
            },
        )
        .await?;
        Ok(())
    }
}
