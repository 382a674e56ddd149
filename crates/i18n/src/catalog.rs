//! The embedded `.ftl` files and what they define: ids, variables and attributes.

use std::collections::BTreeSet;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::ParserError;

use crate::{I18nError, Locale};

/// The file names every locale folder has, in the order they are loaded.
pub const FILE_NAMES: [&str; 12] = [
    "core.ftl",
    "errors.ftl",
    "workflow.ftl",
    "web.ftl",
    "cli.ftl",
    "diff.ftl",
    "staff.ftl",
    "workspace.ftl",
    "review.ftl",
    "publish.ftl",
    "people.ftl",
    "checks.ftl",
];

macro_rules! locale_files {
    ($tag:literal) => {
        [
            (
                "core.ftl",
                include_str!(concat!("../../../locales/", $tag, "/core.ftl")),
            ),
            (
                "errors.ftl",
                include_str!(concat!("../../../locales/", $tag, "/errors.ftl")),
            ),
            (
                "workflow.ftl",
                include_str!(concat!("../../../locales/", $tag, "/workflow.ftl")),
            ),
            (
                "web.ftl",
                include_str!(concat!("../../../locales/", $tag, "/web.ftl")),
            ),
            (
                "cli.ftl",
                include_str!(concat!("../../../locales/", $tag, "/cli.ftl")),
            ),
            (
                "diff.ftl",
                include_str!(concat!("../../../locales/", $tag, "/diff.ftl")),
            ),
            (
                "staff.ftl",
                include_str!(concat!("../../../locales/", $tag, "/staff.ftl")),
            ),
            (
                "workspace.ftl",
                include_str!(concat!("../../../locales/", $tag, "/workspace.ftl")),
            ),
            (
                "review.ftl",
                include_str!(concat!("../../../locales/", $tag, "/review.ftl")),
            ),
            (
                "publish.ftl",
                include_str!(concat!("../../../locales/", $tag, "/publish.ftl")),
            ),
            (
                "people.ftl",
                include_str!(concat!("../../../locales/", $tag, "/people.ftl")),
            ),
            (
                "checks.ftl",
                include_str!(concat!("../../../locales/", $tag, "/checks.ftl")),
            ),
        ]
    };
}

const EN_US: [(&str, &str); 12] = locale_files!("en-US");
const ZH_CN: [(&str, &str); 12] = locale_files!("zh-CN");
const ZH_TW: [(&str, &str); 12] = locale_files!("zh-TW");

/// The embedded files of `locale` as (file name, Fluent source), in the order of [`FILE_NAMES`].
pub fn sources(locale: &Locale) -> &'static [(&'static str, &'static str)] {
    match locale.index() {
        0 => &EN_US,
        1 => &ZH_CN,
        _ => &ZH_TW,
    }
}

/// Whether an entry is a message (looked up from code) or a term (`-name`, used only inside messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    Message,
    Term,
}

/// One message or term of a locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryInfo {
    /// The id; a term's id starts with `-`.
    pub id: String,
    pub kind: EntryKind,
    /// The file that defines it.
    pub file: &'static str,
    /// The names of the `{ $variable }`s its value and attributes use, without `$`.
    pub variables: BTreeSet<String>,
    /// The names of its attributes (`.name = ...`).
    pub attributes: BTreeSet<String>,
}

/// Every message and term of `locale`, in file order.
///
/// # Errors
///
/// [`I18nError::Parse`] if an embedded file has a syntax error.
pub fn entries(locale: &Locale) -> Result<Vec<EntryInfo>, I18nError> {
    let mut infos = Vec::new();
    for &(file, source) in sources(locale) {
        let resource = fluent_syntax::parser::parse(source)
            .map_err(|(_, errors)| parse_error(locale, file, source, &errors))?;
        infos.extend(resource.body.iter().filter_map(|entry| info(file, entry)));
    }
    Ok(infos)
}

/// The ids of every message (not term) of `locale`, sorted.
///
/// # Errors
///
/// [`I18nError::Parse`] if an embedded file has a syntax error.
pub fn message_ids(locale: &Locale) -> Result<Vec<String>, I18nError> {
    let mut ids: Vec<String> = entries(locale)?
        .into_iter()
        .filter(|entry| entry.kind == EntryKind::Message)
        .map(|entry| entry.id)
        .collect();
    ids.sort();
    Ok(ids)
}

/// The names of the `{ $variable }`s used directly in `pattern`, including in
/// selectors, variants and arguments of calls.
pub fn pattern_variables<S: AsRef<str>>(pattern: &Pattern<S>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

pub(crate) fn parse_error(
    locale: &Locale,
    file: &str,
    source: &str,
    errors: &[ParserError],
) -> I18nError {
    I18nError::Parse {
        locale: locale.to_string(),
        file: file.to_owned(),
        errors: errors
            .iter()
            .map(|error| {
                let before = &source.as_bytes()[..error.pos.start.min(source.len())];
                let line = before.iter().filter(|byte| **byte == b'\n').count() + 1;
                format!("line {line}: {error}")
            })
            .collect(),
    }
}

fn info<S: AsRef<str>>(file: &'static str, entry: &Entry<S>) -> Option<EntryInfo> {
    let (id, kind, value, attributes) = match entry {
        Entry::Message(message) => (
            message.id.name.as_ref().to_owned(),
            EntryKind::Message,
            message.value.as_ref(),
            &message.attributes,
        ),
        Entry::Term(term) => (
            format!("-{}", term.id.name.as_ref()),
            EntryKind::Term,
            Some(&term.value),
            &term.attributes,
        ),
        _ => return None,
    };
    let mut variables = BTreeSet::new();
    if let Some(value) = value {
        pattern_variables(value, &mut variables);
    }
    for attribute in attributes {
        pattern_variables(&attribute.value, &mut variables);
    }
    Some(EntryInfo {
        id,
        kind,
        file,
        variables,
        attributes: attributes
            .iter()
            .map(|attribute| attribute.id.name.as_ref().to_owned())
            .collect(),
    })
}

fn expression_variables<S: AsRef<str>>(expression: &Expression<S>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables<S: AsRef<str>>(inline: &InlineExpression<S>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.as_ref().to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            call_variables(arguments, into);
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_variables(arguments, into),
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

fn call_variables<S: AsRef<str>>(arguments: &ast::CallArguments<S>, into: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_variables(positional, into);
    }
    for named in &arguments.named {
        inline_variables(&named.value, into);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variables_of(source: &str) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(source).expect("test source parses");
        let entry = resource.body.first().expect("one entry");
        info("test.ftl", entry).expect("a message").variables
    }

    #[test]
    fn variables_are_found_in_selectors_variants_and_calls() {
        let found = variables_of(
            "m = { $count ->\n    [one] { $name }\n   *[other] { NUMBER($n) } { OTHER($k, x: \"a\") }\n}\n",
        );
        let expected: BTreeSet<String> = ["count", "name", "n", "k"].map(String::from).into();
        assert_eq!(found, expected);
    }

    #[test]
    fn terms_are_named_with_a_leading_hyphen() {
        let resource = fluent_syntax::parser::parse("-brand = B\n").expect("parses");
        let entry = info("core.ftl", &resource.body[0]).expect("a term");
        assert_eq!(entry.id, "-brand");
        assert_eq!(entry.kind, EntryKind::Term);
    }

    #[test]
    fn parse_errors_name_the_file_and_line() {
        let source = "ok = fine\nbroken = { $\n";
        let (_, errors) = fluent_syntax::parser::parse(source).expect_err("broken");
        let error = parse_error(&Locale::ZH_TW, "web.ftl", source, &errors);
        let text = error.to_string();
        assert!(
            text.starts_with("locales/zh-TW/web.ftl does not parse: line 2"),
            "{text}"
        );
    }

    #[test]
    fn every_embedded_locale_has_every_file_in_order() {
        for locale in Locale::ALL {
            let names: Vec<&str> = sources(&locale).iter().map(|(name, _)| *name).collect();
            assert_eq!(names, FILE_NAMES);
        }
    }
}
