"""pydantic's validation errors put into Dutch, each at its place in the plan: a missing or
unknown key (with the key that was probably meant), a wrong value (with the choices), a
comma inside `{ }` that YAML read as the end of a text."""

from __future__ import annotations

import difflib
import functools
import re
import typing
from typing import Any, NamedTuple

from pydantic import BaseModel, ValidationError

from .model import Plan
from .yamlbase import Position, Positions, YamlPath, show_path


class Located(NamedTuple):
    """One pydantic error with its place in the data, not yet put into words."""

    path: YamlPath
    item: Any


def locate(
    error: ValidationError, data: dict[str, Any], positions: Positions
) -> list[tuple[Position, Located]]:
    found = []
    for item in error.errors(include_url=False):
        path = _data_path(data, item["loc"])
        if item["type"] == "extra_forbidden":
            field = str(item["loc"][-1])
            path = (*path, field) if path[-1:] != (field,) else path
            where = positions.of_key(path)
        else:
            where = positions.of(path)
        found.append((where, Located(path, item)))
    return found


class Translator:
    """Puts located pydantic errors into Dutch."""

    def __init__(self, located: list[Located]) -> None:
        self.unknown: dict[YamlPath, list[str]] = {}
        for entry in located:
            if entry.item["type"] == "extra_forbidden":
                self.unknown.setdefault(entry.path[:-1], []).append(str(entry.path[-1]))

    def message(self, entry: Located) -> str | None:
        """The Dutch sentence, or None when another message already says it."""
        item, path = entry.item, entry.path
        kind = item["type"]
        if kind == "missing":
            field = str(item["loc"][-1])
            # `nam: X` gives both "unknown key nam (did you mean naam?)" and "naam is
            # missing"; the first says it all.
            typos = self.unknown.get(path, [])[:20]
            if any(close_key(typo, path) == field for typo in typos):
                return None
            return f"verplicht veld `{field}` ontbreekt{_inside(path)}"
        if kind == "extra_forbidden":
            field = str(path[-1])
            return f"onbekende sleutel `{field}`{_inside(path[:-1])}" + _hint_key(field, path[:-1])
        return _value_message(item, path)


def comma_in_braces(entry: Located, lines: list[str], where: Position) -> str | None:
    """Explain `{wat: Inzet coaches (1,6 fte), bedrag: 5000}`: YAML ends the text at the comma
    and reads `6 fte)` as a key without a value. The README and voorbeelden teach the brace
    style, so this trap is impl's to explain, not a mere "unknown key"."""
    if entry.item["type"] != "extra_forbidden" or entry.item.get("input") is not None:
        return None
    if not 0 < where.line <= len(lines):
        return None
    line = lines[where.line - 1]
    before = line[: where.column - 1].rstrip()
    if not before.endswith(",") or before.count("{") <= before.count("}"):
        return None
    key = str(entry.path[-1])
    start = max(before.rfind("{"), before.rfind(",", 0, len(before) - 1)) + 1
    previous = before[start:-1]
    name, colon, value = previous.partition(":")
    if not colon or not value.strip():
        return None
    name, value = name.strip(), value.strip()
    if re.fullmatch(r"[-+]?\d+", value) and re.fullmatch(r"\d+", key):
        decimal = f"{value}.{key}".rstrip("0").rstrip(".")
        return (
            f"hier staat een komma in het getal `{value},{key}` tussen `{{ }}`; YAML leest "
            f"de komma als het einde van `{name}` en `{key}` als een nieuwe sleutel. Schrijf "
            f"{value}{key} als je {value}{key} bedoelt, of {decimal} als je "
            f"{decimal.replace('.', ',')} bedoelt (een punt staat in een plan voor de komma)"
        )
    whole = f"{value}, {key}" if line[len(before) : where.column - 1] else f"{value},{key}"
    return (
        f"hier staat een komma in een tekst tussen `{{ }}`; YAML leest wat na de komma komt "
        f"(`{key}`) als een nieuwe sleutel. Zet de hele tekst tussen aanhalingstekens: "
        f'{name}: "{whole}"'
    )


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


def _value_message(item: Any, path: YamlPath) -> str:
    name = next((str(e) for e in reversed(path) if isinstance(e, str)), None)
    if path and isinstance(path[-1], int) and name:
        field = f"item {path[-1] + 1} van `{name}`"
    else:
        field = f"`{name}`" if name else "deze waarde"
    kind = item["type"]
    value = item.get("input")
    empty = value is None
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", item["ctx"]["expected"])
        choose = f"kies uit: {', '.join(options)}"
        if empty:
            return f"{field} is leeg; {choose}"
        close = _close_matches(str(value), tuple(options), 0.6)
        hint = f" (bedoelde je `{close[0]}`?)" if close else ""
        return f"{_show(value)} is geen geldige waarde voor {field}; {choose}{hint}"
    if kind == "string_type":
        if empty:
            return f"{field} is leeg; vul een tekst in of haal de regel weg"
        if isinstance(value, bool):
            return f"{field} moet tekst zijn; zet {str(value).lower()} tussen aanhalingstekens"
        return f"{field} moet één tekst zijn, geen lijst of blok"
    if kind == "list_type":
        return (
            f"{field} moet een lijst zijn, niet {_show(value)}: zet elk item op een eigen "
            "regel die begint met `- `"
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        keys = _allowed_keys(path)
        example = f" (zoals `{keys[0]}: ...`)" if keys else ""
        what = "is leeg" if empty else f"moet een blok met sleutels zijn, niet {_show(value)}"
        return (
            f"{field} {what}; zet de sleutels{example} op de regels eronder, "
            "iets verder ingesprongen"
        )
    if item["msg"] and not item["msg"][0].isupper():  # our own PydanticCustomError texts
        return f"{field}: {item['msg']}"
    return f"ongeldige waarde voor {field} ({item['msg']})"


def _show(value: Any) -> str:
    """A value as the user wrote it, short enough for one line."""
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een blok met sleutels"
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _hint_key(field: str, parent: YamlPath) -> str:
    allowed = _allowed_keys(parent)
    if not allowed:
        return ""
    if field == "<<":
        return "; samenvoegen met `<<` kan niet in een plan, schrijf de sleutels uit"
    close = [hit] if (hit := close_key(field, parent)) else []
    if close:
        return f"; bedoelde je `{close[0]}`?"
    return f"; hier horen: {', '.join(allowed)}"


def close_key(field: str, parent: YamlPath) -> str | None:
    """The allowed key that `field` most likely misspells, if one is close enough."""
    cleaned = field.strip().strip("'\"‘’“”„").lower()
    keys = tuple(_allowed_keys(tuple(e for e in parent if isinstance(e, str))))
    close = _close_matches(cleaned, keys, 0.7)
    return close[0] if close else None


@functools.lru_cache(maxsize=1024)
def _close_matches(word: str, options: tuple[str, ...], cutoff: float) -> list[str]:
    # Cached: a generated plan can repeat the same typo thousands of times. Keys are short,
    # so they need a stricter cutoff than values (`begin` is not a typo of `eind`).
    return difflib.get_close_matches(word, options, n=1, cutoff=cutoff)


@functools.lru_cache(maxsize=256)
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
