"""Where the files that ship with impl (templates, voorbeelden) live.

In an installed wheel they sit inside the package (see pyproject's force-include); in a
source checkout (editable install, tests run from the repo) they sit at the repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The directory `templates` or `voorbeelden`, wherever this install keeps it."""
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / name
