"""`impl render`: the plan as a Markdown document, through Jinja templates.

- `markdown.py` escapes plan text for Markdown and formats dates and numbers the Dutch way;
- `view.py` works out what the document shows (plain data, Dutch names);
- `engine.py` is the sandboxed Jinja environment and turns template errors into `file:line`.

The templates live in the top-level `templates/document/` (shipped in the wheel).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan
    from ..quickscan.scan import ScanResult

_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


def render_plan(
    loaded: LoadedPlan,
    today: dt.date,
    *,
    template_dir: Path | None = None,
    scan: ScanResult | None = None,
) -> str:
    """The plan as a Markdown document; UserError for a template that does not work."""
    from .engine import (
        MAIN_TEMPLATE,
        TemplateProblem,
        check_blocks,
        make_environment,
        render_template,
    )
    from .view import build_view

    if template_dir is not None:
        check_template_dir(template_dir, MAIN_TEMPLATE)
    env = make_environment(template_dir)
    try:
        if template_dir is not None:
            check_blocks(env)
        text = render_template(env, build_view(loaded, today, scan))
    except TemplateProblem as problem:
        raise UserError(str(problem)) from None
    return tidy(text)


def check_template_dir(folder: Path, main: str) -> None:
    """A `--sjabloon` folder must exist and hold the main template."""
    if not folder.exists():
        raise UserError(f"{folder}: deze sjabloonmap bestaat niet")
    if not folder.is_dir():
        raise UserError(f"{folder}: dit is geen map; geef de map met je sjablonen")
    for template in sorted(folder.rglob("*.j2"))[:1000]:
        raw = template.read_bytes()
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            raise UserError(
                f"{template}:{line}: dit sjabloon is geen UTF-8; sla het op als UTF-8"
            ) from None
    if not (folder / main).is_file():
        raise UserError(
            f"{folder}: in deze sjabloonmap staat geen {main}; daar begint het document. "
            f'Begin bijvoorbeeld met de regel {{% extends "ingebouwd/{main}" %}} en '
            "vervang daarna de blokken die je anders wilt"
        )


def tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, exactly one newline at the end.

    Sections the plan does not have leave blank lines behind in the template output; in
    Markdown one blank line means the same as three.
    """
    text = _TRAILING_SPACE.sub("", text)
    text = _EXTRA_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n") + "\n"
