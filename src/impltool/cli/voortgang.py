"""`impl voortgang`: where a plan stands on a day, on screen or as a progress report."""

from __future__ import annotations

import io
import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from .common import fail, load_one, parse_day
from .group import app
from .options import HouseStyleFolder, PlanFile, ReplaceAny, StateDay, replacing_output
from .output import choose_format, emit, refuse_plan_name

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan
    from ..progress.since import Since

PROGRESS_FORMATS = {"tekst": ".txt", "json": ".json", "md": ".md", "html": ".html", "docx": ".docx"}


@app.command()
def voortgang(
    plan: PlanFile,
    day: StateDay = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--sinds",
            metavar="DATUM|VERSIE",
            help="Laat zien wat er veranderde sinds deze datum (JJJJ-MM-DD), of sinds deze "
            "git-versie van het plan (een commit, tag of branch, bijvoorbeeld HEAD~1).",
            show_default=False,
        ),
    ] = None,
    medium: Annotated[
        str | None,
        typer.Option(
            "--formaat",
            "-f",
            metavar="tekst|json|md|html|docx",
            help="tekst (scherm), json (voor andere programma's), of de voortgangsrapportage "
            "als md, html of docx (Word). Standaard: wat de naam na -o zegt, anders tekst.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[str | None, replacing_output("het rapport")] = None,
    template_dir: HouseStyleFolder = None,
    force: ReplaceAny = False,
) -> None:
    """Voortgang: waar staat het plan nu? Activiteiten, KPI's en de volgende stappen, ook
    als voortgangsrapportage."""
    today = parse_day(day)
    chosen = choose_format(medium, output, PROGRESS_FORMATS, default="tekst", what="rapport")
    refuse_plan_name(output, PROGRESS_FORMATS[chosen])
    if output is None and chosen == "docx":
        raise fail(
            "een Word-document kan niet op het scherm; geef een bestandsnaam, bijvoorbeeld "
            f"-o {plan.with_suffix('').name}-voortgang.docx"
        )
    since_day = None
    if since is not None:
        from ..progress.since import is_date_like

        if is_date_like(since):
            since_day = parse_day(since, "--sinds")
    loaded = load_one(plan)
    from ..progress.state import build_progress

    progress = build_progress(loaded, today, _window(loaded, today, since, since_day))
    if chosen in ("tekst", "json"):
        buffer = io.StringIO()
        if chosen == "json":
            from ..progress.json_report import write_progress_json

            write_progress_json(progress, buffer)
        else:
            from ..progress.text import write_progress

            write_progress(progress, sys.stdout if output is None else buffer)
            if output is None:
                return
        emit(buffer.getvalue(), output, "Rapport", force)
        return
    from ..progress.document import render_progress

    data = render_progress(progress, chosen, template_dir=template_dir)
    emit(data if chosen == "docx" else data.decode("utf-8"), output, "Rapport", force)


def _window(
    loaded: LoadedPlan, today: date, since: str | None, since_day: date | None
) -> Since | None:
    """What changed since `--sinds` (a day, or a git revision of the plan); None without."""
    if since_day is not None:
        from ..progress.since import since_date

        return since_date(loaded.plan, since_day, today)
    if since is not None:
        from ..progress.revision import since_revision

        return since_revision(loaded, since)
    return None
