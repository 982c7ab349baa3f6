"""Text from a plan, a file name or a key, shown so that it can never act.

Whatever impl prints may come from a hostile plan or file name. On a terminal a raw control
character can move the cursor, set the window title or fake a green report; a bidi override
reverses what the reader sees; in a GitHub Actions log a line that starts with `::` (after
any spaces) or holds `##[` anywhere is a workflow command (`::add-mask::`,
`::stop-commands::`, `##[error]`). So every such text passes through `visible()` (reports,
messages on stderr, summaries) or `json_visible()` (JSON output) on its way out:

- `\\n`, `\\r`, `\\t` show as those two characters;
- other control characters, line and paragraph separators, bidi controls, invisible
  format characters and noncharacters (U+FFFE, which XML cannot hold) show as
  `<U+202E>`; a byte that is not UTF-8 in a file name shows as `\\xff`;
- `::` at the start of the text or after a space shows its first colon as `<U+003A>`, and
  `##[` shows as `##<U+005B>`, so no output line can be a workflow command.

The zero-width joiners (U+200C, U+200D, in emoji and some scripts) and the soft hyphen stay:
they change nothing but how a word joins or breaks.
"""

from __future__ import annotations

import re

# Cc (C0, DEL, C1), Cs (surrogates: undecodable bytes of a file name), Zl, Zp, and Cf
# (format characters: bidi controls, zero-width space, BOM, tags...) but for the three above.
# tests/test_hostile_output.py checks this list against unicodedata.
_C0 = "\x00-\x1f"
_BEYOND_C0 = (
    "\x7f-\x9f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b"
    "\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
    # Noncharacters (U+FDD0-U+FDEF and the last two of every plane): XML cannot hold
    # U+FFFE and U+FFFF, so python-docx refuses them, and none of them is text.
    "\ufdd0-\ufdef\ufffe\uffff"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}-{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
    )
)
UNSAFE_CLASS = _C0 + _BEYOND_C0
_UNSAFE = re.compile(f"[{UNSAFE_CLASS}]|(?:^|(?<=\\s))::|##\\[")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _show(match: re.Match[str]) -> str:
    found = match.group()
    if found == "::":
        return "<U+003A>:"
    if found == "##[":
        return "##<U+005B>"
    if found in _NAMED:
        return _NAMED[found]
    code = ord(found)
    if 0xDC80 <= code <= 0xDCFF:  # a byte Python could not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"<U+{code:04X}>"


def visible(text: object) -> str:
    """`text` with everything that could act shown as inert, readable marks."""
    shown = str(text)
    return _UNSAFE.sub(_show, shown) if _UNSAFE.search(shown) else shown


# json.dumps already escapes C0 inside strings; outside them it writes only its own layout.
_JSON_UNSAFE = re.compile(f"[{_BEYOND_C0}]|##\\[")


def _json_escape(match: re.Match[str]) -> str:
    found = match.group()
    if found == "##[":
        return "##\\u005b"
    code = ord(found)
    if code > 0xFFFF:  # as a surrogate pair, like JSON wants
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_visible(document: str) -> str:
    """JSON text (from json.dumps) with the same characters written as `\\uXXXX` escapes:
    a program reading it gets exactly the original text, a log shows nothing that acts."""
    return _JSON_UNSAFE.sub(_json_escape, document)


def controls_visible(text: str, keep: str = "\n\t", *, markup: bool = False) -> str:
    """Only the characters of UNSAFE_CLASS shown as marks, `keep` left as they are: for
    documents, where line breaks and tabs are the filters' business. With `markup` (text that
    is already HTML) the mark's angle brackets are written as entities: a bare `<U+202E>`
    would be read as a tag, and could swallow the rest of the page."""

    def mark(match: re.Match[str]) -> str:
        if match.group() in keep:
            return match.group()
        shown = _show(match)
        return shown.replace("<", "&lt;").replace(">", "&gt;") if markup else shown

    return re.sub(f"[{UNSAFE_CLASS}]", mark, text)


def fence(text: str, minimum: int = 3) -> str:
    """A backtick fence longer than any run of backticks in `text`, so that text can never
    close the code block it sits in."""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    return "`" * max(minimum, longest + 1)
