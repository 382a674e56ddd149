### The translation workspace: source beside translation, saving, merging a stale save, comments.

## The article's page: the source, its translations and its history.
## $language: a language tag; $revision, $from, $to: revision numbers; $author: a user name.

article-source-language = Source language: { $language }
article-head = Revision { $revision }
article-source-heading = Source text, revision { $revision }
article-translations = Translations
article-translations-none = No translation yet.
article-translation-revision = Revision
article-translation-pages = Pages
article-renders-source = (source { $revision })
article-link-workspace = Workspace
article-link-review = Review
article-link-publish = Publish
article-history = History
article-history-more = Later revisions
article-revision = Revision
article-author = Author
article-time = Time
article-minor = minor
article-revision-by = Revision { $revision } by { $author }
article-compare = Compare
article-compare-from = From
article-compare-to = To
article-compare-old = Older:
article-compare-new = Newer:
article-compare-parent = Changes { $from } → { $to }
article-compare-head = { $from } → head
article-compare-title = Compare source revisions

## The source desk revises the source.

article-revise = Revise the source
article-minor-change = Minor change
article-minor-hint = A typo or layout fix: translations do not become outdated.
article-revise-save = Save source revision

## A translator starts a translation.

article-start = Start a translation
article-start-hint = The source is beside this form. The translation is yours once started.
article-start-language = Language of the translation (a tag such as en or zh-Hant)
article-start-save = Start translation

## Diffs. $number: a paragraph's number (from 1); $count: unchanged paragraphs folded away;
## $changed, $inserted, $deleted: paragraphs.

article-diff-inserted = inserted:
article-diff-deleted = deleted:
article-diff-paragraph-changed = Paragraph { $number } changed:
article-diff-paragraph-inserted = Paragraph { $number } added:
article-diff-paragraph-deleted = Paragraph { $number } removed:
article-diff-folded = { $count ->
    [one] ⋯ { $count } unchanged paragraph
   *[other] ⋯ { $count } unchanged paragraphs
}
article-diff-stats = Paragraphs changed: { $changed }, added: { $inserted }, removed: { $deleted }.
article-diff-none = The text is the same in both revisions.
article-diff-keys = Press j and k to move between changes.

## The workspace. $language: a language tag; $revision, $head, $from, $to: revision numbers;
## $number: a paragraph's number (from 1); $state: a workflow state's name.

workspace-heading = translation into { $language }
workspace-head = Latest revision
workspace-source-revision = Source
workspace-renders = Translates source revision { $revision } of { $head }
workspace-no-assignee = No one
workspace-article = The article
workspace-submit = Submit for review
workspace-claim = Take this translation
workspace-save-closed = A withdrawn translation takes no new revisions.
workspace-save-moves = Saving a revision puts this translation back to “{ $state }”.
workspace-source = Source ({ $language }), revision { $revision }
workspace-translation = Translation ({ $language }), from revision { $revision }
workspace-comments = Comments
workspace-comments-general = Comments on the whole text
workspace-paragraph = Paragraph { $number }
workspace-source-changed = The source changed from revision { $from } to { $to }
workspace-source-changed-hint = Where a paragraph of the source changed since this translation was made, the source column shows what changed. Saving records that the translation now follows the latest source.
workspace-restored = Unsaved text from your last visit was put back. It is not saved yet.
workspace-save = Save
workspace-no-base = The form did not say which revision it was edited from, so nothing was saved. Your text is below: copy it, open the page again and paste it there.

## Comments in the margin. $number: a paragraph's number (from 1).

workspace-comment-resolved = Resolved
workspace-comment-quote-gone = The quoted words are no longer in this paragraph.
workspace-comment-detached = The paragraph this was about is gone.
workspace-comment-reply = Reply
workspace-comment-reply-label = Your reply
workspace-comment-resolve = Resolve
workspace-comment-reopen = Reopen
workspace-comment-on-paragraph = Comment on paragraph { $number }
workspace-comment-new = Write a comment
workspace-comment-where = About
workspace-comment-whole = The whole text
workspace-comment-label = Your comment
workspace-comment-add = Add comment

## The merge page of a stale save. $base, $head, $revision: revision numbers; $author: the
## user who saved the newer revision; $count: conflicts; $number: a conflict's number (from 1);
## $who: who removed a paragraph: yours, theirs or both.

merge-title = Someone saved this text while you were editing
merge-explain = You edited revision { $base }, but { $author } saved revision { $head } in the meantime. Nothing of yours was saved yet, and nothing is lost: the changes that do not overlap are merged below. Check the text, then save.
merge-conflicts = { $count ->
    [0] No paragraph was changed by both of you: the texts were merged without conflicts.
    [one] One place was changed by both of you: choose what to keep there.
   *[other] { $count } places were changed by both of you: choose what to keep in each.
}
merge-conflict = Conflict { $number }: you both changed this
merge-theirs = Revision { $revision } by { $author }
merge-yours = Your text
merge-removed = (removed)
merge-choose = Keep
merge-take-theirs = Their version
merge-take-yours = Your version, as in the box below
merge-take-both = Both: theirs, then yours
merge-your-text = Your version (you can edit it here)
merge-from-yours = your change
merge-from-theirs = changed in revision { $revision }
merge-from-both = changed by both of you alike
merge-paragraph-removed = { $who ->
    [yours] You removed this paragraph:
    [theirs] This paragraph was removed in the newer revision:
   *[both] You both removed this paragraph:
}
merge-other-title = You both changed the title. You kept yours; the title in revision { $revision } is:
merge-save = Save merged text
merge-back = Back to the page without saving

## The translation memory under each source paragraph

# $count: suggestions shown; $best: the best score, 0 to 100
workspace-memory = Translation memory: { $count ->
    [one] one suggestion
   *[other] { $count } suggestions
}, best match { $best }%
# $score: 0 to 100
workspace-memory-score = { $score }% match
workspace-memory-carry-over = Unchanged since approved
# $slug: the article; $revision: the translation revision approved
workspace-memory-approved = Approved in { $slug }, revision { $revision }
workspace-memory-imported = Imported
workspace-memory-by = by { $translator }
workspace-memory-published = published
workspace-memory-withdrawn = withdrawn since
workspace-memory-source = Remembered source, marked where it differs from this paragraph:
workspace-memory-use = Use this translation
