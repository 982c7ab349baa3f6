"""The form's structure, read from the plan model and the plan's data: nothing here names a
plan key except the references (`references.py`).

Every field of the model becomes an input of the kind its type asks for: a text, a long text,
a date, a number, a whole number, a choice (from its Literal), yes/no, several choices (a list
of a Literal or of references), a block of fields (a nested model) or a list with add,
remove and reorder. Labels and help come from the model (plan/fields.py), so a new optional
field in the model shows up in the form without code here.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Union

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..plan import fields
from ..plan.model import Plan
from ..plan.yamlbase import YamlPath
from .references import Choice, reference_choices

# A text longer than this (or with a line break) is edited in a text area.
LONG_TEXT = 100

InputKind = Literal[
    "tekst", "lang", "datum", "getal", "heel", "keuze", "janee", "vast", "meerkeuze"
]


@dataclass
class _Part:
    """A part of the form at a place in the plan, with its form name and element id."""

    path: YamlPath
    label: str
    help: str

    @property
    def name(self) -> str:
        return name_of(self.path)

    @property
    def dom_id(self) -> str:
        return dom_id(self.path)


@dataclass
class Input(_Part):
    """One field a person fills in."""

    kind: InputKind
    value: str = ""  # as shown; "" when absent
    values: tuple[str, ...] = ()  # for meerkeuze
    choices: tuple[Choice, ...] = ()
    required: bool = False
    default: str = ""  # what an absent value means (janee)


@dataclass
class Block(_Part):
    """The fields of one nested model: a section, or one item of a list."""

    children: list[Node] = field(default_factory=list)
    present: bool = True  # the section or item is in the file


@dataclass
class Items(_Part):
    """A list: its items, and what a new one is called."""

    item_name: str  # "KPI", "Doel", or the list's label for a list of texts
    entries: list[Block | Input] = field(default_factory=list)
    of_models: bool = False


Node = Input | Block | Items


def name_of(path: YamlPath) -> str:
    """The form field name of a path: `kpis.2.nulmeting`."""
    return ".".join(str(part) for part in path)


def path_of(name: str) -> YamlPath:
    """The path of a form field name; ValueError for a name that is no path."""
    if not name or len(name) > 300 or not re.fullmatch(r"[a-z_]+(\.([a-z_]+|\d{1,6}))*", name):
        raise ValueError(name)
    return tuple(int(part) if part.isdigit() else part for part in name.split("."))


def dom_id(path: YamlPath) -> str:
    return "v-" + "-".join(str(part) for part in path) if path else "v-plan"


# --- the model's types ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Type:
    base: Any  # the innermost type: str, date, bool, int, a Literal, a model, or "number"
    is_list: bool
    optional: bool


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """Strip Optional and Annotated; returns the type and whether None is allowed."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if origin in (Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(members) < len(typing.get_args(annotation))
            if len(members) == 1:
                annotation = members[0]
                continue
            if set(members) <= {int, float}:
                return "number", optional
            return members[0], optional
        return annotation, optional


def _type_of(info: FieldInfo) -> _Type:
    base, optional = _unwrap(info.annotation)
    if typing.get_origin(base) is list:
        inner, _ = _unwrap(typing.get_args(base)[0])
        return _Type(inner, True, optional)
    return _Type(base, False, optional)


def _is_model(base: Any) -> bool:
    return isinstance(base, type) and issubclass(base, BaseModel)


def _literal(base: Any) -> tuple[str, ...] | None:
    if typing.get_origin(base) is Literal:
        return tuple(str(value) for value in typing.get_args(base))
    return None


def _scalar_kind(base: Any, value: str) -> InputKind:
    if _literal(base) is not None:
        return "vast" if len(typing.get_args(base)) == 1 else "keuze"
    if base is date:
        return "datum"
    if base is bool:
        return "janee"
    if base is int:
        return "heel"
    if base == "number" or base is float:
        return "getal"
    return "lang" if len(value) > LONG_TEXT or "\n" in value else "tekst"


def model_at(path: YamlPath, root: type[BaseModel] = Plan) -> type[BaseModel] | None:
    """The model of the mapping at `path` (list indexes skipped), or None."""
    model: type[BaseModel] = root
    for part in path:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(fields.keys(model).get(part, ""))
        if info is None:
            return None
        kind = _type_of(info)
        if not _is_model(kind.base):
            return None
        model = kind.base
    return model


def keys_at(path: YamlPath) -> tuple[str, ...]:
    """The Dutch keys of the mapping at `path`, in the model's order ("" order: none)."""
    model = model_at(path)
    return tuple(fields.keys(model)) if model is not None else ()


# --- shown values -----------------------------------------------------------------------------


def shown(value: Any) -> str:
    """A value from impl's reader as the form shows it (the reader keeps text as written)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return str(value)


# --- building ---------------------------------------------------------------------------------


def build(data: dict[str, Any], root: type[BaseModel] = Plan) -> Block:
    """The whole form for a plan's data (as impl's reader gives it)."""
    block = Block((), root.model_config.get("title") or "Plan", root.__doc__ or "")
    block.children = list(_fields(root, data, (), data))
    return block


def _fields(
    model: type[BaseModel], data: Any, path: YamlPath, plan: dict[str, Any]
) -> Iterator[Node]:
    mapping = data if isinstance(data, dict) else {}
    for name, info in model.model_fields.items():
        key = fields.key_of(name, info)
        yield _node(model, info, key, mapping.get(key), (*path, key), plan)


def _node(
    model: type[BaseModel],
    info: FieldInfo,
    key: str,
    value: Any,
    path: YamlPath,
    plan: dict[str, Any],
) -> Node:
    label = fields.label(info, key)
    help_text = info.description or ""
    kind = _type_of(info)
    references = reference_choices(model, key, plan)
    if kind.is_list:
        items = value if isinstance(value, list) else []
        return _list_node(kind.base, items, path, label, help_text, references, plan)
    if _is_model(kind.base):
        block = _block(kind.base, value, path, plan, None)
        block.label = info.title or str(kind.base.model_config.get("title") or label)
        block.help = help_text
        return block
    return _scalar_input(info, kind.base, shown(value), path, label, help_text, references)


def _list_node(
    base: Any,
    items: list[Any],
    path: YamlPath,
    label: str,
    help_text: str,
    references: tuple[Choice, ...] | None,
    plan: dict[str, Any],
) -> Node:
    """A list: several choices (of a Literal or of references), or a list of models or of
    values with add, remove and reorder."""
    if references is not None or _literal(base) is not None:
        choices = references if references is not None else _options(base)
        chosen = tuple(shown(item) for item in items)
        return Input(
            path, label, help_text, "meerkeuze", values=chosen, choices=_with(choices, chosen)
        )
    if _is_model(base):
        entries: list[Block | Input] = [
            _block(base, item, (*path, index), plan, index) for index, item in enumerate(items)
        ]
        item_name = base.model_config.get("title") or label
        return Items(path, label, help_text, str(item_name), entries, of_models=True)
    entries = [
        Input(
            (*path, index),
            f"{label} {index + 1}",
            "",
            _scalar_kind(base, shown(item)),
            shown(item),
        )
        for index, item in enumerate(items)
    ]
    return Items(path, label, help_text, label, entries)


def _scalar_input(
    info: FieldInfo,
    base: Any,
    text: str,
    path: YamlPath,
    label: str,
    help_text: str,
    references: tuple[Choice, ...] | None,
) -> Input:
    """One value: a reference, a choice, yes/no, a date, a number or a text."""
    required = info.is_required()
    if references is not None:
        return Input(
            path,
            label,
            help_text,
            "keuze",
            text,
            choices=_with(references, (text,)),
            required=required,
        )
    input_kind = _scalar_kind(base, text)
    choices = _with(_options(base), (text,)) if input_kind == "keuze" else ()
    default = ""
    if input_kind in ("keuze", "janee") and not required and info.default is not None:
        default = shown(info.default)
    if input_kind == "vast" and not text:
        text = shown(info.default) if not required else ""
    return Input(
        path,
        label,
        help_text,
        input_kind,
        text,
        choices=choices,
        required=required,
        default=default,
    )


def _block(
    model: type[BaseModel], data: Any, path: YamlPath, plan: dict[str, Any], index: int | None
) -> Block:
    title = str(model.model_config.get("title") or model.__name__)
    label = title
    if index is not None:
        label = f"{title} {index + 1}"
        if isinstance(data, dict):
            tag = data.get("id") or data.get("item") or data.get("naam") or data.get("wat")
            if isinstance(tag, str) and tag.strip():
                label += f": {tag.strip()}"
    block = Block(path, label, "", present=isinstance(data, dict))
    block.children = list(_fields(model, data, path, plan))
    return block


def _options(base: Any) -> tuple[Choice, ...]:
    return tuple(Choice(value, value.replace("_", " ")) for value in _literal(base) or ())


def _with(choices: Sequence[Choice], current: Sequence[str]) -> tuple[Choice, ...]:
    """The choices, plus any current value that is not among them (shown as unknown)."""
    known = {choice.value for choice in choices}
    extra = tuple(
        Choice(value, f"{value} (staat niet in het plan)")
        for value in dict.fromkeys(current)
        if value and value not in known
    )
    return (*choices, *extra)


def inputs(node: Node) -> Iterator[Input]:
    """Every input of the form, in order."""
    if isinstance(node, Input):
        yield node
    elif isinstance(node, Block):
        for child in node.children:
            yield from inputs(child)
    else:
        for entry in node.entries:
            yield from inputs(entry)


def places(node: Node) -> Iterator[YamlPath]:
    """Every path the form can show a message at: fields, blocks and lists."""
    yield node.path
    if isinstance(node, Block):
        for child in node.children:
            yield from places(child)
    elif isinstance(node, Items):
        for entry in node.entries:
            yield from places(entry)


def find(node: Node, path: YamlPath) -> Node | None:
    if node.path == path:
        return node
    children: Sequence[Node] = (
        node.children
        if isinstance(node, Block)
        else node.entries
        if isinstance(node, Items)
        else ()
    )
    for child in children:
        if path[: len(child.path)] == child.path:
            return find(child, path)
    return None
