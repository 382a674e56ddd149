//! Why a memory lookup, search or import is refused.

use bitext_domain::{Coded, ErrorArgs, ErrorCode};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MemoryError {
    #[error("the text to look up is empty")]
    TextEmpty,
    #[error("the term to search for is empty")]
    TermEmpty,
    #[error("the text is longer than {max} characters")]
    TextTooLong { max: usize },
    #[error("paragraph {paragraph} is not among the source's {count}")]
    ParagraphNotFound { paragraph: usize, count: usize },
    #[error("the TMX file cannot be read at line {line}")]
    ImportUnreadable { line: u64 },
}

impl Coded for MemoryError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::TextEmpty => ErrorCode::MemoryTextEmpty,
            Self::TermEmpty => ErrorCode::MemoryTermEmpty,
            Self::TextTooLong { .. } => ErrorCode::MemoryTextTooLong,
            Self::ParagraphNotFound { .. } => ErrorCode::MemoryParagraphNotFound,
            Self::ImportUnreadable { .. } => ErrorCode::MemoryImportUnreadable,
        }
    }

    fn args(&self) -> ErrorArgs {
        match self {
            Self::TextEmpty | Self::TermEmpty => vec![],
            Self::TextTooLong { max } => vec![("max", (*max).into())],
            Self::ParagraphNotFound { paragraph, count } => {
                vec![
                    ("paragraph", (*paragraph).into()),
                    ("count", (*count).into()),
                ]
            }
            Self::ImportUnreadable { line } => vec![("line", (*line).into())],
        }
    }
}
