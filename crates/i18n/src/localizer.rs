//! The [`Localizer`]: one Fluent bundle per locale, and message formatting with fallback.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::catalog::{parse_error, sources};
use crate::format::formatters;
use crate::{Arg, I18nError, Locale, list, negotiate};

type Bundle = FluentBundle<FluentResource>;

/// Formats Bitext's messages in every supported locale.
///
/// The bundles are built from the `.ftl` files embedded at compile time; a
/// `Localizer` is `Send + Sync` and meant to be shared (see [`Localizer::global`]).
pub struct Localizer {
    /// One bundle per locale, indexed by `Locale::index`: all built by [`Localizer::new`], each
    /// on its first use in the shared localizers.
    bundles: Vec<OnceLock<Bundle>>,
    /// The embedded files a bundle not yet built is made of: every file, or only those named.
    only: Option<&'static [&'static str]>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &Locale::ALL)
            .field("only", &self.only)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// Parses every embedded `.ftl` file into its locale's bundle.
    ///
    /// # Errors
    ///
    /// [`I18nError::Parse`] if a file has a syntax error, and
    /// [`I18nError::Bundle`] if a locale defines an id twice (a term `-x` and
    /// a message `x` count as the same id).
    pub fn new() -> Result<Localizer, I18nError> {
        Localizer::from_sources(sources)
    }

    fn from_sources<'s>(
        sources: impl Fn(&Locale) -> &'s [(&'s str, &'s str)],
    ) -> Result<Localizer, I18nError> {
        let bundles = Locale::ALL
            .iter()
            .map(|locale| bundle(locale, sources(locale)).map(OnceLock::from))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Localizer {
            bundles,
            only: None,
        })
    }

    /// A localizer that parses a locale's files when it is first asked for one of its messages,
    /// and then only the files named in `only` (all of them when `None`). A command that speaks
    /// one language and needs a few messages starts without parsing the rest.
    ///
    /// # Panics
    ///
    /// On first use of a locale, if its embedded files are broken, which this crate's tests rule
    /// out ([`Localizer::new`] reports the same as an error).
    pub fn lazy(only: Option<&'static [&'static str]>) -> Localizer {
        Localizer {
            bundles: Locale::ALL.iter().map(|_| OnceLock::new()).collect(),
            only,
        }
    }

    /// A shared localizer of every embedded file, each locale's parsed on its first use.
    ///
    /// # Panics
    ///
    /// If the embedded files are broken, which this crate's tests rule out.
    pub fn global() -> &'static Localizer {
        static GLOBAL: OnceLock<Localizer> = OnceLock::new();
        GLOBAL.get_or_init(|| Localizer::lazy(None))
    }

    /// Parses every locale's files now rather than on first use, so that a server answers its
    /// first request in each language as fast as the next.
    pub fn load_all(&self) {
        for locale in Locale::ALL {
            self.bundle(&locale);
        }
    }

    /// The supported locale that best fits an `Accept-Language` header; `en-US`
    /// when there is no header or nothing in it matches. Malformed parts are ignored.
    pub fn negotiate(&self, accept_language: Option<&str>) -> Locale {
        negotiate::negotiate(accept_language)
    }

    /// The message `id` in `locale` with `args`; the `en-US` message if `locale`
    /// lacks it, and `id` itself if `en-US` lacks it too.
    ///
    /// Never fails: a variable missing from `args` is shown as `{$name}`.
    pub fn format(&self, locale: &Locale, id: &str, args: &[(&str, Arg)]) -> String {
        let args = fluent_args(args);
        [*locale, Locale::EN_US]
            .iter()
            .find_map(|candidate| {
                let bundle = self.bundle(candidate);
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, Some(&args), &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` in `locale` with `args`, without any fallback.
    ///
    /// # Errors
    ///
    /// [`I18nError::MissingMessage`] if `locale` has no message `id` (or it has
    /// no value), and [`I18nError::Format`] if formatting reports an error,
    /// such as a variable missing from `args`.
    pub fn try_format(
        &self,
        locale: &Locale,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, I18nError> {
        let bundle = self.bundle(locale);
        let pattern = bundle
            .get_message(id)
            .and_then(|message| message.value())
            .ok_or_else(|| I18nError::MissingMessage {
                locale: locale.to_string(),
                id: id.to_owned(),
            })?;
        let args = fluent_args(args);
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(I18nError::Format {
                locale: locale.to_string(),
                id: id.to_owned(),
                errors: errors.iter().map(ToString::to_string).collect(),
            })
        }
    }

    /// Whether `locale` itself (without fallback) has the message `id`.
    pub fn has(&self, locale: &Locale, id: &str) -> bool {
        self.bundle(locale).has_message(id)
    }

    /// Every supported locale, `en-US` first.
    pub fn locales(&self) -> &[Locale] {
        &Locale::ALL
    }

    /// Joins `items` into a list the way `locale` writes one, with CLDR's patterns: "A and B",
    /// "A, B, and C", "甲、乙和丙". A separator that is a Chinese word is spaced from a Latin
    /// neighbour: "Alex Chen 和李小明".
    pub fn format_list<S: AsRef<str>>(&self, locale: &Locale, items: &[S]) -> String {
        self.format_list_with(locale, items, |_, item| item.to_owned())
    }

    /// [`Localizer::format_list`], with each item written as `write(index, item)`: separators
    /// and spacing are chosen from the items' own text, so `write` may put placeholders for
    /// markup in the list.
    pub fn format_list_with<S: AsRef<str>>(
        &self,
        locale: &Locale,
        items: &[S],
        write: impl Fn(usize, &str) -> String,
    ) -> String {
        list::join(&formatters(locale).and, items, write)
    }

    /// Joins alternatives into a list the way `locale` writes one, with CLDR's patterns:
    /// "A or B", "A, B, or C", "甲、乙或丙" (spaced as in [`Localizer::format_list`]).
    pub fn format_or_list<S: AsRef<str>>(&self, locale: &Locale, items: &[S]) -> String {
        list::join(&formatters(locale).or, items, |_, item| item.to_owned())
    }

    fn bundle(&self, locale: &Locale) -> &Bundle {
        self.bundles[locale.index()].get_or_init(|| {
            let files: Vec<(&str, &str)> = sources(locale)
                .iter()
                .filter(|(file, _)| self.only.is_none_or(|only| only.contains(file)))
                .copied()
                .collect();
            match bundle(locale, &files) {
                Ok(bundle) => bundle,
                Err(error) => panic!("the embedded Fluent files are broken: {error}"),
            }
        })
    }
}

fn bundle(locale: &Locale, files: &[(&str, &str)]) -> Result<Bundle, I18nError> {
    let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
    bundle.set_use_isolating(false);
    for &(file, source) in files {
        let resource = FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| parse_error(locale, file, source, &errors))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| I18nError::Bundle {
                locale: locale.to_string(),
                file: file.to_owned(),
                errors: errors.iter().map(ToString::to_string).collect(),
            })?;
    }
    Ok(bundle)
}

fn fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.to_fluent());
    }
    fluent
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localizer_of(files: &[(&Locale, &'static str)]) -> Result<Localizer, I18nError> {
        let per_locale: Vec<Vec<(&str, &str)>> = Locale::ALL
            .iter()
            .map(|locale| {
                files
                    .iter()
                    .filter(|(of, _)| *of == locale)
                    .map(|(_, source)| ("test.ftl", *source))
                    .collect()
            })
            .collect();
        Localizer::from_sources(|locale| &per_locale[locale.index()])
    }

    #[test]
    fn a_message_missing_in_a_locale_falls_back_to_english() {
        let localizer = localizer_of(&[
            (&Locale::EN_US, "hello = Hello, { $name }!\nbye = Bye\n"),
            (&Locale::ZH_CN, "bye = 再见\n"),
        ])
        .expect("valid sources");
        let args = [("name", Arg::from("Ann"))];
        assert_eq!(
            localizer.format(&Locale::ZH_CN, "hello", &args),
            "Hello, Ann!"
        );
        assert_eq!(localizer.format(&Locale::ZH_CN, "bye", &[]), "再见");
        assert_eq!(localizer.format(&Locale::ZH_TW, "bye", &[]), "Bye");
        assert!(!localizer.has(&Locale::ZH_CN, "hello"));
        assert!(matches!(
            localizer.try_format(&Locale::ZH_CN, "hello", &args),
            Err(I18nError::MissingMessage { .. })
        ));
    }

    #[test]
    fn a_duplicate_id_is_an_error() {
        let error =
            localizer_of(&[(&Locale::ZH_TW, "a = 1\nb = 2\na = 3\n")]).expect_err("duplicate id");
        assert!(
            matches!(&error, I18nError::Bundle { locale, .. } if locale == "zh-TW"),
            "{error}"
        );
    }

    #[test]
    fn a_term_and_a_message_with_the_same_name_clash() {
        let error = localizer_of(&[(&Locale::EN_US, "-x = term\nx = { -x }\n")])
            .expect_err("one namespace");
        assert!(matches!(error, I18nError::Bundle { .. }), "{error}");
    }

    #[test]
    fn a_syntax_error_is_an_error() {
        let error = localizer_of(&[(&Locale::ZH_CN, "a = { $\n")]).expect_err("syntax error");
        assert!(matches!(error, I18nError::Parse { .. }), "{error}");
    }

    #[test]
    fn a_lazy_localizer_of_some_files_knows_only_their_messages() {
        let diff = Localizer::lazy(Some(&["diff.ftl"]));
        let every = Localizer::new().expect("valid files");
        let args = [("old", Arg::from("a")), ("new", Arg::from("b"))];
        for locale in Locale::ALL {
            assert_eq!(
                diff.format(&locale, "cli-diff-title", &args),
                every.format(&locale, "cli-diff-title", &args),
            );
            assert!(!diff.has(&locale, "cli-migrated"));
            assert!(every.has(&locale, "cli-migrated"));
            assert!(Localizer::global().has(&locale, "cli-migrated"));
        }
    }

    #[test]
    fn the_localizer_is_shared_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Localizer>();
        assert!(std::ptr::eq(Localizer::global(), Localizer::global()));
    }

    #[test]
    fn output_has_no_unicode_isolation_marks() {
        let text = Localizer::global().format(
            &Locale::EN_US,
            "error-article-not-found",
            &[("slug", "hello".into())],
        );
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    }

    #[test]
    fn a_message_missing_everywhere_formats_as_its_id() {
        let localizer = Localizer::global();
        assert_eq!(
            localizer.format(&Locale::ZH_CN, "no-such-id", &[]),
            "no-such-id"
        );
        assert!(!localizer.has(&Locale::ZH_CN, "no-such-id"));
    }

    #[test]
    fn terms_are_not_messages() {
        let localizer = Localizer::global();
        assert!(!localizer.has(&Locale::EN_US, "-brand-name"));
        assert_eq!(
            localizer.format(&Locale::EN_US, "-brand-name", &[]),
            "-brand-name"
        );
    }

    #[test]
    fn a_missing_variable_is_an_error_only_for_try_format() {
        let localizer = Localizer::global();
        let lenient = localizer.format(&Locale::EN_US, "error-article-not-found", &[]);
        assert!(lenient.contains("{$slug}"), "{lenient}");
        let strict = localizer.try_format(&Locale::EN_US, "error-article-not-found", &[]);
        assert!(
            matches!(strict, Err(I18nError::Format { .. })),
            "{strict:?}"
        );
    }
}
