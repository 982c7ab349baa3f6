"""What changed since the last report (`impl voortgang --sinds`).

`--sinds DATUM` reads the plan's own dates: what began, was finished or was due in the window,
metingen, bijstellingen and evaluation moments. `--sinds REVISIE` (a git commit, tag or
branch) compares the plan as it was then with the plan now: status changes, new metingen,
activities added, removed or moved, changed targets.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..dutch import long_date, number, short_date, upper_first
from ..errors import UserError
from .state import PlacedActivity, kpi_label

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan
    from ..plan.model import Activity, Adjustment, Kpi, Plan

GIT_TIMEOUT = 30  # seconds; a repository on a network drive can be slow, not this slow
_DATE_LIKE = re.compile(r"[\d\-./]+")


@dataclass(frozen=True)
class Change:
    """One thing that changed; `date` when the plan dates it."""

    date: dt.date | None
    text: str


@dataclass(frozen=True)
class Since:
    """The window of a progress report: `label` says since when, for the reader."""

    label: str
    changes: tuple[Change, ...]
    notes: tuple[str, ...] = ()


def is_date_like(value: str) -> bool:
    """Whether `--sinds` was meant as a date (digits and separators) rather than a revision."""
    return bool(_DATE_LIKE.fullmatch(value.strip()))


# --- since a date ---------------------------------------------------------------------------


def since_date(plan: Plan, since: dt.date, today: dt.date) -> Since:
    """What the plan's dates say happened after `since`, up to and including `today`."""
    if since > today:
        raise UserError(
            f"--sinds {since.isoformat()} ligt na de datum van het overzicht "
            f"({today.isoformat()}); kies een eerdere datum"
        )
    notes = []
    if plan.period is not None and since < plan.period.start:
        notes.append(
            f"{long_date(since)} ligt voor het begin van de looptijd "
            f"({long_date(plan.period.start)}): dit is alles sinds het begin"
        )

    def inside(day: dt.date | None) -> bool:
        return day is not None and since < day <= today

    changes: list[Change] = []
    for phase, index, activity in plan.activities():
        if activity.status == "vervallen":
            continue
        label = upper_first(PlacedActivity(phase, index, activity).label)
        if inside(activity.start):
            changes.append(Change(activity.start, f"{label}: begonnen volgens de planning"))
        if inside(activity.end):
            if activity.status == "gereed":
                changes.append(Change(activity.end, f"{label}: afgerond"))
            else:
                changes.append(Change(activity.end, f"{label}: had klaar moeten zijn"))
    for kpi in plan.kpis:
        for meting in kpi.measurements:
            if inside(meting.date):
                changes.append(
                    Change(meting.date, f"Meting {kpi_label(kpi)}: {_value(kpi, meting.value)}")
                )
    for adjustment in plan.adjustments:
        if inside(adjustment.date):
            changes.append(Change(adjustment.date, f"Bijstelling: {_adjustment(adjustment)}"))
    for moment in plan.evaluation.moments if plan.evaluation else []:
        if inside(moment):
            changes.append(Change(moment, "Evaluatiemoment"))
    changes.sort(key=lambda c: c.date or dt.date.min)
    return Since(f"sinds {long_date(since)}", tuple(changes), tuple(notes))


def _value(kpi: Kpi, value: float | int | None) -> str:
    shown = number(value)
    return f"{shown} {kpi.unit}" if kpi.unit and shown else shown


def _adjustment(adjustment: Adjustment) -> str:
    return adjustment.decision or adjustment.reason or "zonder omschrijving"


# --- since a git revision -----------------------------------------------------------------


def since_revision(loaded: LoadedPlan, revision: str) -> Since:
    """The plan now compared with the plan as committed at `revision`; UserError when git,
    the repository, the revision or the plan at that revision is not there."""
    from ..plan.load import PlanError, decode, load_text
    from ..shown import visible

    shown = visible(revision)
    if not revision.strip() or revision.startswith("-") or any(ord(c) < 32 for c in revision):
        raise UserError(f"--sinds {shown}: dat is geen datum (JJJJ-MM-DD) en geen git-versie")
    path = Path(loaded.file).resolve()
    folder = path.parent
    if _git(folder, "rev-parse", "--is-inside-work-tree").returncode != 0:
        raise UserError(
            f"--sinds {shown}: {visible(loaded.file)} staat niet in een git-repository, dus "
            "impl kan geen eerdere versie van het plan vinden; geef een datum, bijvoorbeeld "
            "--sinds 2026-09-01"
        )
    found = _git(folder, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if found.returncode != 0:
        raise UserError(
            f"--sinds {shown}: die versie bestaat niet in deze git-repository (noem een "
            "commit, tag of branch, bijvoorbeeld HEAD~1), of geef een datum"
        )
    commit = found.stdout.decode("ascii", "replace").strip()
    info = _git(folder, "show", "-s", "--format=%h %cs", commit).stdout.decode("ascii", "replace")
    short, _, day = info.strip().partition(" ")
    when = f"versie {short} van {long_date(dt.date.fromisoformat(day))}" if day else short
    now_path, then_path = _paths(folder, commit, path.name)
    if then_path is None:
        raise UserError(
            f"--sinds {shown}: in {when} bestond {visible(loaded.file)} nog niet; kies een "
            "latere versie, of geef een datum"
        )
    old = _git(folder, "show", f"{commit}:{then_path}")
    notes: tuple[str, ...] = ()
    if then_path != now_path:
        notes = (f"in {when} heette het plan nog {visible(then_path)}",)
    name = f"{shown}:{path.name}"
    try:
        then = load_text(decode(old.stdout, name), name).plan
    except PlanError as error:
        first = error.problems[0]
        raise UserError(
            f"--sinds {shown}: het plan in {when} is niet te lezen ({first.line}:"
            f"{first.column}: {first.message}); kies een andere versie"
        ) from None
    return Since(f"sinds {when}", tuple(compare(then, loaded.plan)), notes)


def _paths(folder: Path, commit: str, name: str) -> tuple[str, str | None]:
    """The plan's path from the repository's root now, and in `commit`: the same path, or the
    one it had before it was renamed or moved (None when it was not there)."""
    prefix = _git(folder, "rev-parse", "--show-prefix").stdout.decode("utf-8", "surrogateescape")
    now = prefix.strip("\n") + name
    if _git(folder, "cat-file", "-e", f"{commit}:{now}").returncode == 0:
        return now, now
    # Renamed but not yet committed: the working tree against `commit`.
    diff = _git(folder, "diff", "--find-renames", "--name-status", "-z", commit, "--")
    for status, before, after in _name_status(diff.stdout):
        if status == "R" and after == now:
            return now, before
    # Renamed in a commit since: the plan's history, newest first, with the name it had in
    # each commit that touched it; the newest of those at or before `commit` holds its name.
    log = _git(
        folder, "log", "--follow", "--name-status", "-z", "--format=%x01%H", "HEAD", "--", name
    )
    for entry in log.stdout.decode("utf-8", "surrogateescape").split("\x01")[1:]:
        found, _, rest = entry.partition("\0")
        for status, before, after in _name_status(rest.lstrip("\n").encode()):
            if _git(folder, "merge-base", "--is-ancestor", found.strip(), commit).returncode:
                break  # this commit came after `commit`
            if status == "D":
                return now, None
            path = after or before
            if _git(folder, "cat-file", "-e", f"{commit}:{path}").returncode == 0:
                return now, path
            return now, None
    return now, None


def _name_status(output: bytes) -> list[tuple[str, str, str]]:
    """`git diff/log --name-status -z` as (status letter, path, new path or "")."""
    fields = output.decode("utf-8", "surrogateescape").split("\0")
    found = []
    index = 0
    while index + 1 < len(fields):
        status = fields[index].strip()
        if status[:1] in ("R", "C"):
            found.append((status[:1], fields[index + 1], fields[index + 2]))
            index += 3
        else:
            found.append((status[:1], fields[index + 1], ""))
            index += 2
    return found


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    # No pager, no prompts, no locale: impl reads git's output, a person never sees it.
    env = os.environ | {"GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        return subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            timeout=GIT_TIMEOUT,
            env=env,
            check=False,
        )
    except FileNotFoundError:
        raise UserError(
            "git is niet gevonden op deze computer; --sinds met een versie werkt alleen met "
            "git. Geef anders een datum, bijvoorbeeld --sinds 2026-09-01"
        ) from None
    except subprocess.TimeoutExpired:
        raise UserError(f"git gaf na {GIT_TIMEOUT} seconden geen antwoord") from None


def compare(then: Plan, now: Plan) -> list[Change]:
    """What differs between two versions of a plan, in the plan's order."""
    changes: list[Change] = []
    old = _activities(then)
    new = _activities(now)
    for key, (phase, index, activity) in new.items():
        label = upper_first(PlacedActivity(phase, index, activity).label)
        if key not in old:
            changes.append(Change(activity.start, f"{label}: nieuw in het plan"))
            continue
        was_phase, _, was = old[key]
        if was.status != activity.status:
            changes.append(Change(None, f"{label}: {was.status} → {activity.status}"))
        if (was.start, was.end) != (activity.start, activity.end):
            changes.append(
                Change(
                    activity.start,
                    f"{label}: verplaatst van {_when(was)} naar {_when(activity)}",
                )
            )
        if was_phase != phase:
            changes.append(Change(None, f"{label}: naar fase {_phase_name(phase)}"))
    for key, (phase, index, activity) in old.items():
        if key not in new:
            label = upper_first(PlacedActivity(phase, index, activity).label)
            changes.append(Change(None, f"{label}: uit het plan gehaald"))
    changes += _kpi_changes(then, now)
    old_adjustments = {(a.date, a.decision, a.reason) for a in then.adjustments}
    for adjustment in now.adjustments:
        if (adjustment.date, adjustment.decision, adjustment.reason) not in old_adjustments:
            changes.append(Change(adjustment.date, f"Bijstelling: {_adjustment(adjustment)}"))
    old_moments = set(then.evaluation.moments if then.evaluation else [])
    new_moments = set(now.evaluation.moments if now.evaluation else [])
    for moment in sorted(new_moments - old_moments):
        changes.append(Change(moment, "Nieuw evaluatiemoment"))
    for moment in sorted(old_moments - new_moments):
        changes.append(Change(moment, "Evaluatiemoment geschrapt"))
    if then.period != now.period and now.period is not None:
        period_then = (
            f"{short_date(then.period.start)} – {short_date(then.period.end)}"
            if then.period
            else "geen"
        )
        changes.append(
            Change(
                None,
                f"Looptijd: was {period_then}, nu {short_date(now.period.start)} – "
                f"{short_date(now.period.end)}",
            )
        )
    return changes


def _activities(plan: Plan) -> dict[str, tuple[str, int, Activity]]:
    """Activities by id; one without an id by what it is (the best a reader would match)."""
    found: dict[str, tuple[str, int, Activity]] = {}
    for phase, index, activity in plan.activities():
        key = f"id:{activity.id}" if activity.id else f"wat:{activity.what or phase + str(index)}"
        # An id is unique within its phase only: a second A1 elsewhere is matched second.
        seen, unique = 1, key
        while unique in found:
            seen += 1
            unique = f"{key}#{seen}"
        found[unique] = (phase, index, activity)
    return found


def _when(activity: Activity) -> str:
    start = short_date(activity.start) if activity.start else "?"
    end = short_date(activity.end) if activity.end else "?"
    return start if start == end else f"{start} – {end}"


def _phase_name(key: str) -> str:
    from ..knowledge import toolkit

    phase = toolkit().phase(key)
    return phase.name if phase else key


def _kpi_changes(then: Plan, now: Plan) -> list[Change]:
    changes: list[Change] = []
    old = {kpi.id: kpi for kpi in then.kpis}
    for kpi in now.kpis:
        label = kpi_label(kpi)
        was = old.pop(kpi.id, None)
        if was is None:
            changes.append(Change(None, f"KPI {label}: nieuw in het plan"))
            continue
        if was.target != kpi.target:
            changes.append(
                Change(
                    None,
                    f"KPI {label}: streefwaarde van {_value(kpi, was.target) or 'geen'} naar "
                    f"{_value(kpi, kpi.target) or 'geen'}",
                )
            )
        if was.deadline != kpi.deadline:
            before = long_date(was.deadline) if was.deadline else "geen"
            after = long_date(kpi.deadline) if kpi.deadline else "geen"
            changes.append(Change(None, f"KPI {label}: deadline van {before} naar {after}"))
        known = {(m.date, m.value) for m in was.measurements}
        earlier = {m.date: m.value for m in was.measurements}
        for meting in sorted(kpi.measurements, key=lambda m: m.date):
            if (meting.date, meting.value) in known:
                continue
            value = _value(kpi, meting.value)
            if meting.date in earlier:  # the same day measured again: a correction
                before = _value(kpi, earlier[meting.date])
                text = f"Meting {label} aangepast: was {before}, nu {value}"
            else:
                text = f"Nieuwe meting {label}: {value}"
            changes.append(Change(meting.date, text))
    for kpi in old.values():
        changes.append(Change(None, f"KPI {kpi_label(kpi)}: uit het plan gehaald"))
    return changes
