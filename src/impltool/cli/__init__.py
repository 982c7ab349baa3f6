"""The `impl` command: the group (group.py), one module per subcommand, named as the
command, and the process around them (process.py).

Exit codes: 0 all well, 1 findings at or above --faal-op, 2 input or usage errors. A
UserError from any command is printed once, in group.py. Heavy modules (jinja2, rich) are
imported inside the commands that need them, so `impl --help` and `impl check` start quickly.

`impltool.cli.app` is the whole app, every command in it; `impl` itself (process.main) loads
only the module of the command that runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .group import WORK_ORDER
from .process import main

if TYPE_CHECKING:
    from typer import Typer

    app: Typer

__all__ = ["app", "load_commands", "main"]


def load_commands(names: tuple[str, ...] = WORK_ORDER) -> None:
    """Import the modules of these commands; each adds its command to the app."""
    for name in names:
        importlib.import_module(f"{__name__}.{name}")


def __getattr__(name: str) -> Any:
    if name == "app":
        from .group import app

        load_commands()
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
