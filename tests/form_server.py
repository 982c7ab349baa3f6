"""Start `impl bewerk` and talk to it over HTTP: `running` starts it the way a user does (a
separate process, for what is about the process: its first line, Ctrl+C, its exit); `served`
serves the same form from a thread of the test's own process (no Python start-up per test,
and the server's code counts in the suite's coverage).

Shared by the server tests and the browser tests.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

WELZIJN = Path(__file__).resolve().parents[1] / "voorbeelden" / "welzijn-eenzaamheid-ouderen.yaml"
# A voorbeeld's form holds some 8,000 elements (every factor, activity and budget line): about
# a second of Chromium for each load and change, and the server's time to write it. Tests of
# what the form and its server do use WELZIJN without those lists (some 2,000 elements; its
# title, author, goals, KPIs and their comments kept); the axe test opens every whole form.
LONG_LISTS = (
    "betrokkenen", "team", "factoren", "fasen", "evaluatie", "borging", "begroting", "bijstellingen"
)  # fmt: skip


def short_welzijn(plan: Path) -> Path:
    """WELZIJN without its long lists (`fasen` empty, as it is required), written to `plan`."""
    kept, left_out = [], False
    for line in WELZIJN.read_text(encoding="utf-8").splitlines(keepends=True):
        key = re.match(r"([a-z_]+):", line)
        if key:
            left_out = key.group(1) in LONG_LISTS
            if key.group(1) == "fasen":
                kept.append("fasen: {}\n")
        if not left_out:
            kept.append(line)
    plan.write_text("".join(kept), encoding="utf-8")
    return plan


ENV = {**os.environ, "TERM": "dumb", "NO_COLOR": "1", "PYTHONUTF8": "1"}


@dataclass
class Server:
    address: str  # the first line impl prints: http://127.0.0.1:PORT/?token=...
    plan: Path

    @property
    def port(self) -> int:
        return int(urllib.parse.urlsplit(self.address).port or 0)

    @property
    def token(self) -> str:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.address).query)["token"][0]

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        *,
        cookie: bool = True,
    ) -> tuple[int, dict[str, str], bytes]:
        """One request; with `cookie`, the token cookie a browser would send."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {"Host": f"127.0.0.1:{self.port}"}
        if cookie:
            sent["Cookie"] = f"impl_bewerk_{self.port}={self.token}"
        sent.update(headers or {})
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in sent.items():
            connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        data = response.read()
        found = {name.lower(): value for name, value in response.getheaders()}
        connection.close()
        return response.status, found, data


@dataclass
class Running(Server):
    process: subprocess.Popen[str]


@dataclass
class Served(Server):
    stopped: threading.Event  # set when the server stopped (the page's Sluiten, or the test)


@contextmanager
def running(plan: Path, *extra: str, here: Path | None = None) -> Iterator[Running]:
    """`impl bewerk PLAN --geen-browser` (run in folder `here`, the plan named relative to
    it), stopped by its own process id afterwards."""
    name = str(plan.relative_to(here)) if here is not None else str(plan)
    process = subprocess.Popen(
        [sys.executable, "-m", "impltool", "bewerk", name, "--geen-browser", *extra],
        cwd=here,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=ENV,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address.startswith("http://127.0.0.1:"):
            process.wait(timeout=30)
            said = process.stderr.read() if process.stderr else ""
            raise AssertionError(f"no address; stderr: {said}")
        yield Running(address, plan, process)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def wait_until_stopped(process: subprocess.Popen[str], seconds: float = 10) -> int | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        code = process.poll()
        if code is not None:
            return code
        time.sleep(0.05)
    return None


@contextmanager
def served(plan: Path, *, here: Path | None = None) -> Iterator[Served]:
    """The form for `plan` as `impl bewerk PLAN --geen-browser` builds it (run in folder
    `here`, the plan named relative to it), served from a thread of this process; stopped
    afterwards."""
    from impltool.form.command import prepare

    with contextlib.chdir(here or Path.cwd()):
        prepared = prepare(plan.relative_to(here) if here is not None else plan, None)
    stopped = threading.Event()

    def serve() -> None:
        try:
            prepared.server.run(sockets=[prepared.sock])
        finally:
            stopped.set()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        end = time.monotonic() + 30
        while not prepared.server.started and not stopped.is_set():
            assert time.monotonic() < end, "the form's server did not start within 30 s"
            time.sleep(0.01)
        yield Served(prepared.address, plan, stopped)
    finally:
        prepared.server.should_exit = True
        thread.join(timeout=30)
        prepared.sock.close()
