### The people page (admins): users, roles, tokens and passwords.

# $roles：角色名称，已连成列表
people-roles-of = 角色：{ $roles }
people-roles = 角色
people-tokens = API 令牌
people-token-label = 标签
people-token-created = 创建时间
people-token-active = 有效
people-token-revoked = 已吊销
people-token-actions = 操作
people-revoke = 吊销
# $label：令牌的标签
people-revoke-named = 吊销令牌“{ $label }”
people-new-token = 新建令牌
people-reset-password = 重设密码
people-add = 添加人员
people-name = 用户名
people-display-name = 对他人显示的名字
people-add-submit = 添加
# $name：用户名
people-added = 已添加 { $name }。其第一个 API 令牌：
people-token-issued = 为 { $name } 新建的 API 令牌：
people-password-reset = { $name } 的新密码（其所有登录会话均已结束）：
people-shown-once = 此内容只显示一次。请立即复制，并以安全方式交给本人。
done-token-revoked = 令牌已吊销。
# $name：用户名
people-roles-of-person = { $name } 的角色
people-roles-save = 保存角色
done-roles-changed = 角色已更改。
