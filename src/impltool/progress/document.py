"""The quarterly progress report ("voortgangsrapportage") for director, wethouder or funder.

Built as the same typed view model `impl render` lays out (render/view/), so md, html and
docx come from the formats that already exist; the templates `voortgang.<format>.j2` extend
the plan's. One page of headlines first, then time, activities, results, what changed and
what we do next. Text for readers: no YAML keys, no commands, no rule codes.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.activity import PlacedActivity
from ..domain.line import Verdict, is_whole
from ..dutch import (
    counted,
    enumeration,
    long_date,
    number,
    period_text,
    rounded,
    short_date,
    upper_first,
)
from ..knowledge import Share, toolkit
from ..render.view import (
    LIGHT_SHAPES,
    SECTIONS,
    Alinea,
    Blok,
    Cel,
    Document,
    Grafiek,
    Opsomming,
    Punt,
    Regel,
    Sectie,
    Tussenkop,
    table,
)
from .kpis import KpiProgress
from .state import Progress, spending

HEADLINE_STEPS = 3
HEADLINE_ITEMS = 5  # late activities, and KPIs behind, named on the first page
# For what is behind or late without an explanation (a bestuursrapportage asks these three).
UNEXPLAINED_QUESTIONS = (
    "Hieronder staat wat achterloopt of te laat is zonder bijstelling die het noemt. Leg per "
    "punt vast: wat is de oorzaak, wat betekent het voor het doel, en wat doen we eraan "
    "(een bijstelling met betreft, oorzaak, gevolg en besluit)."
)
LIGHT_LEGEND = (
    "Stoplichten: groen is binnen de afgesproken tijd en het afgesproken geld; oranje is een "
    "risico, bijsturen nodig; rood is buiten de afspraken. Een KPI is groen als hij op koers "
    "ligt (of het nog te vroeg is om te oordelen), oranje als hij achterloopt, rood als hij "
    "minder dan {ver} van de verwachte groei haalde of de deadline voorbij is zonder de "
    "streefwaarde. Een doel krijgt het zwaarste licht van zijn KPI's. Een fase is oranje met "
    "werk over de einddatum, rood met werk meer dan {dagen} dagen te laat. Geld is rood boven "
    "de begroting, oranje als een lopend jaar al {geld} van zijn begroting besteedde."
)
VERDICT_MARK = {
    Verdict.ON_TRACK: "op koers",
    Verdict.AHEAD: "voor op schema",
    Verdict.BEHIND: "loopt achter",
    Verdict.TOO_EARLY: "nog te vroeg om te zeggen",
    Verdict.NOT_JUDGED: "niet te beoordelen",
}


def render_progress(progress: Progress, medium: str, *, template_dir: Path | None = None) -> bytes:
    """The progress report in `medium` (md, html or docx)."""
    from ..render import lay_out

    return lay_out(build_progress_document(progress), medium, template_dir)


def build_progress_document(progress: Progress) -> Document:
    plan = progress.plan
    # After the first page, the three W's of a municipal report (wat willen we bereiken, wat
    # gaan we doen, wat mag het kosten), then what changed and the steering. `tijd` is part
    # of "wat gaan we doen"; its key stays for templates that name it.
    sections = {
        "kpis": _kpis(progress),
        "tijd": Sectie("tijd", "", ()),
        "werk": _activities(progress),
        "geld": _money(progress),
        "sinds": _since(progress),
        "bijsturen": _act(progress),
    }
    # The plan's sections are there too, empty, so that the plan's template (which this
    # report's template extends) and a house style made for it work unchanged.
    secties: dict[str, Sectie | None] = {
        key: s if s.blokken else None for key, s in sections.items()
    } | dict.fromkeys(SECTIONS)
    file_name = Path(progress.file).name
    title_lines = [
        Regel("Plan", plan.title),
        Regel("Organisatie", plan.organisation or ""),
        Regel("Stand op", long_date(progress.today)),
    ]
    if progress.since is not None:
        title_lines.append(Regel("Periode van dit rapport", progress.since.label))
    return Document(
        titel=f"Voortgangsrapportage {plan.intervention.name}",
        titelblok=tuple(line for line in title_lines if line.tekst),
        samenvatting=_headlines(progress),
        secties=secties,
        slot=f"Gemaakt uit het planbestand {file_name}, {long_date(progress.today)}.",
        vandaag=progress.today,
        bestand=file_name,
        plan=plan.model_dump(mode="python", by_alias=True),
        soort="voortgang",
    )


# --- the first page -----------------------------------------------------------------------


def _headlines(progress: Progress) -> Sectie:
    blocks: list[Blok] = []
    time = _time_sentence(progress)
    if time:
        blocks.append(Alinea(time, "Tijd"))
    blocks.append(Alinea(_activity_sentence(progress), "Activiteiten"))
    if progress.kpis:
        blocks.append(Alinea(_kpi_sentence(progress), "Resultaten"))
    lights = [
        f"{goal_id} {LIGHT_SHAPES[light]} {light}"
        for goal_id, _, light, _ in progress.goal_lights
        if light is not None
    ]
    if lights:
        blocks.append(Alinea(", ".join(lights) + ".", "Stoplichten per doel"))
    # The first page stays one page: the latest work and the first KPIs behind, the
    # rest counted (the sections below list them all).
    late, behind = progress.late, progress.verdicts(Verdict.BEHIND)
    attention = [
        Regel(upper_first(p.name), f"{counted(p.days_late, 'dag', 'dagen')} over de einddatum")
        for p in late[:HEADLINE_ITEMS]
    ]
    if len(late) > HEADLINE_ITEMS:
        more = len(late) - HEADLINE_ITEMS
        attention.append(
            Regel(
                "",
                f"en nog {counted(more, 'activiteit', 'activiteiten')} te laat "
                "(zie Wat gaan we doen)",
            )
        )
    attention += [Regel(_kpi_name(k), _kpi_gap(k)) for k in behind[:HEADLINE_ITEMS]]
    if len(behind) > HEADLINE_ITEMS:
        more = len(behind) - HEADLINE_ITEMS
        attention.append(
            Regel("", f"en nog {more} KPI's die achterlopen (zie Wat willen we bereiken)")
        )
    if attention:
        blocks.append(Alinea("", "Wat aandacht vraagt"))
        blocks.append(Opsomming(tuple(attention)))
    steps = progress.next_steps[:HEADLINE_STEPS]
    if steps:
        blocks.append(Alinea("", "Wat we nu doen"))
        blocks.append(Opsomming(tuple(Regel("", step) for step in steps)))
    if progress.adjustments:
        last = progress.adjustments[-1]
        blocks.append(
            Alinea(
                f"{len(progress.adjustments)} tot nu toe; de laatste op {long_date(last.date)}: "
                f"{last.decision or last.reason or ''}",
                "Bijstellingen",
            )
        )
    return Sectie("samenvatting", "In het kort", tuple(blocks))


def _time_sentence(progress: Progress) -> str:
    period = progress.plan.period
    share = progress.share_of_period
    if period is None or share is None:
        return ""
    if progress.today < period.start:
        return f"De invoering begint op {long_date(period.start)}."
    if progress.today > period.end:
        return f"De looptijd ({period_text(period.start, period.end)}) is voorbij."
    return (
        f"Dag {progress.elapsed_days} van {progress.total_days} "
        f"({round(share * 100)} % van de looptijd, {period_text(period.start, period.end)})."
    )


def _activity_sentence(progress: Progress) -> str:
    total = progress.counted_activities
    if not total:
        return "Het plan heeft nog geen activiteiten."
    parts = [
        f"{len(progress.done)} van de {total} gereed ({round(len(progress.done) / total * 100)} %)"
    ]
    if progress.running:
        parts.append(f"{len(progress.running)} bezig")
    if progress.late:
        parts.append(f"{len(progress.late)} te laat")
    if progress.not_started:
        parts.append(f"{len(progress.not_started)} nog niet begonnen")
    if progress.undated:
        parts.append(f"{len(progress.undated)} nog zonder startdatum")
    if progress.cancelled:
        parts.append(f"{len(progress.cancelled)} vervallen")
    return enumeration(parts) + "."


def _kpi_sentence(progress: Progress) -> str:
    counts = [
        (len(progress.verdicts(verdict)), word)
        for verdict, word in (
            (Verdict.AHEAD, "voor op schema"),
            (Verdict.ON_TRACK, "op koers"),
            (Verdict.BEHIND, "loopt achter"),
            (Verdict.TOO_EARLY, "nog te vroeg om te zeggen"),
            (Verdict.NOT_JUDGED, "niet te beoordelen"),
        )
    ]
    if len(progress.kpis) == 1:
        return f"De KPI: {VERDICT_MARK[progress.kpis[0].verdict]}."
    shown = [
        f"{n} {'lopen achter' if n > 1 and word == 'loopt achter' else word}"
        for n, word in counts
        if n
    ]
    return f"Van de {len(progress.kpis)} KPI's: {enumeration(shown)}."


def _kpi_name(item: KpiProgress) -> str:
    kpi = item.kpi
    return f"{kpi.id} {kpi.name}" if kpi.name else kpi.id


def _kpi_gap(item: KpiProgress) -> str:
    judgement = item.judgement
    if judgement.latest is None or judgement.expected is None or judgement.line is None:
        return VERDICT_MARK[item.verdict]
    whole = is_whole(judgement.line.base) and is_whole(judgement.line.target)
    unit = f" {item.kpi.unit}" if item.kpi.unit else ""
    return (
        f"gemeten {number(judgement.latest.value)}{unit} op {long_date(judgement.latest.date)}; "
        f"volgens de planning rond {rounded(judgement.expected, whole)}"
    )


# --- the sections -------------------------------------------------------------------------


def _time(progress: Progress) -> Sectie:
    blocks: list[Blok] = []
    sentence = _time_sentence(progress)
    if sentence:
        blocks.append(Alinea(sentence))
    if progress.group_phases:
        blocks.append(
            table(
                ("Doelgroep", "Fase waarin de groep nu staat"),
                [
                    (
                        Cel(group.name),
                        Cel(
                            _phase(group.phase) if group.phase else "niet ingevuld",
                            klein=f"fase bijwerken? {group.contradicted_by}"
                            if group.contradicted_by
                            else "",
                        ),
                    )
                    for group in progress.group_phases
                ],
            )
        )
    if progress.running_phases:
        phases = enumeration(_phase(p) for p in progress.running_phases)
        where = "de fasen" if len(progress.running_phases) > 1 else "de fase"
        blocks.append(Alinea(f"Er loopt nu werk in {where} {phases}.", "Lopend werk"))
    return Sectie("tijd", "Waar we staan", tuple(blocks))


def _phase(key: str) -> str:
    phase = toolkit().phase(key)
    return phase.name.lower() if phase else key.replace("_", " ")


def _activities(progress: Progress) -> Sectie:
    if not progress.counted_activities and not progress.cancelled:
        return Sectie("werk", "Wat gaan we doen", _time(progress).blokken)
    rows = [
        (
            Cel(phase.name),
            Cel(f"{phase.done} van {phase.total}"),
            Cel(str(phase.running)),
            Cel(str(phase.late), nadruk=phase.late > 0),
            Cel(str(phase.cancelled)),
            _light(phase.light),
        )
        for phase in progress.phases
        if phase.total or phase.cancelled
    ]
    blocks: list[Blok] = [
        *_time(progress).blokken,
        Tussenkop("Activiteiten per fase"),
        Alinea(_activity_sentence(progress)),
        table(
            ("Fase", "Gereed", "Bezig", "Te laat", "Vervallen", "Stoplicht"),
            rows,
            numbers=(1, 2, 3, 4),
        ),
    ]
    lists: list[tuple[str, tuple[PlacedActivity, ...], tuple[str, ...]]] = [
        ("Te laat", progress.late, ("Activiteit", "Wie", "Einddatum", "Te laat")),
        ("Had al moeten beginnen", progress.not_started, ("Activiteit", "Wie", "Start", "")),
        (
            f"Begint in de komende {progress.upcoming_weeks} weken",
            progress.upcoming,
            ("Activiteit", "Wie", "Start", ""),
        ),
        ("Bezig", progress.running, ("Activiteit", "Wie", "Klaar uiterlijk", "")),
        ("Nog zonder startdatum", progress.undated, ("Activiteit", "Wie", "Einddatum", "")),
        ("Afgerond", progress.done, ("Activiteit", "Wie", "Einddatum", "")),
        ("Vervallen", progress.cancelled, ("Activiteit", "Wie", "", "")),
    ]
    for title, items, head in lists:
        if not items:
            continue
        blocks.append(Tussenkop(title))
        blocks.append(table(head, [_activity_row(p, head) for p in items]))
    return Sectie("werk", "Wat gaan we doen", tuple(blocks))


def _activity_row(placed: PlacedActivity, head: tuple[str, ...]) -> tuple[Cel, ...]:
    a = placed.activity
    when = {
        "Einddatum": a.end,
        "Start": a.start,
        "Klaar uiterlijk": a.end,
    }.get(head[2])
    late = counted(placed.days_late, "dag", "dagen") if placed.days_late else ""
    return (
        Cel(upper_first(placed.name), klein=_phase(placed.phase)),
        Cel(a.who or ""),
        Cel(short_date(when) if when else ""),
        Cel(late, nadruk=bool(late)),
    )


def _kpis(progress: Progress) -> Sectie:
    if not progress.kpis:
        return Sectie("kpis", "Wat willen we bereiken", ())
    rows = []
    for item in progress.kpis:
        kpi, judgement = item.kpi, item.judgement
        line = judgement.line
        whole = line is not None and is_whole(line.base) and is_whole(line.target)
        start = (
            f"{number(kpi.baseline)}"
            if kpi.baseline is not None
            else (f"{number(line.base)} ({short_date(line.start)})" if line else "")
        )
        latest = judgement.latest
        # Every row says where its line starts and why (issue 21): the reader checks the
        # expected value against it.
        rows.append(
            (
                Cel(_kpi_name(item), klein=kpi.unit or ""),
                Cel(start, klein=_line_start(item)),
                Cel(
                    number(latest.value) if latest else "nog geen",
                    klein=short_date(latest.date) if latest else "",
                ),
                Cel(
                    number(kpi.target) if kpi.target is not None else "",
                    klein=short_date(kpi.deadline) if kpi.deadline else "",
                ),
                # What the line expected on the latest meting's date: the number the verdict,
                # the chart and the first page use, so the reader sees one number.
                Cel(
                    rounded(judgement.expected, whole) if judgement.expected is not None else "",
                    klein=short_date(latest.date)
                    if latest and judgement.expected is not None
                    else "",
                ),
                # The light and the verdict in one cell: a seven-column table breaks words.
                Cel(
                    VERDICT_MARK[item.verdict],
                    vet=f"{LIGHT_SHAPES[item.light]} {item.light}" if item.light else "",
                    klein=f"oordeel vanaf {short_date(item.judged_from)}"
                    if item.verdict is Verdict.TOO_EARLY and item.judged_from
                    else "",
                    nadruk=item.verdict is Verdict.BEHIND,
                ),
            )
        )
    goals = [
        (Cel(what, vet=goal_id), _light(light), Cel(", ".join(k.kpi.id for k in kpis)))
        for goal_id, what, light, kpis in progress.goal_lights
    ]
    blocks: list[Blok] = []
    if goals:
        blocks.append(table(("Doel", "Stoplicht", "KPI's"), goals))
    blocks += [
        _legend(),
        Tussenkop("KPI's"),
        Alinea(
            "Per KPI: waar we begonnen, de laatste meting, waar we naartoe willen, en wat we "
            "volgens een rechte lijn van begin naar streefwaarde op de dag van die meting zouden "
            "verwachten; daaraan meet het oordeel. Een trage start is normaal: pas na een derde "
            "van de weg zegt de lijn iets, en tot dan staat erbij vanaf wanneer."
        ),
        table(
            (
                "KPI",
                "Begin",
                "Laatste meting",
                "Streef\u00adwaarde",
                "Verwacht bij die meting",
                "Oordeel",
            ),
            rows,
            numbers=(1, 2, 3, 4),
        ),
    ]
    for item in progress.kpis:
        if item.measurements or item.judgement.line is not None:
            blocks.append(_chart(item, progress))
        for note in item.notes:
            blocks.append(Alinea(f"{upper_first(note)}.", f"Let op bij {item.kpi.id}"))
    return Sectie("kpis", "Wat willen we bereiken: doelen en KPI's", tuple(blocks))


def _line_start(item: KpiProgress) -> str:
    """`vanaf 1 dec 2025: de start van het werk (A1)`, short enough for a table cell."""
    line = item.judgement.line
    if line is None or line.begins is None or not item.line_start:
        return ""
    return f"vanaf {short_date(line.begins.day)}: {item.line_start.split(': ', 1)[-1]}"


def _chart(item: KpiProgress, progress: Progress) -> Grafiek:
    kpi, judgement = item.kpi, item.judgement
    line = judgement.line
    points = tuple(Punt(m.date, float(m.value)) for m in item.measurements)
    if line is not None and kpi.baseline is not None:
        # The nulmeting at the launch, in date order with the metingen (one may be earlier).
        points = tuple(sorted((Punt(line.start, line.base), *points), key=lambda p: p.datum))
    trend = (Punt(line.start, line.base), Punt(line.deadline, line.target)) if line else ()
    target = (
        Punt(kpi.deadline, float(kpi.target))
        if kpi.target is not None and kpi.deadline is not None
        else None
    )
    gap = _kpi_gap(item)
    return Grafiek(
        naam=_kpi_name(item),
        eenheid=kpi.unit or "",
        metingen=points,
        lijn=trend,
        streefwaarde=target,
        vandaag=progress.today,
        oordeel=VERDICT_MARK[item.verdict],
        tekst=f"{_kpi_name(item)}: {VERDICT_MARK[item.verdict]}; {gap}.",
    )


def _light(light: str | None) -> Cel:
    if light is None:
        return Cel("")
    return Cel(f"{LIGHT_SHAPES[light]} {light}", nadruk=light == "rood")


def _legend() -> Alinea:
    rules = toolkit().rules

    def share(value: Share) -> str:
        return f"{round(value.of(100))} %"

    return Alinea(
        LIGHT_LEGEND.format(
            ver=share(rules.kpi_far_behind),
            dagen=rules.phase_red_days,
            geld=share(rules.money_orange),
        )
    )


def _money(progress: Progress) -> Sectie:
    """What was planned and what was spent, per year and payer (when the plan records it)."""
    from ..dutch import euro

    rules = toolkit().rules
    lines = spending(progress.plan)
    if not lines:
        return Sectie("geld", "", ())
    rows = [
        (
            Cel(str(line.year) if line.year else "zonder jaar"),
            Cel(line.source),
            Cel(euro(line.planned)),
            Cel(euro(line.spent) if line.spent is not None else "niet ingevuld"),
            Cel(
                f"{round(line.spent / line.planned * 100)} %"
                if line.spent is not None and line.planned
                else "",
                klein="meer besteed dan begroot" if line.overspent else "",
                nadruk=line.overspent,
            ),
            _light(line.light(progress.today, rules)),
        )
        for line in lines
    ]
    planned = sum(line.planned for line in lines)
    spent = sum(line.spent or 0.0 for line in lines)
    blocks: list[Blok] = [
        Alinea(
            f"Begroot {euro(planned)}, tot nu toe besteed {euro(spent)} "
            f"({round(spent / planned * 100) if planned else 0} %), volgens wat bij de "
            "begrotingsposten als besteed staat."
        ),
        table(
            ("Jaar", "Betaald door", "Begroot", "Besteed", "Deel", "Stoplicht"),
            rows,
            numbers=(2, 3, 4),
        ),
    ]
    return Sectie("geld", "Wat mag het kosten: begroot en besteed", tuple(blocks))


def _since(progress: Progress) -> Sectie:
    since = progress.since
    if since is None:
        return Sectie("sinds", "", ())
    blocks: list[Blok] = [Alinea(f"{upper_first(note)}.") for note in since.notes]
    if since.changes:
        blocks.append(
            Opsomming(
                tuple(Regel(short_date(c.date) if c.date else "", c.text) for c in since.changes)
            )
        )
    else:
        blocks.append(Alinea("Het plan laat in deze periode geen veranderingen zien."))
    if since.reference:
        blocks.append(Alinea(f"Vergeleken met {since.reference}."))
    return Sectie("sinds", f"Wat er veranderde {since.label}", tuple(blocks))


def _act(progress: Progress) -> Sectie:
    blocks: list[Blok] = []
    if progress.adjustments:
        blocks.append(Tussenkop("Bijstellingen tot nu toe"))
        blocks.append(
            # Columns the plan leaves empty in every row are left out (betreft, oorzaak,
            # gevolg are optional).
            table(
                ("Datum", "Betreft", "Oorzaak", "Aanleiding", "Gevolg", "Besluit"),
                [
                    (
                        Cel(long_date(a.date)),
                        Cel(", ".join(a.concerns)),
                        Cel(a.cause or ""),
                        Cel(a.reason or ""),
                        Cel(a.consequence or ""),
                        Cel(a.decision or ""),
                    )
                    for a in progress.adjustments
                ],
            )
        )
    if progress.moments_past or progress.moments_coming:
        blocks.append(Tussenkop("Evaluatiemomenten"))
        lines = []
        if progress.moments_past:
            lines.append(Regel("Geweest", enumeration(long_date(m) for m in progress.moments_past)))
        if progress.moments_coming:
            lines.append(
                Regel("Komend", enumeration(long_date(m) for m in progress.moments_coming))
            )
        blocks.append(Opsomming(tuple(lines)))
    if progress.unexplained:
        blocks.append(Tussenkop("Toelichting ontbreekt"))
        blocks.append(Alinea(UNEXPLAINED_QUESTIONS))
        blocks.append(Opsomming(tuple(Regel("", item) for item in progress.unexplained)))
    steps = progress.next_steps
    if steps:
        blocks.append(Tussenkop("Volgende stappen"))
        blocks.append(Opsomming(tuple(Regel(f"{n}.", step) for n, step in enumerate(steps, 1))))
    return Sectie("bijsturen", "Bijsturen", tuple(blocks))
