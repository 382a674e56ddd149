//! Published translations as readers list them: a language's feed and the front page's pages,
//! each translation as its newest edition has it, dated and ordered by its newest edition that
//! readers were told of (a minor edition, which only refreshed the original's text, moves
//! nothing), newest first, read in a fixed number of statements whatever their length. Pages
//! are keyset-paginated on that edition's time and id ([`FeedCursor`]), so that both databases
//! give the same order and no item is listed twice or skipped while nothing is published in
//! between.

use std::{collections::HashMap, fmt, str::FromStr};

use bitext_domain::State;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use crate::{
    StoreError, Tx,
    articles::slugs_and_languages,
    entity::{article, article_revision, edition, translation, translation_revision},
    publishing::{FeedItem, to_edition},
    reachable::reach_changed_at,
};

/// Where a page of published translations goes on from: just after the translation whose
/// newest announced edition was made at `created_at` with id `edition_id`. Written in addresses as
/// `{nanoseconds since 1970}-{edition id}`, which readers take as opaque.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeedCursor {
    pub created_at: DateTime<Utc>,
    pub edition_id: i64,
}

/// A cursor that is not one [`FeedCursor`] writes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a cursor of published translations")]
pub struct MalformedCursor;

impl fmt::Display for FeedCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let nanos = self
            .created_at
            .timestamp_nanos_opt()
            .unwrap_or_else(|| self.created_at.timestamp_micros().saturating_mul(1000));
        write!(f, "{nanos}-{}", self.edition_id)
    }
}

impl FromStr for FeedCursor {
    type Err = MalformedCursor;

    /// # Errors
    /// [`MalformedCursor`] for anything but two decimal numbers joined by `-`, the second
    /// positive.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (nanos, id) = s.rsplit_once('-').ok_or(MalformedCursor)?;
        let digits = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
        let unsigned = nanos.strip_prefix('-').unwrap_or(nanos);
        if !digits(unsigned) || !digits(id) {
            return Err(MalformedCursor);
        }
        let nanos: i64 = nanos.parse().map_err(|_| MalformedCursor)?;
        let edition_id: i64 = id.parse().map_err(|_| MalformedCursor)?;
        if edition_id < 1 {
            return Err(MalformedCursor);
        }
        Ok(Self {
            created_at: DateTime::from_timestamp_nanos(nanos),
            edition_id,
        })
    }
}

/// Which published translations a listing holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedFilter {
    /// Only translations into this language (as translations spell it).
    pub language: Option<String>,
    /// Only translations of articles written in this language.
    pub source: Option<String>,
    /// Only those listed after this cursor.
    pub before: Option<FeedCursor>,
}

/// One page of published translations, and where the next (older) one starts.
#[derive(Debug, Clone)]
pub struct FeedPage {
    pub items: Vec<FeedItem>,
    /// `None` on the last page.
    pub older: Option<FeedCursor>,
    /// When a translation was last withdrawn or reopened: the listing changes then, with no
    /// edition to date it by.
    pub reach_changed_at: Option<DateTime<Utc>>,
}

impl Tx {
    /// The translations published into `language` (into any language: `None`), one item each
    /// with its newest edition, the time of its first and the time and note of its newest that
    /// was not minor, most recently published or corrected first, leaving out withdrawn
    /// translations.
    ///
    /// # Errors
    /// Database errors; a stored value that does not parse.
    pub async fn feed(&self, language: Option<&str>, limit: u64) -> Result<FeedPage, StoreError> {
        let filter = FeedFilter {
            language: language.map(str::to_owned),
            ..FeedFilter::default()
        };
        self.feed_page(&filter, limit).await
    }

    /// A page of at most `limit` published translations that `filter` holds, in the feed's
    /// order (newest announced edition first, then the higher edition id), with the cursor of
    /// the next page when there is one.
    ///
    /// # Errors
    /// Database errors; a stored value that does not parse.
    pub async fn feed_page(&self, filter: &FeedFilter, limit: u64) -> Result<FeedPage, StoreError> {
        let db = self.conn();
        // Published translations by their newest edition readers were told of (not minor):
        // its time orders the listing and is the entry's `updated`. An index gives that order,
        // so a page reads its own rows whatever the archive's size.
        let mut query = announced().column(translation::Column::AnnouncedEdition);
        if let Some(language) = &filter.language {
            query = query.filter(translation::Column::Language.eq(language.as_str()));
        }
        if let Some(source) = &filter.source {
            // Asked of each translation along the index, rather than gathering every article
            // written in that language first.
            let written_in = Query::select()
                .expr(Expr::val(1))
                .from(article::Entity)
                .and_where(
                    Expr::col((article::Entity, article::Column::Id))
                        .equals((translation::Entity, translation::Column::ArticleId)),
                )
                .and_where(
                    Expr::col((article::Entity, article::Column::Language)).eq(source.as_str()),
                )
                .to_owned();
            query = query.filter(Expr::exists(written_in));
        }
        if let Some(c) = filter.before {
            query = query.filter(
                Condition::any()
                    .add(translation::Column::AnnouncedAt.lt(c.created_at))
                    .add(
                        Condition::all()
                            .add(translation::Column::AnnouncedAt.eq(c.created_at))
                            .add(translation::Column::AnnouncedEdition.lt(c.edition_id)),
                    ),
            );
        }
        let ids: Vec<Option<i64>> = query
            .order_by_desc(translation::Column::AnnouncedAt)
            .order_by_desc(translation::Column::AnnouncedEdition)
            .limit(limit.saturating_add(1))
            .into_tuple()
            .all(db)
            .await?;
        let ids: Vec<i64> = ids.into_iter().flatten().collect();
        let mut found: HashMap<i64, edition::Model> = edition::Entity::find()
            .filter(edition::Column::Id.is_in(ids.iter().copied()))
            .all(db)
            .await?
            .into_iter()
            .map(|e| (e.id, e))
            .collect();
        let mut rows = ids
            .iter()
            .map(|id| {
                found
                    .remove(id)
                    .ok_or_else(|| StoreError::corrupt("announced edition", id.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let more = rows.len() as u64 > limit;
        rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let older = rows.last().filter(|_| more).map(|last| FeedCursor {
            created_at: last.created_at,
            edition_id: last.id,
        });
        let items = self.feed_items(rows).await?;
        Ok(FeedPage {
            items,
            older,
            reach_changed_at: reach_changed_at(db, None).await?,
        })
    }

    /// The items of the translations of these announced editions, in their order, each with
    /// the text of its newest edition: seven statements whatever their number.
    async fn feed_items(
        &self,
        announced: Vec<edition::Model>,
    ) -> Result<Vec<FeedItem>, StoreError> {
        if announced.is_empty() {
            return Ok(Vec::new());
        }
        let db = self.conn();
        // The newest edition of each, minor or not: the text the entry carries.
        let newest_ids = Query::select()
            .expr(Expr::col(edition::Column::Id).max())
            .from(edition::Entity)
            .and_where(
                Expr::col(edition::Column::TranslationId)
                    .is_in(announced.iter().map(|e| e.translation_id)),
            )
            .group_by_col(edition::Column::TranslationId)
            .to_owned();
        let mut newest: HashMap<i64, edition::Model> = edition::Entity::find()
            .filter(Expr::col((edition::Entity, edition::Column::Id)).in_subquery(newest_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|e| (e.translation_id, e))
            .collect();
        let told: Vec<(DateTime<Utc>, Option<String>)> = announced
            .iter()
            .map(|e| (e.created_at, e.correction_note.clone()))
            .collect();
        let rows: Vec<edition::Model> = announced
            .into_iter()
            .map(|e| newest.remove(&e.translation_id).unwrap_or(e))
            .collect();
        let translations: HashMap<i64, translation::Model> = translation::Entity::find()
            .filter(translation::Column::Id.is_in(rows.iter().map(|e| e.translation_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|t| (t.id, t))
            .collect();
        let articles = slugs_and_languages(db, rows.iter().map(|e| e.article_id)).await?;
        let mut wanted = Condition::any();
        let mut sources = Condition::any();
        for e in &rows {
            wanted = wanted.add(
                Condition::all()
                    .add(translation_revision::Column::TranslationId.eq(e.translation_id))
                    .add(translation_revision::Column::Number.eq(e.translation_revision)),
            );
            sources = sources.add(
                Condition::all()
                    .add(article_revision::Column::ArticleId.eq(e.article_id))
                    .add(article_revision::Column::Number.eq(e.source_revision)),
            );
        }
        let first: HashMap<i64, DateTime<Utc>> = edition::Entity::find()
            .select_only()
            .column(edition::Column::TranslationId)
            .column_as(edition::Column::CreatedAt.min(), "first")
            .filter(edition::Column::TranslationId.is_in(rows.iter().map(|e| e.translation_id)))
            .group_by(edition::Column::TranslationId)
            .into_tuple::<(i64, DateTime<Utc>)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let texts: HashMap<(i64, i32), (String, String)> = translation_revision::Entity::find()
            .select_only()
            .column(translation_revision::Column::TranslationId)
            .column(translation_revision::Column::Number)
            .column(translation_revision::Column::Title)
            .column(translation_revision::Column::Body)
            .filter(wanted)
            .into_tuple::<(i64, i32, String, String)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(t, n, title, body)| ((t, n), (title, body)))
            .collect();
        let source_titles: HashMap<(i64, i32), String> = article_revision::Entity::find()
            .select_only()
            .column(article_revision::Column::ArticleId)
            .column(article_revision::Column::Number)
            .column(article_revision::Column::Title)
            .filter(sources)
            .into_tuple::<(i64, i32, String)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(a, n, title)| ((a, n), title))
            .collect();
        let keys: Vec<(i64, i64, i32, i32)> = rows
            .iter()
            .map(|e| {
                (
                    e.translation_id,
                    e.article_id,
                    e.translation_revision,
                    e.source_revision,
                )
            })
            .collect();
        let editions = to_edition(db, rows).await?;
        keys.into_iter()
            .zip(told)
            .zip(editions)
            .map(
                |(((t, a, revision, source_revision), (updated_at, correction_note)), edition)| {
                    let missing = || StoreError::corrupt("edition's translation", t.to_string());
                    let translation = translations.get(&t).ok_or_else(missing)?;
                    let (title, body) = texts.get(&(t, revision)).cloned().ok_or_else(missing)?;
                    let (slug, source_language) = articles.get(&a).cloned().ok_or_else(missing)?;
                    let source_title = source_titles
                        .get(&(a, source_revision))
                        .cloned()
                        .ok_or_else(missing)?;
                    Ok(FeedItem {
                        slug,
                        language: translation.language.clone(),
                        title,
                        body,
                        source_language,
                        source_title,
                        first_published_at: first.get(&t).copied().unwrap_or(edition.created_at),
                        updated_at,
                        correction_note,
                        edition,
                    })
                },
            )
            .collect()
    }

    /// The languages with a feed: those of every translation with an edition that is not
    /// withdrawn, as the translations spell them, in the database's order of text.
    ///
    /// # Errors
    /// Database errors.
    pub async fn feed_languages(&self) -> Result<Vec<String>, StoreError> {
        // One language after another along the index of announced translations, a statement
        // each, instead of every published translation's row.
        let mut languages: Vec<String> = Vec::new();
        loop {
            let mut query = announced().column(translation::Column::Language);
            if let Some(last) = languages.last() {
                query = query.filter(translation::Column::Language.gt(last.as_str()));
            }
            let next: Option<String> = query
                .order_by_asc(translation::Column::Language)
                .limit(1)
                .into_tuple()
                .one(self.conn())
                .await?;
            match next {
                Some(language) => languages.push(language),
                None => return Ok(languages),
            }
        }
    }
}

/// Translations readers were told of (with an edition) and not withdrawn, along the partial
/// indexes on `announced_edition` (`m20261214_000019_archive_order`); no column selected yet.
fn announced() -> sea_orm::Select<translation::Entity> {
    translation::Entity::find()
        .select_only()
        .filter(translation::Column::AnnouncedEdition.is_not_null())
        .filter(translation::Column::State.ne(State::Withdrawn.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_as_written_to_the_nanosecond() {
        let at = DateTime::from_timestamp_nanos(1_772_359_200_123_456_789);
        let cursor = FeedCursor {
            created_at: at,
            edition_id: 42,
        };
        assert_eq!(cursor.to_string(), "1772359200123456789-42");
        assert_eq!(cursor.to_string().parse::<FeedCursor>(), Ok(cursor));
        let early = FeedCursor {
            created_at: DateTime::from_timestamp_nanos(-5),
            edition_id: 1,
        };
        assert_eq!(early.to_string().parse::<FeedCursor>(), Ok(early));
    }

    #[test]
    fn anything_else_is_not_a_cursor() {
        for junk in [
            "",
            "-",
            "12",
            "12-",
            "-12",
            "a-1",
            "1-a",
            "1-0",
            "1--1",
            "+1-2",
            "1-+2",
            " 1-2",
            "1-2 ",
            "1.5-2",
            "99999999999999999999-1",
            "1-99999999999999999999",
        ] {
            assert_eq!(junk.parse::<FeedCursor>(), Err(MalformedCursor), "{junk:?}");
        }
    }
}
