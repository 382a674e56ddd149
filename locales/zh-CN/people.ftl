### The people page (admins): users, roles, tokens and passwords.
