//! The head of a public page: language, title, style sheet, and what other sites read.

use bitext_i18n::Locale;

use crate::labels::message;
use crate::markup::{attr, lang_dir, text};
use crate::model::Side;
use crate::site::Site;

/// From the doctype to the style sheet link; the caller closes `<head>`.
pub(super) fn document_start(locale: &Locale, titled: Option<&Side>, _site: &Site) -> String {
    let title = match titled {
        Some(side) => format!(
            "<title{}>{}</title>",
            lang_dir(&side.language),
            text(&side.title)
        ),
        None => format!(
            "<title>{}</title>",
            text(&message(locale, "web-withdrawn-title", &[]))
        ),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         {title}\n<link rel=\"stylesheet\" href=\"/assets/read.css\">\n",
        attr(locale.as_str()),
    )
}
