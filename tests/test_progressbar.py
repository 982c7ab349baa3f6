"""Long work shows progress: a bar on stderr when `impl check` or `impl overzicht` reads more
than 50 plans on a terminal; never in a pipe or CI, and rich is not even imported for a few
plans, so a small run starts as fast as before."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import VOORBEELDEN
from hostile import BASE_ENV

DAY = "2026-11-24"
BAR = b"Plannen lezen"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """52 plans: just over the threshold."""
    folder = tmp_path_factory.mktemp("veel")
    for i in range(13):
        for plan in sorted(VOORBEELDEN.glob("*.yaml")):
            shutil.copy(plan, folder / f"{i:02d}-{plan.name}")
    return folder


def run_on_terminal(
    *args: str | Path, env: dict[str, str] | None = None, python: tuple[str, ...] = ()
) -> tuple[int, bytes]:
    """`impl ARGS` with stderr on a pseudo-terminal; what stderr showed.
    `python` holds options for the interpreter, such as `-X importtime`."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, *python, "-m", "impltool", *map(str, args)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env={**BASE_ENV, "TERM": "xterm", **(env or {})},
    )
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        shown += chunk
    code = process.wait(timeout=120)
    os.close(master)
    return code, shown


@pytest.mark.parametrize("command", ["check", "overzicht"])
def test_a_terminal_shows_a_bar_over_more_than_50_plans(many: Path, command: str) -> None:
    code, shown = run_on_terminal(command, many, "--datum", DAY)
    assert code in (0, 1)
    assert BAR in shown and b"52/52" in shown
    assert VOORBEELDEN.name.encode() not in shown  # counts only, never a file name


@pytest.mark.parametrize("ci", [{"CI": "true"}, {"GITHUB_ACTIONS": "true"}, {"TERM": "dumb"}])
def test_no_bar_in_ci_or_on_a_dumb_terminal(many: Path, ci: dict[str, str]) -> None:
    code, shown = run_on_terminal("overzicht", many, "--datum", DAY, env=ci)
    assert code == 0
    assert BAR not in shown


def test_no_bar_for_a_few_plans_on_a_terminal() -> None:
    code, shown = run_on_terminal("check", VOORBEELDEN, "--datum", DAY)
    assert code == 1  # the voorbeeld in progress has waarschuwingen
    assert BAR not in shown


def test_no_bar_in_a_pipe(many: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "impltool", "check", str(many), "--datum", DAY],
        capture_output=True,
        env={**BASE_ENV, "TERM": "xterm"},
        check=False,
    )
    assert done.returncode == 1
    assert BAR not in done.stderr and b"\x1b[" not in done.stderr


def imported(log: bytes) -> list[str]:
    """The modules in a `-X importtime` log."""
    return [
        line.split("|")[-1].strip()
        for line in log.decode(errors="replace").splitlines()
        if line.startswith("import time:")
    ]


@pytest.mark.parametrize("command", ["check", "overzicht"])
def test_rich_is_not_imported_for_a_small_run_even_on_a_terminal(command: str) -> None:
    code, log = run_on_terminal(command, VOORBEELDEN, "--datum", DAY, python=("-X", "importtime"))
    assert code in (0, 1)
    modules = imported(log)
    assert "impltool.cli" in modules  # the log is complete
    assert not [name for name in modules if name.split(".")[0] == "rich"]


def test_rich_is_imported_only_for_the_bar(many: Path) -> None:
    code, log = run_on_terminal("check", many, "--datum", DAY, python=("-X", "importtime"))
    assert code == 1
    assert "rich.progress" in imported(log)


class _Terminal:
    """A stderr that says it is a terminal and keeps what is written to it."""

    def __init__(self, tty: bool = True, closed: bool = False) -> None:
        self.text = ""
        self.tty = tty
        self.closed = closed

    def isatty(self) -> bool:
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self.tty

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize(
    ("count", "env", "stderr", "shown"),
    [
        (51, {}, _Terminal(), True),
        (50, {}, _Terminal(), False),  # "more than 50"
        (51, {"CI": "true"}, _Terminal(), False),
        (51, {"GITHUB_ACTIONS": "true"}, _Terminal(), False),
        (51, {"CI": "0"}, _Terminal(), True),  # CI=0 says: not CI
        (51, {"TERM": "dumb"}, _Terminal(), False),
        (51, {}, _Terminal(tty=False), False),
        (51, {}, _Terminal(closed=True), False),
        (51, {}, None, False),
    ],
    ids=["terminal", "few", "ci", "github", "ci-0", "dumb", "pipe", "closed", "none"],
)
def test_the_bar_shows_only_when_someone_watches_many_files(
    monkeypatch: pytest.MonkeyPatch, count: int, env: dict[str, str], stderr, shown: bool
) -> None:
    """In-process, beside the real terminal above: who sees the bar."""
    from impltool import progressbar

    for name in ("CI", "GITHUB_ACTIONS", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stderr", stderr)
    items = list(range(count))
    # every item, in order
    assert list(progressbar.tracked(items, "Plannen lezen", len(items))) == items
    assert progressbar.wanted(count) is shown
    if stderr is not None:
        assert ("Plannen lezen" in stderr.text) is shown
