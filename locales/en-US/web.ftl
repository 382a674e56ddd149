### Text of the public web pages rendered by bitext-http: credit lines of
### published articles, the HTML diff and notices on the reading page.

## Credit lines of a published edition.
## $names, $translators and $editors are lists of people already joined with
## list-separator and list-last-separator.

credit-translated-by = Translated by { $names }.
credit-edited-by = Edited by { $names }.
credit-line = Translated by { $translators }. Edited by { $editors }.

## Joining names into a list: "A, B and C".
## list-separator goes between all names but the last two,
## list-last-separator between the last two.

list-separator = {", "}
list-last-separator = {" and "}

## HTML diff (GET …/diff with Accept: text/html)

diff-title = { $slug }: changes from revision { $from } to revision { $to }
diff-legend-inserted = Inserted
diff-legend-deleted = Deleted

## Reading page (GET /read/{slug}/{lang})

web-outdated = This translation is based on revision { $source_revision } of the original; the original has since been revised (now revision { $head }).
web-withdrawn-title = Withdrawn
web-withdrawn = This translation has been withdrawn: { $reason }
web-correction = Correction: { $note }
web-layout-side-by-side = Side by side
web-layout-interleaved = Interleaved
web-layout-translation = Translation only
