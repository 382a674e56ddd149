//! Small helpers shared by the HTML renderers: escaping, `lang`/`dir` attributes and URL pieces.

use std::borrow::Cow;

use bitext_domain::lang::direction_of;

/// Escapes text for an HTML element's content.
pub(crate) fn text(value: &str) -> Cow<'_, str> {
    html_escape::encode_text(value)
}

/// Escapes text for a double-quoted HTML attribute value.
pub(crate) fn attr(value: &str) -> Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(value)
}

/// ` lang="…" dir="…"`, ready to follow an element name.
pub(crate) fn lang_dir(language: &str) -> String {
    format!(
        r#" lang="{}" dir="{}""#,
        attr(language),
        direction_of(language).as_str()
    )
}

/// `text` wrapped in `<bdi>`: for a name or note whose language is not known,
/// so that its direction cannot leak into the sentence around it.
pub(crate) fn isolated(value: &str) -> String {
    format!("<bdi>{}</bdi>", text(value))
}

/// A placeholder that stands for the markup of slot `index` in a formatted
/// message. Private-use characters never occur in the Fluent files.
pub(crate) fn slot(index: usize) -> String {
    format!("\u{E000}{index}\u{E001}")
}

/// Escapes `message` (formatted with [`slot`]s as some of its arguments) and
/// puts `markup[i]` where slot `i` is.
pub(crate) fn fill_slots(message: &str, markup: &[String]) -> String {
    let mut html = text(message).into_owned();
    for (index, piece) in markup.iter().enumerate() {
        html = html.replacen(&slot(index), piece, 1);
    }
    html
}

/// Percent-encodes everything but RFC 3986 unreserved characters, for one path segment.
pub(crate) fn path_segment(value: &str) -> Cow<'_, str> {
    let unreserved = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
    if value.bytes().all(unreserved) {
        return Cow::Borrowed(value);
    }
    let mut encoded = String::with_capacity(value.len() * 3);
    for byte in value.bytes() {
        if unreserved(byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    Cow::Owned(encoded)
}

/// The path of an article's page in `language`: `/read/{slug}/{language}`, each segment
/// percent-encoded.
pub(crate) fn read_path(slug: &str, language: &str) -> String {
    format!("/read/{}/{}", path_segment(slug), path_segment(language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_languages_get_rtl_and_unknown_tags_ltr() {
        assert_eq!(lang_dir("ug"), r#" lang="ug" dir="rtl""#);
        assert_eq!(lang_dir("zh-Hans"), r#" lang="zh-Hans" dir="ltr""#);
        assert_eq!(lang_dir("\"><x"), r#" lang="&quot;&gt;&lt;x" dir="ltr""#);
    }

    #[test]
    fn slots_are_filled_after_the_message_is_escaped() {
        let message = format!("A & {} < {}", slot(0), slot(1));
        let filled = fill_slots(&message, &["<b>x</b>".into(), isolated("<y>")]);
        assert_eq!(filled, "A &amp; <b>x</b> &lt; <bdi>&lt;y&gt;</bdi>");
    }

    #[test]
    fn path_segments_keep_only_unreserved_characters() {
        assert_eq!(path_segment("zh-Hans"), "zh-Hans");
        assert_eq!(path_segment("a/b?c d"), "a%2Fb%3Fc%20d");
        assert_eq!(path_segment("é"), "%C3%A9");
    }
}
