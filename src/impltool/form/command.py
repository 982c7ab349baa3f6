"""`impl bewerk PLAN`: open the session, listen on 127.0.0.1, say the address, open the browser,
and serve until Ctrl+C or the page's Sluiten.

The first line on standard output is always the full address with its token, so a script
(or a test) can read it; everything else goes to standard error.
"""

from __future__ import annotations

import secrets
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError

if TYPE_CHECKING:
    import uvicorn

    from .guard import ASGIApp
    from .session import Session


def listening_socket(port: int | None) -> socket.socket:
    """A socket on 127.0.0.1 only; port 0 (or None) lets the system pick a free one."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", port or 0))
        sock.listen(16)
    except OSError as error:
        sock.close()
        from ..files import os_error_text

        if port and error.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise UserError(
                f"poort {port} is al in gebruik; kies een andere met --poort, of laat --poort "
                "weg, dan kiest impl een vrije"
            ) from None
        raise UserError(f"kan niet luisteren op poort {port}: {os_error_text(error)}") from None
    return sock


@dataclass
class Prepared:
    """A form ready to serve: its session, its socket, the address with the token, and the
    server (not yet running)."""

    session: Session
    sock: socket.socket
    address: str
    server: uvicorn.Server


def prepare(path: Path, port: int | None) -> Prepared:
    """Open the session and the socket and build the server for `path`. Raises UserError or
    PlanError (printed by the command) before anything is served. Tests serve the result in
    a thread of their own."""
    from .app import create_app
    from .session import Session

    if port is not None and not 0 <= port <= 65535:
        raise UserError(
            f"--poort {port}: kies een poort van 1 tot en met 65535 (0: een vrije poort)"
        )
    session = Session.open(path, date.today())
    sock = listening_socket(port)
    chosen = sock.getsockname()[1]
    token = secrets.token_urlsafe(24)
    address = f"http://127.0.0.1:{chosen}/?token={token}"

    server: uvicorn.Server | None = None

    def stop() -> None:
        if server is not None:
            server.should_exit = True

    server = _server(create_app(session, port=chosen, token=token, stop=stop))
    return Prepared(session, sock, address, server)


def run(path: Path, port: int | None, open_browser: bool) -> None:
    """Serve the form for `path` until stopped. Raises UserError or PlanError (printed by the
    command) before anything is served."""
    prepared = prepare(path, port)
    print(prepared.address, flush=True)
    from ..shown import visible

    print(
        f"Het formulier voor {visible(path)} staat klaar op dit adres. Stoppen: de knop "
        "Sluiten in het formulier, of Ctrl+C hier.",
        file=sys.stderr,
        flush=True,
    )
    if open_browser:
        threading.Thread(
            target=_open_when_ready, args=(prepared.server, prepared.address), daemon=True
        ).start()
    try:
        prepared.server.run(sockets=[prepared.sock])
    except KeyboardInterrupt:  # uvicorn stops on Ctrl+C and passes the signal on: done
        pass
    finally:
        prepared.sock.close()
    if prepared.session.dirty:
        print(
            "let op: het formulier had wijzigingen die niet zijn opgeslagen; het bestand is "
            "niet veranderd.",
            file=sys.stderr,
        )
    print("impl bewerk is gestopt.", file=sys.stderr)


def _server(app: ASGIApp) -> uvicorn.Server:
    """uvicorn for one local user: quiet, no server or date header, HTTP/1.1 only."""
    import uvicorn

    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
        date_header=False,
        http="h11",
        ws="none",
        loop="asyncio",
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(config)


def _open_when_ready(server: object, address: str) -> None:
    import time
    import webbrowser

    for _ in range(100):
        if getattr(server, "started", False):
            break
        time.sleep(0.05)
    try:
        webbrowser.open(address)
    except Exception:  # noqa: BLE001 - no browser to open: the address is printed anyway
        print("kan de browser niet openen; open het adres hierboven zelf.", file=sys.stderr)
