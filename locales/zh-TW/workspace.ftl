### 翻譯工作區：原文與譯文並排、儲存、合併過時的儲存、評論。

## 文章頁面：原文、譯文和修訂歷史。
## $language：語言標記；$revision、$from、$to：修訂號；$author：使用者名稱。

article-source-language = 原文語言：{ $language }
article-head = 第 { $revision } 版
article-source-heading = 原文，第 { $revision } 版
article-translations = 譯文
article-translations-none = 還沒有譯文。
article-translation-revision = 修訂
article-translation-pages = 頁面
article-renders-source = （原文第 { $revision } 版）
article-link-workspace = 工作區
article-link-review = 審校
article-link-publish = 發布
article-history = 修訂歷史
article-history-more = 較新的修訂
article-revision = 修訂
article-author = 作者
article-time = 時間
article-minor = 小改
article-revision-by = 第 { $revision } 版，{ $author } 修改
article-compare = 比較
article-compare-from = 從
article-compare-to = 到
article-compare-old = 舊版：
article-compare-new = 新版：
article-compare-parent = 改動 { $from } → { $to }
article-compare-head = { $from } → 最新版
article-compare-title = 比較原文修訂

## 原文編輯修訂原文。

article-revise = 修訂原文
article-minor-change = 小改
article-minor-hint = 錯字或排版修正：譯文不會因此過時。
article-revise-save = 儲存原文修訂

## 譯者開始翻譯。

article-start = 開始翻譯
article-start-hint = 原文就在表單旁邊。開始後，這篇譯文由你負責。
article-start-language = 譯文語言（語言標記，如 en 或 zh-Hant）
article-start-save = 開始翻譯

## 差異。$number：段落編號（從 1 起）；$count：摺疊的未改動段落數；
## $changed、$inserted、$deleted：段落數。

article-diff-inserted = 插入：
article-diff-deleted = 刪除：
article-diff-paragraph-changed = 第 { $number } 段有改動：
article-diff-paragraph-inserted = 新增第 { $number } 段：
article-diff-paragraph-deleted = 刪去第 { $number } 段：
article-diff-folded = ⋯ { $count } 段未改動
article-diff-stats = 改動 { $changed } 段，新增 { $inserted } 段，刪去 { $deleted } 段。
article-diff-none = 兩個版本的正文相同。
article-diff-keys = 按 j 和 k 在改動之間移動。

## 工作區。$language：語言標記；$revision、$head、$from、$to：修訂號；
## $number：段落編號（從 1 起）；$state：工作流程狀態名稱。

workspace-heading = { $language } 譯文
workspace-head = 最新修訂
workspace-source-revision = 原文
workspace-renders = 翻譯自原文第 { $revision } 版（共 { $head } 版）
workspace-no-assignee = 無人負責
workspace-article = 文章頁面
workspace-submit = 送交審校
workspace-claim = 認領這篇譯文
workspace-save-closed = 已撤回的譯文不能再新增修訂。
workspace-save-moves = 儲存修訂後，這篇譯文將回到「{ $state }」狀態。
workspace-source = 原文（{ $language }），第 { $revision } 版
workspace-translation = 譯文（{ $language }），基於第 { $revision } 版
workspace-comments = 評論
workspace-comments-general = 針對全文的評論
workspace-paragraph = 第 { $number } 段
workspace-source-changed = 原文已從第 { $from } 版改為第 { $to } 版
workspace-source-changed-hint = 自譯文完成以來原文有改動的段落，原文欄會標出改動之處。儲存後即記錄譯文已跟上最新原文。
workspace-restored = 已恢復你上次未儲存的內容，目前尚未儲存。
workspace-save = 儲存
workspace-no-base = 表單沒有註明基於哪個修訂，因此未儲存任何內容。你的文字在下方：請複製後重新開啟頁面再貼上。

## 頁邊評論。$number：段落編號（從 1 起）。

workspace-comment-resolved = 已解決
workspace-comment-quote-gone = 引用的文字已不在這一段中。
workspace-comment-detached = 這則評論所指的段落已不存在。
workspace-comment-reply = 回覆
workspace-comment-reply-label = 你的回覆
workspace-comment-resolve = 標為已解決
workspace-comment-reopen = 重新開啟
workspace-comment-on-paragraph = 評論第 { $number } 段
workspace-comment-new = 寫評論
workspace-comment-where = 評論對象
workspace-comment-whole = 全文
workspace-comment-label = 你的評論
workspace-comment-add = 新增評論

## 過時儲存的合併頁面。$base、$head、$revision：修訂號；$author：儲存較新修訂的使用者；
## $count：衝突數；$number：衝突編號（從 1 起）；$who：誰刪去了段落：yours、theirs 或 both。

merge-title = 你編輯期間，有人儲存了這篇文字
merge-explain = 你編輯的是第 { $base } 版，但 { $author } 在此期間儲存了第 { $head } 版。你的內容尚未儲存，也沒有遺失：互不重疊的改動已在下方合併。請檢查文字後再儲存。
merge-conflicts = { $count ->
    [0] 沒有兩人都改過的段落：文字已合併，沒有衝突。
   *[other] 有 { $count } 處兩人都改過：請逐處選擇要保留的內容。
}
merge-conflict = 衝突 { $number }：你們都改了這裡
merge-theirs = 第 { $revision } 版，{ $author } 修改
merge-yours = 你的文字
merge-removed = （已刪去）
merge-choose = 保留
merge-take-theirs = 對方的版本
merge-take-yours = 你的版本，即下框中的文字
merge-take-both = 兩者都保留：先對方，後你的
merge-your-text = 你的版本（可在此修改）
merge-from-yours = 你的改動
merge-from-theirs = 第 { $revision } 版中的改動
merge-from-both = 你們作了相同的改動
merge-paragraph-removed = { $who ->
    [yours] 你刪去了這一段：
    [theirs] 較新的修訂刪去了這一段：
   *[both] 你們都刪去了這一段：
}
merge-other-title = 你們都改了標題。已保留你的標題；第 { $revision } 版的標題是：
merge-save = 儲存合併後的文字
merge-back = 不儲存，返回頁面

## 每個原文段落下的翻譯記憶

workspace-memory = 翻譯記憶：{ $count } 條建議，最高相符 { $best }%
workspace-memory-score = 相符 { $score }%
workspace-memory-carry-over = 核准後未改動
workspace-memory-approved = 核准於 { $slug }，第 { $revision } 版
workspace-memory-imported = 匯入
workspace-memory-by = 譯者 { $translator }
workspace-memory-published = 已發布
workspace-memory-withdrawn = 已撤回
workspace-memory-source = 記憶中的原文，與本段不同之處已標出：
workspace-memory-use = 使用此譯文
