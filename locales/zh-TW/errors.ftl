### API 錯誤的標題與詳細說明，由 bitext-http 以 application/problem+json 回傳。
### 每個錯誤代碼（bitext_domain::ErrorCode）對應兩則訊息：`error-<code>-title`
### 為不含變數的簡短標題，`error-<code>` 為詳細說明，所用變數見其註解；任何
### 詳細說明都還可以使用 $request_id。變數只包含資料（數字、代稱、語言標籤、
### 用戶端傳送的原值）或 workflow.ftl 中的名稱，不會是句子中的詞語。

## 格式錯誤的請求

error-bad-request-title = 請求無效
error-bad-request = 請求格式有誤。

error-invalid-json-title = JSON 請求內容無效
# $problem：問題類型，僅用於選擇措辭，不會顯示：syntax、wrong-type、
# missing-field、unknown-field、duplicate-field 或 unknown-value；$name：欄位名稱（unknown-value
# 時為收到的值），不明時為空；$line 與 $column：剖析器停下的位置
error-invalid-json = { $problem ->
    [missing-field] 請求內容缺少欄位「{ $name }」。
    [unknown-field] 此端點不接受欄位「{ $name }」。
    [duplicate-field] 欄位「{ $name }」出現了不只一次。
    [unknown-value] 「{ $name }」不是此欄位可用的值（第 { $line } 行第 { $column } 欄）。
    [wrong-type] 請求內容中有一個值的型別不正確（第 { $line } 行第 { $column } 欄）。
   *[syntax] 請求內容不是有效的 JSON（第 { $line } 行第 { $column } 欄）。
}

error-unsupported-media-type-title = 不支援的媒體類型
error-unsupported-media-type = 請求內容的內容類型必須是 application/json。

error-payload-too-large-title = 請求內容過大
# $limit：可接受的請求內容上限，單位為位元組
error-payload-too-large = 請求內容超過 { $limit } 位元組的上限。

error-request-timeout-title = 請求內容逾時
# $seconds：伺服器等待完整請求內容的秒數
error-request-timeout = 請求內容未在 { $seconds } 秒內送達，請重新傳送請求。

error-invalid-utf8-title = 文字編碼無效
error-invalid-utf8 = 請求中含有不是有效 UTF-8 的文字。

error-invalid-query-title = 查詢參數無效
# $name：查詢參數名稱；$value：收到的參數值
error-invalid-query = { $name ->
    [limit] 每頁筆數必須是 1 到 200 之間的整數，而不是「{ $value }」。
   *[other] 「{ $value }」不是查詢參數「{ $name }」的有效值。
}

error-invalid-cursor-title = 分頁游標無效
error-invalid-cursor = 分頁游標無效或已過期，請從第一頁重新開始。

error-invalid-path-title = 路徑無效
# $value：路徑中無效的部分，即收到的原值
error-invalid-path = 路徑中的「{ $value }」在此處不是有效的數字。

## 欄位無效

error-invalid-language-tag-title = 語言標籤無效
# $tag：收到的標籤
error-invalid-language-tag = 「{ $tag }」不是有效的 BCP 47 語言標籤（例如 en、zh-Hant 或 ug）。

error-invalid-slug-title = 代稱無效
# $slug：收到的代稱
error-invalid-slug = 「{ $slug }」不是有效的代稱。代稱長度為 1 到 100 個字元，只能包含小寫字母、數字和連字號，且須以字母或數字開頭。

error-empty-title-title = 標題空白
error-empty-title = 標題不得空白。

error-title-too-long-title = 標題過長
# $max：允許的最大字元數
error-title-too-long = 標題不得超過 { $max } 個字元。

error-body-too-long-title = 內文過長
# $max：允許的最大字元數
error-body-too-long = 內文不得超過 { $max } 個字元。

error-message-too-long-title = 修訂說明過長
# $max：允許的最大字元數
error-message-too-long = 修訂說明不得超過 { $max } 個字元。

error-credit-too-long-title = 署名過長
# $max：允許的最大字元數
error-credit-too-long = 署名不得超過 { $max } 個字元。

error-control-character-title = 文字含有控制字元
# $character：該字元，形如 U+0000
error-control-character = 文字中含有控制字元 { $character }，文字中不能有這種字元。請刪除後再試。

error-unknown-role-title = 不明的角色
# $role：收到的角色
error-unknown-role = 「{ $role }」不是有效的角色。

error-revision-required-title = 需要指明修訂版本
error-revision-required = 核准時須指明所核准的修訂版本號。

## 審校意見

error-comment-empty-title = 意見空白
error-comment-empty = 意見不得空白。

error-comment-too-long-title = 意見過長
# $max：允許的最大字元數
error-comment-too-long = 意見不得超過 { $max } 個字元。

error-parent-comment-not-found-title = 要回覆的意見不存在
# $id：所回覆的意見編號
error-parent-comment-not-found = 編號為 { $id } 的意見不屬於此譯文，無法在此回覆。

error-revision-out-of-range-title = 修訂版本不存在
# $number：所要求的修訂版本；$head：最新修訂版本
error-revision-out-of-range = 此譯文沒有第 { $number } 版：請選擇第 1 版到第 { $head } 版之間的版本。

error-paragraph-not-found-title = 段落不存在
# $revision：所評註的修訂版本；$paragraph：所要求的段落，從 0 開始計數
error-paragraph-not-found = 第 { $revision } 版沒有第 { $paragraph } 段（段落從 0 開始計數）。

error-quote-not-found-title = 找不到引文
# $paragraph：段落，從 0 開始計數
error-quote-not-found = 第 { $paragraph } 段中沒有所引用的文字。

error-quote-without-paragraph-title = 引文缺少段落
error-quote-without-paragraph = 引用文字時須指明其所在的段落。

error-reason-required-title = 需要說明理由
error-reason-required = 請說明略過這條檢查結果的理由：理由會記入譯文的歷史。
error-glossary-field-empty-title = 詞彙表欄位為空
error-glossary-field-empty = { $field ->
    [term] 詞彙表條目需要填寫術語。
   *[translation] 詞彙表條目需要填寫約定譯法。
}

error-glossary-field-too-long-title = 詞彙表欄位過長
error-glossary-field-too-long = { $field ->
    [term] 術語
    [translation] 譯法
    [variant] 其他譯法
    [forbidden] 禁用譯法
   *[note] 備註
}超過 { $max } 個字元。

error-glossary-import-malformed-title = 無法讀取詞彙表檔案
error-glossary-import-malformed = 詞彙表檔案在第 { $line } 行無法讀取，未匯入任何內容。

error-glossary-import-header-title = CSV 標頭有誤
error-glossary-import-header = 詞彙表 CSV 檔案應以標頭「{ $expected }」開始，未匯入任何內容。

error-glossary-import-field-empty-title = 詞彙表條目不完整
error-glossary-import-field-empty = { $field ->
    [term] 第 { $line } 行的條目沒有術語。
   *[translation] 第 { $line } 行的條目沒有譯法。
}未匯入任何內容。

error-glossary-import-field-too-long-title = 詞彙表條目過長
error-glossary-import-field-too-long = 第 { $line } 行的{ $field ->
    [term] 術語
    [translation] 譯法
    [variant] 其他譯法
    [forbidden] 禁用譯法
   *[note] 備註
}超過 { $max } 個字元，未匯入任何內容。

error-glossary-import-duplicate-title = 術語重複
error-glossary-import-duplicate = 術語「{ $term }」在第 { $line } 行再次出現，未匯入任何內容。

## 翻譯記憶庫

error-memory-text-empty-title = 沒有要查找的內容
error-memory-text-empty = 請提供要在翻譯記憶庫中查找的文字。
error-memory-term-empty-title = 沒有要搜尋的內容
error-memory-term-empty = 請提供要在翻譯記憶庫中搜尋的詞語。
error-memory-text-too-long-title = 文字過長
error-memory-text-too-long = 翻譯記憶庫只查找不超過 { $max } 個字元的文字。
error-memory-import-unreadable-title = 無法讀取 TMX 檔案
error-memory-import-unreadable = TMX 檔案在第 { $line } 行無法讀取，未匯入任何內容。
error-memory-paragraph-not-found-title = 找不到段落
error-memory-paragraph-not-found = 原文共有 { $count } 個段落（從 0 開始編號），沒有第 { $paragraph } 段。

## 身分驗證與權限

error-unauthorized-title = 需要身分驗證
error-unauthorized = 缺少 Bearer 權杖或權杖無效。請在 Authorization 標頭中提供有效的權杖。

error-sign-in-failed-title = 登入失敗
error-sign-in-failed = 使用者名稱或密碼錯誤。

error-form-refused-title = 表單被拒絕
error-form-refused = 此表單已過期，或並非來自 Bitext 的頁面，因此未儲存任何內容。請重新載入頁面後再試。

error-own-admin-role-title = 自己的管理員角色
error-own-admin-role = 你不能取消自己的管理員角色：請另一位管理員來操作，以確保始終有人能管理人員。

error-sign-in-throttled-title = 登入失敗次數過多
# $seconds：再次以這個使用者名稱登入前需要等待的秒數
error-sign-in-throttled = 以這個使用者名稱登入失敗的次數過多，請在 { $seconds } 秒後再試。

error-password-length-title = 密碼長度不符
# $min：最少字元數；$max：最多位元組數
error-password-length = 密碼須至少 { $min } 個字元，且不超過 { $max } 個位元組。

error-forbidden-title = 權限不足
# $roles：可執行此請求的角色，程式已依 CLDR 的格式用「或」連接成清單：「編輯或管理員」
error-forbidden = 您的角色無權執行此操作，需要下列角色之一：{ $roles }。

## 資源不存在

error-not-found-title = 找不到
error-not-found = 此網址沒有已發布的內容。

error-article-not-found-title = 文章不存在
# $slug：文章的代稱
error-article-not-found = 沒有代稱為「{ $slug }」的文章。

error-translation-not-found-title = 譯文不存在
# $slug：文章的代稱；$language：譯文的語言標籤
error-translation-not-found = 文章「{ $slug }」沒有 { $language } 譯文。

error-revision-not-found-title = 修訂版本不存在
# $number：所要求的修訂版本號
error-revision-not-found = 沒有第 { $number } 版。

error-comment-not-found-title = 意見不存在
# $id：意見編號
error-comment-not-found = 沒有編號為 { $id } 的意見。

error-finding-not-found-title = 檢查結果不存在
error-finding-not-found = 第 { $revision } 版沒有編號為 { $id } 的檢查結果，可能已經修正。請重新載入檢查結果。

error-user-not-found-title = 使用者不存在
# $name：所要求的使用者名稱
error-user-not-found = 沒有名為「{ $name }」的使用者。

error-token-not-found-title = 權杖不存在
# $id：權杖編號
error-token-not-found = 沒有編號為 { $id } 的權杖。

error-webhook-not-found-title = Webhook 不存在
# $id：Webhook 編號
error-webhook-not-found = 沒有編號為 { $id } 的 Webhook。

error-glossary-term-not-found-title = 找不到術語
error-glossary-term-not-found = 此詞彙表中沒有編號為 { $id } 的術語。

error-route-not-found-title = 找不到
# $path：請求的路徑
error-route-not-found = { $path } 沒有任何內容。

error-method-not-allowed-title = 不允許的請求方法
# $method：請求的 HTTP 方法
error-method-not-allowed = 此資源不允許使用 { $method } 方法。

error-not-acceptable-title = 無法提供所需格式
# $accepted：此資源可提供的媒體類型
error-not-acceptable = 此資源無法以您要求的格式提供。可用格式：{ $accepted }。

## 衝突

error-slug-taken-title = 代稱已被使用
# $slug：所要求的代稱
error-slug-taken = 代稱為「{ $slug }」的文章已存在。

error-translation-exists-title = 譯文已存在
# $slug：文章的代稱；$language：譯文的語言標籤
error-translation-exists = 文章「{ $slug }」已有 { $language } 譯文。

error-same-language-title = 與原文語言相同
# $language：文章的語言標籤
error-same-language = 這篇文章以 { $language } 撰寫，譯文必須使用其他語言。

error-user-exists-title = 使用者已存在
# $name：所要求的使用者名稱
error-user-exists = 名為「{ $name }」的使用者已存在。

error-glossary-term-exists-title = 術語已在詞彙表中
error-glossary-term-exists = 此詞彙表中已有「{ $term }」，請編輯該條目。

## 修訂版本與同時編輯（ETag 與 If-Match）

error-precondition-required-title = 需要 If-Match
error-precondition-required = 此請求需要 If-Match 標頭：請傳送您所編輯的最新修訂版本的 ETag。

error-precondition-failed-title = 編輯衝突
# $expected：用戶端編輯的修訂版本；$current：目前的最新修訂版本
error-precondition-failed = 您編輯的是第 { $expected } 版，但最新版本目前已是第 { $current } 版。請取得最新版本，合併您的修改後再試一次。

error-tag-mismatch-title = 編輯衝突
# $current：目前的最新版本號
error-tag-mismatch = If-Match 標頭所列的版本都不是目前版本：最新版本現在是第 { $current } 版。請取得最新版本，合併你的修改後再試。

error-glossary-term-stale-title = 編輯衝突
error-glossary-term-stale = 你編輯的是此術語的第 { $expected } 版，但之後已有人修改，現為第 { $current } 版。請重新取得、合併你的修改後再試。

error-invalid-if-match-title = If-Match 標頭無效
# $value：收到的標頭內容
error-invalid-if-match = 「{ $value }」不是有效的 If-Match 值。請傳送某個修訂版本的 ETag，例如 "3"。

error-source-revision-invalid-title = 原文修訂版本無效
# $number：所要求的原文修訂版本；$head：文章的最新修訂版本
error-source-revision-invalid = 無法使用原文第 { $number } 版：請選擇一個已存在的版本，最新為第 { $head } 版。

error-diff-range-invalid-title = 比較範圍無效
# $from 與 $to：要比較的修訂版本號
error-diff-range-invalid = 無法比較第 { $from } 版與第 { $to } 版：兩個版本都必須存在，並依先後順序提供。

## 編輯工作流程

error-transition-not-allowed-title = 不允許此操作
# $action：操作名稱（見 workflow.ftl）；$state：目前狀態名稱；
# $allowed：目前允許的操作名稱，已連接成清單
error-transition-not-allowed = 譯文處於「{ $state }」狀態時，無法執行「{ $action }」。目前可執行的操作：{ $allowed }。

error-revision-not-allowed-title = 目前無法新增修訂
# $state：目前狀態名稱；$allowed：目前允許的操作名稱，已連接成清單
error-revision-not-allowed = 譯文處於「{ $state }」狀態時，無法新增修訂。目前可執行的操作：{ $allowed }。

error-not-head-title = 不是最新修訂版本
# $revision：所核准的修訂版本；$head：最新修訂版本
error-not-head = 您核准的是第 { $revision } 版，但最新版本是第 { $head } 版。請審閱最新版本後再核准。

error-second-pair-of-eyes-title = 須由另一位編輯核准
error-second-pair-of-eyes = 自上次核准以來您寫過修訂，須由另一位{ -editor }核准此譯文。

error-open-threads-title = 仍有未解決的審校意見
# $count：尚未解決的審校意見（留言串）數量，為數字
error-open-threads = 尚有 { $count } 則審校意見尚未解決。請先解決，或確認知悉（acknowledge_open_threads）後仍然核准。

error-checks-failing-title = 檢查發現錯誤
error-checks-failing = 檢查發現的 { $count } 個錯誤既未修正也未略過。請先修正，或逐條說明理由後略過，再核准。

error-comment-required-title = 需要填寫意見
# $action：操作名稱（見 workflow.ftl）
error-comment-required = 執行「{ $action }」時須附上說明理由的意見。

error-outdated-not-acknowledged-title = 譯文已過時
# $source_revision：譯文所依據的原文修訂版本；$head：原文的最新修訂版本
error-outdated-not-acknowledged = 本譯文依據的是原文第 { $source_revision } 版，而原文目前已更新至第 { $head } 版。請更新譯文，或確認知悉譯文已過時後仍然發布。

## 譯文歸屬與個人設定

error-handover-not-allowed-title = 目前不能更換負責人
# $handover：哪種更換，不顯示的選擇值：claim（認領）或 assign（指派）；
# $state：目前狀態名稱；$allowed：目前允許的操作名稱，已連接成清單
error-handover-not-allowed = { $handover ->
    [claim] 譯文處於「{ $state }」狀態時，不能認領。
   *[assign] 譯文處於「{ $state }」狀態時，不能指派。
}目前可執行的操作：{ $allowed }。

error-not-assignee-title = 譯文已指派給他人
# $assignee：譯文負責人的顯示名稱
error-not-assignee = 此譯文已指派給{ $assignee }。只有負責人和{ -editor }可以新增修訂或送審；{ -editor }可以將它指派給你。

error-translation-unassigned-title = 譯文尚未指派
error-translation-unassigned = 此譯文目前沒有負責人。請先認領，再新增修訂或送審。

error-translation-held-title = 譯文已有負責人
# $assignee：負責此譯文者的顯示名稱
error-translation-held = { $assignee }正在負責此譯文。{ -editor }可以將它指派給你。

error-assignee-not-eligible-title = 無法指派
# $name：收到的使用者名稱
error-assignee-not-eligible = 沒有名為「{ $name }」的{ -translator }或{ -editor }。譯文只能指派給負責翻譯或編輯的人。

error-unsupported-language-title = 不支援的介面語言
# $language：收到的語言；$supported：支援的介面語言代碼，已連接成清單
error-unsupported-language = { -brand-name } 沒有「{ $language }」介面語言。請從以下語言中選擇：{ $supported }。

## 發布錯誤

error-correction-note-required-title = 需要更正說明
error-correction-note-required = 此譯文已經發布過，再次發布即為更正。請填寫給讀者看的更正說明（correction_note）。

error-not-published-title = 尚未發布
# $slug：文章代稱；$language：譯文的語言標籤
error-not-published = 「{ $slug }」的 { $language } 譯文尚未發布。

error-edition-not-found-title = 版本不存在
# $number：請求的版本號
error-edition-not-found = 此譯文沒有第 { $number } 版。

error-withdrawn-title = 已撤回
# $reason：發布者撤回的原因
error-withdrawn = 此文章已撤回：{ $reason }

error-refresh-not-published-title = 目前狀態無法更新原文
# $state：譯文所處狀態的名稱
error-refresh-not-published = 只有已發布的譯文才能更新原文文字；此譯文目前處於「{ $state }」狀態。

error-refresh-not-minor-title = 原文改動不只是小修
# $source_revision：目前版本所載原文的修訂版本；$major：此後一個並非小修的原文修訂版本
error-refresh-not-minor = 目前版本所載為原文第 { $source_revision } 版，此後的第 { $major } 版並非小修。譯文須隨之更新：請修訂譯文，經審核通過後作為更正發布。

error-refresh-unchanged-title = 無須更新
# $revision：原文的最新修訂版本，目前版本已載有
error-refresh-unchanged = 目前版本已載有原文的最新文字（第 { $revision } 版）。

error-invalid-url-title = 網址無效
# $url：提供的網址
error-invalid-url = 「{ $url }」不是可以投遞 Webhook 的 http 或 https 網址。

error-webhook-destination-title = 不允許的投遞位址
# $host：所給網址的主機
error-webhook-destination = 不會向 { $host } 投遞 Webhook：它是本機、私有網路或鏈路本地網路中的位址，或是保留位址。
error-secret-length-title = 密鑰長度不符
# $min、$max：允許的最短和最長密鑰（位元組）
error-secret-length = Webhook 密鑰長度必須介於 { $min } 到 { $max } 個位元組之間。

## 限制

error-too-many-requests-title = 請求過於頻繁
# $seconds：再次嘗試前需要等待的秒數
error-too-many-requests = 短時間內來自你的位址的請求過多，請在 { $seconds } 秒後再試。

## 伺服器錯誤

error-internal-title = 內部錯誤
# $request_id：請求 ID，回報問題時請提供
error-internal = 伺服器端發生問題。如果問題再次發生，請提供請求 ID { $request_id } 進行回報。

error-service-unavailable-title = 服務暫時無法使用
error-service-unavailable = { -brand-name } 目前無法使用，請稍後再試。

error-schema-newer-title = 資料庫結構較新
error-schema-newer = 資料庫已由較新版本的 { -brand-name } 遷移（遷移 { $migrations }）。請升級此伺服器，或改用其他資料庫。

## Search

error-search-query-empty-title = 沒有搜尋內容
error-search-query-empty = 請輸入要搜尋的詞語、名稱或幾個字。

error-search-query-too-long-title = 搜尋內容過長
# $max: the most characters a search may have
error-search-query-too-long = 搜尋內容最多 { $max } 個字元。
