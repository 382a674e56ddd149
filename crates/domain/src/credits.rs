//! Who an edition credits. Translators are the authors of the revisions up to the published one;
//! editors are the editors who reviewed the translation (approved it or requested changes) or
//! edited its text during review (a revision written while it was in review, approved or
//! published). Both lists are in order of first contribution, each person once.

use crate::State;

/// One contribution to a translation; a history is a slice of them in the order they happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contribution<P> {
    /// A revision: its number, its author, the state the translation was in when it was
    /// written, and whether the author is an editor.
    Revision {
        number: i32,
        author: P,
        written_in: State,
        by_editor: bool,
    },
    /// An editor approved the translation or requested changes.
    Review { reviewer: P },
}

/// The people an edition credits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credits<P> {
    pub translators: Vec<P>,
    pub editors: Vec<P>,
}

/// Whether a revision written in `state` edits a text that was under review or approved.
fn edits_reviewed_text(state: State) -> bool {
    matches!(state, State::InReview | State::Approved | State::Published)
}

/// The credits of an edition of revision `published`, from the translation's `history`.
/// Revisions after `published` are not part of it and credit no one.
pub fn credits<P: PartialEq + Clone>(history: &[Contribution<P>], published: i32) -> Credits<P> {
    let mut credits = Credits {
        translators: Vec::new(),
        editors: Vec::new(),
    };
    let add = |list: &mut Vec<P>, person: &P| {
        if !list.contains(person) {
            list.push(person.clone());
        }
    };
    for contribution in history {
        match contribution {
            Contribution::Revision {
                number,
                author,
                written_in,
                by_editor,
            } if *number <= published => {
                add(&mut credits.translators, author);
                if *by_editor && edits_reviewed_text(*written_in) {
                    add(&mut credits.editors, author);
                }
            }
            Contribution::Revision { .. } => {}
            Contribution::Review { reviewer } => add(&mut credits.editors, reviewer),
        }
    }
    credits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revision(
        number: i32,
        author: &'static str,
        written_in: State,
    ) -> Contribution<&'static str> {
        Contribution::Revision {
            number,
            author,
            written_in,
            by_editor: author.starts_with("ed"),
        }
    }

    fn review(reviewer: &'static str) -> Contribution<&'static str> {
        Contribution::Review { reviewer }
    }

    #[test]
    fn an_editor_who_requested_changes_is_credited_beside_the_approver() {
        let history = [
            revision(1, "tom", State::Draft),
            review("ed_ann"),
            revision(2, "tom", State::ChangesRequested),
            review("ed_bo"),
        ];
        let c = credits(&history, 2);
        assert_eq!(c.translators, ["tom"]);
        assert_eq!(c.editors, ["ed_ann", "ed_bo"]);
    }

    #[test]
    fn an_editor_who_edited_during_review_or_after_approval_is_credited() {
        for state in [State::InReview, State::Approved, State::Published] {
            let history = [
                revision(1, "tom", State::Draft),
                revision(2, "ed_cy", state),
                review("ed_ann"),
            ];
            let c = credits(&history, 2);
            assert_eq!(c.editors, ["ed_cy", "ed_ann"], "{state:?}");
            assert_eq!(c.translators, ["tom", "ed_cy"], "{state:?}");
        }
    }

    #[test]
    fn revisions_outside_review_credit_their_author_as_translator_only() {
        let history = [
            revision(1, "ed_cy", State::Draft),
            revision(2, "ed_cy", State::ChangesRequested),
            revision(3, "tom", State::InReview),
            review("ed_ann"),
        ];
        let c = credits(&history, 3);
        assert_eq!(c.translators, ["ed_cy", "tom"]);
        // A translator's own fix while in review does not make them an editor.
        assert_eq!(c.editors, ["ed_ann"]);
    }

    #[test]
    fn each_person_is_credited_once_per_list_in_order_of_first_contribution() {
        let history = [
            revision(1, "tom", State::Draft),
            review("ed_bo"),
            revision(2, "ed_ann", State::InReview),
            revision(3, "tom", State::ChangesRequested),
            review("ed_ann"),
            revision(4, "ed_ann", State::InReview),
            review("ed_bo"),
        ];
        let c = credits(&history, 4);
        assert_eq!(c.translators, ["tom", "ed_ann"]);
        assert_eq!(c.editors, ["ed_bo", "ed_ann"]);
    }

    #[test]
    fn revisions_after_the_published_one_credit_no_one() {
        let history = [
            revision(1, "tom", State::Draft),
            review("ed_ann"),
            revision(2, "ed_cy", State::Approved),
            revision(3, "kim", State::InReview),
        ];
        let c = credits(&history, 1);
        assert_eq!(c.translators, ["tom"]);
        assert_eq!(c.editors, ["ed_ann"]);
    }
}
