"""The plan's shape read from the model: a field by its Dutch key, its choices, its description
and its label. Templates, the document and the quickscan ask here instead of repeating keys,
vocabularies or explanations that plan/model.py already states.
"""

from __future__ import annotations

import typing
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .model import Plan
from .values import OnDocument


def key_of(name: str, info: FieldInfo) -> str:
    """The Dutch key of a field (its alias; a few keys are the same in both languages)."""
    return info.alias or name


def keys(model: type[BaseModel]) -> dict[str, str]:
    """Dutch key → Python attribute, in the model's order."""
    return {key_of(name, info): name for name, info in model.model_fields.items()}


def field(path: str, root: type[BaseModel] = Plan) -> FieldInfo:
    """The field at a dotted path of Dutch keys, through lists: `doelgroepen.kanalen.soort`.

    Raises KeyError for a path the model does not have (a template's typo is impl's bug).
    """
    model = root
    info: FieldInfo | None = None
    for part in path.split("."):
        if info is not None:
            inner = _model_in(info.annotation)
            if inner is None:
                raise KeyError(path)
            model = inner
        info = model.model_fields[keys(model)[part]]
    assert info is not None
    return info


def choices(path: str, root: type[BaseModel] = Plan) -> tuple[str, ...]:
    """The values a field may take, from its Literal (also in a list or optional)."""
    found = _literal_in(field(path, root).annotation)
    if found is None:
        raise KeyError(f"{path} has no fixed choices")
    return found


def description(path: str, root: type[BaseModel] = Plan) -> str:
    """What the field means, in Dutch: the model's description (also the editor's)."""
    return field(path, root).description or ""


def label(info: FieldInfo, key: str) -> str:
    """The field's name for a reader: its title, or its key as words (`bij_wie` → Bij wie)."""
    return info.title or key.replace("_", " ").capitalize()


def labelled(model: type[BaseModel]) -> list[tuple[str, str]]:
    """(attribute, label) of every field, in the model's order."""
    return [(name, label(info, key_of(name, info))) for name, info in model.model_fields.items()]


def on_document(model: type[BaseModel]) -> list[tuple[str, str]]:
    """(attribute, label) of the fields marked OnDocument, in the model's order."""
    marked = {
        name
        for name, info in model.model_fields.items()
        if any(isinstance(mark, OnDocument) for mark in info.metadata)
    }
    return [(name, text) for name, text in labelled(model) if name in marked]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = _model_in(argument)
        if found is not None:
            return found
    return None


def _literal_in(annotation: Any) -> tuple[str, ...] | None:
    if typing.get_origin(annotation) is Literal:
        return typing.get_args(annotation)
    for argument in typing.get_args(annotation):
        found = _literal_in(argument)
        if found is not None:
            return found
    return None
