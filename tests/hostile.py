"""Helpers for the hostile-input tests: `impl` through its console entry point, either inside
the test process (`impl_here`: the same bytes and exit code, no Python start-up) or as the real
process (`impl`: for what is about the process itself, a run that might hang, or a run as an
ordinary user, since permissions mean nothing to root)."""

from __future__ import annotations

import functools
import gc
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PLAN = REPO / "voorbeelden" / "welzijn-eenzaamheid-ouderen.yaml"
BASE_ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "TERM": "dumb",
    "NO_COLOR": "1",
    "COLUMNS": "100",
    "LANG": "C.UTF-8",
    "PYTHONPATH": str(REPO / "src"),
}


def impl(
    *args: str | os.PathLike[str],
    env: dict[str, str] | None = None,
    as_user: bool = False,
    timeout: float = 60,
    stdin: int | None = subprocess.DEVNULL,
    **popen: object,
) -> subprocess.CompletedProcess[bytes]:
    """`impl ARGS` as a separate process; output as bytes, to see every byte it prints."""
    command = [sys.executable, "-m", "impltool", *map(os.fsencode, args)]
    if as_user:
        command = [*ordinary_user_prefix(), *command]
    return subprocess.run(
        command,
        capture_output=True,
        env={**BASE_ENV, **(env or {})},
        timeout=timeout,
        stdin=stdin,
        check=False,
        **popen,  # type: ignore[arg-type]
    )


class _Exited(BaseException):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def impl_here(
    *args: str | os.PathLike[str],
    env: dict[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """`impl ARGS` through its console entry point, inside the test process: the environment of
    `impl` (BASE_ENV and `env`, nothing else), arguments as the process would decode them, stdin
    empty, stdout and stderr UTF-8 pipes whose bytes are returned, and the exit code it passes to
    os._exit. The same output as the real process without its start-up; `impl` above runs the
    real process where that is what a test is about."""
    from impltool.command import main

    def leave(code: int) -> None:
        raise _Exited(code)

    stdout, stderr = io.BytesIO(), io.BytesIO()
    saved_env = dict(os.environ)
    saved = (sys.argv, sys.stdin, sys.stdout, sys.stderr, os._exit, os.getcwd())
    os.environ.clear()
    os.environ.update({**BASE_ENV, **(env or {})})
    sys.argv = ["impl", *(os.fsdecode(os.fsencode(arg)) for arg in args)]
    sys.stdin = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    # Kept here as well: a stream impl leaves behind must not close its bytes when it goes.
    streams = (
        io.TextIOWrapper(stdout, encoding="utf-8", write_through=True),
        io.TextIOWrapper(stderr, encoding="utf-8", errors="backslashreplace", write_through=True),
    )
    sys.stdout, sys.stderr = streams
    os._exit = leave  # type: ignore[assignment]
    try:
        if cwd is not None:
            os.chdir(cwd)
        main()
        raise AssertionError("impl ended without os._exit")
    except _Exited as exited:
        code = exited.code
    finally:
        sys.argv, sys.stdin, sys.stdout, sys.stderr, os._exit, here = saved
        os.chdir(here)
        os.environ.clear()
        os.environ.update(saved_env)
        gc.enable()  # impltool.command.main switches the collector off for its short process
    for stream in streams:
        stream.detach()
    return subprocess.CompletedProcess(["impl", *args], code, stdout.getvalue(), stderr.getvalue())


def ordinary_user_prefix() -> list[str]:
    """Run as `nobody` when we are root; skip when that cannot be arranged."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is missing: cannot test as an ordinary user")
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
    if not _ordinary_user_can_run_impl(tuple(prefix)):
        # A checkout in a private folder (a 0700 temporary folder, /root): the ordinary
        # user cannot even reach Python or impl there, so the premise of the test fails.
        pytest.skip("an ordinary user cannot reach this checkout's Python or impl (private folder)")
    return prefix


@functools.cache
def _ordinary_user_can_run_impl(prefix: tuple[str, ...]) -> bool:
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import impltool.cli"],
        capture_output=True,
        env=BASE_ENV,
        cwd="/",
        timeout=60,
        check=False,
    )
    return probe.returncode == 0


@pytest.fixture
def public_tmp() -> Iterator[Path]:
    """A folder `nobody` can enter: outside pytest's private tmp tree, which other test
    runs on the machine may clean up or change meanwhile."""
    folder = Path(tempfile.mkdtemp(prefix="impl-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for root, dirs, _ in os.walk(folder):
            for name in dirs:
                os.chmod(os.path.join(root, name), 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def as_text(output: bytes) -> str:
    return output.decode("utf-8", errors="backslashreplace")


SIGNALS = [signal.SIGTERM, signal.SIGHUP, signal.SIGINT]
