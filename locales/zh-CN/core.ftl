### 本语言其他文件共用的术语：产品名称、工作流状态名称与角色名称。
### 代码不会直接查找术语；workflow.ftl、errors.ftl、web.ftl 和 cli.ftl 中的消息会引用它们。
### 术语 ID 去掉开头的连字符后不得与任何消息 ID 相同：两者在 bundle 中共用同一命名空间。

## 产品

-brand-name = Bitext

## 译文的工作流状态（供 workflow.ftl 使用）

-draft = 草稿
-in-review = 审校中
-changes-requested = 待修改
-approved = 已批准
-published = 已发布
-withdrawn = 已撤回

## 角色（供 workflow.ftl 和 errors.ftl 使用）

-translator = 译者
-editor = 编辑
-publisher = 发布者
-admin = 管理员
