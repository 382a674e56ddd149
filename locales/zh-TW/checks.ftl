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

## 段落對齊：譯文第 i 段對應原文第 i 段。
check-paragraph-count = 原文有 { $source_value } 段，譯文有 { $translation_value } 段：從這一段起，段落不再一一對應。
check-alignment-split = 這一段從「{ $translation }」起譯的是原文的下一段：請從那裡分段。
check-alignment-merge = 這一段和下一段譯的是原文的同一段：請把兩段合併。
check-alignment-missing = 譯文漏譯了原文這一段（「{ $source }」），之後的段落因此錯位。
check-alignment-extra = 譯文這一段（「{ $translation }」）在原文中沒有對應的段落，之後的段落因此錯位。

## 譯文的標點與排版。
check-full-width-punctuation = 英文中用了中文（全形）標點「{ $translation }」：應寫作「{ $suggestion }」。
check-half-width-punctuation = 漢字之間的「{ $translation }」應為全形的「{ $suggestion }」。
check-unpaired-mark = 本段中「{ $translation }」沒有與之配對的「{ $expected }」。
check-double-space = 連用了多個空格，一個就夠了。
check-space-between-han = 中文字間不加空格：「{ $translation }」應為「{ $suggestion }」。
check-question-lost = 原文此處是問句（「{ $source }」），譯文卻不再是問句。
check-glossary-missing = 詞彙表將「{ $source }」譯為「{ $expected }」，但譯文中既沒有這個譯法，也沒有允許的其他譯法。
check-glossary-forbidden = 詞彙表不允許將「{ $source }」譯為「{ $translation }」，應寫作「{ $suggestion }」。
check-name-inconsistent = 譯文前面把這個人名寫作「{ $expected }」，此處卻寫作「{ $translation }」。
