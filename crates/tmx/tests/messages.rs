//! Every error code has its Fluent message in every language, filled with the line and detail.

use bitext_i18n::{Arg, Localizer};
use bitext_tmx::{FatalErrorKind, UnitErrorKind};

/// One of each kind; the match makes a new kind fail to compile here until it is listed.
fn every_code() -> Vec<(&'static str, String)> {
    let units = [
        UnitErrorKind::MissingSource("zh-CN".into()),
        UnitErrorKind::MissingTarget,
        UnitErrorKind::MissingLanguage,
        UnitErrorKind::MissingSegment,
        UnitErrorKind::EmptySegment,
        UnitErrorKind::DuplicateLanguage("en-US".into()),
        UnitErrorKind::BadDate("yesterday".into()),
        UnitErrorKind::ForbiddenCharacter(1),
        UnitErrorKind::UnknownEntity("nbsp".into()),
    ];
    for kind in &units {
        match kind {
            UnitErrorKind::MissingSource(_)
            | UnitErrorKind::MissingTarget
            | UnitErrorKind::MissingLanguage
            | UnitErrorKind::MissingSegment
            | UnitErrorKind::EmptySegment
            | UnitErrorKind::DuplicateLanguage(_)
            | UnitErrorKind::BadDate(_)
            | UnitErrorKind::ForbiddenCharacter(_)
            | UnitErrorKind::UnknownEntity(_) => {}
        }
    }
    let fatals = [
        FatalErrorKind::NotXml("syntax".into()),
        FatalErrorKind::NotTmx("root <xliff>".into()),
        FatalErrorKind::Truncated,
        FatalErrorKind::Encoding("iso-8859-1".into()),
        FatalErrorKind::Io("disk".into()),
    ];
    for kind in &fatals {
        match kind {
            FatalErrorKind::NotXml(_)
            | FatalErrorKind::NotTmx(_)
            | FatalErrorKind::Truncated
            | FatalErrorKind::Encoding(_)
            | FatalErrorKind::Io(_) => {}
        }
    }
    let units = units.iter().map(|k| (k.code(), k.detail()));
    units
        .chain(fatals.iter().map(|k| (k.code(), k.detail())))
        .collect()
}

#[test]
fn every_tmx_error_has_a_message_with_its_line_in_every_language() {
    let localizer = Localizer::global();
    for locale in localizer.locales() {
        for (code, detail) in every_code() {
            let args = [
                ("line", Arg::Num(1234)),
                ("detail", Arg::Str(detail.clone())),
            ];
            let text = localizer
                .try_format(locale, code, &args)
                .unwrap_or_else(|e| panic!("{locale}: {code}: {e}"));
            assert!(text.contains("1234"), "{locale}: {code}: {text}");
            assert!(text.contains(&detail), "{locale}: {code}: {text}");
        }
    }
}
