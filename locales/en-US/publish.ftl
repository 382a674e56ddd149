### The publish page and history: credits, corrections, withdrawal, editions, comparing revisions and the audit trail.

## The publish page; $language is the translation's language tag.

publish-title = Publish: translation into { $language }
publish-actions = Publishing
publish-withdrawn = Withdrawn: { $reason }
publish-approved = Revision { $revision } is approved and ready to publish.
# $state: the name of the translation's state.
publish-waiting = This translation is { $state }: it can be published once an editor approves it.
publish-to-review = Go to the review
publish-correction-note = Correction note, shown to readers (required when publishing again)
# $revision: the source revision the translation renders; $head: the source's newest major revision.
publish-acknowledge-outdated = The original changed since this translation was made (revision { $revision }, now { $head }); publish anyway.
# $edition: the number the new edition will have.
publish-publish = Publish edition { $edition }
publish-withdraw-reason = Why it is withdrawn, shown to readers (required)
publish-withdraw = Withdraw
publish-reopen = Reopen as a draft
publish-reopen-help = To correct the translation: the current edition stays online until the next one is published.
publish-refresh = Refresh the original's text (minor fix)
# $edition: the current edition; $from: the revision of the original it shows; $to: the original's newest revision; $next: the number the new edition will have.
publish-refresh-help = Since edition { $edition }, the original has had only minor revisions (revision { $from }, now { $to }). Edition { $next } shows readers the original's newest text beside the same translation, with no correction notice, and the feeds do not announce it.

## Credits

publish-credits = Credit line
# $revision: the translation revision the next edition would publish.
publish-credits-of = The next edition (of revision { $revision }) will be credited like this:
publish-interface-language = Reader's language
publish-credit-line = Credit line
publish-no-credits = No one to credit yet.
publish-override = Credit line override
publish-override-help = Replaces the generated line in every language; leave it empty to go back to the generated line.
publish-override-save = Save credit line

## Editions

publish-editions = Editions
publish-no-editions = Not published yet.
publish-edition = Edition
publish-edition-number = Edition { $number }
publish-published-at = Published
publish-publisher = Publisher
publish-revisions = Revisions
# $translation: the translation revision; $source: the source revision.
publish-revisions-of = translation { $translation }, source { $source }
publish-correction = Correction note
publish-minor = Minor: the original's text updated

## The history page

history-title = History: translation into { $language }
history-revisions = Revisions
history-revision = Revision
history-author = Author
history-time = Time
history-changes = Changes
history-changes-of = What revision { $number } changed
history-events = Audit trail
history-no-events = Nothing recorded yet.
history-who = Who
history-what = What
history-detail = Details
history-state-change = { $from } → { $to }
history-first-page = First page
history-comment-number = comment { $number }
history-yes = yes
history-no = no

## Details an event records

history-detail-comment = Comment
history-detail-correction_note = Correction note
history-detail-credit_override = Credit line
history-detail-acknowledged_outdated = Published although outdated
history-detail-source_revision = Source revision
history-detail-source_head = Newest source revision
history-detail-acknowledged_open_threads = Approved with open threads
history-detail-open_threads = Open threads
history-detail-from = From
history-detail-to = To
history-detail-edition = Edition
history-detail-source_from = Original's revision before
history-detail-source_to = Original's revision now
