//! The form that saves a revision, from the workspace, the source desk or a merge page, read in
//! the order its fields came: paragraphs (`p`, or one `body`) in document order, and each
//! conflict of a merge as the other side's text (`theirs`), the choice made (`choice-N`:
//! `theirs`, `yours` or `both`) and the person's own text as they left it (`yours`).
//!
//! Browsers send line breaks in text areas as CR LF; they are read as LF.

/// A saving form's fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EditForm {
    /// The head the text was edited from.
    pub base: Option<i32>,
    /// The source revision the translator saw beside the text.
    pub source: Option<i32>,
    pub title: String,
    pub message: String,
    /// The source desk's "minor change" box.
    pub minor: bool,
    /// The text's pieces in order, conflicts settled; each may hold several paragraphs.
    pub pieces: Vec<String>,
}

/// A conflict of a merge page, as its fields arrive.
#[derive(Debug, Default)]
struct Pending {
    theirs: String,
    choice: String,
}

fn lf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

impl EditForm {
    /// Reads the fields in the order they came; unknown ones are ignored.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut form = Self::default();
        let mut pending: Option<Pending> = None;
        for (name, value) in pairs {
            match name.as_str() {
                "base" => form.base = value.trim().parse().ok(),
                "source" => form.source = value.trim().parse().ok(),
                "title" => form.title = lf(&value),
                "message" => form.message = lf(&value),
                "minor" => form.minor = true,
                "p" | "body" => form.pieces.push(lf(&value)),
                "theirs" => {
                    pending = Some(Pending {
                        theirs: lf(&value),
                        choice: String::new(),
                    });
                }
                "yours" => {
                    let Pending { theirs, choice } = pending.take().unwrap_or_default();
                    let yours = lf(&value);
                    match choice.as_str() {
                        "theirs" => form.pieces.push(theirs),
                        "both" => form.pieces.extend([theirs, yours]),
                        _ => form.pieces.push(yours),
                    }
                }
                other if other.starts_with("choice-") => {
                    if let Some(p) = pending.as_mut() {
                        p.choice = value;
                    }
                }
                _ => {}
            }
        }
        form
    }

    /// The body: every piece without whitespace at either end, the empty ones left out, joined
    /// by a blank line.
    pub fn body(&self) -> String {
        self.pieces
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The body's paragraphs, one for each text area of a workspace shown again.
    pub fn paragraphs(&self) -> Vec<String> {
        let body = self.body();
        bitext_domain::text::paragraphs(&body)
            .into_iter()
            .map(str::to_owned)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn paragraphs_are_joined_by_a_blank_line_with_empty_ones_left_out() {
        let form = EditForm::from_pairs(pairs(&[
            ("base", "3"),
            ("source", "2"),
            ("title", "T"),
            ("p", "One.\r\nStill one."),
            ("p", "  "),
            ("p", " Two. "),
            ("message", "why"),
        ]));
        assert_eq!(form.base, Some(3));
        assert_eq!(form.source, Some(2));
        assert_eq!(form.body(), "One.\nStill one.\n\nTwo.");
        assert_eq!(form.paragraphs(), ["One.\nStill one.", "Two."]);
        assert!(!form.minor);
    }

    #[test]
    fn each_conflict_is_settled_by_its_choice_in_its_place() {
        let conflict = |n: &'static str, choice: Option<&'static str>| {
            let mut f = vec![("theirs", "Theirs.")];
            if let Some(c) = choice {
                f.push((n, c));
            }
            f.push(("yours", "Yours, edited."));
            f
        };
        for (choice, want) in [
            (Some("theirs"), "A.\n\nTheirs.\n\nZ."),
            (Some("yours"), "A.\n\nYours, edited.\n\nZ."),
            (Some("both"), "A.\n\nTheirs.\n\nYours, edited.\n\nZ."),
            (None, "A.\n\nYours, edited.\n\nZ."),
        ] {
            let mut fields = vec![("p", "A.")];
            fields.extend(conflict("choice-0", choice));
            fields.push(("p", "Z."));
            assert_eq!(
                EditForm::from_pairs(pairs(&fields)).body(),
                want,
                "{choice:?}"
            );
        }
    }

    #[test]
    fn the_source_desk_sends_one_body_and_a_minor_box() {
        let form = EditForm::from_pairs(pairs(&[("body", "X.\n\nY.\n"), ("minor", "on")]));
        assert!(form.minor);
        assert_eq!(form.body(), "X.\n\nY.");
    }
}
