"""What changed since the last report (`impl voortgang --sinds`).

`--sinds DATUM` reads the plan's own dates: what began, was finished or was due in the window,
metingen, bijstellingen and evaluation moments; the window includes that day (a quarterly
report `--sinds 2027-07-01` must show the launch on 1 July). `--sinds REVISIE` (a git commit, tag or
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

from ..domain.activity import ActivityStatus, activity_name, is_counted, status_of
from ..domain.line import kpi_label
from ..dutch import long_date, number, short_date, upper_first
from ..errors import UserError

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan
    from ..plan.model import Activity, Adjustment, Kpi, Plan

GIT_TIMEOUT = 30  # seconds for the whole comparison; a network drive is slow, not this slow
MAX_HISTORY = 10_000  # commits that touched the plan since the revision, followed back
MAX_LISTING = 64 * 1024 * 1024  # bytes of `git ls-tree -r HEAD` or of the plan's history
MAX_RENAME_CANDIDATES = 50  # YAML files gone from the working tree, compared with the plan
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
    reference: str = ""  # the git revision compared with, for small print only


def is_date_like(value: str) -> bool:
    """Whether `--sinds` was meant as a date (digits and separators) rather than a revision."""
    return bool(_DATE_LIKE.fullmatch(value.strip()))


# --- since a date ---------------------------------------------------------------------------


def since_date(plan: Plan, since: dt.date, today: dt.date) -> Since:
    """What the plan's dates say happened from `since` up to `today`, both days included."""
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
        return day is not None and since <= day <= today

    changes: list[Change] = []
    for _, _, activity in plan.activities():
        if not is_counted(activity):
            continue
        label = upper_first(activity_name(activity))
        if inside(activity.start):
            changes.append(Change(activity.start, f"{label}: begonnen volgens de planning"))
        if inside(activity.end):
            if status_of(activity) is ActivityStatus.DONE:
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
    the repository, the revision or the plan at that revision is not there.

    The repository may come from anyone (a share, a USB stick, a pull request), so git only
    reads objects: commits, trees and blobs. The index and the working tree are never read
    through git (that runs `core.fsmonitor` and clean filters); the plan now is read by impl
    itself. See `_Git` for what else is switched off.
    """
    from ..plan.load import MAX_FILE_BYTES, PlanError, decode, load_text
    from ..shown import visible

    shown = visible(revision)
    if not revision.strip() or revision.startswith("-") or any(ord(c) < 32 for c in revision):
        raise UserError(f"--sinds {shown}: dat is geen datum (JJJJ-MM-DD) en geen git-versie")
    path = Path(loaded.file).resolve()
    git = _Git(path.parent)
    if git.run("rev-parse", "--is-inside-work-tree").returncode != 0:
        raise UserError(
            f"--sinds {shown}: {visible(loaded.file)} staat niet in een git-repository, dus "
            "impl kan geen eerdere versie van het plan vinden; geef een datum, bijvoorbeeld "
            "--sinds 2026-09-01"
        )
    found = git.run(
        "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"
    )
    if found.returncode != 0:
        raise UserError(
            f"--sinds {shown}: die versie bestaat niet in deze git-repository (noem een "
            "commit, tag of branch, bijvoorbeeld HEAD~1), of geef een datum"
        )
    commit = found.text.strip()
    short, _, stamp = (
        git.run("log", "-1", "--format=%h %ct", commit, "--").text.strip().partition(" ")
    )
    day = _commit_day(stamp)
    when = f"versie {short} van {long_date(day)}" if day else f"versie {short}"
    now_path, then_path = _paths(git, commit, path)
    if then_path is None:
        raise UserError(
            f"--sinds {shown}: in {when} bestond {visible(loaded.file)} nog niet; kies een "
            "latere versie, of geef een datum"
        )
    # The size first: a blob of a gigabyte of spaces is a few megabytes in `.git`.
    size = git.run("cat-file", "-s", f"{commit}:{then_path}").text.strip()
    name = f"{shown}:{path.name}"
    if not size.isdigit() or int(size) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise UserError(
            f"--sinds {shown}: het plan in {when} is groter dan {limit} MB (of niet te lezen); "
            "is dat wel een plan? Kies een andere versie, of geef een datum"
        )
    old = git.run("cat-file", "blob", f"{commit}:{then_path}", limit=MAX_FILE_BYTES)
    notes: tuple[str, ...] = ()
    if then_path != now_path:
        notes = (f"in {when} heette het plan nog {visible(then_path)}",)
    try:
        then = load_text(decode(old.stdout, name), name).plan
    except PlanError as error:
        first = error.problems[0]
        raise UserError(
            f"--sinds {shown}: het plan in {when} is niet te lezen ({first.line}:"
            f"{first.column}: {first.message}); kies een andere versie"
        ) from None
    # The reader knows the plan's own `versie`, not a git hash: the hash is small print.
    label = f"versie {visible(then.version)}" if then.version else "de versie"
    label += f" van {long_date(day)}" if day else ""
    changes = in_date_order(compare(then, loaded.plan))
    return Since(f"sinds {label}", changes, notes, reference=f"git {short}")


def in_date_order(changes: list[Change]) -> tuple[Change, ...]:
    """What the plan dates (metingen, bijstellingen, evaluations) in date order, then what
    was changed in the plan itself, which has no date of its own, in the plan's order."""
    dated = sorted((c for c in changes if c.date is not None), key=lambda c: c.date or dt.date.min)
    return (*dated, *(c for c in changes if c.date is None))


def _commit_day(stamp: str) -> dt.date | None:
    """The commit's day from its Unix time; None for a date a calendar cannot hold (a commit
    dated in the year 10000 is no reason to stop)."""
    try:
        return dt.datetime.fromtimestamp(int(stamp), tz=dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        return None


def _paths(git: _Git, commit: str, plan: Path) -> tuple[str, str | None]:
    """The plan's path from the repository's root now, and in `commit`: the same path, or the
    one it had before it was renamed or moved (None when it was not there)."""
    now = git.run("rev-parse", "--show-prefix").text.strip("\n") + plan.name
    if git.exists(f"{commit}:{now}"):
        return now, now
    committed = now if git.exists(f"HEAD:{now}") else _renamed_in_working_tree(git, plan, now)
    if committed is None:
        return now, None
    if git.exists(f"{commit}:{committed}"):
        return now, committed
    # Renamed in a commit since: one walk over the commits after `commit` that touched the
    # plan, newest first, following each rename back to the name it had before.
    log = git.run(
        "log",
        "--no-ext-diff",
        "--no-textconv",
        "--follow",
        "--name-status",
        "-z",
        "-M",
        f"--max-count={MAX_HISTORY}",
        "--format=%x01%H",
        f"{commit}..HEAD",
        "--",
        f":(top,literal){committed}",
        limit=MAX_LISTING,  # a hash and up to two paths per commit
    )
    name = committed
    for entry in log.text.split("\x01")[1:]:
        _, _, rest = entry.partition("\0")
        for status, before, after in _name_status(rest.lstrip("\n")):
            if status == "R" and after == name:
                name = before
    return now, (name if git.exists(f"{commit}:{name}") else None)


def _renamed_in_working_tree(git: _Git, plan: Path, now: str) -> str | None:
    """The name in HEAD of a plan renamed but not yet committed: a YAML file of HEAD that is
    gone from the working tree and holds mostly the same lines as the plan now. impl
    compares them itself: letting git look at the working tree runs its filters."""
    import difflib

    from ..plan.load import MAX_FILE_BYTES

    root = plan.parent
    for _ in range(now.count("/")):
        root = root.parent
    listing = git.run("ls-tree", "-r", "-z", "--long", "HEAD", limit=MAX_LISTING)
    try:
        text = plan.read_bytes()[:MAX_FILE_BYTES].decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    best, best_ratio = None, 0.5  # git's own threshold for a rename
    looked = 0
    for line in listing.text.split("\0"):
        info, _, name = line.partition("\t")
        fields = info.split()
        if len(fields) != 4 or fields[1] != "blob" or not fields[3].isdigit():
            continue
        if not name.lower().endswith((".yaml", ".yml")) or int(fields[3]) > MAX_FILE_BYTES:
            continue
        if os.path.lexists(root / name) or looked >= MAX_RENAME_CANDIDATES:
            continue
        looked += 1
        blob = git.run("cat-file", "blob", fields[2], limit=MAX_FILE_BYTES).text.splitlines()
        matcher = difflib.SequenceMatcher(None, blob, text, autojunk=False)
        if matcher.real_quick_ratio() > best_ratio and (ratio := matcher.ratio()) > best_ratio:
            best, best_ratio = name, ratio
    return best


def _name_status(output: str) -> list[tuple[str, str, str]]:
    """`git log --name-status -z` as (status letter, path, new path or "")."""
    fields = output.split("\0")
    found = []
    index = 0
    while index + 1 < len(fields):
        status = fields[index].strip()
        if status[:1] in ("R", "C") and index + 2 < len(fields):
            found.append((status[:1], fields[index + 1], fields[index + 2]))
            index += 3
        else:
            found.append((status[:1], fields[index + 1], ""))
            index += 2
    return found


@dataclass(frozen=True)
class _Output:
    returncode: int
    stdout: bytes

    @property
    def text(self) -> str:
        return self.stdout.decode("utf-8", "surrogateescape")


class _Git:
    """git on a repository impl does not trust, with one time limit for all calls together.

    Nothing in the repository's config may start a program: no fsmonitor, hooks, pager,
    external diff, textconv, filters, signature checks or fetching of missing objects; no
    system or global config and no GIT_* settings from the environment either. Every
    output is read up to a limit.
    """

    _SAFE = (
        "-c", "core.fsmonitor=false",
        "-c", f"core.hooksPath={os.devnull}",
        "-c", "core.pager=cat",
        "-c", "diff.external=",
        "-c", "log.showSignature=false",
        "-c", "protocol.allow=never",
        "--no-pager",
    )  # fmt: skip

    def __init__(self, folder: Path) -> None:
        import time

        self.folder = folder
        self.deadline = time.monotonic() + GIT_TIMEOUT
        self.env = {k: v for k, v in os.environ.items() if not k.upper().startswith("GIT_")}
        self.env |= {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_NO_LAZY_FETCH": "1",  # git >= 2.39.4; older ones are stopped by the next
            "GIT_ALLOW_PROTOCOL": "",  # no transport at all, whatever protocol.*.allow says
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_PAGER": "cat",
            "GIT_OPTIONAL_LOCKS": "0",
            "LC_ALL": "C",
        }

    def exists(self, spec: str) -> bool:
        return self.run("cat-file", "-e", spec).returncode == 0

    def run(self, *args: str, limit: int = 1024 * 1024) -> _Output:
        """git ARGS; UserError when git is missing, takes too long or says too much."""
        import threading
        import time

        command = ["git", *self._SAFE, "-C", str(self.folder), *args]
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self._too_slow()
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=self.env,
            )
        except FileNotFoundError:
            raise UserError(
                "git is niet gevonden op deze computer; --sinds met een versie werkt alleen "
                "met git. Geef anders een datum, bijvoorbeeld --sinds 2026-09-01"
            ) from None
        timer = threading.Timer(left, process.kill)
        timer.start()
        try:
            assert process.stdout is not None
            chunks: list[bytes] = []
            size = 0
            while chunk := process.stdout.read(64 * 1024):
                size += len(chunk)
                if size > limit:
                    process.kill()
                    raise UserError(
                        "git gaf meer uitvoer dan impl verwacht bij het zoeken naar de eerdere "
                        "versie van het plan; geef een datum, bijvoorbeeld --sinds 2026-09-01"
                    )
                chunks.append(chunk)
            code = process.wait()
        finally:
            timer.cancel()
            process.stdout.close()  # type: ignore[union-attr]
            process.wait()
        if time.monotonic() >= self.deadline:
            raise self._too_slow()
        return _Output(code, b"".join(chunks))

    @staticmethod
    def _too_slow() -> UserError:
        return UserError(
            f"git gaf binnen {GIT_TIMEOUT} seconden geen antwoord; geef een datum, "
            "bijvoorbeeld --sinds 2026-09-01"
        )


def compare(then: Plan, now: Plan) -> list[Change]:
    """What differs between two versions of a plan, in the plan's order."""
    changes: list[Change] = []
    old = _activities(then)
    new = _activities(now)
    for key, (phase, _, activity) in new.items():
        label = upper_first(activity_name(activity))
        if key not in old:
            # Undated: listed under its own (maybe future) start it would read as an event.
            changes.append(Change(None, f"{label}: nieuw in het plan ({_when(activity)})"))
            continue
        was_phase, _, was = old[key]
        if was.status != activity.status:
            changes.append(Change(None, f"{label}: {was.status} → {activity.status}"))
        if (was.start, was.end) != (activity.start, activity.end):
            changes.append(
                Change(None, f"{label}: verplaatst van {_when(was)} naar {_when(activity)}")
            )
        if was_phase != phase:
            changes.append(Change(None, f"{label}: naar fase {_phase_name(phase)}"))
    for key, (_, _, activity) in old.items():
        if key not in new:
            label = upper_first(activity_name(activity))
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
