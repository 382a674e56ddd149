//! What a writer based a change on: the entity tags of `If-Match` (RFC 9110, section 13.1.1),
//! compared strongly with the document's head, whose tag is its number in decimal (`"3"`).

/// A write's precondition on the head it replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Precondition {
    /// `If-Match: *`: whatever the head is now.
    Any,
    /// The opaque strings of the strong entity tags listed (weak tags never match strongly, so
    /// they are not kept). Matches a head whose decimal number is one of them, exactly: `"01"`
    /// and `"+1"` are other tags than `"1"`.
    Tags(Vec<String>),
}

impl Precondition {
    /// The precondition that the head is `n`.
    pub fn head(n: i32) -> Self {
        Self::Tags(vec![n.to_string()])
    }

    /// Whether a document whose head is `head` meets it.
    pub fn matches(&self, head: i32) -> bool {
        match self {
            Self::Any => true,
            Self::Tags(tags) => {
                let tag = head.to_string();
                tags.contains(&tag)
            }
        }
    }

    /// The head named, when exactly one revision number is named: what a conflict message
    /// says the writer edited.
    pub fn named_head(&self) -> Option<i32> {
        match self {
            Self::Tags(tags) => {
                let mut heads = tags
                    .iter()
                    .filter_map(|t| t.parse::<i32>().ok().filter(|n| n.to_string() == *t));
                let first = heads.next()?;
                heads.next().is_none().then_some(first)
            }
            Self::Any => None,
        }
    }
}

impl From<i32> for Precondition {
    fn from(head: i32) -> Self {
        Self::head(head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_the_head_by_exact_strong_comparison() {
        assert!(Precondition::head(1).matches(1));
        assert!(!Precondition::head(1).matches(2));
        let odd = Precondition::Tags(vec!["+1".into(), "01".into(), " 1".into()]);
        assert!(!odd.matches(1));
        let list = Precondition::Tags(vec!["2".into(), "3".into()]);
        assert!(list.matches(3) && list.matches(2) && !list.matches(1));
        assert!(Precondition::Any.matches(7));
        assert!(!Precondition::Tags(vec![]).matches(1));
    }

    #[test]
    fn a_single_revision_number_is_named_in_conflicts() {
        assert_eq!(Precondition::head(4).named_head(), Some(4));
        assert_eq!(Precondition::Tags(vec!["04".into()]).named_head(), None);
        assert_eq!(
            Precondition::Tags(vec!["2".into(), "3".into()]).named_head(),
            None
        );
        assert_eq!(Precondition::Any.named_head(), None);
    }
}
