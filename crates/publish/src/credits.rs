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
    line(locale, translators, editors, &|_, name| name.to_owned())
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
    credit_markup(
        locale,
        &edition.translators,
        &edition.editors,
        edition.credit_override.as_deref(),
    )
}

/// What an edition with these names and this override credits, as HTML: the override (when set
/// and not blank) isolated, else the credit line with each name escaped and isolated.
pub(crate) fn credit_markup(
    locale: &Locale,
    translators: &[String],
    editors: &[String],
    credit_override: Option<&str>,
) -> String {
    if let Some(text) = blank_to_none(credit_override) {
        return isolated(text);
    }
    let names: Vec<String> = translators
        .iter()
        .chain(editors)
        .map(|name| isolated(name))
        .collect();
    // The message is formatted with placeholders that the escaped names then replace; the
    // lists are still spaced from the names themselves.
    let message = line(locale, translators, editors, &|index, _| slot(index));
    fill_slots(&message, &names)
}

pub(crate) fn override_text(edition: &Edition) -> Option<&str> {
    blank_to_none(edition.credit_override.as_deref())
}

fn blank_to_none(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|text| !text.is_empty())
}

/// The credit line, each name written as `write(index, name)`, counting translators first and
/// then editors.
fn line(
    locale: &Locale,
    translators: &[String],
    editors: &[String],
    write: &dyn Fn(usize, &str) -> String,
) -> String {
    let i18n = Localizer::global();
    let list = |names: &[String], offset: usize| {
        Arg::from(i18n.format_list_with(locale, names, |index, name| write(offset + index, name)))
    };
    match (translators.is_empty(), editors.is_empty()) {
        (false, false) => i18n.format(
            locale,
            "credit-line",
            &[
                ("translators", list(translators, 0)),
                ("editors", list(editors, translators.len())),
            ],
        ),
        (false, true) => i18n.format(
            locale,
            "credit-translated-by",
            &[("names", list(translators, 0))],
        ),
        (true, false) => i18n.format(locale, "credit-edited-by", &[("names", list(editors, 0))]),
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
    fn chinese_credit_lines_space_latin_names_from_the_conjunction() {
        assert_eq!(
            credit_line(
                &Locale::ZH_TW,
                &names(&["Alex Chen", "Maya Ortiz"]),
                &names(&["陳大文", "李小明"])
            ),
            "譯者：Alex Chen 和 Maya Ortiz；編輯：陳大文和李小明"
        );
        let edition = crate::model::tests::edition("zh-Hans", "en");
        let edition = Edition {
            translators: names(&["Alex Chen", "李小明"]),
            editors: names(&["陳大文"]),
            ..edition
        };
        assert_eq!(
            credits_html(&edition, &Locale::ZH_CN),
            "译者：<bdi>Alex Chen</bdi> 和<bdi>李小明</bdi>；编辑：<bdi>陳大文</bdi>"
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
