"""Is this file a plan? Decided by reading it as YAML, not by its name or its first bytes.

Used where impl must not guess wrong: `impl check DIR` (a plan that is skipped is a plan
that is never checked) and every write (a plan is never overwritten). A file is a plan
when its top level is a mapping with a `formaat` key, whatever the encoding, the line
endings, the quoting or the style (block, flow, JSON). When the text is not valid YAML, a
line that starts a `formaat:` key is enough: a broken plan is still a plan.
"""

from __future__ import annotations

import codecs
import re

# Byte order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
ENCODING_NAMES = {
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
}
FORMAT_LINE = re.compile(
    r"""(?:^|[{,])[ \t]*["']?formaat["']?[ \t]*:""", re.MULTILINE | re.IGNORECASE
)


def sniff_encoding(raw: bytes) -> tuple[str, int]:
    """The encoding of `raw` and the length of its byte order mark.

    Without a mark, the pattern of zero bytes in the first characters tells UTF-16 and
    UTF-32 apart (YAML text starts with ASCII, so every code unit has zero bytes).
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding, len(bom)
    head = raw[:400]
    if len(head) >= 4 and b"\x00" in head:
        quads = len(head) // 4
        if quads and all(head[4 * i + 1 : 4 * i + 4] == b"\0\0\0" for i in range(min(quads, 8))):
            return "utf-32-le", 0
        if quads and all(head[4 * i : 4 * i + 3] == b"\0\0\0" for i in range(min(quads, 8))):
            return "utf-32-be", 0
        odd, even = head[1::2].count(0), head[0::2].count(0)
        pairs = len(head) // 2
        if odd > pairs * 3 // 4 and even < pairs // 4:
            return "utf-16-le", 0
        if even > pairs * 3 // 4 and odd < pairs // 4:
            return "utf-16-be", 0
    return "utf-8", 0


def as_text(raw: bytes) -> str:
    """Best-effort text for deciding what a file is (never for loading it)."""
    encoding, skip = sniff_encoding(raw)
    text = raw[skip:].decode(encoding, errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_plan_text(raw: bytes) -> bool:
    """True when `raw` is (or is meant to be) a plan."""
    text = as_text(raw)
    from .yamlbase import YamlProblem
    from .yamlread import read_yaml

    try:
        data, _, _ = read_yaml(text.lstrip("\ufeff"))
    except YamlProblem:
        return FORMAT_LINE.search(text) is not None
    except (RecursionError, MemoryError):  # pragma: no cover - read_yaml bounds both
        return True
    return is_plan_data(data)


def is_plan_data(data: object) -> bool:
    """A mapping with a `formaat` key (any case, stray spaces around it)."""
    return isinstance(data, dict) and any(
        isinstance(key, str) and key.strip().strip("\ufeff").casefold() == "formaat" for key in data
    )
