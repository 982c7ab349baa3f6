"""impl's import contract (`[tool.importlinter]` in pyproject.toml): it holds for the code as it
is, and it breaks on what it is there to stop: an import from a lower layer up into a higher
one, or a cycle, even when the import sits inside a function.

import-linter comes with the `typecheck` extra (its own lower bounds do not fit the lowest
run); .ci/run runs `lint-imports` and this file after installing that extra.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytest.importorskip("importlinter", reason="import-linter comes with the typecheck extra")


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` in `project`, reading impltool from its src/ (not the installed one)."""
    env = {**os.environ, "PYTHONPATH": str(project / "src"), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def copy_of_impl(tmp_path: Path) -> Path:
    shutil.copytree(
        REPO / "src" / "impltool",
        tmp_path / "src" / "impltool",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def add_function_import(module: Path, statement: str) -> None:
    """Append a function whose body imports: the kind of import a start-up tweak hides."""
    text = module.read_text(encoding="utf-8")
    module.write_text(f"{text}\n\ndef _added() -> None:\n    {statement}\n", encoding="utf-8")


def test_the_layers_hold_for_impl_as_it_is(copy_of_impl: Path) -> None:
    run = lint_imports(copy_of_impl)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Contracts: 2 kept, 0 broken." in run.stdout


def test_an_upward_import_inside_a_function_breaks_the_layers(copy_of_impl: Path) -> None:
    # The KPI line (domain) reaching up into voortgang's state: what the domain package ended.
    add_function_import(
        copy_of_impl / "src" / "impltool" / "domain" / "line.py",
        "from ..progress import state  # noqa: F401",
    )
    run = lint_imports(copy_of_impl)
    assert run.returncode == 1
    assert "impl's layers: commands above the domain above the plan above the base BROKEN" in (
        run.stdout
    )
    assert "impltool.domain.line -> impltool.progress.state" in run.stdout


def test_a_cycle_within_a_layer_breaks_the_acyclic_contract(copy_of_impl: Path) -> None:
    # files and own_output share the base layer and may import each other, but not both ways.
    add_function_import(
        copy_of_impl / "src" / "impltool" / "files.py", "from . import own_output  # noqa: F401"
    )
    run = lint_imports(copy_of_impl)
    assert run.returncode == 1
    assert "No import cycles between the modules of any package BROKEN" in run.stdout
    assert ".files -> .own_output" in run.stdout or ".own_output -> .files" in run.stdout
