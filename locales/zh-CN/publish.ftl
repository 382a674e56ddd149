### The publish page and history: credits, corrections, withdrawal, editions, comparing revisions and the audit trail.

## 发布页；$language 是译文的语言代码。

publish-title = 发布：{ $language } 译文
publish-actions = 发布
publish-withdrawn = 已撤回：{ $reason }
publish-approved = 修订 { $revision } 已批准，可以发布。
# $state：译文状态的名称。
publish-waiting = 这篇译文目前为“{ $state }”：经编辑批准后才能发布。
publish-to-review = 前往审校
publish-correction-note = 更正说明，向读者显示（再次发布时必填）
# $revision：译文所依据的原文修订；$head：原文最新的重大修订。
publish-acknowledge-outdated = 译文完成后原文已有改动（依据修订 { $revision }，现为 { $head }）；仍然发布。
# $edition：新版本的编号。
publish-publish = 发布第 { $edition } 版
publish-withdraw-reason = 撤回原因，向读者显示（必填）
publish-withdraw = 撤回
publish-reopen = 重新打开为草稿
publish-reopen-help = 用于更正译文：在下一版发布前，当前版本仍然在线。
publish-refresh = 更新原文文本（小修）
# $edition：当前版本；$from：该版本所载的原文修订版本；$to：原文的最新修订版本；$next：新版本的版本号。
publish-refresh-help = 自第 { $edition } 版以来，原文只有小修（第 { $from } 版，现为第 { $to } 版）。第 { $next } 版将向读者呈现原文的最新文本，译文不变，不附更正说明，订阅源也不会将其作为更新推送。

## 署名

publish-credits = 署名
# $revision：下一版将发布的译文修订。
publish-credits-of = 下一版（修订 { $revision }）的署名如下：
publish-interface-language = 读者的语言
publish-credit-line = 署名
publish-no-credits = 暂无可署名的人。
publish-override = 自定义署名
publish-override-help = 在所有语言中替换自动生成的署名；留空则恢复自动生成的署名。
publish-override-save = 保存署名

## 版本

publish-editions = 版本
publish-no-editions = 尚未发布。
publish-edition = 版本
publish-edition-number = 第 { $number } 版
publish-published-at = 发布时间
publish-publisher = 发布者
publish-revisions = 修订
# $translation：译文修订；$source：原文修订。
publish-revisions-of = 译文 { $translation }，原文 { $source }
publish-correction = 更正说明
publish-minor = 小修：更新了原文文本

## 历史页

history-title = 历史：{ $language } 译文
history-revisions = 修订
history-revision = 修订
history-author = 作者
history-time = 时间
history-changes = 改动
history-changes-of = 修订 { $number } 的改动
history-events = 审计记录
history-no-events = 暂无记录。
history-who = 操作者
history-what = 操作
history-detail = 详情
history-state-change = { $from } → { $to }
history-first-page = 第一页
history-comment-number = 评论 { $number }
history-yes = 是
history-no = 否

## 事件记录的详情

history-detail-comment = 评论
history-detail-correction_note = 更正说明
history-detail-credit_override = 署名
history-detail-acknowledged_outdated = 在过时状态下发布
history-detail-source_revision = 原文修订
history-detail-source_head = 原文最新修订
history-detail-acknowledged_open_threads = 在有未解决讨论时批准
history-detail-open_threads = 未解决的讨论
history-detail-from = 原为
history-detail-to = 改为
history-detail-edition = 版本
history-detail-source_from = 原先的原文修订版本
history-detail-source_to = 现在的原文修订版本
