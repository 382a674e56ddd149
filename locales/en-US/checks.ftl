## Quality checks: what each finding says, wherever it is shown (the review page, the API, bitext check).
## The id is check- followed by the finding's code. Variables, each "-" where a finding has none:
## $source and $translation: the text the finding points at in each;
## $source_value and $translation_value: what a figure was read as;
## $suggestion: what to write instead; $expected: what the check looked for.

severity-error = error
severity-warning = warning

check-figure-mismatch = “{ $source }” (read as { $source_value }) has no equal in the translation, which has “{ $translation }” (read as { $translation_value })
check-paragraph-identical = The translation is the same as the source.
check-source-script = The translation is still written in the source's script: “{ $translation }”
check-paragraph-empty = The source has words here and the translation none.
check-placeholder = “{ $translation }” is a placeholder left in the translation.

## Alignment: paragraph i of the translation renders paragraph i of the source.
check-paragraph-count = The source has { $source_value } paragraphs and the translation { $translation_value }: from this paragraph on, the pairs are off.
check-alignment-split = This paragraph renders the next source paragraph too, from “{ $translation }” on: split it there.
check-alignment-merge = This paragraph and the next one render this one source paragraph: merge them.
check-alignment-missing = The translation leaves out this source paragraph (“{ $source }”), so the pairs after it are off.
check-alignment-extra = This paragraph (“{ $translation }”) renders nothing in the source, so the pairs after it are off.

## Punctuation and typography of the translation.
check-full-width-punctuation = “{ $translation }” is Chinese (full-width) punctuation in English text: write “{ $suggestion }”.
check-half-width-punctuation = “{ $translation }” between Chinese characters should be the full-width “{ $suggestion }”.
check-unpaired-mark = “{ $translation }” has no matching “{ $expected }” in this paragraph.
check-double-space = Several spaces in a row where one is enough.
check-space-between-han = Chinese is written without spaces: “{ $translation }” should be “{ $suggestion }”.
check-question-lost = The source asks a question here (“{ $source }”) that the translation no longer asks.
check-glossary-missing = The glossary renders “{ $source }” as “{ $expected }”, and the translation has neither that nor an allowed variant.
check-glossary-forbidden = The glossary forbids “{ $translation }” for “{ $source }”: write “{ $suggestion }”.
check-name-inconsistent = “{ $translation }” renders a name the translation first wrote as “{ $expected }”.
