### Text of the public web pages rendered by bitext-http and bitext-publish:
### credit lines of published articles, the reading page and the feed (the HTML diff is in diff.ftl).

## Credit lines of a published edition.
## $names, $translators and $editors are lists of people already joined by the
## code, with CLDR's list patterns: "A, B, and C".

credit-translated-by = Translated by { $names }.
credit-edited-by = Edited by { $names }.
credit-line = Translated by { $translators }. Edited by { $editors }.

## Dates and times written by the code (bitext-i18n's format_date_time).
## $datetime is a date with hours and minutes in UTC, already in CLDR's form
## for this language, such as "Mar 1, 2026, 9:05 AM".

datetime-utc = { $datetime } UTC

## Reading page (GET /read/{slug}/{lang})

web-outdated = This translation is based on revision { $source_revision } of the original; the original has since been revised (now revision { $head }).
web-withdrawn-title = Withdrawn
web-withdrawn = This translation has been withdrawn: { $reason }
web-correction = Correction: { $note }
web-layout-side-by-side = Side by side
web-layout-interleaved = Interleaved
web-layout-translation = Translation only
web-layouts = Layout
web-source = Original
web-translation = Translation
web-edition = Edition { $number }
# $datetime is a date and time already written with datetime-utc, such as
# "Mar 1, 2026, 9:05 AM UTC".
web-published = Published { $datetime }
web-superseded = You are reading edition { $number }. It has been superseded by edition { $latest }.
web-read-latest = Read the latest edition
web-earlier-editions = Earlier editions
# The footer of the reading page: which edition this is, in words. $number: the edition's
# number; $date: a date already written in the reader's language, such as "Mar 1, 2026".
web-version-first = Edition { $number }, published { $date }
web-version = Edition { $number }, first published { $date }
# Follows web-version after a separator; $date: when the newest correction was published.
web-version-corrected = last corrected { $date }
# Follows web-version when this edition only updated the original's text.
web-version-minor = the original's text updated (a minor fix)
web-all-editions = All editions
# An edition that only updated the original's text, in lists of editions.
web-edition-minor = Minor: the original's text updated

## The editions page (GET /read/{slug}/{lang}/editions)

web-editions-title = All editions
web-editions-intro = Every edition of this translation, newest first. A correction says what it corrected; a minor edition only updated the original's text, such as a typo fixed.
web-editions-current = (current)
web-editions-first = First edition
# $publisher: the display name of who published the edition
web-editions-published-by = Published by { $publisher }

## What every public page has around it: the site's masthead and footer.

site-nav = Reading room
site-front-page = Front page
# $site: the site's name (BITEXT_SITE_NAME)
site-footer = { $site }: all published translations

## The original's page (GET /read/{slug}/{lang} in the article's own language)

# $languages: the published translations' language tags, as a list ("en and fr"), each a link.
web-read-in = Read in: { $languages }
web-translations = Translations
## Front page (GET /read): the newest published translations, newest first. Language tags
## ($language, $source) are written as tags, such as "en" or "zh-Hans".

front-heading = Latest translations
front-heading-into = Translations into { $language }
front-heading-from = Translations from { $source }
front-heading-from-into = Translations from { $source } into { $language }
# The page's title in the browser: $heading is one of the headings above, $site the site's name.
front-document-title = { $heading } · { $site }
front-show-all = Show all translations
front-empty = Nothing has been published yet.
front-empty-filtered = No published translation matches this filter.
front-empty-older = There are no older translations.
# An item's languages: its original's, then its translation's.
front-languages = { $source } → { $language }
front-pages = More translations
front-older = Older translations
front-newest = Newest translations
front-by-language = By language
front-feed-atom = Atom feed
front-feed-json = JSON Feed
# What a screen reader says for the feed links; keep the visible words above in it.
front-feed-atom-label = Atom feed of translations into { $language }
front-feed-json-label = JSON Feed of translations into { $language }

## Atom and JSON feeds (GET /feed/{lang}.atom, /feed/{lang}.json); $language is the feed's language tag.

# $site: the site's name (BITEXT_SITE_NAME)
feed-title = { $site }: translations into { $language }
feed-subtitle = Published translations and their corrections
# A person named in a feed entry, with their part in it; $name is their display name.
feed-translator = { $name } (translator)
feed-editor = { $name } (editor)

## Error pages for people (any error, when the browser asks for HTML)

# $status: the HTTP status number; $code: the problem's code; $request_id: the request's id
error-page-reference = Error { $status } · { $code } · request { $request_id }
error-page-home = Go to the start page
