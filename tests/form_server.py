"""Start `impl bewerk` the way a user does (a separate process), and talk to it over HTTP.

Shared by the server tests, the browser tests and bench/run.py.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ENV = {**os.environ, "TERM": "dumb", "NO_COLOR": "1", "PYTHONUTF8": "1"}


@dataclass
class Running:
    process: subprocess.Popen[str]
    address: str  # the first line impl printed: http://127.0.0.1:PORT/?token=...
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
        yield Running(process, address, plan)
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
