### Titles and details of API errors, rendered by bitext-http as
### application/problem+json. Each error code (bitext_domain::ErrorCode) has two
### messages: `error-<code>-title`, a short title without variables, and
### `error-<code>`, the detail, with the variables listed in its comment; any
### detail may also use $request_id. Variables hold data (numbers, slugs,
### language tags, values as the client sent them) or names from workflow.ftl,
### never words of a sentence.

## Malformed requests

error-bad-request-title = Bad request
error-bad-request = The request is malformed.

error-invalid-json-title = Invalid JSON body
# $problem: what is wrong, a selector that is not shown: syntax, wrong-type,
# missing-field, unknown-field, duplicate-field or unknown-value; $name: the
# field (for unknown-value, the value as sent), empty when unknown; $line and
# $column: where in the body the parser stopped
error-invalid-json = { $problem ->
    [missing-field] The request body lacks the field “{ $name }”.
    [unknown-field] This endpoint takes no field “{ $name }”.
    [duplicate-field] The field “{ $name }” is given more than once.
    [unknown-value] “{ $name }” is not one of the values this field takes (line { $line }, column { $column }).
    [wrong-type] A value in the request body has the wrong type (line { $line }, column { $column }).
   *[syntax] The request body is not valid JSON (line { $line }, column { $column }).
}

error-unsupported-media-type-title = Unsupported media type
error-unsupported-media-type = The request body must be sent with the content type application/json.

error-payload-too-large-title = Request body too large
# $limit: the largest accepted body, in bytes
error-payload-too-large = The request body is larger than the limit of { $limit } bytes.

error-request-timeout-title = Request body too slow
# $seconds: how long the server waits for a whole request body
error-request-timeout = The request body did not arrive within { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}. Send the request again.

error-invalid-utf8-title = Invalid text encoding
error-invalid-utf8 = The request contains text that is not valid UTF-8.

error-invalid-query-title = Invalid query
# $name: the query parameter; $value: its value as sent
error-invalid-query = { $name ->
    [limit] The limit must be a whole number from 1 to 200, not “{ $value }”.
   *[other] “{ $value }” is not a valid value for the query parameter “{ $name }”.
}

error-invalid-cursor-title = Invalid cursor
error-invalid-cursor = The pagination cursor is invalid or has expired. Start again from the first page.

error-invalid-path-title = Invalid path
# $value: the part of the path that is not valid, as sent
error-invalid-path = “{ $value }” in the path is not a valid number here.

## Invalid fields

error-invalid-language-tag-title = Invalid language tag
# $tag: the tag as sent
error-invalid-language-tag = “{ $tag }” is not a valid BCP 47 language tag (for example en, zh-Hans or ug).

error-invalid-slug-title = Invalid slug
# $slug: the slug as sent
error-invalid-slug = “{ $slug }” is not a valid slug. A slug has 1 to 100 characters: lowercase letters, digits and hyphens, starting with a letter or a digit.

error-empty-title-title = Empty title
error-empty-title = The title must not be empty.

error-title-too-long-title = Title too long
# $max: the largest number of characters allowed
error-title-too-long = { $max ->
    [one] The title must not be longer than { $max } character.
   *[other] The title must not be longer than { $max } characters.
}

error-body-too-long-title = Body too long
# $max: the largest number of characters allowed
error-body-too-long = { $max ->
    [one] The body must not be longer than { $max } character.
   *[other] The body must not be longer than { $max } characters.
}

error-message-too-long-title = Message too long
# $max: the largest number of characters allowed
error-message-too-long = { $max ->
    [one] The revision message must not be longer than { $max } character.
   *[other] The revision message must not be longer than { $max } characters.
}

error-credit-too-long-title = Credit line too long
# $max: the largest number of characters allowed
error-credit-too-long = { $max ->
    [one] The credit line must not be longer than { $max } character.
   *[other] The credit line must not be longer than { $max } characters.
}

error-control-character-title = Control character in text
# $character: the character, as U+0000
error-control-character = The text holds the control character { $character }, which no text may hold. Remove it and try again.

error-unknown-role-title = Unknown role
# $role: the role as given
error-unknown-role = “{ $role }” is not a role.

error-revision-required-title = Revision required
error-revision-required = To approve, name the revision you approve in “revision”.

## Review comments

error-comment-empty-title = Empty comment
error-comment-empty = A comment needs some text.

error-comment-too-long-title = Comment too long
# $max: the largest number of characters allowed
error-comment-too-long = { $max ->
    [one] A comment must not be longer than { $max } character.
   *[other] A comment must not be longer than { $max } characters.
}

error-parent-comment-not-found-title = No comment to reply to
# $id: the number of the comment replied to
error-parent-comment-not-found = Comment { $id } is not a comment on this translation, so it cannot be answered here.

error-revision-out-of-range-title = No such revision
# $number: the revision asked for; $head: the head revision
error-revision-out-of-range = This translation has no revision { $number }: choose one from 1 to { $head }.

error-paragraph-not-found-title = No such paragraph
# $revision: the revision commented on; $paragraph: the paragraph asked for, counted from 0
error-paragraph-not-found = Revision { $revision } has no paragraph { $paragraph } (paragraphs are counted from 0).

error-quote-not-found-title = Quote not found
# $paragraph: the paragraph, counted from 0
error-quote-not-found = The quoted text is not in paragraph { $paragraph }.

error-quote-without-paragraph-title = Quote without a paragraph
error-quote-without-paragraph = A quote needs the paragraph it comes from.

error-reason-required-title = Reason required
error-reason-required = Say why this finding is dismissed: the reason is kept in the translation's history.
error-glossary-field-empty-title = Glossary field empty
# $field: term or translation
error-glossary-field-empty = { $field ->
    [term] A glossary entry needs the term.
   *[translation] A glossary entry needs the agreed translation.
}

error-glossary-field-too-long-title = Glossary field too long
# $field: term, translation, variant, forbidden or note; $max: the most characters allowed
error-glossary-field-too-long = { $field ->
    [term] The term
    [translation] The translation
    [variant] A variant
    [forbidden] A forbidden rendering
   *[note] The note
} is longer than { $max } characters.

error-glossary-import-malformed-title = Glossary file unreadable
# $line: the line where reading stopped
error-glossary-import-malformed = The glossary file cannot be read at line { $line }. Nothing was imported.

error-glossary-import-header-title = Wrong CSV header
# $expected: the header line expected
error-glossary-import-header = A glossary CSV file begins with the header “{ $expected }”. Nothing was imported.

error-glossary-import-field-empty-title = Glossary row incomplete
# $line: the line of the file; $field: term or translation
error-glossary-import-field-empty = { $field ->
    [term] The entry on line { $line } has no term.
   *[translation] The entry on line { $line } has no translation.
} Nothing was imported.

error-glossary-import-field-too-long-title = Glossary row too long
# $line: the line of the file; $field: term, translation, variant, forbidden or note; $max: the most characters allowed
error-glossary-import-field-too-long = On line { $line }, { $field ->
    [term] the term
    [translation] the translation
    [variant] a variant
    [forbidden] a forbidden rendering
   *[note] the note
} is longer than { $max } characters. Nothing was imported.

error-glossary-import-duplicate-title = Term given twice
# $line: the line of the second entry; $term: the term
error-glossary-import-duplicate = The term “{ $term }” is given again on line { $line }. Nothing was imported.

## Translation memory

error-memory-text-empty-title = Nothing to look up
error-memory-text-empty = Give the text to find in the translation memory.
error-memory-term-empty-title = Nothing to search for
error-memory-term-empty = Give a word or phrase to search the translation memory for.
error-memory-text-too-long-title = Text too long
error-memory-text-too-long = The translation memory looks up texts of at most { $max } characters.
error-memory-import-unreadable-title = TMX file unreadable
# $line: where reading stopped
error-memory-import-unreadable = The TMX file cannot be read at line { $line }. Nothing was imported.
error-memory-paragraph-not-found-title = Paragraph not found
# $paragraph: counted from 0; $count: how many the source has
error-memory-paragraph-not-found = The source has { $count ->
    [one] one paragraph
   *[other] { $count } paragraphs
}, counted from 0: there is no paragraph { $paragraph }.

## Authentication and permissions

error-unauthorized-title = Authentication required
error-unauthorized = The bearer token is missing or invalid. Send a valid token in the Authorization header.

error-sign-in-failed-title = Sign-in failed
error-sign-in-failed = The name or the password is wrong.

error-form-refused-title = Form refused
error-form-refused = This form has expired or did not come from a Bitext page, so nothing was saved. Reload the page and try again.

error-own-admin-role-title = Your own admin role
error-own-admin-role = You cannot take away your own admin role: ask another admin to do it, so that someone can always manage people.

error-sign-in-throttled-title = Too many failed sign-ins
# $seconds: how long to wait before trying this name again
error-sign-in-throttled = There have been too many failed sign-ins with this name. Try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.

error-password-length-title = Password of the wrong length
# $min: the fewest characters; $max: the most bytes
error-password-length = A password must be at least { $min } characters and at most { $max } bytes long.

error-forbidden-title = Forbidden
# $roles: the roles that would allow the request, already joined by the code
# into an "or" list with CLDR's patterns: "editor or admin".
error-forbidden = Your roles do not allow this. It needs one of these roles: { $roles }.

## Missing resources

error-not-found-title = Not found
error-not-found = Nothing is published at this address.

error-article-not-found-title = Article not found
# $slug: the article's slug
error-article-not-found = There is no article with the slug “{ $slug }”.

error-translation-not-found-title = Translation not found
# $slug: the article's slug; $language: the language tag of the translation
error-translation-not-found = The article “{ $slug }” has no translation into { $language }.

error-revision-not-found-title = Revision not found
# $number: the revision number asked for
error-revision-not-found = There is no revision { $number }.

error-comment-not-found-title = Comment not found
# $id: the comment's number
error-comment-not-found = There is no comment { $id }.

error-finding-not-found-title = Finding not found
# $id: the finding's identifier; $revision: the revision checked
error-finding-not-found = Revision { $revision } has no finding { $id }: it may have been fixed. Load the checks again.

error-user-not-found-title = User not found
# $name: the user name asked for
error-user-not-found = There is no user named “{ $name }”.

error-token-not-found-title = Token not found
# $id: the token's number
error-token-not-found = There is no token { $id }.

error-webhook-not-found-title = Webhook not found
# $id: the webhook's number
error-webhook-not-found = There is no webhook { $id }.

error-glossary-term-not-found-title = Glossary term not found
# $id: the term's number
error-glossary-term-not-found = This glossary has no term { $id }.

error-route-not-found-title = Not found
# $path: the path of the request
error-route-not-found = There is nothing at { $path }.

error-method-not-allowed-title = Method not allowed
# $method: the HTTP method of the request
error-method-not-allowed = The method { $method } is not allowed on this resource.

error-not-acceptable-title = Not acceptable
# $accepted: the media types this resource can be served as
error-not-acceptable = This resource cannot be served in the format you asked for. Available formats: { $accepted }.

## Conflicts

error-slug-taken-title = Slug already taken
# $slug: the slug asked for
error-slug-taken = An article with the slug “{ $slug }” already exists.

error-translation-exists-title = Translation already exists
# $slug: the article's slug; $language: the language tag of the translation
error-translation-exists = The article “{ $slug }” already has a translation into { $language }.

error-same-language-title = Same language as the original
# $language: the language tag of the article
error-same-language = The article is written in { $language }; a translation must be into another language.

error-user-exists-title = User already exists
# $name: the user name asked for
error-user-exists = A user named “{ $name }” already exists.

error-glossary-term-exists-title = Term already in the glossary
# $term: the term
error-glossary-term-exists = This glossary already has “{ $term }”: edit that entry instead.

## Revisions and concurrent edits (ETag and If-Match)

error-precondition-required-title = If-Match required
error-precondition-required = This request needs an If-Match header: send the ETag of the head revision you edited.

error-precondition-failed-title = Edit conflict
# $expected: the revision the client edited; $current: the head revision now
error-precondition-failed = You edited revision { $expected }, but the head is now revision { $current }. Fetch it, merge your changes and try again.

error-tag-mismatch-title = Edit conflict
# $current: the head revision now
error-tag-mismatch = The If-Match header names no current version: the head is now revision { $current }. Fetch it, merge your changes and try again.

error-glossary-term-stale-title = Edit conflict
# $expected: the version the client edited; $current: the version now
error-glossary-term-stale = You edited version { $expected } of this term, but someone has changed it since: it is now at version { $current }. Fetch it, merge your changes and try again.

error-invalid-if-match-title = Invalid If-Match header
# $value: the header as sent
error-invalid-if-match = “{ $value }” is not a valid If-Match value. Send the ETag of a revision, for example "3".

error-source-revision-invalid-title = Invalid source revision
# $number: the source revision asked for; $head: the article's head revision
error-source-revision-invalid = Revision { $number } of the original cannot be used: choose an existing revision, up to the head, revision { $head }.

error-diff-range-invalid-title = Invalid diff range
# $from and $to: the revision numbers to compare
error-diff-range-invalid = Cannot compare revision { $from } with revision { $to }: both revisions must exist and be given in order.

## Editorial workflow

error-transition-not-allowed-title = Action not allowed
# $action: the name of the action (see workflow.ftl); $state: the name of the
# current state; $allowed: the names of the actions allowed now, joined into a list
error-transition-not-allowed = You cannot “{ $action }” while the translation is “{ $state }”. Allowed now: { $allowed }.

error-revision-not-allowed-title = Revisions not allowed now
# $state: the name of the current state; $allowed: the names of the actions
# allowed now, joined into a list
error-revision-not-allowed = You cannot add a revision while the translation is “{ $state }”. Allowed now: { $allowed }.

error-not-head-title = Not the latest revision
# $revision: the revision approved; $head: the head revision
error-not-head = You approved revision { $revision }, but the head is revision { $head }. Review the latest revision and approve it.

error-second-pair-of-eyes-title = Another editor must approve
error-second-pair-of-eyes = You wrote a revision since the last approval; another { -editor } must approve this translation.

error-open-threads-title = Review threads are open
# $count: the number of review threads (comments) not yet resolved, a number
error-open-threads = { $count ->
        [one] { $count } review thread is still open.
       *[other] { $count } review threads are still open.
    } Resolve them first, or acknowledge them (acknowledge_open_threads) to approve anyway.

error-checks-failing-title = Checks found errors
# $count: the number of error-level findings neither fixed nor dismissed, a number
error-checks-failing = { $count ->
        [one] { $count } error found by the checks is neither fixed nor dismissed.
       *[other] { $count } errors found by the checks are neither fixed nor dismissed.
    } Fix them, or dismiss each with a reason, before approving.

error-comment-required-title = Comment required
# $action: the name of the action (see workflow.ftl)
error-comment-required = To “{ $action }”, add a comment giving the reason.

error-outdated-not-acknowledged-title = Translation is outdated
# $source_revision: the revision of the original that the translation follows;
# $head: the head revision of the original
error-outdated-not-acknowledged = This translation follows revision { $source_revision } of the original, which is now at revision { $head }. Update the translation, or acknowledge that it is outdated to publish it anyway.

## Who a translation belongs to, and people's settings

error-handover-not-allowed-title = Cannot change hands now
# $handover: which change, a selector that is not shown: claim or assign;
# $state: the current state's name; $allowed: the names of the actions allowed
# now, already joined into a list
error-handover-not-allowed = { $handover ->
    [claim] You cannot claim a translation while it is “{ $state }”.
   *[assign] You cannot assign a translation while it is “{ $state }”.
} Allowed now: { $allowed }.

error-not-assignee-title = Assigned to someone else
# $assignee: the display name of the person the translation is assigned to
error-not-assignee = This translation is assigned to { $assignee }. Only they and editors can add revisions to it or submit it; an { -editor } can assign it to you.

error-translation-unassigned-title = Not assigned
error-translation-unassigned = This translation is assigned to no one. Claim it first, then add revisions or submit it.

error-translation-held-title = Already assigned
# $assignee: the display name of the person who holds the translation
error-translation-held = { $assignee } holds this translation. An { -editor } can assign it to you.

error-assignee-not-eligible-title = Cannot be assigned
# $name: the user name given
error-assignee-not-eligible = There is no { -translator } or { -editor } named “{ $name }”. A translation can be assigned only to someone who translates or edits.

error-unsupported-language-title = Unsupported interface language
# $language: the language as sent; $supported: the interface languages' tags, already joined into a list
error-unsupported-language = “{ $language }” is not an interface language of { -brand-name }. Choose one of: { $supported }.

## Publishing errors

error-correction-note-required-title = Correction note required
error-correction-note-required = This translation was published before, so publishing it again is a correction. Give a correction_note for readers.

error-not-published-title = Not published
# $slug: the article's slug; $language: the translation's language tag
error-not-published = The { $language } translation of “{ $slug }” has not been published.

error-edition-not-found-title = Edition not found
# $number: the edition number asked for
error-edition-not-found = There is no edition { $number } of this translation.

error-withdrawn-title = Withdrawn
# $reason: why the publisher withdrew it
error-withdrawn = This article has been withdrawn: { $reason }

error-refresh-not-published-title = Cannot refresh in this state
# $state: the name of the translation's state
error-refresh-not-published = Only a published translation can have the original's text refreshed; this one is “{ $state }”.

error-refresh-not-minor-title = The original changed more than a typo
# $source_revision: the revision of the original the current edition shows; $major: a later revision of the original that is not minor
error-refresh-not-minor = The current edition shows revision { $source_revision } of the original, and revision { $major } since then is not a minor fix. The translation has to follow it: revise it, have it approved and publish it as a correction.

error-refresh-unchanged-title = Nothing to refresh
# $revision: the original's newest revision, which the current edition already shows
error-refresh-unchanged = The current edition already shows the original's newest text (revision { $revision }).

error-invalid-url-title = Invalid URL
# $url: the URL given
error-invalid-url = “{ $url }” is not an http or https URL that a webhook can be delivered to.

error-webhook-destination-title = Destination not allowed
# $host: the host of the URL given
error-webhook-destination = Webhooks are not delivered to { $host }: it is this machine, a private or link-local network, or a reserved address.
error-secret-length-title = Secret of the wrong length
# $min, $max: the shortest and longest secret allowed, in bytes
error-secret-length = A webhook secret must be { $min } to { $max } bytes long.

## Limits

error-too-many-requests-title = Too many requests
# $seconds: how long to wait before trying again
error-too-many-requests = Too many requests came from your address in a short time. Try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.

## Server errors

error-internal-title = Internal error
# $request_id: the id of the request, to quote when reporting the problem
error-internal = Something went wrong on our side. If it happens again, report it with the request id { $request_id }.

error-service-unavailable-title = Service unavailable
error-service-unavailable = { -brand-name } is unavailable right now. Please try again in a moment.

error-schema-newer-title = Database schema is newer
error-schema-newer = The database has been migrated by a newer version of { -brand-name } (migrations { $migrations }). Upgrade this server, or point it at another database.

## Search

error-search-query-empty-title = Nothing to search for
error-search-query-empty = Type a word, a name or a few characters to search for.

error-search-query-too-long-title = Search too long
# $max: the most characters a search may have
error-search-query-too-long = A search may have at most { $max } characters.
