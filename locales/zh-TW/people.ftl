### The people page (admins): users, roles, tokens and passwords.

# $roles：角色名稱，已連成列表
people-roles-of = 角色：{ $roles }
people-roles = 角色
people-tokens = API 權杖
people-token-label = 標籤
people-token-created = 建立時間
people-token-active = 有效
people-token-revoked = 已撤銷
people-token-actions = 操作
people-revoke = 撤銷
# $label：權杖的標籤
people-revoke-named = 撤銷權杖「{ $label }」
people-new-token = 新增權杖
people-reset-password = 重設密碼
people-add = 新增人員
people-name = 使用者名稱
people-display-name = 對他人顯示的名稱
people-add-submit = 新增
# $name：使用者名稱
people-added = 已新增 { $name }。其第一個 API 權杖：
people-token-issued = 為 { $name } 新增的 API 權杖：
people-password-reset = { $name } 的新密碼（其所有登入工作階段均已結束）：
people-shown-once = 此內容只顯示一次。請立即複製，並以安全方式交給本人。
done-token-revoked = 權杖已撤銷。
# $name：使用者名稱
people-roles-of-person = { $name } 的角色
people-roles-save = 儲存角色
done-roles-changed = 角色已變更。
