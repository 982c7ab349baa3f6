"""The local web server of `impl bewerk`: a Starlette app behind one guard.

The guard (`Guard`) sits in front of every request, static files included:
- the `Host` header must be exactly 127.0.0.1:PORT (a page on another site that points its
  own name at 127.0.0.1, DNS rebinding, is refused);
- the random token from the address is required: in the address of the first page, after
  which it travels as an HttpOnly, SameSite=Strict cookie;
- a request that changes something (POST) must carry an `Origin` of this address;
- a body is read up to MAX_BODY bytes and no further;
- every answer carries a Content-Security-Policy that lets only this server's own script
  run (no inline script, nothing from elsewhere) and frames nothing.
The app serves only its own routes and its three static files.
"""

from __future__ import annotations

import contextlib
import secrets
import sys
import urllib.parse
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import date
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import UserError
from ..plan.load import PlanError
from . import page
from .page import Status
from .session import Conflict, Session

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# The form of a plan of 2,000 activities posts about 1 MB; a plan file may hold 10 MB.
MAX_BODY = 8 * 1024 * 1024
MAX_FIELDS = 200_000
STATIC = Path(__file__).parent / "static"
STATIC_FILES = {
    "htmx.min.js": "text/javascript; charset=utf-8",
    "form.js": "text/javascript; charset=utf-8",
    "form.css": "text/css; charset=utf-8",
}
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


async def _form_values(request: Request) -> dict[str, list[str]]:
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


def create_app(session: Session, *, port: int, token: str, stop: Callable[[], None]) -> ASGIApp:
    """The guarded app for one session; `stop` ends the server (the page's Sluiten)."""

    def today() -> date:
        session.today = date.today()
        return session.today

    async def home(request: Request) -> Response:
        today()
        # ruamel.yaml reads the file once the page is out: a person reads before editing.
        return HTMLResponse(page.render_page(session), background=BackgroundTask(session.prepare))

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC_FILES:
            return _not_found()
        return Response((STATIC / name).read_bytes(), media_type=STATIC_FILES[name])

    def _applied(values: dict[str, list[str]]) -> bool:
        """Apply the posted values, unless they come from an older structure of the form."""
        if values.get("_versie", [""])[0] != str(session.revision):
            return False
        session.apply(values)
        return True

    async def check(request: Request) -> Response:
        values = await _guarded_values(request)
        if isinstance(values, Response):
            return values
        today()
        _applied(values)
        return HTMLResponse(page.render_panel(session))

    async def change(request: Request) -> Response:
        values = await _guarded_values(request)
        if isinstance(values, Response):
            return values
        today()
        action = values.get("actie", [""])[0]
        status = Status()
        if action == "herladen":
            try:
                session.reload()
                status = Status("opgeslagen", "Het bestand is opnieuw geladen.", focus=True)
            except PlanError as error:
                first = error.problems[0]
                status = Status(
                    "fout",
                    f"Opnieuw laden lukt niet: het bestand heeft nu een fout (regel {first.line}: "
                    f"{first.message}). Het formulier houdt jouw versie.",
                    focus=True,
                )
            except UserError as error:
                status = Status("fout", f"Opnieuw laden lukt niet: {error}", focus=True)
            return _werkblad(request, status)
        if not _applied(values):
            status = Status(
                "fout",
                "Het formulier was net veranderd; kijk je laatste wijziging na en probeer het "
                "opnieuw.",
                focus=True,
            )
            return _werkblad(request, status)
        if action in ("opslaan", "opslaan-sluiten"):
            status = _save()
            if action == "opslaan-sluiten" and status.kind == "opgeslagen":
                return _closed()
        elif action == "sluiten":
            if not session.dirty:
                return _closed()
            status = Status(
                "sluiten",
                "Er zijn wijzigingen die nog niet zijn opgeslagen. Wat wil je doen?",
                focus=True,
            )
        elif action == "sluiten-toch":
            return _closed()
        elif action:
            session.act(action)
        return _werkblad(request, status)

    def _save() -> Status:
        try:
            session.save()
        except Conflict as conflict:
            return Status("conflict", str(conflict), focus=True)
        except UserError as error:
            return Status("fout", str(error), focus=True)
        except OSError as error:
            from ..files import os_error_text

            return Status("fout", f"niet opgeslagen: {os_error_text(error)}", focus=True)
        from datetime import datetime

        return Status("opgeslagen", f"Opgeslagen om {datetime.now():%H:%M:%S}.", focus=True)

    def _werkblad(request: Request, status: Status) -> Response:
        if request.headers.get("hx-request") == "true":
            return HTMLResponse(page.render_werkblad(session, status))
        return HTMLResponse(page.render_page(session, status))  # without script: whole page

    def _closed() -> Response:
        return HTMLResponse(
            page.render_message_page(
                "Het formulier is gesloten",
                "impl bewerk is gestopt. Je kunt dit tabblad sluiten; het plan staat in "
                f"{session.path}.",
            ),
            headers={"HX-Retarget": "body", "HX-Reswap": "innerHTML"},
            background=BackgroundTask(stop),
        )

    async def document(request: Request) -> Response:
        from ..render import render_document

        loaded = session.check().loaded
        if loaded is None:
            return _has_errors()
        try:
            data = render_document(loaded, today(), "html")
        except UserError as error:
            return HTMLResponse(page.render_message_page("Geen document", str(error)))
        return Response(data, media_type="text/html; charset=utf-8")

    async def word(request: Request) -> Response:
        from ..render import render_document

        loaded = session.check().loaded
        if loaded is None:
            return _has_errors()
        try:
            data = render_document(loaded, today(), "docx")
        except UserError as error:
            return HTMLResponse(page.render_message_page("Geen document", str(error)))
        name = Path(session.path).with_suffix(".docx").name
        return Response(
            data,
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers={"Content-Disposition": _attachment(name)},
        )

    async def my_version(request: Request) -> Response:
        name = f"{Path(session.path).stem}-formulier.yaml"
        return Response(
            session.text().encode("utf-8"),
            media_type="application/yaml; charset=utf-8",
            headers={"Content-Disposition": _attachment(name)},
        )

    def _has_errors() -> Response:
        return HTMLResponse(
            page.render_message_page(
                "Nog geen document",
                "Het formulier heeft nog fouten; los die eerst op, dan kan impl het document "
                "maken.",
            ),
            status_code=409,
        )

    async def _guarded_values(request: Request) -> dict[str, list[str]] | Response:
        try:
            return await _form_values(request)
        except Refused as refusal:
            return PlainTextResponse(refusal.text, status_code=refusal.status)

    async def not_found(request: Request, error: Exception) -> Response:
        return _not_found()

    async def broken(request: Request, error: Exception) -> Response:
        from ..shown import visible

        print(f"fout in impl bewerk: {visible(repr(error))}", file=sys.stderr)
        return PlainTextResponse(
            "Er ging iets mis in impl zelf; dit ligt niet aan je plan. Er is niets opgeslagen.",
            status_code=500,
        )

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/controleer", check, methods=["POST"]),
        Route("/wijzig", change, methods=["POST"]),
        Route("/document.html", document, methods=["GET"]),
        Route("/document.docx", word, methods=["GET"]),
        Route("/mijn-versie.yaml", my_version, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={404: not_found, 405: not_found, Exception: broken},
    )
    return Guard(app, port=port, token=token)


def _not_found() -> Response:
    return PlainTextResponse("Niet gevonden.", status_code=404)


def _attachment(name: str) -> str:
    """A Content-Disposition for a download, safe for any file name."""
    ascii_name = "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "plan"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{urllib.parse.quote(name)}"
