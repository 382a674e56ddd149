//! Credit lines: "Translated by A and B. Edited by C.", through Fluent in the reader's language.

use bitext_i18n::{Arg, Locale, Localizer};

use crate::Edition;
use crate::markup::{fill_slots, isolated, slot};

/// The credit line for these display names: "Translated by A and B. Edited by C."
/// in English, "译者：甲和乙；编辑：丙" in Simplified Chinese.
///
/// Names are joined as `locale` joins lists; the part whose list is empty is
/// left out, and no names at all give an empty string.
pub fn credit_line(locale: &Locale, translators: &[String], editors: &[String]) -> String {
    line(locale, translators, editors)
}

/// What the edition credits: its override when set (and not blank), else [`credit_line`].
pub fn credits(edition: &Edition, locale: &Locale) -> String {
    match override_text(edition) {
        Some(text) => text.to_owned(),
        None => credit_line(locale, &edition.translators, &edition.editors),
    }
}

/// [`credits`] as HTML: escaped, each name in `<bdi>` so that a right-to-left
/// name cannot reorder the sentence around it.
pub(crate) fn credits_html(edition: &Edition, locale: &Locale) -> String {
    if let Some(text) = override_text(edition) {
        return isolated(text);
    }
    let translators: Vec<String> = (0..edition.translators.len()).map(slot).collect();
    let editors: Vec<String> = (0..edition.editors.len())
        .map(|index| slot(edition.translators.len() + index))
        .collect();
    let names: Vec<String> = edition
        .translators
        .iter()
        .chain(&edition.editors)
        .map(|name| isolated(name))
        .collect();
    fill_slots(&line(locale, &translators, &editors), &names)
}

fn override_text(edition: &Edition) -> Option<&str> {
    edition
        .credit_override
        .as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
}

fn line<S: AsRef<str>>(locale: &Locale, translators: &[S], editors: &[S]) -> String {
    let i18n = Localizer::global();
    let list = |names: &[S]| Arg::from(i18n.format_list(locale, names));
    match (translators.is_empty(), editors.is_empty()) {
        (false, false) => i18n.format(
            locale,
            "credit-line",
            &[
                ("translators", list(translators)),
                ("editors", list(editors)),
            ],
        ),
        (false, true) => i18n.format(
            locale,
            "credit-translated-by",
            &[("names", list(translators))],
        ),
        (true, false) => i18n.format(locale, "credit-edited-by", &[("names", list(editors))]),
        (true, true) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| name.to_string()).collect()
    }

    #[test]
    fn an_empty_list_leaves_its_part_out() {
        let en = Locale::EN_US;
        assert_eq!(
            credit_line(&en, &names(&["Ann"]), &[]),
            "Translated by Ann."
        );
        assert_eq!(
            credit_line(&en, &[], &names(&["Bo", "Cy"])),
            "Edited by Bo and Cy."
        );
        assert_eq!(credit_line(&en, &[], &[]), "");
        assert_eq!(
            credit_line(&Locale::ZH_CN, &names(&["张三"]), &[]),
            "译者：张三"
        );
    }

    #[test]
    fn names_in_html_are_escaped_and_isolated() {
        let edition = crate::model::tests::edition("zh-Hans", "ug");
        let edition = Edition {
            translators: names(&["<b>", "ئابدۇ"]),
            editors: names(&["A & B"]),
            ..edition
        };
        assert_eq!(
            credits_html(&edition, &Locale::EN_US),
            "Translated by <bdi>&lt;b&gt;</bdi> and <bdi>ئابدۇ</bdi>. Edited by <bdi>A &amp; B</bdi>."
        );
    }

    #[test]
    fn a_blank_override_is_ignored_and_a_real_one_replaces_the_line() {
        let mut edition = crate::model::tests::edition("zh-Hans", "en");
        edition.credit_override = Some("  ".into());
        assert_eq!(
            credits(&edition, &Locale::EN_US),
            "Translated by Alex Chen. Edited by Lin Mei."
        );
        edition.credit_override = Some(" Translation: the <desk> ".into());
        assert_eq!(credits(&edition, &Locale::ZH_TW), "Translation: the <desk>");
        assert_eq!(
            credits_html(&edition, &Locale::EN_US),
            "<bdi>Translation: the &lt;desk&gt;</bdi>"
        );
    }
}
