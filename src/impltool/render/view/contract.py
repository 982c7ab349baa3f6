"""The template contract: the typed records a document is made of, and nothing else.

Every format (Markdown, HTML, Word) and every house-style template reads these records;
the builders in this package fill them. The names below (classes, fields, properties) are
what a template can use (see the README, "Eigen huisstijl"): renaming one breaks a user's
template.

A document is a title block, a one-page summary and sections; a section is a list of
blocks (`Alinea`, `Opsomming`, `Tussenkop`, `Tabel`, `Tijdlijn`, `Scores`, `Grafiek`).
Each block says what it is in `soort`, so a template can lay out any block without knowing
the section. Everything is frozen plain data: a sandboxed template can read it, not change
it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ...domain.activity import ActivityStatus
from ...dutch import period_text

# A light is shown by its shape and its word as well as its colour (not colour alone).
LIGHT_SHAPES = {"groen": "●", "oranje": "▲", "rood": "■"}


# --- the blocks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Regel:
    """A labelled line: `Looptijd: 1 februari 2026 tot en met ...`. `label` may be empty."""

    label: str
    tekst: str

    @property
    def kop(self) -> str:
        """The label as shown before the text: with a colon, unless it ends in a question
        mark or other punctuation already."""
        if not self.label or self.label[-1] in "?!:.":
            return self.label
        return self.label + ":"


@dataclass(frozen=True)
class Alinea:
    """A paragraph of plain text, optionally with a bold lead-in label."""

    tekst: str
    label: str = ""
    soort: ClassVar[str] = "alinea"

    @property
    def kop(self) -> str:
        return Regel(self.label, self.tekst).kop


@dataclass(frozen=True)
class Opsomming:
    """A bulleted list; each item is a `Regel` (its label may be empty)."""

    items: tuple[Regel, ...]
    soort: ClassVar[str] = "opsomming"


@dataclass(frozen=True)
class Tussenkop:
    """A heading one level below the section's."""

    tekst: str
    soort: ClassVar[str] = "tussenkop"


@dataclass(frozen=True)
class Cel:
    """A table cell: `vet` (an id, a judgement) before `tekst`, `klein` on a line below,
    `lijst` one item per line. `nadruk` marks a cell a reader must not miss."""

    tekst: str = ""
    vet: str = ""
    klein: str = ""
    lijst: tuple[str, ...] = ()
    nadruk: bool = False

    @property
    def leeg(self) -> bool:
        return not (self.tekst or self.vet or self.klein or self.lijst)


@dataclass(frozen=True)
class Tabel:
    """A table with a header row; columns that are empty in every row are already left out.
    `getallen` names the columns to align right; `totaal` is a closing row, or empty."""

    kop: tuple[str, ...]
    rijen: tuple[tuple[Cel, ...], ...]
    getallen: tuple[int, ...] = ()
    totaal: tuple[Cel, ...] = ()
    soort: ClassVar[str] = "tabel"


@dataclass(frozen=True)
class Balk:
    """One dated activity on the timeline; `eind` is inclusive, and equal to `start` for a
    one-day activity (a milestone)."""

    naam: str
    start: dt.date
    eind: dt.date
    status: ActivityStatus

    @property
    def mijlpaal(self) -> bool:
        return self.eind == self.start

    @property
    def wanneer(self) -> str:
        return period_text(self.start, self.eind, short=True)


@dataclass(frozen=True)
class Groep:
    """The bars of one phase."""

    naam: str
    balken: tuple[Balk, ...]


@dataclass(frozen=True)
class Tijdlijn:
    """A month grid from `maanden[0]` to the end of the last month, bars grouped by phase,
    and a line for today when it falls inside."""

    groepen: tuple[Groep, ...]
    maanden: tuple[dt.date, ...]  # the first day of each month shown
    vandaag: dt.date | None
    soort: ClassVar[str] = "tijdlijn"

    @property
    def begin(self) -> dt.date:
        return self.maanden[0]

    @property
    def einde(self) -> dt.date:
        """The first day after the grid."""
        return add_months(self.maanden[-1], 1)

    @property
    def balken(self) -> tuple[Balk, ...]:
        return tuple(b for g in self.groepen for b in g.balken)


@dataclass(frozen=True)
class Score:
    naam: str
    procent: int | None
    licht: str | None  # groen, oranje or rood; None when nothing applies

    @property
    def tekst(self) -> str:
        return "niet van toepassing" if self.procent is None else f"{self.procent} %"


@dataclass(frozen=True)
class Scores:
    """The quickscan's scores. While a fout is open there are none: `wacht` says why, and
    `fouten` are named before anything else."""

    totaal: Score
    gebieden: tuple[Score, ...]
    fouten: tuple[str, ...]
    wacht: str  # why there is no score yet ("" when there is one)
    bevindingen: tuple[Regel, ...]  # the most serious other findings
    meer: int  # findings not shown
    geaccepteerd: int
    soort: ClassVar[str] = "scores"


@dataclass(frozen=True)
class Punt:
    datum: dt.date
    waarde: float


@dataclass(frozen=True)
class Grafiek:
    """A KPI over time: its metingen, the straight line from the baseline to the target
    (`lijn`, two points, or empty when the KPI has none), the target, and the day of the
    report. `oordeel` is the verdict in words; `tekst` says in one sentence what the chart
    shows, for readers who cannot see it."""

    naam: str
    eenheid: str
    metingen: tuple[Punt, ...]
    lijn: tuple[Punt, ...]
    streefwaarde: Punt | None
    vandaag: dt.date
    oordeel: str
    tekst: str
    soort: ClassVar[str] = "grafiek"

    @property
    def punten(self) -> tuple[Punt, ...]:
        """Every point the chart must show: what sets its axes."""
        target = (self.streefwaarde,) if self.streefwaarde else ()
        return (*self.metingen, *self.lijn, *target)


Blok = Alinea | Opsomming | Tussenkop | Tabel | Tijdlijn | Scores | Grafiek


@dataclass(frozen=True)
class Sectie:
    sleutel: str
    titel: str
    blokken: tuple[Blok, ...]


@dataclass(frozen=True)
class Document:
    """Everything a format lays out. `secties` holds every section key in `SECTIONS`, with
    None for a section this plan has nothing for."""

    titel: str
    titelblok: tuple[Regel, ...]
    samenvatting: Sectie
    secties: dict[str, Sectie | None]
    slot: str
    vandaag: dt.date
    bestand: str
    plan: dict[str, Any] = field(repr=False)  # the plan as in the file, for own templates
    soort: str = "plan"  # or "voortgang": also the name of the main template

    def in_volgorde(self) -> list[Sectie]:
        """The summary, then every section the plan has, in the document's order."""
        return [self.samenvatting, *(s for s in self.secties.values() if s is not None)]


def add_months(day: dt.date, n: int) -> dt.date:
    """The first day of the month `n` months after `day`'s (the last date there is, beyond)."""
    index = day.year * 12 + day.month - 1 + n
    year, month = divmod(index, 12)
    if year > dt.MAXYEAR:
        return dt.date.max
    return dt.date(year, month + 1, 1)
