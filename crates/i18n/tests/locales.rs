//! Checks of the Fluent files under `locales/` and of the localizer built from them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use bitext_domain::ErrorCode;
use bitext_i18n::catalog::{self, EntryInfo, EntryKind, FILE_NAMES};
use bitext_i18n::{Arg, I18nError, Locale, Localizer, detail_id, title_id};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn sorted_names(dir: &Path, want_dirs: bool) -> BTreeSet<String> {
    fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
        .map(|entry| entry.expect("readable directory entry"))
        .filter(|entry| entry.path().is_dir() == want_dirs)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect()
}

fn entries_by_id(locale: &Locale) -> BTreeMap<String, EntryInfo> {
    catalog::entries(locale)
        .unwrap_or_else(|error| panic!("{error}"))
        .into_iter()
        .map(|entry| (entry.id.clone(), entry))
        .collect()
}

fn args_for(entry: &EntryInfo, value: fn(&str) -> Arg) -> Vec<(&str, Arg)> {
    entry
        .variables
        .iter()
        .map(|name| (name.as_str(), value(name)))
        .collect()
}

fn format(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    Localizer::global()
        .try_format(&locale, id, args)
        .unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn every_ftl_file_on_disk_parses_without_errors() {
    for locale in sorted_names(&locales_dir(), true) {
        for file in sorted_names(&locales_dir().join(&locale), false) {
            let path = locales_dir().join(&locale).join(&file);
            let source = fs::read_to_string(&path).expect("readable .ftl file");
            if let Err((_, errors)) = fluent_syntax::parser::parse(source.as_str()) {
                panic!("{} does not parse: {errors:?}", path.display());
            }
        }
    }
}

#[test]
fn the_locale_folders_are_exactly_the_supported_locales() {
    let folders = sorted_names(&locales_dir(), true);
    let supported: BTreeSet<String> = Locale::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(folders, supported);
}

#[test]
fn every_locale_folder_has_the_same_file_names_and_all_are_embedded() {
    let embedded: BTreeSet<String> = FILE_NAMES.iter().map(|name| name.to_string()).collect();
    for locale in Locale::ALL {
        let files = sorted_names(&locales_dir().join(locale.as_str()), false);
        assert_eq!(files, embedded, "files of locales/{locale}");
    }
}

#[test]
fn every_locale_has_exactly_the_ids_of_en_us_in_the_same_files() {
    let source = entries_by_id(&Locale::EN_US);
    for locale in &Locale::ALL[1..] {
        let target = entries_by_id(locale);
        let missing: Vec<&String> = source
            .keys()
            .filter(|id| !target.contains_key(*id))
            .collect();
        let extra: Vec<&String> = target
            .keys()
            .filter(|id| !source.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} has ids that en-US lacks: {extra:?}"
        );
        for (id, entry) in &source {
            assert_eq!(target[id].file, entry.file, "{locale}: file of {id}");
            assert_eq!(target[id].kind, entry.kind, "{locale}: kind of {id}");
        }
    }
}

#[test]
fn every_entry_uses_the_variables_and_attributes_it_has_in_en_us() {
    let source = entries_by_id(&Locale::EN_US);
    for locale in &Locale::ALL[1..] {
        for (id, entry) in entries_by_id(locale) {
            let Some(original) = source.get(&id) else {
                continue;
            };
            assert_eq!(
                entry.variables, original.variables,
                "{locale}: variables of {id}"
            );
            assert_eq!(
                entry.attributes, original.attributes,
                "{locale}: attributes of {id}"
            );
        }
    }
}

#[test]
fn message_ids_lists_the_messages_without_the_terms() {
    let ids = bitext_i18n::message_ids(&Locale::ZH_TW).expect("embedded files parse");
    assert!(ids.contains(&"error-internal".to_string()));
    assert!(ids.contains(&"state-in_review".to_string()));
    assert!(!ids.iter().any(|id| id.starts_with('-')));
    assert!(ids.is_sorted());
}

#[test]
fn the_localizer_builds_from_the_embedded_files() {
    let localizer = Localizer::new().unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(localizer.locales(), &Locale::ALL);
}

#[test]
fn every_message_formats_without_errors_with_text_or_numbers() {
    for locale in Locale::ALL {
        for entry in entries_by_id(&locale).values() {
            if entry.kind == EntryKind::Term {
                continue;
            }
            for value in [|_: &str| Arg::from("x"), |_: &str| Arg::from(2_u64)] {
                let text = format(locale, &entry.id, &args_for(entry, value));
                // Only the gap between sentences may be blank: a space, or nothing in Chinese.
                assert!(
                    !text.trim().is_empty() || entry.id == "sentence-gap",
                    "{locale}: {} is empty",
                    entry.id
                );
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{locale}: {}",
                    entry.id
                );
            }
        }
    }
}

#[test]
fn every_error_code_has_a_title_and_a_detail_in_every_locale_and_errors_ftl_no_other() {
    for code in ErrorCode::ALL {
        for locale in Locale::ALL {
            for id in [title_id(*code), detail_id(*code)] {
                assert!(Localizer::global().has(&locale, &id), "{locale}: {id}");
            }
        }
    }
    let known: BTreeSet<String> = ErrorCode::ALL
        .iter()
        .flat_map(|code| [title_id(*code), detail_id(*code)])
        .collect();
    for locale in Locale::ALL {
        let strays: Vec<String> = entries_by_id(&locale)
            .into_values()
            .filter(|entry| entry.file == "errors.ftl" && entry.kind == EntryKind::Message)
            .map(|entry| entry.id)
            .filter(|id| !known.contains(id))
            .collect();
        assert!(strays.is_empty(), "{locale}: no ErrorCode for {strays:?}");
    }
}

#[test]
fn every_check_code_has_a_message_in_every_locale_and_checks_ftl_no_other() {
    let known: BTreeSet<String> = bitext_domain::checks::CODES
        .iter()
        .map(|code| format!("check-{code}"))
        .collect();
    for locale in Locale::ALL {
        for id in &known {
            assert!(Localizer::global().has(&locale, id), "{locale}: {id}");
        }
        let strays: Vec<String> = entries_by_id(&locale)
            .into_values()
            .filter(|entry| entry.file == "checks.ftl" && entry.id.starts_with("check-"))
            .map(|entry| entry.id)
            .filter(|id| !known.contains(id))
            .collect();
        assert!(strays.is_empty(), "{locale}: no check code for {strays:?}");
    }
}

#[test]
fn chinese_messages_are_translated() {
    let prefixes = [
        "error-",
        "state-",
        "action-",
        "role-",
        "credit-",
        "diff-",
        "web-",
        "cli-",
        "check-",
        "severity-",
    ];
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    for locale in [Locale::ZH_CN, Locale::ZH_TW] {
        for entry in entries_by_id(&locale).values() {
            if entry.kind == EntryKind::Term || !prefixes.iter().any(|p| entry.id.starts_with(p)) {
                continue;
            }
            let text = format(locale, &entry.id, &args_for(entry, |_| Arg::from("x")));
            assert!(
                text.chars().any(han),
                "{locale}: {} is not translated: {text}",
                entry.id
            );
        }
    }
}

/// Characters written differently in Simplified and Traditional Chinese, in pairs.
const SIMPLIFIED: &str = "这为译发错误请时与无设关个们说过还页数据务编辑论认证权资应义态状审阅开启创删标签题长网载迁库检读写称号码会从对间变处该须节来现获并当体头类览执谁旧单户队确";
const TRADITIONAL: &str = "這為譯發錯誤請時與無設關個們說過還頁數據務編輯論認證權資應義態狀審閱開啟創刪標籤題長網載遷庫檢讀寫稱號碼會從對間變處該須節來現獲並當體頭類覽執誰舊單戶隊確";

/// A locale's Fluent text, without the names of the interface languages: each is written in
/// itself ("繁體中文" in every locale), so that a reader finds their own language in the switcher.
fn sources_text(locale: &Locale) -> String {
    catalog::sources(locale)
        .iter()
        .flat_map(|(_, source)| source.lines())
        .filter(|line| !line.starts_with("language-name-"))
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn zh_cn_uses_simplified_and_zh_tw_traditional_characters() {
    let simplified = sources_text(&Locale::ZH_CN);
    let traditional = sources_text(&Locale::ZH_TW);
    assert_eq!(SIMPLIFIED.chars().count(), TRADITIONAL.chars().count());
    for (s, t) in SIMPLIFIED.chars().zip(TRADITIONAL.chars()) {
        assert_ne!(s, t);
        assert!(
            !simplified.contains(t),
            "zh-CN contains the traditional {t}"
        );
        assert!(
            !traditional.contains(s),
            "zh-TW contains the simplified {s}"
        );
    }
}

#[test]
fn negotiation_prefers_the_listed_locales_and_falls_back_to_english() {
    let localizer = Localizer::global();
    let cases = [
        (Some("zh-TW,zh;q=0.9"), Locale::ZH_TW),
        (Some("zh-Hant-HK"), Locale::ZH_TW),
        (Some("zh-HK, en;q=0.5"), Locale::ZH_TW),
        (Some("zh-MO"), Locale::ZH_TW),
        (Some("zh-Hans"), Locale::ZH_CN),
        (Some("zh-SG"), Locale::ZH_CN),
        (Some("zh"), Locale::ZH_CN),
        (Some("en;q=0.3, zh-CN;q=0.7"), Locale::ZH_CN),
        (Some("fr, *;q=0.1"), Locale::EN_US),
        (Some("en-GB"), Locale::EN_US),
        (Some("garbage;;q=x"), Locale::EN_US),
        (Some(""), Locale::EN_US),
        (None, Locale::EN_US),
    ];
    for (header, expected) in cases {
        assert_eq!(localizer.negotiate(header), expected, "{header:?}");
    }
}

#[test]
fn errors_are_formatted_with_their_arguments_in_each_language() {
    let args = [
        ("expected", Arg::from(3_u64)),
        ("current", Arg::from(5_u64)),
    ];
    assert_eq!(
        format(Locale::EN_US, "error-precondition-failed", &args),
        "You edited revision 3, but the head is now revision 5. \
         Fetch it, merge your changes and try again."
    );
    assert_eq!(
        format(Locale::ZH_CN, "error-precondition-failed", &args),
        "你编辑的是第 3 版，但最新版本现已是第 5 版。请获取最新版本，合并你的修改后重试。"
    );
    assert_eq!(
        format(
            Locale::ZH_TW,
            "error-article-not-found",
            &[("slug", "hello".into())]
        ),
        "沒有代稱為「hello」的文章。"
    );
    assert_eq!(
        format(Locale::ZH_CN, "error-route-not-found-title", &[]),
        "未找到"
    );
}

#[test]
fn workflow_names_fill_the_transition_error() {
    let localizer = Localizer::global();
    for (locale, expected) in [
        (
            Locale::EN_US,
            "You cannot “publish” while the translation is “in review”. \
             Allowed now: approve and request changes.",
        ),
        (
            Locale::ZH_TW,
            "譯文處於「審校中」狀態時，無法執行「發布」。目前可執行的操作：核准和要求修改。",
        ),
    ] {
        let allowed = [
            localizer.format(&locale, "action-approve", &[]),
            localizer.format(&locale, "action-request_changes", &[]),
        ];
        let args = [
            (
                "action",
                localizer.format(&locale, "action-publish", &[]).into(),
            ),
            (
                "state",
                localizer.format(&locale, "state-in_review", &[]).into(),
            ),
            ("allowed", localizer.format_list(&locale, &allowed).into()),
        ];
        assert_eq!(
            format(locale, "error-transition-not-allowed", &args),
            expected
        );
    }
}

#[test]
fn english_plurals_follow_the_number() {
    let max = |n: u64| [("max", Arg::from(n))];
    assert_eq!(
        format(Locale::EN_US, "error-title-too-long", &max(1)),
        "The title must not be longer than 1 character."
    );
    assert_eq!(
        format(Locale::EN_US, "error-title-too-long", &max(200)),
        "The title must not be longer than 200 characters."
    );
    assert_eq!(
        format(Locale::ZH_CN, "error-title-too-long", &max(200)),
        "标题不能超过 200 个字符。"
    );
    let articles = [("articles", Arg::from(1_usize))];
    assert_eq!(
        format(Locale::EN_US, "cli-demo-loaded", &articles),
        "Loaded 1 demo article."
    );
}

#[test]
fn credit_lines_read_naturally() {
    let localizer = Localizer::global();
    let line = |locale: Locale, translators: &[&str], editors: &[&str]| {
        let args = [
            (
                "translators",
                localizer.format_list(&locale, translators).into(),
            ),
            ("editors", localizer.format_list(&locale, editors).into()),
        ];
        format(locale, "credit-line", &args)
    };
    assert_eq!(
        line(Locale::EN_US, &["Ann", "Bo"], &["Cy"]),
        "Translated by Ann and Bo. Edited by Cy."
    );
    assert_eq!(
        line(Locale::ZH_CN, &["张三", "李四"], &["王五"]),
        "译者：张三和李四；编辑：王五"
    );
    assert_eq!(
        line(Locale::ZH_TW, &["陳一"], &["林二", "吳三"]),
        "譯者：陳一；編輯：林二和吳三"
    );
}

#[test]
fn unknown_ids_are_errors_for_try_format_and_ids_for_format() {
    let localizer = Localizer::global();
    let result = localizer.try_format(&Locale::EN_US, "error-no-such-code", &[]);
    assert!(
        matches!(result, Err(I18nError::MissingMessage { .. })),
        "{result:?}"
    );
    assert_eq!(
        localizer.format(&Locale::ZH_TW, "error-no-such-code", &[]),
        "error-no-such-code"
    );
    assert!(localizer.has(&Locale::ZH_TW, "cli-migrated"));
    assert!(!localizer.has(&Locale::ZH_TW, "error-no-such-code"));
}

#[test]
fn the_global_localizer_is_usable_from_many_threads() {
    let texts: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = Locale::ALL
            .iter()
            .map(|locale| scope.spawn(move || format(*locale, "state-published", &[])))
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("no panic"))
            .collect()
    });
    assert_eq!(texts, ["published", "已发布", "已發布"]);
}
