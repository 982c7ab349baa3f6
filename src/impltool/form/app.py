"""The local web server of `impl bewerk`: a Starlette app behind one guard (guard.py, which
says what every request has to pass).

The app serves only its own routes and its three static files. Its handlers are methods of
`FormRoutes`, one object per session: the page, the checks and changes the page posts, and
the plan as a document or as the form's own version of the file.
"""

from __future__ import annotations

import sys
import urllib.parse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..errors import UserError
from ..plan.load import PlanError
from . import page
from .guard import ASGIApp, Guard, Refused, form_values
from .page import Status
from .session import Conflict, Session

STATIC = Path(__file__).parent / "static"
STATIC_FILES = {
    "htmx.min.js": "text/javascript; charset=utf-8",
    "form.js": "text/javascript; charset=utf-8",
    "form.css": "text/css; charset=utf-8",
}
WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def create_app(session: Session, *, port: int, token: str, stop: Callable[[], None]) -> ASGIApp:
    """The guarded app for one session; `stop` ends the server (the page's Sluiten)."""
    routes = FormRoutes(session, stop)
    app = Starlette(
        routes=[
            Route("/", routes.home, methods=["GET"]),
            Route("/static/{name}", routes.static, methods=["GET"]),
            Route("/controleer", routes.check, methods=["POST"]),
            Route("/wijzig", routes.change, methods=["POST"]),
            Route("/document.html", routes.document, methods=["GET"]),
            Route("/document.docx", routes.word, methods=["GET"]),
            Route("/mijn-versie.yaml", routes.my_version, methods=["GET"]),
        ],
        exception_handlers={404: _not_found, 405: _not_found, Exception: _broken},
    )
    return Guard(app, port=port, token=token)


class FormRoutes:
    """The handlers of one session's routes."""

    def __init__(self, session: Session, stop: Callable[[], None]) -> None:
        self.session = session
        self.stop = stop

    def today(self) -> date:
        self.session.today = date.today()
        return self.session.today

    async def home(self, request: Request) -> Response:
        self.today()
        # ruamel.yaml reads the file once the page is out: a person reads before editing.
        return HTMLResponse(
            page.render_page(self.session), background=BackgroundTask(self.session.prepare)
        )

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC_FILES:
            return _not_found_response()
        return Response((STATIC / name).read_bytes(), media_type=STATIC_FILES[name])

    async def check(self, request: Request) -> Response:
        values = await _guarded_values(request)
        if isinstance(values, Response):
            return values
        self.today()
        self._applied(values)
        return HTMLResponse(page.render_panel(self.session))

    async def change(self, request: Request) -> Response:
        values = await _guarded_values(request)
        if isinstance(values, Response):
            return values
        self.today()
        action = values.get("actie", [""])[0]
        if action == "herladen":
            return self._werkblad(request, self._reload())
        if not self._applied(values):
            status = Status(
                "fout",
                "Het formulier was net veranderd; kijk je laatste wijziging na en probeer het "
                "opnieuw.",
                focus=True,
            )
            return self._werkblad(request, status)
        return self._act(request, action)

    def _applied(self, values: dict[str, list[str]]) -> bool:
        """Apply the posted values, unless they come from an older structure of the form."""
        if values.get("_versie", [""])[0] != str(self.session.revision):
            return False
        self.session.apply(values)
        return True

    def _reload(self) -> Status:
        try:
            self.session.reload()
        except PlanError as error:
            first = error.problems[0]
            return Status(
                "fout",
                f"Opnieuw laden lukt niet: het bestand heeft nu een fout (regel {first.line}: "
                f"{first.message}). Het formulier houdt jouw versie.",
                focus=True,
            )
        except UserError as error:
            return Status("fout", f"Opnieuw laden lukt niet: {error}", focus=True)
        return Status("opgeslagen", "Het bestand is opnieuw geladen.", focus=True)

    def _act(self, request: Request, action: str) -> Response:
        """Save, close, or change the form's structure (add, remove, move an entry)."""
        status = Status()
        if action in ("opslaan", "opslaan-sluiten"):
            status = self._save()
            if action == "opslaan-sluiten" and status.kind == "opgeslagen":
                return self._closed()
        elif action == "sluiten":
            if not self.session.dirty:
                return self._closed()
            status = Status(
                "sluiten",
                "Er zijn wijzigingen die nog niet zijn opgeslagen. Wat wil je doen?",
                focus=True,
            )
        elif action == "sluiten-toch":
            return self._closed()
        elif action:
            self.session.act(action)
        return self._werkblad(request, status)

    def _save(self) -> Status:
        try:
            self.session.save()
        except Conflict as conflict:
            return Status("conflict", str(conflict), focus=True)
        except UserError as error:
            return Status("fout", str(error), focus=True)
        except OSError as error:
            from ..files import os_error_text

            return Status("fout", f"niet opgeslagen: {os_error_text(error)}", focus=True)
        from datetime import datetime

        return Status("opgeslagen", f"Opgeslagen om {datetime.now():%H:%M:%S}.", focus=True)

    def _werkblad(self, request: Request, status: Status) -> Response:
        if request.headers.get("hx-request") == "true":
            return HTMLResponse(page.render_werkblad(self.session, status))
        return HTMLResponse(page.render_page(self.session, status))  # without script: whole page

    def _closed(self) -> Response:
        return HTMLResponse(
            page.render_message_page(
                "Het formulier is gesloten",
                "impl bewerk is gestopt. Je kunt dit tabblad sluiten; het plan staat in "
                f"{self.session.path}.",
            ),
            headers={"HX-Retarget": "body", "HX-Reswap": "innerHTML"},
            background=BackgroundTask(self.stop),
        )

    async def document(self, request: Request) -> Response:
        data = self._rendered("html")
        if isinstance(data, Response):
            return data
        return Response(data, media_type="text/html; charset=utf-8")

    async def word(self, request: Request) -> Response:
        data = self._rendered("docx")
        if isinstance(data, Response):
            return data
        name = Path(self.session.path).with_suffix(".docx").name
        return Response(
            data, media_type=WORD_TYPE, headers={"Content-Disposition": _attachment(name)}
        )

    def _rendered(self, medium: str) -> bytes | Response:
        """The plan as a document, or the page that says why there is none."""
        from ..render import render_document

        loaded = self.session.check().loaded
        if loaded is None:
            return HTMLResponse(
                page.render_message_page(
                    "Nog geen document",
                    "Het formulier heeft nog fouten; los die eerst op, dan kan impl het "
                    "document maken.",
                ),
                status_code=409,
            )
        try:
            return render_document(loaded, self.today(), medium)
        except UserError as error:
            return HTMLResponse(page.render_message_page("Geen document", str(error)))

    async def my_version(self, request: Request) -> Response:
        name = f"{Path(self.session.path).stem}-formulier.yaml"
        return Response(
            self.session.text().encode("utf-8"),
            media_type="application/yaml; charset=utf-8",
            headers={"Content-Disposition": _attachment(name)},
        )


async def _guarded_values(request: Request) -> dict[str, list[str]] | Response:
    try:
        return await form_values(request)
    except Refused as refusal:
        return PlainTextResponse(refusal.text, status_code=refusal.status)


async def _not_found(request: Request, error: Exception) -> Response:
    return _not_found_response()


async def _broken(request: Request, error: Exception) -> Response:
    from ..shown import visible

    print(f"fout in impl bewerk: {visible(repr(error))}", file=sys.stderr)
    return PlainTextResponse(
        "Er ging iets mis in impl zelf; dit ligt niet aan je plan. Er is niets opgeslagen.",
        status_code=500,
    )


def _not_found_response() -> Response:
    return PlainTextResponse("Niet gevonden.", status_code=404)


def _attachment(name: str) -> str:
    """A Content-Disposition for a download, safe for any file name."""
    ascii_name = "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "plan"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{urllib.parse.quote(name)}"
