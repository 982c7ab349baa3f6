"""Blocks made from plan text: a table without its empty columns, paragraphs, bullets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .contract import Alinea, Cel, Opsomming, Regel, Tabel


def table(
    head: Sequence[str],
    rows: Sequence[Sequence[Cel]],
    *,
    numbers: Sequence[int] = (),
    total_label: str = "",
    total: str = "",
) -> Tabel:
    """A table without the columns that are empty in every row (the first column stays)."""
    keep = [c for c in range(len(head)) if c == 0 or any(not row[c].leeg for row in rows)]
    closing: tuple[Cel, ...] = ()
    if total_label:
        closing = tuple(
            Cel(total_label) if c == 0 else Cel(total) if c == len(head) - 1 else Cel()
            for c in keep
        )
    return Tabel(
        kop=tuple(head[c] for c in keep),
        rijen=tuple(tuple(row[c] for c in keep) for row in rows),
        getallen=tuple(keep.index(c) for c in numbers if c in keep),
        totaal=closing,
    )


def paragraphs(text: str) -> list[Alinea]:
    parts = re.split(r"\n[ \t]*\n", text.strip())
    return [Alinea(" ".join(p.split())) for p in parts if p.strip()]


def bullets(items: Iterable[str]) -> Opsomming:
    return Opsomming(tuple(Regel("", " ".join(str(i).split())) for i in items if str(i).strip()))
