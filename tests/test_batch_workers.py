"""Many plans are read by worker processes (plan.batch): the user sees exactly what one
process would show (same report, same order, same notices and skipped files), a worker that
dies costs nothing, and Ctrl+C stops every process at once."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from conftest import VOORBEELDEN, run_cli
from impltool.plan import batch
from impltool.plan.load import LoadedPlan

LINUX = sys.platform.startswith("linux")


def _many_plans(folder: Path, count: int) -> Path:
    """`count` plans (the voorbeelden in turn), one that cannot be read, one with a text cut
    off by `#` (a notice), and a YAML file that is no plan (skipped)."""
    folder.mkdir()
    sources = sorted(VOORBEELDEN.glob("*.yaml"))
    for n in range(count):
        text = sources[n % len(sources)].read_text(encoding="utf-8")
        (folder / f"plan-{n:03}.yaml").write_text(text, encoding="utf-8")
    cut = sources[0].read_text(encoding="utf-8").replace("\ntitel: ", "\ntitel: Plan #2 ", 1)
    (folder / "plan-005.yaml").write_text(cut, encoding="utf-8")
    (folder / "plan-007.yaml").write_text("formaat: 1\ntitel: [kapot\n", encoding="utf-8")
    (folder / "plan-009.yaml").write_text("naam: geen plan\n", encoding="utf-8")
    return folder


def _with_workers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Two workers from 8 plans on; returns a list that grows by the workers of each pool."""
    monkeypatch.setattr(batch, "PLANS_PER_WORKER", 4)
    monkeypatch.setattr(batch, "_cores", lambda: 2)
    started: list[int] = []
    start = batch._start_workers

    def counted(workers: int) -> object:
        started.append(workers)
        return start(workers)

    monkeypatch.setattr(batch, "_start_workers", counted)
    return started


@pytest.mark.skipif(not LINUX, reason="workers are forked, on Linux only")
@pytest.mark.parametrize("command", ["check", "overzicht"])
def test_workers_show_what_one_process_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    plans = _many_plans(tmp_path / "plannen", 16)
    args = [command, "--formaat", "json", "--datum", "2026-11-24", plans]
    monkeypatch.setattr(batch, "PLANS_PER_WORKER", 10**6)
    alone = run_cli(*args)
    started = _with_workers(monkeypatch)
    shared = run_cli(*args)
    assert started == [2]
    assert shared.exception is None
    assert (shared.exit_code, shared.stdout, shared.stderr) == (
        alone.exit_code,
        alone.stdout,
        alone.stderr,
    )
    # What the comparison covers: a broken plan, a notice, a skipped file, 15 plans in order.
    assert alone.exit_code == 2
    assert "1 van 15 plannen kon niet gelezen worden" in alone.stderr
    assert "plan-005.yaml:9:8: let op:" in alone.stderr
    assert "overgeslagen (geen `formaat:`, dus geen plan): " in alone.stderr
    named = [f"plan-{n:03}.yaml" for n in range(16) if n != 9]
    in_report = list(dict.fromkeys(re.findall(r"plan-\d+\.yaml", alone.stdout)))
    assert (in_report if command == "check" else sorted(in_report)) == named  # overzicht sorts


def _row_or_die(parent: int, loaded: LoadedPlan) -> str:
    if os.getpid() != parent and loaded.file.endswith("plan-006.yaml"):
        os._exit(9)  # a worker killed halfway (out of memory, say)
    return Path(loaded.file).name


@pytest.mark.skipif(not LINUX, reason="workers are forked, on Linux only")
def test_a_worker_that_dies_leaves_the_rest_to_impl_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = _many_plans(tmp_path / "plannen", 24)
    _with_workers(monkeypatch)
    read = batch.PlanBatch([plans])
    rows = list(read.rows(partial(_row_or_die, os.getpid())))
    readable = [f"plan-{n:03}.yaml" for n in range(24) if n not in (7, 9)]
    assert rows[:7] + rows[8:] == readable
    assert isinstance(rows[7], batch.Broken)  # plan-007, in its place
    assert [p.name for p in read.skipped] == ["plan-009.yaml"]


def _impl_with_workers(plans: Path) -> tuple[subprocess.Popen[bytes], list[str]]:
    """`impl check` on many plans, in its own process group (as a terminal gives it), once
    its workers run; with their process ids."""
    process = subprocess.Popen(
        [sys.executable, "-m", "impltool", "check", plans],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while len(workers := _children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(workers) >= 2, "impl started no workers for 600 plans"
    time.sleep(0.2)
    return process, workers


def _gone(pids: list[str], within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() for pid in pids):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not LINUX, reason="workers are forked, on Linux only")
def test_ctrl_c_stops_impl_and_its_workers_at_once(tmp_path: Path) -> None:
    process, workers = _impl_with_workers(_many_plans(tmp_path / "plannen", 600))
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl+C in a terminal does
    stopped = time.monotonic()
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert stderr.decode().endswith("\nonderbroken\n")
    assert time.monotonic() - stopped < 3
    assert b"Traceback" not in stderr and b"KeyboardInterrupt" not in stderr
    assert _gone(workers, within=0.1)  # impl waited for them
    with pytest.raises(ProcessLookupError):  # nothing of impl is left running
        os.killpg(process.pid, 0)


@pytest.mark.skipif(not LINUX, reason="workers are forked, on Linux only")
@pytest.mark.parametrize("end", ["killed", "ctrl-c twice"])
def test_workers_end_with_impl_however_it_ends(tmp_path: Path, end: str) -> None:
    """Else they would wait for work for ever, holding the terminal's output open (a CI step
    that pipes impl's output would never finish)."""
    process, workers = _impl_with_workers(_many_plans(tmp_path / "plannen", 600))
    if end == "killed":
        process.kill()
    else:  # the second one cuts short impl's wait for its workers
        os.killpg(process.pid, signal.SIGINT)
        time.sleep(0.05)
        os.killpg(process.pid, signal.SIGINT)
    process.communicate(timeout=30)
    assert _gone(workers, within=5)


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
