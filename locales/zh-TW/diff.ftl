### 差異：兩個版本之間的 HTML 差異頁（API）以及兩個檔案的 `bitext diff`（bitext-front）。

## HTML 差異頁（GET …/diff，Accept: text/html）

diff-title = { $title }：第 { $from } 版與第 { $to } 版之間的變更
diff-legend-inserted = 新增
diff-legend-deleted = 刪除
# 遠離變更處、摺疊起來的一串未變更段落的摘要，點開即可查看；$count 是段落數。
diff-folded = ⋯ { $count } 段未變更

## bitext diff

# 兩個檔案之間差異的 HTML 頁面的標題。
cli-diff-title = 從 { $old } 到 { $new } 的變更
cli-diff-cannot-read = 無法讀取 { $path }：{ $error }
cli-diff-not-utf8 = { $path } 不是 UTF-8 文字。
