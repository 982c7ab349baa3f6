"""Output on a console that cannot show every character impl prints.

A Windows console with an old code page (cp850, cp1252) or output redirected to a file in
such an encoding cannot show ● ▲ ■ ✖ or a box line. Python's "replace" makes them `?`, which
reads like a question; here they become plain characters that keep their meaning.
"""

from __future__ import annotations

import codecs
import unicodedata

HANDLER = "impl_plain"

_PLAIN = {
    "●": "o",
    "○": "o",
    "◐": "o",
    "▲": "^",
    "△": "^",
    "■": "#",
    "□": "#",
    "✖": "x",
    "✗": "x",
    "✔": "v",
    "✓": "v",
    "─": "-",
    "━": "-",
    "│": "|",
    "█": "#",
    "▓": "#",
    "▒": "=",
    "░": ".",
    "→": "->",
    "←": "<-",
    "…": "...",
    "–": "-",
    "—": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "€": "EUR",
    "·": ".",
    "•": "*",
}
# A sparkline's eight heights, ▁ to █, kept in order.
_PLAIN.update(zip("▁▂▃▄▅▆▇", "_.,-=+*", strict=True))


def _plain(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    out = []
    for character in text:
        if character in _PLAIN:
            out.append(_PLAIN[character])
            continue
        # é → e when even the accent cannot be shown; anything else: ?
        base = unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode()
        out.append(base or "?")
    return "".join(out), error.end


def register() -> str:
    """Register the handler (once per process) and return its name for reconfigure()."""
    try:
        codecs.lookup_error(HANDLER)
    except LookupError:
        codecs.register_error(HANDLER, _plain)
    return HANDLER
