### The people page (admins): users, roles, tokens and passwords.

# $roles: the names of the roles, already joined into a list
people-roles-of = Roles: { $roles }
people-roles = Roles
people-tokens = API tokens
people-token-label = Label
people-token-created = Created
people-token-active = Active
people-token-revoked = Revoked
people-token-actions = Actions
people-revoke = Revoke
# $label: the token's label
people-revoke-named = Revoke the token “{ $label }”
people-new-token = New token
people-reset-password = Reset password
people-add = Add a person
people-name = User name
people-display-name = Name shown to others
people-add-submit = Add
# $name: the user name
people-added = { $name } was added. Their first API token:
people-token-issued = A new API token for { $name }:
people-password-reset = The new password of { $name } (every session they had has ended):
people-shown-once = This is shown only once. Copy it now and hand it over safely.
done-token-revoked = The token was revoked.
# $name: the user name
people-roles-of-person = Roles of { $name }
people-roles-save = Save roles
done-roles-changed = The roles were changed.
