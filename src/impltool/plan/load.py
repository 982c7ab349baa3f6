"""Load a plan file: bytes → text → data with positions → a validated Plan.

Every input error becomes a `Problem` with file, line, column and one Dutch sentence; all
problems found are reported together in a `PlanError`.
"""

from __future__ import annotations

import codecs
import difflib
import re
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .model import FORMAT_VERSION, Plan
from .yamlread import START, Position, Positions, YamlPath, YamlProblem, read_yaml

MAX_FILE_BYTES = 10 * 1024 * 1024
# Lists whose items other parts of the plan refer to by id.
ID_LISTS = ("doelen", "betrokkenen", "doelgroepen", "kpis", "factoren")


@dataclass(frozen=True)
class Problem:
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


@dataclass
class LoadedPlan:
    """A valid plan together with where each of its parts stands in the file."""

    file: str
    plan: Plan
    data: dict[str, Any]
    positions: Positions


def load_plan(path: Path | str) -> LoadedPlan:
    """Read and validate one plan file, or raise PlanError."""
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PlanError([Problem(name, 1, 1, "dit bestand bestaat niet")]) from None
    except IsADirectoryError:
        raise PlanError([Problem(name, 1, 1, "dit is een map, geen planbestand")]) from None
    except OSError as error:
        message = f"kan dit bestand niet lezen ({error.strerror or error})"
        raise PlanError([Problem(name, 1, 1, message)]) from None
    return load_text(decode(raw, name), name)


def decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) to text; anything else is a clear error."""
    if len(raw) > MAX_FILE_BYTES:
        raise PlanError(
            [
                Problem(
                    name,
                    1,
                    1,
                    f"het bestand is {len(raw) // (1024 * 1024)} MB; een plan mag hoogstens "
                    f"{MAX_FILE_BYTES // (1024 * 1024)} MB zijn",
                )
            ]
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PlanError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "het bestand is opgeslagen als UTF-16; sla het op als UTF-8 "
                    "(in Kladblok: Opslaan als → Codering: UTF-8)",
                )
            ]
        )
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[line_start : error.start].decode("utf-8", errors="replace")) + 1
        byte = raw[error.start]
        raise PlanError(
            [
                Problem(
                    name,
                    line,
                    column,
                    f"het bestand is geen UTF-8 (teken 0x{byte:02X} hier; vaak een é of ë uit "
                    "een Windows-programma); sla het op als UTF-8 "
                    "(in Kladblok: Opslaan als → Codering: UTF-8)",
                )
            ]
        ) from None


def load_text(text: str, name: str = "<plan>") -> LoadedPlan:
    """Validate plan text; `name` is how messages refer to the file."""

    def problem(position: Position, message: str) -> Problem:
        return Problem(name, position.line, position.column, message)

    try:
        data, positions, yaml_problems = read_yaml(text)
    except YamlProblem as error:
        raise PlanError([problem(error.position, error.message)]) from None
    problems = [problem(p.position, p.message) for p in yaml_problems]

    if data is None:
        raise PlanError(
            [*problems, problem(START, "het bestand is leeg; begin met `impl init` voor een opzet")]
        )
    if not isinstance(data, dict):
        kind = "een lijst" if isinstance(data, list) else "alleen een tekst"
        raise PlanError(
            [
                *problems,
                problem(
                    START,
                    f"het plan is {kind}; een plan bestaat uit sleutels met waarden, "
                    "te beginnen met `formaat: 1` en `titel: ...`",
                ),
            ]
        )

    version_problem = _check_format(data, positions)
    if version_problem:
        raise PlanError([*problems, problem(*version_problem)])
    problems += [problem(*p) for p in _duplicate_ids(data, positions)]

    try:
        plan = Plan.model_validate(data)
    except ValidationError as error:
        problems += [problem(*p) for p in _translate(error, data, positions)]
        plan = None
    if problems or plan is None:
        raise PlanError(sorted(problems, key=lambda p: (p.line, p.column)))
    return LoadedPlan(file=name, plan=plan, data=data, positions=positions)


def _check_format(data: dict[str, Any], positions: Positions) -> tuple[Position, str] | None:
    if "formaat" not in data:
        return START, "`formaat: 1` ontbreekt; zet die regel bovenaan het plan"
    value = data["formaat"]
    if value in (FORMAT_VERSION, str(FORMAT_VERSION)):
        data["formaat"] = FORMAT_VERSION
        return None
    return (
        positions.of(("formaat",)),
        f"formaat {value!r} ken ik niet; deze versie van impl leest formaat {FORMAT_VERSION}",
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


# --- pydantic errors in Dutch -------------------------------------------------------------


def _translate(
    error: ValidationError, data: dict[str, Any], positions: Positions
) -> list[tuple[Position, str]]:
    results = []
    seen: set[tuple[YamlPath, str]] = set()
    for item in error.errors(include_url=False):
        path = _data_path(data, item["loc"])
        kind = item["type"]
        if kind == "missing":
            field = str(item["loc"][-1])
            where = positions.of(path)
            message = f"verplicht veld `{field}` ontbreekt{_inside(path)}"
        elif kind == "extra_forbidden":
            field = str(item["loc"][-1])
            path = (*path, field) if path[-1:] != (field,) else path
            where = positions.of_key(path)
            message = f"onbekende sleutel `{field}`{_inside(path[:-1])}" + _hint_key(
                field, path[:-1]
            )
        else:
            where = positions.of(path)
            message = _value_message(item, path)
        if (path, message) in seen:  # a union reports one wrong value once per member
            continue
        seen.add((path, message))
        results.append((where, message))
    return results


def _data_path(data: Any, loc: tuple[Any, ...]) -> YamlPath:
    """Follow pydantic's loc through the data, dropping entries that are not keys."""
    path: list[str | int] = []
    current = data
    for entry in loc:
        in_map = isinstance(current, dict) and isinstance(entry, str) and entry in current
        in_list = isinstance(current, list) and isinstance(entry, int) and 0 <= entry < len(current)
        if in_map or in_list:
            current = current[entry]
            path.append(entry)
    return tuple(path)


def _inside(path: YamlPath) -> str:
    return f" in `{show_path(path)}`" if path else ""


def show_path(path: YamlPath) -> str:
    """`doelgroepen[2].kanalen`: the path as users see it, counting items from 1."""
    text = ""
    for entry in path:
        text += f"[{entry + 1}]" if isinstance(entry, int) else (f".{entry}" if text else entry)
    return text


def _value_message(item: Any, path: YamlPath) -> str:
    field = next((str(e) for e in reversed(path) if isinstance(e, str)), "deze waarde")
    kind = item["type"]
    value = item.get("input")
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", item["ctx"]["expected"])
        text = f"{value!r} is geen geldige waarde voor `{field}`; kies uit: {', '.join(options)}"
        close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)
        return text + (f" (bedoelde je `{close[0]}`?)" if close else "")
    if kind == "string_type":
        if isinstance(value, bool):
            return f"`{field}` moet tekst zijn; zet {str(value).lower()} tussen aanhalingstekens"
        if isinstance(value, list | dict):
            return f"`{field}` moet één tekst zijn, geen lijst of blok"
        return f"`{field}` moet tekst zijn"
    if kind == "list_type":
        return f"`{field}` moet een lijst zijn: zet elk item op een eigen regel die begint met `- `"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return (
            f"`{field}` moet een blok met sleutels zijn (zoals `naam: ...` op de regels "
            "eronder, iets verder ingesprongen)"
        )
    if kind.startswith(("int_", "float_")):
        return f"`{field}` moet een getal zijn, niet {value!r}"
    if kind.startswith("bool_"):
        return f"`{field}` moet true of false zijn, niet {value!r}"
    if item["msg"] and not item["msg"][0].isupper():  # our own PydanticCustomError texts
        return f"`{field}`: {item['msg']}" if path and isinstance(path[-1], str) else item["msg"]
    return f"ongeldige waarde voor `{field}` ({item['msg']})"


def _hint_key(field: str, parent: YamlPath) -> str:
    allowed = _allowed_keys(parent)
    if not allowed:
        return ""
    close = difflib.get_close_matches(field.strip().lower(), allowed, n=1, cutoff=0.6)
    if close:
        return f"; bedoelde je `{close[0]}`?"
    return f"; hier horen: {', '.join(allowed)}"


def _allowed_keys(path: YamlPath) -> list[str]:
    """The keys the model accepts at `path` (a path of keys and list indexes)."""
    model: type[BaseModel] | None = Plan
    for entry in path:
        if isinstance(entry, int) or model is None:
            continue
        fields = {(f.alias or n): f for n, f in model.model_fields.items()}
        field = fields.get(entry)
        model = _model_in(field.annotation) if field else None
    if model is None:
        return []
    return [f.alias or n for n, f in model.model_fields.items()]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = _model_in(argument)
        if found:
            return found
    return None
