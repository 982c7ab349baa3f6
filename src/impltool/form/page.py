"""The form's HTML: the whole page, the work area after a change of structure, and the
quickscan panel with the messages at their fields after each edit.

Jinja with autoescape on for every template: a plan's text reaches the page only as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ..plan.yamlbase import YamlPath
from ..quickscan.finding import Severity
from ..render.view.contract import LIGHT_SHAPES  # a light is its shape and word too
from ..shown import controls_visible
from . import spec
from .session import Session, finding_path

TEMPLATES = Path(__file__).parent / "templates"
_MARKS = {"fout": "✖", "waarschuwing": "▲", "tip": "●"}


@dataclass
class Status:
    """The line under the buttons: what the last action did."""

    kind: str = ""  # "", "opgeslagen", "fout", "conflict", "sluiten", "gesloten"
    text: str = ""
    focus: bool = False  # move the keyboard focus here (after a save or a refusal)


@dataclass
class Message:
    severity: str  # "fout" for a value the model refuses, else the finding's severity
    text: str
    code: str = ""
    suggestion: str = ""


@dataclass
class Panel:
    summary: str
    waiting: str
    areas: list[dict[str, Any]]
    total: dict[str, Any]
    items_title: str
    items: list[dict[str, str]]
    slots: dict[YamlPath, list[Message]] = field(default_factory=dict)


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=shown,
    )
    environment.filters["exact"] = exact
    environment.globals["slot_id"] = slot_id
    environment.filters["code"] = code
    environment.globals["rows"] = lambda text: min(
        12, max(3, len(text) // 70 + text.count("\n") + 1)
    )
    return environment


_ENVIRONMENT: jinja2.Environment | None = None


def environment() -> jinja2.Environment:
    global _ENVIRONMENT
    if _ENVIRONMENT is None:
        _ENVIRONMENT = _environment()
    return _ENVIRONMENT


def code(text: str) -> Markup:
    """Escaped text in which `a key` (as the model's descriptions write it) is code; control
    and bidi characters from a plan show as marks, as in every other output."""
    shown = escape(controls_visible(str(text)))
    return Markup(re.sub(r"`([^`<>]+)`", r"<code>\1</code>", str(shown)))


def shown(value: object) -> object:
    """Every `{{ }}` on the page (Jinja's finalize): text from a plan with its control and bidi
    characters as marks, so it cannot reorder or hide what is around it. A field's own value
    is written as `|exact` instead: it must go back to the file unchanged."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return controls_visible(value)
    return value


def exact(value: object) -> Markup:
    """A field's value, escaped but otherwise as the plan holds it."""
    return escape("" if value is None else value)


def slot_id(path: YamlPath) -> str:
    return "m-" + "-".join(str(part) for part in path) if path else "m-plan"


def _slot_html(messages: list[Message]) -> Markup:
    parts = []
    for message in messages:
        rule = f"<strong>{code(message.code)}</strong> " if message.code else ""
        advice = (
            f' <span class="advies">{code(message.suggestion)}</span>' if message.suggestion else ""
        )
        parts.append(
            f'<p class="melding ernst-{escape(message.severity)}">'
            f'<span aria-hidden="true">{_MARKS.get(message.severity, "")}</span> {rule}'
            f"{code(message.text)}{advice}</p>"
        )
    return Markup("".join(parts))


def build_panel(session: Session, form: spec.Block) -> Panel:
    """The quickscan beside the form, and every message at the place it is about."""
    checked = session.check()
    messages = _Messages(form)
    for path, texts in checked.at.items():
        for text in texts:
            messages.add(path, Message("fout", text))
    scan = checked.scan
    if scan is None:
        count = len(checked.problems)
        return Panel(
            summary=f"Nog geen quickscan: het formulier heeft {count} "
            f"{'fout' if count == 1 else 'fouten'} die impl niet kan lezen.",
            waiting="Los eerst de fouten bij de velden op; dan rekent de quickscan weer mee. "
            "Er wordt niets opgeslagen zolang ze er zijn.",
            areas=[],
            total={},
            items_title="Fouten",
            items=messages.items,
            slots=messages.slots,
        )
    for finding in sorted(scan.findings, key=lambda f: (f.severity.rank, f.code)):
        messages.add(
            finding_path(finding.path),
            Message(str(finding.severity), finding.message, finding.code, finding.suggestion),
        )
    counts = [
        f"{scan.count(severity)} {_word(severity, scan.count(severity))}"
        for severity in Severity
        if scan.count(severity)
    ]
    score = "" if scan.overall is None else f"Totaal {scan.overall} %. "
    return Panel(
        summary=score + (", ".join(counts) if counts else "Geen bevindingen."),
        waiting=scan.waiting_text,
        areas=[{"name": area.name, **_score(area.score, area.light)} for area in scan.areas],
        total=_score(scan.overall, scan.overall_light),
        items_title=f"Bevindingen ({len(scan.findings)})",
        items=messages.items,
        slots=messages.slots,
    )


class _Messages:
    """Messages at the nearest place the form shows (a field, a block or a list), and the
    panel's list of them, each linking to that place."""

    def __init__(self, form: spec.Block) -> None:
        self.form = form
        self.known = set(spec.places(form))
        self.slots: dict[YamlPath, list[Message]] = {}
        self.items: list[dict[str, str]] = []

    def add(self, path: YamlPath, message: Message) -> None:
        while path and path not in self.known:
            path = path[:-1]
        self.slots.setdefault(path, []).append(message)
        self.items.append(
            {
                "code": message.code,
                "severity": message.severity,
                "message": message.text,
                "suggestion": message.suggestion,
                "target": _target(self.form, path),
            }
        )


def _score(score: int | None, light: str | None) -> dict[str, Any]:
    """A score as the panel shows it: the percentage, and the light as a word and a shape."""
    return {
        "score": "–" if score is None else f"{score} %",
        "light": light,
        "shape": LIGHT_SHAPES.get(light or "", ""),
    }


def _word(severity: Severity, count: int) -> str:
    plural = {"fout": "fouten", "waarschuwing": "waarschuwingen", "tip": "tips"}
    return str(severity) if count == 1 else plural[str(severity)]


def _target(form: spec.Block, path: YamlPath) -> str:
    """The element a message's link jumps to."""
    node = spec.find(form, path) if path else None
    return node.dom_id if node is not None else "algemeen"


def _general(form: spec.Block) -> list[spec.Input]:
    """The plan's own fields (titel, rol, ...): shown together under "Algemeen"."""
    return [child for child in form.children if isinstance(child, spec.Input)]


def _context(session: Session, status: Status) -> dict[str, Any]:
    form = session.form()
    panel = build_panel(session, form)
    session.filled = set(panel.slots)
    focus = session.focus
    session.focus = ""

    def slot(path: YamlPath) -> Markup:
        return _slot_html(panel.slots.get(path, []))

    def autofocus(entry: spec.Input | str) -> Markup:
        """` autofocus` on the element the keyboard was working with (an input, or a list's
        button, by its id) when the form is drawn again after a change of structure."""
        wanted = entry if isinstance(entry, str) else entry.dom_id
        return Markup(" autofocus") if focus and wanted == focus else Markup("")

    title = next((i.value for i in _general(form) if i.path == ("titel",)), "") or "Nieuw plan"
    return {
        "title": title,
        "file": str(session.path),
        "new_plan": session.new_plan,
        "dirty": session.dirty,
        "reformats": session.reformats,
        "revision": session.revision,
        "status": status,
        "general": _general(form),
        "sections": [child for child in form.children if not isinstance(child, spec.Input)],
        "panel": panel,
        "oob": [],
        "live": False,
        "slot": slot,
        "autofocus": autofocus,
        "focus": focus,
    }


def render_page(session: Session, status: Status | None = None) -> str:
    return environment().get_template("page.html.j2").render(_context(session, status or Status()))


def render_werkblad(session: Session, status: Status | None = None) -> str:
    return (
        environment().get_template("werkblad.html.j2").render(_context(session, status or Status()))
    )


def render_panel(session: Session) -> str:
    """The quickscan panel, with the messages at the fields as out-of-band swaps: the slots
    that have messages now, and those that had them before (now emptied)."""
    form = session.form()
    panel = build_panel(session, form)
    slots = [
        {"id": slot_id(path), "html": _slot_html(panel.slots.get(path, []))}
        for path in sorted(set(panel.slots) | session.filled, key=str)
    ]
    session.filled = set(panel.slots)
    context = {"panel": panel, "oob": slots, "live": True, "dirty": session.dirty}
    return environment().get_template("panel.html.j2").render(context)


def render_message_page(title: str, text: str) -> str:
    """A page with one message (closed, refused): no script, nothing else."""
    return environment().get_template("message.html.j2").render({"title": title, "text": text})
