### bitext-http 与 bitext-publish 渲染的公开网页文字：已发布文章的署名、阅读页以及订阅源（HTML 差异页见 diff.ftl）。

## 已发布版本的署名。
## $names、$translators 和 $editors 是程序已按 CLDR 的列表格式连接好的人名：
## “甲、乙和丙”；“和”与拉丁字母人名相邻时加一个空格：“Alex Chen 和李小明”。

credit-translated-by = 译者：{ $names }
credit-edited-by = 编辑：{ $names }
credit-line = 译者：{ $translators }；编辑：{ $editors }

## 由程序生成的日期与时间（bitext-i18n 的 format_date_time）。
## $datetime 是已按 CLDR 中文格式写好的 UTC 日期与时分，如“2026年3月1日 09:05”。

datetime-utc = { $datetime }（UTC）

## 阅读页（GET /read/{slug}/{lang}）

web-outdated = 本译文依据原文第 { $source_revision } 版翻译，原文此后已有修订（现为第 { $head } 版）。
web-withdrawn-title = 已撤回
web-withdrawn = 本译文已撤回：{ $reason }
web-correction = 更正：{ $note }
web-layout-side-by-side = 左右对照
web-layout-interleaved = 逐段对照
web-layout-translation = 仅显示译文
web-layouts = 版式
web-source = 原文
web-translation = 译文
web-edition = 第 { $number } 版
# $datetime 是已用 datetime-utc 写好的日期与时间，如“2026年3月1日 09:05（UTC）”。
web-published = 发布于 { $datetime }
web-superseded = 你正在阅读第 { $number } 版，此版本已被第 { $latest } 版取代。
web-read-latest = 阅读最新版本
web-earlier-editions = 此前的版本
# 阅读页页脚：以文字说明这是第几版。$number：版本号；$date：已按读者语言写好的日期，如“2026年3月1日”。
web-version-first = 第 { $number } 版，发布于 { $date }
web-version = 第 { $number } 版，首次发布于 { $date }
# 接在 web-version 之后，以分隔符隔开；$date：最近一次更正的发布日期。
web-version-corrected = 最近更正于 { $date }
# 本版只更新了原文文本时，接在 web-version 之后。
web-version-minor = 仅更新原文文本（小修）
web-all-editions = 全部版本
# 版本列表中，只更新了原文文本的版本。
web-edition-minor = 小修：更新了原文文本

## 版本列表页（GET /read/{slug}/{lang}/editions）

web-editions-title = 全部版本
web-editions-intro = 本译文的所有版本，最新的在前。更正版本会注明更正了什么；小修版本只更新了原文文本，例如改正错别字。
web-editions-current = （当前版本）
web-editions-first = 首版
# $publisher：发布该版本的人的显示名称
web-editions-published-by = 发布人：{ $publisher }

## 每个公开页面的外框：站点刊头与页脚。

site-nav = 阅览室
site-front-page = 首页
# $site：站点名称（BITEXT_SITE_NAME）
site-footer = { $site }：全部已发布译文

## 原文页面（GET /read/{slug}/{lang}，{lang} 为文章本身的语言）

# $languages：已发布译文的语言标签列表（如“en 和 fr”），每项都是链接。
web-read-in = 阅读译文：{ $languages }
web-translations = 译文
## 首页（GET /read）：最新发布的译文，新的在前。语言标签（$language、$source）照原样写出，如“en”“zh-Hans”。

front-heading = 最新译文
front-heading-into = { $language } 译文
front-heading-from = 译自 { $source } 的译文
front-heading-from-into = 译自 { $source } 的 { $language } 译文
# 浏览器中的页面标题：$heading 是上面的某个标题，$site 是站点名称。
front-document-title = { $heading } - { $site }
front-show-all = 显示全部译文
front-empty = 尚未发布任何译文。
front-empty-filtered = 没有符合筛选条件的已发布译文。
front-empty-older = 没有更早的译文了。
# 一篇译文的语言：先原文，后译文。
front-languages = { $source } → { $language }
front-pages = 更多译文
front-older = 更早的译文
front-newest = 最新译文
front-by-language = 按语言浏览
front-feed-atom = Atom 订阅源
front-feed-json = JSON 订阅源
# 读屏软件念出的订阅源链接名称；须包含上面显示的文字。
front-feed-atom-label = { $language } 译文的 Atom 订阅源
front-feed-json-label = { $language } 译文的 JSON 订阅源

## Atom 与 JSON 订阅源（GET /feed/{lang}.atom、/feed/{lang}.json）；$language 是订阅源内容的语言标签。

# $site：站点名称（BITEXT_SITE_NAME）
feed-title = { $site }：{ $language } 译文
feed-subtitle = 已发布的译文及其更正
# 订阅源条目中列出的人及其角色；$name 是其显示名称。
feed-translator = { $name }（译者）
feed-editor = { $name }（编辑）

## 给人看的错误页面（浏览器请求 HTML 时的任何错误）

# $status：HTTP 状态码；$code：问题代码；$request_id：请求编号
error-page-reference = 错误 { $status } · { $code } · 请求编号 { $request_id }
error-page-home = 返回首页
