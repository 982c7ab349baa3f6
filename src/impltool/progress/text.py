"""`impl voortgang` on the terminal: where the plan stands, in the order of the PDCA cycle.

Colour only on a terminal (report.text.TerminalStyle); every text from the plan passes
through `visible()`, so it cannot act on a terminal or in a CI log.
"""

from __future__ import annotations

from typing import TextIO

from ..domain.activity import ActivityStatus, PlacedActivity
from ..domain.line import Verdict, is_whole
from ..dutch import counted, euro, long_date, number, rounded, short_date
from ..report.text import TerminalStyle, wrap
from ..shown import visible
from .kpis import KpiProgress
from .state import Progress, Spending, spending

SPARKS = "▁▂▃▄▅▆▇█"
BAR_WIDTH = 30
VERDICT_STYLE = {
    Verdict.ON_TRACK: "groen",
    Verdict.AHEAD: "groen",
    Verdict.BEHIND: "oranje",
    Verdict.TOO_EARLY: "zacht",
    Verdict.NOT_JUDGED: "zacht",
}
MAX_LISTED = 12  # activities per list on the terminal; the documents show all


def write_progress(progress: Progress, stream: TextIO) -> None:
    style = TerminalStyle(stream)
    stream.write("\n".join(progress_lines(progress, style)) + "\n")


def progress_lines(progress: Progress, style: TerminalStyle) -> list[str]:
    plan = progress.plan
    lines = [
        style(f"Voortgang van {visible(progress.file)}", "vet"),
        *wrap(f"{visible(plan.title)} — stand op {long_date(progress.today)}", style.width),
    ]
    lines += ["", style("Tijd", "vet"), *_time(progress, style)]
    lines += ["", style(_activities_head(progress), "vet"), *_activities(progress, style)]
    if progress.kpis:
        lines += ["", style("KPI's", "vet")]
        lights = [
            f"{goal_id} {light}"
            for goal_id, _, light, _ in progress.goal_lights
            if light is not None
        ]
        if lights:
            lines += wrap("Stoplicht per doel: " + ", ".join(lights), style.width, "  ", "    ")
        lines += wrap(_lines_start(progress), style.width, "  ", "  ")
        for kpi in progress.kpis:
            lines += _kpi(kpi, style)
    if progress.since is not None:
        since = progress.since
        lines += ["", style(f"Wat er veranderde {since.label}", "vet")]
        for note in since.notes:
            lines += wrap(f"let op: {note}", style.width, "  ", "    ")
        if not since.changes:
            lines.append("  Niets dat het plan laat zien.")
        for change in since.changes:
            when = f"{short_date(change.date)}  " if change.date else ""
            lines += wrap(f"{when}{change.text}", style.width, "  • ", "    ")
        if since.reference:
            lines.append(f"  (vergeleken met {since.reference})")
    money = spending(progress.plan)
    if money:
        lines += ["", style("Geld", "vet"), *_money(money, style)]
    lines += ["", style("Bijsturen", "vet"), *_act(progress, style)]
    return lines


def _money(money: tuple[Spending, ...], style: TerminalStyle) -> list[str]:
    planned = sum(line.planned for line in money)
    spent = sum(line.spent or 0.0 for line in money)
    share = f" ({round(spent / planned * 100)} %)" if planned else ""
    lines = wrap(f"Begroot {euro(planned)}, besteed {euro(spent)}{share}.", style.width, "  ")
    for line in money:
        if line.overspent:
            assert line.spent is not None
            year = f"{line.year}, " if line.year else ""
            lines += wrap(
                f"meer besteed dan begroot: {year}{line.source}: {euro(line.spent)} van "
                f"{euro(line.planned)}",
                style.width,
                "  ",
                "    ",
            )
    return lines


def _time(progress: Progress, style: TerminalStyle) -> list[str]:
    lines = []
    period = progress.plan.period
    if period is None or progress.share_of_period is None:
        lines.append("  Het plan heeft geen looptijd (periode).")
    elif progress.today < period.start:
        days = counted((period.start - progress.today).days, "dag", "dagen")
        lines.append(f"  De invoering begint op {long_date(period.start)}, over {days}.")
    else:
        share = progress.share_of_period
        filled = round(share * BAR_WIDTH)
        over = " (voorbij)" if progress.today > period.end else ""
        lines.append(
            f"  Looptijd {short_date(period.start)} – {short_date(period.end)}: "
            f"dag {progress.elapsed_days} van {progress.total_days}{over}"
        )
        lines.append(f"  {'█' * filled}{'░' * (BAR_WIDTH - filled)}  {round(share * 100)} %")
    if progress.group_phases:
        lines.append("  Doelgroepen staan nu in de fase:")
        for group in progress.group_phases:
            shown = group.phase.replace("_", " ") if group.phase else "niet ingevuld"
            if group.contradicted_by:
                shown += f" (fase bijwerken? {group.contradicted_by})"
            lines += wrap(f"{group.name}: {shown}", style.width, "    ", "      ")
    if progress.running_phases:
        phases = ", ".join(p.replace("_", " ") for p in progress.running_phases)
        lines += wrap(f"Er loopt nu werk in: {phases}", style.width, "  ", "    ")
    return lines


def _activities_head(progress: Progress) -> str:
    total = progress.counted_activities
    if not total:
        return "Activiteiten"
    share = round(len(progress.done) / total * 100)
    return f"Activiteiten: {len(progress.done)} van {total} gereed ({share} %)"


def _activities(progress: Progress, style: TerminalStyle) -> list[str]:
    if not progress.counted_activities and not progress.cancelled:
        return ["  Het plan heeft nog geen activiteiten."]
    width = max((len(p.name) for p in progress.phases), default=4) + 2
    lines = [
        style(
            f"  {'fase':<{width}}{'gereed':>10}{'bezig':>8}{'te laat':>9}{'vervallen':>11}", "zacht"
        )
    ]
    for phase in progress.phases:
        if not (phase.total or phase.cancelled):
            continue
        done = f"{phase.done} van {phase.total}"
        lines.append(
            f"  {phase.name:<{width}}{done:>10}{phase.running:>8}{phase.late:>9}"
            f"{phase.cancelled:>11}"
        )
    groups: list[tuple[str, tuple[PlacedActivity, ...], str | None]] = [
        ("Te laat", progress.late, "oranje"),
        ("Had al moeten beginnen", progress.not_started, "oranje"),
        ("Bezig", progress.running, None),
        (f"Begint binnen {progress.upcoming_weeks} weken", progress.upcoming, None),
        ("Nog zonder startdatum", progress.undated, None),
        ("Vervallen", progress.cancelled, "zacht"),
    ]
    for title, items, tone in groups:
        if not items:
            continue
        lines.append(f"  {style(title, tone)}")
        for placed in items[:MAX_LISTED]:
            lines += wrap(f"{placed.name}{_detail(placed)}", style.width, "    • ", "      ")
        if len(items) > MAX_LISTED:
            lines.append(f"    en nog {len(items) - MAX_LISTED}")
    return lines


def _detail(placed: PlacedActivity) -> str:
    a = placed.activity
    if placed.days_late and a.end:
        late = counted(placed.days_late, "dag", "dagen")
        return f" — {late} over de einddatum ({short_date(a.end)})"
    if placed.days_overdue_start and a.start:
        return f" — zou beginnen op {short_date(a.start)}"
    if placed.status is ActivityStatus.PLANNED and a.start:
        return f" — begint {short_date(a.start)}"
    if a.end and placed.status is ActivityStatus.RUNNING:
        return f" — klaar uiterlijk {short_date(a.end)}"
    return ""


def sparkline(values: list[float], low: float, high: float) -> str:
    """One block per value, its height between `low` and `high`."""
    if high <= low:
        return SPARKS[len(SPARKS) // 2] * len(values)
    top = len(SPARKS) - 1
    return "".join(SPARKS[round((v - low) / (high - low) * top)] for v in values)


def _lines_start(progress: Progress) -> str:
    """Once for all KPIs whose line starts at the plan's launch: where, and why."""
    from_launch = [k for k in progress.kpis if k.judgement.line is not None and not k.line_moved]
    begins = progress.launch_start
    if not from_launch or begins is None:
        return ""
    others = len(from_launch) < sum(1 for k in progress.kpis if k.judgement.line is not None)
    return f"De lijn naar de streefwaarde begint op {long_date(begins.day)}: {begins.why()}" + (
        "; staat er bij een KPI een ander begin, dan geldt dat." if others else "."
    )


def _kpi(item: KpiProgress, style: TerminalStyle) -> list[str]:
    kpi = item.kpi
    judgement = item.judgement
    line = judgement.line
    name = f"{kpi.id} {kpi.name}" if kpi.name else kpi.id
    dated = [(m.date, float(m.value)) for m in item.measurements]
    if line is not None and kpi.baseline is not None:
        dated.insert(0, (line.start, line.base))  # the nulmeting at the launch, in date order
    values = [value for _, value in sorted(dated, key=lambda pair: pair[0])]
    spark = ""
    if values:
        ends = values + ([line.target] if line else [])
        spark = sparkline(values, min(ends), max(ends)) + "  "
    head = f"  {visible(name)}  {spark}{style(item.verdict.value, VERDICT_STYLE[item.verdict])}"
    lines = [head]
    unit = f" {kpi.unit}" if kpi.unit else ""
    parts = []
    if kpi.baseline is not None:
        parts.append(f"nulmeting {number(kpi.baseline)}")
    elif line is not None:
        parts.append(f"eerste meting {number(line.base)} ({short_date(line.start)})")
    if judgement.latest is not None:
        parts.append(
            f"laatste meting {number(judgement.latest.value)} ({short_date(judgement.latest.date)})"
        )
    else:
        parts.append("nog geen meting")
    if kpi.target is not None:
        deadline = f" ({short_date(kpi.deadline)})" if kpi.deadline else ""
        parts.append(f"streefwaarde {number(kpi.target)}{unit}{deadline}")
    lines += wrap(" → ".join(parts), style.width, "     ", "     ")
    if item.line_moved:
        # Where this KPI's line starts and why, as information (catalogue v3): the lines
        # from the launch are named once above the list.
        lines += wrap(item.line_start, style.width, "     ", "     ")
    facts = []
    if item.share_of_way is not None:
        facts.append(f"{round(item.share_of_way * 100)} % van de weg")
    if line is not None and judgement.expected is not None and judgement.latest is not None:
        # The value the verdict is measured against: the same number as the documents.
        whole = is_whole(line.base) and is_whole(line.target)
        facts.append(
            f"volgens de lijn op {short_date(judgement.latest.date)} rond "
            f"{rounded(judgement.expected, whole)} verwacht"
        )
    if judgement.verdict is Verdict.TOO_EARLY and item.judged_from is not None:
        facts.append(
            "een trage start mag: het oordeel komt pas na een derde van de weg, vanaf "
            f"{short_date(item.judged_from)}"
        )
    if facts:
        lines += wrap("; ".join(facts), style.width, "     ", "     ")
    for note in item.notes:
        lines += wrap(f"let op: {note}", style.width, "     ", "       ")
    return lines


def _act(progress: Progress, style: TerminalStyle) -> list[str]:
    lines = []
    adjustments = progress.adjustments
    if adjustments:
        last = adjustments[-1]
        what = last.decision or last.reason or ""
        lines += wrap(
            f"{counted(len(adjustments), 'bijstelling', 'bijstellingen')} tot nu toe; de laatste "
            f"op {long_date(last.date)}: {what}",
            style.width,
            "  ",
            "    ",
        )
    else:
        lines.append("  Nog geen bijstellingen vastgelegd.")
    past = ", ".join(short_date(m) for m in progress.moments_past) or "nog geen"
    coming = ", ".join(short_date(m) for m in progress.moments_coming) or "geen meer gepland"
    lines.append(f"  Evaluatiemomenten geweest: {past}; komend: {coming}")
    if progress.unexplained:
        lines.append("  Toelichting ontbreekt (oorzaak, gevolg voor het doel, wat we eraan doen):")
        for item in progress.unexplained:
            lines += wrap(item, style.width, "    • ", "      ")
    steps = progress.next_steps
    if steps:
        lines.append("  Volgende stappen")
        for n, step in enumerate(steps, 1):
            lines += wrap(step, style.width, f"    {n}. ", "       ")
    return lines
