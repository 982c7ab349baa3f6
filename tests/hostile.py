"""Helpers for the hostile-input tests: run the real `impl` process, optionally as an
ordinary user (permissions mean nothing to root)."""

from __future__ import annotations

import functools
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
