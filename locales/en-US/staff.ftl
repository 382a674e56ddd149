### The staff web interface: the page shell, signing in, the dashboard and the article lists.

## Languages of the interface, each named in itself (the same in every locale).

language-name-en-US = English
language-name-zh-CN = 简体中文
language-name-zh-TW = 繁體中文

# Between two sentences of running text: a space in English, nothing in Chinese.
sentence-gap = { " " }

## The page shell

shell-skip = Skip to content
shell-nav = Main
shell-dashboard = Dashboard
shell-articles = Articles
shell-people = People
shell-sign-out = Sign out
shell-language = Language
shell-language-apply = Change

## Signing in

sign-in-title = Sign in
sign-in-name = User name
sign-in-password = Password
sign-in-submit = Sign in
sign-in-readers = Looking for published articles?
sign-in-reading-room = Go to the reading room

## Lists of translations and articles

list-article = Article
list-language = Language
list-state = State
list-assignee = Assignee
list-updated = Last change
list-checks = Checks
# $errors, $warnings: numbers
list-checks-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
list-checks-clean = none
list-outdated = Outdated
list-next-page = Next page

## Fields of a revision

field-title = Title
field-body = Text
field-message = Note on this revision

## Dashboard; $name is the display name of the person signed in.

dashboard-title = Welcome, { $name }
dashboard-mine = My translations: changes requested and drafts
dashboard-mine-empty = Nothing of yours is waiting.
dashboard-in-review = Waiting for review
dashboard-in-review-empty = Nothing is waiting for review.
dashboard-approved = Approved, ready to publish
dashboard-approved-empty = Nothing is waiting to be published.
dashboard-outdated = Outdated translations
dashboard-outdated-empty = No translation is behind its source.

## Articles

articles-filters = Filter articles
articles-source-language = Source language
articles-translation-language = Translation language
articles-any = Any
articles-outdated-yes = Outdated only
articles-outdated-no = Up to date only
articles-filter = Filter
articles-new = New article
articles-slug = Slug (lowercase letters, digits and hyphens)
articles-create = Create article
articles-none = No article matches.
articles-revisions = Revisions

## A refused action, shown on a page of its own

refusal-title = Not done
refusal-back = Back to the page
refusal-kept-text = What you wrote, kept so that nothing is lost:

## Notices after an action succeeded

done-action-submit = Submitted for review.
done-action-approve = Approved.
done-action-request_changes = Changes requested.
done-action-publish = Published.
done-action-withdraw = Withdrawn.
done-action-reopen = Reopened as a draft.
done-refreshed = The original's text is refreshed in a new edition.
done-claimed = The translation is yours now.
done-commented = Comment added.
done-resolved = Thread resolved.
done-reopened = Thread reopened.

## Recent activity on the dashboard.
## $actor: who did it; $what: one of the event- messages below.

dashboard-activity = Recent activity
dashboard-activity-empty = Nothing has happened yet.
dashboard-activity-line = { $actor } { $what }

## What an audit record says was done (after the person's name)

event-article-create = created the article
event-article-revise = revised the source
event-article-revise-minor = corrected the source (minor)
event-translation-create = started the translation
event-translation-revise = saved a revision
event-translation-claim = took the translation
event-translation-assign = reassigned the translation
event-translation-withdrawn = withdrew the translation
event-comment-add = commented
event-finding-dismiss = dismissed a check finding
event-comment-resolve = resolved a thread
event-comment-reopen = reopened a thread
event-credits-override = changed the credits
event-submit = submitted for review
event-approve = approved
event-request-changes = requested changes
event-publish = published
event-edition-refresh = refreshed the original's text (minor)
event-withdraw = withdrew
event-reopen = reopened as a draft

## What a staff page says after an action succeeded

done-credits = Credit line saved.
done-credits-cleared = The generated credit line is used again.
done-saved = Saved as a new revision.
done-revised = The source has a new revision.
done-translation-started = Translation started. It is yours to work on.

## Search: the box in every page's banner and the results page

shell-search-label = Search articles and translations
shell-search = Search
search-title = Search
search-words = Words
search-language = Language
search-state-source = Source article
search-kind-article = Article
search-kind-translation = Translation
search-results = Results
search-none = Nothing matches. Try fewer words, or the start of a word.
search-hint = Search the titles and texts of every article and translation. Chinese needs no spaces.
