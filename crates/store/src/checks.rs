//! What the quality checks read and keep: the two texts a translation revision is checked on
//! (the revision and the source revision it renders), and editors' dismissals of findings.

use std::collections::HashMap;

use bitext_domain::Dismissal;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter,
    QueryOrder,
};

use crate::{
    StoreError, Tx, WriteContext,
    articles::find_article,
    convert,
    entity::{article, article_revision, finding_dismissal, translation, translation_revision},
    events::{self, NewEvent},
    translations::find_translation,
};

/// A translation revision and the source revision it renders, with their languages: what the
/// checks read.
#[derive(Debug, Clone)]
pub struct CheckSubject {
    pub translation_id: i64,
    pub revision: i32,
    pub source_revision: i32,
    pub source_language: String,
    pub language: String,
    pub source_body: String,
    pub body: String,
}

/// A dismissal as asked for: the finding's fingerprint and code, where it was seen, and why.
#[derive(Debug, Clone)]
pub struct NewDismissal {
    pub finding: String,
    pub code: String,
    pub revision: i32,
    pub paragraph: i32,
    pub reason: String,
}

impl Tx {
    /// Revision `revision` (default: the head) of a translation and the source revision it
    /// renders.
    ///
    /// # Errors
    /// Not found: the article, the translation, or the revision.
    pub async fn check_subject(
        &self,
        slug: &str,
        language: &str,
        revision: Option<i32>,
    ) -> Result<CheckSubject, StoreError> {
        let db = self.conn();
        let a = find_article(db, slug).await?;
        let t = find_translation(db, &a, language).await?;
        let number = revision.unwrap_or(t.head);
        let mut subjects =
            subjects(db, &[(t.id, number)], &[(t.id, &a, t.language.as_str())]).await?;
        subjects
            .remove(&t.id)
            .ok_or(StoreError::RevisionNotFound { number })
    }

    /// The heads of these translations and the source revisions they render, in a fixed
    /// number of statements; a translation whose head is missing is left out.
    ///
    /// # Errors
    /// Database errors.
    pub async fn check_subjects_of_heads(
        &self,
        translation_ids: &[i64],
    ) -> Result<HashMap<i64, CheckSubject>, StoreError> {
        let db = self.conn();
        if translation_ids.is_empty() {
            return Ok(HashMap::new());
        }
        let translations = translation::Entity::find()
            .filter(translation::Column::Id.is_in(translation_ids.iter().copied()))
            .all(db)
            .await?;
        let articles: HashMap<i64, article::Model> = article::Entity::find()
            .filter(article::Column::Id.is_in(translations.iter().map(|t| t.article_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
        let heads: Vec<(i64, i32)> = translations.iter().map(|t| (t.id, t.head)).collect();
        let owners: Vec<(i64, &article::Model, &str)> = translations
            .iter()
            .filter_map(|t| {
                articles
                    .get(&t.article_id)
                    .map(|a| (t.id, a, t.language.as_str()))
            })
            .collect();
        subjects(db, &heads, &owners).await
    }

    /// The dismissals of findings on these translations, oldest first.
    ///
    /// # Errors
    /// Database errors.
    pub async fn dismissals(
        &self,
        translation_ids: &[i64],
    ) -> Result<HashMap<i64, Vec<Dismissal>>, StoreError> {
        let db = self.conn();
        if translation_ids.is_empty() {
            return Ok(HashMap::new());
        }
        let rows = finding_dismissal::Entity::find()
            .filter(finding_dismissal::Column::TranslationId.is_in(translation_ids.iter().copied()))
            .order_by_asc(finding_dismissal::Column::Id)
            .all(db)
            .await?;
        let names = convert::display_names(db, rows.iter().map(|d| d.dismissed_by)).await?;
        let mut by_translation: HashMap<i64, Vec<Dismissal>> = HashMap::new();
        for d in rows {
            let by = names.get(&d.dismissed_by).cloned().unwrap_or_default();
            by_translation
                .entry(d.translation_id)
                .or_default()
                .push(to_dismissal(d, by));
        }
        Ok(by_translation)
    }

    /// Records that a finding is dismissed, with an event; a finding dismissed before keeps
    /// its first dismissal, which is returned (with `false`: nothing was written).
    ///
    /// # Errors
    /// Not found: the article or the translation.
    pub async fn dismiss_finding(
        &self,
        ctx: &WriteContext,
        slug: &str,
        language: &str,
        input: NewDismissal,
    ) -> Result<(Dismissal, bool), StoreError> {
        let db = self.conn();
        let a = find_article(db, slug).await?;
        let t = find_translation(db, &a, language).await?;
        let earlier = finding_dismissal::Entity::find()
            .filter(finding_dismissal::Column::TranslationId.eq(t.id))
            .filter(finding_dismissal::Column::Finding.eq(&input.finding))
            .one(db)
            .await?;
        if let Some(d) = earlier {
            let by = convert::display_names(db, [d.dismissed_by]).await?;
            let by = by.get(&d.dismissed_by).cloned().unwrap_or_default();
            return Ok((to_dismissal(d, by), false));
        }
        let detail = serde_json::json!({
            "finding": input.finding,
            "code": input.code,
            "paragraph": input.paragraph,
            "reason": input.reason,
        })
        .to_string();
        let model = finding_dismissal::ActiveModel {
            translation_id: Set(t.id),
            finding: Set(input.finding),
            code: Set(input.code),
            revision: Set(input.revision),
            paragraph: Set(input.paragraph),
            reason: Set(input.reason),
            dismissed_by: Set(ctx.actor_id),
            created_at: Set(bitext_domain::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        events::append(
            db,
            ctx,
            NewEvent {
                article_id: a.id,
                translation_id: Some(t.id),
                action: "finding.dismiss",
                from_state: None,
                to_state: None,
                revision: Some(model.revision),
                detail: Some(detail),
            },
        )
        .await?;
        let by = convert::display_names(db, [ctx.actor_id]).await?;
        let by = by.get(&ctx.actor_id).cloned().unwrap_or_default();
        Ok((to_dismissal(model, by), true))
    }
}

fn to_dismissal(d: finding_dismissal::Model, dismissed_by: String) -> Dismissal {
    Dismissal {
        finding: d.finding,
        code: d.code,
        revision: d.revision,
        paragraph: d.paragraph,
        reason: d.reason,
        dismissed_by,
        created_at: d.created_at,
    }
}

/// The translation revisions `(translation, number)` and the source revisions they render,
/// in two statements, given each translation's article and language.
async fn subjects(
    db: &impl sea_orm::ConnectionTrait,
    revisions: &[(i64, i32)],
    translations: &[(i64, &article::Model, &str)],
) -> Result<HashMap<i64, CheckSubject>, StoreError> {
    let owners: HashMap<i64, (&article::Model, &str)> = translations
        .iter()
        .map(|&(t, a, language)| (t, (a, language)))
        .collect();
    let mut wanted = Condition::any();
    for (t, number) in revisions {
        wanted = wanted.add(
            Condition::all()
                .add(translation_revision::Column::TranslationId.eq(*t))
                .add(translation_revision::Column::Number.eq(*number)),
        );
    }
    let rows = translation_revision::Entity::find()
        .filter(wanted)
        .all(db)
        .await?;
    let mut sources = Condition::any();
    for r in &rows {
        if let Some((a, _)) = owners.get(&r.translation_id) {
            sources = sources.add(
                Condition::all()
                    .add(article_revision::Column::ArticleId.eq(a.id))
                    .add(article_revision::Column::Number.eq(r.source_revision)),
            );
        }
    }
    let source_bodies: HashMap<(i64, i32), String> = if rows.is_empty() {
        HashMap::new()
    } else {
        article_revision::Entity::find()
            .filter(sources)
            .all(db)
            .await?
            .into_iter()
            .map(|r| ((r.article_id, r.number), r.body))
            .collect()
    };
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let (a, language) = owners.get(&r.translation_id)?;
            let source_body = source_bodies.get(&(a.id, r.source_revision))?.clone();
            Some((
                r.translation_id,
                CheckSubject {
                    translation_id: r.translation_id,
                    revision: r.number,
                    source_revision: r.source_revision,
                    source_language: a.language.clone(),
                    language: (*language).to_owned(),
                    source_body,
                    body: r.body,
                },
            ))
        })
        .collect())
}
