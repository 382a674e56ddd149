### Names of workflow states, actions and roles, shown by bitext-http in API
### errors (as $state, $action, $allowed and $roles) and on web pages.
### The ids end with the name the API uses (`in_review`, `request_changes`).

## States of a translation

state-draft = { -draft }
state-in_review = { -in-review }
state-changes_requested = { -changes-requested }
state-approved = { -approved }
state-published = { -published }
state-withdrawn = { -withdrawn }

## Actions on a translation (POST …/translations/{lang}/actions)

action-submit = submit for review
action-approve = approve
action-request_changes = request changes
action-publish = publish
action-withdraw = withdraw
action-reopen = reopen

## Roles

role-translator = { -translator }
role-editor = { -editor }
role-publisher = { -publisher }
role-admin = { -admin }
