"""`impl init` in a real pseudo-terminal: the path a person at a keyboard takes."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from impltool.plan.load import load_plan

pty = pytest.importorskip("pty", reason="pseudo-terminals need a POSIX system")


def run_in_terminal(args: list[str], typed: str, timeout: float = 60) -> tuple[int, str]:
    """Run `impl ARGS` with a terminal as stdin/stdout, type `typed`, return code and screen."""
    primary, secondary = pty.openpty()
    env = {**os.environ, "TERM": "dumb", "NO_COLOR": "1", "COLUMNS": "100"}
    process = subprocess.Popen(
        [sys.executable, "-m", "impltool", *args],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=env,
        close_fds=True,
    )
    os.close(secondary)
    os.write(primary, typed.encode())
    screen = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([primary], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(primary, 4096)
                except OSError:  # the program ended and closed the terminal
                    break
                if not chunk:
                    break
                screen += chunk
            elif process.poll() is not None:
                break
        code = process.wait(timeout=max(deadline - time.monotonic(), 1))
    finally:
        process.kill()
        os.close(primary)
    return code, screen.decode(errors="replace").replace("\r\n", "\n")


def test_a_person_answers_the_questions_in_a_terminal(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    typed = "".join(
        f"{line}\n"
        for line in [
            "Buurtkracht",
            "Samen: sterker # 2027",
            "Welzijn Rijnstreek",
            "",  # author: later
            "1",
            "werkwijze",
            "2027-02-30",  # no such day: asked again
            "1 maart 2027",  # as a Dutch user types it
            "",  # end: the default
        ]
    )
    code, screen = run_in_terminal(["init", str(target)], typed)
    assert code == 0, screen
    assert "Naam van de interventie [Nieuwe interventie]:" in screen
    assert "de datum '2027-02-30' bestaat niet; probeer het nog eens." in screen
    assert screen.count("Startdatum van de implementatie") == 2
    assert f"impl check {target}" in screen
    plan = load_plan(target).plan
    assert plan.title == "Samen: sterker # 2027"
    assert plan.intervention.name == "Buurtkracht"
    assert (plan.organisation, plan.author) == ("Welzijn Rijnstreek", None)
    assert "= 1 maart 2027" in screen
    assert (plan.role, plan.intervention.kind) == ("uitvoerende_organisatie", "werkwijze")
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (date(2027, 3, 1), date(2029, 2, 28))


def test_geen_vragen_in_a_terminal_asks_nothing(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    code, screen = run_in_terminal(["init", str(target), "--geen-vragen"], "")
    assert code == 0, screen
    assert "Naam van de interventie" not in screen
    load_plan(target)
