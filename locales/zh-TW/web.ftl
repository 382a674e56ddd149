### bitext-http 與 bitext-publish 產生的公開網頁文字：已發布文章的署名、閱讀頁以及訂閱源（HTML 差異頁見 diff.ftl）。

## 已發布版本的署名。
## $names、$translators 和 $editors 是程式已依 CLDR 的清單格式連接好的人名：
## 「甲、乙和丙」；「和」與拉丁字母人名相鄰時加一個空格：「Alex Chen 和李小明」。

credit-translated-by = 譯者：{ $names }
credit-edited-by = 編輯：{ $names }
credit-line = 譯者：{ $translators }；編輯：{ $editors }

## 由程式產生的日期與時間（bitext-i18n 的 format_date_time）。
## $datetime 是已依 CLDR 中文格式寫好的 UTC 日期與時分，如「2026年3月1日 上午9:05」。

datetime-utc = { $datetime }（UTC）

## 閱讀頁（GET /read/{slug}/{lang}）

web-outdated = 本譯文依據原文第 { $source_revision } 版翻譯，原文其後已有修訂（目前為第 { $head } 版）。
web-withdrawn-title = 已撤回
web-withdrawn = 本譯文已撤回：{ $reason }
web-correction = 更正：{ $note }
web-layout-side-by-side = 左右對照
web-layout-interleaved = 逐段對照
web-layout-translation = 僅顯示譯文
web-layouts = 版面
web-source = 原文
web-translation = 譯文
web-edition = 第 { $number } 版
# $datetime 是已用 datetime-utc 寫好的日期與時間，如「2026年3月1日 上午9:05（UTC）」。
web-published = 發布於 { $datetime }
web-superseded = 您正在閱讀第 { $number } 版，此版本已由第 { $latest } 版取代。
web-read-latest = 閱讀最新版本
web-earlier-editions = 先前的版本
# 閱讀頁頁尾：以文字說明這是第幾版。$number：版本號；$date：已按讀者語言寫好的日期，如「2026年3月1日」。
web-version-first = 第 { $number } 版，發布於 { $date }
web-version = 第 { $number } 版，首次發布於 { $date }
# 接在 web-version 之後，以分隔符號隔開；$date：最近一次更正的發布日期。
web-version-corrected = 最近更正於 { $date }
# 本版只更新了原文文字時，接在 web-version 之後。
web-version-minor = 僅更新原文文字（小修）
web-all-editions = 所有版本
# 版本列表中，只更新了原文文字的版本。
web-edition-minor = 小修：更新了原文文字

## 版本列表頁（GET /read/{slug}/{lang}/editions）

web-editions-title = 所有版本
web-editions-intro = 本譯文的所有版本，最新的在前。更正版本會註明更正了什麼；小修版本只更新了原文文字，例如改正錯字。
web-editions-current = （目前版本）
web-editions-first = 首版
# $publisher：發布該版本者的顯示名稱
web-editions-published-by = 發布者：{ $publisher }

## 每個公開頁面的外框：網站刊頭與頁尾。

site-nav = 閱覽室
site-front-page = 首頁
# $site：網站名稱（BITEXT_SITE_NAME）
site-footer = { $site }：全部已發布譯文

## 原文頁面（GET /read/{slug}/{lang}，{lang} 為文章本身的語言）

# $languages：已發布譯文的語言標籤列表（如「en 和 fr」），每項都是連結。
web-read-in = 閱讀譯文：{ $languages }
web-translations = 譯文
## 首頁（GET /read）：最新發布的譯文，新的在前。語言標籤（$language、$source）照原樣寫出，如「en」「zh-Hans」。

front-heading = 最新譯文
front-heading-into = { $language } 譯文
front-heading-from = 譯自 { $source } 的譯文
front-heading-from-into = 譯自 { $source } 的 { $language } 譯文
# 瀏覽器中的頁面標題：$heading 是上面的某個標題，$site 是網站名稱。
front-document-title = { $heading } - { $site }
front-show-all = 顯示全部譯文
front-empty = 尚未發布任何譯文。
front-empty-filtered = 沒有符合篩選條件的已發布譯文。
front-empty-older = 沒有更早的譯文了。
# 一篇譯文的語言：先原文，後譯文。
front-languages = { $source } → { $language }
front-pages = 更多譯文
front-older = 更早的譯文
front-newest = 最新譯文
front-by-language = 依語言瀏覽
front-feed-atom = Atom 訂閱源
front-feed-json = JSON 訂閱源
# 螢幕閱讀器念出的訂閱源連結名稱；須包含上面顯示的文字。
front-feed-atom-label = { $language } 譯文的 Atom 訂閱源
front-feed-json-label = { $language } 譯文的 JSON 訂閱源

## Atom 與 JSON 訂閱源（GET /feed/{lang}.atom、/feed/{lang}.json）；$language 是訂閱源內容的語言標籤。

# $site：網站名稱（BITEXT_SITE_NAME）
feed-title = { $site }：{ $language } 譯文
feed-subtitle = 已發布的譯文及其更正
# 訂閱源條目中列出的人及其角色；$name 是其顯示名稱。
feed-translator = { $name }（譯者）
feed-editor = { $name }（編輯）

## 給人看的錯誤頁面（瀏覽器請求 HTML 時的任何錯誤）

# $status：HTTP 狀態碼；$code：問題代碼；$request_id：請求編號
error-page-reference = 錯誤 { $status } · { $code } · 請求編號 { $request_id }
error-page-home = 返回首頁
