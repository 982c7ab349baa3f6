"""Markdown, for readers on GitHub and GitLab: the timeline as a Mermaid gantt chart.

The main template (`templates/document/md/plan.md.j2`) has a block per section; the filter
`blok` lays out any block of the view model, escaped with `markdown.py`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from ... import dutch
from ...domain.activity import ActivityStatus
from ..markdown import Markdown, cell, compose, escape, text_block
from ..view import Alinea, Cel, Grafiek, Opsomming, Scores, Tabel, Tijdlijn, Tussenkop

if TYPE_CHECKING:
    from ..huisstijl import HouseStyle
    from ..view import Document

GANTT_NAME_LENGTH = 50
# Mermaid gantt tags: finished work grey, running work highlighted.
GANTT_TAGS = {ActivityStatus.DONE: ("done",), ActivityStatus.RUNNING: ("active",)}
LIGHTS = {"groen": "🟢", "oranje": "🟠", "rood": "🔴"}
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


def render(document: Document, style: HouseStyle | None) -> bytes:
    from ...errors import UserError
    from ..engine import TemplateProblem, check_blocks, make_environment, render_template

    env = make_environment(
        "md",
        style.folder if style else None,
        autoescape=False,  # Markdown, not HTML: the filters escape
        filters={"md": escape, "tekst": text_block, "blok": block},
        globals={"opmaak": compose},
    )
    try:
        main = f"{document.soort}.md.j2"
        if style is not None:
            check_blocks(env, main)
        text = render_template(env, main, context(document))
    except TemplateProblem as problem:
        raise UserError(str(problem)) from None
    return tidy(text).encode("utf-8")


def context(document: Document) -> dict[str, Any]:
    """What a template sees: the document's fields by name, and the document itself."""
    return {
        "document": document,
        "titel": document.titel,
        "titelblok": document.titelblok,
        "samenvatting": document.samenvatting,
        "secties": document.secties,
        "slot": document.slot,
        "vandaag": document.vandaag,
        "bestand": document.bestand,
        "plan": document.plan,
    }


_WORKFLOW_LINE = re.compile(r"^(\s*)(::)", re.MULTILINE)


def tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, exactly one newline at the end.

    And, whatever a template wrote: no control or bidi character, no line that GitHub
    Actions would read as a workflow command when the document is printed in a CI log (a
    backslash keeps the text the same in Markdown).
    """
    from ...shown import controls_visible

    text = controls_visible(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _WORKFLOW_LINE.sub(r"\1\\\2", text).replace("##[", "#\\#[")
    text = _TRAILING_SPACE.sub("", text)
    text = _EXTRA_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n") + "\n"


def block(item: object) -> Markdown:
    """Any block of the view model as Markdown, ending without a newline."""
    if isinstance(item, Alinea):
        if item.label and item.tekst:
            return compose("**{}** {}", item.kop, item.tekst)
        if item.label:
            return compose("**{}**", item.label)
        return text_block(item.tekst)
    if isinstance(item, Opsomming):
        return Markdown(
            "\n".join(
                compose("- **{}** {}", r.kop, r.tekst) if r.label else compose("- {}", r.tekst)
                for r in item.items
            )
        )
    if isinstance(item, Tussenkop):
        return compose("### {}", item.tekst)
    if isinstance(item, Tabel):
        return _table(item)
    if isinstance(item, Tijdlijn):
        return _gantt(item)
    if isinstance(item, Scores):
        return _scores(item)
    if isinstance(item, Grafiek):
        return _chart(item)
    raise TypeError(f"geen blok: {type(item).__name__}")


def _cell(value: Cel, bold: bool = False) -> Markdown:
    parts = []
    if value.vet:
        parts.append(compose("**{}**", value.vet))
    if value.tekst:
        parts.append(
            compose("**{}**", value.tekst) if value.nadruk or bold else escape(value.tekst)
        )
    shown = Markdown(" ".join(parts))
    if value.klein:
        shown = Markdown(shown + "<br>" + compose("*{}*", value.klein) if shown else "")
    if value.lijst:
        items = cell(list(value.lijst))
        shown = Markdown(shown + "<br>" + items if shown else items)
    return shown


def _table(table: Tabel) -> Markdown:
    lines = [
        "| " + " | ".join(cell(h) for h in table.kop) + " |",
        "|" + "".join("---:|" if c in table.getallen else "---|" for c in range(len(table.kop))),
    ]
    rows = [*table.rijen, table.totaal] if table.totaal else table.rijen
    for index, row in enumerate(rows):
        closing = bool(table.totaal) and index == len(rows) - 1
        lines.append("| " + " | ".join(_cell(c, closing) for c in row) + " |")
    return Markdown("\n".join(lines))


def _chart(chart: Grafiek) -> Markdown:
    """A KPI's metingen as a small table beside what the line expected on each date: the
    numbers a chart would show, readable on any Markdown viewer."""
    from ...domain.line import Line, is_whole
    from ...dutch import rounded

    line = whole = None
    if len(chart.lijn) == 2:
        start, end = chart.lijn
        line = Line(start.datum, start.waarde, end.datum, end.waarde)
        whole = is_whole(start.waarde) and is_whole(end.waarde)
    rows = [
        (
            dutch.short_date(p.datum),
            dutch.number(p.waarde),
            rounded(line.expected(p.datum), whole) if line else "",
        )
        for p in chart.metingen
    ]
    head = compose("**{}** ({})", chart.naam, chart.oordeel)
    if not rows:
        return head
    table = Tabel(
        kop=("Datum", "Gemeten", "Volgens de lijn") if line else ("Datum", "Gemeten"),
        rijen=tuple(tuple(Cel(v) for v in (row if line else row[:2])) for row in rows),
        getallen=(1, 2) if line else (1,),
    )
    return Markdown(head + "\n\n" + _table(table))


def _light(light: str | None) -> str:
    return f"{LIGHTS[light]} {light}" if light in LIGHTS else ""


def _scores(scores: Scores) -> Markdown:
    out = ["### Quickscan", ""]
    if scores.wacht:
        out += [escape(scores.wacht), "", *(compose("- {}", f) for f in scores.fouten), ""]
    else:
        out += [
            compose(
                "Totaalscore: **{}** {}. Per gebied:",
                scores.totaal.tekst,
                _light(scores.totaal.licht),
            ),
            "",
            "| Gebied | Score | Stand |\n|---|---:|---|",
            *(
                "| " + " | ".join((escape(a.naam), escape(a.tekst), escape(_light(a.licht)))) + " |"
                for a in scores.gebieden
            ),
            "",
        ]
    if scores.bevindingen:
        # "andere" only after the fouten listed above it.
        other = "andere " if scores.fouten else ""
        out += [f"**Belangrijkste {other}bevindingen**", ""]
        out += [compose("- **{}**: {}", b.label, b.tekst) for b in scores.bevindingen]
        out.append("")
    if scores.meer:
        out += [f"En nog {dutch.counted(scores.meer, 'bevinding', 'bevindingen')}.", ""]
    if not scores.fouten and not scores.bevindingen:
        out += ["De quickscan vindt niets meer om te verbeteren.", ""]
    if scores.geaccepteerd:
        out.append(
            f"{dutch.counted(scores.geaccepteerd, 'bevinding is', 'bevindingen zijn')} bewust "
            "geaccepteerd, met een reden in het plan."
        )
    return Markdown("\n".join(out).strip("\n"))


# --- the Mermaid timeline -----------------------------------------------------------------

_GANTT_KEYWORDS = re.compile(
    r"^(gantt|title|section|dateformat|axisformat|tickinterval|includes|excludes|"
    r"todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr)\b",
    re.IGNORECASE,
)
_TIME_COLON = re.compile(r"(\d):(\d)")


def gantt_text(text: str, limit: int = GANTT_NAME_LENGTH) -> str:
    """Text that cannot break a Mermaid gantt line: no `:`, `;`, `#`, backticks, breaks, no
    `%%` (a comment: the task would vanish), no control or bidi characters."""
    from ...shown import controls_visible

    text = " ".join(controls_visible(str(text), keep="").split())
    text = _TIME_COLON.sub(r"\1.\2", text)  # 12:30 → 12.30, the Dutch way
    text = re.sub(r"\s*:\s*", " - ", text).replace(";", ",").replace("#", "nr. ")
    text = text.replace("`", "'").replace("<", "‹").replace(">", "›")
    text = " ".join(re.sub("%+", "%", text).split())
    text = dutch.shortened(text, limit, "…")
    if _GANTT_KEYWORDS.match(text):
        text = "» " + text  # a task named "Section ..." would start a new section
    return text or "activiteit"


def _gantt(timeline: Tijdlijn) -> Markdown:
    span = (timeline.einde - timeline.begin).days
    lines = [
        "```mermaid",
        '%%{init: {"gantt": {"leftPadding": 150}}}%%',
        "gantt",
        "    dateFormat YYYY-MM-DD",
        # Month-year ticks for a plan of years; day-month ticks for a few months.
        f"    axisFormat {'%d-%m' if span <= 124 else '%m-%Y'}",
    ]
    for group in timeline.groepen:
        lines.append(f"    section {gantt_text(group.naam.replace(':', ''))}")
        for bar in group.balken:
            tags = list(GANTT_TAGS.get(bar.status, ()))
            if bar.mijlpaal:
                tags.append("milestone")
                end = "0d"
            else:
                # Plan dates are inclusive; Mermaid's end date is exclusive.
                last = bar.eind
                end = (last + dt.timedelta(days=1) if last < dt.date.max else last).isoformat()
            tagged = ", ".join(tags) + ", " if tags else ""
            lines.append(f"    {gantt_text(bar.naam)} :{tagged}{bar.start.isoformat()}, {end}")
    lines.append("```")
    return Markdown("\n".join(lines))
