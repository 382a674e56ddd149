### The publish page and history: credits, corrections, withdrawal, editions, comparing revisions and the audit trail.

## 發布頁；$language 是譯文的語言代碼。

publish-title = 發布：{ $language } 譯文
publish-actions = 發布
publish-withdrawn = 已撤回：{ $reason }
publish-approved = 修訂 { $revision } 已核准，可以發布。
# $state：譯文狀態的名稱。
publish-waiting = 這篇譯文目前為「{ $state }」：經編輯核准後才能發布。
publish-to-review = 前往審校
publish-correction-note = 更正說明，向讀者顯示（再次發布時必填）
# $revision：譯文所依據的原文修訂；$head：原文最新的重大修訂。
publish-acknowledge-outdated = 譯文完成後原文已有更動（依據修訂 { $revision }，目前為 { $head }）；仍然發布。
# $edition：新版本的編號。
publish-publish = 發布第 { $edition } 版
publish-withdraw-reason = 撤回原因，向讀者顯示（必填）
publish-withdraw = 撤回
publish-reopen = 重新開啟為草稿
publish-reopen-help = 用於更正譯文：在下一版發布前，目前的版本仍然在線上。
publish-refresh = 更新原文文字（小修）
# $edition：目前版本；$from：該版本所載的原文修訂版本；$to：原文的最新修訂版本；$next：新版本的版本號。
publish-refresh-help = 自第 { $edition } 版以來，原文只有小修（第 { $from } 版，現為第 { $to } 版）。第 { $next } 版將向讀者呈現原文的最新文字，譯文不變，不附更正說明，訂閱來源也不會將其作為更新推送。

## 署名

publish-credits = 署名
# $revision：下一版將發布的譯文修訂。
publish-credits-of = 下一版（修訂 { $revision }）的署名如下：
publish-interface-language = 讀者的語言
publish-credit-line = 署名
publish-no-credits = 目前沒有可署名的人。
publish-override = 自訂署名
publish-override-help = 在所有語言中取代自動產生的署名；留空則恢復自動產生的署名。
publish-override-save = 儲存署名

## 版本

publish-editions = 版本
publish-no-editions = 尚未發布。
publish-edition = 版本
publish-edition-number = 第 { $number } 版
publish-published-at = 發布時間
publish-publisher = 發布者
publish-revisions = 修訂
# $translation：譯文修訂；$source：原文修訂。
publish-revisions-of = 譯文 { $translation }，原文 { $source }
publish-correction = 更正說明
publish-minor = 小修：更新了原文文字

## 歷史頁

history-title = 歷史：{ $language } 譯文
history-revisions = 修訂
history-revision = 修訂
history-author = 作者
history-time = 時間
history-changes = 更動
history-changes-of = 修訂 { $number } 的更動
history-events = 稽核紀錄
history-no-events = 目前沒有紀錄。
history-who = 操作者
history-what = 操作
history-detail = 詳情
history-state-change = { $from } → { $to }
history-first-page = 第一頁
history-comment-number = 評論 { $number }
history-yes = 是
history-no = 否

## 事件記錄的詳情

history-detail-comment = 評論
history-detail-correction_note = 更正說明
history-detail-credit_override = 署名
history-detail-acknowledged_outdated = 在過時狀態下發布
history-detail-source_revision = 原文修訂
history-detail-source_head = 原文最新修訂
history-detail-acknowledged_open_threads = 在有未解決討論時核准
history-detail-open_threads = 未解決的討論
history-detail-from = 原為
history-detail-to = 改為
history-detail-edition = 版本
history-detail-source_from = 原先的原文修訂版本
history-detail-source_to = 現在的原文修訂版本
