"""The probe's HTTP client and tally: plain requests (http.client), raw requests over a socket
for what http.client refuses to send (control characters in headers, half requests), one line
per check, and a count of 5xx answers. Python 3 standard library only."""

import http.client
import json
import socket
import urllib.parse

TIMEOUT = 30


class Response:
    """A whole response: status, headers (lower-case names), body."""

    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        try:
            return json.loads(self.body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None

    @property
    def content_type(self):
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def code(self):
        """The problem's `code`, or None when the body is not a problem."""
        doc = self.json()
        return doc.get("code") if isinstance(doc, dict) else None

    def __repr__(self):
        return f"{self.status} {self.content_type} {self.body[:300]!r}"


class Tally:
    """Prints one line per check and counts passes, failures and 5xx answers seen."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.server_errors = 0
        self.results = []

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {name}" + (f": {detail}" if detail else ""), flush=True)
        else:
            self.failed += 1
            print(f"FAIL  {name}: {detail}", flush=True)
        return ok

    def note(self, text):
        print(f"      {text}", flush=True)

    def seen(self, status):
        if status >= 500:
            self.server_errors += 1

    def record(self, name, res):
        """Keeps a line that must read the same on every database."""
        self.results.append(f"{name}\t{res.status}\t{res.code}")


class Client:
    """Requests to one server, counted in `tally`."""

    def __init__(self, base, token, tally):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port
        self.base = base
        self.token = token
        self.tally = tally

    def request(self, method, path, body=None, headers=None, auth=True):
        """A request through http.client; `body` is bytes, str or a JSON value."""
        headers = dict(headers or {})
        if auth and self.token:
            headers.setdefault("Authorization", f"Bearer {self.token}")
        if body is not None and not isinstance(body, (bytes, str)):
            body = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        if isinstance(body, str):
            body = body.encode()
        conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
        try:
            conn.request(method, path, body=body, headers=headers)
            res = conn.getresponse()
            got = Response(
                res.status,
                {k.lower(): v for k, v in res.getheaders()},
                res.read(),
            )
        finally:
            conn.close()
        self.tally.seen(got.status)
        return got

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, body=body, **kw)

    def connect(self):
        return socket.create_connection((self.host, self.port), timeout=TIMEOUT)

    def raw(self, head, body=b""):
        """Sends `head` (bytes, up to the blank line) and `body` as they are, and reads one
        response; a server that answers before the whole body is sent (413) is read too."""
        sock = self.connect()
        try:
            sock.sendall(head)
            try:
                sock.sendall(body)
            except OSError:
                pass
            got = read_response(sock)
        finally:
            sock.close()
        if got is not None:
            self.tally.seen(got.status)
        return got


def read_response(sock):
    """One response read from `sock` (Content-Length or chunked), or None if the server closed
    the connection without one."""
    buf = b""

    def more():
        nonlocal buf
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError):
            chunk = b""
        buf += chunk
        return bool(chunk)

    while b"\r\n\r\n" not in buf:
        if not more():
            return None
    head, buf = buf.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            while b"\r\n" not in buf:
                if not more():
                    break
            size_line, _, buf = buf.partition(b"\r\n")
            size = int(size_line.split(b";")[0] or b"0", 16)
            while len(buf) < size + 2:
                if not more():
                    break
            body, buf = body + buf[:size], buf[size + 2 :]
            if size == 0:
                break
    else:
        length = int(headers.get("content-length", "0"))
        while len(buf) < length:
            if not more():
                break
        body = buf[:length]
    return Response(status, headers, body)
