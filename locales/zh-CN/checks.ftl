## 质量检查：每条检查结果的说明，审校页、API 和 bitext check 都用它。
## 编号为 check- 加检查结果的代码。变量在没有时为“-”：
## $source 与 $translation：结果所指的原文与译文；
## $source_value 与 $translation_value：数字读作的值；
## $suggestion：建议改为；$expected：检查要找的内容。

severity-error = 错误
severity-warning = 警告

check-figure-mismatch = 原文“{ $source }”（读作 { $source_value }）在译文中没有相等的数字，译文为“{ $translation }”（读作 { $translation_value }）
check-paragraph-identical = 译文与原文相同。
check-source-script = 译文仍是原文的文字：“{ $translation }”
check-paragraph-empty = 原文此段有内容，译文却没有。
check-placeholder = 译文中留有占位符“{ $translation }”。

## 段落对齐：译文第 i 段对应原文第 i 段。
check-paragraph-count = 原文有 { $source_value } 段，译文有 { $translation_value } 段：从这一段起，段落不再一一对应。
check-alignment-split = 这一段从“{ $translation }”起译的是原文的下一段：请从那里分段。
check-alignment-merge = 这一段和下一段译的是原文的同一段：请把两段合并。
check-alignment-missing = 译文漏译了原文这一段（“{ $source }”），之后的段落因此错位。
check-alignment-extra = 译文这一段（“{ $translation }”）在原文中没有对应的段落，之后的段落因此错位。

## 译文的标点与排版。
check-full-width-punctuation = 英文中用了中文（全角）标点“{ $translation }”：应写作“{ $suggestion }”。
check-half-width-punctuation = 汉字之间的“{ $translation }”应为全角的“{ $suggestion }”。
check-unpaired-mark = 本段中“{ $translation }”没有与之配对的“{ $expected }”。
check-double-space = 连用了多个空格，一个就够了。
check-space-between-han = 中文字间不加空格：“{ $translation }”应为“{ $suggestion }”。
check-question-lost = 原文此处是问句（“{ $source }”），译文却不再是问句。
check-glossary-missing = 术语表将“{ $source }”译为“{ $expected }”，但译文中既没有这个译法，也没有允许的其他译法。
check-glossary-forbidden = 术语表不允许将“{ $source }”译为“{ $translation }”，应写作“{ $suggestion }”。
check-name-inconsistent = 译文前面把这个人名写作“{ $expected }”，此处却写作“{ $translation }”。
