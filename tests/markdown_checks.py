"""How a Markdown viewer reads a rendered plan: shared by the golden and the fuzz tests.

Each check asserts one property a reader would notice: tables keep their columns, no HTML
from the plan gets through, and the Mermaid timeline is well-formed.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from markdown_it import MarkdownIt

# The sections of the issue, in its order; a document shows a subset, never another order.
SECTION_ORDER = [
    "Samenvatting",
    "De interventie",
    "Doelen en KPI's",
    "Betrokkenen en implementatieteam",
    "Doelgroepen en communicatie",
    "Wat helpt en wat remt: beïnvloedende factoren",
    "Activiteiten per fase",
    "Tijdlijn",
    "Begroting en capaciteit",
    "Evaluatie",
    "Borging: zo blijft de interventie",
    "Bijstellingen",
]


def tokens_of(text: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(text)


def split_row(line: str) -> list[str]:
    """The cells of a GFM table row, the way GitHub splits it: on `|` not escaped."""
    line = line.strip()
    assert line.startswith("|") and line.endswith("|") and not line.endswith("\\|"), line
    return re.split(r"(?<!\\)\|", line[1:-1])


def check_tables(text: str, tokens: list | None = None) -> None:
    """Every table row has as many cells as its header, counted on the raw `|` separators.

    markdown-it pads a short row with empty cells, so the parsed tokens alone would not
    notice a row that lost a column.
    """
    # Lines as Markdown counts them: only \n, \r\n and \r end a line (str.splitlines()
    # would also split on U+0085, U+2028 and form feeds, which are text to a viewer).
    lines = re.sub(r"\r\n?", "\n", text).split("\n")
    tables = [t for t in tokens or tokens_of(text) if t.type == "table_open"]
    for table in tables:
        start, end = table.map
        rows = [split_row(line) for line in lines[start:end]]
        header, delimiter, *body = rows
        assert all(re.fullmatch(r":?-{3,}:?", c.strip()) for c in delimiter)
        assert len(delimiter) == len(header)
        for row in body:
            assert len(row) == len(header), (lines[start], row)
    # Every line that looks like a table row belongs to a parsed table.
    in_tables = {i for t in tables for i in range(*t.map)}
    stray = [line for i, line in enumerate(lines) if line.startswith("| ") and i not in in_tables]
    assert not stray


def check_no_html(text: str, tokens: list | None = None) -> None:
    """No HTML, link or image from the plan: the only HTML is the document's own `<br>`."""
    for token in tokens or tokens_of(text):
        assert token.type != "html_block", token.content
        for child in token.children or []:
            assert child.type != "html_inline" or child.content == "<br>", child.content
            assert child.type != "link_open", text[:200]
            assert child.type != "image"


# --- the Mermaid timeline -----------------------------------------------------------------

TASK = re.compile(r"(?P<name>[^:;#\n]+?) :(?P<data>[^:;#\n]+)")
TAGS = {"done", "active", "crit", "milestone"}
KEYWORDS = re.compile(
    r"(gantt|title|section|dateformat|axisformat|tickinterval|includes|excludes|todaymarker|"
    r"inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr)\b",
    re.IGNORECASE,
)


def parse_gantt(block: str) -> dict[str, list[dict]]:
    """Check a gantt block line by line the way Mermaid's grammar reads it."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    if lines[0].startswith("%%{"):
        directive = lines.pop(0)
        assert directive.startswith("%%{init:") and directive.endswith("}%%"), directive
        json.loads(directive[len("%%{init:") : -len("}%%")])  # its settings must be JSON
    assert lines[0] == "gantt"
    assert "dateFormat YYYY-MM-DD" in lines
    sections: dict[str, list[dict]] = {}
    current = None
    for line in lines[1:]:
        if line.startswith(("dateFormat ", "axisFormat ")):
            continue
        if line.startswith("section "):
            current = line[len("section ") :]
            assert not re.search(r"[:;#]", current), line
            sections[current] = []
            continue
        match = TASK.fullmatch(line)
        assert match and current is not None, line
        assert not KEYWORDS.match(match["name"]), line
        *tags, start, end = (part.strip() for part in match["data"].split(","))
        assert set(tags) <= TAGS, line
        first = dt.date.fromisoformat(start)
        if "milestone" in tags:
            assert end == "0d", line
        else:
            assert dt.date.fromisoformat(end) > first, line
        sections[current].append({"name": match["name"], "tags": tags, "start": first})
    assert all(sections.values()), "a section without tasks"
    return sections
