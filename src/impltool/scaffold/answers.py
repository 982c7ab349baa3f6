"""The user's answers to `impl init`: from flags, from questions, or from defaults.

Every flag is read before the first question, so a mistyped flag never costs the user a
round of questions. The choices (roles, kinds of intervention) are the plan model's own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, get_args

from ..errors import UserError
from ..plan import vocabulary
from .period import default_end, default_start, parse_date_option, parse_typed_date
from .prompt import Asker, Question, ask

TEMPLATES: tuple[str, ...] = ("basis", "ontwikkelaar", "online_platform")
ROLES: tuple[str, ...] = get_args(vocabulary.Role)
KINDS: tuple[str, ...] = get_args(vocabulary.InterventionKind)
DEFAULT_NAME = "Nieuwe interventie"

# What each choice means, shown next to the numbered options.
ROLE_HELP = {
    "uitvoerende_organisatie": (
        "je voert een interventie in, in je eigen organisatie of samen met partners; ook als "
        "coördinator of beleidsmedewerker van een gemeente"
    ),
    "ontwikkelaar": "je ontwikkelde de interventie en verspreidt haar",
}
KIND_HELP = {
    "sociale_interventie": (
        "een beschreven methode met vaste werkzame elementen, vaak met een handleiding of "
        "erkenning (zoals in de Databank Effectieve sociale interventies)"
    ),
    "online_platform": "een website of app, zoals een burenhulp-marktplaats",
    "werkwijze": (
        "een nieuwe manier van werken of samenwerken in team, organisatie of wijk, zonder "
        "vaste methode"
    ),
    "instrument": "een hulpmiddel: een vragenlijst of gespreksmodel",
}
TEMPLATE_HELP = {
    "basis": "voor een organisatie die een interventie invoert",
    "ontwikkelaar": "met de activiteiten van de ontwikkelfase en de verspreiding",
    "online_platform": "met de IMPACT-stappen: offline partners en platform-KPI's",
}


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
    organisation: str = ""  # empty: the user fills it in later
    author: str = ""


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
    organisation: str | None = None
    author: str | None = None


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


def parse_optional_text(text: str, what: str) -> str:
    """An answer that may stay empty for now (Enter): one line of text, or nothing."""
    return parse_text(text, what) if text.strip() else ""


def default_template(role: str, kind: str) -> str:
    """online_platform for a platform, ontwikkelaar for a developer, else basis."""
    if kind == "online_platform":
        return "online_platform"
    if role == "ontwikkelaar":
        return "ontwikkelaar"
    return "basis"


@dataclass(frozen=True)
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
            "organisation",
            "--organisatie",
            "Organisatie die het plan uitvoert (Enter: later invullen)",
            lambda t: parse_optional_text(t, "de organisatie"),
        ),
        _Field(
            "author",
            "--auteur",
            "Jouw naam en functie, als schrijver van het plan (Enter: later invullen)",
            lambda t: parse_optional_text(t, "de auteur"),
        ),
        _Field(
            "role",
            "--rol",
            "In welke rol schrijf je het plan?",
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
            "Startdatum van de implementatie (bv. 1 februari 2027)",
            parse_date_option,
            typed=parse_typed_date,
        ),
        _Field(
            "end",
            "--eind",
            "Einddatum van de implementatie (bv. 31 januari 2029)",
            parse_date_option,
            typed=parse_typed_date,
        ),
    ]


def _period_objection(key: str, values: dict[str, Any]) -> Callable[[Any], str | None]:
    """What is wrong with a date typed for `key`, given the answers so far."""

    def objection(answer: Any) -> str | None:
        if key == "end" and answer < values["start"]:
            return f"de einddatum ligt voor de startdatum ({values['start'].isoformat()})"
        if key == "start" and "end" in values and answer > values["end"]:
            return f"de startdatum ligt na de einddatum ({values['end'].isoformat()}, uit --eind)"
        return None

    return objection


def resolve_answers(given: Given, today: date, asker: Asker | None = None) -> Answers:
    """Turn flags, answers to questions (when `asker` is given) and defaults into Answers.

    Every flag is checked before the first question, so a mistyped flag never costs the user
    a round of questions. Raises UserError for an invalid flag value.
    """
    values, template = _flag_values(given)
    for item in _fields():
        if item.key in values:
            continue
        default = _default(item.key, values, template, today)
        if asker is None:
            values[item.key] = default
            continue
        question = Question(
            item.question,
            item.typed or item.parse,
            item.options,
            item.help,
            _period_objection(item.key, values),
        )
        values[item.key] = ask(asker, question, default)
    return Answers(
        title=values["title"],
        name=values["name"],
        role=values["role"],
        kind=values["kind"],
        start=values["start"],
        end=values["end"],
        template=template or default_template(values["role"], values["kind"]),
        organisation=values["organisation"],
        author=values["author"],
    )


def _flag_values(given: Given) -> tuple[dict[str, Any], str | None]:
    """The values the flags give, parsed, and the template asked for; UserError for a flag
    that does not parse, or an end date before the start date."""
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
    return values, template


def _default(key: str, values: dict[str, Any], template: str | None, today: date) -> Any:
    """The default for `key`, from what is already known (earlier answers come first)."""
    if key == "name":
        return DEFAULT_NAME
    if key == "title":
        return f"Implementatieplan {values['name']}"
    if key == "role":
        return "ontwikkelaar" if template == "ontwikkelaar" else ROLES[0]
    if key == "kind":
        return "online_platform" if template == "online_platform" else KINDS[0]
    if key in ("organisation", "author"):
        return ""
    if key == "start":
        return default_start(today, values.get("end"))
    return default_end(values["start"])
