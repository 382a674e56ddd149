### `bitext` 命令行（bitext-cli）输出的消息。

## bitext user、bitext token

cli-user-created = 已创建用户 { $name }，角色：{ $roles }。
cli-token-created = 已创建令牌 { $id }。
cli-token-shown-once = 请立即妥善保存此令牌：它只会显示这一次。
cli-token-revoked = 已撤销令牌 { $id }。
cli-token-state-active = 有效
cli-token-state-revoked = 已撤销
cli-roles-required = 请用 --role 指定至少一个角色。
# $max：用户名的最大字符数
cli-user-name-length = 用户名长度须为 1 到 { $max } 个字符。
cli-password-prompt = 新密码：
# $name：设置了密码的用户
cli-password-set = 已设置 { $name } 的密码；其所有会话均已退出。

## bitext demo

cli-demo-loaded = 已载入 { $articles } 篇演示文章。
# $slug：演示数据的主文章
cli-demo-already-loaded = 演示数据已经载入（文章 { $slug }）。
# 演示用户各占一行，四个字段以制表符分隔，此句在其前。
cli-demo-people = 演示用户，依次为用户名、角色、API 令牌和密码：
# 此句在其后。$url：用 `bitext serve` 启动的服务器的登录地址
cli-demo-sign-in = 用“bitext serve”启动服务器后，在 { $url } 用用户名和密码登录。调用 API 时使用令牌：“Authorization: Bearer 令牌”。

## bitext serve、bitext migrate

cli-serving = { -brand-name } 正在监听 { $addr }
# $error：运行环境无法启动的原因
cli-no-runtime = 无法启动：{ $error }
cli-migrated = 数据库已是最新：所有迁移均已应用。
# $url：--public-url 的值
cli-invalid-public-url = “{ $url }”不是 http 或 https 网址。
cli-invalid-site-name = “{ $name }”不是有效的站点名称：请给出 1 到 100 个字符，且只占一行。

## bitext check：每条检查结果一行。
## $paragraph：段落，从 0 数起；$severity：severity-error 或 severity-warning；
## $code：检查结果的代码；$message：它的 check- 说明。

cli-check-glossary = 无法读取术语表 { $path }：{ $error }
cli-check-line = 第 { $paragraph } 段：{ $severity }：{ $code }：{ $message }

## bitext tm import

cli-tm-unreadable = 无法读取 { $path }：{ $error }
cli-tm-imported = { $path }：读取 { $read } 个翻译单元；导入 { $recorded } 个，{ $already } 个已在记忆库中，跳过 { $skipped } 个。

## 读取 TMX 文件（bitext-tmx）：每个错误代码一条，供导入命令和导入 API 使用。
## $line：该单元 <tu> 开始标签所在的行，或读取停止的行；$detail：代码所指的内容
## （语言标签、原样的日期、码位、实体、解析器的原话），没有时为空。

tmx-missing-source = 第 { $line } 行：该单元没有源语言 { $detail } 的文本，已跳过。
tmx-missing-target = 第 { $line } 行：该单元没有译文，已跳过。
tmx-missing-language = 第 { $line } 行：该单元有一个变体没有语言，已跳过该单元。
tmx-missing-segment = 第 { $line } 行：该单元有一个变体没有文本段，已跳过该单元。
tmx-empty-segment = 第 { $line } 行：该单元有一个空的文本段，已跳过。
tmx-duplicate-language = 第 { $line } 行：该单元有两个 { $detail } 变体，已跳过。
tmx-bad-date = 第 { $line } 行：“{ $detail }”不是 20261130T064205Z 这样的日期，已跳过该单元。
tmx-forbidden-character = 第 { $line } 行：该单元含有 XML 不允许的字符 { $detail }，已跳过。
tmx-unknown-entity = 第 { $line } 行：该单元使用了未知实体 { $detail }，已跳过。
tmx-not-xml = 第 { $line } 行：该文件不是格式正确的 XML（{ $detail }）。读取已停止。
tmx-not-tmx = 第 { $line } 行：该文件不是 TMX 文档（{ $detail }）。读取已停止。
tmx-truncated = 第 { $line } 行：文件在 TMX 文档结束之前就结束了，内容不完整。读取已停止。
tmx-encoding = 第 { $line } 行：无法按 UTF-8 或 UTF-16 读取该文件（{ $detail }）。读取已停止。
tmx-read-failed = 第 { $line } 行：读取文件失败（{ $detail }）。
tmx-bad-language = 第 { $line } 行：“{ $detail }”不是语言标记，已跳过该翻译单元。
tmx-same-language = 第 { $line } 行：该翻译单元的原文和译文都是 { $detail }，已跳过。
tmx-segment-too-long = 第 { $line } 行：该翻译单元有一段超过 { $detail } 个字符，已跳过。

cli-backup-done = 已将数据库备份到 { $file }：{ $kilobytes } KiB，用时 { $milliseconds } 毫秒。
cli-backup-exists = { $file } 已存在：请指定新的文件名（备份绝不覆盖已有文件）。
cli-backup-sqlite-only = “bitext backup” 用于复制 SQLite 数据库。PostgreSQL 请用其自带工具备份（pg_dump、pg_basebackup）。
cli-backup-unsound = 副本未通过完整性检查，已删除：{ $problems }
cli-backup-no-folder = 文件夹 { $folder } 不存在，无法写入备份。

cli-copy-same = “--from”和“--to”指向同一个数据库，请复制到另一个数据库。
cli-copy-source-schema = 源数据库只执行了本版本 { $known } 个迁移中的 { $applied } 个：请先对它运行“bitext migrate”，或使用写入它的版本来复制。
cli-copy-destination-not-empty = 目标数据库已有其他数据（{ $table }：{ $rows } 行），因此没有复制任何内容。请复制到新的或空的数据库。
cli-copy-mismatch = 副本与源数据库不一致：{ $tables }。请清空目标数据库后重新复制。
cli-copy-copying = 正在复制
cli-copy-verifying = 正在核对副本：
cli-copy-verifying-source = 正在读取源数据库：
cli-copy-indexing = 正在为翻译记忆建立索引
cli-copy-done = 已复制并核对 { $tables } 个表的 { $rows } 行，用时 { $seconds } 秒；已为 { $indexed } 个记忆单元建立索引。
cli-copy-already = 目标数据库已有此副本：已核对 { $tables } 个表的 { $rows } 行，用时 { $seconds } 秒；已为仍在等待的 { $indexed } 个记忆单元建立索引。

## bitext 把 diff 以外的每个命令交给与它安装在同一目录的 bitext-full。

cli-full-missing = 无法启动 { $path }：{ $error }。它是 bitext 的一部分，须与 bitext 安装在同一目录。
