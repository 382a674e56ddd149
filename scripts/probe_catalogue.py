"""The bad-input catalogue: requests a careless or hostile client sends to the API, each with the
status and problem code it must get. Every answer must be problem+json (but for framing errors
that hyper refuses before any handler runs, which are bare) and nothing may be written."""

import http.client
import json

ARTICLES = "/api/v1/articles"
STORY = "/api/v1/articles/probe-story"
T = f"{STORY}/translations/en"
NUL = "a\u0000b"
JSON = {"Content-Type": "application/json"}
CONTROL = (422, "control-character")


def article(**change):
    """A body that would create an article, but for `change`."""
    body = {"slug": "probe-new", "language": "en", "title": "T", "body": "B"}
    body.update(change)
    return body


def dumps(value):
    return json.dumps(value).encode()


def cases(token, limit):
    """(name, method, path, body bytes or JSON or None, headers, status, code or codes)."""
    c = []

    def add(name, method, path, body, status, code, headers=None):
        c.append((name, method, path, body, headers or {}, status, code))

    # Bodies that are not what the API takes.
    for name, body, status, code in [
        ("malformed JSON", b'{"slug": ', 400, "invalid-json"),
        ("empty body", b"", 400, "invalid-json"),
        ("JSON null", b"null", 422, "invalid-json"),
        ("JSON array", b"[]", 422, "invalid-json"),
        ("JSON nested 5000 deep", b"[" * 5000 + b"]" * 5000, 422, "invalid-json"),
        ("wrong type: slug is a number", dumps(article(slug=5)), 422, "invalid-json"),
        ("wrong type: title is a list", dumps(article(title=["T"])), 422, "invalid-json"),
        ("unknown field", dumps(article(extra=1)), 422, "invalid-json"),
        ("missing field", b'{"slug": "probe-new"}', 422, "invalid-json"),
        ("duplicate field", b'{"slug":"probe-new","slug":"x","language":"en","title":"T","body":"B"}', 422, "invalid-json"),
        ("number out of range", b'{"slug":1e999,"language":"en","title":"T","body":"B"}', 400, "invalid-json"),
        ("lone surrogate escape", b'{"slug":"probe-new","language":"en","title":"\\ud800","body":"B"}', 400, "invalid-json"),
        ("invalid UTF-8", b'{"slug":"probe-new","language":"en","title":"\xff\xfe","body":"B"}', 400, "invalid-utf8"),
    ]:
        add(f"POST articles, {name}", "POST", ARTICLES, body, status, code, JSON)
    for ct in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", None]:
        headers = {"Content-Type": ct} if ct else {}
        add(f"POST articles as {ct or 'no content type'}", "POST", ARTICLES, dumps(article()), 415, "unsupported-media-type", headers)
    huge = dumps(article(body="x" * (limit + 1024 * 1024)))
    add(f"POST articles, a body of {len(huge)} bytes (limit {limit})", "POST", ARTICLES, huge, 413, "payload-too-large", JSON)

    # Every text field: NUL, other C0 controls, odd values, very long values.
    for name, body, status, code in [
        ("slug with NUL", article(slug=NUL), 422, "invalid-slug"),
        ("slug with ..", article(slug="../etc/passwd"), 422, "invalid-slug"),
        ("slug in Chinese", article(slug="新闻"), 422, "invalid-slug"),
        ("slug of 10000 characters", article(slug="a" * 10000), 422, "invalid-slug"),
        ("language with NUL", article(language="e\u0000n"), 422, "invalid-language-tag"),
        ("language xx-!!", article(language="xx-!!"), 422, "invalid-language-tag"),
        ("language of 5000 characters", article(language="en-" + "a" * 5000), 422, "invalid-language-tag"),
        ("title with NUL", article(title=NUL), *CONTROL),
        ("title with BEL", article(title="a\u0007"), *CONTROL),
        ("title blank", article(title="  "), 422, "empty-title"),
        ("title of 100000 characters", article(title="T" * 100000), 422, "title-too-long"),
        ("body with NUL", article(body=NUL), *CONTROL),
        ("body with an ANSI escape", article(body="x\u001b[31m"), *CONTROL),
        ("body of 1.9 MB", article(body="b" * 1_900_000), 422, "body-too-long"),
        ("message with NUL", article(message=NUL), *CONTROL),
    ]:
        add(f"POST articles, {name}", "POST", ARTICLES, body, status, code)
    for name, body, code in [
        ("language with NUL", {"language": NUL, "title": "t", "body": "b"}, "invalid-language-tag"),
        ("title with NUL", {"language": "fr", "title": NUL, "body": "b"}, "control-character"),
        ("message with an ANSI escape", {"language": "fr", "title": "t", "body": "b", "message": "\u001b[2J"}, "control-character"),
    ]:
        add(f"POST translations, {name}", "POST", f"{STORY}/translations", body, 422, code)
    for name, body, code in [
        ("body with NUL", {"body": NUL}, "control-character"),
        ("body with BS", {"body": "\u0008"}, "control-character"),
        ("quote with NUL", {"body": "ok", "paragraph": 0, "quote": NUL}, "control-character"),
        ("empty body", {"body": ""}, "comment-empty"),
        ("body of 200000 characters", {"body": "x" * 200000}, "comment-too-long"),
        ("paragraph -1", {"body": "ok", "paragraph": -1}, "paragraph-not-found"),
        ("paragraph 2^40", {"body": "ok", "paragraph": 2**40}, "invalid-json"),
        ("paragraph a string", {"body": "ok", "paragraph": "x"}, "invalid-json"),
        ("revision 99", {"body": "ok", "revision": 99}, "revision-out-of-range"),
        ("unknown parent", {"body": "ok", "parent_id": 99999}, "parent-comment-not-found"),
        ("quote not in the text", {"body": "ok", "paragraph": 0, "quote": "not in the text"}, "quote-not-found"),
    ]:
        add(f"POST comments, {name}", "POST", f"{T}/comments", body, 422, code)
    for name, body, code in [
        ("with NUL", {"text": NUL}, "control-character"),
        ("of 100000 characters", {"text": "x" * 100000}, "credit-too-long"),
        ("a number", {"text": 5}, "invalid-json"),
    ]:
        add(f"POST credits, text {name}", "POST", f"{T}/credits", body, 422, code)
    for name, body, code in [
        ("comment with NUL", {"action": "submit", "comment": NUL}, "control-character"),
        ("correction note with NUL", {"action": "publish", "correction_note": NUL}, "control-character"),
        ("unknown action", {"action": "explode"}, "invalid-json"),
        ("revision a string", {"action": "approve", "revision": "abc"}, "invalid-json"),
    ]:
        add(f"POST actions, {name}", "POST", f"{T}/actions", body, 422, code)
    add("POST assign, assignee with NUL", "POST", f"{T}/assign", {"assignee": NUL}, *CONTROL)
    add("POST assign, assignee of 5000 characters", "POST", f"{T}/assign", {"assignee": "x" * 5000}, 422, "assignee-not-eligible")
    add("PUT me/language with NUL", "PUT", "/api/v1/me/language", {"language": NUL}, *CONTROL)
    add("PUT me/language xx-!!", "PUT", "/api/v1/me/language", {"language": "xx-!!"}, 422, "unsupported-language")
    for name, body, code in [
        ("URL with NUL", {"url": "http://example.org/\u0000"}, "control-character"),
        ("URL with BEL in the host", {"url": "http://exa\u0007mple.org/"}, "control-character"),
        ("URL with CR LF", {"url": "http://example.org/\r\nX-Evil: 1"}, "invalid-url"),
        ("secret with NUL", {"url": "http://example.org/", "secret": "0123456789abcdef\u0000"}, "control-character"),
        ("secret too short", {"url": "http://example.org/", "secret": "short"}, "secret-length"),
        ("secret of 10000 characters", {"url": "http://example.org/", "secret": "x" * 10000}, "secret-length"),
        ("URL not a URL", {"url": "not a url"}, "invalid-url"),
        ("URL javascript:", {"url": "javascript:alert(1)"}, "invalid-url"),
        ("URL file:", {"url": "file:///etc/passwd"}, "invalid-url"),
        ("URL of 10000 characters", {"url": "http://example.org/" + "a" * 10000}, "invalid-url"),
        ("unknown field", {"url": "http://example.org/", "extra": 1}, "invalid-json"),
    ]:
        add(f"POST webhooks, {name}", "POST", "/api/v1/webhooks", body, 422, code)

    # If-Match: missing, malformed, stale. The body is valid, so only If-Match stops the write.
    rev = {"title": "T", "body": "changed"}
    add("POST revisions without If-Match", "POST", f"{STORY}/revisions", rev, 428, "precondition-required")
    for value in ["3", '"1', "W/1", '"a b"', '"1"x', ",", "*,*", '"é"']:
        add(f"POST revisions, If-Match {value}", "POST", f"{STORY}/revisions", rev, 400, "invalid-if-match", {"If-Match": value.encode()})
    for value in ['"+1"', '"01"', 'W/"1"', '""', '"2", "3"', '"' + "9" * 5000 + '"']:
        add(f"POST revisions, If-Match {value[:20]}", "POST", f"{STORY}/revisions", rev, 412, "tag-mismatch", {"If-Match": value})
    add('POST revisions, If-Match "99"', "POST", f"{STORY}/revisions", rev, 412, "precondition-failed", {"If-Match": '"99"'})
    add("POST revisions, current If-Match, body with NUL", "POST", f"{STORY}/revisions", {"title": "T", "body": NUL}, *CONTROL, {"If-Match": '"1"'})
    add("POST translation revisions, current If-Match, body with NUL", "POST", f"{T}/revisions", {"title": "t", "body": NUL}, *CONTROL, {"If-Match": '"1"'})
    add("POST translation revisions, source revision 99", "POST", f"{T}/revisions", {"title": "t", "body": "x", "source_revision": 99}, 422, "source-revision-invalid", {"If-Match": '"1"'})

    # Query strings and cursors.
    for query, status, code in [
        ("limit=0", 400, "invalid-query"),
        ("limit=abc", 400, "invalid-query"),
        ("limit=-1", 400, "invalid-query"),
        ("limit=99999999999999999999", 400, "invalid-query"),
        ("limit=%ZZ", 400, "invalid-query"),
        ("limit=%FF", 400, "invalid-query"),
        ("limit=1&limit=2", 400, "invalid-query"),
        ("cursor=zzz", 400, "invalid-cursor"),
        ("cursor=%00", 400, "invalid-cursor"),
        ("cursor=eyJpZCI6LTF9", 400, "invalid-cursor"),
        ("cursor=" + "A" * 10000, 400, "invalid-cursor"),
        ("state=lost", 400, "invalid-query"),
        ("outdated=maybe", 400, "invalid-query"),
        ("language=%00", 422, "invalid-language-tag"),
        ("translation_language=%E4%B8%AD", 422, "invalid-language-tag"),
    ]:
        add(f"GET articles?{query[:40]}", "GET", f"{ARTICLES}?{query}", None, status, code)
    for path, status, code in [
        ("/api/v1/translations?assignee=a%00b", *CONTROL),
        ("/api/v1/translations?state=%00", 400, "invalid-query"),
        ("/api/v1/review-queue?limit=x", 400, "invalid-query"),
        (f"{STORY}/diff?from=x", 400, "invalid-query"),
        (f"{STORY}/diff?from=%00", 400, "invalid-query"),
        (f"{STORY}/diff?from=99999999999", 400, "invalid-query"),
        (f"{STORY}/diff?from=1&to=5", 422, "diff-range-invalid"),
        (f"{T}/diff?from=last-reviewed%00", 400, "invalid-query"),
        (f"{T}/comments?cursor=zzz", 400, "invalid-cursor"),
        (f"{T}/events?cursor=%00", 400, "invalid-cursor"),
        ("/read/riverside-market/en?layout=%00", 400, "invalid-query"),
        ("/read/riverside-market/en?layout=poster", 400, "invalid-query"),
        ("/read/riverside-market/en?edition=abc", 400, "invalid-query"),
        ("/read/riverside-market/en?edition=99999999999", 400, "invalid-query"),
    ]:
        add(f"GET {path[:60]}", "GET", path, None, status, code)

    # Paths: NUL, `..`, Unicode, very long, not UTF-8.
    long = "a" * 5000
    for path, status, code in [
        ("/api/v1/articles/%00", 422, "invalid-slug"),
        ("/api/v1/articles/a%00b/revisions", 422, "invalid-slug"),
        ("/api/v1/articles/..%2F..%2Fetc%2Fpasswd", 422, "invalid-slug"),
        ("/api/v1/articles/%E6%96%B0%E9%97%BB", 422, "invalid-slug"),
        (f"/api/v1/articles/{long}", 422, "invalid-slug"),
        ("/api/v1/articles/%FF", 400, "bad-request"),
        (f"{STORY}/translations/%00", 422, "invalid-language-tag"),
        (f"{STORY}/translations/..%2F", 422, "invalid-language-tag"),
        (f"{STORY}/translations/{long}", 422, "invalid-language-tag"),
        (f"{STORY}/revisions/%00", 400, "invalid-path"),
        (f"{STORY}/revisions/abc", 400, "invalid-path"),
        (f"{STORY}/revisions/99999999999", 400, "invalid-path"),
        ("/api/v1/webhooks/99999999999999999999/deliveries", 400, "invalid-path"),
        (f"{T}/comments/abc/resolve", 400, "invalid-path"),
        ("/read/%00/en", 422, "invalid-slug"),
        ("/read/riverside-market/%00", 422, "invalid-language-tag"),
        ("/read/..%2F..%2Fetc/en", 422, "invalid-slug"),
        ("/read/riverside-market/%E4%B8%AD", 422, "invalid-language-tag"),
        (f"/read/{long}/en", 422, "invalid-slug"),
        ("/read/%FF/en", 400, "bad-request"),
        ("/api/v1/published/%00/en", 422, "invalid-slug"),
        ("/api/v1/published/riverside-market/%00", 422, "invalid-language-tag"),
        ("/feed/%00.atom", 422, "invalid-language-tag"),
        (f"/feed/{long}.atom", 422, "invalid-language-tag"),
    ]:
        method = "POST" if path.endswith("/resolve") else "GET"
        add(f"{method} {path[:60]}", method, path, None, status, code)

    # Tokens and methods.
    for name, value in [("of 10000 characters", "Bearer " + "a" * 10000), ("Basic", "Basic eA=="), ("empty", "Bearer")]:
        add(f"GET me with a token {name}", "GET", "/api/v1/me", None, 401, "unauthorized", {"Authorization": value})
    add("DELETE articles", "DELETE", ARTICLES, None, 405, "method-not-allowed")
    add("TRACE articles", "TRACE", ARTICLES, None, 405, "method-not-allowed")
    return c


def raw_cases(token):
    """Framing errors that only a raw socket sends: (name, head, body, status, code or None).
    Code None: hyper refuses them before the router, with a bare status and no body."""
    auth = f"Authorization: Bearer {token}\r\n"
    post = f"POST {STORY}/revisions HTTP/1.1\r\nHost: probe\r\n{auth}Content-Type: application/json\r\n"
    body = b'{"title":"T","body":"x"}'
    length = f"Content-Length: {len(body)}\r\n".encode()
    c = []
    for name, value, status, code in [
        ("If-Match with SOH", b'"1\x01"', 400, None),
        ("If-Match with NUL", b'"1"\x00', 400, None),
        ("If-Match with DEL", b"\x7f", 400, None),
        ("If-Match not UTF-8", b'"\xff"', 400, "invalid-if-match"),
    ]:
        head = post.encode() + length + b"If-Match: " + value + b"\r\nConnection: close\r\n\r\n"
        c.append((f"POST revisions, {name}", head, body, status, code))
    head = f"POST {ARTICLES} HTTP/1.1\r\nHost: probe\r\n{auth}Content-Length: 2\r\nContent-Length: 3\r\n\r\n"
    c.append(("POST articles with two Content-Lengths", head.encode(), b"{}", 400, None))
    many = "".join(f"X-{i}: a\r\n" for i in range(500))
    c.append(("GET healthz with 500 headers", f"GET /healthz HTTP/1.1\r\nHost: probe\r\n{many}\r\n".encode(), b"", 431, None))
    return c


def run(client, tally, limit):
    """Sends every case; one check per case, and one that nothing was written."""
    before = snapshot(client)
    for name, method, path, body, headers, status, code in cases(client.token, limit):
        try:
            res = client.request(method, path, body=body, headers=headers)
        except (OSError, http.client.HTTPException) as e:
            tally.check(name, False, f"no answer: {e!r}")
            continue
        tally.record(name, res)
        ok = res.status == status and res.content_type == "application/problem+json" and res.code == code
        tally.check(name, ok, "" if ok else f"wanted {status} {code}, got {res!r}")
    for name, head, body, status, code in raw_cases(client.token):
        res = client.raw(head, body)
        if res is None:
            tally.check(name, False, "closed without an answer")
            continue
        tally.record(name, res)
        if code is None:
            ok = res.status == status
        else:
            ok = res.status == status and res.content_type == "application/problem+json" and res.code == code
        tally.check(name, ok, "" if ok else f"wanted {status} {code}, got {res!r}")
    after = snapshot(client)
    changed = [k for k in before if before[k] != after[k]]
    unread = [k for k, (status, _) in before.items() if status != 200 and not k.endswith("/fr")]
    tally.check(
        "the catalogue wrote nothing",
        not changed and not unread,
        f"changed: {changed}, not readable: {unread}" if changed or unread else f"{len(before)} resources as before",
    )


def snapshot(client):
    """What the catalogue's requests could have changed, as the API shows it."""
    paths = [
        f"{ARTICLES}?limit=100",
        STORY,
        f"{STORY}/revisions",
        f"{STORY}/translations/fr",
        T,
        f"{T}/revisions",
        f"{T}/comments",
        f"{T}/events",
        "/api/v1/webhooks",
        "/api/v1/me",
    ]
    return {p: (r.status, without_request_id(r)) for p in paths for r in [client.get(p)]}


def without_request_id(res):
    """A body to compare: a problem's request id differs every time."""
    doc = res.json()
    if isinstance(doc, dict):
        doc.pop("request_id", None)
        return json.dumps(doc, sort_keys=True)
    return res.body
