#!/usr/bin/env python3
"""Probes a live `bitext serve` (with the demo loaded) as an attacker would: a catalogue of bad
input, security headers, the public page cache under junk URLs, slow clients, enumeration of
unpublished work, webhook destinations inside the network, and the write rate limit. Prints one
line per check and a closing `probe: N passed, N failed` line with the count of 5xx answers;
exits 1 if any check failed or any answer was a 5xx. Python 3 standard library only.

Usage: probe.py --base URL --token TOKEN --pid PID [--tight-base URL] [--results FILE]
(scripts/probe.sh starts the servers and passes these)."""

import argparse
import ipaddress
import socket
import sys
import time

import probe_catalogue
import probe_edge
from probe_client import Client, Tally


def main():
    args = parse_args()
    tally = Tally()
    client = Client(args.base, args.token, tally)
    setup(client)
    probe_catalogue.run(client, tally, args.body_limit)
    probe_edge.security_headers(client, tally)
    enumeration(client, tally)
    webhooks(client, tally)
    probe_edge.slow_clients(client, tally, args.header_timeout, args.body_timeout)
    probe_edge.page_cache_memory(client, tally, args.pid)
    if args.tight_base:
        probe_edge.rate_limit(Client(args.tight_base, args.token, tally), tally)
    tally.check("no answer was a 5xx", tally.server_errors == 0, f"{tally.server_errors} seen")
    if args.results:
        with open(args.results, "w") as f:
            f.write("\n".join(tally.results) + "\n")
    print(f"probe: {tally.passed} passed, {tally.failed} failed ({tally.server_errors} answers 5xx)")
    return 1 if tally.failed or tally.server_errors else 0


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--base", required=True, help="the server, e.g. http://127.0.0.1:8080")
    p.add_argument("--token", required=True, help="a token with every role")
    p.add_argument("--pid", required=True, type=int, help="the server's process id (for its RSS)")
    p.add_argument("--tight-base", help="a second server with a tight write rate")
    p.add_argument("--results", help="where to write the answers that must match across databases")
    p.add_argument("--header-timeout", type=float, default=2)
    p.add_argument("--body-timeout", type=float, default=2)
    p.add_argument("--body-limit", type=int, default=2 * 1024 * 1024)
    return p.parse_args()


def setup(client):
    """An article with a translation of its own, for the catalogue to aim at."""
    for path, body in [
        ("/api/v1/articles", {"slug": "probe-story", "language": "zh-Hans", "title": "标题", "body": "第一段。\n\n第二段。"}),
        ("/api/v1/articles/probe-story/translations", {"language": "en", "title": "Title", "body": "First.\n\nSecond."}),
    ]:
        res = client.post(path, body)
        if res.status != 201:
            sys.exit(f"probe: setting up failed: POST {path}: {res!r}")


def enumeration(client, tally):
    """Readers get one 404 for an unknown slug, an unpublished translation and a missing
    language, so nobody outside learns which slugs exist or what is in progress."""
    published = client.get("/read/riverside-market/en", auth=False)
    ok = published.status == 200
    tally.check("the demo's published article is readable without a token", ok, "" if ok else repr(published))
    bodies = {}
    for prefix in ["/read", "/api/v1/published"]:
        for what, path in [
            ("an unknown slug", "no-such-article/en"),
            ("an unpublished translation", "night-bus-route/en"),
            ("a missing language", "riverside-market/fr"),
        ]:
            res = client.get(f"{prefix}/{path}", auth=False)
            tally.record(f"anonymous GET {prefix}/{path}", res)
            doc = res.json() or {}
            ok = res.status == 404 and res.code == "not-found"
            tally.check(f"{prefix}: {what} is 404 not-found", ok, "" if ok else repr(res))
            doc.pop("instance", None)
            doc.pop("request_id", None)
            bodies[f"{prefix}/{path}"] = doc
    distinct = {repr(sorted(d.items())) for d in bodies.values()}
    tally.check(
        "the six 404s have the same body (but for instance and request_id)",
        len(distinct) == 1,
        "" if len(distinct) == 1 else f"{len(distinct)} different bodies: {bodies}",
    )


def webhooks(client, tally):
    """Subscribers inside the network are refused at registration in any notation; a name is
    accepted, and its delivery is refused when the name resolves inside."""
    refused = [
        "http://169.254.169.254/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://[fd00::]/",
        f"{client.base}/",
        "http://0.0.0.0/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://user:pass@example.org/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://017700000001/",
        "http://localhost./",
        "http://foo.localhost/",
        "http://100.64.0.1/",
        "http://%31%32%37.0.0.1/",
        "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/",
        "gopher://example.org/",
    ]
    before = client.get("/api/v1/webhooks").body
    for url in refused:
        res = client.post("/api/v1/webhooks", {"url": url})
        tally.record(f"POST webhooks {'(this server)' if url.startswith(client.base) else url}", res)
        ok = res.status == 422 and res.code in ("webhook-destination", "invalid-url")
        tally.check(f"webhook {url} is refused", ok, res.code if ok else repr(res))
    tally.check("refused webhooks wrote nothing", client.get("/api/v1/webhooks").body == before)

    names = {"http://metadata.google.internal/": resolves_inside("metadata.google.internal")}
    local = next((n for n in local_names() if resolves_inside(n)), None)
    if local:
        names[f"http://{local}/"] = True
    else:
        tally.note("no name on this machine other than localhost resolves inside: that case is left out")
    ids = {}
    for url in names:
        res = client.post("/api/v1/webhooks", {"url": url})
        ok = res.status == 201
        tally.check(f"webhook {url} (a name) is accepted at registration", ok, "" if ok else repr(res))
        if ok:
            ids[url] = res.json()["id"]
    res = client.post("/api/v1/articles/bridge-repair/translations/en/actions", {"action": "publish"})
    ok = res.status == 200
    if not tally.check("publishing the demo's approved translation queues deliveries", ok, "" if ok else repr(res)):
        return
    attempts = wait_for_attempts(client, ids)
    for url, inside in names.items():
        if url not in ids:
            continue
        delivery = attempts.get(url)
        if delivery is None:
            tally.check(f"a delivery to {url} is attempted", False, "no attempt within 20 s")
            continue
        attempt = delivery["attempts"][0]
        error = attempt.get("error") or ""
        if inside:
            ok = delivery["status"] == "failed" and attempt["status_code"] is None and "refused" in error
            tally.check(f"the delivery to {url} is refused", ok, error if ok else repr(delivery))
        else:
            ok = delivery["status"] != "delivered" and attempt["status_code"] is None and error
            tally.note(f"{url} does not resolve on this machine, so its refusal cannot be seen here")
            tally.check(f"the delivery to {url} never reaches it", bool(ok), error if ok else repr(delivery))


def wait_for_attempts(client, ids, patience=20.0):
    """Each webhook's first delivery once it has an attempt, polled within `patience` s."""
    found = {}
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline and len(found) < len(ids):
        for url, id in ids.items():
            if url in found:
                continue
            items = (client.get(f"/api/v1/webhooks/{id}/deliveries").json() or {}).get("items", [])
            if items and items[0]["attempts"]:
                found[url] = items[0]
        time.sleep(0.2)
    return found


def local_names():
    """Names this machine may resolve by itself (its own name, /etc/hosts aliases)."""
    names = [socket.gethostname(), "ip6-localhost", "ip6-loopback"]
    try:
        with open("/etc/hosts") as f:
            for line in f:
                names += line.split("#")[0].split()[1:]
    except OSError:
        pass
    return [n for n in dict.fromkeys(names) if n and "localhost" not in n.lower()]


def resolves_inside(name):
    """Whether `name` resolves, and only to loopback, private, link-local or other internal
    addresses."""
    try:
        infos = socket.getaddrinfo(name, 80, proto=socket.IPPROTO_TCP)
    except OSError:
        return False
    addrs = {ipaddress.ip_address(i[4][0].split("%")[0]) for i in infos}
    return bool(addrs) and all(not a.is_global for a in addrs)


if __name__ == "__main__":
    sys.exit(main())
