### The review page: the diff since the editor last reviewed, beside the source; comments and decisions.

## 译文各页面之间的链接，以及译文状态一览（发布页和历史页也使用）

review-tabs = 本译文的页面
review-tab-article = 文章
review-tab-workspace = 工作区
review-tab-review = 审校
review-tab-publish = 发布
review-tab-history = 历史
review-head = 最新修订
review-source-revision = 原文修订
# $revision：译文所依据的原文修订；$head：原文最新的重大修订。
review-source-of = { $revision }（原文现为 { $head }）

## 页面；$language 是译文的语言代码。

review-title = 审校：{ $language } 译文
# $name：提交者；$revision：提交的修订。
review-submitted-by = 由 { $name } 提交审校（修订 { $revision }），
review-never-submitted = 尚未提交审校。
review-comparing = 从修订 { $from } 到修订 { $to } 的改动。
review-whole = 修订 { $revision } 全文。
review-renders = 它依据原文修订 { $revision }。
review-not-head = 你正在查看修订 { $revision }，但最新的是修订 { $head }。只有最新修订才能批准。
review-see-head = 比较到最新修订
review-changes = 改动
review-legend-inserted = 新增
review-legend-deleted = 删除
review-keys = 快捷键：j 跳到下一处改动，k 跳到上一处。
review-no-changes = 这两个修订之间没有改动，下面显示全文。
review-source-column = 原文，修订 { $revision }
review-translation-column = 译文，修订 { $revision }
review-comments-column = 评论

## 比较任意两个修订；$date 是日期和时间。

review-from = 起始修订
review-to = 目标修订
review-compare = 比较
review-revision-option = { $number } · { $author } · { $date }

## 比较的各行

review-paragraph = 第 { $number } 段
review-paragraph-deleted = 原第 { $number } 段
review-kind-unchanged = 未改动
review-kind-changed = 已修改
review-kind-inserted = 新增
review-kind-deleted = 已删除
review-kind-untranslated = 未翻译
review-original = 原文：
review-translation = 译文：
review-no-source = 没有对应的原文段落。
review-not-translated = 这一段还没有译文。
# 屏幕阅读器在改动文字前后读出。
review-inserted = 新增：
review-inserted-end = 新增结束。
review-deleted = 删除：
review-deleted-end = 删除结束。
# 一串未改动段落的摘要，展开后显示这些段落。
review-folded = { $count } 段未改动

## 评论

review-comment-revision = 针对修订 { $revision }
review-quote-gone = 这一段已不再包含所引用的文字。
review-resolved-by = 已由 { $name } 解决。
review-resolve = 解决
review-reopen = 重新打开
review-reply = 回复
review-reply-body = 你的回复
review-reply-send = 发送回复
review-comment-on = 评论第 { $number } 段
review-comment-on-all = 评论整个修订
review-quote = 引用文字（可选）
review-quote-help = 在该段中选中文字，即可引用到这里。
review-comment-body = 评论
review-comment-send = 添加评论
review-general = 针对整个修订的评论
review-detached = 针对已不存在段落的评论

## 决定

review-decision = 决定
review-approved-by = 修订 { $revision } 已由 { $name } 批准。
# $state：译文状态的名称。
review-not-in-review = 这篇译文目前为“{ $state }”：只有在审校中才能作出决定。
review-editors-decide = 由编辑批准译文或要求修改。
review-acknowledge-threads = 还有 { $count } 个讨论未解决；仍然批准。
review-approve = 批准修订 { $revision }
review-request-comment = 需要修改什么（必填）
review-request-changes = 要求修改

## The one form that starts a comment thread; $number counts paragraphs from 1.

review-comment-new = 新评论
review-comment-where = 针对
review-paragraph-number = 第 { $number } 段

## 审校页上的质量检查
checks-title = 检查
checks-clean = 第 { $revision } 版未检查出问题。
checks-counts = { $errors } 个错误，{ $warnings } 个警告，已忽略 { $dismissed } 个。
checks-paragraph = 第 { $number } 段
checks-dismissed = 已忽略
checks-suggestion = 建议改为：“{ $suggestion }”
checks-dismissed-by = { $name } 在第 { $revision } 版忽略了此项：
checks-dismiss = 忽略……
checks-reason = 为什么这不是错误
checks-dismiss-button = 忽略此检查结果
checks-hold-approval = 检查发现的 { $count } 个错误改正或忽略之后才能批准。
checks-see = 查看检查结果
done-dismissed = 已忽略该检查结果。
