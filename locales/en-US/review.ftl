### The review page: the diff since the editor last reviewed, beside the source; comments and decisions.

## Links between a translation's pages, and its state at a glance (also on the publish and history pages)

review-tabs = Pages of this translation
review-tab-article = Article
review-tab-workspace = Workspace
review-tab-review = Review
review-tab-publish = Publish
review-tab-history = History
review-head = Newest revision
review-source-revision = Source revision
# $revision: the source revision the translation renders; $head: the source's newest major revision.
review-source-of = { $revision } (source now at { $head })

## The page; $language is the translation's language tag.

review-title = Review: translation into { $language }
# $name: who submitted; $revision: the revision they submitted.
review-submitted-by = Submitted for review by { $name } at revision { $revision },
review-never-submitted = Not submitted for review yet.
review-comparing = Changes from revision { $from } to revision { $to }.
review-whole = Revision { $revision }, shown in full.
review-renders = It renders source revision { $revision }.
review-not-head = You are looking at revision { $revision }, but the newest is { $head }. Only the newest revision can be approved.
review-see-head = Compare up to the newest revision
review-changes = Changes
review-legend-inserted = inserted
review-legend-deleted = deleted
review-keys = Keys: j for the next change, k for the previous one.
review-no-changes = Nothing changed between these revisions: the whole text is shown.
review-source-column = Original, revision { $revision }
review-translation-column = Translation, revision { $revision }
review-comments-column = Comments

## Comparing any two revisions; $date is a date and time.

review-from = From revision
review-to = To revision
review-compare = Compare
review-revision-option = { $number } · { $author } · { $date }

## The rows of the comparison

review-paragraph = Paragraph { $number }
review-paragraph-deleted = Former paragraph { $number }
review-kind-unchanged = unchanged
review-kind-changed = changed
review-kind-inserted = new
review-kind-deleted = deleted
review-kind-untranslated = not translated
review-original = Original:
review-translation = Translation:
review-no-source = No source paragraph.
review-not-translated = No translation of this paragraph.
# Read out by screen readers around changed text.
review-inserted = inserted:
review-inserted-end = end of insertion.
review-deleted = deleted:
review-deleted-end = end of deletion.
# The summary of a run of unchanged paragraphs; it opens to show them.
review-folded = { $count ->
    [one] { $count } unchanged paragraph
   *[other] { $count } unchanged paragraphs
}

## Comments

review-comment-revision = on revision { $revision }
review-quote-gone = The quoted text is no longer in this paragraph.
review-resolved-by = Resolved by { $name }.
review-resolve = Resolve
review-reopen = Reopen
review-reply = Reply
review-reply-body = Your reply
review-reply-send = Send reply
review-comment-on = Comment on paragraph { $number }
review-comment-on-all = Comment on the whole revision
review-quote = Quoted text (optional)
review-quote-help = Select words in the paragraph to quote them here.
review-comment-body = Comment
review-comment-send = Add comment
review-general = Comments on the whole revision
review-detached = Comments on paragraphs that are gone

## The decision

review-decision = Decision
review-approved-by = Revision { $revision } was approved by { $name }.
# $state: the name of the translation's state.
review-not-in-review = This translation is { $state }: decisions are made while it is in review.
review-editors-decide = Editors approve a translation or request changes.
review-acknowledge-threads = { $count ->
    [one] One comment thread is still open; approve anyway.
   *[other] { $count } comment threads are still open; approve anyway.
}
review-approve = Approve revision { $revision }
review-request-comment = What needs to change (required)
review-request-changes = Request changes

## The one form that starts a comment thread; $number counts paragraphs from 1.

review-comment-new = New comment
review-comment-where = On
review-paragraph-number = Paragraph { $number }

## Quality checks on the review page
checks-title = Checks
# $revision: the revision checked
checks-clean = The checks found nothing in revision { $revision }.
# $errors, $warnings, $dismissed: numbers
checks-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $dismissed } dismissed.
# $number: the paragraph, from 1
checks-paragraph = Paragraph { $number }
checks-dismissed = dismissed
# $suggestion: what to write instead
checks-suggestion = Suggested: “{ $suggestion }”
# $name: who dismissed it; $revision: the revision it was dismissed on
checks-dismissed-by = Dismissed by { $name } on revision { $revision }:
checks-dismiss = Dismiss…
checks-reason = Why this is not a mistake
checks-dismiss-button = Dismiss the finding
# $count: errors neither fixed nor dismissed
checks-hold-approval = { $count ->
        [one] Approval waits until the error the checks found is fixed or dismissed.
       *[other] Approval waits until the { $count } errors the checks found are fixed or dismissed.
    }
checks-see = See the checks
done-dismissed = The finding was dismissed.
