### The staff web interface: the page shell, signing in, the dashboard and the article lists.

## 介面語言，各以其本身的文字命名（各語言相同）。

language-name-en-US = English
language-name-zh-CN = 简体中文
language-name-zh-TW = 繁體中文

# 兩個句子之間：英文用空格，中文不用。
sentence-gap = { "" }

## 頁面框架

shell-skip = 跳到正文
shell-nav = 主導覽
shell-dashboard = 工作台
shell-articles = 文章
shell-people = 人員
shell-sign-out = 登出
shell-language = 語言
shell-language-apply = 切換

## 登入

sign-in-title = 登入
sign-in-name = 使用者名稱
sign-in-password = 密碼
sign-in-submit = 登入
sign-in-readers = 想看已發布的文章？
sign-in-reading-room = 前往閱覽室

## 譯文與文章列表

list-article = 文章
list-language = 語言
list-state = 狀態
list-assignee = 負責人
list-updated = 最近更改
list-checks = 檢查
list-checks-counts = { $errors } 個錯誤，{ $warnings } 個警告
list-checks-clean = 無
list-outdated = 已過時
list-next-page = 下一頁

## 修訂的欄位

field-title = 標題
field-body = 正文
field-message = 本次修訂說明

## 工作台；$name 是目前登入者的顯示名稱。

dashboard-title = 歡迎，{ $name }
dashboard-mine = 我的譯文：需修改與草稿
dashboard-mine-empty = 你沒有待處理的譯文。
dashboard-in-review = 待審校
dashboard-in-review-empty = 沒有待審校的譯文。
dashboard-approved = 已核准，可發布
dashboard-approved-empty = 沒有待發布的譯文。
dashboard-outdated = 已過時的譯文
dashboard-outdated-empty = 沒有落後於原文的譯文。

## 文章

articles-filters = 篩選文章
articles-source-language = 原文語言
articles-translation-language = 譯文語言
articles-any = 不限
articles-outdated-yes = 僅已過時
articles-outdated-no = 僅未過時
articles-filter = 篩選
articles-new = 新增文章
articles-slug = 短名（小寫字母、數字和連字號）
articles-create = 建立文章
articles-none = 沒有符合條件的文章。
articles-revisions = 修訂數

## 操作被拒絕時單獨顯示的頁面

refusal-title = 未完成
refusal-back = 返回頁面
refusal-kept-text = 你填寫的內容已保留，不會遺失：

## 操作成功後的提示

done-action-submit = 已送交審校。
done-action-approve = 已核准。
done-action-request_changes = 已要求修改。
done-action-publish = 已發布。
done-action-withdraw = 已撤回。
done-action-reopen = 已重新開啟為草稿。
done-refreshed = 已發布新版本，原文文字已更新。
done-claimed = 這篇譯文現在由你負責。
done-commented = 已新增評論。
done-resolved = 討論已解決。
done-reopened = 討論已重新開啟。

## 工作台上的最近動態。
## $actor：操作者；$what：下列 event- 訊息之一。

dashboard-activity = 最近動態
dashboard-activity-empty = 還沒有任何動態。
dashboard-activity-line = { $actor } { $what }

## 稽核紀錄所述的操作（接在人名之後）

event-article-create = 建立了文章
event-article-revise = 修訂了原文
event-article-revise-minor = 更正了原文（小改）
event-translation-create = 開始了譯文
event-translation-revise = 儲存了一個修訂
event-translation-claim = 認領了譯文
event-translation-assign = 重新指派了譯文
event-translation-withdrawn = 撤回了譯文
event-comment-add = 發表了評論
event-finding-dismiss = 略過了一條檢查結果
event-comment-resolve = 解決了一則討論
event-comment-reopen = 重新開啟了一則討論
event-credits-override = 修改了署名
event-submit = 送交了審校
event-approve = 核准了譯文
event-request-changes = 要求修改
event-publish = 發布了譯文
event-edition-refresh = 更新了原文文字（小修）
event-withdraw = 撤回了譯文
event-reopen = 重新開啟為草稿

## 操作成功後員工頁面顯示的提示

done-credits = 署名已儲存。
done-credits-cleared = 已恢復自動產生的署名。
done-saved = 已儲存為新修訂。
done-revised = 原文已有新修訂。
done-translation-started = 已開始翻譯，這篇譯文由你負責。

## Search: the box in every page's banner and the results page

shell-search-label = 搜尋文章和譯文
shell-search = 搜尋
search-title = 搜尋
search-words = 關鍵詞
search-language = 語言
search-state-source = 原文
search-kind-article = 原文
search-kind-translation = 譯文
search-results = 搜尋結果
search-none = 沒有符合的結果。請減少關鍵詞，或只輸入詞的開頭。
search-hint = 搜尋所有文章和譯文的標題與內文。中文不需要空格。
