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
check-glossary-missing = The glossary renders “{ $source }” as “{ $expected }”, and the translation has neither that nor an allowed variant.
check-glossary-forbidden = The glossary forbids “{ $translation }” for “{ $source }”: write “{ $suggestion }”.
check-name-inconsistent = “{ $translation }” renders a name the translation first wrote as “{ $expected }”.
