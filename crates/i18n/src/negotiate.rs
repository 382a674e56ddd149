//! Choosing a locale from an `Accept-Language` header.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::Locale;

/// Ranges past this many in one header are ignored.
const MAX_RANGES: usize = 32;

/// The supported locale that best matches `accept_language`, or `en-US`.
///
/// Ranges are ordered by their q-value (a missing one is 1); ranges with
/// `q=0`, a malformed q-value or a malformed tag are ignored; `*` stands for
/// the fallback, `en-US`. Chinese is mapped by script first, then region:
/// `zh-Hant`, `zh-TW`, `zh-HK` and `zh-MO` give `zh-TW`; `zh-Hans`, `zh-CN`,
/// `zh-SG`, plain `zh` and any other region give `zh-CN`.
pub(crate) fn negotiate(accept_language: Option<&str>) -> Locale {
    let requested = accept_language.map(requested).unwrap_or_default();
    let available = Locale::ALL.map(|locale| locale.langid());
    let default = Locale::EN_US.langid();
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    );
    chosen
        .first()
        .and_then(|langid| Locale::from_tag(&langid.to_string()))
        .unwrap_or_default()
}

/// The language ranges of an `Accept-Language` header, most preferred first,
/// with Chinese tags already mapped to `zh-CN` or `zh-TW`.
fn requested(header: &str) -> Vec<LanguageIdentifier> {
    let mut ranges: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .take(MAX_RANGES)
        .filter_map(range)
        .filter(|(q, _)| *q > 0.0)
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges.into_iter().map(|(_, langid)| langid).collect()
}

/// One range with its q-value, such as `zh-TW;q=0.8`; `None` if malformed.
fn range(part: &str) -> Option<(f32, LanguageIdentifier)> {
    let mut pieces = part.split(';');
    let tag = pieces.next()?.trim();
    let mut q = 1.0;
    for param in pieces {
        let Some((name, value)) = param.split_once('=') else {
            continue;
        };
        if name.trim().eq_ignore_ascii_case("q") {
            q = value.trim().parse::<f32>().ok()?;
            if !(0.0..=1.0).contains(&q) {
                return None;
            }
        }
    }
    let langid = if tag == "*" {
        Locale::EN_US.langid()
    } else {
        canonical(tag.parse().ok()?)
    };
    Some((q, langid))
}

/// Maps any Chinese tag to the supported Chinese locale that fits it; leaves others.
fn canonical(langid: LanguageIdentifier) -> LanguageIdentifier {
    if langid.language.as_str() != "zh" {
        return langid;
    }
    let traditional = match langid.script.as_ref().map(|script| script.as_str()) {
        Some("Hant") => true,
        Some(_) => false,
        None => matches!(
            langid.region.as_ref().map(|region| region.as_str()),
            Some("TW" | "HK" | "MO")
        ),
    };
    if traditional {
        Locale::ZH_TW.langid()
    } else {
        Locale::ZH_CN.langid()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negotiated(header: &str) -> &'static str {
        negotiate(Some(header)).as_str()
    }

    #[test]
    fn no_header_gives_english() {
        assert_eq!(negotiate(None), Locale::EN_US);
        assert_eq!(negotiated(""), "en-US");
    }

    #[test]
    fn the_first_supported_range_wins() {
        assert_eq!(negotiated("zh-TW,zh;q=0.9"), "zh-TW");
        assert_eq!(negotiated("fr-FR, zh-CN;q=0.8, en;q=0.5"), "zh-CN");
        assert_eq!(negotiated("en-US,en;q=0.9,zh-TW;q=0.8"), "en-US");
    }

    #[test]
    fn q_values_order_ranges_whatever_their_position() {
        assert_eq!(negotiated("en;q=0.5, zh-TW;q=0.9"), "zh-TW");
        assert_eq!(negotiated("zh-CN;q=0.1, en-US;q=0.2"), "en-US");
        assert_eq!(negotiated("zh-TW;Q=1, en"), "zh-TW");
    }

    #[test]
    fn ranges_refused_with_q_zero_are_skipped() {
        assert_eq!(negotiated("zh-TW;q=0, zh-CN;q=0.5"), "zh-CN");
    }

    #[test]
    fn chinese_scripts_and_regions_map_to_the_two_chinese_locales() {
        for tag in [
            "zh",
            "zh-CN",
            "zh-Hans",
            "zh-SG",
            "zh-Hans-SG",
            "zh-Hans-HK",
            "zh-cn",
        ] {
            assert_eq!(negotiated(tag), "zh-CN", "{tag}");
        }
        for tag in [
            "zh-TW",
            "zh-Hant",
            "zh-HK",
            "zh-MO",
            "zh-Hant-HK",
            "zh-Hant-CN",
            "zh-tw",
        ] {
            assert_eq!(negotiated(tag), "zh-TW", "{tag}");
        }
    }

    #[test]
    fn other_english_variants_give_american_english() {
        assert_eq!(negotiated("en-GB"), "en-US");
        assert_eq!(negotiated("en"), "en-US");
    }

    #[test]
    fn unsupported_languages_and_the_wildcard_give_english() {
        assert_eq!(negotiated("fr, *;q=0.1"), "en-US");
        assert_eq!(negotiated("de-DE"), "en-US");
        assert_eq!(negotiated("*"), "en-US");
    }

    #[test]
    fn garbage_is_tolerated() {
        for header in [
            "garbage;;q=x",
            ";;;,,,",
            "zh-TW;q=x",
            "zh-TW;q=2",
            "😀",
            "en-US-x-!!",
            "q=0.5",
        ] {
            assert_eq!(negotiated(header), "en-US", "{header}");
        }
        assert_eq!(negotiated("!!, zh-Hant;q=0.3"), "zh-TW");
    }

    #[test]
    fn very_long_headers_are_cut_short() {
        let header = format!("{}zh-TW", "fr,".repeat(MAX_RANGES));
        assert_eq!(negotiated(&header), "en-US");
    }
}
