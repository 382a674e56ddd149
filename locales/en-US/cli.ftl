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

## bitext diff

# The title and heading of the HTML page of a diff between two files.
cli-diff-title = Changes from { $old } to { $new }
cli-diff-cannot-read = Cannot read { $path }: { $error }
cli-diff-not-utf8 = { $path } is not UTF-8 text.

## bitext check: one line per finding.
## $paragraph: the paragraph, from 0; $severity: severity-error or severity-warning;
## $code: the finding's code; $message: its check- message.

cli-check-glossary = Cannot read the glossary { $path }: { $error }
cli-check-line = paragraph { $paragraph }: { $severity }: { $code }: { $message }
