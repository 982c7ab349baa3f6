"""What every part of reading a plan's YAML shares: where a value stands, what went wrong
there, the limits a file must stay within, and the characters pasted text brings along."""

from __future__ import annotations

from typing import Any, NamedTuple

MAX_DEPTH = 50  # a plan needs fewer than 10 levels
MAX_ALIAS_NODES = 100_000  # nodes that aliases may add by repetition
# A plan of 2,000 activities has about 26,000 parts and lists of at most a few hundred items
# (bench/). Far beyond that a file is a flood, not a plan: refused where it starts, before
# a million wrong items each become an error message (bench/RESULTS.md, issue 12).
MAX_NODES = 100_000
MAX_LIST_ITEMS = 10_000

YamlPath = tuple[str | int, ...]

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
# The visible-width ones: used as indentation they move a key to another level.
SPACES = {"\u00a0", "\u2007", "\u202f"}


class Position(NamedTuple):
    """A place in the file, 1-based like an editor shows it."""

    line: int
    column: int


START = Position(1, 1)


class Positions:
    """Where every key and value of a plan stands in its file."""

    __slots__ = ("keys", "values")

    def __init__(self) -> None:
        self.keys: dict[YamlPath, Position] = {}
        self.values: dict[YamlPath, Position] = {}

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
    """One input problem found while reading; `fatal` ones stop the read.

    A fatal problem that stands in several places (tabs all through a file) carries the
    others in `elsewhere`, so the user can mend them in one go.
    """

    def __init__(
        self, position: Position, message: str, elsewhere: tuple[YamlProblem, ...] = ()
    ) -> None:
        super().__init__(message)
        self.position = position
        self.message = message
        self.elsewhere = elsewhere


def position_of(mark: Any) -> Position:
    """The Position of a PyYAML mark (0-based line and column)."""
    return Position(mark.line + 1, mark.column + 1)


def show_path(path: YamlPath) -> str:
    """`doelgroepen[2].kanalen`: the path as users see it, counting items from 1."""
    text = ""
    for entry in path:
        text += f"[{entry + 1}]" if isinstance(entry, int) else (f".{entry}" if text else entry)
    return text
