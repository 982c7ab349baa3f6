"""`impl voortgang --sinds REVISIE`: the plan as committed at a git revision, compared with
the plan now.

The repository may come from anyone (a share, a USB stick, a pull request), so git only reads
objects: commits, trees and blobs (see `git.Git`). The index and the working tree are never
read through git (that runs `core.fsmonitor` and clean filters); the plan now is read by impl
itself, and so is a working tree's renamed plan.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..dutch import long_date
from ..errors import UserError
from ..plan.load import MAX_FILE_BYTES, PlanError, decode, load_text
from ..shown import visible
from .compare import compare
from .git import Git
from .since import Since, in_date_order

if TYPE_CHECKING:
    from ..plan.load import LoadedPlan
    from ..plan.model import Plan

MAX_HISTORY = 10_000  # commits that touched the plan since the revision, followed back
MAX_LISTING = 64 * 1024 * 1024  # bytes of `git ls-tree -r HEAD` or of the plan's history
MAX_RENAME_CANDIDATES = 50  # YAML files gone from the working tree, compared with the plan


def since_revision(loaded: LoadedPlan, revision: str) -> Since:
    """The plan now compared with the plan as committed at `revision`; UserError when git,
    the repository, the revision or the plan at that revision is not there."""
    shown = visible(revision)
    path = Path(loaded.file).resolve()
    git = Git(path.parent)
    commit = _commit(git, revision, loaded.file)
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
    then = _plan_at(git, f"{commit}:{then_path}", f"{shown}:{path.name}", shown, when)
    notes: tuple[str, ...] = ()
    if then_path != now_path:
        notes = (f"in {when} heette het plan nog {visible(then_path)}",)
    # The reader knows the plan's own `versie`, not a git hash: the hash is small print.
    label = f"versie {visible(then.version)}" if then.version else "de versie"
    label += f" van {long_date(day)}" if day else ""
    changes = in_date_order(compare(then, loaded.plan))
    return Since(f"sinds {label}", changes, notes, reference=f"git {short}")


def _commit(git: Git, revision: str, file: str) -> str:
    """The full hash of the commit `revision` names, in the repository that holds `file`."""
    shown = visible(revision)
    if not revision.strip() or revision.startswith("-") or any(ord(c) < 32 for c in revision):
        raise UserError(f"--sinds {shown}: dat is geen datum (JJJJ-MM-DD) en geen git-versie")
    if git.run("rev-parse", "--is-inside-work-tree").returncode != 0:
        raise UserError(
            f"--sinds {shown}: {visible(file)} staat niet in een git-repository, dus "
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
    return found.text.strip()


def _plan_at(git: Git, blob: str, name: str, shown: str, when: str) -> Plan:
    """The plan in `blob` (`commit:path`), read as impl reads a plan file called `name`."""
    # The size first: a blob of a gigabyte of spaces is a few megabytes in `.git`.
    size = git.run("cat-file", "-s", blob).text.strip()
    if not size.isdigit() or int(size) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise UserError(
            f"--sinds {shown}: het plan in {when} is groter dan {limit} MB (of niet te lezen); "
            "is dat wel een plan? Kies een andere versie, of geef een datum"
        )
    old = git.run("cat-file", "blob", blob, limit=MAX_FILE_BYTES)
    try:
        return load_text(decode(old.stdout, name), name).plan
    except PlanError as error:
        first = error.problems[0]
        raise UserError(
            f"--sinds {shown}: het plan in {when} is niet te lezen ({first.line}:"
            f"{first.column}: {first.message}); kies een andere versie"
        ) from None


def _commit_day(stamp: str) -> dt.date | None:
    """The commit's day from its Unix time; None for a date a calendar cannot hold (a commit
    dated in the year 10000 is no reason to stop)."""
    try:
        return dt.datetime.fromtimestamp(int(stamp), tz=dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        return None


def _paths(git: Git, commit: str, plan: Path) -> tuple[str, str | None]:
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


def _renamed_in_working_tree(git: Git, plan: Path, now: str) -> str | None:
    """The name in HEAD of a plan renamed but not yet committed: a YAML file of HEAD that is
    gone from the working tree and holds mostly the same lines as the plan now. impl
    compares them itself: letting git look at the working tree runs its filters."""
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
