### 翻译工作区：原文与译文并排、保存、合并过时的保存、评论。

## 文章页面：原文、译文和修订历史。
## $language：语言标记；$revision、$from、$to：修订号；$author：用户名。

article-source-language = 原文语言：{ $language }
article-head = 第 { $revision } 版
article-source-heading = 原文，第 { $revision } 版
article-translations = 译文
article-translations-none = 还没有译文。
article-translation-revision = 修订
article-translation-pages = 页面
article-renders-source = （原文第 { $revision } 版）
article-link-workspace = 工作区
article-link-review = 审校
article-link-publish = 发布
article-history = 修订历史
article-history-more = 更新的修订
article-revision = 修订
article-author = 作者
article-time = 时间
article-minor = 小改
article-revision-by = 第 { $revision } 版，{ $author } 修改
article-compare = 比较
article-compare-from = 从
article-compare-to = 到
article-compare-old = 旧版：
article-compare-new = 新版：
article-compare-parent = 改动 { $from } → { $to }
article-compare-head = { $from } → 最新版
article-compare-title = 比较原文修订

## 原文编辑修订原文。

article-revise = 修订原文
article-minor-change = 小改
article-minor-hint = 错别字或排版修正：译文不会因此过时。
article-revise-save = 保存原文修订

## 译者开始翻译。

article-start = 开始翻译
article-start-hint = 原文就在表单旁边。开始后，这篇译文由你负责。
article-start-language = 译文语言（语言标记，如 en 或 zh-Hant）
article-start-save = 开始翻译

## 差异。$number：段落编号（从 1 起）；$count：折叠的未改动段落数；
## $changed、$inserted、$deleted：段落数。

article-diff-inserted = 插入：
article-diff-deleted = 删除：
article-diff-paragraph-changed = 第 { $number } 段有改动：
article-diff-paragraph-inserted = 新增第 { $number } 段：
article-diff-paragraph-deleted = 删去第 { $number } 段：
article-diff-folded = ⋯ { $count } 段未改动
article-diff-stats = 改动 { $changed } 段，新增 { $inserted } 段，删去 { $deleted } 段。
article-diff-none = 两个版本的正文相同。
article-diff-keys = 按 j 和 k 在改动之间移动。

## 工作区。$language：语言标记；$revision、$head、$from、$to：修订号；
## $number：段落编号（从 1 起）；$state：工作流状态名称。

workspace-heading = { $language } 译文
workspace-head = 最新修订
workspace-source-revision = 原文
workspace-renders = 翻译自原文第 { $revision } 版（共 { $head } 版）
workspace-no-assignee = 无人负责
workspace-article = 文章页面
workspace-submit = 提交审校
workspace-claim = 认领这篇译文
workspace-save-closed = 已撤回的译文不能再添加修订。
workspace-save-moves = 保存修订后，这篇译文将回到“{ $state }”状态。
workspace-source = 原文（{ $language }），第 { $revision } 版
workspace-translation = 译文（{ $language }），基于第 { $revision } 版
workspace-comments = 评论
workspace-comments-general = 针对全文的评论
workspace-paragraph = 第 { $number } 段
workspace-source-changed = 原文已从第 { $from } 版改为第 { $to } 版
workspace-source-changed-hint = 自译文完成以来原文有改动的段落，原文栏会标出改动之处。保存后即记录译文已跟上最新原文。
workspace-restored = 已恢复你上次未保存的内容，目前尚未保存。
workspace-save = 保存
workspace-no-base = 表单没有注明基于哪个修订，因此未保存任何内容。你的文字在下方：请复制后重新打开页面再粘贴。

## 页边评论。$number：段落编号（从 1 起）。

workspace-comment-resolved = 已解决
workspace-comment-quote-gone = 引用的文字已不在这一段中。
workspace-comment-detached = 这条评论所指的段落已不存在。
workspace-comment-reply = 回复
workspace-comment-reply-label = 你的回复
workspace-comment-resolve = 标为已解决
workspace-comment-reopen = 重新打开
workspace-comment-on-paragraph = 评论第 { $number } 段
workspace-comment-new = 写评论
workspace-comment-where = 评论对象
workspace-comment-whole = 全文
workspace-comment-label = 你的评论
workspace-comment-add = 添加评论

## 过时保存的合并页面。$base、$head、$revision：修订号；$author：保存较新修订的用户；
## $count：冲突数；$number：冲突编号（从 1 起）；$who：谁删去了段落：yours、theirs 或 both。

merge-title = 你编辑期间，有人保存了这篇文字
merge-explain = 你编辑的是第 { $base } 版，但 { $author } 在此期间保存了第 { $head } 版。你的内容尚未保存，也没有丢失：互不重叠的改动已在下方合并。请检查文字后再保存。
merge-conflicts = { $count ->
    [0] 没有两人都改过的段落：文字已合并，没有冲突。
   *[other] 有 { $count } 处两人都改过：请逐处选择要保留的内容。
}
merge-conflict = 冲突 { $number }：你们都改了这里
merge-theirs = 第 { $revision } 版，{ $author } 修改
merge-yours = 你的文字
merge-removed = （已删去）
merge-choose = 保留
merge-take-theirs = 对方的版本
merge-take-yours = 你的版本，即下框中的文字
merge-take-both = 两者都保留：先对方，后你的
merge-your-text = 你的版本（可在此修改）
merge-from-yours = 你的改动
merge-from-theirs = 第 { $revision } 版中的改动
merge-from-both = 你们作了相同的改动
merge-paragraph-removed = { $who ->
    [yours] 你删去了这一段：
    [theirs] 较新的修订删去了这一段：
   *[both] 你们都删去了这一段：
}
merge-other-title = 你们都改了标题。已保留你的标题；第 { $revision } 版的标题是：
merge-save = 保存合并后的文字
merge-back = 不保存，返回页面

## 每个原文段落下的翻译记忆

workspace-memory = 翻译记忆：{ $count } 条建议，最高匹配 { $best }%
workspace-memory-score = 匹配 { $score }%
workspace-memory-carry-over = 核准后未改动
workspace-memory-approved = 核准于 { $slug }，第 { $revision } 版
workspace-memory-imported = 导入
workspace-memory-by = 译者 { $translator }
workspace-memory-published = 已发布
workspace-memory-withdrawn = 已撤回
workspace-memory-source = 记忆中的原文，与本段不同之处已标出：
workspace-memory-use = 使用此译文
