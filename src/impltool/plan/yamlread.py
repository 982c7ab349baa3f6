"""Read plan YAML into plain data plus the position of every key and value.

Built on PyYAML's event stream (C parser when present) instead of its composer and
constructor, so one linear pass can:
- resolve plain scalars the way users expect: only `true`/`false` are booleans, `no`, `on`,
  `010` and `12:30` stay text (pydantic converts text where a field wants a number or date);
- refuse duplicate keys, non-text keys and unknown tags, naming lines and columns;
- stay bounded on hostile input: nesting depth is capped before anything recurses, and alias
  expansion is counted arithmetically, so a "billion laughs" file is refused, not expanded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 50  # a plan needs fewer than 10 levels
MAX_ALIAS_NODES = 100_000  # nodes that aliases may add by repetition

YamlPath = tuple[str | int, ...]

_STANDARD_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_NULL = {"", "~", "null", "Null", "NULL"}
# Characters that sneak in when text is pasted from Word or a web page.
INVISIBLE = {
    "\u00a0": "harde spatie (U+00A0)",
    "\u2007": "harde spatie (U+2007)",
    "\u202f": "smalle harde spatie (U+202F)",
    "\u200b": "onzichtbare spatie (U+200B)",
    "\u200c": "onzichtbaar teken (U+200C)",
    "\u200d": "onzichtbaar teken (U+200D)",
    "\u2060": "onzichtbaar teken (U+2060)",
    "\ufeff": "onzichtbaar teken (U+FEFF)",
}


@dataclass(frozen=True, order=True)
class Position:
    """A place in the file, 1-based like an editor shows it."""

    line: int
    column: int


START = Position(1, 1)


@dataclass
class Positions:
    """Where every key and value of a plan stands in its file."""

    keys: dict[YamlPath, Position] = field(default_factory=dict)
    values: dict[YamlPath, Position] = field(default_factory=dict)

    def of(self, path: YamlPath) -> Position:
        """The value at `path`, or the nearest enclosing item that has a position."""
        while True:
            if path in self.values:
                return self.values[path]
            if not path:
                return START
            path = path[:-1]

    def of_key(self, path: YamlPath) -> Position:
        """The key that introduces `path` (for a list item: the item itself)."""
        return self.keys.get(path) or self.of(path)


class YamlProblem(Exception):
    """One input problem found while reading; `fatal` ones stop the read."""

    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


@dataclass
class _Frame:
    kind: str  # "map" or "seq"
    container: Any
    path: YamlPath
    mark: Position
    anchor: str | None
    size: int = 1
    key: Any = None
    has_key: bool = False
    key_mark: Position = START
    discard: bool = False  # a container used as a key: read it, then drop it
    skip_value: bool = False  # the value of a refused key


class _Sentinel:
    pass


_NOTHING = _Sentinel()


def _pos(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def _scalar(event: yaml.ScalarEvent, position: Position) -> Any:
    tag = event.tag
    if tag not in (None, "!") and tag not in _STANDARD_TAGS:
        raise YamlProblem(
            position,
            f"het label {tag!r} wordt niet ondersteund; haal het weg (een plan bevat alleen "
            "tekst, getallen, datums, true en false)",
        )
    value = event.value
    if tag == "tag:yaml.org,2002:str" or event.style not in (None, ""):
        return value  # quoted, block or explicitly text
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if value in _NULL:
        return None
    return value


def read_yaml(text: str) -> tuple[Any, Positions, list[YamlProblem]]:
    """Parse one YAML document. Returns data, positions and the non-fatal problems.

    Fatal problems (syntax, depth, alias bombs, several documents) raise YamlProblem.
    """
    positions = Positions()
    problems: list[YamlProblem] = []
    stack: list[_Frame] = []
    anchors: dict[str, tuple[Any, int]] = {}
    open_anchors: set[str] = set()
    alias_nodes = 0
    root: Any = _NOTHING
    documents = 0

    def place(value: Any, size: int, mark: Position, anchor: str | None) -> None:
        nonlocal root
        if anchor:
            anchors[anchor] = (value, size)
        if not stack:
            root = value
            positions.values[()] = mark
            return
        frame = stack[-1]
        frame.size += size
        if frame.discard:
            return
        if frame.kind == "seq":
            path = (*frame.path, len(frame.container))
            frame.container.append(value)
            positions.values[path] = mark
            positions.keys[path] = mark
            return
        if not frame.has_key:
            _take_key(frame, value, mark)
            return
        frame.has_key = False
        if frame.skip_value:
            frame.skip_value = False
            return
        path = (*frame.path, frame.key)
        frame.container[frame.key] = value
        positions.values[path] = mark
        positions.keys[path] = frame.key_mark

    def _take_key(frame: _Frame, key: Any, mark: Position) -> None:
        frame.has_key = True
        frame.key = key
        frame.key_mark = mark
        frame.skip_value = False
        if isinstance(key, _Sentinel):  # a list or mapping used as a key
            frame.skip_value = True
            return
        if not isinstance(key, str):
            if key is None:
                shown = "leeg"
            elif isinstance(key, bool):
                shown = str(key).lower()
            else:
                shown = "een lijst of blok"
            problems.append(
                YamlProblem(
                    mark, f"een sleutel moet tekst zijn, niet {shown}; geef deze regel een naam"
                )
            )
            frame.skip_value = True
            return
        for char, name in INVISIBLE.items():
            if char in key:
                column = mark.column + key.index(char)
                problems.append(
                    YamlProblem(
                        Position(mark.line, column),
                        f"de sleutel {key.strip()!r} bevat een {name}, vaak meegekomen bij "
                        "kopiëren uit Word of een website; typ de sleutel en de spaties ervoor "
                        "opnieuw",
                    )
                )
                frame.skip_value = True
                return
        if key in frame.container:
            first = positions.keys[(*frame.path, key)]
            problems.append(
                YamlProblem(
                    mark,
                    f"de sleutel {key!r} staat twee keer in hetzelfde blok: op regel "
                    f"{first.line} en op regel {mark.line}; voeg ze samen of haal er één weg",
                )
            )
            frame.skip_value = True

    def child_path() -> tuple[YamlPath, bool]:
        if not stack:
            return (), False
        frame = stack[-1]
        if frame.discard:
            return frame.path, True
        if frame.kind == "seq":
            return (*frame.path, len(frame.container)), False
        if not frame.has_key:
            return frame.path, True  # this container is a key
        return (*frame.path, frame.key), frame.skip_value

    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.ScalarEvent):
                mark = _pos(event.start_mark)
                place(_scalar(event, mark), 1, mark, event.anchor)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                mark = _pos(event.start_mark)
                if len(stack) >= MAX_DEPTH:
                    raise YamlProblem(
                        mark,
                        f"het plan is hier dieper dan {MAX_DEPTH} niveaus genest; een plan "
                        "heeft er minder dan 10 nodig",
                    )
                tag = event.tag
                if tag not in (None, "!") and tag not in _STANDARD_TAGS:
                    raise YamlProblem(mark, f"het label {tag!r} wordt niet ondersteund")
                path, discard = child_path()
                is_map = isinstance(event, yaml.MappingStartEvent)
                stack.append(
                    _Frame(
                        kind="map" if is_map else "seq",
                        container={} if is_map else [],
                        path=path,
                        mark=mark,
                        anchor=event.anchor,
                        discard=discard,
                    )
                )
                if event.anchor:
                    open_anchors.add(event.anchor)
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                frame = stack.pop()
                if frame.anchor:
                    open_anchors.discard(frame.anchor)
                value = _NOTHING if frame.discard else frame.container
                parent = stack[-1] if stack else None
                if parent and not parent.discard and parent.kind == "map" and not parent.has_key:
                    problems.append(
                        YamlProblem(
                            frame.mark,
                            "een sleutel moet tekst zijn, geen lijst of blok; geef deze "
                            "regel een naam",
                        )
                    )
                place(value, frame.size, frame.mark, frame.anchor)
            elif isinstance(event, yaml.AliasEvent):
                mark = _pos(event.start_mark)
                name = event.anchor
                if name in open_anchors:
                    raise YamlProblem(
                        mark,
                        f"de verwijzing *{name} verwijst naar het blok waar ze zelf in staat; "
                        "dat geeft een oneindige lus",
                    )
                if name not in anchors:
                    raise YamlProblem(
                        mark, f"de verwijzing *{name} wijst naar een anker &{name} dat niet bestaat"
                    )
                value, size = anchors[name]
                alias_nodes += size
                if alias_nodes > MAX_ALIAS_NODES:
                    raise YamlProblem(
                        mark,
                        "de verwijzingen (*) herhalen samen te veel: het plan zou meer dan "
                        f"{MAX_ALIAS_NODES:,} onderdelen krijgen; schrijf het plan zonder "
                        "ankers (&) en verwijzingen (*)".replace(",", "."),
                    )
                place(value, size, mark, None)
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlProblem(
                        _pos(event.start_mark),
                        "het bestand bevat meer dan één YAML-document (een regel `---` in het "
                        "midden); zet elk plan in een eigen bestand",
                    )
    except yaml.MarkedYAMLError as error:
        raise _syntax_problem(error) from None
    except yaml.reader.ReaderError as error:
        raise _reader_problem(error, text) from None
    except yaml.YAMLError as error:  # pragma: no cover - every known error is marked
        raise YamlProblem(START, f"het bestand is geen geldige YAML ({error})") from None

    if isinstance(root, _Sentinel):
        root = None
    return root, positions, problems


# libyaml's messages, in the words a plan writer understands.
_SYNTAX_MESSAGES = [
    (
        "found character '\\t' that cannot start any token",
        "hier staat een tab; gebruik spaties om in te springen",
    ),
    (
        "mapping values are not allowed",
        "hier staat een dubbele punt die YAML niet verwacht; "
        "zet tekst met `: ` erin tussen aanhalingstekens, of controleer het inspringen",
    ),
    (
        "could not find expected ':'",
        "hier mist een dubbele punt na de sleutel, of een regel springt verkeerd in",
    ),
    (
        "did not find expected key",
        "deze regel springt anders in dan de regels erboven; controleer het inspringen",
    ),
    (
        "did not find expected '-' indicator",
        "in deze lijst springt een regel verkeerd in; elk item begint met `- ` op dezelfde hoogte",
    ),
    ("did not find expected node content", "hier ontbreekt een waarde"),
    (
        "found unexpected end of stream",
        "het bestand houdt midden in een waarde op; "
        "mist er een afsluitend aanhalingsteken of haakje?",
    ),
    ("found undefined alias", "deze verwijzing (*) wijst naar een anker (&) dat niet bestaat"),
    ("found unexpected ':'", "hier staat een dubbele punt die YAML niet verwacht"),
    ("did not find expected ',' or ']'", "deze lijst tussen [ ] is niet goed afgesloten"),
    ("did not find expected ',' or '}'", "dit blok tussen { } is niet goed afgesloten"),
    (
        "found character that cannot start any token",
        "deze regel begint met een teken dat "
        "YAML niet kent (zoals @ of `); zet de tekst tussen aanhalingstekens",
    ),
    (
        "found unknown escape character",
        "in tekst tussen dubbele aanhalingstekens staat een "
        "\\ die YAML niet kent; gebruik enkele aanhalingstekens",
    ),
    (
        "block sequence entries are not allowed",
        "hier begint een lijst (`- `) op een plek waar dat niet mag; controleer het inspringen",
    ),
    (
        "expected <block end>, but found",
        "deze regel springt anders in dan verwacht; controleer het inspringen",
    ),
]


def _syntax_problem(error: yaml.MarkedYAMLError) -> YamlProblem:
    mark = error.problem_mark or error.context_mark
    position = _pos(mark) if mark is not None else START
    problem = f"{error.context or ''} {error.problem or ''}"
    for english, dutch in _SYNTAX_MESSAGES:
        if english in problem:
            return YamlProblem(position, f"YAML-fout: {dutch}")
    return YamlProblem(position, f"YAML-fout: {(error.problem or str(error)).strip()}")


def _reader_problem(error: yaml.reader.ReaderError, text: str) -> YamlProblem:
    index = min(error.position, len(text))
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return YamlProblem(
        Position(line, column),
        f"hier staat een teken dat niet in een plan mag (code {error.character!r}); haal het weg",
    )
