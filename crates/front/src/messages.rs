//! Messages for the person at the terminal, in the language of their environment.

use bitext_i18n::{Arg, Locale, Localizer};

/// A message in the language of the environment.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    Localizer::global().format(&locale(), id, args)
}

/// The supported locale nearest the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn locale() -> Locale {
    let lang = std::env::var("LC_ALL")
        .or_else(|_| std::env::var("LC_MESSAGES"))
        .or_else(|_| std::env::var("LANG"))
        .ok()
        .map(|l| l.split('.').next().unwrap_or("").replace('_', "-"));
    Localizer::global().negotiate(lang.as_deref())
}
