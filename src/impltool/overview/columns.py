"""The overview's columns, written once: each column's Dutch header, how its cell is made
from a plan's row (and from the totals), and the formats it appears in.

A cell is a format-free record, like a block of the document's view model
(render/view/contract.py): `Count`, `Text`, `Light`, `Mean`, `Share`, `Period`, `PlanHead`,
`TotalHead`. Each writer (spreadsheet.py, markdown.py, html.py) lays out every kind of cell
one way, whatever the column; so a new column of an existing kind is one entry in
BEFORE_AREAS or AFTER_AREAS, and the header, the rows and the totals row of every format
follow.

The table formats do not show the same columns: the CSV is for Excel (one fact per column,
numbers as numbers, dates as ISO dates), Markdown and HTML for reading (a plan's head, a
period, a score with its light). Markdown and HTML differ where their pages always did:
HTML puts the organisation in the plan's head and an area's % in its header.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from ..dutch import rounded
from .rows import Overview, Row, Totals
from .wording import WAITING, lights_text, totals_label

CSV, MD, HTML = "csv", "md", "html"
EVERY_FORMAT = frozenset({CSV, MD, HTML})
READING = frozenset({MD, HTML})  # the formats for reading, with a plan's head and lights


# --- the cells -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """A number of things; with `attention`, a number above zero is marked (HTML)."""

    value: int
    attention: bool = False
    soort: ClassVar[str] = "telling"


@dataclass(frozen=True)
class Text:
    """Text from a plan, a file name or a message: each writer makes it inert."""

    value: str
    soort: ClassVar[str] = "tekst"


@dataclass(frozen=True)
class Light:
    """A quickscan score in whole percents with its light; `waiting`: no score while a fout
    is open. `sign`: the % after the score (off where the header says "(%)")."""

    score: int | None
    light: str | None
    waiting: bool = False
    sign: bool = True
    soort: ClassVar[str] = "licht"


@dataclass(frozen=True)
class Mean:
    """Under a score on the totals row: the mean of the plans' scores, and for the total
    score how many plans have each light. `sign` as in `Light`."""

    value: float | None
    lights: str = ""
    sign: bool = True
    soort: ClassVar[str] = "gemiddelde"

    @property
    def whole(self) -> str:
        return "" if self.value is None else rounded(self.value, whole=True)


@dataclass(frozen=True)
class Share:
    """Activities done of those counted (the cancelled not), and the share."""

    done: int
    counted: int
    share: float | None
    soort: ClassVar[str] = "gereed"


@dataclass(frozen=True)
class Period:
    """The plan's period; empty unless it has both dates."""

    start: dt.date | None
    end: dt.date | None
    soort: ClassVar[str] = "looptijd"


@dataclass(frozen=True)
class PlanHead:
    """The head of a plan's row: its title, file and open fouten in words, and its
    organisation where no column of its own shows it; for a plan that cannot be read, its
    first problem (`problem`)."""

    title: str
    file: str
    organisation: str
    errors: tuple[str, ...]
    problem: str
    soort: ClassVar[str] = "plan"


@dataclass(frozen=True)
class TotalHead:
    """The head of the totals row: how many plans, how many of them unreadable."""

    label: str
    soort: ClassVar[str] = "totaal"


Cell = Count | Text | Light | Mean | Share | Period | PlanHead | TotalHead


# --- the columns ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column: `header` in Dutch, `cell` made from a plan's row, `total` from the totals
    (None: the totals row leaves it empty), the `formats` it appears in. `headers` holds a
    format's own header where it differs; `broken` columns are filled for a plan that
    cannot be read too; `numeric` columns are aligned right; `narrow` ones (HTML) are a
    score under a long header."""

    header: str
    cell: Callable[[Row], Cell]
    total: Callable[[Totals], Cell] | None = None
    formats: frozenset[str] = EVERY_FORMAT
    headers: Mapping[str, str] = field(default_factory=dict)
    broken: bool = False
    numeric: bool = False
    narrow: bool = False

    def header_in(self, medium: str) -> str:
        return self.headers.get(medium, self.header)


# The columns before the quickscan's areas, then (AFTER_AREAS) those after them.
BEFORE_AREAS = (
    Column("Nr", lambda r: Count(r.number), broken=True, numeric=True),
    Column(
        "Plan",
        lambda r: _head(r, ""),
        lambda t: TotalHead(totals_label(t)),
        formats=frozenset({MD}),  # Markdown has a column for the organisation
        broken=True,
    ),
    Column(
        "Plan",
        lambda r: _head(r, r.organisation or ""),
        lambda t: TotalHead(totals_label(t)),
        formats=frozenset({HTML}),
        broken=True,
    ),
    Column(
        "Titel",
        lambda r: Text(r.title),
        lambda t: Text(f"Totaal: {totals_label(t)}"),
        formats=frozenset({CSV}),
    ),
    Column("Organisatie", lambda r: Text(r.organisation or ""), formats=frozenset({CSV, MD})),
    Column("Bestand", lambda r: Text(r.file), formats=frozenset({CSV}), broken=True),
    Column("Looptijd", lambda r: Period(r.start, r.end), formats=READING),
    Column("Start", lambda r: Text(_iso(r.start)), formats=frozenset({CSV})),
    Column("Eind", lambda r: Text(_iso(r.end)), formats=frozenset({CSV})),
    Column(
        "Quickscan",
        lambda r: Light(r.score, r.light, r.waiting),
        lambda t: Mean(t.score, lights_text(t)),
        formats=READING,
        numeric=True,
    ),
    Column(
        "Quickscan (%)",
        lambda r: Text(WAITING if r.waiting else _whole(r.score)),
        lambda t: Text(decimal(t.score)),
        formats=frozenset({CSV}),
    ),
    Column(
        "Licht",
        lambda r: Text(r.light or ""),
        lambda t: Text(lights_text(t)),
        formats=frozenset({CSV}),
    ),
)
AFTER_AREAS = (
    Column("Fouten", lambda r: Count(r.errors, True), lambda t: Count(t.errors), numeric=True),
    Column(
        "Waarschuwingen",
        lambda r: Count(r.warnings),
        lambda t: Count(t.warnings),
        headers={HTML: "Waar\u00adschuwingen"},
        numeric=True,
    ),
    Column(
        "Activiteiten",
        lambda r: Count(r.activities),
        lambda t: Count(t.activities),
        formats=frozenset({CSV}),
    ),
    Column(
        "Gereed",
        lambda r: Share(r.done, r.activities, r.share_done),
        lambda t: Share(t.done, t.activities, t.share_done),
        formats=READING,
        numeric=True,
    ),
    Column("Gereed", lambda r: Count(r.done), lambda t: Count(t.done), formats=frozenset({CSV})),
    Column(
        "Gereed (%)",
        lambda r: Text(decimal(_hundred(r.share_done))),
        lambda t: Text(decimal(_hundred(t.share_done))),
        formats=frozenset({CSV}),
    ),
    Column("Te laat", lambda r: Count(r.late, True), lambda t: Count(t.late), numeric=True),
    Column("KPI's", lambda r: Count(r.kpis), lambda t: Count(t.kpis), numeric=True),
    Column(
        "op koers",
        lambda r: Count(r.on_track),
        lambda t: Count(t.on_track),
        headers={CSV: "KPI's op koers"},
        numeric=True,
    ),
    Column(
        "achter",
        lambda r: Count(r.behind, True),
        lambda t: Count(t.behind),
        headers={CSV: "KPI's achter"},
        numeric=True,
    ),
    Column(
        "Meting te laat",
        lambda r: Count(r.measuring_late, True),
        lambda t: Count(t.measuring_late),
        headers={CSV: "Metingen te laat"},
        numeric=True,
    ),
    Column(
        "Fouten in woorden",
        lambda r: Text(" ".join(r.error_words)),
        formats=frozenset({CSV}),
    ),
    Column(
        "Kan niet gelezen worden",
        lambda r: Text(r.error_text),
        lambda t: Text(str(t.unreadable) if t.unreadable else ""),
        formats=frozenset({CSV}),
        broken=True,
    ),
)


def columns(areas: Sequence[tuple[str, str]]) -> tuple[Column, ...]:
    """Every column of the overview in its order; `areas` are the quickscan's (key, name)."""
    return (
        *BEFORE_AREAS,
        *(column for key, name in areas for column in _area_columns(key, name)),
        *AFTER_AREAS,
    )


def _area_columns(key: str, name: str) -> tuple[Column, ...]:
    """A quickscan area: its score with its light for reading (HTML puts the % in the
    header), its score and its light in two columns for Excel."""

    def score(row: Row) -> int | None:
        return next((c.score for c in row.areas if c.key == key), None)

    def light(row: Row) -> str | None:
        return next((c.light for c in row.areas if c.key == key), None)

    def mean(totals: Totals) -> float | None:
        return next((m for k, _, m in totals.areas if k == key), None)

    return (
        Column(
            name,
            lambda r: Light(score(r), light(r)),
            lambda t: Mean(mean(t)),
            formats=frozenset({MD}),
            numeric=True,
        ),
        Column(
            f"{name} (%)",
            lambda r: Light(score(r), light(r), sign=False),
            lambda t: Mean(mean(t), sign=False),
            formats=frozenset({HTML}),
            numeric=True,
            narrow=True,
        ),
        Column(
            f"{name} (%)",
            lambda r: Text(_whole(score(r))),
            lambda t: Text(decimal(mean(t))),
            formats=frozenset({CSV}),
        ),
        Column(
            f"{name}: licht",
            lambda r: Text(light(r) or ""),
            formats=frozenset({CSV}),
        ),
    )


def _head(row: Row, organisation: str) -> PlanHead:
    return PlanHead(row.title, row.file, organisation, row.error_words, row.error_text)


# --- a table for one format -------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """The overview as one format shows it: its columns, a row of cells per plan (None where
    a column is empty for a plan that cannot be read) and the totals row."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Row, tuple[Cell | None, ...]], ...]
    totals: tuple[Cell | None, ...]


def table(overview: Overview, medium: str) -> Table:
    shown = tuple(c for c in columns(overview.area_names) if medium in c.formats)
    rows = tuple(
        (row, tuple(c.cell(row) if row.readable or c.broken else None for c in shown))
        for row in overview.rows
    )
    totals = tuple(c.total(overview.totals) if c.total else None for c in shown)
    return Table(shown, rows, totals)


# --- numbers for Excel ------------------------------------------------------------------------


def decimal(value: float | None) -> str:
    """A number with one decimal and a decimal comma, as Dutch Excel reads it: 41,7."""
    return "" if value is None else rounded(value, whole=False)


def _whole(value: int | None) -> str:
    return "" if value is None else str(value)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _hundred(share: float | None) -> float | None:
    return None if share is None else share * 100
