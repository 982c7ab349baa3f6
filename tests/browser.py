"""Headless Chromium for tests: open a page, measure it, print it to PDF.

Chromium has no test API here without extra packages, so the page is opened as a copy with a
small script added at the top that records errors and, after loading, writes its
measurements into the page; `--dump-dom` hands the page back. The document itself needs no
script: the copy is only for measuring.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"]

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


def measure(browser: str, page: Path, width: int = 1280) -> dict:
    """Open `page` at `width` pixels wide; its measurements and the errors it logged."""
    probe = page.with_name(page.stem + ".meting.html")
    text = page.read_text(encoding="utf-8")
    probe.write_text(text.replace("<head>", "<head>" + _PROBE, 1), encoding="utf-8")
    result = subprocess.run(
        [
            browser,
            *_FLAGS,
            f"--window-size={width},900",
            "--virtual-time-budget=5000",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            probe.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    found = re.search(r'<pre id="impl-meting">(.*?)</pre>', result.stdout, re.DOTALL)
    assert found, f"no measurements from Chromium:\n{result.stderr[-2000:]}"
    measured = json.loads(
        found.group(1)
        .replace("&quot;", '"')
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
    )
    # Chromium logs a page's console errors on stderr as well ("CONSOLE ... ERROR" lines).
    measured["console"] = [
        line
        for line in result.stderr.splitlines()
        if "CONSOLE" in line and ("ERROR" in line or "Uncaught" in line)
    ]
    return measured


def print_pages(browser: str, page: Path) -> int:
    """Print `page` to PDF as Chromium does for a user; the number of pages."""
    pdf = page.with_suffix(".pdf")
    subprocess.run(
        [browser, *_FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    data = pdf.read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
