//! The reading page of `/read/{slug}/{lang}` rendered from what the use case found: a
//! translation's edition, its withdrawal notice, or the original's page, each linking to the
//! article's pages in the other languages.

use std::sync::Arc;

use bitext_app::{PublishedArticle, PublishedTranslation, reading::Reading};
use bitext_domain::Revision;
use bitext_i18n::Locale;
use bitext_publish::{self as publish, Layout, Site};

use super::published::edition_of;
use crate::cache::{Rendered, Vary, rendered};

/// The page `reading` shows in `layout` (the original's has one), labelled in `locale`.
///
/// A translation's page is last modified when its edition or any of the article's other
/// translations was published, since it links to them all; the original's, when the edition
/// whose source it shows was.
pub(super) fn render(
    reading: &Reading,
    layout: Layout,
    locale: &Locale,
    site: &Site,
    vary: Vary,
) -> Arc<Rendered> {
    match reading {
        Reading::Translation(p, article) => {
            if let Some(reason) = &p.withdrawn {
                let body = publish::withdrawn_html(
                    &p.slug,
                    &p.language,
                    Some(&p.translation.title),
                    reason,
                    locale,
                    site,
                );
                return rendered(
                    410,
                    "text/html; charset=utf-8",
                    body,
                    p.edition.created_at,
                    vary,
                );
            }
            let edition = edition_of(p, &article.translations);
            let modified = article
                .modified_at()
                .map_or(p.edition.created_at, |at| at.max(p.edition.created_at));
            rendered(
                200,
                "text/html; charset=utf-8",
                publish::html(&edition, layout, locale, site),
                modified,
                vary,
            )
        }
        Reading::Original(source, article) => {
            let original = original_of(source, article);
            rendered(
                200,
                "text/html; charset=utf-8",
                publish::original_html(&original, locale, site),
                original.modified_at,
                vary,
            )
        }
    }
}

/// The translations as the renderers link to them.
pub(super) fn alternates(translations: &[PublishedTranslation]) -> Vec<publish::Alternate> {
    translations
        .iter()
        .map(|t| publish::Alternate {
            language: t.language.clone(),
            title: t.title.clone(),
        })
        .collect()
}

/// The original's page as the renderer takes it.
fn original_of(source: &Revision, article: &PublishedArticle) -> publish::Original {
    let modified_at = article.modified_at().unwrap_or(source.created_at);
    publish::Original {
        slug: article.slug.clone(),
        source: publish::Side {
            language: article.language.clone(),
            title: source.title.clone(),
            body: source.body.clone(),
            revision: source.number,
        },
        translations: alternates(&article.translations),
        published_at: article.first_published_at().unwrap_or(modified_at),
        modified_at,
    }
}
