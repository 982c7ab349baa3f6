"""Load a plan file: bytes → text → data with positions → a validated Plan.

Every input error becomes a `Problem` with file, line, column and one Dutch sentence; all
problems found are reported together in a `PlanError`.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from .detect import ENCODING_NAMES, is_plan_data, sniff_encoding
from .detect import FORMAT_LINE as _FORMAT_LINE
from .explain import Located, Translator, close_key, comma_in_braces, locate
from .model import FORMAT_VERSION, Plan
from .yamlbase import START, Position, Positions, YamlPath, YamlProblem
from .yamlread import read_yaml

MAX_FILE_BYTES = 10 * 1024 * 1024
# More errors than this are not read one by one; the rest is counted.
MAX_PROBLEMS = 100
# Above this many parts (a real plan of 2,000 activities has 26,000), long lists are first
# validated by their start only (see load_text).
SAMPLE_ABOVE_PARTS = 20_000
SAMPLE_ITEMS = 500
# Lists whose items other parts of the plan refer to by id.
ID_LISTS = ("doelen", "betrokkenen", "doelgroepen", "kpis", "factoren")


class Problem(NamedTuple):
    """One input error, with its place in the file."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class PlanError(Exception):
    """A plan that cannot be read or validated; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class LoadedPlan(NamedTuple):
    """A valid plan together with where each of its parts stands in the file, and notices:
    places that are valid YAML but probably not what the writer meant."""

    file: str
    plan: Plan
    data: dict[str, Any]
    positions: Positions
    notices: tuple[Problem, ...] = ()


class NotAPlan(Exception):
    """A YAML file found in a folder that is not a plan (no top-level `formaat:`)."""


def load_plan(path: Path | str, *, only_plans: bool = False) -> LoadedPlan:
    """Read and validate one plan file, or raise PlanError.

    With `only_plans` (a file found inside a folder), a file that is not a plan raises
    NotAPlan instead; what a plan is, is decided by reading it (plan.detect).
    """
    from ..files import read_error_text, read_regular

    path = Path(path)
    name = str(path)
    try:
        raw = read_regular(path, MAX_FILE_BYTES + 1)  # never more than the limit in memory
    except FileNotFoundError:
        raise _error(name, 1, 1, "dit bestand bestaat niet") from None
    except IsADirectoryError:
        raise _error(name, 1, 1, "dit is een map, geen planbestand") from None
    except OSError as error:
        raise _error(name, 1, 1, f"kan dit bestand niet lezen: {read_error_text(error)}") from None
    if not only_plans:
        return load_text(decode(raw, name), name)
    from .detect import is_plan_text

    try:
        text = decode(raw, name)
    except PlanError:
        if is_plan_text(raw):
            raise
        raise NotAPlan(name) from None
    return load_text(text, name, only_plans=True)


UTF8_ADVICE = "sla het op als UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8)"


def decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) to text; anything else is a clear error."""
    if len(raw) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        message = f"het bestand is groter dan {limit} MB; is dit wel een plan?"
        raise _error(name, 1, 1, message)
    encoding, _ = sniff_encoding(raw)
    if encoding in ENCODING_NAMES:  # UTF-16 or UTF-32, with or without a byte order mark
        shown = ENCODING_NAMES[encoding]
        raise _error(name, 1, 1, f"het bestand is opgeslagen als {shown}; {UTF8_ADVICE}")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if b"\x00" in raw[:4096]:
        # Not a text file at all (a .docx, a PDF).
        raise _error(
            name,
            1,
            1,
            "dit is geen tekstbestand (misschien een Word-document of pdf); een plan is "
            "platte tekst in YAML, te bewerken met bijvoorbeeld Kladblok of VS Code",
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[line_start : error.start].decode("utf-8", errors="replace")) + 1
        message = (
            f"het bestand is geen UTF-8 ({_windows_character(raw[error.start])}); {UTF8_ADVICE}"
        )
        raise _error(name, line, column, message) from None


def _windows_character(byte: int) -> str:
    """What a byte that is no UTF-8 most likely was: Windows-1252, as Kladblok and Word save."""
    try:
        character = bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: not in Windows-1252 either
        return f"teken 0x{byte:02X} hier"
    if character.isprintable() and not character.isspace():
        return f"teken 0x{byte:02X} hier: in Windows-1252 is dat {character}"
    return f"teken 0x{byte:02X} hier: in Windows-1252 is dat een onzichtbaar teken"


def _error(name: str, line: int, column: int, message: str) -> PlanError:
    return PlanError([Problem(name, line, column, message)])


def load_text(text: str, name: str = "<plan>", *, only_plans: bool = False) -> LoadedPlan:
    """Validate plan text; `name` is how messages refer to the file.

    With `only_plans`, text that is not a plan raises NotAPlan (see load_plan).
    """
    data, positions, problems = _read_mapping(text, name, only_plans=only_plans)
    version_problem = _check_format(data, positions)
    if version_problem:
        if "formaat" in data:  # another version: its keys may mean something else
            raise PlanError([*problems, _problem(name, *version_problem)])
        # Missing: check the rest as version 1. A misspelt `format:` gets its own
        # "did you mean" message below, which is enough.
        typos = [key for key in list(data)[:20] if close_key(key, ()) == "formaat"]
        if not typos:
            problems.append(_problem(name, *version_problem))
        data["formaat"] = FORMAT_VERSION
    found: list[tuple[Position, Any]] = [*_duplicate_ids(data, positions)]
    plan = None
    sampled = False
    try:
        sample = _sample(data) if len(positions.values) > SAMPLE_ABOVE_PARTS else data
        if sample is not data:
            # A very large file: validate the start of every long list first. If that
            # already fails, those errors are what the user needs to see, and a million
            # error objects for the rest would cost seconds and gigabytes.
            sampled = True
            Plan.model_validate(sample)
            sampled = False
        plan = Plan.model_validate(data)
    except ValidationError as error:
        found += locate(error, data, positions)
    if problems or found or plan is None:
        raise PlanError(_report(problems, found, data, name, sampled=sampled, source=text))
    notices = tuple(
        _problem(name, where, message) for where, message in _cut_texts(text, positions, data)
    )
    return LoadedPlan(file=name, plan=plan, data=data, positions=positions, notices=notices)


def _problem(name: str, position: Position, message: str) -> Problem:
    return Problem(name, position.line, position.column, message)


def _read_mapping(
    text: str, name: str, *, only_plans: bool
) -> tuple[dict[str, Any], Positions, list[Problem]]:
    """The YAML read into a mapping with positions, and the problems that do not stop the
    reading; PlanError when the text is no mapping at all (NotAPlan with `only_plans`)."""
    try:
        data, positions, yaml_problems = read_yaml(text)
    except YamlProblem as error:
        if only_plans and not _FORMAT_LINE.search(text.replace("\r", "\n")):
            raise NotAPlan(name) from None
        syntax = [_problem(name, p.position, p.message) for p in (error, *error.elsewhere)]
        raise PlanError(_report(syntax, [], {}, name)) from None
    if only_plans and not is_plan_data(data):
        raise NotAPlan(name)
    problems = [_problem(name, p.position, p.message) for p in yaml_problems]
    if data is None:
        empty = "het bestand is leeg; begin met `impl init` voor een opzet"
        raise PlanError([*problems, _problem(name, START, empty)])
    if not isinstance(data, dict):
        kind = "een lijst" if isinstance(data, list) else "alleen een tekst"
        message = (
            f"het plan is {kind}; een plan bestaat uit sleutels met waarden, "
            "te beginnen met `formaat: 1` en `titel: ...`"
        )
        raise PlanError([*problems, _problem(name, START, message)])
    return data, positions, problems


# `wat: Feest #1 voor alle koppelingen`: a `#` right against the next word looks like part of
# the text, but after a space YAML reads it as the start of a comment.
_AGAINST_TEXT = re.compile(r"[ \t]+#[^\s#]")


def _cut_texts(text: str, positions: Positions, data: dict[str, Any]) -> list[tuple[Position, str]]:
    """Plain texts that a comment cut short on their line, with a notice for each."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.find, not a regex or a loop over every line: `impl check` must stay fast.
    suspect = set()
    number, line_start = 1, 0
    at = text.find(" #")
    while at != -1:
        after = text[at + 2 : at + 3]
        if not after or after.isspace() or after == "#":
            at = text.find(" #", at + 2)
            continue
        if newlines := text.count("\n", line_start, at):
            number += newlines
            line_start = text.rfind("\n", line_start, at) + 1
        if text[line_start:at].strip():
            suspect.add(number)
        end = text.find("\n", at)  # the rest of this line is comment anyway
        at = -1 if end == -1 else text.find(" #", end)
    if not suspect:
        return []
    lines = text.split("\n")
    notices = []
    for path, where in positions.values.items():
        if where.line not in suspect or not path:
            continue
        value = value_at(data, path)
        if not isinstance(value, str) or not value:
            continue
        line = lines[where.line - 1]
        start = where.column - 1
        rest = line[start + len(value) :]
        if line[start : start + len(value)] != value or not _AGAINST_TEXT.match(rest):
            continue
        key = next((part for part in reversed(path) if isinstance(part, str)), "")
        whole = f"{value}{rest}".rstrip()
        quote = "'" if '"' in whole else '"'
        notices.append(
            (
                where,
                f"let op: `{key}` is alleen '{value}'; YAML leest alles vanaf ` #` als "
                "uitleg. Hoort de rest bij de tekst, zet de hele tekst dan tussen "
                f"aanhalingstekens: {key}: {quote}{whole}{quote}",
            )
        )
    return notices


def value_at(data: Any, path: YamlPath) -> Any:
    """The value at `path` in plain plan data; None where the path leads nowhere."""
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _sample(data: Any) -> Any:
    """`data` with every list cut to its first SAMPLE_ITEMS items (the same indexes); `data`
    itself when no list is that long."""
    if isinstance(data, dict):
        values = {key: _sample(value) for key, value in data.items()}
        same = all(values[key] is value for key, value in data.items())
        return data if same else values
    if isinstance(data, list):
        items = [_sample(item) for item in data[:SAMPLE_ITEMS]]
        same = len(data) <= SAMPLE_ITEMS and all(a is b for a, b in zip(items, data, strict=True))
        return data if same else items
    return data


def _report(
    problems: list[Problem],
    found: list[tuple[Position, Any]],
    data: dict[str, Any],
    name: str,
    *,
    sampled: bool = False,
    source: str = "",
) -> list[Problem]:
    """All problems in file order; only the first MAX_PROBLEMS get a message.

    Wording a pydantic error (with its "did you mean" search) costs time, and a hostile
    file can hold a hundred thousand of them: count the rest instead. `sampled`: only the
    start of the long lists was validated, so there may be more than were found.
    """
    partly = (
        f" (impl heeft van elke lange lijst alleen de eerste {SAMPLE_ITEMS} items gecontroleerd)"
        if sampled
        else ""
    )
    merged: list[tuple[Position, Any]] = [
        (Position(p.line, p.column), p.message) for p in problems
    ] + found
    merged.sort(key=lambda entry: entry[0])
    translator = Translator([entry for _, entry in found if isinstance(entry, Located)])
    lines = source.splitlines()
    shown: list[Problem] = []
    seen: set[tuple[YamlPath, str]] = set()
    for index, (where, entry) in enumerate(merged):
        if len(shown) == MAX_PROBLEMS:
            rest = f"{len(merged) - index:,}".replace(",", ".")
            at_least = "minstens " if sampled else ""
            message = (
                f"en nog {at_least}{rest} fouten vanaf hier{partly}; los eerst de fouten "
                "hierboven op"
            )
            shown.append(Problem(name, where.line, where.column, message))
            return shown
        if isinstance(entry, Located):
            wording = comma_in_braces(entry, lines, where) or translator.message(entry)
            if wording is None or (entry.path, wording) in seen:
                continue  # a union reports one wrong value once per member
            seen.add((entry.path, wording))
            message = wording
        else:
            message = entry
        shown.append(Problem(name, where.line, where.column, message))
    if sampled and shown:
        last = shown[-1]
        message = f"misschien staan er verderop nog meer fouten{partly}; los eerst deze op"
        shown.append(Problem(name, last.line, last.column, message))
    return shown


def _check_format(data: dict[str, Any], positions: Positions) -> tuple[Position, str] | None:
    if "formaat" not in data:
        return START, "`formaat: 1` ontbreekt; zet die regel bovenaan het plan"
    value = data["formaat"]
    if value in (FORMAT_VERSION, str(FORMAT_VERSION)):
        data["formaat"] = FORMAT_VERSION
        return None
    where = positions.of(("formaat",))
    if not isinstance(value, str):
        return where, f"`formaat` moet een getal zijn: zet `formaat: {FORMAT_VERSION}`"
    return (
        where,
        f"formaat {value} ken ik niet; deze versie van impl leest alleen formaat "
        f"{FORMAT_VERSION} (een nieuwere versie van impl nodig?)",
    )


def _duplicate_ids(data: dict[str, Any], positions: Positions) -> list[tuple[Position, str]]:
    found = []
    for list_name in ID_LISTS:
        items = data.get(list_name)
        if not isinstance(items, list):
            continue
        first_line: dict[str, int] = {}
        for index, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            item_id = item["id"]
            where = positions.of((list_name, index, "id"))
            if item_id in first_line:
                found.append(
                    (
                        where,
                        f"id {item_id!r} staat twee keer in `{list_name}`: op regel "
                        f"{first_line[item_id]} en op regel {where.line}; een id moet uniek zijn",
                    )
                )
            else:
                first_line[item_id] = where.line
    return found
