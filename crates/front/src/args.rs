//! `bitext diff`'s arguments, shared with the whole command's parser.

use bitext_domain::LanguageTag;
use bitext_i18n::Arg;
use clap::{Args, ValueEnum};

use crate::messages::text;

#[derive(Debug, Args)]
pub struct DiffArgs {
    pub old: std::path::PathBuf,
    pub new: std::path::PathBuf,
    /// `html` is a whole page.
    #[arg(long, value_enum, default_value_t = DiffFormat::Unified)]
    pub format: DiffFormat,
    /// The BCP 47 language of the texts (`zh-Hans`, `ug` ...), marked on the HTML diff so that
    /// it is shown in the right font and direction.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    pub language: Option<LanguageTag>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DiffFormat {
    Json,
    Unified,
    Html,
}

/// A BCP 47 tag given on the command line.
///
/// # Errors
/// The message, in the language of the environment, for a tag that is not well formed.
pub fn parse_language(tag: &str) -> Result<LanguageTag, String> {
    LanguageTag::parse(tag)
        .map_err(|_| text("error-invalid-language-tag", &[("tag", Arg::from(tag))]))
}
