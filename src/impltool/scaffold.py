"""`impl init`: a new plan that validates at once and explains itself while it is filled in.

The plan text comes from Jinja templates in templates/init/ (one per `--sjabloon`, sharing a
base and macros). The checklist questions and the phase key activities come from the toolkit
knowledge (impltool.knowledge), the example activities from templates/init/voorbeelden.yaml,
the vocabularies from the plan model: nothing about the plan's content is written twice.

Questions are only asked when stdin is a terminal and `--geen-vragen` is not given; otherwise
flags and defaults decide and nothing ever waits for input.
"""

from __future__ import annotations

import math
import re
import shlex
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol, get_args

import yaml

from . import dates
from .dutch import long_date, wrap
from .errors import UserError
from .files import PLAN_SUFFIXES
from .plan import model

DEFAULT_FILE = "implementatieplan.yaml"
SCHEMA_FILE = "impl-plan.schema.json"
TEMPLATES: tuple[str, ...] = ("basis", "ontwikkelaar", "online_platform")
ROLES: tuple[str, ...] = ("uitvoerende_organisatie", "ontwikkelaar")  # default first
KINDS: tuple[str, ...] = get_args(model.InterventionKind)
DEFAULT_NAME = "Nieuwe interventie"
COMMENT_WIDTH = 96

# What each choice means, shown next to the numbered options.
ROLE_HELP = {
    "uitvoerende_organisatie": "je voert een interventie in je organisatie in",
    "ontwikkelaar": "je ontwikkelde de interventie en verspreidt haar",
}
KIND_HELP = {
    "sociale_interventie": "een methode voor professionals of vrijwilligers",
    "online_platform": "een website of app, zoals een burenhulp-marktplaats",
    "werkwijze": "een nieuwe manier van werken in team of organisatie",
    "instrument": "een hulpmiddel: een vragenlijst of gespreksmodel",
}
TEMPLATE_HELP = {
    "basis": "voor een organisatie die een interventie invoert",
    "ontwikkelaar": "met de activiteiten van de ontwikkelfase en de verspreiding",
    "online_platform": "met de IMPACT-stappen: offline partners en platform-KPI's",
}

# Where in the period each phase's example activities fall, as fractions of its length.
# Phases overlap, as they do in practice; every date stays inside the period.
PHASE_WINDOWS = {
    "ontwikkelen": (0.0, 0.15),
    "weten": (0.05, 0.3),
    "begrijpen": (0.15, 0.4),
    "willen": (0.25, 0.5),
    "doen": (0.35, 0.75),
    "blijven_doen": (0.5, 1.0),
}

MIN_YEAR, MAX_YEAR = 1900, 2999


class ScaffoldBug(Exception):
    """A template or its data produced something impl itself cannot read: our bug, not the
    user's. Nothing is written when this happens."""


# --- answers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answers:
    """Everything the templates need from the user."""

    title: str
    name: str
    role: str
    kind: str
    start: date
    end: date
    template: str


@dataclass
class Given:
    """What the command line said; None where an option was not given."""

    title: str | None = None
    name: str | None = None
    role: str | None = None
    kind: str | None = None
    start: str | None = None
    end: str | None = None
    template: str | None = None


class Asker(Protocol):
    """How questions reach the user (a terminal in real life, a fake in tests)."""

    def ask(self, question: str, default: str) -> str: ...

    def say(self, text: str) -> None: ...

    def warn(self, text: str) -> None: ...


def next_month_start(today: date) -> date:
    """The first day of the month after `today`: the default start of the period."""
    return (today.replace(day=1) + timedelta(days=32)).replace(day=1)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, month=3, day=1)


def default_end(start: date) -> date:
    """Two years minus one day after `start` (2026-01-01 → 2027-12-31)."""
    return _add_years(start, 2) - timedelta(days=1)


def default_start(today: date, end: date | None = None) -> date:
    """The first of next month; for an end date before that, two years before the end."""
    start = next_month_start(today)
    if end is not None and end < start:
        return _add_years(end + timedelta(days=1), -2)
    return start


def _within_years(day: date, text: str) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"{text.strip()!r}: kies een jaar tussen {MIN_YEAR} en {MAX_YEAR}")
    return day


def parse_date_option(text: str) -> date:
    """`--start` and `--eind`: exactly JJJJ-MM-DD, as every option and the plan."""
    return _within_years(dates.parse_date(text), text)


def parse_typed_date(text: str) -> date:
    """A date typed at the question: JJJJ-MM-DD, or D-M-JJJJ as Dutch people often type it."""
    return _within_years(dates.parse_typed_date(text), text)


def parse_choice(text: str, options: tuple[str, ...]) -> str:
    """One of `options`, given as its number (1-based), its word, or the start of the word."""
    value = text.strip().lower().replace(" ", "_").replace("-", "_")
    if value.isdigit() and 1 <= int(value) <= len(options):
        return options[int(value) - 1]
    if value in options:
        return value
    starting = [option for option in options if value and option.startswith(value)]
    if len(starting) == 1:
        return starting[0]
    raise ValueError(
        f"{text.strip()!r} ken ik niet; kies een nummer (1 tot en met {len(options)}) "
        f"of een van: {', '.join(options)}"
    )


def parse_text(text: str, what: str) -> str:
    """A title or name: one line of text, not empty."""
    value = text.strip()
    if not value:
        raise ValueError(f"{what} mag niet leeg zijn")
    # Control characters, and the Unicode line and paragraph separators (U+2028, U+2029)
    # that come along when text is pasted from a web page.
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in value):
        raise ValueError(f"{what} moet één regel tekst zijn, zonder regeleinden of tabs")
    # Bytes the terminal sent that are not UTF-8 arrive as lone surrogates: they cannot be
    # written into a UTF-8 plan.
    if any(unicodedata.category(char) == "Cs" for char in value):
        raise ValueError(
            f"{what} bevat tekens die geen UTF-8 zijn (staat je terminal op een andere "
            "tekenset?); typ de tekst opnieuw"
        )
    return value


def default_template(role: str, kind: str) -> str:
    """online_platform for a platform, ontwikkelaar for a developer, else basis."""
    if kind == "online_platform":
        return "online_platform"
    if role == "ontwikkelaar":
        return "ontwikkelaar"
    return "basis"


@dataclass
class _Field:
    """One answer: its flag, its question, and how to read it (defaults: resolve_answers)."""

    key: str
    flag: str
    question: str
    parse: Callable[[str], Any]
    options: tuple[str, ...] = ()
    help: dict[str, str] = field(default_factory=dict)
    typed: Callable[[str], Any] | None = None  # reads an answer typed at the question, if
    # that may be written more freely than the flag (dates: also D-M-JJJJ)


def _fields() -> list[_Field]:
    return [
        _Field(
            "name", "--interventie", "Naam van de interventie", lambda t: parse_text(t, "de naam")
        ),
        _Field("title", "--titel", "Titel van het plan", lambda t: parse_text(t, "de titel")),
        _Field(
            "role",
            "--rol",
            "Wie schrijft het plan?",
            lambda t: parse_choice(t, ROLES),
            ROLES,
            ROLE_HELP,
        ),
        _Field(
            "kind",
            "--soort",
            "Wat voor interventie is het?",
            lambda t: parse_choice(t, KINDS),
            KINDS,
            KIND_HELP,
        ),
        _Field(
            "start",
            "--start",
            "Startdatum van de implementatie (JJJJ-MM-DD of D-M-JJJJ)",
            parse_date_option,
            typed=parse_typed_date,
        ),
        _Field(
            "end",
            "--eind",
            "Einddatum van de implementatie (JJJJ-MM-DD of D-M-JJJJ)",
            parse_date_option,
            typed=parse_typed_date,
        ),
    ]


def resolve_answers(given: Given, today: date, asker: Asker | None = None) -> Answers:
    """Turn flags, answers to questions (when `asker` is given) and defaults into Answers.

    Every flag is checked before the first question, so a mistyped flag never costs the user
    a round of questions. Raises UserError for an invalid flag value.
    """
    values: dict[str, Any] = {}
    for item in _fields():
        raw = getattr(given, item.key)
        if raw is None:
            continue
        try:
            values[item.key] = item.parse(raw)
        except ValueError as error:
            raise UserError(f"{item.flag}: {error}") from None
    template = None
    if given.template is not None:
        try:
            template = parse_choice(given.template, TEMPLATES)
        except ValueError as error:
            raise UserError(f"--sjabloon: {error}") from None
    if "start" in values and "end" in values and values["end"] < values["start"]:
        raise UserError(
            f"--eind: {values['end'].isoformat()} ligt voor de startdatum "
            f"{values['start'].isoformat()}"
        )

    def default(key: str) -> Any:
        if key == "name":
            return DEFAULT_NAME
        if key == "title":
            return f"Implementatieplan {values['name']}"
        if key == "role":
            return "ontwikkelaar" if template == "ontwikkelaar" else ROLES[0]
        if key == "kind":
            return "online_platform" if template == "online_platform" else KINDS[0]
        if key == "start":
            return default_start(today, values.get("end"))
        return default_end(values["start"])

    for item in _fields():
        if item.key in values:
            continue
        if asker is None:
            values[item.key] = default(item.key)
        else:
            values[item.key] = _ask(asker, item, default(item.key), values)
    return Answers(
        title=values["title"],
        name=values["name"],
        role=values["role"],
        kind=values["kind"],
        start=values["start"],
        end=values["end"],
        template=template or default_template(values["role"], values["kind"]),
    )


def _ask(asker: Asker, item: _Field, default: Any, values: dict[str, Any]) -> Any:
    """Ask until the answer is valid; Enter takes the default."""
    shown = default.isoformat() if isinstance(default, date) else str(default)
    question = item.question
    if item.options:
        width = max(len(option) for option in item.options)
        asker.say(item.question)
        for number, option in enumerate(item.options, start=1):
            first = f"  {number}. {option:<{width}}  "
            # Within 80 columns, the usual terminal on Windows: continue under the text.
            for line in wrap(item.help[option], 79, first, " " * len(first)):
                asker.say(line)
        question = "Kies een nummer of een woord"
    while True:
        try:
            answer = (item.typed or item.parse)(asker.ask(question, shown))
        except ValueError as error:
            asker.warn(f"  {error}; probeer het nog eens.")
            continue
        if item.key == "end" and answer < values["start"]:
            asker.warn(
                f"  de einddatum ligt voor de startdatum ({values['start'].isoformat()}); "
                "probeer het nog eens."
            )
            continue
        if item.key == "start" and "end" in values and answer > values["end"]:
            asker.warn(
                f"  de startdatum ligt na de einddatum ({values['end'].isoformat()}, uit --eind); "
                "probeer het nog eens."
            )
            continue
        if isinstance(answer, date):
            asker.say(f"  = {long_date(answer)}")  # what impl understood: 3-1 is 3 januari
        return answer


# --- rendering ----------------------------------------------------------------------------


def yaml_text(value: str) -> str:
    """`value` as a one-line YAML scalar that reads back as exactly this text.

    Plain where that is safe (most titles), otherwise double-quoted with escapes, so a title
    with `: `, `#`, quotes or a leading dash still gives valid YAML with the same text.
    """
    dumped = yaml.safe_dump(
        {"k": value}, allow_unicode=True, width=math.inf, default_flow_style=False
    )
    if dumped.count("\n") == 1 and dumped.startswith("k: "):
        return dumped[3:-1]
    quoted = yaml.safe_dump(value, allow_unicode=True, width=math.inf, default_style='"')
    return quoted.rstrip("\n").removesuffix("\n...")


def comment(
    text: str, indent: int = 0, hang: int = 0, lead: int = 0, width: int = COMMENT_WIDTH
) -> str:
    """Wrap `text` into YAML comment lines at `indent`.

    After the `# `, the first line is indented `lead` spaces and the others `hang` spaces.
    """
    prefix = " " * indent + "# "
    lines = wrap(" ".join(text.split()), max(width - len(prefix), 30), " " * lead, " " * hang)
    return "\n".join(prefix + line for line in lines)


def _date_at(answers: Answers, fraction: float) -> date:
    days = (answers.end - answers.start).days
    return answers.start + timedelta(days=round(days * fraction))


def _examples() -> dict[str, Any]:
    from .resources import resource_dir

    path = resource_dir("templates") / "init" / "voorbeelden.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _phase_context(answers: Answers, toolkit: Any) -> list[dict[str, Any]]:
    """The phases with their key activities and dated example activities for this template."""
    data = _examples()
    kinds_data = data["soorten"]
    chosen = data["sjablonen"][answers.template]
    example_texts = {
        activity.kind: activity.example
        for phase in toolkit.phases
        for activity in phase.key_activities
    }
    phases = []
    number = 0
    for phase in toolkit.phases:
        low, high = PHASE_WINDOWS[phase.key]
        kinds = chosen.get(phase.key, [])
        examples = []
        for index, kind in enumerate(kinds):
            details = kinds_data[kind]
            number += 1
            share = (high - low) / len(kinds)
            examples.append(
                {
                    "id": f"A{number}",
                    "wat": details.get("wat") or example_texts[kind],
                    "soort": kind,
                    "wie": details["wie"],
                    "start": _date_at(answers, low + index * share).isoformat(),
                    "eind": _date_at(answers, low + (index + 1) * share).isoformat(),
                    "doelgroepen": details["doelgroepen"],
                    "adresseert": details["adresseert"],
                    "strategie": details["strategie"],
                    "sessies": details.get("sessies"),
                }
            )
        phases.append(
            {
                "key": phase.key,
                "number": phase.number,
                "name": phase.name,
                "goal": phase.goal,
                "key_activities": [
                    {"kind": a.kind, "section": a.section, "summary": a.summary}
                    for a in phase.key_activities
                ],
                "tips": [{"text": t.text, "source": t.source} for t in phase.tips],
                "examples": examples,
            }
        )
    return phases


def template_context(answers: Answers) -> dict[str, Any]:
    """Everything the init templates use; user text is already YAML-safe."""
    from .knowledge import toolkit as load_toolkit

    toolkit = load_toolkit()
    domains = [
        {"key": key, "label": label, "items": [i for i in toolkit.checklist if i.domain == key]}
        for key, label in toolkit.domains.items()
    ]
    return {
        "schema_file": SCHEMA_FILE,
        "template": answers.template,
        "title": yaml_text(answers.title),
        "name": yaml_text(answers.name),
        "role": answers.role,
        "kind": answers.kind,
        "start": answers.start.isoformat(),
        "end": answers.end.isoformat(),
        "halfway": _date_at(answers, 0.5).isoformat(),
        "third": _date_at(answers, 1 / 3).isoformat(),
        "domains": domains,
        "phases": _phase_context(answers, toolkit),
        "vocab": {
            "roles": ROLES,
            "kinds": KINDS,
            "stakeholder_types": get_args(model.StakeholderType),
            "phase_keys": model.PHASE_KEYS,
            "competences": model.COMPETENCES,
            "target_group_types": model.TARGET_GROUP_TYPES,
            "adoption": get_args(model.AdopterCategory),
            "channel_kinds": get_args(model.ChannelKind),
            "judgements": get_args(model.Judgement),
            "domains": get_args(model.FactorDomain),
            "activity_kinds": get_args(model.ActivityKind),
            "strategies": get_args(model.Strategy),
            "statuses": get_args(model.Status),
            "kpi_themes": get_args(model.KpiTheme),
        },
    }


def render_plan(answers: Answers, name: str = DEFAULT_FILE) -> str:
    """The plan text for `answers`, checked by impl's own loader before anyone sees it."""
    import jinja2

    from .resources import resource_dir

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resource_dir("templates") / "init"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    environment.filters["yaml"] = yaml_text
    environment.filters["comment"] = comment
    environment.filters["join_or"] = lambda items: " | ".join(items)
    try:
        text = environment.get_template(f"{answers.template}.yaml.j2").render(
            template_context(answers)
        )
    except jinja2.TemplateError as error:
        where = f"{getattr(error, 'name', None) or answers.template}"
        line = getattr(error, "lineno", None)
        raise ScaffoldBug(f"sjabloon {where}{f':{line}' if line else ''}: {error}") from error
    check_rendered(text, answers, name)
    return text


def check_rendered(text: str, answers: Answers, name: str) -> None:
    """Raise ScaffoldBug unless `text` is a valid plan carrying exactly the user's answers."""
    from .plan.load import PlanError, load_text

    try:
        plan = load_text(text, name).plan
    except PlanError as error:
        raise ScaffoldBug(
            f"het sjabloon {answers.template} gaf een ongeldig plan:\n{error}"
        ) from None
    got = (plan.title, plan.intervention.name, plan.role, plan.intervention.kind)
    wanted = (answers.title, answers.name, answers.role, answers.kind)
    period = plan.period
    if (
        got != wanted
        or period is None
        or (period.start, period.end) != (answers.start, answers.end)
    ):
        raise ScaffoldBug(f"het sjabloon {answers.template} gaf andere antwoorden terug: {got}")


# --- files ------------------------------------------------------------------------------------


def target_path(plan: Path | None) -> Path:
    """Where the plan goes: the name given, or implementatieplan.yaml (also inside a folder).

    A name without an extension gets `.yaml`, so `impl check MAP` finds the plan later;
    another extension is refused for the same reason.
    """
    if plan is None:
        return Path(DEFAULT_FILE)
    if plan.is_dir():
        return plan / DEFAULT_FILE
    if not plan.suffix:
        return plan.with_name(plan.name + ".yaml")
    if plan.suffix.lower() not in PLAN_SUFFIXES:
        raise UserError(
            f"{plan}: een plan heet *.yaml (of *.yml), anders vindt `impl check` het niet "
            "in een map; kies bijvoorbeeld "
            f"{plan.with_suffix('.yaml').name}"
        )
    return plan


def check_target(path: Path, force: bool) -> None:
    """Refuse early, before any question: a missing folder, or a file without --force."""
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"{path}: de map {folder} bestaat niet; maak die eerst aan")
    if path.exists() and not force:
        raise UserError(
            f"{path}: dit bestand bestaat al en blijft zoals het is; kies een andere naam, "
            "of gebruik --force om het te overschrijven"
        )


def write_schema(folder: Path) -> str:
    """Put the JSON Schema next to the plan for editor completion, never over another file.

    Returns "geschreven", "actueel" (already this version) or "anders" (left alone).
    """
    from .files import write_atomic
    from .plan.schema import schema_json

    path = folder / SCHEMA_FILE
    text = schema_json()
    if path.exists():
        try:
            same = path.read_text(encoding="utf-8") == text
        except (OSError, UnicodeDecodeError):
            same = False
        return "actueel" if same else "anders"
    write_atomic(path, text, overwrite=False)
    return "geschreven"


def shell_word(path: Path | str) -> str:
    """A path as the user can paste it in a shell (bash, PowerShell and cmd for plain names)."""
    text = str(path)
    if re.fullmatch(r"[\w@%+=:,./\\-]+", text):
        return text
    if not re.search(r"[\"$`\\!]", text):
        return f'"{text}"'
    return shlex.quote(text)


def next_steps(path: Path) -> list[tuple[str, str]]:
    """The two commands to run next, each with what it does."""
    document = path.with_suffix(".md")
    return [
        (f"impl check {shell_word(path)}", "laat zien wat er nog ontbreekt: je takenlijst"),
        (
            f"impl render {shell_word(path)} -o {shell_word(document)}",
            "maakt er een leesbaar document van om te delen",
        ),
    ]


def stdin_is_terminal() -> bool:
    """True when a person can answer questions (stdin is a terminal)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


class TerminalAsker:
    """Questions on the terminal; Enter takes the default shown between [ ]."""

    def ask(self, question: str, default: str) -> str:
        import typer

        return typer.prompt(question, default=default, show_default=True)

    def say(self, text: str) -> None:
        import typer

        typer.echo(text)

    def warn(self, text: str) -> None:
        import typer

        typer.echo(text, err=True)


@dataclass(frozen=True)
class Written:
    """What `impl init` wrote, for the closing message."""

    path: Path
    answers: Answers
    schema: str  # "geschreven", "actueel", "anders" or "mislukt"


def init_plan(
    plan: Path | None, given: Given, *, force: bool, today: date, asker: Asker | None
) -> Written:
    """Check the target, gather the answers, render, validate and write the plan atomically.

    Raises UserError (bad flag, missing folder, existing file without --force) before any
    question is asked, and ScaffoldBug if a template fails; in both cases nothing is written.
    """
    from .files import write_atomic

    path = target_path(plan)
    check_target(path, force)
    if asker is not None:
        from .shown import visible

        asker.say(f"Nieuw implementatieplan: {visible(path)}")
        asker.say("Een paar vragen; Enter neemt het voorstel tussen [ ] over.")
        asker.say("")
    answers = resolve_answers(given, today, asker)
    text = render_plan(answers, str(path))
    write_atomic(path, text, overwrite=force, replace_plan=force)
    try:
        schema = write_schema(path.parent)
    except (UserError, OSError):
        schema = "mislukt"  # the plan is written; the schema is only an editor convenience
    return Written(path, answers, schema)


def summary(written: Written) -> list[str]:
    """The closing message: what was written, with what, and the two commands to run next."""
    answers = written.answers
    schema_path = written.path.parent / SCHEMA_FILE
    lines = [
        f"Plan geschreven: {written.path}",
        f"  sjabloon {answers.template} ({TEMPLATE_HELP[answers.template]})",
        f"  periode {answers.start.isoformat()} tot en met {answers.end.isoformat()}",
    ]
    if written.schema == "geschreven":
        lines.append(f"Schema voor aanvullen en controleren in je editor: {schema_path}")
    elif written.schema == "anders":
        lines.append(
            f"Let op: {schema_path} bestond al en is niet aangeraakt; past het niet meer bij "
            f"deze versie van impl, vernieuw het dan met: impl schema -o {shell_word(schema_path)}"
        )
    elif written.schema == "mislukt":
        lines.append(
            f"Let op: het schema voor je editor kon niet naar {schema_path} geschreven worden; "
            "het plan zelf is in orde."
        )
    lines += ["", "Zo ga je verder:"]
    for command, meaning in next_steps(written.path):
        lines += [f"  {command}", f"      {meaning}"]
    return lines
