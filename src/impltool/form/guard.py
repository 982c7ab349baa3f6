"""The guard in front of every request to `impl bewerk`'s server, static files included:
- the `Host` header must be exactly 127.0.0.1:PORT (a page on another site that points its
  own name at 127.0.0.1, DNS rebinding, is refused);
- the random token from the address is required: in the address of the first page, after
  which it travels as an HttpOnly, SameSite=Strict cookie;
- a request that changes something (POST) must carry an `Origin` of this address;
- a body is read up to MAX_BODY bytes and no further;
- every answer carries a Content-Security-Policy that lets only this server's own script
  run (no inline script, nothing from elsewhere) and frames nothing.
The app behind it (app.py) serves only its own routes and its three static files.
"""

from __future__ import annotations

import contextlib
import secrets
import urllib.parse
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# The form of a plan of 2,000 activities posts about 1 MB; a plan file may hold 10 MB.
MAX_BODY = 8 * 1024 * 1024
MAX_FIELDS = 200_000
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# The rendered plan document carries its own inline CSS and SVG, and no script at all.
DOCUMENT_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)


class Refused(Exception):
    """A request turned away: its HTTP status and the Dutch text the answer shows."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.text = text


class Guard:
    """Every request passes here first; see the module's docstring."""

    def __init__(self, app: ASGIApp, *, port: int, token: str) -> None:
        self.app = app
        self.host = f"127.0.0.1:{port}"
        self.origin = f"http://{self.host}"
        self.token = token
        self.cookie = f"impl_bewerk_{port}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        headers = {key.decode("latin-1").lower(): value for key, value in scope["headers"]}
        try:
            first_visit = self._check(scope, headers)
        except Refused as refusal:
            await _plain(refusal.status, refusal.text)(scope, receive, send)
            return
        if first_visit:
            # The token leaves the address bar (and the history) at once; from here on the
            # cookie carries it.
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(self.cookie, self.token, httponly=True, samesite="strict", path="/")
            await _secured(response.__call__, PAGE_POLICY)(scope, receive, send)
            return
        policy = DOCUMENT_POLICY if scope["path"] == "/document.html" else PAGE_POLICY
        # A bug in impl is answered with a 500 and said once on stderr (see `broken`); the
        # server keeps running and uvicorn prints no English traceback.
        with contextlib.suppress(Exception):
            await _secured(self.app, policy)(scope, receive, send)

    def _check(self, scope: Scope, headers: dict[str, bytes]) -> bool:
        """Refused, or whether this is the first visit (token in the address)."""
        host = headers.get("host", b"").decode("latin-1")
        if host != self.host:
            raise Refused(
                400,
                f"Onbekend adres ({host or 'geen Host'}). Het formulier van impl bewerk is "
                f"alleen te openen via http://{self.host}/.",
            )
        method = scope["method"]
        if method not in ("GET", "HEAD", "POST"):
            raise Refused(405, "Dit kan het formulier niet.")
        if method == "POST":
            origin = headers.get("origin", b"").decode("latin-1")
            if origin != self.origin:
                raise Refused(403, "Geweigerd: dit verzoek komt niet van het formulier zelf.")
            length = headers.get("content-length", b"0").decode("latin-1")
            if not length.isdigit() or int(length) > MAX_BODY:
                raise Refused(413, "Geweigerd: dit verzoek is te groot.")
        query = urllib.parse.parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = query.get("token", [""])[0]
        if given and secrets.compare_digest(given, self.token):
            return bool(scope["path"] == "/" and method == "GET")
        if secrets.compare_digest(_cookie(headers, self.cookie), self.token):
            return False
        raise Refused(
            403,
            "Geen toegang. Open het formulier via het volledige adres dat `impl bewerk` liet "
            "zien (met ?token=...).",
        )


def _cookie(headers: dict[str, bytes], name: str) -> str:
    for part in headers.get("cookie", b"").decode("latin-1").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return ""


def _plain(status: int, text: str) -> ASGIApp:
    return _secured(PlainTextResponse(text, status_code=status).__call__, PAGE_POLICY)


def _secured(app: ASGIApp, policy: str) -> ASGIApp:
    """`app` with the security headers added to its answer."""
    extra = [
        (b"content-security-policy", policy.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"cache-control", b"no-store"),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"cross-origin-resource-policy", b"same-origin"),
    ]

    async def secured(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await app(scope, receive, send_with_headers)

    return secured


async def form_values(request: Request) -> dict[str, list[str]]:
    """The posted form, read up to MAX_BODY and parsed by the standard library."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise Refused(415, "Geweigerd: het formulier stuurt gewone formuliervelden.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise Refused(413, "Geweigerd: dit verzoek is te groot.")
    try:
        text = body.decode("utf-8")
        return urllib.parse.parse_qs(
            text, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_FIELDS
        )
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "Geweigerd: dit formulier kan impl niet lezen.") from None
