//! The glossary of each language pair: terms as editors keep them (who added and last changed
//! each, and its version), and the terms that apply to a translation, as the checks read them.
//!
//! A glossary applies to a translation when each of its tags equals the translation's tag or is
//! a prefix of it at a subtag boundary: the `zh` → `en` glossary applies to `zh-Hans` → `en-US`,
//! and so does a `zh-Hans` → `en` one. Where two glossaries that apply have the same term, the
//! entry of the more specific pair wins (the longer source tag, then the longer target tag).

use std::collections::HashMap;

use bitext_domain::{Page, checks::Term};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, LikeExpr},
};

use crate::{StoreError, Tx, WriteContext, convert, entity::glossary_term};

/// A glossary entry as editors see it.
#[derive(Debug, Clone, PartialEq)]
pub struct GlossaryEntry {
    pub id: i64,
    pub source_language: String,
    pub target_language: String,
    pub term: Term,
    /// 1 when added; every change adds one. Its decimal form is the entry's entity tag.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    /// The name of who added it.
    pub created_by: String,
    pub updated_at: DateTime<Utc>,
    /// The name of who changed it last.
    pub updated_by: String,
}

/// What an import did: terms new to the glossary, and terms already there that it replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Imported {
    pub created: u64,
    pub updated: u64,
}

/// Every tag a tag falls under: itself and its prefixes at subtag boundaries, `zh-Hans-CN`,
/// `zh-Hans`, `zh`.
fn prefixes(tag: &str) -> Vec<String> {
    let mut out = vec![tag.to_owned()];
    let mut rest = tag;
    while let Some(i) = rest.rfind('-') {
        rest = &rest[..i];
        out.push(rest.to_owned());
    }
    out
}

fn list(json: &str) -> Result<Vec<String>, StoreError> {
    serde_json::from_str(json).map_err(|_| StoreError::corrupt("glossary list", json))
}

fn json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

fn to_term(m: &glossary_term::Model) -> Result<Term, StoreError> {
    Ok(Term {
        term: m.term.clone(),
        translation: m.translation.clone(),
        variants: list(&m.variants)?,
        forbidden: list(&m.forbidden)?,
        note: m.note.clone(),
    })
}

fn pair(source: &str, target: &str) -> sea_orm::Select<glossary_term::Entity> {
    glossary_term::Entity::find()
        .filter(glossary_term::Column::SourceLanguage.eq(source))
        .filter(glossary_term::Column::TargetLanguage.eq(target))
}

impl Tx {
    async fn to_entries(
        &self,
        rows: Vec<glossary_term::Model>,
    ) -> Result<Vec<GlossaryEntry>, StoreError> {
        let ids = rows.iter().flat_map(|r| [r.created_by, r.updated_by]);
        let names = convert::user_names(self.conn(), ids.collect::<Vec<_>>()).await?;
        let name = |id: i64| names.get(&id).cloned().unwrap_or_default();
        rows.into_iter()
            .map(|m| {
                Ok(GlossaryEntry {
                    id: m.id,
                    term: to_term(&m)?,
                    version: m.version,
                    created_at: m.created_at,
                    created_by: name(m.created_by),
                    updated_at: m.updated_at,
                    updated_by: name(m.updated_by),
                    source_language: m.source_language,
                    target_language: m.target_language,
                })
            })
            .collect()
    }

    /// A page of one pair's glossary in the order terms were added, optionally only the terms
    /// whose term, translation or note contains `q`.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn glossary_entries(
        &self,
        source: &str,
        target: &str,
        q: Option<&str>,
        limit: u64,
        after: Option<i64>,
    ) -> Result<Page<GlossaryEntry>, StoreError> {
        let mut query = pair(source, target).order_by_asc(glossary_term::Column::Id);
        if let Some(q) = q.map(str::trim).filter(|q| !q.is_empty()) {
            let pattern = format!(
                "%{}%",
                q.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            );
            let like = |c: glossary_term::Column| {
                Expr::col(c).like(LikeExpr::new(pattern.clone()).escape('\\'))
            };
            query = query.filter(
                Condition::any()
                    .add(like(glossary_term::Column::Term))
                    .add(like(glossary_term::Column::Translation))
                    .add(like(glossary_term::Column::Note)),
            );
        }
        if let Some(after) = after {
            query = query.filter(glossary_term::Column::Id.gt(after));
        }
        let rows = query.limit(limit + 1).all(self.conn()).await?;
        let (rows, next_cursor) = crate::page::split(rows, limit, |r| r.id);
        Ok(Page {
            items: self.to_entries(rows).await?,
            next_cursor,
        })
    }

    /// One pair's whole glossary, in the order terms were added (for an export).
    ///
    /// # Errors
    /// Database errors only.
    pub async fn glossary_export(
        &self,
        source: &str,
        target: &str,
    ) -> Result<Vec<GlossaryEntry>, StoreError> {
        let rows = pair(source, target)
            .order_by_asc(glossary_term::Column::Id)
            .all(self.conn())
            .await?;
        self.to_entries(rows).await
    }

    /// One entry of a pair's glossary.
    ///
    /// # Errors
    /// [`StoreError::GlossaryTermNotFound`] when the pair has no entry `id`.
    pub async fn glossary_entry(
        &self,
        source: &str,
        target: &str,
        id: i64,
    ) -> Result<GlossaryEntry, StoreError> {
        let row = pair(source, target)
            .filter(glossary_term::Column::Id.eq(id))
            .one(self.conn())
            .await?
            .ok_or(StoreError::GlossaryTermNotFound { id })?;
        Ok(self.to_entries(vec![row]).await?.remove(0))
    }

    /// Adds a term to a pair's glossary, at version 1.
    ///
    /// # Errors
    /// [`StoreError::GlossaryTermExists`] when the pair has the term already.
    pub async fn add_glossary_entry(
        &self,
        ctx: &WriteContext,
        source: &str,
        target: &str,
        term: &Term,
    ) -> Result<GlossaryEntry, StoreError> {
        let now = bitext_domain::now();
        let inserted = glossary_term::ActiveModel {
            source_language: Set(source.to_owned()),
            target_language: Set(target.to_owned()),
            term: Set(term.term.clone()),
            translation: Set(term.translation.clone()),
            variants: Set(json(&term.variants)),
            forbidden: Set(json(&term.forbidden)),
            note: Set(term.note.clone()),
            version: Set(1),
            created_at: Set(now),
            created_by: Set(ctx.actor_id),
            updated_at: Set(now),
            updated_by: Set(ctx.actor_id),
            ..Default::default()
        }
        .insert(self.conn())
        .await;
        match inserted {
            Ok(row) => Ok(self.to_entries(vec![row]).await?.remove(0)),
            Err(e) if StoreError::is_unique_violation(&e) => Err(StoreError::GlossaryTermExists {
                term: term.term.clone(),
            }),
            Err(e) => Err(e.into()),
        }
    }

    /// Replaces an entry's term, renderings and note, if it is still at version `version`;
    /// its version goes up by one.
    ///
    /// # Errors
    /// [`StoreError::GlossaryTermNotFound`]; [`StoreError::GlossaryTermStale`] when it has
    /// changed since; [`StoreError::GlossaryTermExists`] when the new term is another entry's.
    pub async fn update_glossary_entry(
        &self,
        ctx: &WriteContext,
        source: &str,
        target: &str,
        id: i64,
        version: i32,
        term: &Term,
    ) -> Result<GlossaryEntry, StoreError> {
        use glossary_term::Column as C;
        let updated = glossary_term::Entity::update_many()
            .col_expr(C::Term, Expr::value(term.term.clone()))
            .col_expr(C::Translation, Expr::value(term.translation.clone()))
            .col_expr(C::Variants, Expr::value(json(&term.variants)))
            .col_expr(C::Forbidden, Expr::value(json(&term.forbidden)))
            .col_expr(C::Note, Expr::value(term.note.clone()))
            .col_expr(C::Version, Expr::value(version + 1))
            .col_expr(C::UpdatedAt, Expr::value(bitext_domain::now()))
            .col_expr(C::UpdatedBy, Expr::value(ctx.actor_id))
            .filter(C::Id.eq(id))
            .filter(C::SourceLanguage.eq(source))
            .filter(C::TargetLanguage.eq(target))
            .filter(C::Version.eq(version))
            .exec(self.conn())
            .await;
        match updated {
            Ok(r) if r.rows_affected == 1 => self.glossary_entry(source, target, id).await,
            Ok(_) => {
                let current = self.glossary_entry(source, target, id).await?;
                Err(StoreError::GlossaryTermStale {
                    expected: version,
                    current: current.version,
                })
            }
            Err(e) if StoreError::is_unique_violation(&e) => Err(StoreError::GlossaryTermExists {
                term: term.term.clone(),
            }),
            Err(e) => Err(e.into()),
        }
    }

    /// Deletes an entry, if it is still at version `version` (any version when `None`).
    ///
    /// # Errors
    /// [`StoreError::GlossaryTermNotFound`]; [`StoreError::GlossaryTermStale`].
    pub async fn delete_glossary_entry(
        &self,
        source: &str,
        target: &str,
        id: i64,
        version: Option<i32>,
    ) -> Result<(), StoreError> {
        let current = self.glossary_entry(source, target, id).await?;
        if let Some(expected) = version.filter(|v| *v != current.version) {
            return Err(StoreError::GlossaryTermStale {
                expected,
                current: current.version,
            });
        }
        let mut delete =
            glossary_term::Entity::delete_many().filter(glossary_term::Column::Id.eq(id));
        if let Some(v) = version {
            delete = delete.filter(glossary_term::Column::Version.eq(v));
        }
        let deleted = delete.exec(self.conn()).await?;
        if deleted.rows_affected == 0 {
            let current = self.glossary_entry(source, target, id).await?;
            return Err(StoreError::GlossaryTermStale {
                expected: version.unwrap_or(current.version),
                current: current.version,
            });
        }
        Ok(())
    }

    /// Writes terms into a pair's glossary: a term it lacks is added, a term it has is replaced
    /// (its version going up by one). The caller makes it all or nothing by committing or not.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn import_glossary(
        &self,
        ctx: &WriteContext,
        source: &str,
        target: &str,
        terms: &[Term],
    ) -> Result<Imported, StoreError> {
        let existing: HashMap<String, (i64, i32)> = pair(source, target)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| (m.term, (m.id, m.version)))
            .collect();
        let mut done = Imported::default();
        for term in terms {
            match existing.get(&term.term) {
                Some(&(id, version)) => {
                    self.update_glossary_entry(ctx, source, target, id, version, term)
                        .await?;
                    done.updated += 1;
                }
                None => {
                    self.add_glossary_entry(ctx, source, target, term).await?;
                    done.created += 1;
                }
            }
        }
        Ok(done)
    }

    /// The glossary terms that apply to a translation from `source_language` into
    /// `target_language` (canonical BCP 47 tags): those of every pair whose tags equal or are
    /// prefixes of these at subtag boundaries, the most specific pair's entry for a term found
    /// in several. In the order terms were added.
    ///
    /// # Errors
    /// Database errors; [`StoreError::Corrupt`] for a stored list that does not parse.
    pub async fn glossary(
        &self,
        source_language: &str,
        target_language: &str,
    ) -> Result<Vec<Term>, StoreError> {
        let rows = glossary_term::Entity::find()
            .filter(glossary_term::Column::SourceLanguage.is_in(prefixes(source_language)))
            .filter(glossary_term::Column::TargetLanguage.is_in(prefixes(target_language)))
            .order_by_asc(glossary_term::Column::Id)
            .all(self.conn())
            .await?;
        let mut best: HashMap<&str, &glossary_term::Model> = HashMap::new();
        let specificity =
            |m: &glossary_term::Model| (m.source_language.len(), m.target_language.len());
        for row in &rows {
            let slot = best.entry(row.term.as_str()).or_insert(row);
            if specificity(row) > specificity(slot) {
                *slot = row;
            }
        }
        rows.iter()
            .filter(|r| best.get(r.term.as_str()).is_some_and(|b| b.id == r.id))
            .map(to_term)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::prefixes;

    #[test]
    fn a_tag_falls_under_its_prefixes_at_subtag_boundaries_only() {
        assert_eq!(prefixes("zh-Hans-CN"), ["zh-Hans-CN", "zh-Hans", "zh"]);
        assert_eq!(prefixes("en"), ["en"]);
        assert!(!prefixes("zha").contains(&"zh".to_owned()));
    }
}
