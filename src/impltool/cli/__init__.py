"""The `impl` command: the group (app.py), one module per subcommand, and the process
around them (process.py).

Exit codes: 0 all well, 1 findings at or above --faal-op, 2 input or usage errors. A
UserError from any command is printed once, in app.py. Heavy modules (jinja2, rich) are
imported inside the commands that need them, so `impl --help` and `impl check` start quickly.
"""

from . import (  # noqa: F401 - importing a command's module adds it to the app
    bewerk,
    check,
    checklist,
    init,
    overzicht,
    regels,
    render,
    schema,
    uitleg,
    voortgang,
)
from .app import app
from .process import main

__all__ = ["app", "main"]
