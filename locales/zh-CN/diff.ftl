### 差异：两个版本之间的 HTML 差异页（API）以及两个文件的 `bitext diff`（bitext-front）。

## HTML 差异页（GET …/diff，Accept: text/html）

diff-title = { $title }：第 { $from } 版与第 { $to } 版之间的改动
diff-legend-inserted = 新增
diff-legend-deleted = 删除
# 远离改动处、折叠起来的一串未改动段落的摘要，点开即可查看；$count 是段落数。
diff-folded = ⋯ { $count } 段未改动

## bitext diff

# 两个文件之间差异的 HTML 页面的标题。
cli-diff-title = 从 { $old } 到 { $new } 的改动
cli-diff-cannot-read = 无法读取 { $path }：{ $error }
cli-diff-not-utf8 = { $path } 不是 UTF-8 文本。
