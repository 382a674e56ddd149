### 本語言其他檔案共用的術語：產品名稱、工作流程狀態名稱與角色名稱。
### 程式碼不會直接查詢術語；workflow.ftl、errors.ftl、web.ftl 和 cli.ftl 中的訊息會引用它們。
### 術語 ID 去掉開頭的連字號後不得與任何訊息 ID 相同：兩者在 bundle 中共用同一命名空間。

## 產品

-brand-name = Bitext

## 譯文的工作流程狀態（供 workflow.ftl 使用）

-draft = 草稿
-in-review = 審校中
-changes-requested = 待修改
-approved = 已核准
-published = 已發布
-withdrawn = 已撤回

## 角色（供 workflow.ftl 和 errors.ftl 使用）

-translator = 譯者
-editor = 編輯
-publisher = 發布者
-admin = 管理員
