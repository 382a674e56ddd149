//! Each kind of region of a three-way merge, in English and in Chinese.

use super::*;

fn texts(pieces: &[Piece]) -> Vec<&str> {
    pieces.iter().map(|p| p.text.as_str()).collect()
}

fn only_conflict(merge: &Merge) -> &Conflict {
    let conflicts: Vec<&Conflict> = merge.conflicts().collect();
    assert_eq!(conflicts.len(), 1, "{merge:?}");
    conflicts[0]
}

#[test]
fn paragraphs_unchanged_in_both_are_kept() {
    let body = "One.\n\n二。\n";
    let merge = merge3(body, body, body);
    assert_eq!(merge.hunks.len(), 1);
    assert!(matches!(&merge.hunks[0], Hunk::Kept(kept) if texts(kept) == ["One.", "二。"]));
    assert_eq!(merge.text().as_deref(), Some(body));
}

#[test]
fn a_paragraph_changed_by_one_side_only_is_taken_from_that_side() {
    let base = "The fox.\n\n狐狸很快。\n\nThe end.";
    let ours = "The slow fox.\n\n狐狸很快。\n\nThe end.";
    let theirs = "The fox.\n\n狐狸很慢。\n\nThe end.";
    let merge = merge3(base, ours, theirs);
    assert!(merge.is_clean());
    let sides: Vec<Side> = merge
        .hunks
        .iter()
        .filter_map(|h| match h {
            Hunk::Taken { from, .. } => Some(*from),
            _ => None,
        })
        .collect();
    assert_eq!(sides, [Side::Ours, Side::Theirs]);
    assert_eq!(
        merge.text().as_deref(),
        Some("The slow fox.\n\n狐狸很慢。\n\nThe end.")
    );
}

#[test]
fn a_paragraph_changed_identically_by_both_is_taken_once() {
    let base = "标题\n\nOld words.\n";
    let changed = "标题\n\nNew words, 新词。\n";
    let merge = merge3(base, changed, changed);
    assert!(matches!(
        &merge.hunks[1],
        Hunk::Taken { from: Side::Both, base, paragraphs }
            if texts(base) == ["Old words."] && texts(paragraphs) == ["New words, 新词。"]
    ));
    assert_eq!(merge.text().as_deref(), Some(changed));
}

#[test]
fn a_paragraph_changed_differently_by_both_is_a_conflict_with_all_three_versions() {
    let base = "Intro.\n\n今天天气很好。\n\nOutro.";
    let ours = "Intro.\n\n今天天气非常好。\n\nOutro.";
    let theirs = "Intro.\n\n今天的天气很好。\n\nOutro.";
    let merge = merge3(base, ours, theirs);
    assert!(!merge.is_clean());
    assert_eq!(merge.text(), None);
    let conflict = only_conflict(&merge);
    assert_eq!(texts(&conflict.base), ["今天天气很好。"]);
    assert_eq!(texts(&conflict.ours), ["今天天气非常好。"]);
    assert_eq!(texts(&conflict.theirs), ["今天的天气很好。"]);
}

#[test]
fn different_insertions_at_the_same_place_conflict() {
    let base = "First.\n\nLast.";
    let ours = "First.\n\nOur middle.\n\nLast.";
    let theirs = "First.\n\n他们的中间。\n\nLast.";
    let conflict = only_conflict(&merge3(base, ours, theirs)).clone();
    assert!(conflict.base.is_empty());
    assert_eq!(texts(&conflict.ours), ["Our middle."]);
    assert_eq!(texts(&conflict.theirs), ["他们的中间。"]);
}

#[test]
fn a_deletion_against_an_edit_conflicts() {
    let base = "Keep.\n\n删掉这一段。\n\nKeep too.";
    let ours = "Keep.\n\nKeep too.";
    let theirs = "Keep.\n\n改写这一段。\n\nKeep too.";
    let conflict = only_conflict(&merge3(base, ours, theirs)).clone();
    assert_eq!(texts(&conflict.base), ["删掉这一段。"]);
    assert!(conflict.ours.is_empty());
    assert_eq!(texts(&conflict.theirs), ["改写这一段。"]);
}

#[test]
fn neighbouring_paragraphs_edited_by_each_side_merge_cleanly() {
    let base = "A one.\n\n第二段。\n\nA three.";
    let ours = "A one, edited.\n\n第二段。\n\nA three.";
    let theirs = "A one.\n\n第二段，改了。\n\nA three.";
    let merge = merge3(base, ours, theirs);
    assert_eq!(
        merge.text().as_deref(),
        Some("A one, edited.\n\n第二段，改了。\n\nA three.")
    );
}

#[test]
fn a_paragraph_inserted_next_to_one_the_other_side_edited_merges_cleanly() {
    let base = "Title.\n\n原来的段落。";
    let ours = "Title.\n\nA new paragraph.\n\n原来的段落。";
    let theirs = "Title.\n\n改过的段落。";
    assert_eq!(
        merge3(base, ours, theirs).text().as_deref(),
        Some("Title.\n\nA new paragraph.\n\n改过的段落。")
    );
}

#[test]
fn a_kept_paragraph_takes_the_separator_the_other_side_changed() {
    let base = "One.\n\nTwo.";
    let ours = "One.\n\nTwo, ours.";
    let theirs = "  One.\r\n\r\nTwo.\n";
    assert_eq!(
        merge3(base, ours, theirs).text().as_deref(),
        Some("  One.\r\n\r\nTwo, ours.\n")
    );
}

#[test]
fn a_paragraph_that_ended_its_body_gets_a_blank_line_before_what_follows_it() {
    let base = "一。\n\nTwo.";
    let ours = "一。\n\nNew.\n\nTwo.";
    let theirs = "一。";
    let merge = merge3(base, ours, theirs);
    let kept = match &merge.hunks[0] {
        Hunk::Kept(kept) => kept,
        other => panic!("{other:?}"),
    };
    assert_eq!(kept[0].separator, "", "the paragraph ended their body");
    assert_eq!(merge.text().as_deref(), Some("一。\n\nNew."));
}

#[test]
fn resolving_conflicts_uses_each_choice_in_order() {
    let base = "P1.\n\n段二。\n\nP3.";
    let ours = "P1 ours.\n\n段二。\n\nP3 ours.";
    let theirs = "P1 theirs.\n\n段二。\n\nP3 theirs.";
    let merge = merge3(base, ours, theirs);
    assert_eq!(merge.conflicts().count(), 2);
    let body = |a: Resolution, b: Resolution| merge.resolve(&[a, b]).unwrap();
    assert_eq!(
        body(Resolution::Ours, Resolution::Theirs),
        "P1 ours.\n\n段二。\n\nP3 theirs."
    );
    assert_eq!(
        body(Resolution::Base, Resolution::Ours),
        "P1.\n\n段二。\n\nP3 ours."
    );
    assert_eq!(
        body(
            Resolution::Text("混合 P1.\n\nExtra.".into()),
            Resolution::Text(String::new())
        ),
        "混合 P1.\n\nExtra.\n\n段二。"
    );
}

#[test]
fn resolving_with_the_wrong_number_of_choices_is_refused() {
    let merge = merge3("a", "b", "c");
    assert_eq!(
        merge.resolve(&[]),
        Err(ResolutionCountMismatch {
            conflicts: 1,
            resolutions: 0
        })
    );
}
