## 品質檢查：每條檢查結果的說明，審校頁、API 和 bitext check 都用它。
## 編號為 check- 加檢查結果的代碼。變數在沒有時為「-」：
## $source 與 $translation：結果所指的原文與譯文；
## $source_value 與 $translation_value：數字讀作的值；
## $suggestion：建議改為；$expected：檢查要找的內容。

severity-error = 錯誤
severity-warning = 警告

check-figure-mismatch = 原文「{ $source }」（讀作 { $source_value }）在譯文中沒有相等的數字，譯文為「{ $translation }」（讀作 { $translation_value }）
check-paragraph-identical = 譯文與原文相同。
check-source-script = 譯文仍是原文的文字：「{ $translation }」
check-paragraph-empty = 原文此段有內容，譯文卻沒有。
check-placeholder = 譯文中留有佔位符「{ $translation }」。
check-glossary-missing = 詞彙表將「{ $source }」譯為「{ $expected }」，但譯文中既沒有這個譯法，也沒有允許的其他譯法。
check-glossary-forbidden = 詞彙表不允許將「{ $source }」譯為「{ $translation }」，應寫作「{ $suggestion }」。
check-name-inconsistent = 譯文前面把這個人名寫作「{ $expected }」，此處卻寫作「{ $translation }」。
