"""The studio's gates, as plain ASGI middleware: a body-size limit, an access token, and same-origin forms.

Body size: a request whose `Content-Length` is over the limit is refused before a byte is read; a chunked one
is counted as it streams and answered with the 413 the moment it passes the limit, unread beyond it. Either way
the writer gets a 413 page that says the limit, never a 500, and nothing is written to disk.

Token: when the studio is exposed beyond loopback it needs a shared secret. A browser presents it once as
`?token=…` (the studio sets an HttpOnly, SameSite=Strict cookie and redirects to the clean URL, so the token
does not linger in the address bar or in Referer headers); scripts send `Authorization: Bearer …`. The
EventSource and <video> requests then carry the cookie like any same-origin request. Tokens are compared in
constant time.

Same origin: a web page on another site could otherwise make a writer's browser POST to a studio on
127.0.0.1 (upload, render, cancel) — loopback is not a boundary for the browser. State-changing requests
whose `Origin` (or, without one, `Referer`) names another host than the request's `Host` are refused with
a 403 page; requests without either header (scripts, curl) pass, since no browser omits both on a
cross-site form post.
"""
from __future__ import annotations

import hmac
import html
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode, urlsplit

COOKIE = "director_studio_token"


def _page(status: int, title: str, message: str) -> bytes:
    """The studio's look (its stylesheet, the error box the pages use) for answers given before any route runs."""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} — Director studio'
            f'</title><link rel="stylesheet" href="/static/studio.css"></head><body><header><a href="/" class="brand">'
            f'Director studio</a></header><main><h1>{html.escape(title)}</h1><p class="error" role="alert" id="error">'
            f'{html.escape(message)}</p><p><a href="/">Back to the studio</a></p></main></body></html>').encode("utf-8")


async def _send_page(send, status: int, title: str, message: str, headers: list | None = None) -> None:
    body = _page(status, title, message)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())] + (headers or [])})
    await send({"type": "http.response.body", "body": body})


class BodySizeLimit:
    """Refuse request bodies over `max_bytes` (plus `framing`: multipart headers around a file) with a 413 page.

    A declared `Content-Length` over the limit is refused before a byte is read. A chunked body is counted as
    it arrives: the moment it passes the limit the 413 page goes out, the connection is marked to close, and
    the route sees the client gone — the rest of the body is never read.
    """

    def __init__(self, app, max_bytes: int, framing: int = 0):
        self.app, self.max_bytes, self.framing = app, max_bytes, framing

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.max_bytes + self.framing
        message = f"the upload is larger than the studio's limit of {self.max_bytes // 1024} KiB"
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and (len(value) > 18 or int(value) > limit):
                return await _send_page(send, 413, "Upload too large", message,
                                        [(b"connection", b"close")])
        received = 0
        started = refused = False

        async def counted_receive():
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > limit:
                    refused = True
                    if not started:
                        await _send_page(send, 413, "Upload too large", message, [(b"connection", b"close")])
                    return {"type": "http.disconnect"}
            return event

        async def guarded_send(event):
            nonlocal started
            if refused:
                return   # the 413 went out; whatever the route answers to a vanished client is dropped
            if event["type"] == "http.response.start":
                started = True
            await send(event)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not refused:
                raise


class TokenGate:
    """Require `token` (cookie, bearer header, or ?token= which becomes a cookie) on every request."""

    def __init__(self, app, token: str):
        self.app, self.token = app, token

    def _valid(self, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest(candidate.encode(), self.token.encode())

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and self._valid(auth[7:].strip()):
            return await self.app(scope, receive, send)
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:
            pass
        if COOKIE in cookie and self._valid(cookie[COOKIE].value):
            return await self.app(scope, receive, send)
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        offered = dict(query).get("token")
        if scope["type"] == "http" and self._valid(offered):
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            location = scope.get("path", "/") + (f"?{rest}" if rest else "")
            set_cookie = f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/"
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", location.encode("latin-1")),
                                    (b"set-cookie", set_cookie.encode("latin-1")),
                                    (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        if scope["type"] == "http":
            await _send_page(send, 401, "Token required",
                             "this studio is shared: open the link with ?token=… that its owner gave you",
                             [(b"www-authenticate", b'Bearer realm="director studio"')])


class SameOriginWrites:
    """Refuse POST/PUT/PATCH/DELETE from pages of another origin (see the module docstring)."""

    UNSAFE = ("POST", "PUT", "PATCH", "DELETE")

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in self.UNSAFE:
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        source = headers.get("origin") or headers.get("referer")
        if source and source != "null":
            if urlsplit(source).netloc.lower() != headers.get("host", "").lower():
                return await _send_page(send, 403, "Refused",
                                        "a page from another site tried to change this studio; open the "
                                        "studio itself and try again")
        elif source == "null":
            return await _send_page(send, 403, "Refused", "a request from an opaque origin was refused")
        return await self.app(scope, receive, send)
