### The review page: the diff since the editor last reviewed, beside the source; comments and decisions.

## 譯文各頁面之間的連結，以及譯文狀態一覽（發布頁和歷史頁也使用）

review-tabs = 本譯文的頁面
review-tab-article = 文章
review-tab-workspace = 工作區
review-tab-review = 審校
review-tab-publish = 發布
review-tab-history = 歷史
review-head = 最新修訂
review-source-revision = 原文修訂
# $revision：譯文所依據的原文修訂；$head：原文最新的重大修訂。
review-source-of = { $revision }（原文目前為 { $head }）

## 頁面；$language 是譯文的語言代碼。

review-title = 審校：{ $language } 譯文
# $name：送交者；$revision：送交的修訂。
review-submitted-by = 由 { $name } 送交審校（修訂 { $revision }），
review-never-submitted = 尚未送交審校。
review-comparing = 從修訂 { $from } 到修訂 { $to } 的更動。
review-whole = 修訂 { $revision } 全文。
review-renders = 它依據原文修訂 { $revision }。
review-not-head = 你正在檢視修訂 { $revision }，但最新的是修訂 { $head }。只有最新修訂才能核准。
review-see-head = 比較到最新修訂
review-changes = 更動
review-legend-inserted = 新增
review-legend-deleted = 刪除
review-keys = 快速鍵：j 跳到下一處更動，k 跳到上一處。
review-no-changes = 這兩個修訂之間沒有更動，下面顯示全文。
review-source-column = 原文，修訂 { $revision }
review-translation-column = 譯文，修訂 { $revision }
review-comments-column = 評論

## 比較任意兩個修訂；$date 是日期和時間。

review-from = 起始修訂
review-to = 目標修訂
review-compare = 比較
review-revision-option = { $number } · { $author } · { $date }

## 比較的各列

review-paragraph = 第 { $number } 段
review-paragraph-deleted = 原第 { $number } 段
review-kind-unchanged = 未變更
review-kind-changed = 已修改
review-kind-inserted = 新增
review-kind-deleted = 已刪除
review-kind-untranslated = 未翻譯
review-original = 原文：
review-translation = 譯文：
review-no-source = 沒有對應的原文段落。
review-not-translated = 這一段還沒有譯文。
# 螢幕閱讀器在更動文字前後讀出。
review-inserted = 新增：
review-inserted-end = 新增結束。
review-deleted = 刪除：
review-deleted-end = 刪除結束。
# 一串未變更段落的摘要，展開後顯示這些段落。
review-folded = { $count } 段未變更

## 評論

review-comment-revision = 針對修訂 { $revision }
review-quote-gone = 這一段已不再包含所引用的文字。
review-resolved-by = 已由 { $name } 解決。
review-resolve = 解決
review-reopen = 重新開啟
review-reply = 回覆
review-reply-body = 你的回覆
review-reply-send = 送出回覆
review-comment-on = 評論第 { $number } 段
review-comment-on-all = 評論整個修訂
review-quote = 引用文字（選填）
review-quote-help = 在該段中選取文字，即可引用到這裡。
review-comment-body = 評論
review-comment-send = 新增評論
review-general = 針對整個修訂的評論
review-detached = 針對已不存在段落的評論

## 決定

review-decision = 決定
review-approved-by = 修訂 { $revision } 已由 { $name } 核准。
# $state：譯文狀態的名稱。
review-not-in-review = 這篇譯文目前為「{ $state }」：只有在審校中才能作出決定。
review-editors-decide = 由編輯核准譯文或要求修改。
review-acknowledge-threads = 還有 { $count } 個討論未解決；仍然核准。
review-approve = 核准修訂 { $revision }
review-request-comment = 需要修改什麼（必填）
review-request-changes = 要求修改

## The one form that starts a comment thread; $number counts paragraphs from 1.

review-comment-new = 新評論
review-comment-where = 針對
review-paragraph-number = 第 { $number } 段

## 審校頁上的品質檢查
checks-title = 檢查
checks-clean = 第 { $revision } 版未檢查出問題。
checks-counts = { $errors } 個錯誤，{ $warnings } 個警告，已略過 { $dismissed } 個。
checks-paragraph = 第 { $number } 段
checks-dismissed = 已略過
checks-suggestion = 建議改為：「{ $suggestion }」
checks-dismissed-by = { $name } 在第 { $revision } 版略過了此項：
checks-dismiss = 略過……
checks-reason = 為什麼這不是錯誤
checks-dismiss-button = 略過此檢查結果
checks-hold-approval = 檢查發現的 { $count } 個錯誤修正或略過之後才能核准。
checks-see = 查看檢查結果
done-dismissed = 已略過該檢查結果。
