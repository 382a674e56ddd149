### Messages printed by the `bitext` command line (bitext-cli).

## bitext user, bitext token

cli-user-created = Created user { $name } with roles: { $roles }.
cli-token-created = Created token { $id }.
cli-token-shown-once = Keep this token now: it is shown only once.
cli-token-revoked = Revoked token { $id }.
cli-token-state-active = active
cli-token-state-revoked = revoked
cli-roles-required = Give at least one role with --role.
# $max: the longest user name, in characters
cli-user-name-length = A user name is 1 to { $max } characters long.
cli-password-prompt = New password:{" "}
# $name: the person whose password was set
cli-password-set = Set the password of { $name }; their sessions are signed out.

## bitext demo

cli-demo-loaded = { $articles ->
    [one] Loaded { $articles } demo article.
   *[other] Loaded { $articles } demo articles.
}
# $slug: the demo's main article
cli-demo-already-loaded = The demo is already loaded (article { $slug }).
# Before the demo people's lines, each with these four fields separated by tabs.
cli-demo-people = The demo people, each with their roles, API token and password:
# After them. $url: where a server started with `bitext serve` signs people in
cli-demo-sign-in = Start the server with “bitext serve”, then sign in at { $url } with a name and its password. The API takes the token: “Authorization: Bearer TOKEN”.

## bitext serve, bitext migrate

cli-serving = { -brand-name } is listening on { $addr }
# $error: why the runtime could not start
cli-no-runtime = Cannot start: { $error }
cli-migrated = The database is up to date: all migrations have been applied.
# $url: the value given to --public-url
cli-invalid-public-url = “{ $url }” is not an http or https URL.
cli-invalid-site-name = “{ $name }” is not a site name: give 1 to 100 characters on one line.

## bitext check: one line per finding.
## $paragraph: the paragraph, from 0; $severity: severity-error or severity-warning;
## $code: the finding's code; $message: its check- message.

cli-check-glossary = Cannot read the glossary { $path }: { $error }
cli-check-line = paragraph { $paragraph }: { $severity }: { $code }: { $message }

## bitext tm import

# $path: the file; $error: the system's words
cli-tm-unreadable = Cannot read { $path }: { $error }
# $read: units read; $recorded: new to the memory; $already: held before; $skipped: left out
cli-tm-imported = { $path }: { $read ->
    [one] one unit read
   *[other] { $read } units read
}; { $recorded } imported, { $already } already in the memory, { $skipped } skipped.

## Reading TMX files (bitext-tmx): one message per error code, for the import
## command and the import API. $line: the line of the unit's <tu> start tag, or
## where reading stopped; $detail: what the code names (a language tag, a date as
## written, a code point, an entity, the parser's own words), empty when none.

tmx-missing-source = Line { $line }: the unit has no text in its source language { $detail }, so it was skipped.
tmx-missing-target = Line { $line }: the unit has no translation, so it was skipped.
tmx-missing-language = Line { $line }: a variant of the unit has no language, so the unit was skipped.
tmx-missing-segment = Line { $line }: a variant of the unit has no segment, so the unit was skipped.
tmx-empty-segment = Line { $line }: the unit has an empty segment, so it was skipped.
tmx-duplicate-language = Line { $line }: the unit has two variants in { $detail }, so it was skipped.
tmx-bad-date = Line { $line }: “{ $detail }” is not a date like 20261130T064205Z, so the unit was skipped.
tmx-forbidden-character = Line { $line }: the unit holds the character { $detail }, which XML does not allow, so it was skipped.
tmx-unknown-entity = Line { $line }: the unit uses the unknown entity { $detail }, so it was skipped.
tmx-not-xml = Line { $line }: the file is not well-formed XML ({ $detail }). Reading stopped.
tmx-not-tmx = Line { $line }: the file is not a TMX document ({ $detail }). Reading stopped.
tmx-truncated = Line { $line }: the file ends before the TMX document does; it is incomplete. Reading stopped.
tmx-encoding = Line { $line }: the file is not readable as UTF-8 or UTF-16 ({ $detail }). Reading stopped.
tmx-read-failed = Line { $line }: reading the file failed ({ $detail }).
tmx-bad-language = Line { $line }: “{ $detail }” is not a language tag, so the unit was skipped.
tmx-same-language = Line { $line }: the unit's source and translation are both in { $detail }, so it was skipped.
tmx-segment-too-long = Line { $line }: a segment of the unit is longer than { $detail } characters, so it was skipped.

cli-backup-done = Backed up the database to { $file }: { $kilobytes } KiB in { $milliseconds } ms.
cli-backup-exists = { $file } exists already: give a new file name (a backup never overwrites a file).
cli-backup-sqlite-only = “bitext backup” copies a SQLite database. Back up PostgreSQL with its own tools (pg_dump, pg_basebackup).
cli-backup-unsound = The copy failed its integrity check, and was removed: { $problems }
cli-backup-no-folder = There is no folder { $folder } to write the backup in.

cli-copy-same = “--from” and “--to” name the same database: copy into another one.
cli-copy-source-schema = The source database has { $applied } of this version's { $known } migrations: run “bitext migrate” on it first, or copy with the version that wrote it.
cli-copy-destination-not-empty = The destination holds other data ({ $table }: { $rows ->
        [one] one row
       *[other] { $rows } rows
    }), so nothing was copied. Copy into a new or empty database.
cli-copy-mismatch = The copy differs from the source in: { $tables }. Empty the destination and copy again.
cli-copy-copying = Copying
cli-copy-verifying = Verifying the copy:
cli-copy-verifying-source = Reading the source:
cli-copy-indexing = Indexing the translation memory
cli-copy-done = Copied and verified { $rows } rows in { $tables } tables in { $seconds } s; indexed { $indexed } memory units.
cli-copy-already = The destination holds this copy already: { $rows } rows in { $tables } tables verified in { $seconds } s; indexed { $indexed } memory units still waiting.

## bitext hands every command but diff to bitext-full, installed beside it.

# $path: where bitext-full was looked for; $error: the system's words
cli-full-missing = Cannot start { $path }: { $error }. It is part of bitext and must be installed beside it.
