"""The plan file as ruamel.yaml's round-trip document: values set in place, list items added,
removed and moved, and the text written back so that what a person wrote stays theirs.

Comments, key order, blank lines and the quoting of everything untouched are kept by
ruamel.yaml itself. Its documented losses are handled here:
- a comment on the lines after a key or list item belongs to that entry in ruamel's model, so
  removing the entry would take the next part's comment along: it is moved to the entry
  before (`_keep_following_comments`);
- a value that is cleared keeps its key (`eigenaar:` with nothing after it reads as empty), so
  the comment on its line and after it stays; only keys the form itself added are removed.
New keys are inserted in the model's order, after the key that precedes them there.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NamedTuple

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    ScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.tokens import CommentToken

from ..errors import UserError
from ..plan.yamlbase import YamlPath

# Where a folded text (`>`) that the form changed is broken into lines: the voorbeelden and
# init's comments keep lines under 100 characters.
FOLD_WIDTH = 96
# Indentations tried, most common first: (mapping, sequence, offset of the dash).
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (2, 3, 1), (3, 5, 2))


class YamlDocument:
    """One plan file held as a round-trip document."""

    def __init__(self, text: str, order_for: Callable[[YamlPath], Sequence[str]]) -> None:
        """`order_for(path)`: the keys of the mapping at `path` in the model's order."""
        self.order_for = order_for
        self.yaml = _yaml(*_INDENTS[0])
        # What ruamel would not give back is kept aside and put back around every dump.
        self._outside, body = _outside(text)
        try:
            self.root = self.yaml.load(body)
        except YAMLError as error:
            raise UserError(
                f"het formulier kan dit bestand niet lezen ({_first_line(error)}); "
                "`impl check` zegt waar het misgaat"
            ) from None
        if not isinstance(self.root, CommentedMap):
            raise UserError("het formulier kan alleen een plan met sleutels en waarden openen")
        # The indentation that writes this file back unchanged; when none does, the first
        # is used and `reformats` says how many lines a save would change.
        self.reformats = 0
        best: tuple[int, YAML] | None = None
        for indent in _INDENTS:
            candidate = _yaml(*indent)
            changed = _changed_lines(body, _dump(candidate, self.root))
            if changed == 0:
                best = (0, candidate)
                break
            if best is None or changed < best[0]:
                best = (changed, candidate)
        assert best is not None
        self.reformats, self.yaml = best
        self.version = 0  # counts the changes, so the text is written once per change
        self._text: tuple[int, str] | None = (0, text) if self.reformats == 0 else None

    def text(self) -> str:
        if self._text is None or self._text[0] != self.version:
            self._text = (self.version, self._outside.around(_dump(self.yaml, self.root)))
        return self._text[1]

    def changed(self) -> None:
        """Say that the document changed (every method here that changes it calls this)."""
        self.version += 1

    # --- reading --------------------------------------------------------------------------

    def get(self, path: YamlPath) -> Any:
        """The node at `path`, or None when a part of it is absent."""
        node: Any = self.root
        for part in path:
            if isinstance(part, int):
                if not isinstance(node, list) or part >= len(node):
                    return None
            elif not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node

    def has(self, path: YamlPath) -> bool:
        parent = self.get(path[:-1])
        key = path[-1]
        if isinstance(key, int):
            return isinstance(parent, list) and key < len(parent)
        return isinstance(parent, dict) and key in parent

    # --- changing -------------------------------------------------------------------------

    def set(self, path: YamlPath, value: Any) -> None:
        """Set the value at `path`, creating the mappings on the way (a key in `order`'s
        place). A text keeps the quoting or block style its old value had."""
        self.changed()
        parent = self.ensure_map(path[:-1])
        key = path[-1]
        old = parent[key] if _contains(parent, key) else None
        value = _styled_like(old, value)
        if isinstance(key, int) or key in parent:
            parent[key] = value
        else:
            at = _insert_at(parent, key, self.order_for(path[:-1]))
            parent.insert(at, key, value)
            if at > 0 and not _nested_block(value):
                # The comment lines after the key before it introduce the key after it:
                # the new key goes above them, not between them and their key.
                _hand_on_comments(parent, list(parent)[at - 1], key)

    def ensure_map(self, path: YamlPath) -> Any:
        """The mapping at `path`; absent (or empty) mappings on the way are created."""
        self.changed()
        node: Any = self.root
        for depth, part in enumerate(path):
            child = node[part] if _contains(node, part) else None
            if child is None:
                child = CommentedMap()
                if isinstance(part, int):
                    node[part] = child
                else:
                    if part in node:
                        node[part] = child
                    else:
                        order = self.order_for(path[:depth])
                        node.insert(_insert_at(node, part, order), part, child)
            node = child
        return node

    def set_choices(self, path: YamlPath, chosen: list[str]) -> None:
        """The list of choices at `path` becomes `chosen`: items kept stay where they are
        (with their comments), new ones are added at the end; a new list is written `[a, b]`."""
        self.changed()
        current = self.get(path)
        if isinstance(current, CommentedSeq):
            for index in reversed(range(len(current))):
                if str(current[index]).strip() not in chosen:
                    del current[index]
            kept = {str(item).strip() for item in current}
            current.extend(value for value in chosen if value not in kept)
            return
        seq = CommentedSeq(chosen)
        seq.fa.set_flow_style()
        self.set(path, seq)

    def remove_key(self, path: YamlPath) -> None:
        self.changed()
        parent = self.get(path[:-1])
        key = path[-1]
        if isinstance(parent, CommentedMap) and key in parent:
            _keep_following_comments(parent, key)
            del parent[key]

    def list_at(self, path: YamlPath) -> CommentedSeq:
        """The list at `path`, created (in block style) when absent or empty."""
        self.changed()
        found = self.get(path)
        if isinstance(found, CommentedSeq):
            if not found:
                found.fa.set_block_style()
            return found
        seq = CommentedSeq()
        parent = self.ensure_map(path[:-1])
        key = path[-1]
        if isinstance(key, str) and key not in parent:
            parent.insert(_insert_at(parent, key, self.order_for(path[:-1])), key, seq)
        else:
            parent[key] = seq
        return seq

    def append(self, path: YamlPath, item: Any) -> int:
        """Add `item` at the end of the list at `path`; returns its index. A mapping takes
        the style (flow `{...}` or block) of the item before it."""
        self.changed()
        seq = self.list_at(path)
        if isinstance(item, CommentedMap) and seq and isinstance(seq[-1], CommentedMap):
            if seq[-1].fa.flow_style():
                item.fa.set_flow_style()
            else:
                item.fa.set_block_style()
        seq.append(item)
        return len(seq) - 1

    def remove_item(self, path: YamlPath, index: int) -> None:
        self.changed()
        seq = self.get(path)
        if isinstance(seq, CommentedSeq) and 0 <= index < len(seq):
            _keep_following_comments(seq, index)
            del seq[index]
            # ruamel keeps comments by index: shift those after the removed item back.
            items = seq.ca.items
            for position in sorted(k for k in items if isinstance(k, int) and k > index):
                items[position - 1] = items.pop(position)

    def move_item(self, path: YamlPath, index: int, to: int) -> None:
        """Swap item `index` with item `to`; comments on the lines between stay in place."""
        self.changed()
        seq = self.get(path)
        if isinstance(seq, CommentedSeq) and 0 <= index < len(seq) and 0 <= to < len(seq):
            seq[index], seq[to] = seq[to], seq[index]


def _yaml(mapping: int, sequence: int, offset: int) -> YAML:
    yaml = YAML()  # round-trip
    yaml.width = 4096  # a text the form sets stays on its line
    yaml.preserve_quotes = True
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    # An empty value is written as nothing (`eigenaar:`), as people write it, not `null`.
    yaml.representer.add_representer(
        type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "")
    )
    return yaml


class _Outside(NamedTuple):
    """The parts of a plan file that ruamel's round trip loses: a byte-order mark, Windows
    line endings, and the comments above a `---` line with the line itself."""

    bom: str
    newline: str
    prefix: str

    def around(self, dumped: str) -> str:
        return self.bom + (self.prefix + dumped).replace("\n", self.newline)


_DOCUMENT_START = re.compile(r"---[ \t]*(#.*)?")


def _outside(text: str) -> tuple[_Outside, str]:
    """The file's outside parts, and the text ruamel reads (LF line endings, from the first
    line after `---` when only comments and blank lines come before it)."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    text = text[len(bom) :]
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _DOCUMENT_START.fullmatch(line):
            prefix = "".join(f"{line}\n" for line in lines[: index + 1])
            return _Outside(bom, newline, prefix), "\n".join(lines[index + 1 :])
        if line.strip() and not line.lstrip().startswith("#"):
            break
    return _Outside(bom, newline, ""), text


def _dump(yaml: YAML, root: Any) -> str:
    stream = io.StringIO()
    yaml.dump(root, stream)
    return stream.getvalue()


def _changed_lines(before: str, after: str) -> int:
    import difflib

    old, new = before.splitlines(), after.splitlines()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )


def _first_line(error: YAMLError) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else "onleesbaar"


def _contains(node: Any, key: str | int) -> bool:
    if isinstance(key, int):
        return isinstance(node, list) and 0 <= key < len(node)
    return isinstance(node, dict) and key in node


def _insert_at(mapping: CommentedMap, key: str, order: Sequence[str]) -> int:
    """The index for a new `key`: after the last present key that comes before it in
    `order` (the model's order); at the end when the order does not know it."""
    if key not in order:
        return len(mapping)
    earlier = set(order[: order.index(key)])
    position = 0
    for index, present in enumerate(mapping):
        if present in earlier:
            position = index + 1
    return position


def _styled_like(old: Any, value: Any) -> Any:
    """A new text in the style of the old one: quoted stays quoted, a block stays a block."""
    if not isinstance(value, str) or isinstance(value, ScalarString):
        return value
    if "\n" in value:
        return LiteralScalarString(value + "\n")
    if isinstance(old, FoldedScalarString):
        folded = FoldedScalarString(value + ("\n" if str(old).endswith("\n") else ""))
        folded.fold_pos = _fold_positions(value)
        return folded
    if isinstance(old, LiteralScalarString):
        return LiteralScalarString(value + ("\n" if str(old).endswith("\n") else ""))
    if isinstance(old, DoubleQuotedScalarString):
        return DoubleQuotedScalarString(value)
    if isinstance(old, SingleQuotedScalarString):
        return SingleQuotedScalarString(value)
    return value


def _fold_positions(text: str) -> list[int]:
    """Spaces where a folded text breaks, so no line is much longer than FOLD_WIDTH."""
    positions = []
    line_start = 0
    last_space = -1
    for match in re.finditer(" ", text):
        at = match.start()
        if at - line_start > FOLD_WIDTH and last_space > line_start:
            positions.append(last_space)
            line_start = last_space + 1
        last_space = at
    if len(text) - line_start > FOLD_WIDTH and last_space > line_start:
        positions.append(last_space)
    return positions


def _nested_block(value: Any) -> bool:
    """A non-empty mapping or list in block style: its own entries hold the comments."""
    return (
        isinstance(value, CommentedMap | CommentedSeq) and bool(value) and not value.fa.flow_style()
    )


def _last_entry(node: Any) -> tuple[Any, Any] | None:
    """The container and key of the last scalar entry inside `node`: where ruamel keeps the
    comment lines that follow `node` in the file."""
    while _is_block(node):
        last: Any = list(node)[-1] if isinstance(node, CommentedMap) else len(node) - 1
        if not _is_block(node[last]):
            return node, last
        node = node[last]
    return None


def _is_block(node: Any) -> bool:
    """A mapping or list with entries, written in block style (not `{...}` or `[...]`)."""
    return (
        isinstance(node, CommentedMap | CommentedSeq) and bool(node) and not node.fa.flow_style()
    )


def _token_slot(container: Any) -> int:
    """Where ruamel keeps the comment after an entry: [2] in a mapping, [0] in a list."""
    return 2 if isinstance(container, CommentedMap) else 0


def _following_lines(container: Any, key: Any) -> str:
    """The comment lines after the entry `key` (not the comment on its own line), taken away
    from it; "" when there are none."""
    entry = container.ca.items.get(key)
    slot = _token_slot(container)
    if not entry or len(entry) <= slot or entry[slot] is None:
        return ""
    token = entry[slot]
    own, _, rest = token.value.partition("\n")  # the first line ends the entry's own line
    if not rest.strip():
        return ""
    token.value = f"{own}\n" if own.strip() else "\n"
    return str(rest)


def _keep_following_comments(container: Any, key: Any) -> None:
    """Before `container[key]` is removed: move the comment lines that follow it in the file
    to the entry before it, so they stay where they were."""
    holder: tuple[Any, Any] | None
    value = container[key]
    holder = _last_entry(value) if _nested_block(value) else (container, key)
    if holder is None:
        return
    rest = _following_lines(*holder)
    if not rest:
        return
    keys = list(container) if isinstance(container, CommentedMap) else list(range(len(container)))
    at = keys.index(key)
    if at == 0:
        return  # nothing before it in this block: the lines go with the entry
    before = keys[at - 1]
    previous = container[before]
    target: tuple[Any, Any] | None
    if (
        isinstance(previous, CommentedMap | CommentedSeq)
        and previous
        and not previous.fa.flow_style()
    ):
        target = _last_entry(previous)
    else:
        target = (container, before)
    if target is None:
        return
    owner, name = target
    slot = _token_slot(owner)
    entry = owner.ca.items.setdefault(name, [None, None, None, None])
    while len(entry) <= slot:
        entry.append(None)
    token = entry[slot]
    if token is None:
        entry[slot] = CommentToken("\n" + rest, _mark(), None)
    else:
        existing = token.value if token.value.endswith("\n") else token.value + "\n"
        token.value = existing + rest


def _hand_on_comments(container: CommentedMap, before: Any, new: Any) -> None:
    """Move the comment lines that follow entry `before` to the entry `new` right after it."""
    previous = container[before]
    holder = _last_entry(previous) if _nested_block(previous) else (container, before)
    if holder is None:
        return
    rest = _following_lines(*holder)
    if rest:
        container.ca.items[new] = [None, None, CommentToken("\n" + rest, _mark(), None), None]


def _mark() -> Any:
    from ruamel.yaml.error import CommentMark

    return CommentMark(0)


def as_value(kind: str, text: str) -> Any:
    """The YAML value for what a person typed in a field of `kind`; a text the model
    will refuse stays text, so `check`'s own message explains it."""
    if kind == "datum":
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    if kind in ("getal", "heel"):
        compact = text.replace(" ", "")
        if re.fullmatch(r"[-+]?(0|[1-9]\d{0,14})", compact):
            return int(compact)
        if kind == "getal" and re.fullmatch(r"[-+]?(0|[1-9]\d{0,14})\.\d{1,10}", compact):
            number = float(compact)
            # Only when YAML writes back exactly what was typed: `6.800` stays text, so
            # impl's loader asks whether 6800 or 6,8 was meant, as `check` does.
            if repr(number) == compact.lstrip("+"):
                return number
        return text
    if kind == "janee":
        return text == "true"
    return text
