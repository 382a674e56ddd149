SELECT * FROM articles WHERE slug = 'SLUG'
SELECT * FROM article_revisions WHERE article_id = (SELECT id FROM articles WHERE slug = 'SLUG') ORDER BY number LIMIT 51
SELECT * FROM article_revisions WHERE article_id = (SELECT id FROM articles WHERE slug = 'SLUG') AND number IN (1, 2)
SELECT * FROM translations WHERE state = 'in_review' ORDER BY updated_at, id LIMIT 50
SELECT * FROM events WHERE translation_id IN (1, 2, 3) AND action = 'submit' ORDER BY id DESC
SELECT * FROM translations WHERE state = 'published' AND language = 'en' ORDER BY id LIMIT 51
SELECT * FROM translations WHERE state = 'in_review' AND assignee_id = 4 ORDER BY id LIMIT 51
SELECT * FROM translations WHERE language = 'zh-Hans' AND source_revision < (SELECT major_head FROM articles WHERE articles.id = translations.article_id) ORDER BY id LIMIT 51
SELECT announced_edition FROM translations WHERE announced_edition IS NOT NULL AND state <> 'withdrawn' AND language = 'en' ORDER BY announced_at DESC, announced_edition DESC LIMIT 51
SELECT announced_edition FROM translations WHERE announced_edition IS NOT NULL AND state <> 'withdrawn' ORDER BY announced_at DESC, announced_edition DESC LIMIT 51
SELECT announced_edition FROM translations WHERE announced_edition IS NOT NULL AND state <> 'withdrawn' AND EXISTS (SELECT 1 FROM articles WHERE articles.id = translations.article_id AND articles.language = 'en') ORDER BY announced_at DESC, announced_edition DESC LIMIT 51
SELECT language FROM translations WHERE announced_edition IS NOT NULL AND state <> 'withdrawn' AND language > 'en' ORDER BY language LIMIT 1
SELECT MIN(created_at) FROM editions WHERE translation_id IN (1, 2, 3) GROUP BY translation_id
SELECT created_at FROM events WHERE action IN ('withdraw', 'reopen') ORDER BY id DESC LIMIT 1
SELECT created_at FROM events WHERE action IN ('withdraw', 'reopen') AND article_id = (SELECT id FROM articles WHERE slug = 'SLUG') ORDER BY id DESC LIMIT 1
SELECT (article_id - 1) / 250 + 1, MAX(created_at) FROM editions WHERE translation_id IN (SELECT id FROM translations WHERE state <> 'withdrawn') GROUP BY (article_id - 1) / 250 + 1
SELECT (article_id - 1) / 250 + 1, MAX(created_at) FROM events WHERE action IN ('withdraw', 'reopen') GROUP BY (article_id - 1) / 250 + 1
SELECT id FROM translations WHERE state <> 'withdrawn' AND article_id BETWEEN 1 AND 250
SELECT article_id, MAX(created_at) FROM events WHERE action IN ('withdraw', 'reopen') AND article_id BETWEEN 1 AND 250 GROUP BY article_id
