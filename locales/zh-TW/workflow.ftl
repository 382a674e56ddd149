### 工作流程狀態、操作與角色的名稱，由 bitext-http 用於 API 錯誤訊息
### （作為 $state、$action、$allowed 和 $roles）以及網頁。
### 訊息 ID 以 API 中的名稱結尾（`in_review`、`request_changes`）。

## 譯文狀態

state-draft = { -draft }
state-in_review = { -in-review }
state-changes_requested = { -changes-requested }
state-approved = { -approved }
state-published = { -published }
state-withdrawn = { -withdrawn }

## 譯文操作（POST …/translations/{lang}/actions）

action-submit = 送審
action-approve = 核准
action-request_changes = 要求修改
action-publish = 發布
action-withdraw = 撤回
action-reopen = 重新開啟

## 角色

role-translator = { -translator }
role-editor = { -editor }
role-publisher = { -publisher }
role-admin = { -admin }
