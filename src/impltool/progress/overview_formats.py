"""`impl overzicht` laid out: text for the terminal, JSON, CSV for Excel, Markdown and HTML.

Every text from a plan or a file name may be hostile. On the terminal it passes through
`visible()`, in JSON through `json_visible()`, in Markdown through the escaping of
render/markdown.py, in HTML through Jinja's autoescape; in CSV a cell that a spreadsheet
would read as a formula gets a leading apostrophe (`spreadsheet_text`).

The CSV is made for Excel as it is set up in the Netherlands: `;` between the columns,
UTF-8 with a byte order mark (without it Excel reads é as Ã©), a decimal comma, CRLF line
ends and ISO dates (2026-02-01), which Excel recognises as dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import TYPE_CHECKING, Any, TextIO

from ..dutch import counted, long_date, rounded, short_date
from ..shown import visible
from .line import Verdict
from .overview import ATTENTION_ORDER, Overview, Row, Totals

if TYPE_CHECKING:
    from ..report.text import TerminalStyle

# 2: quickscan scoring v3; while a fout is open a plan's `score`, `light` and area scores are
# null, `waiting` is true and `errors` lists each fout in words with its line.
OVERVIEW_JSON_VERSION = 2
WAITING = "nog geen score: wacht tot de fout is opgelost"
_SYMBOLS = {"groen": "●", "oranje": "▲", "rood": "■"}  # shape as well as colour
_MD_LIGHTS = {"groen": "🟢", "oranje": "🟠", "rood": "🔴"}
ORDER_TEXT = (
    "Wat de meeste aandacht vraagt staat bovenaan: eerst plannen die niet te lezen zijn, dan "
    "plannen met fouten, dan de meeste activiteiten te laat en KPI's achter, dan de laagste "
    "quickscan, dan de meeste waarschuwingen."
)
KPI_NOTE = (
    "KPI's op koers of achter: de laatste meting naast de lijn van nulmeting naar "
    "streefwaarde, zoals in het voortgangsrapport (voor op de lijn telt als op koers). Een KPI "
    "zonder meting, of met een meting van te vroeg in de looptijd, telt bij geen van beide. "
    "Meting te laat: KPI's met een frequentie waarvan de volgende meting meer dan een termijn "
    "plus een maand uitblijft."
)


# --- shared pieces ---------------------------------------------------------------------------


def _for_readers(text: str | None) -> str | None:
    """A message for a printed page: `naam` (a key, as the terminal shows it) in quotes."""
    return re.sub(r"`([^`]*)`", r"‘\1’", text) if text else text


def percent(share: float | None) -> str:
    return "" if share is None else f"{rounded(share * 100, whole=True)} %"


def period_text(row: Row) -> str:
    if row.start is None or row.end is None:
        return ""
    return f"{short_date(row.start)} – {short_date(row.end)}"


def _kpi_words(kpis: int, verdicts: dict[Verdict, int]) -> str:
    """`2 op koers, 1 achter, 1 nog te vroeg (van 4)`: every KPI counted once."""
    if not kpis:
        return "geen"
    on_track = verdicts.get(Verdict.ON_TRACK, 0) + verdicts.get(Verdict.AHEAD, 0)
    parts = [f"{on_track} op koers", f"{verdicts.get(Verdict.BEHIND, 0)} achter"]
    for verdict in (Verdict.TOO_EARLY, Verdict.NOT_JUDGED):
        if verdicts.get(verdict):
            parts.append(f"{verdicts[verdict]} {verdict.value}")
    return f"{', '.join(parts)} (van {kpis})"


def _measuring(late: int) -> str:
    """`; 1 meting te laat`, when KPIs with a frequentie miss their next meting."""
    return f"; {counted(late, 'meting', 'metingen')} te laat" if late else ""


def _open_text(errors: int, warnings: int) -> str:
    return (
        f"{counted(errors, 'fout', 'fouten')}, "
        f"{counted(warnings, 'waarschuwing', 'waarschuwingen')} open"
    )


def _activities_text(counted_: int, done: int, late: int) -> str:
    if not counted_:
        return "nog geen"
    late_text = f", {late} te laat" if late else ""
    return f"{done} van {counted_} gereed ({percent(done / counted_)}){late_text}"


def _areas_text(row: Row) -> str:
    """The areas that are not green, by name; the green ones counted."""
    green = [c for c in row.areas if c.light == "groen"]
    other = [
        f"{c.name} {'–' if c.score is None else str(c.score) + ' %'}"
        + (f" {c.light}" if c.light else "")
        for c in row.areas
        if c.light != "groen"
    ]
    if not other:
        return f"alle {len(green)} gebieden groen"
    if not green:
        return ", ".join(other)
    return ", ".join(other) + f"; de andere {len(green)} groen"


def _title_line(overview: Overview) -> str:
    count = counted(len(overview.rows), "plan", "plannen")
    return f"Overzicht van {count} op {long_date(overview.today)}"


def _lights_text(totals: Totals) -> str:
    parts = [f"{n} {light}" for light, n in totals.lights.items()]
    if totals.waiting:
        parts.append(f"{totals.waiting} zonder score (fout open)")
    return ", ".join(parts)


def _mean_text(value: float | None) -> str:
    return "" if value is None else f"{rounded(value, whole=True)} %"


def _totals_label(totals: Totals) -> str:
    text = counted(totals.plans, "plan", "plannen")
    if totals.unreadable:
        text += f", waarvan {totals.unreadable} niet te lezen"
    return text


# --- text ------------------------------------------------------------------------------------


def write_text(overview: Overview, stream: TextIO) -> None:
    from ..report.text import TerminalStyle

    stream.write("\n".join(text_lines(overview, TerminalStyle(stream))) + "\n")


def text_lines(overview: Overview, style: TerminalStyle) -> list[str]:
    from ..report.text import wrap

    lines = [style(_title_line(overview), "vet"), *wrap(ORDER_TEXT, style.width)]
    for number, row in enumerate(overview.rows, 1):
        lines.append("")
        if not row.readable:
            lines.append(style(f"{number}. {visible(row.file)}: kan niet gelezen worden", "rood"))
            lines += wrap(row.error_text, style.width, "   ", "     ")
            continue
        lines.append(style(f"{number}. {visible(row.title)}", "vet"))
        where = " · ".join(w for w in (visible(row.organisation or ""), period_text(row)) if w)
        if where:
            lines += wrap(where, style.width, "   ", "   ")
        lines.append(style(f"   {visible(row.file)}", "zacht"))
        if row.waiting:
            # No percentage a reader would take as a grade: the fout, what and where, instead.
            lines.append(f"   Quickscan {WAITING} · {_open_text(row.errors, row.warnings)}")
            for words in row.error_words:
                lines += wrap("Fout: " + words, style.width, "   ", "     ")
        else:
            score = "–" if row.score is None else f"{row.score} %"
            light = (
                f" {style(_SYMBOLS[row.light] + ' ' + row.light, row.light)}" if row.light else ""
            )
            lines.append(f"   Quickscan {score}{light} · {_open_text(row.errors, row.warnings)}")
            lines += wrap("Per gebied: " + _areas_text(row), style.width, "   ", "     ")
        lines.append(f"   Activiteiten: {_activities_text(row.activities, row.done, row.late)}")
        lines.append(
            f"   KPI's: {_kpi_words(row.kpis, row.verdicts)}{_measuring(row.measuring_late)}"
        )
    totals = overview.totals
    lines += ["", style(f"Totaal: {_totals_label(totals)}", "vet")]
    if totals.plans > totals.unreadable:
        lines.append(
            f"   Quickscan gemiddeld {_mean_text(totals.score)} ({_lights_text(totals)}) · "
            + _open_text(totals.errors, totals.warnings)
        )
        activities = _activities_text(totals.activities, totals.done, totals.late)
        lines.append(f"   Activiteiten: {activities}")
        kpis = _kpi_words(totals.kpis, totals.verdicts) + _measuring(totals.measuring_late)
        lines.append(f"   KPI's: {kpis}")
    return lines


# --- JSON ------------------------------------------------------------------------------------


def _verdict_counts(verdicts: dict[Verdict, int], total: int) -> dict[str, int]:
    from .json_report import VERDICT_KEYS

    return {"total": total} | {key: verdicts.get(v, 0) for v, key in VERDICT_KEYS.items()}


def _json_row(row: Row) -> dict[str, Any]:
    if not row.readable:
        return {
            "file": row.file,
            "valid": False,
            "error": row.error_text,
            "problems": [
                {"line": p.line, "column": p.column, "message": p.message} for p in row.problems
            ],
        }
    return {
        "file": row.file,
        "valid": True,
        "title": row.title,
        "organisation": row.organisation,
        "period": {"start": row.start.isoformat(), "end": row.end.isoformat()}
        if row.start and row.end
        else None,
        "score": row.score,
        "light": row.light,
        "waiting": row.waiting,
        "errors": list(row.error_words),
        "areas": [
            {"area": c.key, "name": c.name, "score": c.score, "light": c.light} for c in row.areas
        ],
        "counts": {"fout": row.errors, "waarschuwing": row.warnings, "tip": row.tips},
        "activities": {
            "counted": row.activities,
            "done": row.done,
            "share_done": row.share_done,
            "late": row.late,
        },
        "kpis": _verdict_counts(row.verdicts, row.kpis),
        "measuring_late": row.measuring_late,
    }


def json_document(overview: Overview) -> dict[str, Any]:
    totals = overview.totals
    return {
        "version": OVERVIEW_JSON_VERSION,
        "date": overview.today.isoformat(),
        "order": list(ATTENTION_ORDER),
        "plans": [_json_row(row) for row in overview.rows],
        "totals": {
            "plans": totals.plans,
            "unreadable": totals.unreadable,
            "mean_score": totals.score,
            "lights": totals.lights,
            "waiting": totals.waiting,
            "areas": [
                {"area": key, "name": name, "mean_score": mean} for key, name, mean in totals.areas
            ],
            "counts": {"fout": totals.errors, "waarschuwing": totals.warnings, "tip": totals.tips},
            "activities": {
                "counted": totals.activities,
                "done": totals.done,
                "share_done": totals.share_done,
                "late": totals.late,
            },
            "kpis": _verdict_counts(totals.verdicts, totals.kpis),
            "measuring_late": totals.measuring_late,
        },
    }


def json_text(overview: Overview) -> str:
    from ..shown import json_visible

    return json_visible(json.dumps(json_document(overview), ensure_ascii=False, indent=2)) + "\n"


# --- CSV -------------------------------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: object) -> str:
    """Text from a plan or a file name, safe in a spreadsheet cell and on a terminal.

    A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (also after
    spaces) is a formula to Excel and LibreOffice, which can run commands or leak data
    (CSV injection); a leading apostrophe makes it text. Control characters show as marks.
    """
    text = "" if value is None else str(value)
    if text.lstrip(" ").startswith(FORMULA_START):
        text = "'" + text
    return visible(text)


def decimal(value: float | None) -> str:
    """A number with one decimal and a decimal comma, as Dutch Excel reads it: 41,7."""
    return "" if value is None else rounded(value, whole=False)


def csv_bytes(overview: Overview) -> bytes:
    areas = overview.area_names
    header = ["Nr", "Titel", "Organisatie", "Bestand", "Start", "Eind", "Quickscan (%)", "Licht"]
    for _, name in areas:
        header += [f"{name} (%)", f"{name}: licht"]
    header += [
        "Fouten",
        "Waarschuwingen",
        "Activiteiten",
        "Gereed",
        "Gereed (%)",
        "Te laat",
        "KPI's",
        "KPI's op koers",
        "KPI's achter",
        "Metingen te laat",
        "Fouten in woorden",
        "Kan niet gelezen worden",
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for number, row in enumerate(overview.rows, 1):
        if not row.readable:
            cells: list[object] = [number, "", "", spreadsheet_text(row.file)]
            cells += [""] * (len(header) - len(cells) - 1)
            writer.writerow([*cells, spreadsheet_text(row.error_text)])
            continue
        scores = {c.key: c for c in row.areas}
        cells = [
            number,
            spreadsheet_text(row.title),
            spreadsheet_text(row.organisation),
            spreadsheet_text(row.file),
            _iso(row.start),
            _iso(row.end),
            WAITING if row.waiting else _number(row.score),
            row.light or "",
        ]
        for key, _ in areas:
            cell = scores.get(key)
            cells += [_number(cell.score), cell.light or ""] if cell else ["", ""]
        cells += [
            row.errors,
            row.warnings,
            row.activities,
            row.done,
            decimal(_hundred(row.share_done)),
            row.late,
            row.kpis,
            row.on_track,
            row.behind,
            row.measuring_late,
            spreadsheet_text(" ".join(row.error_words)),
            "",
        ]
        writer.writerow(cells)
    totals = overview.totals
    cells = ["", f"Totaal: {_totals_label(totals)}", "", "", "", "", decimal(totals.score)]
    cells.append(_lights_text(totals))
    for _, _, mean in totals.areas:
        cells += [decimal(mean), ""]
    cells += [
        totals.errors,
        totals.warnings,
        totals.activities,
        totals.done,
        decimal(_hundred(totals.share_done)),
        totals.late,
        totals.kpis,
        totals.on_track,
        totals.behind,
        totals.measuring_late,
        "",
        totals.unreadable or "",
    ]
    writer.writerow(cells)
    return buffer.getvalue().encode("utf-8-sig")


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _hundred(share: float | None) -> float | None:
    return None if share is None else share * 100


# --- Markdown --------------------------------------------------------------------------------


def markdown_text(overview: Overview) -> str:
    from ..render.markdown import cell, compose, escape

    def light(score: int | None, name: str | None) -> str:
        shown = "–" if score is None else f"{score} %"
        return f"{shown} {_MD_LIGHTS[name]}" if name in _MD_LIGHTS else shown

    areas = overview.area_names
    header = ["Nr", "Plan", "Organisatie", "Looptijd", "Quickscan", *(n for _, n in areas)]
    header += [
        "Fouten",
        "Waarschuwingen",
        "Gereed",
        "Te laat",
        "KPI's",
        "op koers",
        "achter",
        "Meting te laat",
    ]
    right = {0, *range(4, len(header))}
    lines = [
        f"# {escape(_title_line(overview))}",
        "",
        escape(ORDER_TEXT),
        "",
        "| " + " | ".join(escape(h) for h in header) + " |",
        "|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|",
    ]
    for number, row in enumerate(overview.rows, 1):
        if not row.readable:
            plan = compose("**kan niet gelezen worden:** {}", row.error_text)
            cells = [str(number), plan, *[""] * (len(header) - 2)]
        else:
            scores = {c.key: c for c in row.areas}
            plan = compose(
                "**{}**<br>{}" + "<br>**Fout:** {}" * len(row.error_words),
                row.title,
                row.file,
                *row.error_words,
            )
            cells = [
                str(number),
                plan,
                cell(row.organisation),
                cell(period_text(row)),
                escape(WAITING) if row.waiting else light(row.score, row.light),
                *(light(scores[k].score, scores[k].light) if k in scores else "" for k, _ in areas),
                str(row.errors),
                str(row.warnings),
                f"{row.done} van {row.activities} ({percent(row.share_done)})"
                if row.activities
                else "",
                str(row.late),
                str(row.kpis),
                str(row.on_track),
                str(row.behind),
                str(row.measuring_late),
            ]
        lines.append("| " + " | ".join(cells) + " |")
    totals = overview.totals
    lines.append(
        "| "
        + " | ".join(
            [
                "",
                f"**Totaal:** {escape(_totals_label(totals))}",
                "",
                "",
                f"gem. {_mean_text(totals.score)}<br>{escape(_lights_text(totals))}",
                *(
                    f"gem. {_mean_text(mean)}" if mean is not None else ""
                    for _, _, mean in totals.areas
                ),
                str(totals.errors),
                str(totals.warnings),
                f"{totals.done} van {totals.activities} ({percent(totals.share_done)})"
                if totals.activities
                else "",
                str(totals.late),
                str(totals.kpis),
                str(totals.on_track),
                str(totals.behind),
                str(totals.measuring_late),
            ]
        )
        + " |"
    )
    lines += [
        "",
        escape(
            "Lichten van de quickscan: 🟢 groen, 🟠 oranje, 🔴 rood. Gereed: activiteiten met "
            "status gereed, van alle activiteiten die niet vervallen zijn. Te laat: voorbij de "
            "einddatum en niet gereed. " + KPI_NOTE
        ),
    ]
    return "\n".join(lines) + "\n"


# --- HTML ------------------------------------------------------------------------------------


def html_text(overview: Overview) -> str:
    import jinja2

    from ..render.formats.html import inert
    from ..resources import resource_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(
            str(resource_dir("templates") / "overzicht"), encoding="utf-8"
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    totals = overview.totals
    rows = []
    for number, row in enumerate(overview.rows, 1):
        scores = {c.key: c for c in row.areas}
        rows.append(
            {
                "nr": number,
                "leesbaar": row.readable,
                "fout": _for_readers(row.error_text),
                "titel": row.title,
                "bestand": row.file,
                "organisatie": row.organisation or "",
                "start": short_date(row.start) if row.start and row.end else "",
                "eind": short_date(row.end) if row.start and row.end else "",
                "score": row.score,
                "licht": row.light,
                "wacht": WAITING if row.waiting else "",
                "fouten_in_woorden": list(row.error_words),
                "gebieden": [
                    (scores[k].score, scores[k].light) if k in scores else (None, None)
                    for k, _ in overview.area_names
                ],
                "fouten": row.errors,
                "waarschuwingen": row.warnings,
                "gereed": f"{row.done} van {row.activities}" if row.activities else "",
                "gereed_deel": percent(row.share_done),
                "te_laat": row.late,
                "kpis": row.kpis,
                "op_koers": row.on_track,
                "achter": row.behind,
                "meting_te_laat": row.measuring_late,
            }
        )
    context = {
        "titel": _title_line(overview),
        "volgorde": ORDER_TEXT,
        "kpi_uitleg": KPI_NOTE,
        "gebieden": [name for _, name in overview.area_names],
        "rijen": rows,
        "totaal": {
            "label": _totals_label(totals),
            "score": _mean_text(totals.score),
            "lichten": _lights_text(totals),
            "gebieden": [
                "" if mean is None else rounded(mean, whole=True) for _, _, mean in totals.areas
            ],
            "fouten": totals.errors,
            "waarschuwingen": totals.warnings,
            "gereed": f"{totals.done} van {totals.activities}" if totals.activities else "",
            "gereed_deel": percent(totals.share_done),
            "te_laat": totals.late,
            "kpis": totals.kpis,
            "op_koers": totals.on_track,
            "achter": totals.behind,
            "meting_te_laat": totals.measuring_late,
        },
        "symbolen": _SYMBOLS,
    }
    return inert(env.get_template("overzicht.html.j2").render(context))
