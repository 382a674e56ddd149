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
check-glossary-missing = 术语表将“{ $source }”译为“{ $expected }”，但译文中既没有这个译法，也没有允许的其他译法。
check-glossary-forbidden = 术语表不允许将“{ $source }”译为“{ $translation }”，应写作“{ $suggestion }”。
check-name-inconsistent = 译文前面把这个人名写作“{ $expected }”，此处却写作“{ $translation }”。
