"""`impl render`: a plan as a document (Markdown, HTML or Word)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import fail, load_one, parse_day
from .group import app
from .options import HouseStyleFolder, PlanFile, ReplaceAny, output_option
from .output import choose_format, emit, refuse_plan_name


@app.command()
def render(
    plan: PlanFile,
    output: Annotated[
        str | None,
        output_option(
            "Schrijf het document naar dit bestand in plaats van naar het scherm; "
            "een bestand dat impl eerder maakte wordt vervangen, een ander alleen met "
            "--force. De naam bepaalt het soort document: "
            ".md, .html of .docx."
        ),
    ] = None,
    medium: Annotated[
        str | None,
        typer.Option(
            "--formaat",
            metavar="md|html|docx",
            help="Het soort document: md (Markdown), html (webpagina, ook om te printen "
            "als PDF) of docx (Word). Standaard: wat de naam na -o zegt, anders md.",
            show_default=False,
        ),
    ] = None,
    template_dir: HouseStyleFolder = None,
    with_scan: Annotated[
        bool,
        typer.Option(
            "--met-quickscan",
            help="Zet de scores en de belangrijkste bevindingen van de quickscan in de "
            "samenvatting.",
        ),
    ] = False,
    day: Annotated[
        str | None,
        typer.Option(
            "--datum",
            metavar="JJJJ-MM-DD",
            help="De datum op het document, ook voor de quickscan (standaard: vandaag).",
            show_default=False,
        ),
    ] = None,
    force: ReplaceAny = False,
) -> None:
    """Maak van een plan een leesbaar document (Markdown, HTML of Word) voor team, bestuur
    en wethouder."""
    from ..dutch import counted
    from ..quickscan.finding import Severity
    from ..quickscan.scan import scan_plan
    from ..render import BINARY_FORMATS, FORMATS, render_document
    from ..shown import visible

    today = parse_day(day)
    # The name as a path (`./plan.odt` is named `plan.odt` in a message), as render always did.
    named = str(Path(output)) if output is not None else None
    chosen = choose_format(medium, named, FORMATS, default="md", what="document", suggest_name=True)
    refuse_plan_name(output, FORMATS[chosen])
    if output is None and chosen in BINARY_FORMATS:
        raise fail(
            f"een Word-document kan niet op het scherm; geef een bestandsnaam, bijvoorbeeld "
            f"-o {plan.with_suffix(FORMATS[chosen]).name}"
        )
    loaded = load_one(plan)
    scan = scan_plan(loaded, today)
    data = render_document(
        loaded, today, chosen, template_dir=template_dir, scan=scan if with_scan else None
    )
    errors = scan.count(Severity.FOUT)
    if errors:
        # The document is still made (a draft is worth sharing), but not silently.
        typer.echo(
            f"let op: de quickscan vindt {counted(errors, 'fout', 'fouten')} in "
            f"{visible(plan)}; het document is toch gemaakt. `impl check {visible(plan)}` laat "
            "zien wat er mis is.",
            err=True,
        )
    emit(data if chosen in BINARY_FORMATS else data.decode("utf-8"), output, "Document", force)
