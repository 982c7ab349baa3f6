"""git on a repository impl does not trust: the one way `--sinds REVISIE` runs git.

Kept apart from what is read (revision.py) so that what makes git safe is in one place.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError

GIT_TIMEOUT = 30  # seconds for the whole comparison; a network drive is slow, not this slow


@dataclass(frozen=True)
class GitOutput:
    returncode: int
    stdout: bytes

    @property
    def text(self) -> str:
        return self.stdout.decode("utf-8", "surrogateescape")


class Git:
    """git on a repository impl does not trust, with one time limit for all calls together.

    Nothing in the repository's config may start a program: no fsmonitor, hooks, pager,
    external diff, textconv, filters, signature checks or fetching of missing objects; no
    system or global config and no GIT_* settings from the environment either. Every
    output is read up to a limit.
    """

    _SAFE = (
        "-c", "core.fsmonitor=false",
        "-c", f"core.hooksPath={os.devnull}",
        "-c", "core.pager=cat",
        "-c", "diff.external=",
        "-c", "log.showSignature=false",
        "-c", "protocol.allow=never",
        "--no-pager",
    )  # fmt: skip

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.deadline = time.monotonic() + GIT_TIMEOUT
        self.env = {k: v for k, v in os.environ.items() if not k.upper().startswith("GIT_")}
        self.env |= {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_NO_LAZY_FETCH": "1",  # git >= 2.39.4; older ones are stopped by the next
            "GIT_ALLOW_PROTOCOL": "",  # no transport at all, whatever protocol.*.allow says
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_PAGER": "cat",
            "GIT_OPTIONAL_LOCKS": "0",
            "LC_ALL": "C",
        }

    def exists(self, spec: str) -> bool:
        return self.run("cat-file", "-e", spec).returncode == 0

    def run(self, *args: str, limit: int = 1024 * 1024) -> GitOutput:
        """git ARGS; UserError when git is missing, takes too long or says too much."""
        command = ["git", *self._SAFE, "-C", str(self.folder), *args]
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self._too_slow()
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=self.env,
            )
        except FileNotFoundError:
            raise UserError(
                "git is niet gevonden op deze computer; --sinds met een versie werkt alleen "
                "met git. Geef anders een datum, bijvoorbeeld --sinds 2026-09-01"
            ) from None
        timer = threading.Timer(left, process.kill)
        timer.start()
        try:
            assert process.stdout is not None
            chunks: list[bytes] = []
            size = 0
            while chunk := process.stdout.read(64 * 1024):
                size += len(chunk)
                if size > limit:
                    process.kill()
                    raise UserError(
                        "git gaf meer uitvoer dan impl verwacht bij het zoeken naar de eerdere "
                        "versie van het plan; geef een datum, bijvoorbeeld --sinds 2026-09-01"
                    )
                chunks.append(chunk)
            code = process.wait()
        finally:
            timer.cancel()
            process.stdout.close()  # type: ignore[union-attr]
            process.wait()
        if time.monotonic() >= self.deadline:
            raise self._too_slow()
        return GitOutput(code, b"".join(chunks))

    @staticmethod
    def _too_slow() -> UserError:
        return UserError(
            f"git gaf binnen {GIT_TIMEOUT} seconden geen antwoord; geef een datum, "
            "bijvoorbeeld --sinds 2026-09-01"
        )
