### Shared terms for every other file of this locale: the product's name and the
### names of workflow states and roles. Terms are not looked up from code; the
### messages in workflow.ftl, errors.ftl, web.ftl and cli.ftl refer to them.
### A term's id, without its hyphen, must not be a message id: the bundle
### keeps terms and messages in one namespace.

## Product

-brand-name = Bitext

## Workflow states of a translation (used by workflow.ftl)

-draft = draft
-in-review = in review
-changes-requested = changes requested
-approved = approved
-published = published
-withdrawn = withdrawn

## Roles of a person (used by workflow.ftl and errors.ftl)

-translator = translator
-editor = editor
-publisher = publisher
-admin = admin
