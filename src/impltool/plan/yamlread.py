"""Read plan YAML into plain data plus the position of every key and value.

Built on PyYAML's event stream (C parser when present) instead of its composer and
constructor, so one linear pass can:
- resolve plain scalars the way users expect (yamlscalar: only `true`/`false` are booleans);
- refuse duplicate keys, non-text keys and unknown tags, naming lines and columns;
- stay bounded on hostile input: nesting depth is capped before anything recurses (also the
  depth that aliases would add), and alias expansion is counted arithmetically, so a
  "billion laughs" file is refused, not expanded;
- hand libyaml's syntax errors to yamlsyntax, which explains them in Dutch.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import yaml

from .yamlbase import (
    INVISIBLE,
    MAX_ALIAS_NODES,
    MAX_DEPTH,
    MAX_LIST_ITEMS,
    MAX_NODES,
    SPACES,
    START,
    Position,
    Positions,
    YamlPath,
    YamlProblem,
    position_of,
)
from .yamlscalar import PLAIN_MEANING, check_tag, scalar_value
from .yamlsyntax import (
    BAD_CODE_ESCAPE,
    UNKNOWN_SYNTAX,
    bad_escape_position,
    reader_problem,
    refuse_odd_breaks,
    syntax_problem,
)

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_INVISIBLE_RE = re.compile("[" + "".join(INVISIBLE) + "]")
# Position(line, column) without a Python-level call: positions are made for every part.
_position = functools.partial(tuple.__new__, Position)


class _Frame:
    """A list or mapping that is still open while the reader goes through its events.

    A plain class, not a dataclass: defining a dataclass costs `impl check` about half a
    millisecond at every start (bench/)."""

    __slots__ = (
        "anchor",
        "container",
        "discard",
        "has_key",
        "height",
        "key",
        "key_mark",
        "kind",
        "mark",
        "path",
        "size",
        "skip_value",
    )

    def __init__(
        self,
        kind: str,  # "map" or "seq"
        container: Any,
        path: YamlPath,
        mark: Position,
        anchor: str | None,
        *,
        discard: bool = False,  # a container used as a key: read it, then drop it
    ) -> None:
        self.kind = kind
        self.container = container
        self.path = path
        self.mark = mark
        self.anchor = anchor
        self.discard = discard
        self.size = 1
        self.height = 0  # levels of nesting below this container
        self.key: Any = None  # the key waiting for its value (_NOTHING: refused, value skipped)
        self.has_key = False
        self.key_mark = START
        self.skip_value = False  # the value of a refused key


class _Sentinel:
    pass


_NOTHING = _Sentinel()


def _too_many_nodes(mark: Position) -> YamlProblem:
    return YamlProblem(
        mark,
        f"het plan heeft hier al meer dan {MAX_NODES:,} onderdelen; zo groot "
        "is geen plan. Is dit wel een plan?".replace(",", "."),
    )


class _ParserNestingLimit(Exception):
    """libyaml stopped at its own nesting limit while scanning ahead."""


def read_yaml(text: str) -> tuple[Any, Positions, list[YamlProblem]]:
    """Parse one YAML document. Returns data, positions and the non-fatal problems.

    Fatal problems (syntax, depth, alias bombs, several documents) raise YamlProblem.
    """
    try:
        return _read_yaml(text, _Loader)
    except _ParserNestingLimit:
        # libyaml (since PyYAML 6.0.4) scans up to a simple key's 1024 characters ahead and
        # can hit its own nesting limit before impl sees the level that crosses MAX_DEPTH.
        # The pure-Python parser has no such limit, so impl's own check speaks, at its place.
        return _read_yaml(text, yaml.SafeLoader)


def _read_yaml(text: str, loader: Any) -> tuple[Any, Positions, list[YamlProblem]]:
    """read_yaml with one parser: libyaml's (CSafeLoader) or PyYAML's own (SafeLoader)."""
    # A lone CR (old Mac files) is a line break to YAML and to editors alike; as LF the
    # lines we count for messages are the lines the parser counts.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    refuse_odd_breaks(text)
    return _Reader(text, loader).read()


class _Reader:
    """One pass over PyYAML's events that builds the data and the position of every part.

    `read` hands each event to the method for its kind (`_on_scalar`, `_on_alias`, ...).
    The lists and mappings still open are `_Frame`s on `stack`; a finished value (a
    scalar, a closed container, an alias's copy) goes to `_place`, which puts it in the
    innermost open container as item, key or value, or makes it the root.
    """

    def __init__(self, text: str, loader: Any) -> None:
        self.text = text
        self.loader = loader
        self.positions = Positions()
        self.problems: list[YamlProblem] = []  # the non-fatal ones; fatal ones are raised
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # name: value, size, height
        self.open_anchors: set[str] = set()  # anchors of containers not closed yet
        self.nodes = 0
        self.alias_nodes = 0  # the nodes aliases added by repetition
        self.documents = 0
        self.root: Any = _NOTHING

    def read(self) -> tuple[Any, Positions, list[YamlProblem]]:
        handlers: dict[type[yaml.Event], Callable[[Any], None]] = {
            yaml.ScalarEvent: self._on_scalar,
            yaml.MappingStartEvent: self._on_mapping_start,
            yaml.SequenceStartEvent: self._on_sequence_start,
            yaml.MappingEndEvent: self._on_end,
            yaml.SequenceEndEvent: self._on_end,
            yaml.AliasEvent: self._on_alias,
            yaml.DocumentStartEvent: self._on_document_start,
        }  # stream start and end, document end: nothing to do
        loader, text = self.loader, self.text
        try:
            # yaml.parse's loop without its generator and check_event (one call per event
            # less): both parsers give None once the stream has ended.
            parser = loader(text)  # the pure-Python one checks the characters here
            try:
                get_event = parser.get_event
                while (event := get_event()) is not None:
                    handler = handlers.get(type(event))
                    if handler is not None:
                        handler(event)
            finally:
                parser.dispose()
        except yaml.MarkedYAMLError as error:
            if "nesting depth" in (error.problem or "") and loader is not yaml.SafeLoader:
                raise _ParserNestingLimit from None
            raise syntax_problem(error, text) from None
        except yaml.reader.ReaderError as error:
            raise reader_problem(error, text, from_libyaml=loader is not yaml.SafeLoader) from None
        except (OverflowError, ValueError):
            if loader is not yaml.SafeLoader:
                raise
            # PyYAML's own scanner turns an escape like "\UFFFFFFFF" into a character unchecked.
            raise YamlProblem(bad_escape_position(text), f"YAML-fout: {BAD_CODE_ESCAPE}") from None
        except yaml.YAMLError:  # pragma: no cover - every known error is marked
            raise YamlProblem(START, f"YAML-fout: {UNKNOWN_SYNTAX}") from None
        root = None if self.root is _NOTHING else self.root
        return root, self.positions, self.problems

    # The events, one method per kind.

    def _on_scalar(self, event: yaml.ScalarEvent) -> None:
        # The reader's hottest path (bench/: a batch of 1,000 plans), so _count_node and
        # _scalar are written out here for the common untagged scalar.
        self.nodes += 1
        start: Any = event.start_mark  # always set on a parser's events
        mark = _position((start.line + 1, start.column + 1))
        if self.nodes > MAX_NODES:
            raise _too_many_nodes(mark)
        if event.tag is not None:
            value = scalar_value(event, mark)
        elif event.style:
            value = event.value  # quoted or block text
        else:
            value = PLAIN_MEANING.get(event.value, event.value)
        stack = self.stack
        if event.anchor or not stack:
            self._place(value, 1, 0, mark, event.anchor)
            return
        # Most scalars are a text key or value in an open mapping: placed here directly.
        frame = stack[-1]
        frame.size += 1
        if not frame.height:
            frame.height = 1
        if frame.discard:
            return
        if frame.kind == "seq":
            self._append(frame, value, mark)
        elif frame.has_key:
            self._set_value(frame, value, mark)
        elif (
            type(value) is str and value not in frame.container and not _INVISIBLE_RE.search(value)
        ):
            frame.has_key = True
            frame.key_mark = mark
            frame.key = value
            frame.skip_value = False
        else:
            self._take_key(frame, value, mark)

    def _on_mapping_start(self, event: yaml.MappingStartEvent) -> None:
        self._open(event, "map", {})

    def _on_sequence_start(self, event: yaml.SequenceStartEvent) -> None:
        self._open(event, "seq", [])

    def _on_end(self, event: yaml.CollectionEndEvent) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
        parent = self.stack[-1] if self.stack else None
        if parent and not parent.discard and parent.kind == "map" and not parent.has_key:
            self.problems.append(
                YamlProblem(
                    frame.mark,
                    "een sleutel moet tekst zijn, geen lijst of blok; geef deze regel een naam",
                )
            )
        value = _NOTHING if frame.discard else frame.container
        self._place(value, frame.size, frame.height, frame.mark, frame.anchor)

    def _on_alias(self, event: yaml.AliasEvent) -> None:
        """`*naam`: a copy of the anchored value, within the limits of depth and size."""
        mark = position_of(event.start_mark)
        name = str(event.anchor)  # an alias always has one; PyYAML types it `str | None`
        value, size, height = self._anchored(name, mark)
        if value is _NOTHING:
            self._skip_alias(name, mark)
            return
        if len(self.stack) + height > MAX_DEPTH:
            # Aliases can nest without the text nesting: a short chain of anchors
            # would otherwise build data thousands of levels deep.
            raise YamlProblem(
                mark,
                f"met deze verwijzing (*{name}) wordt het plan dieper dan {MAX_DEPTH} "
                "niveaus genest; schrijf het plan zonder ankers (&) en verwijzingen (*)",
            )
        self.alias_nodes += size
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise YamlProblem(
                mark,
                "de verwijzingen (*) herhalen samen te veel: het plan zou meer dan "
                f"{MAX_ALIAS_NODES:,} onderdelen krijgen; schrijf het plan zonder "
                "ankers (&) en verwijzingen (*)".replace(",", "."),
            )
        self._place(value, size, height, mark, None)

    def _on_document_start(self, event: yaml.DocumentStartEvent) -> None:
        self.documents += 1
        if self.documents > 1:
            raise YamlProblem(
                position_of(event.start_mark),
                "het bestand bevat meer dan één YAML-document (een regel `---` in het "
                "midden); zet elk plan in een eigen bestand",
            )

    # What the events share.

    def _count_node(self, event: yaml.NodeEvent) -> Position:
        """Count a scalar or container against MAX_NODES; returns where it starts."""
        self.nodes += 1
        start: Any = event.start_mark  # always set on a parser's events
        mark = _position((start.line + 1, start.column + 1))
        if self.nodes > MAX_NODES:
            raise _too_many_nodes(mark)
        return mark

    def _open(self, event: yaml.CollectionStartEvent, kind: str, container: Any) -> None:
        mark = self._count_node(event)
        if len(self.stack) >= MAX_DEPTH:
            raise YamlProblem(
                mark,
                f"het plan is hier dieper dan {MAX_DEPTH} niveaus genest; een plan "
                "heeft er minder dan 10 nodig",
            )
        check_tag(event.tag, mark)
        path, discard = self._child_path()
        self.stack.append(_Frame(kind, container, path, mark, event.anchor, discard=discard))
        if event.anchor:
            self.open_anchors.add(event.anchor)

    def _child_path(self) -> tuple[YamlPath, bool]:
        """The path of a container that opens now, and whether it is read only to be
        dropped (inside a dropped container, used as a key, or the value of a refused key)."""
        if not self.stack:
            return (), False
        frame = self.stack[-1]
        if frame.discard:
            return frame.path, True
        if frame.kind == "seq":
            return (*frame.path, len(frame.container)), False
        if not frame.has_key:
            return frame.path, True  # this container is a key
        return (*frame.path, frame.key), frame.skip_value

    def _anchored(self, name: str, mark: Position) -> tuple[Any, int, int]:
        """The value, size and height anchored as `&name`; refused if it does not exist yet."""
        if name in self.open_anchors:
            raise YamlProblem(
                mark,
                f"de verwijzing *{name} verwijst naar het blok waar ze zelf in staat; "
                "dat geeft een oneindige lus",
            )
        if name not in self.anchors:
            raise YamlProblem(
                mark, f"de verwijzing *{name} wijst naar een anker &{name} dat niet bestaat"
            )
        return self.anchors[name]

    def _skip_alias(self, name: str, mark: Position) -> None:
        """The anchored block was skipped because of an error reported already (a key used
        twice, a list as key): say so and read on."""
        self.problems.append(
            YamlProblem(
                mark,
                f"de verwijzing *{name} wijst naar een deel dat impl door een "
                "andere fout hierboven overslaat; los die eerst op",
            )
        )
        parent = self.stack[-1] if self.stack else None
        if parent and parent.kind == "map" and not parent.discard:
            if parent.has_key:  # leave the key out, as its value is unknown
                parent.has_key = False
                parent.skip_value = False
            else:  # used as a key: skip its value too
                self._take_key(parent, _NOTHING, mark)

    def _place(
        self, value: Any, size: int, height: int, mark: Position, anchor: str | None
    ) -> None:
        """A finished value: the root, or an item, key or value of the open container."""
        if anchor:
            self.anchors[anchor] = (value, size, height)
        if not self.stack:
            self.root = value
            self.positions.values[()] = mark
            return
        frame = self.stack[-1]
        frame.size += size
        frame.height = max(frame.height, height + 1)
        if frame.discard:
            return
        if frame.kind == "seq":
            self._append(frame, value, mark)
        elif not frame.has_key:
            self._take_key(frame, value, mark)
        else:
            self._set_value(frame, value, mark)

    def _append(self, frame: _Frame, value: Any, mark: Position) -> None:
        if len(frame.container) >= MAX_LIST_ITEMS:
            raise YamlProblem(
                mark,
                f"deze lijst heeft meer dan {MAX_LIST_ITEMS:,} items; een plan heeft er "
                "hooguit een paar honderd. Is dit wel een plan?".replace(",", "."),
            )
        path = (*frame.path, len(frame.container))
        frame.container.append(value)
        self.positions.values[path] = mark
        self.positions.keys[path] = mark

    def _set_value(self, frame: _Frame, value: Any, mark: Position) -> None:
        frame.has_key = False
        if frame.skip_value:
            frame.skip_value = False
            return
        path = (*frame.path, frame.key)
        frame.container[frame.key] = value
        self.positions.values[path] = mark
        self.positions.keys[path] = frame.key_mark

    def _take_key(self, frame: _Frame, key: Any, mark: Position) -> None:
        """A mapping's next key. A key impl cannot use gets its value skipped."""
        frame.has_key = True
        frame.key_mark = mark
        frame.key = self._usable_key(frame, key, mark)
        frame.skip_value = frame.key is _NOTHING

    def _usable_key(self, frame: _Frame, key: Any, mark: Position) -> Any:
        """The key as text to store the value under, or _NOTHING (with the problem noted)."""
        if isinstance(key, _Sentinel):  # a list or mapping used as a key, reported already
            return _NOTHING
        if not isinstance(key, str):
            self.problems.append(
                YamlProblem(
                    mark,
                    f"een sleutel moet tekst zijn, niet {_shown_key(key)}; geef deze regel "
                    "een naam",
                )
            )
            return _NOTHING
        invisible = _INVISIBLE_RE.search(key)
        if invisible:
            key = self._without_invisible(key, invisible.start(), mark)
        if key is not _NOTHING and key in frame.container:
            first = self.positions.keys[(*frame.path, key)]
            self.problems.append(
                YamlProblem(
                    mark,
                    f"de sleutel {key!r} staat twee keer in hetzelfde blok: op regel "
                    f"{first.line} en op regel {mark.line}; voeg ze samen of haal er één weg",
                )
            )
            return _NOTHING
        return key

    def _without_invisible(self, key: str, index: int, mark: Position) -> Any:
        """A key with a pasted invisible character: noted; `wat\\u00a0:` is meant as `wat:`
        and read so (no "missing" error follows), but pasted indentation put the key at the
        wrong level, where its value would only cause confusing errors: _NOTHING."""
        clean = "".join(c for c in key if c not in INVISIBLE).strip()
        leading = not key[:index].strip() and key[index] in SPACES
        self.problems.append(
            YamlProblem(
                Position(mark.line, mark.column + index),
                f"{'voor' if leading else 'in'} de sleutel `{clean}` staat een "
                f"{INVISIBLE[key[index]]}, vaak meegekomen bij kopiëren uit Word of een "
                "website; typ de sleutel en de spaties ervoor opnieuw",
            )
        )
        return _NOTHING if leading else clean


def _shown_key(key: Any) -> str:
    """How a key that is not text is named in a message."""
    if key is None:
        return "leeg"
    if isinstance(key, bool):
        return str(key).lower()
    return "een lijst of blok"
