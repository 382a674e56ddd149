### 工作流状态、操作与角色的名称，由 bitext-http 用于 API 错误信息
### （作为 $state、$action、$allowed 和 $roles）以及网页。
### 消息 ID 以 API 中的名称结尾（`in_review`、`request_changes`）。

## 译文状态

state-draft = { -draft }
state-in_review = { -in-review }
state-changes_requested = { -changes-requested }
state-approved = { -approved }
state-published = { -published }
state-withdrawn = { -withdrawn }

## 译文操作（POST …/translations/{lang}/actions）

action-submit = 提交审校
action-approve = 批准
action-request_changes = 要求修改
action-publish = 发布
action-withdraw = 撤回
action-reopen = 重新打开

## 角色

role-translator = { -translator }
role-editor = { -editor }
role-publisher = { -publisher }
role-admin = { -admin }
