"""How impl reads one YAML scalar: only `true`/`false` are booleans, while `no`, `on`, `010`
and `12:30` stay text (pydantic converts text where a field wants a number or date), and
every tag but the plain YAML ones is refused: `!!python/...` must never mean anything."""

from __future__ import annotations

from typing import Any

import yaml

from .yamlbase import Position, YamlProblem

_YAML_TAG = "tag:yaml.org,2002:"
_STANDARD_TAGS = {
    f"{_YAML_TAG}{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_NULL = {"", "~", "null", "Null", "NULL"}


def check_tag(tag: str | None, position: Position) -> None:
    """Refuse every tag but the plain YAML ones: `!!python/...` must never mean anything."""
    if tag is None or tag == "!" or tag in _STANDARD_TAGS:
        return
    shown = "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag
    raise YamlProblem(
        position,
        f"het label `{shown}` wordt niet ondersteund; haal het weg (een plan bevat alleen "
        "tekst, getallen, datums, true en false)",
    )


_STR_TAG = f"{_YAML_TAG}str"
# What a plain (unquoted) scalar means when it is not just text.
PLAIN_MEANING: dict[str, bool | None] = {
    **dict.fromkeys(_TRUE, True),
    **dict.fromkeys(_FALSE, False),
    **dict.fromkeys(_NULL, None),
}


def scalar_value(event: yaml.ScalarEvent, position: Position) -> Any:
    tag = event.tag
    if tag is not None:
        check_tag(tag, position)
        if tag == _STR_TAG:
            return event.value  # explicitly text
    value = event.value
    if event.style:
        return value  # quoted or block text
    return PLAIN_MEANING.get(value, value)
