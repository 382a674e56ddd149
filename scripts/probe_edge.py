"""The probe's checks of the server's edge: security headers on HTML and JSON, the public page
cache under junk URLs and headers (resident memory), slow clients, and the write rate limit."""

import base64
import hashlib
import http.client
import re
import selectors
import threading
import time

PAGE = "/read/riverside-market/en"
MEMORY_BOUND_MB = 64
# Timers on a loaded 2-core machine: how much later than its timeout a close may come.
MARGIN = 3.0


def security_headers(client, tally):
    """CSP, nosniff and Referrer-Policy on HTML; nosniff on everything else."""
    html = [
        ("a /read page", PAGE, {}, 200),
        ("a /read page from the cache", PAGE, {}, 200),
        ("an HTML diff", "/api/v1/articles/chengnan-library-hours/diff?from=1&to=2", {"Accept": "text/html"}, 200),
        ("an HTML error page", "/read/no-such-article/en", {"Accept": "text/html"}, 404),
    ]
    for name, path, headers, status in html:
        res = client.get(path, headers=headers)
        problems = html_problems(res, status)
        tally.check(f"security headers on {name}", not problems, "; ".join(problems))
    for name, path, auth in [
        ("published JSON", "/api/v1/published/riverside-market/en", False),
        ("a JSON problem", "/api/v1/articles/no-such-article", True),
        ("an API list", "/api/v1/articles", True),
        ("/healthz", "/healthz", False),
    ]:
        res = client.get(path, auth=auth)
        ok = res.headers.get("x-content-type-options") == "nosniff"
        tally.check(f"nosniff on {name}", ok, "" if ok else f"{res.status} {res.headers}")


def html_problems(res, status):
    """What is wrong with an HTML response's protection, if anything."""
    found = []
    if res.status != status or res.content_type != "text/html":
        return [f"wanted {status} text/html, got {res!r}"]
    csp = res.headers.get("content-security-policy", "")
    directives = {d.strip().split(" ")[0]: d.strip() for d in csp.split(";") if d.strip()}
    if directives.get("default-src") != "default-src 'none'":
        found.append(f"default-src is not 'none': {csp!r}")
    if directives.get("frame-ancestors") != "frame-ancestors 'none'":
        found.append(f"frame-ancestors is not 'none': {csp!r}")
    if "unsafe-inline" in csp or "unsafe-eval" in csp:
        found.append(f"unsafe-* in the policy: {csp!r}")
    text = res.body.decode("utf-8", "replace")
    # Structured data for search engines is a script element browsers never run: its JSON must
    # hold no "<", so that no text closes it early. Anything else that runs is a fault.
    for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
        if "<" in data:
            found.append("markup inside the JSON-LD")
    text = re.sub(r'<script type="application/ld\+json">.*?</script>', "", text, flags=re.S)
    if re.search(r"<script|\son[a-z]+\s*=", text, re.I):
        found.append("a script or an event handler in the page")
    for css in re.findall(r"<style>(.*?)</style>", text, re.S):
        digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
        if f"'sha256-{digest}'" not in csp:
            found.append("an inline style the policy does not allow by its hash")
    if res.headers.get("x-content-type-options") != "nosniff":
        found.append("no X-Content-Type-Options: nosniff")
    if not res.headers.get("referrer-policy"):
        found.append("no Referrer-Policy")
    return found


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def flood(client, requests, connections=4):
    """Sends `requests` (path, headers) over a few kept-alive connections; the statuses seen."""
    statuses = {}
    lock = threading.Lock()

    def worker(part):
        conn = http.client.HTTPConnection(client.host, client.port, timeout=30)
        for path, headers in part:
            try:
                conn.request("GET", path, headers=headers)
                res = conn.getresponse()
                res.read()
                status = res.status
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(client.host, client.port, timeout=30)
                status = 0
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                client.tally.seen(status)
        conn.close()

    threads = [threading.Thread(target=worker, args=(requests[i::connections],)) for i in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses


def page_cache_memory(client, tally, pid):
    """Distinct junk URLs and headers on a published page must not grow the server's memory
    past a fixed bound: the cache must not keep what a client makes up."""
    start = rss_kb(pid)
    tally.note(f"server RSS before the junk: {start / 1024:.1f} MB (pid {pid})")
    junk_queries = [
        (f"{PAGE}?{q}", {})
        for i in range(3000)
        for q in [
            [
                f"utm_source=probe{i}",
                f"edition=1&x{i}={'y' * 200}",
                f"layout=translation&n={i}",
                f"%E4%B8%AD{i}=%00",
                f"a[{i}]=b&c=d{i}",
            ][i % 5]
        ]
    ]
    slug = "riverside-market"
    # Other spellings of the same path: percent-encoded letters, the tag's case.
    spellings = []
    for i in range(2000):
        chars = [f"%{ord(ch):02x}" if (i >> k) & 1 else ch for k, ch in enumerate(slug)]
        spellings.append((f"/read/{''.join(chars)}/{['en', 'EN', 'En', 'eN'][i % 4]}", {}))
    big = "x" * 48 * 1024
    accepts = [(PAGE, {"Accept": f"text/html;probe={i}, {big}"}) for i in range(2000)]
    for name, requests in [
        ("junk query strings", junk_queries),
        ("spellings of the path", spellings),
        ("junk Accept headers of 48 KiB", accepts),
    ]:
        began = time.monotonic()
        statuses = flood(client, requests)
        now = rss_kb(pid)
        growth = (now - start) / 1024
        tally.note(
            f"after {len(requests)} {name} ({time.monotonic() - began:.1f} s, statuses {statuses}): "
            f"RSS {now / 1024:.1f} MB, {growth:+.1f} MB since the start"
        )
        ok = growth < MEMORY_BOUND_MB and set(statuses) == {200}
        tally.check(
            f"{len(requests)} {name} on a published page grow RSS by less than {MEMORY_BOUND_MB} MB",
            ok,
            f"{growth:+.1f} MB, statuses {statuses}",
        )


def slow_clients(client, tally, header_timeout, body_timeout, held=200, half_bodies=50):
    """Half headers and half bodies are cut off in time, and do not stop others being served."""
    sel = selectors.DefaultSelector()
    kinds, sent = {}, {}
    opened = time.monotonic()
    for i in range(held + half_bodies + 1):
        sock = client.connect()
        if i < held:
            kind = "header"
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: probe\r\nX-Slow: ")
        elif i < held + half_bodies:
            kind = "body"
            sock.sendall(
                f"POST /api/v1/articles HTTP/1.1\r\nHost: probe\r\nAuthorization: Bearer {client.token}\r\n"
                "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"slug\": ".encode()
            )
        else:
            kind = "declared"
            sock.sendall(
                f"POST /api/v1/articles HTTP/1.1\r\nHost: probe\r\nAuthorization: Bearer {client.token}\r\n"
                "Content-Type: application/json\r\nContent-Length: 1000000000000\r\n\r\n{}".encode()
            )
        sock.setblocking(False)
        kinds[sock] = kind
        sent[sock] = time.monotonic()
        sel.register(sock, selectors.EVENT_READ)
    setup = time.monotonic() - opened
    began = time.monotonic()
    res = client.get("/healthz", auth=False)
    answered = time.monotonic()
    tally.check(
        f"GET /healthz is served while {held + half_bodies + 1} slow connections are held",
        res.status == 200 and answered - opened < header_timeout,
        f"{res.status} in {1000 * (answered - began):.0f} ms, {setup:.2f} s after the first was opened",
    )
    closed, got = {}, {s: b"" for s in kinds}
    deadline = max(sent.values()) + max(header_timeout, body_timeout) + MARGIN
    while len(closed) < len(kinds) and time.monotonic() < deadline:
        for key, _ in sel.select(timeout=max(0.01, deadline - time.monotonic())):
            sock = key.fileobj
            try:
                chunk = sock.recv(65536)
            except BlockingIOError:
                continue
            except OSError:
                chunk = b""
            if chunk:
                got[sock] += chunk
            else:
                closed[sock] = time.monotonic() - sent[sock]
                sel.unregister(sock)
    for sock in kinds:
        sock.close()
    report = {}
    for kind, timeout in [("header", header_timeout), ("body", body_timeout), ("declared", body_timeout)]:
        socks = [s for s in kinds if kinds[s] == kind]
        times = [closed[s] for s in socks if s in closed]
        statuses = sorted({status_of(got[s]) for s in socks}, key=lambda s: s or 0)
        report[kind] = (len(socks), len(times), min(times, default=0), max(times, default=0), statuses)
        tally.note(
            f"{kind}: {len(socks)} held; {len(times)} closed by the server after "
            f"{min(times, default=0):.2f}–{max(times, default=0):.2f} s; answers {statuses}"
        )
    n, done, first, last, statuses = report["header"]
    tally.check(
        f"{n} connections with half a header are closed within the {header_timeout} s header timeout (+{MARGIN:.0f} s)",
        done == n and first >= header_timeout - 0.3 and last <= header_timeout + MARGIN and statuses in ([None], [408]),
        f"{done}/{n} closed after {first:.2f}–{last:.2f} s, answers {statuses}",
    )
    n, done, first, last, statuses = report["body"]
    tally.check(
        f"{n} connections with half a body get 408 or a close within the {body_timeout} s body timeout (+{MARGIN:.0f} s)",
        done == n and first >= body_timeout - 0.3 and last <= body_timeout + MARGIN and set(statuses) <= {None, 408},
        f"{done}/{n} closed after {first:.2f}–{last:.2f} s, answers {statuses}",
    )
    n, done, first, last, statuses = report["declared"]
    tally.check(
        "a body declared over the limit and never sent gets 413, or 408 after the body timeout",
        done == n and last <= body_timeout + MARGIN and set(statuses) <= {413, 408},
        f"closed after {last:.2f} s, answers {statuses}",
    )
    for data in got.values():
        tally.seen(status_of(data) or 0)


def status_of(data):
    """The status of the response at the start of `data`, or None for none."""
    m = re.match(rb"HTTP/1\.[01] (\d{3}) ", data)
    return int(m.group(1)) if m else None


def rate_limit(tight, tally):
    """Past the burst, a write gets 429 with Retry-After, and writes nothing."""
    refused = None
    for i in range(10):
        slug = f"probe-rate-{i}"
        res = tight.post("/api/v1/articles", {"slug": slug, "language": "en", "title": "T", "body": "B"})
        if res.status == 429:
            refused = (slug, res)
            break
        if res.status != 201:
            tally.check("writes past the burst get 429", False, f"write {i}: {res!r}")
            return
    if refused is None:
        tally.check("writes past the burst get 429", False, "ten writes in a row were all accepted")
        return
    slug, res = refused
    retry = res.headers.get("retry-after", "")
    ok = retry.isdigit() and 1 <= int(retry) <= 3600 and res.code == "too-many-requests"
    tally.check(
        f"write {int(slug.rsplit('-', 1)[1]) + 1} past the burst gets 429 with Retry-After",
        ok,
        f"Retry-After: {retry}" if ok else repr(res),
    )
    after = tight.get(f"/api/v1/articles/{slug}")
    ok = after.status == 404 and after.code == "article-not-found"
    tally.check("the refused write wrote nothing, and reads are not limited", ok, "" if ok else repr(after))
