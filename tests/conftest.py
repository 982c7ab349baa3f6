"""Shared test helpers: run the CLI the way a user would, and find the bundled files."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from impltool.cli import app

# No time limit per example: speed is measured in bench/, and a busy CI machine must not turn a
# correct run red (hypothesis' default deadline is 200 ms).
# Two profiles: "quick" for the README's test command (a fifth of the examples), and "full"
# with IMPL_HYPOTHESIS=full, which .ci/run sets in its run with the lowest versions.
FULL_HYPOTHESIS = os.environ.get("IMPL_HYPOTHESIS", "quick") == "full"
settings.register_profile("full", deadline=None)
settings.register_profile("quick", deadline=None, max_examples=20)
settings.load_profile("full" if FULL_HYPOTHESIS else "quick")


def examples(full: int) -> int:
    """A property test's number of examples: `full` in the full profile, a fifth (at least
    10) in the quick one."""
    return full if FULL_HYPOTHESIS else max(10, full // 5)


REPO = Path(__file__).resolve().parents[1]
VOORBEELDEN = REPO / "voorbeelden"
# The built-in checklist ids: a contract, plans refer to them (knowledge/toolkit.yaml).
CHECKLIST_IDS = [
    "org.visie_missie",
    "org.commitment",
    "org.randvoorwaarden",
    "org.veranderingen",
    "org.beleid",
    "int.gebruikers_betrokken",
    "int.voordeel",
    "int.eenvoud",
    "int.uitproberen",
    "int.past_werkwijze",
    "int.aanpasbaar",
    "ontw.betrouwbaar",
    "ontw.invloed",
    "gebr.bekend",
    "gebr.gemotiveerd",
    "gebr.kennis_vaardigheden",
    "gebr.verwacht_resultaat",
]
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every hypothesis test is marked `property` (.ci/run selects them by it). Tests marked
    `browser` open a page in Chromium: skipped, and said so, without one."""
    from browser import find_browser

    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.property)
    if find_browser() is not None:
        return
    skip = pytest.mark.skip(
        reason="geen Chromium op deze machine (Debian: apt-get install chromium); de HTML is "
        "niet in een browser bekeken"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_cli(*args: str | os.PathLike[str], input: str | None = None) -> Result:
    """Run `impl ARGS` in-process, with colour off, and return what the user would see."""
    runner = CliRunner()
    env = {"TERM": "dumb", "NO_COLOR": "1", "COLUMNS": "100", "GITHUB_ACTIONS": ""}
    result = runner.invoke(app, [str(a) for a in args], input=input, env=env)
    exception = result.exception if not isinstance(result.exception, SystemExit) else None
    return Result(
        exit_code=result.exit_code,
        stdout=ANSI.sub("", result.stdout),
        stderr=ANSI.sub("", result.stderr),
        exception=exception,
    )


@pytest.fixture
def write_plan(tmp_path: Path):
    """Write YAML text to a plan file in a temporary folder and return its path."""

    def write(text: str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
