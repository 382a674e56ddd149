//! Checks of the error messages against [`ErrorCode`]: every code has its title and detail in
//! every locale with exactly the arguments it declares, and no Chinese message shows an English
//! word that did not come from an argument's value.

use std::collections::{BTreeMap, BTreeSet};

use bitext_domain::{Action, ArgKind, ErrorArg, ErrorCode, Role, State};
use bitext_i18n::catalog::{self, EntryInfo};
use bitext_i18n::{Arg, Locale, Localizer, detail_id, title_id};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// Words in Latin letters that a Chinese message may keep, because they are names rather than
/// English to translate. Each must be used by some message (a test checks), so the list stays
/// as short as the messages allow.
const UNTRANSLATABLE: &[&str] = &[
    // The product.
    "Bitext",
    // Standards, formats and URL schemes.
    "JSON",
    "application/json",
    "UTF-8",
    "CSV",
    "TMX",
    "BCP",
    "http",
    "https",
    // HTTP headers, the authentication scheme, the request id.
    "Authorization",
    "Bearer",
    "If-Match",
    "ETag",
    "ID",
    // The API's word for its subscribers, and one of its fields.
    "Webhook",
    "correction_note",
    "acknowledge_open_threads",
    // Example language tags.
    "en",
    "zh-Hans",
    "zh-Hant",
    "ug",
];

/// The argument every problem gets besides its code's own.
const REQUEST_ID: &str = "request_id";
const REQUEST_ID_SAMPLE: &str = "requestIdSample";

fn entries(locale: &Locale) -> BTreeMap<String, EntryInfo> {
    catalog::entries(locale)
        .unwrap_or_else(|error| panic!("{error}"))
        .into_iter()
        .map(|entry| (entry.id.clone(), entry))
        .collect()
}

/// The words of `text` written in Latin letters (runs of two or more ASCII letters, with the
/// digits, hyphens, underscores and slashes joined to them) that are neither inside one of
/// `values` nor in [`UNTRANSLATABLE`].
fn english_words(text: &str, values: &[&str]) -> Vec<String> {
    let mut rest = text.to_owned();
    let mut values = values.to_vec();
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    for value in values.into_iter().filter(|v| !v.is_empty()) {
        rest = rest.replace(value, " ");
    }
    rest.split(|c: char| !(c.is_ascii_alphanumeric() || "-_/".contains(c)))
        .filter(|word| {
            word.as_bytes()
                .windows(2)
                .any(|pair| pair.iter().all(u8::is_ascii_alphabetic))
        })
        .filter(|word| !UNTRANSLATABLE.contains(word))
        .map(str::to_owned)
        .collect()
}

/// For each message of en-US `errors.ftl`, the keys of the variants that each variable selects.
fn selector_keys() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    fn walk(pattern: &Pattern<&str>, into: &mut BTreeMap<String, BTreeSet<String>>) {
        for element in &pattern.elements {
            let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = element
            else {
                continue;
            };
            for variant in variants {
                if let (
                    InlineExpression::VariableReference { id },
                    VariantKey::Identifier { name },
                ) = (selector, &variant.key)
                {
                    into.entry(id.name.to_owned())
                        .or_default()
                        .insert((*name).to_owned());
                }
                walk(&variant.value, into);
            }
        }
    }
    let (_, source) = catalog::sources(&Locale::EN_US)
        .iter()
        .find(|(file, _)| *file == "errors.ftl")
        .expect("en-US has errors.ftl");
    let resource = fluent_syntax::parser::parse(*source).expect("errors.ftl parses");
    let mut keys = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry
            && let Some(value) = &message.value
        {
            walk(value, keys.entry(message.id.name.to_owned()).or_default());
        }
    }
    keys
}

/// Sample values for every argument of `code`: every state, action and role, lists of several
/// lengths, a singular and a plural number, and text that looks like English (so that the
/// check must tell it apart) or that selects each variant of the message.
fn samples(
    code: ErrorCode,
    keys: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<Vec<(&'static str, ErrorArg)>> {
    let mut combos: Vec<Vec<(&'static str, ErrorArg)>> = vec![vec![]];
    for &(name, kind) in code.params() {
        let values: Vec<ErrorArg> = match kind {
            ArgKind::Text => std::iter::once(format!("{name}Sample"))
                .chain(keys.get(name).into_iter().flatten().cloned())
                .map(ErrorArg::Text)
                .collect(),
            ArgKind::Number => vec![ErrorArg::Number(1), ErrorArg::Number(12)],
            ArgKind::State => State::ALL.map(ErrorArg::State).to_vec(),
            ArgKind::Action => Action::ALL.map(ErrorArg::Action).to_vec(),
            ArgKind::Actions => vec![
                ErrorArg::Actions(vec![Action::Reopen]),
                ErrorArg::Actions(vec![Action::Approve, Action::RequestChanges]),
                ErrorArg::Actions(Action::ALL.to_vec()),
            ],
            ArgKind::Roles => vec![
                ErrorArg::Roles(vec![Role::Editor]),
                ErrorArg::Roles(vec![Role::Editor, Role::Admin]),
                ErrorArg::Roles(Role::ALL.to_vec()),
            ],
        };
        combos = combos
            .into_iter()
            .flat_map(|combo| {
                values.iter().map(move |value| {
                    let mut next = combo.clone();
                    next.push((name, value.clone()));
                    next
                })
            })
            .collect();
    }
    combos
}

/// The title and the detail of `code` in `locale`, formatted strictly (a missing variable or
/// message fails), and the text values that went into them.
fn render(locale: Locale, code: ErrorCode, args: &[(&str, ErrorArg)]) -> (String, Vec<String>) {
    let localizer = Localizer::global();
    let mut fluent = localizer.error_args(&locale, args);
    fluent.push((REQUEST_ID, Arg::from(REQUEST_ID_SAMPLE)));
    let strict = |id: &str, args: &[(&str, Arg)]| {
        localizer
            .try_format(&locale, id, args)
            .unwrap_or_else(|error| panic!("{error}"))
    };
    let text = format!(
        "{}\n{}",
        strict(&title_id(code), &[]),
        strict(&detail_id(code), &fluent)
    );
    let values = args
        .iter()
        .filter_map(|(_, arg)| match arg {
            ErrorArg::Text(text) => Some(text.clone()),
            _ => None,
        })
        .chain(std::iter::once(REQUEST_ID_SAMPLE.to_owned()))
        .collect();
    (text, values)
}

#[test]
fn every_detail_uses_exactly_the_arguments_its_code_declares_and_titles_none() {
    let entries = entries(&Locale::EN_US);
    for code in ErrorCode::ALL {
        let title = &entries[&title_id(*code)];
        assert!(title.variables.is_empty(), "{} has variables", title.id);
        let mut used = entries[&detail_id(*code)].variables.clone();
        used.remove(REQUEST_ID);
        let declared: BTreeSet<String> = code
            .params()
            .iter()
            .map(|(name, _)| (*name).to_owned())
            .collect();
        assert_eq!(used, declared, "variables of error-{code}");
    }
}

#[test]
fn every_code_renders_in_every_locale_with_arguments_of_every_kind() {
    let keys = selector_keys();
    for code in ErrorCode::ALL {
        let code_keys = keys.get(&detail_id(*code)).cloned().unwrap_or_default();
        for args in samples(*code, &code_keys) {
            assert!(code.accepts(&args));
            for locale in Locale::ALL {
                let (text, _) = render(locale, *code, &args);
                assert!(!text.contains(['\u{2068}', '\u{2069}', '{', '}']), "{text}");
            }
        }
    }
}

#[test]
fn chinese_error_messages_have_no_english_words_but_their_arguments_values() {
    let keys = selector_keys();
    // One example per locale, code and word.
    let mut found = BTreeMap::new();
    for code in ErrorCode::ALL {
        let code_keys = keys.get(&detail_id(*code)).cloned().unwrap_or_default();
        for args in samples(*code, &code_keys) {
            for locale in [Locale::ZH_CN, Locale::ZH_TW] {
                let (text, values) = render(locale, *code, &args);
                let values: Vec<&str> = values.iter().map(String::as_str).collect();
                for word in english_words(&text, &values) {
                    found
                        .entry(format!("{locale} error-{code}: {word:?}"))
                        .or_insert_with(|| text.clone());
                }
            }
        }
    }
    assert!(found.is_empty(), "English in Chinese messages:\n{found:#?}");
}

#[test]
fn the_english_word_check_finds_english_outside_argument_values() {
    assert_eq!(english_words("未找到：comment 5。", &[]), ["comment"]);
    assert_eq!(
        english_words("未找到：comment 5。", &["comment 5"]),
        [] as [&str; 0]
    );
    assert_eq!(
        english_words("标题不能超过 200 characters。", &[]),
        ["characters"]
    );
    assert_eq!(
        english_words("请在 Authorization 请求头中提供 If-Match 和 ETag。", &[]),
        [] as [&str; 0]
    );
    // A listed word counts only whole: a longer word around it is still English.
    assert_eq!(english_words("Webhooks 不存在", &[]), ["Webhooks"]);
    // One letter is not a word (list placeholders, variable-free marks).
    assert_eq!(english_words("第 3 版：x", &[]), [] as [&str; 0]);
}

#[test]
fn every_untranslatable_word_is_needed_by_some_chinese_message() {
    let sources: String = [Locale::ZH_CN, Locale::ZH_TW]
        .iter()
        .flat_map(|locale| catalog::sources(locale).iter())
        .filter(|(file, _)| *file == "errors.ftl" || *file == "core.ftl")
        .map(|(_, source)| {
            source
                .lines()
                .filter(|line| !line.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    for word in UNTRANSLATABLE {
        let used = sources
            .split(|c: char| !(c.is_ascii_alphanumeric() || "-_/".contains(c)))
            .any(|w| w == *word);
        assert!(used, "{word} is listed but no Chinese message uses it");
    }
}

#[test]
fn every_state_action_and_role_has_its_name_in_every_locale() {
    let localizer = Localizer::global();
    let ids = State::ALL
        .iter()
        .map(|s| format!("state-{}", s.as_str()))
        .chain(Action::ALL.iter().map(|a| format!("action-{}", a.as_str())))
        .chain(Role::ALL.iter().map(|r| format!("role-{}", r.as_str())));
    for id in ids {
        for locale in Locale::ALL {
            assert!(localizer.has(&locale, &id), "{locale}: {id}");
        }
    }
}
