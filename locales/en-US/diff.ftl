### Diffs: the HTML diff of two revisions (the API) and `bitext diff` of two files (bitext-front).

## HTML diff (GET …/diff with Accept: text/html)

diff-title = { $title }: changes from revision { $from } to revision { $to }
diff-legend-inserted = Inserted
diff-legend-deleted = Deleted
# The summary of a run of unchanged paragraphs folded away, away from the
# changes; it opens to show them. $count: how many paragraphs it holds.
diff-folded = { $count ->
    [one] ⋯ { $count } unchanged paragraph
   *[other] ⋯ { $count } unchanged paragraphs
}

## bitext diff

# The title and heading of the HTML page of a diff between two files.
cli-diff-title = Changes from { $old } to { $new }
cli-diff-cannot-read = Cannot read { $path }: { $error }
cli-diff-not-utf8 = { $path } is not UTF-8 text.
