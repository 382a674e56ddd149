### The staff web interface: the page shell, signing in, the dashboard and the article lists.

## 界面语言，各以其本身的文字命名（各语言相同）。

language-name-en-US = English
language-name-zh-CN = 简体中文
language-name-zh-TW = 繁體中文

# 两个句子之间：英文用空格，中文不用。
sentence-gap = { "" }

## 页面框架

shell-skip = 跳到正文
shell-nav = 主导航
shell-dashboard = 工作台
shell-articles = 文章
shell-people = 人员
shell-sign-out = 退出登录
shell-language = 语言
shell-language-apply = 切换

## 登录

sign-in-title = 登录
sign-in-name = 用户名
sign-in-password = 密码
sign-in-submit = 登录
sign-in-readers = 想看已发布的文章？
sign-in-reading-room = 前往阅览室

## 译文与文章列表

list-article = 文章
list-language = 语言
list-state = 状态
list-assignee = 负责人
list-updated = 最近更改
list-checks = 检查
list-checks-counts = { $errors } 个错误，{ $warnings } 个警告
list-checks-clean = 无
list-outdated = 已过时
list-next-page = 下一页

## 修订的字段

field-title = 标题
field-body = 正文
field-message = 本次修订说明

## 工作台；$name 是当前登录者的显示名。

dashboard-title = 欢迎，{ $name }
dashboard-mine = 我的译文：需修改与草稿
dashboard-mine-empty = 你没有待处理的译文。
dashboard-in-review = 待审校
dashboard-in-review-empty = 没有待审校的译文。
dashboard-approved = 已批准，可发布
dashboard-approved-empty = 没有待发布的译文。
dashboard-outdated = 已过时的译文
dashboard-outdated-empty = 没有落后于原文的译文。

## 文章

articles-filters = 筛选文章
articles-source-language = 原文语言
articles-translation-language = 译文语言
articles-any = 不限
articles-outdated-yes = 仅已过时
articles-outdated-no = 仅未过时
articles-filter = 筛选
articles-new = 新建文章
articles-slug = 短名（小写字母、数字和连字符）
articles-create = 创建文章
articles-none = 没有符合条件的文章。
articles-revisions = 修订数

## 操作被拒绝时单独显示的页面

refusal-title = 未完成
refusal-back = 返回页面
refusal-kept-text = 你填写的内容已保留，不会丢失：

## 操作成功后的提示

done-action-submit = 已提交审校。
done-action-approve = 已批准。
done-action-request_changes = 已要求修改。
done-action-publish = 已发布。
done-action-withdraw = 已撤回。
done-action-reopen = 已重新打开为草稿。
done-refreshed = 已发布新版本，原文文本已更新。
done-claimed = 这篇译文现在由你负责。
done-commented = 已添加评论。
done-resolved = 讨论已解决。
done-reopened = 讨论已重新打开。

## 工作台上的最近动态。
## $actor：操作者；$what：下列 event- 消息之一。

dashboard-activity = 最近动态
dashboard-activity-empty = 还没有任何动态。
dashboard-activity-line = { $actor } { $what }

## 审计记录所述的操作（接在人名之后）

event-article-create = 创建了文章
event-article-revise = 修订了原文
event-article-revise-minor = 更正了原文（小改）
event-translation-create = 开始了译文
event-translation-revise = 保存了一个修订
event-translation-claim = 认领了译文
event-translation-assign = 重新分派了译文
event-translation-withdrawn = 撤回了译文
event-comment-add = 发表了评论
event-finding-dismiss = 忽略了一条检查结果
event-comment-resolve = 解决了一条讨论
event-comment-reopen = 重新打开了一条讨论
event-credits-override = 修改了署名
event-submit = 提交了审校
event-approve = 批准了译文
event-request-changes = 要求修改
event-publish = 发布了译文
event-edition-refresh = 更新了原文文本（小修）
event-withdraw = 撤回了译文
event-reopen = 重新打开为草稿

## 操作成功后员工页面显示的提示

done-credits = 署名已保存。
done-credits-cleared = 已恢复自动生成的署名。
done-saved = 已保存为新修订。
done-revised = 原文已有新修订。
done-translation-started = 已开始翻译，这篇译文由你负责。

## Search: the box in every page's banner and the results page

shell-search-label = 搜索文章和译文
shell-search = 搜索
search-title = 搜索
search-words = 关键词
search-language = 语言
search-state-source = 原文
search-kind-article = 原文
search-kind-translation = 译文
search-results = 搜索结果
search-none = 没有匹配的结果。请减少关键词，或只输入词的开头。
search-hint = 搜索所有文章和译文的标题与正文。中文无需空格。
