"""`impl render`: the plan as a document, in one of several formats.

    plan ──view.build_document──▶ Document ──formats/<name>.render──▶ bytes

- `view/` decides everything a reader sees (typed, format-free); its `contract.py` holds
  the records formats and templates read, the other modules build them;
- `formats/md.py`, `formats/html.py`, `formats/docx/` each lay the document out in one
  medium, with their own templates under `templates/document/<name>/` where they use Jinja;
- `engine.py` is the sandboxed Jinja environment and turns template errors into `file:line`;
- `huisstijl.py` reads a house-style folder (`--sjabloon`): templates, CSS, logo, Word base.

A format is a module in `formats/` with a `render(document, style) -> bytes` function, named
in `FORMATS` below; adding one touches no other format.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan
    from ..quickscan.scan import ScanResult
    from .huisstijl import HouseStyle
    from .view import Document

# Format name → the file suffix it writes. The name is also the module in formats/.
FORMATS = {"md": ".md", "html": ".html", "docx": ".docx"}
BINARY_FORMATS = {"docx"}  # never printed to a terminal


def render_document(
    loaded: LoadedPlan,
    today: dt.date,
    medium: str = "md",
    *,
    template_dir: Path | None = None,
    scan: ScanResult | None = None,
) -> bytes:
    """The plan as a document in `medium`; UserError for a house style that does not work."""
    from .view import build_document

    return lay_out(build_document(loaded, today, scan), medium, template_dir)


def lay_out(document: Document, medium: str, template_dir: Path | None = None) -> bytes:
    """Any document of the view model (a plan, a progress report) in `medium`."""
    from ..errors import notice
    from .huisstijl import load_house_style
    from .limits import limited

    style = load_house_style(template_dir, medium) if template_dir is not None else None
    if style is not None and medium == "docx":
        for message in style.notices:
            notice(message)
    document, cuts = limited(document)
    for message in dict.fromkeys(cuts):  # six phase tables cut alike: said once
        notice(message)
    render: Callable[[Document, HouseStyle | None], bytes]
    render = importlib.import_module(f".formats.{medium}", __name__).render
    return render(document, style)


def render_plan(
    loaded: LoadedPlan,
    today: dt.date,
    *,
    template_dir: Path | None = None,
    scan: ScanResult | None = None,
) -> str:
    """The plan as Markdown text."""
    return render_document(loaded, today, "md", template_dir=template_dir, scan=scan).decode(
        "utf-8"
    )
