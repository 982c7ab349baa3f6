"""One editing session: the plan file, its round-trip document, what the form changed, the
quickscan of the current state, and saving.

    form values ──apply──▶ YamlDocument ──text──▶ impl's own loader ──▶ LoadedPlan ──▶ scan
                                                        │ (refused values: the same
                                                        ▼  Dutch message as `check`)
                                               messages at their fields

The file is the one source: the form shows what impl's reader makes of the current text (so
a value shows as written), and a save writes that text only after impl's loader accepted it
and the file on disk is still the one the form opened.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..dutch import counted
from ..errors import UserError
from ..plan.load import MAX_FILE_BYTES, LoadedPlan, PlanError, Problem, load_text, value_at
from ..plan.yamlbase import Position, Positions, YamlPath, YamlProblem
from ..plan.yamlread import read_yaml
from ..quickscan.scan import ScanResult, scan_plan
from . import spec

BOM = codecs.BOM_UTF8

if TYPE_CHECKING:
    from .yamldoc import YamlDocument


class Conflict(UserError):
    """The file changed on disk since the form loaded it."""


@dataclass
class Checked:
    """What impl makes of the form's current text."""

    text: str
    data: dict[str, Any]
    loaded: LoadedPlan | None
    problems: list[Problem]
    at: dict[YamlPath, list[str]]  # messages per place in the form
    scan: ScanResult | None


@dataclass
class Stamp:
    """What the file on disk was when the form loaded or saved it."""

    exists: bool
    digest: str

    @classmethod
    def of(cls, path: Path) -> Stamp:
        from ..files import read_regular

        try:
            raw = read_regular(path, MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return cls(False, "")
        return cls(True, hashlib.sha256(raw).hexdigest())


@dataclass
class Session:
    path: Path
    source: str  # the text the form opened with
    saved_text: str  # the text on disk as the form knows it ("" for a new plan)
    stamp: Stamp
    today: date
    new_plan: bool = False
    bom: bool = False  # the file starts with a byte-order mark (Notepad's "UTF-8 met BOM")
    revision: int = 0  # the form's structure and saves; a post from before either is not applied
    created: set[YamlPath] = field(default_factory=set)  # keys the form added
    typed: dict[YamlPath, str] = field(default_factory=dict)  # values set since the last save
    checked: Checked | None = None
    focus: str = ""  # the field to focus after the next full render
    filled: set[YamlPath] = field(default_factory=set)  # message slots the page shows now
    _checked_version: int = -1
    _form: tuple[Checked, spec.Block] | None = None
    _document: YamlDocument | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, today: date) -> Session:
        """The session for `path`: its text, or init's scaffold when it does not exist yet.

        Raises PlanError for a plan that impl cannot read (the form needs a valid start) and
        UserError for a path it cannot use."""
        from ..files import read_error_text, read_regular
        from ..plan.load import decode
        from ..writing import check_target

        check_target(path, overwrite=True, replace_plan=True, replace_any=False)
        stamp = Stamp.of(path)
        if stamp.exists:
            try:
                raw = read_regular(path, MAX_FILE_BYTES + 1)
            except OSError as error:
                raise UserError(
                    f"{path}: kan dit bestand niet lezen: {read_error_text(error)}"
                ) from None
            text = decode(raw, str(path))
            saved = text
        else:
            raw, text, saved = b"", _scaffold(path, today), ""
        session = cls(
            path, text, saved, stamp, today, new_plan=not stamp.exists, bom=raw[:3] == BOM
        )
        checked = session.check()
        if checked.loaded is None:  # the form starts from a plan impl can read
            raise PlanError(checked.problems)
        return session

    # --- the current state --------------------------------------------------------------------

    @property
    def document(self) -> YamlDocument:
        """The round-trip document, read on first use: the first page needs only impl's
        own reader, so it is shown before ruamel.yaml has read the file (`prepare`)."""
        with self._lock:
            if self._document is None:
                from .yamldoc import YamlDocument

                self._document = YamlDocument(self.source, spec.keys_at)
            return self._document

    def prepare(self) -> None:
        """Read the round-trip document now (after the first page is out)."""
        self.document  # noqa: B018 - reading it is the point

    def text(self) -> str:
        return self._document.text() if self._document is not None else self.source

    @property
    def version(self) -> int:
        return self._document.version if self._document is not None else 0

    @property
    def reformats(self) -> int:
        return self._document.reformats if self._document is not None else 0

    @property
    def dirty(self) -> bool:
        return self.text() != self.saved_text

    def form(self) -> spec.Block:
        """The form for the current state (built once per change)."""
        checked = self.check()
        if self._form is None or self._form[0] is not checked:
            self._form = (checked, spec.build(checked.data))
        return self._form[1]

    def check(self) -> Checked:
        """Read the current text with impl's own loader and run the quickscan (once per
        change of the document)."""
        if self.checked is not None and self._checked_version == self.version:
            return self.checked
        self._checked_version = self.version
        text = self.text()
        if self.checked is not None and self.checked.text == text:
            return self.checked
        name = str(self.path)
        try:
            data, positions, _ = read_yaml(text)
        except YamlProblem as error:  # ruamel wrote something impl's reader refuses
            previous = self.checked.data if self.checked else {}
            problem = Problem(name, error.position.line, error.position.column, error.message)
            self.checked = Checked(text, previous, None, [problem], {(): [error.message]}, None)
            return self.checked
        loaded: LoadedPlan | None = None
        problems: list[Problem] = []
        try:
            loaded = load_text(text, name)
        except PlanError as error:
            problems = error.problems
        scan = scan_plan(loaded, self.today) if loaded is not None else None
        at = _messages_at(problems, positions, data if isinstance(data, dict) else {})
        self.checked = Checked(
            text, data if isinstance(data, dict) else {}, loaded, problems, at, scan
        )
        return self.checked

    # --- changes from the form --------------------------------------------------------------

    def apply(self, values: Mapping[str, Sequence[str]]) -> None:
        """Put what the form holds into the document; only values that differ from what the
        form showed are touched, so the rest of the file stays as written."""
        # An unticked box is not posted at all; only a post that reached the form's last
        # field (`_volledig`) says that a missing box is unticked.
        complete = "_volledig" in values
        for entry in spec.inputs(self.form()):
            if entry.kind == "vast":
                continue
            if entry.kind in ("meerkeuze", "janee") and not complete and entry.name not in values:
                continue
            if entry.kind == "meerkeuze":
                self._apply_many(entry, [v for v in values.get(entry.name, ()) if v])
                continue
            if entry.kind == "janee":
                typed = "true" if values.get(entry.name) else "false"
                if typed == (entry.value or entry.default):
                    continue
            elif entry.name not in values:
                continue
            else:
                typed = _clean(values[entry.name][0] if values[entry.name] else "")
            if typed == entry.value:
                continue
            self._set(entry, typed)

    def _set(self, entry: spec.Input, typed: str) -> None:
        path = entry.path
        if typed:
            if not self.document.has(path):
                self.created.add(path)
            from .yamldoc import as_value

            self.document.set(path, as_value(entry.kind, typed))
            self.typed[path] = typed
        elif path in self.created:
            self.document.remove_key(path)
            self.created.discard(path)
            self.typed.pop(path, None)
            self._drop_empty_created(path[:-1])
        elif self.document.has(path):
            self.document.set(path, "" if isinstance(path[-1], int) else None)
            self.typed.pop(path, None)

    def _drop_empty_created(self, path: YamlPath) -> None:
        """A section the form added and then emptied again leaves the file as it was."""
        while path and path in self.created and not self.document.get(path):
            self.document.remove_key(path)
            self.created.discard(path)
            path = path[:-1]

    def _apply_many(self, entry: spec.Input, chosen: list[str]) -> None:
        if set(chosen) == set(entry.values):
            return
        if not self.document.has(entry.path):
            self.created.add(entry.path)
        self.document.set_choices(entry.path, chosen)

    # --- structure: add, remove, move ---------------------------------------------------------

    def act(self, action: str) -> None:
        """`toevoegen:<list>`, `verwijderen:<item>`, `omhoog:<item>`, `omlaag:<item>`."""
        verb, _, target = action.partition(":")
        try:
            path = spec.path_of(target)
        except ValueError:
            return
        form = self.form()
        node = spec.find(form, path)
        if verb == "toevoegen" and isinstance(node, spec.Items):
            if not self.document.has(path):
                self.created.add(path)
            index = self.document.append(path, self._new_item(node))
            new = spec.find(spec.build(self.check().data), (*path, index))
            first = next(spec.inputs(new), None) if new is not None else None
            self.focus = first.dom_id if first is not None else ""
        elif verb in ("verwijderen", "omhoog", "omlaag") and path and isinstance(path[-1], int):
            items, index = path[:-1], path[-1]
            if verb == "verwijderen":
                self.document.remove_item(items, index)
                self.focus = f"{spec.dom_id(items)}-nieuw"
            else:
                to = index - 1 if verb == "omhoog" else index + 1
                self.document.move_item(items, index, to)
                # The moved item keeps the focus, on its same button, or on the other one when
                # it reached the end of the list (where that button is disabled).
                last = len(self.document.get(items) or ()) - 1
                button = verb
                if (verb == "omhoog" and to == 0) or (verb == "omlaag" and to == last):
                    button = "omlaag" if verb == "omhoog" else "omhoog"
                self.focus = f"{spec.dom_id((*items, to))}-{button}"
            self.typed = {p: t for p, t in self.typed.items() if p[: len(items)] != items}
        else:
            return
        self.revision += 1
        self.check()

    def _new_item(self, node: spec.Items) -> Any:
        if not node.of_models:
            return ""
        from ruamel.yaml.comments import CommentedMap

        item = CommentedMap()
        model = spec.model_at((*node.path, 0))
        if model is not None and "id" in model.model_fields and "item" not in model.model_fields:
            item["id"] = _next_id(node, self.check().data)
        return item

    # --- saving and reloading -------------------------------------------------------------

    def save(self) -> str:
        """Write the current text; raises UserError (nothing written) when impl's loader
        refuses it, when impl would read a value back otherwise than it was typed, or when
        the file changed on disk (Conflict). Returns the text written."""
        from ..writing import write_atomic

        checked = self.check()
        if checked.loaded is None:
            count = len(checked.problems)
            raise UserError(
                f"niet opgeslagen: het formulier heeft {counted(count, 'fout', 'fouten')}; "
                + ("die staat bij het veld" if count == 1 else "die staan bij de velden")
            )
        for path, typed in self.typed.items():
            read_back = spec.shown(value_at(checked.data, path))
            if _normal(read_back) != _normal(typed):
                raise UserError(
                    f"niet opgeslagen: impl zou `{spec.name_of(path)}` teruglezen als "
                    f"{read_back!r} in plaats van {typed!r}"
                )
        if Stamp.of(self.path) != self.stamp:
            raise Conflict(
                "niet opgeslagen: het bestand is veranderd sinds het formulier het opende "
                "(door een ander programma, of een git pull). Je wijzigingen staan nog in het "
                "formulier. Laad het bestand opnieuw om de nieuwe versie te zien, of bewaar "
                "eerst jouw versie als download"
            )
        text = checked.text
        written = ("\ufeff" if self.bom else "") + text  # the file keeps its form
        if self.stamp.exists:
            write_atomic(self.path, written, replace_plan=True)
        else:
            write_atomic(self.path, written, overwrite=False)
        self.saved_text = text
        self.stamp = Stamp.of(self.path)
        self.new_plan = False
        self.typed.clear()
        self.created.clear()
        # A page from before this save (another tab on the same form) may not post its older
        # values over it: they would silently undo what was just saved.
        self.revision += 1
        return text

    def reload(self) -> None:
        """Read the file again; the form's unsaved changes are dropped."""
        fresh = Session.open(self.path, self.today)
        self.source, self._document, self.bom = fresh.source, None, fresh.bom
        self.saved_text, self.stamp = fresh.saved_text, fresh.stamp
        self.new_plan, self.checked = fresh.new_plan, fresh.checked
        self._checked_version, self._form = fresh._checked_version, None
        self.created.clear()
        self.typed.clear()
        self.revision += 1


def _scaffold(path: Path, today: date) -> str:
    """The text `impl init --geen-vragen` would write for `path`."""
    from ..scaffold import Given
    from ..scaffold.answers import resolve_answers
    from ..scaffold.plan_text import render_plan

    if path.suffix.lower() not in (".yaml", ".yml"):
        raise UserError(
            f"{path}: een plan heet *.yaml (of *.yml), anders vindt `impl check` het niet; "
            f"kies bijvoorbeeld {path.with_suffix('.yaml').name}"
        )
    if not path.parent.is_dir():
        raise UserError(f"{path}: de map {path.parent} bestaat niet; maak die eerst aan")
    return render_plan(resolve_answers(Given(), today, None), str(path))


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def _normal(text: str) -> str:
    return " ".join(text.split())


def _next_id(node: spec.Items, data: dict[str, Any]) -> str:
    """An id for a new item: the list's own pattern counted on (K1, K2 → K3), else the first
    letter of what the item is (KPI → K1)."""
    from .references import ids_in

    source = "activiteiten" if node.path[:1] == ("fasen",) else str(node.path[-1])
    taken = {choice.value for choice in ids_in(source, data)}
    numbered = [re.fullmatch(r"(.*?)(\d+)", value) for value in taken]
    prefixes: dict[str, int] = {}
    for match in numbered:
        if match:
            prefix, number = match.group(1), int(match.group(2))
            prefixes[prefix] = max(prefixes.get(prefix, 0), number)
    if prefixes:
        prefix = max(prefixes, key=lambda p: sum(1 for m in numbered if m and m.group(1) == p))
        number = prefixes[prefix] + 1
    else:
        prefix, number = (node.item_name[:1].upper() or "X"), 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _messages_at(
    problems: list[Problem], positions: Positions, data: dict[str, Any]
) -> dict[YamlPath, list[str]]:
    """Each problem at the place in the form it is about: the value (or key) at its line and
    column; a missing key at its parent."""
    where: dict[Position, YamlPath] = {}
    for path, position in positions.keys.items():
        where.setdefault(position, path)
    for path, position in positions.values.items():
        where[position] = path
    found: dict[YamlPath, list[str]] = {}
    for problem in problems:
        path = where.get(Position(problem.line, problem.column), ())
        missing = re.match(r"verplicht veld `([a-z_]+)` ontbreekt", problem.message)
        if missing and isinstance(value_at(data, path), dict):
            path = (*path, missing.group(1))
        found.setdefault(path, []).append(problem.message)
    return found


def finding_path(text: str) -> YamlPath:
    """A finding's path as `show_path` wrote it (`doelgroepen[2].kanalen`, counted from 1)."""
    path: list[str | int] = []
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", text):
        if part.startswith("["):
            path.append(int(part[1:-1]) - 1)
        else:
            path.append(part)
    return tuple(path)


def file_name(session: Session) -> str:
    return os.path.basename(session.path)
