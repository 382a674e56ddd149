### The translation workspace: source beside translation, saving, merging a stale save, comments.
