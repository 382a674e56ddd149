### API 错误的标题与详情，由 bitext-http 以 application/problem+json 返回。
### 每个错误代码（bitext_domain::ErrorCode）对应两条消息：`error-<code>-title`
### 为不含变量的简短标题，`error-<code>` 为详情，所用变量见其注释；任何详情
### 都还可以使用 $request_id。变量只包含数据（数字、别名、语言标签、客户端
### 发送的原值）或 workflow.ftl 中的名称，不会是句子中的词语。

## 格式错误的请求

error-bad-request-title = 请求无效
error-bad-request = 请求格式有误。

error-invalid-json-title = JSON 请求体无效
# $problem：问题类型，仅用于选择措辞，不会显示：syntax、wrong-type、
# missing-field、unknown-field、duplicate-field 或 unknown-value；$name：字段名（unknown-value
# 时为收到的值），未知时为空；$line 与 $column：解析器停下的位置
error-invalid-json = { $problem ->
    [missing-field] 请求体缺少字段“{ $name }”。
    [unknown-field] 此接口不接受字段“{ $name }”。
    [duplicate-field] 字段“{ $name }”出现了不止一次。
    [unknown-value] “{ $name }”不是此字段可取的值（第 { $line } 行第 { $column } 列）。
    [wrong-type] 请求体中有一个值的类型不对（第 { $line } 行第 { $column } 列）。
   *[syntax] 请求体不是有效的 JSON（第 { $line } 行第 { $column } 列）。
}

error-unsupported-media-type-title = 不支持的媒体类型
error-unsupported-media-type = 请求体的内容类型必须是 application/json。

error-payload-too-large-title = 请求体过大
# $limit：可接受的最大请求体，单位为字节
error-payload-too-large = 请求体超过了 { $limit } 字节的上限。

error-request-timeout-title = 请求体超时
# $seconds：服务器等待完整请求体的秒数
error-request-timeout = 请求体未在 { $seconds } 秒内送达，请重新发送请求。

error-invalid-utf8-title = 文本编码无效
error-invalid-utf8 = 请求中含有不是有效 UTF-8 的文本。

error-invalid-query-title = 查询参数无效
# $name：查询参数名；$value：收到的参数值
error-invalid-query = { $name ->
    [limit] 每页条数必须是 1 到 200 之间的整数，而不是“{ $value }”。
   *[other] “{ $value }”不是查询参数“{ $name }”的有效值。
}

error-invalid-cursor-title = 分页游标无效
error-invalid-cursor = 分页游标无效或已过期，请从第一页重新开始。

error-invalid-path-title = 路径无效
# $value：路径中无效的部分，即收到的原值
error-invalid-path = 路径中的“{ $value }”在此处不是有效的数字。

## 字段无效

error-invalid-language-tag-title = 语言标签无效
# $tag：收到的标签
error-invalid-language-tag = “{ $tag }”不是有效的 BCP 47 语言标签（例如 en、zh-Hans 或 ug）。

error-invalid-slug-title = 别名无效
# $slug：收到的别名
error-invalid-slug = “{ $slug }”不是有效的别名。别名长度为 1 到 100 个字符，只能包含小写字母、数字和连字符，且须以字母或数字开头。

error-empty-title-title = 标题为空
error-empty-title = 标题不能为空。

error-title-too-long-title = 标题过长
# $max：允许的最大字符数
error-title-too-long = 标题不能超过 { $max } 个字符。

error-body-too-long-title = 正文过长
# $max：允许的最大字符数
error-body-too-long = 正文不能超过 { $max } 个字符。

error-message-too-long-title = 修订说明过长
# $max：允许的最大字符数
error-message-too-long = 修订说明不能超过 { $max } 个字符。

error-credit-too-long-title = 署名过长
# $max：允许的最大字符数
error-credit-too-long = 署名不能超过 { $max } 个字符。

error-control-character-title = 文本含有控制字符
# $character：该字符，形如 U+0000
error-control-character = 文本中含有控制字符 { $character }，文本中不能有这种字符。请删除后重试。

error-unknown-role-title = 未知角色
# $role：收到的角色
error-unknown-role = “{ $role }”不是有效的角色。

error-revision-required-title = 需要指明修订版本
error-revision-required = 批准时须指明所批准的修订版本号。

## 审校意见

error-comment-empty-title = 意见为空
error-comment-empty = 意见不能为空。

error-comment-too-long-title = 意见过长
# $max：允许的最大字符数
error-comment-too-long = 意见不能超过 { $max } 个字符。

error-parent-comment-not-found-title = 要回复的意见不存在
# $id：所回复的意见编号
error-parent-comment-not-found = 编号为 { $id } 的意见不属于此译文，无法在此回复。

error-revision-out-of-range-title = 修订版本不存在
# $number：所请求的修订版本；$head：最新修订版本
error-revision-out-of-range = 此译文没有第 { $number } 版：请选择第 1 版到第 { $head } 版之间的版本。

error-paragraph-not-found-title = 段落不存在
# $revision：所评注的修订版本；$paragraph：所请求的段落，从 0 开始计数
error-paragraph-not-found = 第 { $revision } 版没有第 { $paragraph } 段（段落从 0 开始计数）。

error-quote-not-found-title = 未找到引文
# $paragraph：段落，从 0 开始计数
error-quote-not-found = 第 { $paragraph } 段中没有所引用的文字。

error-quote-without-paragraph-title = 引文缺少段落
error-quote-without-paragraph = 引用文字时须指明其所在的段落。

error-reason-required-title = 需要说明理由
error-reason-required = 请说明忽略这条检查结果的理由：理由会记入译文的历史。
error-glossary-field-empty-title = 术语表字段为空
error-glossary-field-empty = { $field ->
    [term] 术语表条目需要填写术语。
   *[translation] 术语表条目需要填写约定译法。
}

error-glossary-field-too-long-title = 术语表字段过长
error-glossary-field-too-long = { $field ->
    [term] 术语
    [translation] 译法
    [variant] 其他译法
    [forbidden] 禁用译法
   *[note] 备注
}超过 { $max } 个字符。

error-glossary-import-malformed-title = 无法读取术语表文件
error-glossary-import-malformed = 术语表文件在第 { $line } 行无法读取，未导入任何内容。

error-glossary-import-header-title = CSV 表头有误
error-glossary-import-header = 术语表 CSV 文件应以表头“{ $expected }”开始，未导入任何内容。

error-glossary-import-field-empty-title = 术语表条目不完整
error-glossary-import-field-empty = { $field ->
    [term] 第 { $line } 行的条目没有术语。
   *[translation] 第 { $line } 行的条目没有译法。
}未导入任何内容。

error-glossary-import-field-too-long-title = 术语表条目过长
error-glossary-import-field-too-long = 第 { $line } 行的{ $field ->
    [term] 术语
    [translation] 译法
    [variant] 其他译法
    [forbidden] 禁用译法
   *[note] 备注
}超过 { $max } 个字符，未导入任何内容。

error-glossary-import-duplicate-title = 术语重复
error-glossary-import-duplicate = 术语“{ $term }”在第 { $line } 行再次出现，未导入任何内容。

## 翻译记忆库

error-memory-text-empty-title = 没有要查找的内容
error-memory-text-empty = 请提供要在翻译记忆库中查找的文本。
error-memory-term-empty-title = 没有要搜索的内容
error-memory-term-empty = 请提供要在翻译记忆库中搜索的词语。
error-memory-text-too-long-title = 文本过长
error-memory-text-too-long = 翻译记忆库只查找不超过 { $max } 个字符的文本。
error-memory-import-unreadable-title = 无法读取 TMX 文件
error-memory-import-unreadable = TMX 文件在第 { $line } 行无法读取，未导入任何内容。
error-memory-paragraph-not-found-title = 找不到段落
error-memory-paragraph-not-found = 原文共有 { $count } 个段落（从 0 开始编号），没有第 { $paragraph } 段。

## 身份验证与权限

error-unauthorized-title = 需要身份验证
error-unauthorized = 缺少 Bearer 令牌或令牌无效。请在 Authorization 请求头中提供有效的令牌。

error-sign-in-failed-title = 登录失败
error-sign-in-failed = 用户名或密码错误。

error-form-refused-title = 表单被拒绝
error-form-refused = 此表单已过期，或并非来自 Bitext 的页面，因此未保存任何内容。请重新加载页面后再试。

error-own-admin-role-title = 自己的管理员角色
error-own-admin-role = 你不能取消自己的管理员角色：请另一位管理员来操作，以确保始终有人能管理人员。

error-sign-in-throttled-title = 登录失败次数过多
# $seconds：再次用这个用户名登录前需要等待的秒数
error-sign-in-throttled = 使用这个用户名登录失败的次数过多，请在 { $seconds } 秒后再试。

error-password-length-title = 密码长度不符
# $min：最少字符数；$max：最多字节数
error-password-length = 密码须至少 { $min } 个字符，且不超过 { $max } 个字节。

error-forbidden-title = 无权操作
# $roles：可执行此请求的角色，程序已按 CLDR 的格式用“或”连接成列表：“编辑或管理员”
error-forbidden = 你的角色无权执行此操作，需要以下角色之一：{ $roles }。

## 资源不存在

error-not-found-title = 未找到
error-not-found = 此地址没有已发布的内容。

error-article-not-found-title = 文章不存在
# $slug：文章的别名
error-article-not-found = 不存在别名为“{ $slug }”的文章。

error-translation-not-found-title = 译文不存在
# $slug：文章的别名；$language：译文的语言标签
error-translation-not-found = 文章“{ $slug }”没有 { $language } 译文。

error-revision-not-found-title = 修订版本不存在
# $number：所请求的修订版本号
error-revision-not-found = 不存在第 { $number } 版。

error-comment-not-found-title = 意见不存在
# $id：意见编号
error-comment-not-found = 不存在编号为 { $id } 的意见。

error-finding-not-found-title = 检查结果不存在
error-finding-not-found = 第 { $revision } 版没有编号为 { $id } 的检查结果，可能已经改正。请重新载入检查结果。

error-user-not-found-title = 用户不存在
# $name：所请求的用户名
error-user-not-found = 不存在名为“{ $name }”的用户。

error-token-not-found-title = 令牌不存在
# $id：令牌编号
error-token-not-found = 不存在编号为 { $id } 的令牌。

error-webhook-not-found-title = Webhook 不存在
# $id：Webhook 编号
error-webhook-not-found = 不存在编号为 { $id } 的 Webhook。

error-glossary-term-not-found-title = 找不到术语
error-glossary-term-not-found = 此术语表中没有编号为 { $id } 的术语。

error-route-not-found-title = 未找到
# $path：请求的路径
error-route-not-found = { $path } 处没有任何内容。

error-method-not-allowed-title = 不允许的请求方法
# $method：请求的 HTTP 方法
error-method-not-allowed = 此资源不允许使用 { $method } 方法。

error-not-acceptable-title = 无法提供所需格式
# $accepted：此资源可提供的媒体类型
error-not-acceptable = 此资源无法以你请求的格式提供。可用格式：{ $accepted }。

## 冲突

error-slug-taken-title = 别名已被占用
# $slug：所请求的别名
error-slug-taken = 别名为“{ $slug }”的文章已存在。

error-translation-exists-title = 译文已存在
# $slug：文章的别名；$language：译文的语言标签
error-translation-exists = 文章“{ $slug }”已有 { $language } 译文。

error-same-language-title = 与原文语言相同
# $language：文章的语言标签
error-same-language = 这篇文章以 { $language } 写成，译文必须使用其他语言。

error-user-exists-title = 用户已存在
# $name：所请求的用户名
error-user-exists = 名为“{ $name }”的用户已存在。

error-glossary-term-exists-title = 术语已在术语表中
error-glossary-term-exists = 此术语表中已有“{ $term }”，请编辑该条目。

## 修订版本与并发编辑（ETag 与 If-Match）

error-precondition-required-title = 需要 If-Match
error-precondition-required = 此请求需要 If-Match 请求头：请发送你所编辑的最新修订版本的 ETag。

error-precondition-failed-title = 编辑冲突
# $expected：客户端编辑的修订版本；$current：当前的最新修订版本
error-precondition-failed = 你编辑的是第 { $expected } 版，但最新版本现已是第 { $current } 版。请获取最新版本，合并你的修改后重试。

error-tag-mismatch-title = 编辑冲突
# $current：当前的最新版本号
error-tag-mismatch = If-Match 请求头所列的版本都不是当前版本：最新版本现在是第 { $current } 版。请获取最新版本，合并你的修改后重试。

error-glossary-term-stale-title = 编辑冲突
error-glossary-term-stale = 你编辑的是此术语的第 { $expected } 版，但之后已有人修改，现为第 { $current } 版。请重新获取、合并你的修改后再试。

error-invalid-if-match-title = If-Match 请求头无效
# $value：收到的请求头内容
error-invalid-if-match = “{ $value }”不是有效的 If-Match 值。请发送某个修订版本的 ETag，例如 "3"。

error-source-revision-invalid-title = 原文修订版本无效
# $number：所请求的原文修订版本；$head：文章的最新修订版本
error-source-revision-invalid = 无法使用原文第 { $number } 版：请选择一个已存在的版本，最新为第 { $head } 版。

error-diff-range-invalid-title = 对比范围无效
# $from 与 $to：要对比的修订版本号
error-diff-range-invalid = 无法对比第 { $from } 版与第 { $to } 版：两个版本都必须存在，并按先后顺序给出。

## 编辑工作流

error-transition-not-allowed-title = 不允许此操作
# $action：操作名称（见 workflow.ftl）；$state：当前状态名称；
# $allowed：当前允许的操作名称，已连接成列表
error-transition-not-allowed = 译文处于“{ $state }”状态时，不能执行“{ $action }”。当前可执行的操作：{ $allowed }。

error-revision-not-allowed-title = 现在不能添加修订
# $state：当前状态名称；$allowed：当前允许的操作名称，已连接成列表
error-revision-not-allowed = 译文处于“{ $state }”状态时，不能添加修订。当前可执行的操作：{ $allowed }。

error-not-head-title = 不是最新修订版本
# $revision：所批准的修订版本；$head：最新修订版本
error-not-head = 你批准的是第 { $revision } 版，但最新版本是第 { $head } 版。请审阅最新版本后再批准。

error-second-pair-of-eyes-title = 需由另一位编辑批准
error-second-pair-of-eyes = 自上次批准以来你写过修订，须由另一位{ -editor }批准此译文。

error-open-threads-title = 仍有未解决的审校意见
# $count：尚未解决的审校意见（评论串）数量，是数字
error-open-threads = 还有 { $count } 条审校意见尚未解决。请先解决，或确认知晓（acknowledge_open_threads）后仍然批准。

error-checks-failing-title = 检查发现错误
error-checks-failing = 检查发现的 { $count } 个错误既未改正也未忽略。请先改正，或逐条说明理由后忽略，再批准。

error-comment-required-title = 需要填写意见
# $action：操作名称（见 workflow.ftl）
error-comment-required = 执行“{ $action }”时须附上说明理由的意见。

error-outdated-not-acknowledged-title = 译文已过时
# $source_revision：译文所依据的原文修订版本；$head：原文的最新修订版本
error-outdated-not-acknowledged = 本译文依据的是原文第 { $source_revision } 版，而原文现已更新至第 { $head } 版。请更新译文，或确认知晓译文已过时后仍然发布。

## 译文归属与个人设置

error-handover-not-allowed-title = 现在不能更换负责人
# $handover：哪种更换，不显示的选择值：claim（认领）或 assign（分配）；
# $state：当前状态名称；$allowed：当前允许的操作名称，已连接成列表
error-handover-not-allowed = { $handover ->
    [claim] 译文处于“{ $state }”状态时，不能认领。
   *[assign] 译文处于“{ $state }”状态时，不能分配。
}当前可执行的操作：{ $allowed }。

error-not-assignee-title = 译文已分配给他人
# $assignee：译文负责人的显示名称
error-not-assignee = 此译文已分配给{ $assignee }。只有负责人和{ -editor }可以添加修订或提交审校；{ -editor }可以将它分配给你。

error-translation-unassigned-title = 译文尚未分配
error-translation-unassigned = 此译文目前没有负责人。请先认领，再添加修订或提交审校。

error-translation-held-title = 译文已有负责人
# $assignee：负责此译文者的显示名称
error-translation-held = { $assignee }正在负责此译文。{ -editor }可以将它分配给你。

error-assignee-not-eligible-title = 无法分配
# $name：收到的用户名
error-assignee-not-eligible = 没有名为“{ $name }”的{ -translator }或{ -editor }。译文只能分配给负责翻译或编辑的人。

error-unsupported-language-title = 不支持的界面语言
# $language：收到的语言；$supported：支持的界面语言代码，已连接成列表
error-unsupported-language = { -brand-name } 没有“{ $language }”界面语言。请从以下语言中选择：{ $supported }。

## 发布错误

error-correction-note-required-title = 需要更正说明
error-correction-note-required = 此译文已经发布过，再次发布即为更正。请填写给读者看的更正说明（correction_note）。

error-not-published-title = 尚未发布
# $slug：文章别名；$language：译文的语言标签
error-not-published = “{ $slug }”的 { $language } 译文尚未发布。

error-edition-not-found-title = 版本不存在
# $number：请求的版本号
error-edition-not-found = 此译文没有第 { $number } 版。

error-withdrawn-title = 已撤回
# $reason：发布者撤回的原因
error-withdrawn = 此文章已撤回：{ $reason }

error-refresh-not-published-title = 当前状态无法更新原文
# $state：译文所处状态的名称
error-refresh-not-published = 只有已发布的译文才能更新原文文本；此译文当前处于“{ $state }”状态。

error-refresh-not-minor-title = 原文改动不只是小修
# $source_revision：当前版本所载原文的修订版本；$major：此后一个并非小修的原文修订版本
error-refresh-not-minor = 当前版本所载为原文第 { $source_revision } 版，此后的第 { $major } 版并非小修。译文须随之更新：请修订译文，经审核通过后作为更正发布。

error-refresh-unchanged-title = 无需更新
# $revision：原文的最新修订版本，当前版本已载有
error-refresh-unchanged = 当前版本已载有原文的最新文本（第 { $revision } 版）。

error-invalid-url-title = 网址无效
# $url：提供的网址
error-invalid-url = “{ $url }”不是可以投递 Webhook 的 http 或 https 网址。

error-webhook-destination-title = 不允许的投递地址
# $host：所给网址的主机
error-webhook-destination = 不会向 { $host } 投递 Webhook：它是本机、私有网络或链路本地网络中的地址，或是保留地址。
error-secret-length-title = 密钥长度不符
# $min、$max：允许的最短和最长密钥（字节）
error-secret-length = Webhook 密钥长度必须在 { $min } 到 { $max } 个字节之间。

## 限制

error-too-many-requests-title = 请求过于频繁
# $seconds：再次尝试前需要等待的秒数
error-too-many-requests = 短时间内来自你的地址的请求过多，请在 { $seconds } 秒后再试。

## 服务器错误

error-internal-title = 内部错误
# $request_id：请求 ID，报告问题时请提供
error-internal = 服务器端出现问题。如果问题再次出现，请提供请求 ID { $request_id } 进行报告。

error-service-unavailable-title = 服务暂不可用
error-service-unavailable = { -brand-name } 暂时无法使用，请稍后再试。

error-schema-newer-title = 数据库结构较新
error-schema-newer = 数据库已由更新版本的 { -brand-name } 迁移（迁移 { $migrations }）。请升级此服务器，或改用其他数据库。

## Search

error-search-query-empty-title = 没有搜索内容
error-search-query-empty = 请输入要搜索的词语、名称或几个字。

error-search-query-too-long-title = 搜索内容过长
# $max: the most characters a search may have
error-search-query-too-long = 搜索内容最多 { $max } 个字符。
