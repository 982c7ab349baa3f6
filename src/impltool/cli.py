"""The `impl` command: one thin function per subcommand; exit codes live here.

Exit codes: 0 all well, 1 findings at or above --faal-op, 2 input or usage errors.
Heavy modules (jinja2, rich) are imported inside the commands that need them, so
`impl --help` and `impl check` start quickly.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from .cli_dutch import DutchBadParameter, DutchGroup, DutchUsageError
from .errors import UserError

if TYPE_CHECKING:
    from typer._click import Context as ClickContext  # the type TyperGroup's hooks take
    from typer.models import CommandInfo

    from .plan.batch import PlanBatch
    from .plan.load import Problem

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2

# `impl --help` lists the commands in the order of the work; commands not named here follow.
WORK_ORDER = (
    "init",
    "bewerk",
    "check",
    "render",
    "voortgang",
    "overzicht",
    "regels",
    "uitleg",
    "checklist",
    "schema",
)


class ImplGroup(DutchGroup):
    """The `impl` group: Dutch help and errors, commands in the order of the work."""

    def list_commands(self, ctx: ClickContext) -> list[str]:
        names = super().list_commands(ctx)
        rank = {name: index for index, name in enumerate(WORK_ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(WORK_ORDER)))


app = typer.Typer(
    name="impl",
    cls=ImplGroup,
    help="impl: schrijf, check en deel het implementatieplan van een sociale interventie.",
    add_completion=False,
    no_args_is_help=True,
    invoke_without_command=True,  # so `impl --` gets a Dutch message, from _root
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# Arguments and options that several commands share, written once.
PlanFile = Annotated[
    Path,
    typer.Argument(
        readable=False,  # impl says itself, in Dutch, what it cannot read
        metavar="PLAN",
        help="Het planbestand (*.yaml).",
        show_default=False,
    ),
]
StateDay = Annotated[
    str | None,
    typer.Option(
        "--datum",
        metavar="JJJJ-MM-DD",
        help="De stand op deze dag (standaard: vandaag).",
        show_default=False,
    ),
]
HouseStyleFolder = Annotated[
    Path | None,
    typer.Option(
        "--sjabloon",
        readable=False,  # impl says itself, in Dutch, what it cannot read
        metavar="MAP",
        help="Map met je huisstijl: eigen sjablonen, huisstijl.css, logo.png of logo.svg, "
        "huisstijl.docx. Wat daar niet in staat, komt uit de ingebouwde opmaak.",
        show_default=False,
    ),
]


def _output_option(what: str) -> Any:
    """`-o PAD` for a command that writes `what` (e.g. "het rapport")."""
    return typer.Option(
        "-o",
        "--uitvoer",
        readable=False,  # impl says itself, in Dutch, what it cannot read
        metavar="PAD",
        help=f"Schrijf {what} naar dit bestand in plaats van naar het scherm. Een bestand "
        "dat impl eerder maakte wordt vervangen, een ander alleen met --force.",
        show_default=False,
    )


ReplaceAny = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Vervang ook een bestaand bestand dat impl niet zelf maakte (nooit een plan).",
    ),
]


def _fail(message: str) -> typer.Exit:
    from .shown import visible

    typer.echo(f"fout: {visible(message)}", err=True)
    return typer.Exit(EXIT_INPUT)


def _emit(text: str | bytes, output: str | None, what: str, force: bool) -> None:
    """Print `text`, or write it atomically to `output` and say so on stderr; `force`
    replaces a file impl did not write.

    `output` is the name as typed (a str, not a Path: `map/` must keep its slash).
    """
    if output is None:
        typer.echo(text, nl=False)
        return
    from .files import os_error_text
    from .writing import write_atomic

    try:
        write_atomic(output, text, replace_any=force)
    except UserError as error:
        raise _fail(str(error)) from None
    except OSError as error:
        raise _fail(f"{output}: kan niet schrijven ({os_error_text(error)})") from None
    from .shown import visible

    typer.echo(f"{what} geschreven naar {visible(output)}", err=True)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"impl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--versie", callback=_version, is_eager=True, help="Toon de versie van impl."),
    ] = False,
) -> None:
    """impl: schrijf, check en deel het implementatieplan van een sociale interventie."""
    if ctx.invoked_subcommand is None:
        raise DutchUsageError("geef een commando.", ctx)


def _parse_day(value: str | None, option: str = "--datum") -> date:
    """`--datum JJJJ-MM-DD` (or another date option), or today."""
    from .dates import DateError, parse_date

    if value is None:
        return date.today()
    try:
        return parse_date(value)
    except DateError as error:
        message = str(error) if option == "--datum" else f"{option}: {error}"
        raise DutchBadParameter(message) from None


def print_problems(problems: Iterable[Problem]) -> None:
    """Input errors, one line each, as `file:line:column: fout: message` on stderr; a notice
    (`let op: ...`, a plan that loads but may not say what was meant) without `fout:`.
    File names and messages are shown inert (impltool.shown)."""
    from .shown import visible

    for problem in problems:
        kind = "" if problem.message.startswith("let op: ") else "fout: "
        typer.echo(
            f"{visible(problem.file)}:{problem.line}:{problem.column}: {kind}"
            f"{visible(problem.message)}",
            err=True,
        )


def _plan_batch(plans: list[Path]) -> PlanBatch:
    """The plans named on the command line, to read one by one (plan.batch)."""
    from .plan.batch import PlanBatch

    try:
        return PlanBatch(plans)
    except UserError as error:
        raise _fail(str(error)) from None


def _after_batch(batch: PlanBatch, *, any_broken: bool) -> None:
    """After reading: a named folder without plans is an error (unless a broken plan already
    explains the run); YAML files skipped because they are not plans are named."""
    from .shown import visible

    if batch.links_outside:
        names = ", ".join(visible(p) for p in batch.links_outside[:5])
        more = f" en nog {len(batch.links_outside) - 5}" if len(batch.links_outside) > 5 else ""
        typer.echo(
            f"niet gevolgd (een symbolische link naar buiten de map die je noemde): "
            f"{names}{more}; noem die map zelf als je die plannen ook wilt",
            err=True,
        )
    empty = batch.empty_folders()
    if empty and not any_broken:
        raise _fail("; ".join(empty))
    if batch.skipped:
        names = ", ".join(visible(p) for p in batch.skipped[:5])
        more = f" en nog {len(batch.skipped) - 5}" if len(batch.skipped) > 5 else ""
        typer.echo(f"overgeslagen (geen `formaat:`, dus geen plan): {names}{more}", err=True)


@app.command()
def check(
    plans: Annotated[
        list[Path],
        typer.Argument(
            readable=False,  # impl says itself, in Dutch, what it cannot read
            metavar="PLAN...",
            help="Planbestanden, of mappen met plannen (elk *.yaml- en *.yml-bestand erin).",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        Literal["tekst", "json", "github"],
        typer.Option(
            "--formaat",
            "-f",
            help="tekst (voor mensen), json (voor andere programma's) of github "
            "(meldingen in GitHub Actions).",
        ),
    ] = "tekst",
    fail_on: Annotated[
        Literal["fout", "waarschuwing", "tip"],
        typer.Option(
            "--faal-op",
            help="Eindig met code 1 als er een bevinding van dit niveau of ernstiger "
            "overblijft: fout, waarschuwing of tip.",
        ),
    ] = "waarschuwing",
    day: Annotated[
        str | None,
        typer.Option(
            "--datum",
            metavar="JJJJ-MM-DD",
            help="Beoordeel datums alsof het vandaag deze dag is (standaard: vandaag).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Quickscan: controleer plannen en zie per gebied wat goed gaat en wat er nog moet."""
    from .plan.batch import Broken
    from .progressbar import tracked
    from .quickscan.scan import scan_plan
    from .report import PlanOutcome

    today = _parse_day(day)
    batch = _plan_batch(plans)
    outcomes = []
    notices: list[Problem] = []  # printed once the progress bar is gone
    for entry in tracked(batch, "Plannen lezen"):
        if isinstance(entry, Broken):
            outcomes.append(PlanOutcome(entry.file, problems=entry.problems))
        else:
            notices += entry.notices
            outcomes.append(PlanOutcome(entry.file, result=scan_plan(entry, today)))
    print_problems(notices)
    _after_batch(batch, any_broken=any(o.problems for o in outcomes))

    if output_format == "json":
        from .report.json_report import write_json

        write_json(outcomes)
    elif output_format == "github":
        from .report.github import write_github

        try:
            write_github(outcomes)
        except UserError as error:  # the job summary could not be written
            raise _fail(str(error)) from None
    else:
        from .report.text import write_text

        write_text(outcomes)
    broken = [o for o in outcomes if o.result is None]
    if output_format != "github":
        for outcome in broken:
            print_problems(outcome.problems)
    if broken:
        typer.echo(
            f"{len(broken)} van {len(outcomes)} plannen kon{'den' if len(broken) > 1 else ''} "
            "niet gelezen worden; verbeter eerst de fouten hierboven.",
            err=True,
        )
        raise typer.Exit(EXIT_INPUT)
    from .quickscan.finding import Severity

    if any(o.result is not None and o.result.fails_at(Severity(fail_on)) for o in outcomes):
        raise typer.Exit(EXIT_FINDINGS)


def _refuse_plan_name(output: str | None, suffix: str) -> None:
    """Refuse an output name that is wrong before anything is read or rendered: a folder
    (`map/`), or a *.yaml name (a slip for a plan). Whether an existing file is a plan is
    decided by its content when writing (writing.write_atomic)."""
    if output is None:
        return
    from .writing import output_path

    try:
        path = output_path(output)
    except UserError as error:
        raise _fail(str(error)) from None
    if path.suffix.lower() in (".yaml", ".yml"):
        raise _fail(f"{output}: dat is de naam van een planbestand; kies een naam op {suffix}")


@app.command()
def schema(
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--uitvoer",
            readable=False,  # impl says itself, in Dutch, what it cannot read
            metavar="PAD",
            help="Schrijf het schema naar dit bestand in plaats van naar het scherm.",
            show_default=False,
        ),
    ] = None,
    force: ReplaceAny = False,
) -> None:
    """Het JSON Schema van het planformaat, voor aanvullen en controleren in je editor."""
    from .plan.schema import schema_json

    text = schema_json()
    _refuse_plan_name(output, ".json")
    _emit(text, output, "Schema", force)


@app.command()
def render(
    plan: PlanFile,
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--uitvoer",
            readable=False,  # impl says itself, in Dutch, what it cannot read
            metavar="PAD",
            help="Schrijf het document naar dit bestand in plaats van naar het scherm; "
            "een bestand dat impl eerder maakte wordt vervangen, een ander alleen met "
            "--force. De naam bepaalt het soort document: "
            ".md, .html of .docx.",
            show_default=False,
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
    from .dutch import counted
    from .plan.load import PlanError, load_plan
    from .quickscan.finding import Severity
    from .quickscan.scan import scan_plan
    from .render import BINARY_FORMATS, FORMATS, format_for, render_document

    today = _parse_day(day)
    out_path = Path(output) if output is not None else None
    try:
        chosen = format_for(medium, out_path)
    except UserError as error:
        raise _fail(str(error)) from None
    _refuse_plan_name(output, FORMATS[chosen])
    if output is None and chosen in BINARY_FORMATS:
        raise _fail(
            f"een Word-document kan niet op het scherm; geef een bestandsnaam, bijvoorbeeld "
            f"-o {plan.with_suffix(FORMATS[chosen]).name}"
        )
    try:
        loaded = load_plan(plan)
    except PlanError as error:
        print_problems(error.problems)
        raise typer.Exit(EXIT_INPUT) from None
    print_problems(loaded.notices)
    scan = scan_plan(loaded, today)
    try:
        data = render_document(
            loaded, today, chosen, template_dir=template_dir, scan=scan if with_scan else None
        )
    except UserError as error:
        raise _fail(str(error)) from None
    errors = scan.count(Severity.FOUT)
    if errors:
        # The document is still made (a draft is worth sharing), but not silently.
        from .shown import visible

        typer.echo(
            f"let op: de quickscan vindt {counted(errors, 'fout', 'fouten')} in "
            f"{visible(plan)}; het document is toch gemaakt. `impl check {visible(plan)}` laat "
            "zien wat er mis is.",
            err=True,
        )
    if chosen in BINARY_FORMATS:
        _emit(data, output, "Document", force)
    else:
        _emit(data.decode("utf-8"), output, "Document", force)


PROGRESS_FORMATS = {"tekst": ".txt", "json": ".json", "md": ".md", "html": ".html", "docx": ".docx"}


def _output_format(
    requested: str | None,
    output: str | None,
    formats: dict[str, str] = PROGRESS_FORMATS,
    what: str = "rapport",
) -> str:
    """`--formaat`, or what the name after -o implies (tekst when nothing says); `formats`
    maps each format to its suffix, `what` names the output in messages."""
    from .render import unknown_format

    suffixes = {suffix: name for name, suffix in formats.items()} | {
        ".markdown": "md",
        ".htm": "html",
    }
    suffix = Path(output).suffix.lower() if output is not None else ""
    if suffix in (".yaml", ".yml"):
        suffix = ""  # a plan's name: refused by _refuse_plan_name, with its own message
    if requested is not None:
        name = requested.strip().lower().lstrip(".")
        if name not in formats:
            raise _fail(unknown_format(f"--formaat {requested}", list(formats)))
        if suffix and suffixes.get(suffix) != name:
            raise _fail(
                f"{output}: de naam eindigt niet op {formats[name]}, maar je vraagt "
                f"--formaat {name}"
            )
        return name
    if suffix and suffix not in suffixes:
        raise _fail(unknown_format(str(output), list(formats.values()), what))
    return suffixes.get(suffix, "tekst")


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
    output: Annotated[str | None, _output_option("het rapport")] = None,
    template_dir: HouseStyleFolder = None,
    force: ReplaceAny = False,
) -> None:
    """Voortgang: waar staat het plan nu? Activiteiten, KPI's en de volgende stappen, ook
    als voortgangsrapportage."""
    from .plan.load import PlanError, load_plan

    today = _parse_day(day)
    chosen = _output_format(medium, output)
    _refuse_plan_name(output, PROGRESS_FORMATS[chosen])
    if output is None and chosen == "docx":
        raise _fail(
            "een Word-document kan niet op het scherm; geef een bestandsnaam, bijvoorbeeld "
            f"-o {plan.with_suffix('').name}-voortgang.docx"
        )
    since_day = None
    if since is not None:
        from .progress.since import is_date_like

        if is_date_like(since):
            since_day = _parse_day(since, "--sinds")
    try:
        loaded = load_plan(plan)
    except PlanError as error:
        print_problems(error.problems)
        raise typer.Exit(EXIT_INPUT) from None
    print_problems(loaded.notices)
    from .progress.since import since_date, since_revision
    from .progress.state import build_progress

    try:
        window = None
        if since_day is not None:
            window = since_date(loaded.plan, since_day, today)
        elif since is not None:
            window = since_revision(loaded, since)
    except UserError as error:
        raise _fail(str(error)) from None
    progress = build_progress(loaded, today, window)
    if chosen in ("tekst", "json"):
        buffer = io.StringIO()
        if chosen == "json":
            from .progress.json_report import write_progress_json

            write_progress_json(progress, buffer)
        else:
            from .progress.text import write_progress

            write_progress(progress, sys.stdout if output is None else buffer)
            if output is None:
                return
        _emit(buffer.getvalue(), output, "Rapport", force)
        return
    from .progress.document import render_progress

    try:
        data = render_progress(progress, chosen, template_dir=template_dir)
    except UserError as error:
        raise _fail(str(error)) from None
    _emit(data if chosen == "docx" else data.decode("utf-8"), output, "Rapport", force)


OVERVIEW_FORMATS = {"tekst": ".txt", "json": ".json", "csv": ".csv", "md": ".md", "html": ".html"}


@app.command()
def overzicht(
    plans: Annotated[
        list[Path],
        typer.Argument(
            readable=False,  # impl says itself, in Dutch, what it cannot read
            metavar="MAP|PLAN...",
            help="Mappen met plannen (elk plan in *.yaml of *.yml erin), of planbestanden.",
            show_default=False,
        ),
    ],
    day: StateDay = None,
    medium: Annotated[
        str | None,
        typer.Option(
            "--formaat",
            "-f",
            metavar="tekst|json|csv|md|html",
            help="tekst (scherm), json (voor andere programma's), csv (voor Excel), md "
            "(Markdown) of html (webpagina). Standaard: wat de naam na -o zegt, anders tekst.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[str | None, _output_option("het overzicht")] = None,
    force: ReplaceAny = False,
) -> None:
    """Overzicht: veel plannen naast elkaar, met quickscan, voortgang en KPI's; wat de meeste
    aandacht vraagt staat bovenaan."""
    from .overview.rows import broken_row, build_overview, plan_row
    from .plan.batch import Broken
    from .progressbar import tracked

    today = _parse_day(day)
    chosen = _output_format(medium, output, OVERVIEW_FORMATS, "overzicht")
    _refuse_plan_name(output, OVERVIEW_FORMATS[chosen])
    batch = _plan_batch(plans)
    rows = []
    notices: list[Problem] = []  # printed once the progress bar is gone
    for entry in tracked(batch, "Plannen lezen"):
        if isinstance(entry, Broken):
            rows.append(broken_row(entry.file, entry.problems))
        else:
            notices += entry.notices
            rows.append(plan_row(entry, today))
    print_problems(notices)
    broken = sum(1 for row in rows if not row.readable)
    _after_batch(batch, any_broken=broken > 0)
    overview = build_overview(rows, today)

    from .overview.text import write_text

    if chosen == "tekst" and output is None:
        write_text(overview, sys.stdout)
    elif chosen == "tekst":
        buffer = io.StringIO()
        write_text(overview, buffer)
        _emit(buffer.getvalue(), output, "Overzicht", force)
    elif chosen == "csv":
        from .overview.spreadsheet import csv_bytes

        _emit(csv_bytes(overview), output, "Overzicht", force)
    else:
        from .overview.html import html_text
        from .overview.json_report import json_text
        from .overview.markdown import markdown_text

        makers = {"json": json_text, "md": markdown_text, "html": html_text}
        _emit(makers[chosen](overview), output, "Overzicht", force)
    if broken:
        typer.echo(
            f"{broken} van {len(rows)} plannen kon{'den' if broken > 1 else ''} niet gelezen "
            "worden; het overzicht noemt de eerste fout per plan, `impl check` toont ze allemaal.",
            err=True,
        )
        raise typer.Exit(EXIT_INPUT)


@app.command()
def checklist(
    as_yaml: Annotated[
        bool,
        typer.Option(
            "--yaml",
            help="Geef een blok `factoren:` om in je plan te plakken (elk oordeel op onbekend).",
        ),
    ] = False,
) -> None:
    """De checklist beïnvloedende factoren en de kernactiviteiten per fase, om in te vullen."""
    from .knowledge.checklist_view import checklist_text, factors_yaml

    typer.echo(factors_yaml() if as_yaml else checklist_text(), nl=False)


@app.command()
def regels(
    output_format: Annotated[
        Literal["tekst", "json"],
        typer.Option(
            "--formaat", "-f", help="tekst (voor mensen) of json (voor andere programma's)."
        ),
    ] = "tekst",
) -> None:
    """Toon alle regels van de quickscan, per gebied.

    Per regel de code, de ernst (fout, waarschuwing of tip) en in één regel waar ze over gaat.
    Meer uitleg bij een regel: impl uitleg CODE.
    """
    import shutil

    from .quickscan.explain import rules_json, rules_text

    width = shutil.get_terminal_size((100, 24)).columns
    typer.echo(rules_json() if output_format == "json" else rules_text(width=width), nl=False)


@app.command()
def uitleg(
    code: Annotated[
        str,
        typer.Argument(
            metavar="CODE",
            help="Code van de regel, bijvoorbeeld DOEL-02 of com-03.",
            show_default=False,
        ),
    ],
) -> None:
    """Leg één regel van de quickscan uit, met een voorbeeld.

    Wat de regel controleert, waarom dat belangrijk is (met de bron), hoe je het oplost, en
    een stuk plan dat aan de regel voldoet. `impl regels` toont alle codes.
    """
    import shutil

    from .quickscan.explain import UnknownRule, find_rule, rule_text

    try:
        doc = find_rule(code)
    except UnknownRule as error:
        raise _fail(str(error)) from None
    typer.echo(rule_text(doc, width=shutil.get_terminal_size((100, 24)).columns), nl=False)


@app.command()
def init(
    plan: Annotated[
        Path | None,
        typer.Argument(
            readable=False,  # impl says itself, in Dutch, what it cannot read
            metavar="PLAN",
            help="Het nieuwe planbestand (standaard implementatieplan.yaml); geef je een "
            "bestaande map, dan komt het plan daarin.",
            show_default=False,
        ),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option(
            "--sjabloon",
            metavar="basis|ontwikkelaar|online_platform",
            help="Welk sjabloon. Standaard: online_platform bij --soort online_platform, "
            "ontwikkelaar bij --rol ontwikkelaar, anders basis.",
            show_default=False,
        ),
    ] = None,
    no_questions: Annotated[
        bool,
        typer.Option(
            "--geen-vragen",
            help="Stel geen vragen; gebruik de opties en de standaardwaarden. Zonder "
            "terminal gebeurt dat altijd.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Overschrijf een bestaand planbestand.")
    ] = False,
    title: Annotated[
        str | None,
        typer.Option(
            "--titel",
            metavar="TEKST",
            help="Titel van het plan (standaard: Implementatieplan <interventie>).",
            show_default=False,
        ),
    ] = None,
    intervention: Annotated[
        str | None,
        typer.Option(
            "--interventie",
            metavar="TEKST",
            help="Naam van de interventie (standaard: Nieuwe interventie).",
            show_default=False,
        ),
    ] = None,
    organisation: Annotated[
        str | None,
        typer.Option(
            "--organisatie",
            metavar="TEKST",
            help="Organisatie die het plan uitvoert (standaard: later invullen).",
            show_default=False,
        ),
    ] = None,
    author: Annotated[
        str | None,
        typer.Option(
            "--auteur",
            metavar="TEKST",
            help="Wie het plan schrijft (standaard: later invullen).",
            show_default=False,
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--rol",
            metavar="uitvoerende_organisatie|ontwikkelaar",
            help="Wie schrijft het plan (standaard: uitvoerende_organisatie).",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--soort",
            metavar="sociale_interventie|online_platform|werkwijze|instrument",
            help="Soort interventie (standaard: sociale_interventie).",
            show_default=False,
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--start",
            metavar="JJJJ-MM-DD",
            help="Eerste dag van de implementatie (standaard: de eerste van volgende maand).",
            show_default=False,
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--eind",
            metavar="JJJJ-MM-DD",
            help="Laatste dag (standaard: twee jaar na de start, min één dag).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Begin een nieuw plan: een geldige opzet met uitleg bij elk onderdeel."""
    from .scaffold import Given, init_plan, prompt
    from .scaffold.closing import summary
    from .scaffold.plan_text import ScaffoldBug

    given = Given(
        title=title,
        name=intervention,
        role=role,
        kind=kind,
        start=start,
        end=end,
        template=template,
        organisation=organisation,
        author=author,
    )
    interactive = not no_questions and prompt.stdin_is_terminal()
    try:
        written = init_plan(
            plan,
            given,
            force=force,
            today=date.today(),
            asker=prompt.TerminalAsker() if interactive else None,
        )
    except UserError as error:
        raise _fail(str(error)) from None
    except ScaffoldBug as error:
        raise _fail(f"interne fout in impl, er is niets geschreven: {error}") from None
    except OSError as error:
        raise _fail(f"kan het plan niet schrijven ({error.strerror or error})") from None
    except typer.Abort:
        typer.echo("\nonderbroken; er is niets geschreven", err=True)
        raise typer.Exit(130) from None
    if interactive:
        typer.echo("")
    from .shown import visible

    for line in summary(written):
        typer.echo(visible(line))


@app.command()
def bewerk(
    plan: PlanFile,
    port: Annotated[
        int | None,
        typer.Option(
            "--poort", metavar="N", help="De poort (standaard: een vrije).", show_default=False
        ),
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--geen-browser", help="Open geen browser; toon alleen het adres.")
    ] = False,
) -> None:
    """Schrijf of wijzig je plan in een formulier in de browser; het YAML-bestand blijft de
    bron, met de quickscan ernaast.

    De eerste regel is het adres van het formulier (alleen op deze computer te openen). Bestaat
    het plan nog niet, dan begint het formulier met de opzet van impl init. Stoppen: de knop
    Sluiten in het formulier, of Ctrl+C.
    """
    from .form.command import run
    from .plan.load import PlanError

    try:
        run(plan, port, open_browser=not no_browser)
    except PlanError as error:
        print_problems(error.problems)
        raise _fail(
            "het formulier opent een plan dat impl kan lezen; verbeter eerst de fouten hierboven"
        ) from None
    except UserError as error:
        raise _fail(str(error)) from None


def main() -> None:
    """Console entry point: the app plus the care a terminal program owes its user."""
    from .console import register

    _fill_closed_standard_streams()
    handler = register()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors=handler)  # type: ignore[union-attr]
    try:
        with _only_the_command_asked_for(sys.argv[1:2]):
            app()
        code = EXIT_OK
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else EXIT_OK if done.code is None else 1
    except BrokenPipeError:
        code = EXIT_OK  # the reader (e.g. `head`) went away; stop quietly
    except KeyboardInterrupt:
        typer.echo("\nonderbroken", err=True)
        code = 130
    except OSError as error:  # writing the output failed (a full disk, a lost terminal)
        code = _output_failed(error)
    except Exception as error:  # noqa: BLE001 - the last net: a bug in impl, said plainly
        from .shown import visible

        typer.echo(
            f"fout: er ging iets mis in impl zelf ({type(error).__name__}: {visible(error)}). "
            "Dit ligt niet aan jouw plan; meld het met het plan erbij.",
            err=True,
        )
        code = EXIT_INPUT
    _leave(code)


@contextlib.contextmanager
def _only_the_command_asked_for(first: list[str]) -> Iterator[None]:
    """Let typer build only the command that runs. Typer builds the options of every command
    before it runs one; for `impl check PLAN` that was a fifth of what impl adds to Python's
    start-up. With anything else first (`--help`, a typo) the whole group is built, so help
    lists every command and a typo gets its suggestion."""
    commands = app.registered_commands
    chosen = [info for info in commands if first and _command_name(info) == first[0]]
    if chosen:
        app.registered_commands = chosen
    try:
        yield
    finally:
        app.registered_commands = commands


def _command_name(info: CommandInfo) -> str:
    from typer.main import get_command_name

    return info.name or get_command_name(info.callback.__name__ if info.callback else "")


class _ClosedOutput(io.TextIOBase):
    """Standard output that was closed when impl started: writing to it is an error the
    user hears about (exit 2); a command that writes only files runs as usual."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "stdout is closed")


def _fill_closed_standard_streams() -> None:
    """Started with a standard stream closed (`>&-`, `2>&-`): fill the gap with the null
    device, so no file impl opens later takes its number and receives its output. Without
    stderr the run goes on quietly and ends with the exit code it earned."""
    closed = []
    for number in (0, 1, 2):
        try:
            os.fstat(number)
        except OSError:
            closed.append(number)
    for number in closed:
        handle = os.open(os.devnull, os.O_RDWR)
        if handle != number:
            os.dup2(handle, number)
            os.close(handle)
    if 2 in closed or sys.stderr is None:
        sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    if 1 in closed or sys.stdout is None:
        sys.stdout = _ClosedOutput()


def _output_failed(error: OSError) -> int:
    from .files import os_error_text

    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"fout: de uitvoer kon niet geschreven worden: {os_error_text(error)}\n")
    return EXIT_INPUT


def _leave(code: int) -> None:
    """Flush and exit at once. Every file impl writes is closed by now, so Python's own
    clean-up at exit (about 17 ms of freeing objects) buys nothing."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    except OSError as error:
        code = _output_failed(error)
    except (AttributeError, ValueError):
        pass
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)
