"""`impl bewerk` speed (issue 22): the form ready, and the quickscan's refresh after an edit.

    python bench/form_speed.py [--reps N]      # this interpreter's impl; prints a Markdown table

* form ready: from starting `impl bewerk PLAN --geen-browser` until the whole page (the form
  and the quickscan beside it) has arrived, for the largest voorbeeld (most lines). Target 1 s.
* refresh: one edit posted as the page posts it (the whole form) until the quickscan panel with
  the messages at the fields has arrived; the server side of the page's 400 ms debounce.
  Target 300 ms.

bench/run.py runs the same functions and adds the rows to its report.
"""

from __future__ import annotations

import argparse
import http.client
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VOORBEELDEN = REPO / "voorbeelden"
MAX_READY_S = 1.0
MAX_REFRESH_S = 0.3


@dataclass
class FormSpeed:
    plan: str
    lines: int
    ready: list[float]  # seconds, one per start
    refresh: list[float]  # seconds, one per edit
    page_kb: float
    ready_cpu: list[float]  # CPU seconds of the impl process until then (Linux; else empty)
    refresh_cpu: list[float]

    @property
    def ready_median(self) -> float:
        return statistics.median(self.ready)

    @property
    def refresh_median(self) -> float:
        return statistics.median(self.refresh)


def largest_voorbeeld() -> Path:
    return max(sorted(VOORBEELDEN.glob("*.yaml")), key=lambda p: len(p.read_bytes()))


def _get(port: int, path: str, headers: dict[str, str], body: bytes | None = None) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("POST" if body is not None else "GET", path, body, headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status}")
    return data


def _form_fields(page: str) -> list[tuple[str, str]]:
    """The fields the page would post, as they stand (inputs, text areas, selects, boxes)."""
    fields: list[tuple[str, str]] = []
    for tag in re.finditer(r"<input\b[^>]*>", page):
        text = tag.group(0)
        name = re.search(r'name="([^"]*)"', text)
        if not name or re.search(r'type="(submit|button)"', text):
            continue
        if 'type="checkbox"' in text and " checked" not in text:
            continue
        value = re.search(r'value="([^"]*)"', text)
        fields.append((name.group(1), _unescape(value.group(1) if value else "")))
    for area in re.finditer(r'<textarea[^>]*name="([^"]*)"[^>]*>(.*?)</textarea>', page, re.S):
        fields.append((area.group(1), _unescape(area.group(2))))
    for select in re.finditer(r'<select[^>]*name="([^"]*)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', select.group(2))
        fields.append((select.group(1), _unescape(chosen.group(1) if chosen else "")))
    return fields


def _cpu(pid: int) -> float | None:
    """User + system CPU seconds of a process so far (Linux /proc), or None."""
    import os

    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def measure(impl: list[str | Path], plan: Path, starts: int, edits: int) -> FormSpeed:
    ready: list[float] = []
    refresh: list[float] = []
    ready_cpu: list[float] = []
    refresh_cpu: list[float] = []
    page_kb = 0.0
    with tempfile.TemporaryDirectory(prefix="impl-bench-form-") as tmp:
        copy = Path(tmp) / plan.name
        shutil.copy(plan, copy)
        for start in range(starts):
            began = time.perf_counter()
            process = subprocess.Popen(
                [*map(str, impl), "bewerk", str(copy), "--geen-browser"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            try:
                assert process.stdout is not None
                address = urllib.parse.urlsplit(process.stdout.readline().strip())
                port = int(address.port or 0)
                token = urllib.parse.parse_qs(address.query)["token"][0]
                headers = {
                    "Host": f"127.0.0.1:{port}",
                    "Cookie": f"impl_bewerk_{port}={token}",
                }
                page = _get(port, "/", headers).decode("utf-8")
                ready.append(time.perf_counter() - began)
                used = _cpu(process.pid)
                if used is not None:
                    ready_cpu.append(used)
                page_kb = len(page) / 1024
                if start:
                    continue
                fields = _form_fields(page)
                post = {
                    **headers,
                    "Origin": f"http://127.0.0.1:{port}",
                    "Content-Type": "application/x-www-form-urlencoded",
                    "HX-Request": "true",
                }
                title = next(i for i, (name, _) in enumerate(fields) if name == "titel")
                for edit in range(edits):
                    fields[title] = ("titel", f"Een titel, versie {edit}")
                    body = urllib.parse.urlencode(fields).encode()
                    time.sleep(0.3)  # the page's own pause; the server is idle again
                    before = _cpu(process.pid)
                    began = time.perf_counter()
                    _get(port, "/controleer", post, body)
                    refresh.append(time.perf_counter() - began)
                    after = _cpu(process.pid)
                    if before is not None and after is not None:
                        refresh_cpu.append(after - before)
            finally:
                process.terminate()
                process.wait(timeout=30)
    lines = len(plan.read_text(encoding="utf-8").splitlines())
    return FormSpeed(plan.name, lines, ready, refresh, page_kb, ready_cpu, refresh_cpu)


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms" if values else "n.v.t."


def rows(speed: FormSpeed) -> list[list[str]]:
    """what, median, CPU (median), target, ok."""
    return [
        [
            f"impl bewerk: form ready ({speed.plan}, {speed.lines} lines, "
            f"{speed.page_kb:.0f} KB page), median of {len(speed.ready)}",
            _ms(speed.ready),
            _ms(speed.ready_cpu),
            f"≤ {MAX_READY_S * 1000:.0f} ms",
            "✓" if speed.ready_median <= MAX_READY_S else "✗",
        ],
        [
            f"impl bewerk: quickscan refresh after an edit, median of {len(speed.refresh)}",
            _ms(speed.refresh),
            _ms(speed.refresh_cpu),
            f"≤ {MAX_REFRESH_S * 1000:.0f} ms",
            "✓" if speed.refresh_median <= MAX_REFRESH_S else "✗",
        ],
    ]


HEADER = ["what", "median", "CPU", "target", "ok"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=7, help="starts and edits (default 7)")
    args = parser.parse_args()
    import os

    before = os.getloadavg()[0]
    speed = measure([sys.executable, "-m", "impltool"], largest_voorbeeld(), args.reps, args.reps)
    table = [HEADER, ["---"] * len(HEADER), *rows(speed)]
    print("\n".join("| " + " | ".join(row) + " |" for row in table))
    print(f"\nload average {before:.2f} before, {os.getloadavg()[0]:.2f} after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
