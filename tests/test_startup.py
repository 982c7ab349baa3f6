"""`impl check`'s start-up budget, as modules: what one check of one plan may import.

Speed itself is measured in bench/run.py (impl check ≤ 1.2 × yamllint on one plan); this test
keeps the cause of a slow start out of the check path, whoever adds the import: the modules
below belong to other commands (documents, the form, the progress bar) or, for
`importlib.metadata`, to pydantic's search for plugins that impl does not use.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO

NOT_FOR_CHECK = (
    "jinja2",
    "rich",
    "markdown_it",
    "pygments",
    "docx",
    "PIL",
    "lxml",
    "importlib.metadata",
    "starlette",
    "uvicorn",
    "ruamel",
)


def modules_imported(*args: str) -> list[str]:
    """The modules `impl ARGS` imports, from `python -X importtime`, run as users run it."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "impltool", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={"PATH": "", "NO_COLOR": "1"},
    )
    assert run.returncode in (0, 1), run.stderr[-2000:]
    return [
        line.split("|")[-1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:")
    ]


def test_check_of_one_plan_imports_only_what_checking_needs() -> None:
    modules = modules_imported("check", "voorbeelden/online-burenhulp-platform.yaml")
    assert "impltool.quickscan.scan" in modules  # the log is complete
    loaded = [
        name
        for name in modules
        if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_FOR_CHECK)
    ]
    assert loaded == []


def test_pydantic_still_gets_anything_else_from_its_plugin_loader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """impl hands pydantic a loader that knows there are no plugins (command.py); a pydantic
    release that takes another name from that module gets the real one, not a crash."""
    import importlib

    import pydantic.plugin

    from impltool import command

    name = "pydantic.plugin._loader"
    monkeypatch.delattr(pydantic.plugin, "_loader", raising=False)
    monkeypatch.setitem(sys.modules, name, command._NO_PLUGINS)
    loader = importlib.import_module(name)
    assert loader is command._NO_PLUGINS
    assert tuple(loader.get_plugins()) == ()
    assert loader.PYDANTIC_ENTRY_POINT_GROUP == "pydantic"  # from the real module, loaded once
    real = sys.modules[name]
    assert real is not command._NO_PLUGINS and real.__name__ == name
    assert pydantic.plugin._loader is real  # type: ignore[attr-defined]
    assert loader.get_plugins is command._NO_PLUGINS.get_plugins  # the stand-in still answers
    assert loader.PYDANTIC_ENTRY_POINT_GROUP == "pydantic" and sys.modules[name] is real
