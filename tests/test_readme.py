"""The README a newcomer follows: its commands at the top, and every example output real."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ANSI, REPO
from impltool.cli import app

README = REPO / "README.md"
# <!-- uitvoer van: impl CMD [(NAME is tests/fixtures/...)] --> above a fenced block: the block is
# what CMD prints. "begin van de uitvoer van" and "einde van de uitvoer van": its first or last
# lines.
MARKER = re.compile(
    r"^<!-- (?P<part>uitvoer|begin van de uitvoer|einde van de uitvoer) van: "
    r"(?P<command>impl .+?)(?: \((?P<file>\S+) is (?P<source>\S+)\))? -->\n"
    r"```\w*\n(?P<block>.*?)^```",
    re.MULTILINE | re.DOTALL,
)
# The width the examples are printed at.
COLUMNS = "100"
# IMPL_UPDATE_GOLDEN=1 (tools/refresh.py sets it): write what impl prints into the README.
UPDATE = os.environ.get("IMPL_UPDATE_GOLDEN") == "1"


@dataclass
class Example:
    index: int  # the how-manieth marked example
    line: int
    part: str
    command: str
    file: str | None
    source: str | None
    block: str


def readme_text() -> str:
    return README.read_text(encoding="utf-8")


def examples() -> list[Example]:
    text = readme_text()
    return [
        Example(
            index=index,
            line=text.count("\n", 0, match.start("block")) + 1,
            part=match["part"],
            command=match["command"],
            file=match["file"],
            source=match["source"],
            block=match["block"],
        )
        for index, match in enumerate(MARKER.finditer(text))
    ]


def test_the_readme_has_its_examples_marked() -> None:
    found = examples()
    commands = " | ".join(example.command for example in found)
    assert len(found) >= 5, commands
    for what in ("impl init", "impl check mijnplan.yaml", "impl check voorbeelden/", "impl render"):
        assert what in commands
    # Every block of impl's output in the README carries a marker.
    unmarked = re.findall(
        r"^(?!<!--).*\n```text\n(?:Quickscan|Plan geschreven|mijnplan)", readme_text(), re.M
    )
    assert not unmarked, unmarked


@pytest.mark.parametrize("example", examples(), ids=lambda example: f"README:{example.line}")
def test_an_example_in_the_readme_is_what_impl_prints(
    example: Example, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(REPO / "voorbeelden", tmp_path / "voorbeelden")
    if example.file is not None and example.source is not None:
        shutil.copy(REPO / example.source, tmp_path / example.file)
    monkeypatch.chdir(tmp_path)
    args = shlex.split(example.command)[1:]
    env = {"TERM": "dumb", "NO_COLOR": "1", "COLUMNS": COLUMNS, "GITHUB_ACTIONS": ""}
    result = CliRunner().invoke(app, args, env=env)
    printed = ANSI.sub("", result.stdout + result.stderr)

    expected = example.block
    if example.part == "begin van de uitvoer":
        printed = "".join(printed.splitlines(keepends=True)[: len(expected.splitlines())])
    elif example.part == "einde van de uitvoer":
        printed = "".join(printed.splitlines(keepends=True)[-len(expected.splitlines()) :])
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    if UPDATE and printed != expected and not crashed:  # a crash is not an example to keep
        _replace_block(example, printed)
        return
    assert printed == expected, (
        f"README.md, the block on line {example.line} ({example.command}) is no longer what "
        f"impl prints. Replace it with:\n\n{printed}"
    )


def _replace_block(example: Example, printed: str) -> None:
    """Put `printed` in the README in place of the example's block (an earlier replacement may
    have moved it: it is found again by its place among the examples)."""
    text = readme_text()
    match = list(MARKER.finditer(text))[example.index]
    README.write_text(
        text[: match.start("block")] + printed + text[match.end("block") :], encoding="utf-8"
    )


# --- the two commands at the top -------------------------------------------------------------


def opening() -> str:
    return readme_text().split("\n## ")[0]


def opening_commands() -> list[str]:
    """The shell (macOS, Linux) blocks before the README's first section."""
    return [block.split("```")[0].strip() for block in opening().split("```sh\n")[1:]]


def windows_commands() -> list[list[str]]:
    """The PowerShell blocks before the first section: one command a line."""
    blocks = opening().split("```powershell\n")[1:]
    return [block.split("```")[0].strip().splitlines() for block in blocks]


def test_readme_opens_with_exactly_two_one_line_commands() -> None:
    commands = opening_commands()
    assert len(commands) == 2
    install, tests = commands
    assert "\n" not in install and "\n" not in tests
    assert "pip install ." in install and "impl check voorbeelden/" in install
    assert 'pip install ".[test]"' in tests and "pytest" in tests


def test_the_first_command_ends_well_on_a_fresh_clone(monkeypatch: pytest.MonkeyPatch) -> None:
    # Its impl step, run where the README says: the folder of impl. Exit code 0, so the line
    # also passes in a script.
    install = opening_commands()[0]
    step = install.split(" && ")[-1]
    assert step.startswith(".venv/bin/impl ")
    monkeypatch.chdir(REPO)
    env = {"TERM": "dumb", "NO_COLOR": "1", "COLUMNS": COLUMNS, "GITHUB_ACTIONS": ""}
    result = CliRunner().invoke(app, shlex.split(step)[1:], env=env)

    assert result.exit_code == 0, result.output
    assert "0 fouten" in result.stdout


def as_windows(command: str) -> list[str]:
    """The macOS/Linux command as written for Windows: `py`, `.venv\\Scripts\\`, one step a
    line (Windows PowerShell 5.1 has no `&&`)."""
    steps = command.split(" && ")
    return [
        step.replace("python3 ", "py ", 1)
        .replace(".venv/bin/", ".venv\\Scripts\\")
        .replace("voorbeelden/", "voorbeelden")
        for step in steps
    ]


def test_the_windows_commands_do_what_the_others_do() -> None:
    assert windows_commands() == [as_windows(command) for command in opening_commands()]
    for line in (line for block in windows_commands() for line in block):
        assert "&&" not in line and "/" not in line


def test_ci_runs_the_readme_test_command_verbatim_in_a_fresh_venv() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = opening_commands()[1]
    assert any(line.startswith(test_command) for line in script.splitlines())
    assert "set -euo pipefail" in script and "rm -rf .venv" in script
    assert (REPO / ".ci" / "run").stat().st_mode & 0o111, ".ci/run must be executable"


def test_ci_fails_its_subset_run_when_a_module_ran_no_line(tmp_path: Path) -> None:
    """.ci/run's lowest-versions run is a subset of the suite; every_module_ran.py proves it
    still runs every module of src/impltool (coverage's JSON report, an installed copy)."""
    import json
    import subprocess
    import sys

    package = REPO / "src" / "impltool"
    modules = [p.relative_to(package).as_posix() for p in package.rglob("*.py")]
    installed = "/venv/lib/python3.11/site-packages/impltool/"
    ran = {"num_statements": 3, "covered_lines": 1}
    files = {installed + name: {"summary": ran} for name in modules}
    report = tmp_path / "coverage.json"

    def check() -> subprocess.CompletedProcess[str]:
        report.write_text(json.dumps({"files": files}), encoding="utf-8")
        script = REPO / ".ci" / "every_module_ran.py"
        command = [sys.executable, str(script), str(report), str(package)]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    assert check().returncode == 0
    files[installed + "console.py"] = {"summary": {"num_statements": 24, "covered_lines": 0}}
    idle = check()
    assert idle.returncode != 0 and "console.py" in idle.stderr
    del files[installed + "console.py"]
    assert "console.py" in check().stderr  # not measured at all: not imported
