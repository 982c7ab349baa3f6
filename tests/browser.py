"""Headless Chromium for tests: open a page, measure it, print it to PDF.

One Chromium per test process serves every page: it is started on first use and driven over
its DevTools protocol on a pipe (`--remote-debugging-pipe`, no extra packages), and ends with
the process. The page is opened as a copy with a small script added at the top that records
errors and, after loading, writes its measurements into the page. The document itself needs
no script: the copy is only for measuring.
"""

from __future__ import annotations

import atexit
import base64
import json
import os
import re
import select
import shutil
import subprocess
from pathlib import Path
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"]
_SECONDS = 120  # for one page, as a browser started for it alone had

_PROBE = """<script>
window.__implErrors = [];
window.addEventListener("error", function (e) {
  window.__implErrors.push(String(e.message || (e.target && (e.target.src || e.target.href))));
}, true);
var __implConsoleError = console.error;
console.error = function () {
  window.__implErrors.push(Array.prototype.join.call(arguments, " "));
  __implConsoleError.apply(console, arguments);
};
window.addEventListener("load", function () {
  var root = document.documentElement;
  var wide = [];
  document.querySelectorAll("body *").forEach(function (el) {
    var box = el.getBoundingClientRect();
    if (box.right > root.clientWidth + 1 && wide.length < 5)
      wide.push(el.tagName + ":" + (el.textContent || "").slice(0, 60));
  });
  var out = document.createElement("pre");
  out.id = "impl-meting";
  out.textContent = JSON.stringify({
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    wide: wide,
    bars: document.querySelectorAll("svg.tijdlijn .balk").length,
    errors: window.__implErrors
  });
  document.body.appendChild(out);
});
</script>"""


def find_browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


class _Chromium:
    """One headless Chromium and one tab in it, driven over the DevTools pipe."""

    def __init__(self, path: str) -> None:
        to_browser, self._commands = os.pipe()
        self._replies, from_browser = os.pipe()
        # The protocol pipe is the browser's descriptors 3 (commands) and 4 (replies); bash,
        # not sh, moves descriptors above 9.
        self._process = subprocess.Popen(
            [
                "bash",
                "-c",
                f'exec "$0" "$@" 3<&{to_browser} 4>&{from_browser}',
                path,
                *_FLAGS,
                "--remote-debugging-pipe",
                "about:blank",
            ],
            pass_fds=(to_browser, from_browser),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def _message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if not select.select([self._replies], [], [], _SECONDS)[0]:
                raise TimeoutError(f"Chromium did not answer within {_SECONDS} s")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed its DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        reply: dict[str, Any] = json.loads(message)
        return reply

    def _call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        self._next_id += 1
        command: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session is not None:
            command["sessionId"] = session
        os.write(self._commands, json.dumps(command).encode() + b"\0")
        while True:
            reply = self._message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply["result"]
                return result
            if "method" in reply:
                self.events.append(reply)

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """A command to the tab."""
        return self._call(method, params, self._session)

    def wait_for(self, event: str) -> None:
        while not any(e["method"] == event for e in self.events):
            reply = self._message()
            if "method" in reply:
                self.events.append(reply)

    def open(self, page: Path) -> None:
        """Load `page` in the tab, with the events of the page before it forgotten."""
        self.events.clear()
        self.call("Page.navigate", {"url": page.as_uri()})
        self.wait_for("Page.loadEventFired")

    def close(self) -> None:
        self._process.kill()
        self._process.wait()
        os.close(self._commands)
        os.close(self._replies)


_open: dict[str, _Chromium] = {}


def _chromium(path: str) -> _Chromium:
    if path not in _open:
        _open[path] = _Chromium(path)
        atexit.register(_open[path].close)
    return _open[path]


def _console_errors(events: list[dict[str, Any]]) -> list[str]:
    """What the page logged as an error: console.error, an uncaught exception, or a message
    of Chromium's own about the page (a resource that did not load, a blocked request)."""
    found = []
    for event in events:
        params = event.get("params", {})
        if event["method"] == "Runtime.consoleAPICalled" and params["type"] == "error":
            found.append(
                " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
            )
        elif event["method"] == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            found.append(details.get("exception", {}).get("description", details["text"]))
        elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
            found.append(params["entry"]["text"])
    return found


def measure(browser: str, page: Path, width: int = 1280) -> dict:
    """Open `page` at `width` pixels wide; its measurements and the errors it logged."""
    probe = page.with_name(page.stem + ".meting.html")
    text = page.read_text(encoding="utf-8")
    probe.write_text(text.replace("<head>", "<head>" + _PROBE, 1), encoding="utf-8")
    chromium = _chromium(browser)
    chromium.call(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
    )
    chromium.open(probe)
    found = chromium.call(
        "Runtime.evaluate",
        {
            "expression": "new Promise(function (done) { (function wait() {"
            " var out = document.getElementById('impl-meting');"
            " if (out) done(out.textContent); else setTimeout(wait, 20); })(); })",
            "awaitPromise": True,
            "returnByValue": True,
            "timeout": _SECONDS * 1000,
        },
    )
    assert "exceptionDetails" not in found, f"no measurements from Chromium: {found}"
    measured: dict = json.loads(found["result"]["value"])
    measured["console"] = _console_errors(chromium.events)
    return measured


def print_pages(browser: str, page: Path) -> int:
    """Print `page` to PDF as Chromium does for a user; the number of pages."""
    chromium = _chromium(browser)
    chromium.call("Emulation.clearDeviceMetricsOverride")
    chromium.open(page)
    pdf = base64.b64decode(chromium.call("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    page.with_suffix(".pdf").write_bytes(pdf)
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
