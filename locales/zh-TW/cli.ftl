### `bitext` 命令列（bitext-cli）輸出的訊息。

## bitext user、bitext token

cli-user-created = 已建立使用者 { $name }，角色：{ $roles }。
cli-token-created = 已建立權杖 { $id }。
cli-token-shown-once = 請立即妥善保存此權杖：它只會顯示這一次。
cli-token-revoked = 已撤銷權杖 { $id }。
cli-token-state-active = 有效
cli-token-state-revoked = 已撤銷
cli-roles-required = 請用 --role 指定至少一個角色。
# $max：使用者名稱的最大字元數
cli-user-name-length = 使用者名稱長度須為 1 到 { $max } 個字元。
cli-password-prompt = 新密碼：
# $name：設定了密碼的使用者
cli-password-set = 已設定 { $name } 的密碼；其所有工作階段均已登出。

## bitext demo

cli-demo-loaded = 已載入 { $articles } 篇示範文章。
# $slug：示範資料的主文章
cli-demo-already-loaded = 示範資料已經載入（文章 { $slug }）。
# 示範使用者各占一行，四個欄位以定位字元分隔，此句在其前。
cli-demo-people = 示範使用者，依序為使用者名稱、角色、API 權杖和密碼：
# 此句在其後。$url：以 `bitext serve` 啟動的伺服器的登入位址
cli-demo-sign-in = 以「bitext serve」啟動伺服器後，在 { $url } 以使用者名稱和密碼登入。呼叫 API 時使用權杖：「Authorization: Bearer 權杖」。

## bitext serve、bitext migrate

cli-serving = { -brand-name } 正在監聽 { $addr }
# $error：執行環境無法啟動的原因
cli-no-runtime = 無法啟動：{ $error }
cli-migrated = 資料庫已是最新狀態：所有遷移皆已套用。
# $url：--public-url 的值
cli-invalid-public-url = 「{ $url }」不是 http 或 https 網址。
cli-invalid-site-name = 「{ $name }」不是有效的網站名稱：請給出 1 到 100 個字元，且只佔一行。

## bitext check：每條檢查結果一行。
## $paragraph：段落，從 0 數起；$severity：severity-error 或 severity-warning；
## $code：檢查結果的代碼；$message：它的 check- 說明。

cli-check-glossary = 無法讀取術語表 { $path }：{ $error }
cli-check-line = 第 { $paragraph } 段：{ $severity }：{ $code }：{ $message }

## bitext tm import

cli-tm-unreadable = 無法讀取 { $path }：{ $error }
cli-tm-imported = { $path }：讀取 { $read } 個翻譯單元；匯入 { $recorded } 個，{ $already } 個已在記憶庫中，略過 { $skipped } 個。

## 讀取 TMX 檔案（bitext-tmx）：每個錯誤代碼一則，供匯入指令和匯入 API 使用。
## $line：該單元 <tu> 開始標籤所在的行，或讀取停止的行；$detail：代碼所指的內容
## （語言標籤、原樣的日期、碼位、實體、解析器的原話），沒有時為空。

tmx-missing-source = 第 { $line } 行：該單元沒有來源語言 { $detail } 的文字，已略過。
tmx-missing-target = 第 { $line } 行：該單元沒有譯文，已略過。
tmx-missing-language = 第 { $line } 行：該單元有一個變體沒有語言，已略過該單元。
tmx-missing-segment = 第 { $line } 行：該單元有一個變體沒有文字段，已略過該單元。
tmx-empty-segment = 第 { $line } 行：該單元有一個空的文字段，已略過。
tmx-duplicate-language = 第 { $line } 行：該單元有兩個 { $detail } 變體，已略過。
tmx-bad-date = 第 { $line } 行：「{ $detail }」不是 20261130T064205Z 這樣的日期，已略過該單元。
tmx-forbidden-character = 第 { $line } 行：該單元含有 XML 不允許的字元 { $detail }，已略過。
tmx-unknown-entity = 第 { $line } 行：該單元使用了未知實體 { $detail }，已略過。
tmx-not-xml = 第 { $line } 行：該檔案不是格式正確的 XML（{ $detail }）。讀取已停止。
tmx-not-tmx = 第 { $line } 行：該檔案不是 TMX 文件（{ $detail }）。讀取已停止。
tmx-truncated = 第 { $line } 行：檔案在 TMX 文件結束之前就結束了，內容不完整。讀取已停止。
tmx-encoding = 第 { $line } 行：無法以 UTF-8 或 UTF-16 讀取該檔案（{ $detail }）。讀取已停止。
tmx-read-failed = 第 { $line } 行：讀取檔案失敗（{ $detail }）。
tmx-bad-language = 第 { $line } 行：「{ $detail }」不是語言標記，已略過該翻譯單元。
tmx-same-language = 第 { $line } 行：該翻譯單元的原文和譯文都是 { $detail }，已略過。
tmx-segment-too-long = 第 { $line } 行：該翻譯單元有一段超過 { $detail } 個字元，已略過。

cli-backup-done = 已將資料庫備份至 { $file }：{ $kilobytes } KiB，耗時 { $milliseconds } 毫秒。
cli-backup-exists = { $file } 已存在：請指定新的檔名（備份絕不覆寫既有檔案）。
cli-backup-sqlite-only = 「bitext backup」用於複製 SQLite 資料庫。PostgreSQL 請使用其內建工具備份（pg_dump、pg_basebackup）。
cli-backup-unsound = 副本未通過完整性檢查，已刪除：{ $problems }
cli-backup-no-folder = 資料夾 { $folder } 不存在，無法寫入備份。

cli-copy-same = 「--from」和「--to」指向同一個資料庫，請複製到另一個資料庫。
cli-copy-source-schema = 來源資料庫只執行了本版本 { $known } 個遷移中的 { $applied } 個：請先對它執行「bitext migrate」，或使用寫入它的版本來複製。
cli-copy-destination-not-empty = 目標資料庫已有其他資料（{ $table }：{ $rows } 列），因此沒有複製任何內容。請複製到新的或空的資料庫。
cli-copy-mismatch = 副本與來源資料庫不一致：{ $tables }。請清空目標資料庫後重新複製。
cli-copy-copying = 正在複製
cli-copy-verifying = 正在核對副本：
cli-copy-verifying-source = 正在讀取來源資料庫：
cli-copy-indexing = 正在為翻譯記憶建立索引
cli-copy-done = 已複製並核對 { $tables } 個資料表的 { $rows } 列，用時 { $seconds } 秒；已為 { $indexed } 個記憶單元建立索引。
cli-copy-already = 目標資料庫已有此副本：已核對 { $tables } 個資料表的 { $rows } 列，用時 { $seconds } 秒；已為仍在等待的 { $indexed } 個記憶單元建立索引。

## bitext 把 diff 以外的每個命令交給與它安裝在同一目錄的 bitext-full。

cli-full-missing = 無法啟動 { $path }：{ $error }。它是 bitext 的一部分，須與 bitext 安裝在同一目錄。
