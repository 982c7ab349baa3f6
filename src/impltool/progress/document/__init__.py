"""The quarterly progress report ("voortgangsrapportage") for director, wethouder or funder.

Built as the same typed view model `impl render` lays out (render/view/), so md, html and
docx come from the formats that already exist; the templates `voortgang.<format>.j2` extend
the plan's. One page of headlines first, then time, activities, results, what changed and
what we do next. Text for readers: no YAML keys, no commands, no rule codes.

One module per part of the report: `first_page` (in het kort), `results` (wat willen we
bereiken), `work` (wat gaan we doen), `money` (wat mag het kosten), `steering` (what changed,
bijsturen); `cells` holds the words and cells they share.
"""

from __future__ import annotations

from pathlib import Path

from ...dutch import long_date
from ...render.view import SECTIONS, Document, Regel, Sectie
from ..state import Progress
from . import first_page, money, results, steering, work


def render_progress(progress: Progress, medium: str, *, template_dir: Path | None = None) -> bytes:
    """The progress report in `medium` (md, html or docx)."""
    from ...render import lay_out

    return lay_out(build_progress_document(progress), medium, template_dir)


def build_progress_document(progress: Progress) -> Document:
    plan = progress.plan
    # After the first page, the three W's of a municipal report (wat willen we bereiken, wat
    # gaan we doen, wat mag het kosten), then what changed and the steering. `tijd` is part
    # of "wat gaan we doen"; its key stays for templates that name it.
    sections = {
        "kpis": results.section(progress),
        "tijd": Sectie("tijd", "", ()),
        "werk": work.section(progress),
        "geld": money.section(progress),
        "sinds": steering.changes(progress),
        "bijsturen": steering.section(progress),
    }
    # The plan's sections are there too, empty, so that the plan's template (which this
    # report's template extends) and a house style made for it work unchanged.
    secties: dict[str, Sectie | None] = {
        key: s if s.blokken else None for key, s in sections.items()
    } | dict.fromkeys(SECTIONS)
    file_name = Path(progress.file).name
    title_lines = [
        Regel("Plan", plan.title),
        Regel("Organisatie", plan.organisation or ""),
        Regel("Stand op", long_date(progress.today)),
    ]
    if progress.since is not None:
        title_lines.append(Regel("Periode van dit rapport", progress.since.label))
    return Document(
        titel=f"Voortgangsrapportage {plan.intervention.name}",
        titelblok=tuple(line for line in title_lines if line.tekst),
        samenvatting=first_page.section(progress),
        secties=secties,
        slot=f"Gemaakt uit het planbestand {file_name}, {long_date(progress.today)}.",
        vandaag=progress.today,
        bestand=file_name,
        plan=plan.model_dump(mode="python", by_alias=True),
        soort="voortgang",
    )
