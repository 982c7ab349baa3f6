#!/usr/bin/env python3
"""Benchmark `impl` against plain Python and its peers (yamllint, check-jsonschema).

    python bench/run.py              # full run, about 5 minutes (the peers' batch runs are slow)
    python bench/run.py --quick      # fewer repetitions, skips the peers' 1,000-plan runs
    python bench/run.py --no-install # no venv: the current interpreter's impl, peers if on PATH
    python bench/run.py --profile    # also: import time per package and a cProfile of the batch

It measures:
  * start-up: `python -c pass`, `impl --help`, `impl check` on one voorbeeld, `yamllint` and
    `check-jsonschema` (with the schema from `impl schema`) on the same file, run alternately;
  * batch: `impl check --formaat json DIR` on 10, 100 and 1,000 generated plans (varied copies of
    the voorbeelden), with its worker processes and, on the largest, in one process; the
    peers once on the 1,000-plan folder;
  * a large plan of 2,000 activities: `impl check` and `impl render`, and what the free-text
    judgement (catalogue v3) adds to the check: the quickscan timed in one process with the
    judgement and with a stand-in that judges every text neutral at no cost;
  * `impl render` of one voorbeeld as Markdown, HTML and Word, run alternately;
  * the peak memory (max RSS) of every measured process;
  * `impl bewerk`: the form ready for the largest voorbeeld, and the quickscan's refresh after
    an edit (bench/form_speed.py).

The script uses the standard library only. By default it keeps its own venv in bench/.venv with
the project installed non-editable (`pip install .`) plus the peers, so the project's own
dependencies stay clean. The output is Markdown, ready to paste into bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import form_speed  # bench/form_speed.py, beside this script

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
VENV = BENCH / ".venv"
VOORBEELDEN = REPO / "voorbeelden"
PEERS = ("yamllint", "check-jsonschema")
# A fixed "today" keeps the quickscan's findings (and so the work done) the same on every run.
TODAY = "2026-11-15"

# Targets from the "proof of quality" issue.
# Start-up: the stack's floor (typer, PyYAML, pydantic) is already about 1.0 x yamllint.
MAX_RATIO_YAMLLINT = 1.2
# Batch: impl checks many plans in one process; per plan at least this much faster.
MIN_BATCH_SPEEDUP_YAMLLINT = 10.0
MAX_RATIO_CHECK_JSONSCHEMA = 0.6
MAX_MS_PER_PLAN = 5.0
MAX_GROWTH = 1.5
# Targets from the documents issue: HTML and Word cost little more than Markdown.
MAX_RATIO_HTML = 1.5
MAX_RATIO_DOCX = 3.0
# Targets from the progress issue: the quarterly report costs no more than a check.
MAX_RATIO_VOORTGANG = 1.2
# Target from quickscan 3: the free-text judgement adds at most this share to `impl check` on
# the large plan.
MAX_TEXT_SHARE = 0.20
RENDER_FORMATS = ("md", "html", "docx")
# Targets from the progress issue: `impl overzicht` over many plans costs at most this much
# more than `impl check` over the same folder, and grows linearly (MAX_GROWTH) from the
# smaller folder to the larger.
MAX_RATIO_OVERVIEW = 2.0
OVERVIEW_SIZES = (50, 200)

# The least any `impl check` costs on the prescribed stack (typer for the command line,
# pydantic models for validation): import typer and PyYAML and validate a one-field pydantic
# model, set up as `impl` runs (cyclic GC off, no pydantic plugin scan).
FLOOR = "floor: typer + PyYAML + 1 model"
FLOOR_CODE = (
    "import gc, os; gc.disable()\n"
    "os.environ.setdefault('PYDANTIC_DISABLE_PLUGINS', '__all__')\n"
    "import typer, yaml\n"
    "from pydantic import BaseModel\n"
    "class M(BaseModel):\n"
    "    x: int\n"
    "M(x=1)\n"
)

# Children run without colour and with a fixed width, whatever the caller's terminal is.
CHILD_ENV = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100"}


class BenchError(Exception):
    """Something the benchmark cannot go on without; printed without a traceback."""


# --------------------------------------------------------------------------------------------
# Running and measuring one process


@dataclass
class Sample:
    seconds: float  # wall clock
    cpu: float  # user + system time of the child: less sensitive to a busy machine
    max_rss_kb: int
    exit_code: int


@dataclass
class Series:
    """Repeated runs of one command."""

    name: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def fastest(self) -> float:
        return min(s.seconds for s in self.samples)

    @property
    def peak_mb(self) -> float:
        return max(s.max_rss_kb for s in self.samples) / 1024


def measure(
    cmd: Sequence[str | Path],
    *,
    ok: Sequence[int] = (0,),
    stdout: Path | None = None,
    cwd: Path | None = None,
) -> Sample:
    """Run `cmd` once: wall time, this child's own peak RSS, exit code.

    `os.wait4` gives the resource usage of exactly this child; `getrusage(RUSAGE_CHILDREN)`
    would give the high-water mark over every child so far, which hides a small one after a
    large one.
    """
    args = [str(part) for part in cmd]
    with (
        open(stdout if stdout is not None else os.devnull, "wb") as out,
        tempfile.TemporaryFile() as err,
    ):
        start = time.perf_counter()
        proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=CHILD_ENV, cwd=cwd
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in ok:
            err.seek(0)
            tail = err.read().decode(errors="replace")[-1500:]
            raise BenchError(f"`{' '.join(args)}` exited with {code}:\n{tail}")
    return Sample(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)


def run_text(cmd: Sequence[str | Path], *, ok: Sequence[int] = (0,)) -> str:
    """Run a helper command (not measured) and return its stdout."""
    args = [str(part) for part in cmd]
    done = subprocess.run(args, capture_output=True, text=True, env=CHILD_ENV, check=False)
    if done.returncode not in ok:
        raise BenchError(
            f"`{' '.join(args)}` exited with {done.returncode}:\n{done.stderr[-1500:]}"
        )
    return done.stdout


def alternate(commands: dict[str, tuple[list[str | Path], Sequence[int]]], reps: int) -> dict:
    """Run each command once to warm caches, then `reps` rounds, one run of each per round.

    Alternating (a, b, c, a, b, c, ...) lets every command share the machine's noise, and
    rotating the order each round keeps any one of them from always running first.
    """
    series = {name: Series(name) for name in commands}
    for cmd, ok in commands.values():
        measure(cmd, ok=ok)
    names = list(commands)
    for round_no in range(reps):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            cmd, ok = commands[name]
            series[name].samples.append(measure(cmd, ok=ok))
    return series


# --------------------------------------------------------------------------------------------
# The tools: a venv of our own, or whatever the current interpreter has


@dataclass
class Tools:
    python: Path
    impl: list[str | Path]
    peers: dict[str, list[str | Path]]


def _bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def quiet(cmd: list[str]) -> None:
    """Run an install step; show its output only when it fails."""
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"`{' '.join(cmd)}` failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")


def prepare_venv(log: Callable[[str], None]) -> Tools:
    """Create or reuse bench/.venv; (re)install the project from this tree and the peers."""
    python = _bin("python")
    if not python.exists():
        log(f"creating venv in {VENV.relative_to(REPO)} ...")
        quiet([sys.executable, "-m", "venv", str(VENV)])
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # Dependencies and peers only when the venv is new or pyproject.toml changed; the project
    # itself on every run, so the numbers are those of the tree you are looking at.
    stamp = VENV / "bench-stamp"
    wanted = hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()
    have_peers = all(_bin(peer).exists() for peer in PEERS)
    if not have_peers or not stamp.exists() or stamp.read_text() != wanted:
        log("pip install . yamllint check-jsonschema ...")
        quiet([*pip, str(REPO), *PEERS])
        stamp.write_text(wanted)
    log("pip install --no-deps --force-reinstall . (the tree as it is now) ...")
    quiet([*pip, "--no-deps", "--force-reinstall", str(REPO)])
    return Tools(python, [_bin("impl")], {peer: [_bin(peer)] for peer in PEERS})


def current_tools() -> Tools:
    """`--no-install`: this interpreter's impl, and the peers next to it or on PATH."""
    python = Path(sys.executable)
    here = python.parent
    try:
        subprocess.run([python, "-c", "import impltool"], check=True, capture_output=True)
    except subprocess.CalledProcessError:
        raise BenchError(
            f"{python} cannot import impltool; install the project or drop --no-install"
        ) from None
    impl: list[str | Path] = (
        [here / "impl"] if (here / "impl").exists() else [python, "-m", "impltool"]
    )
    peers: dict[str, list[str | Path]] = {}
    for peer in PEERS:
        found = here / peer if (here / peer).exists() else shutil.which(peer)
        if found:
            peers[peer] = [found]
    return Tools(python, impl, peers)


def versions(tools: Tools) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, yaml\n"
        "out = {}\n"
        "for d in ('impltool', 'typer', 'pydantic', 'PyYAML', 'jinja2', 'rich', 'yamllint',"
        " 'check-jsonschema'):\n"
        "    try: out[d] = m.version(d)\n"
        "    except m.PackageNotFoundError: pass\n"
        "out['PyYAML C loader'] = 'yes' if getattr(yaml, '__with_libyaml__', False) else 'no'\n"
        "print(json.dumps(out))\n"
    )
    return json.loads(run_text([tools.python, "-c", code]))


# --------------------------------------------------------------------------------------------
# Plans: the valid voorbeelden, 1,000 varied copies, one large plan


def valid_voorbeelden(tools: Tools) -> list[Path]:
    files = sorted(VOORBEELDEN.glob("*.yaml"))
    if not files:
        raise BenchError(f"no voorbeelden in {VOORBEELDEN}")
    report = json.loads(
        run_text(
            [*tools.impl, "check", "--formaat", "json", "--datum", TODAY, *files], ok=(0, 1, 2)
        )
    )
    valid = [Path(p["file"]) for p in report["plans"] if p["valid"]]
    if not valid:
        raise BenchError("no voorbeeld is valid; `impl check voorbeelden` says why")
    return valid


_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_ID = re.compile(r"(?<![\w.-])id:[ \t]*([\w.-]+)")
# Keys whose values name ids: definitions, kpi → goal, activity → target groups and factors.
_REF = re.compile(r"(?<![\w.-])(id|doel|doelgroepen|adresseert):[ \t]*(\[[^\]\n]*\]|[\w.-]+)")
_BLOCK_REF_KEY = re.compile(r"^(\s*)(?:-\s+)?(doelgroepen|adresseert):[ \t]*(#.*)?$")
_BLOCK_ITEM = re.compile(r"^(\s*)-[ \t]+([\w.-]+)[ \t]*(#.*)?$")
_TOKEN = re.compile(r"[\w.-]+")
_NUMBERS = {
    "contactmomenten": lambda v, n: max(1, v + n % 5 - 2),
    "streefwaarde": lambda v, n: v + n % 10,
    "sessies": lambda v, n: max(1, v + n % 3 - 1),
}
_NUMBER = re.compile(r"^(\s*(?:-\s+)?(" + "|".join(_NUMBERS) + r"):[ \t]*)(\d+)[ \t]*$", re.M)
_PLAIN_WAT = re.compile(r"^(\s*(?:-\s+)?wat:[ \t]+)([^'\"\s>|&*!%@`#{\[][^#\n]*?)[ \t]*$", re.M)


def vary(text: str, n: int) -> str:
    """Variant `n` of a plan: other ids, dates, numbers and texts, still valid.

    Text-level edits (no YAML library here): every date shifts by the same number of days, so
    periods and orderings hold; ids get a suffix wherever they are defined or referred to.
    """
    days = n % 61 - 30

    def shift(match: re.Match[str]) -> str:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return match[0]
        return (day + timedelta(days=days)).isoformat()

    text = _DATE.sub(shift, text)
    renamed = {old: f"{old}-v{n}" for old in _ID.findall(text)}

    def tokens(value: str) -> str:
        return _TOKEN.sub(lambda m: renamed.get(m[0], m[0]), value)

    lines = []
    block_indent: int | None = None
    for line in text.splitlines():
        if block_indent is not None:
            item = _BLOCK_ITEM.match(line)
            if item and len(item[1]) >= block_indent:
                line = line[: item.start(2)] + tokens(item[2]) + line[item.end(2) :]
            elif line.strip() and not line.lstrip().startswith("#"):
                block_indent = None
        key = _BLOCK_REF_KEY.match(line)
        if key:
            block_indent = len(key[1])
        line = _REF.sub(lambda m: f"{m[1]}: {tokens(m[2])}", line)
        lines.append(line)
    text = "\n".join(lines) + "\n"
    text = _NUMBER.sub(lambda m: f"{m[1]}{_NUMBERS[m[2]](int(m[3]), n)}", text)
    text = re.sub(
        r"^titel:[ \t]+(?!['\"])(.+?)[ \t]*$",
        rf"titel: \1 (variant {n})",
        text,
        count=1,
        flags=re.M,
    )
    count = 0

    def note(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if (count + n) % 3:
            return match[0]
        return f"{match[1]}{match[2]}, ronde {n % 4 + 1}"

    text = _PLAIN_WAT.sub(note, text)
    return f"# Gegenereerd door bench/run.py: variant {n}.\n{text}"


def make_batch(sources: list[Path], folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    texts = [(src.stem, src.read_text(encoding="utf-8")) for src in sources]
    for i in range(count):
        stem, text = texts[i % len(texts)]
        (folder / f"plan-{i:04d}-{stem}.yaml").write_text(vary(text, i), encoding="utf-8")


_PHASE_KINDS = {
    "ontwikkelen": ["betrekken_gebruikers", "proefimplementatie", "overleg"],
    "weten": ["communicatieplan", "communicatie", "kickoff"],
    "begrijpen": ["handboek", "reflectie", "overleg"],
    "willen": ["kosten_baten", "ambassadeurs", "lokale_aanpassing"],
    "doen": ["selectie", "training", "coaching", "pilot"],
    "blijven_doen": ["randvoorwaarden", "monitoring", "verbeteren", "feedback"],
}
_STRATEGIES = ["informeren", "faciliteren", "overtuigen", "verplichten"]
_STATUSES = ["gereed", "bezig", "gepland", "gepland"]
_OWNERS = ["projectleider", "communicatiemedewerker", "trainer", "teamleider", "coördinator"]


def make_large(source: Path, activities: int) -> str:
    """The source plan with its `fasen:` replaced by `activities` activities over all phases."""
    text = source.read_text(encoding="utf-8")
    period = re.search(
        r"^periode:.*?start:\s*(\d{4}-\d\d-\d\d).*?eind:\s*(\d{4}-\d\d-\d\d)", text, re.M | re.S
    )
    if period is None:
        raise BenchError(f"{source}: no periode with start and eind found")
    first, last = date.fromisoformat(period[1]), date.fromisoformat(period[2])
    section = re.search(r"^doelgroepen:[ \t]*\n((?:[ \t#].*\n|\n)*)", text, re.M)
    groups = _ID.findall(section[1]) if section else []
    if not groups:
        raise BenchError(f"{source}: no doelgroepen with an id found")
    fasen = re.search(r"^fasen:[ \t]*(#.*)?\n(?:[ \t#].*\n|\n)*", text, re.M)
    if fasen is None:
        raise BenchError(f"{source}: no `fasen:` block found")

    span = (last - first).days
    phases = list(_PHASE_KINDS)
    out = ["fasen:"]
    for p, phase in enumerate(phases):
        out.append(f"  {phase}:")
        for i in range(p, activities, len(phases)):
            kinds = _PHASE_KINDS[phase]
            start = first + timedelta(days=i * span // activities)
            end = min(start + timedelta(days=7 + i % 60), last)
            targets = ", ".join(
                dict.fromkeys([groups[i % len(groups)], groups[i // 7 % len(groups)]])
            )
            out += [
                f"    - id: G{i + 1}",
                f"      wat: Activiteit {i + 1} in de fase {phase}, bijeenkomst {i // 6 + 1}",
                f"      soort: {kinds[i % len(kinds)]}",
                f"      wie: {_OWNERS[i % len(_OWNERS)]}",
                f"      waar: wijk {i % 12 + 1}",
                f"      start: {start.isoformat()}",
                f"      eind: {end.isoformat()}",
                f"      doelgroepen: [{targets}]",
                f"      strategie: {_STRATEGIES[i % len(_STRATEGIES)]}",
                f"      status: {_STATUSES[i % len(_STATUSES)]}",
            ]
    return text[: fasen.start()] + "\n".join(out) + "\n" + text[fasen.end() :]


def assert_all_valid(report_file: Path, expected: int) -> None:
    report = json.loads(report_file.read_text(encoding="utf-8"))
    plans = report["plans"]
    broken = [p for p in plans if not p["valid"]]
    if len(plans) != expected or broken:
        first = broken[0] if broken else {}
        raise BenchError(
            f"{len(plans)} plans read (expected {expected}), {len(broken)} invalid; "
            f"first: {first.get('file')}: {first.get('problems', [])[:1]}"
        )


# --------------------------------------------------------------------------------------------
# Reporting


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def machine(tools: Tools) -> list[str]:
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for row in info:
            if row.startswith("model name"):
                cpu = row.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo", encoding="utf-8") as info:
        for row in info:
            if row.startswith("MemTotal:"):
                mem_kb = int(row.split()[1])
    found = versions(tools)
    pyver = run_text([tools.python, "-c", "import sys; print(sys.version.split()[0])"]).strip()
    libs = ", ".join(f"{k} {v}" for k, v in found.items())
    return [
        f"- date: {date.today().isoformat()}",
        f"- machine: {cpu}, {os.cpu_count()} cores, {mem_kb / 1024 / 1024:.1f} GiB memory, "
        f"{platform.system()} {platform.release()}",
        f"- Python {pyver} ({tools.python})",
        f"- packages: {libs}",
    ]


# --------------------------------------------------------------------------------------------
# The parts of the benchmark


def startup(tools: Tools, plan: Path, schema: Path, reps: int) -> dict[str, Series]:
    commands: dict[str, tuple[list[str | Path], Sequence[int]]] = {
        "python -c pass": ([tools.python, "-c", "pass"], (0,)),
        "impl --help": ([*tools.impl, "--help"], (0,)),
        FLOOR: ([tools.python, "-c", FLOOR_CODE], (0,)),
        "impl check": ([*tools.impl, "check", "--datum", TODAY, plan], (0, 1)),
        "impl voortgang": ([*tools.impl, "voortgang", "--datum", TODAY, plan], (0,)),
    }
    if "yamllint" in tools.peers:
        commands["yamllint"] = ([*tools.peers["yamllint"], plan], (0, 1))
    if "check-jsonschema" in tools.peers:
        cmd = [*tools.peers["check-jsonschema"], "--schemafile", schema, plan]
        commands["check-jsonschema"] = (cmd, (0, 1))
    return alternate(commands, reps)


def render_formats(tools: Tools, plan: Path, work: Path, reps: int) -> dict[str, Series]:
    """`impl render` of one plan in every format, the formats run alternately."""
    commands: dict[str, tuple[list[str | Path], Sequence[int]]] = {
        f"render {name}": (
            [*tools.impl, "render", "--datum", TODAY, plan, "-o", work / f"document.{name}"],
            (0,),
        )
        for name in RENDER_FORMATS
    }
    return alternate(commands, reps)


def batch(
    tools: Tools, folders: dict[int, Path], work: Path, reps: int, peers: bool
) -> tuple[dict[int, Series], Series, dict[str, Sample]]:
    """impl check on each folder (with its worker processes, as users run it), and on the
    largest folder in one process."""
    series = {n: Series(f"{n} plans") for n in folders}
    big = folders[max(folders)]
    alone = Series(f"{max(folders)} plans, one process")
    for n, folder in folders.items():  # warm-up, and proof that every generated plan is valid
        report = work / f"batch-{n}.json"
        measure(check_cmd(tools, folder), ok=(0, 1), stdout=report)
        assert_all_valid(report, n)
    for _ in range(reps):
        for n, folder in folders.items():
            series[n].samples.append(measure(check_cmd(tools, folder), ok=(0, 1)))
        alone.samples.append(measure(one_process_cmd(tools, big), ok=(0, 1)))
    peer_runs: dict[str, Sample] = {}
    if peers:
        files = sorted(big.glob("*.yaml"))
        if "yamllint" in tools.peers:
            peer_runs["yamllint"] = measure([*tools.peers["yamllint"], big], ok=(0, 1))
        if "check-jsonschema" in tools.peers:
            schema = work / "schema.json"
            cmd = [*tools.peers["check-jsonschema"], "--schemafile", schema, *files]
            peer_runs["check-jsonschema"] = measure(cmd, ok=(0, 1))
    return series, alone, peer_runs


def overview(tools: Tools, biggest: Path, work: Path, reps: int) -> dict[str, Series]:
    """`impl overzicht` and `impl check` (both --formaat json) on the first 50 and 200 of the
    generated plans, run alternately."""
    commands: dict[str, tuple[list[str | Path], Sequence[int]]] = {}
    for n in OVERVIEW_SIZES:
        folder = work / f"overzicht-{n}"
        folder.mkdir()
        for src in sorted(biggest.glob("*.yaml"))[:n]:
            shutil.copyfile(src, folder / src.name)
        json_at = ["--formaat", "json", "--datum", TODAY, folder]
        commands[f"overzicht {n}"] = ([*tools.impl, "overzicht", *json_at], (0,))
        commands[f"check {n}"] = ([*tools.impl, "check", *json_at], (0, 1))
    return alternate(commands, reps)


def check_cmd(tools: Tools, target: Path) -> list[str | Path]:
    return [*tools.impl, "check", "--formaat", "json", "--datum", TODAY, target]


# `impl check` with all plans read in impl's own process, without workers (plan.batch): what
# one plan costs on one core. (pydantic looks for plugins here, about 10 ms once.)
ONE_PROCESS_CODE = (
    "import sys\n"
    "from impltool.plan import batch\n"
    "batch.PLANS_PER_WORKER = 10**9\n"
    "from impltool.command import main\n"
    "sys.argv[0] = 'impl'\n"
    "main()\n"
)


def one_process_cmd(tools: Tools, target: Path) -> list[str | Path]:
    return [tools.python, "-c", ONE_PROCESS_CODE, *check_cmd(tools, target)[len(tools.impl) :]]


# The quickscan of one plan with the free-text judgement and without it (a stand-in with the
# same questions that answers "neutral" at once), in one process; prints both medians as JSON.
TEXT_COST_CODE = """
import json, statistics, sys, time
from datetime import date
from impltool.plan.load import load_plan
from impltool.quickscan import freetext, rules
from impltool.quickscan.scan import scan_plan

class Silent:
    def long(self, text, **_): return freetext.Judgement(freetext.Verdict.NEUTRAL)
    short = long
    def names_method(self, text): return True
    def funding_gap(self, text, end_year): return None
    def output_words(self, text): return ()
    def asks_output(self, text): return False
    def sentence_words(self, text): return [text.lower().split()]

loaded, today, reps = load_plan(sys.argv[1]), date.fromisoformat(sys.argv[2]), int(sys.argv[3])
def timed():
    start = time.perf_counter()
    scan_plan(loaded, today)
    return time.perf_counter() - start
timed()
judged = [timed() for _ in range(reps)]
rules.Context.text = property(lambda self: Silent())
silent = [timed() for _ in range(reps)]
print(json.dumps([statistics.median(judged), statistics.median(silent)]))
"""


def text_cost(tools: Tools, plan: Path, reps: int) -> tuple[float, float] | None:
    """Seconds the quickscan takes on `plan` with and without the free-text judgement; None
    for a tree without it."""
    done = subprocess.run(
        [tools.python, "-c", TEXT_COST_CODE, plan, TODAY, str(reps)],
        capture_output=True,
        text=True,
        env=CHILD_ENV,
    )
    if done.returncode != 0:
        if "freetext" in done.stderr:
            return None
        raise BenchError(f"the text-judgement timing failed:\n{done.stderr[-2000:]}")
    judged, silent = json.loads(done.stdout)
    return float(judged), float(silent)


def large(tools: Tools, plan: Path, work: Path, reps: int) -> dict[str, Series | None]:
    check = Series("check")
    render: Series | None = Series("render")
    has_render = (
        subprocess.run(
            [*map(str, tools.impl), "render", "--help"], capture_output=True, env=CHILD_ENV
        ).returncode
        == 0
    )
    if not has_render:
        render = None
    check_args = [*tools.impl, "check", "--datum", TODAY, plan]
    measure(check_args, ok=(0, 1))
    for i in range(reps):
        check.samples.append(measure(check_args, ok=(0, 1)))
        if render is not None:
            out = work / f"large-{i}.md"
            args = [*tools.impl, "render", "--datum", TODAY, plan, "-o", out]
            render.samples.append(measure(args))
    return {"check": check, "render": render}


# --------------------------------------------------------------------------------------------
# --profile: where the time goes


_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")
# Third-party packages named in the breakdown; what else they import is counted with them.
_PACKAGES = {
    "typer": "typer",
    "click": "typer",
    "shellingham": "typer",
    "pydantic": "pydantic",
    "pydantic_core": "pydantic",
    "annotated_types": "pydantic",
    "typing_extensions": "pydantic",
    "typing_inspection": "pydantic",
    "yaml": "yaml",
    "_yaml": "yaml",
    "rich": "rich",
    "jinja2": "jinja2",
    "markupsafe": "jinja2",
}


def _import_group(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "impltool":
        return ".".join(parts[:3])
    return _PACKAGES.get(parts[0])


def import_breakdown(stderr: str) -> dict[str, float]:
    """Self import times (ms) grouped by who asked: a standard-library module imported by
    pydantic counts for pydantic; one imported by nobody we name counts as 'Python itself'.

    `-X importtime` prints a module after everything it imported, one indent level deeper,
    so the tree is rebuilt from the levels.
    """
    pending: dict[int, list[tuple[str, float, list]]] = defaultdict(list)
    for row in stderr.splitlines():
        found = _IMPORT_LINE.match(row)
        if not found:
            continue
        level = (len(found[3]) - 1) // 2
        node = (found[4], int(found[1]) / 1000, pending.pop(level + 1, []))
        pending[level].append(node)
    totals: dict[str, float] = defaultdict(float)

    def walk(node: tuple[str, float, list], owner: str) -> None:
        module, self_ms, children = node
        owner = _import_group(module) or owner
        totals[owner] += self_ms
        for child in children:
            walk(child, owner)

    for root in pending.get(0, []):
        walk(root, "Python itself and stdlib")
    return totals


def import_profile(tools: Tools, plan: Path, reps: int) -> list[tuple[str, float]]:
    """Import time per package (impltool per module) while `impl check` runs, median ms."""
    runs: list[dict[str, float]] = []
    # The console script or `-m impltool`, run by the same interpreter with -X importtime.
    tail = tools.impl[1:] if tools.impl[0] == tools.python else tools.impl
    cmd = [tools.python, "-X", "importtime", *tail, "check", "--datum", TODAY, plan]
    for _ in range(reps):
        done = subprocess.run(
            [str(part) for part in cmd], capture_output=True, text=True, env=CHILD_ENV, check=False
        )
        runs.append(import_breakdown(done.stderr))
    groups = {g for run in runs for g in run}
    medians = [(g, statistics.median(run.get(g, 0.0) for run in runs)) for g in groups]
    return sorted(medians, key=lambda item: -item[1])


def cprofile_batch(tools: Tools, folder: Path, work: Path, top: int) -> list[str]:
    """cProfile of one `impl check --formaat json` over `folder`, in one process."""
    stats_file = work / "batch.prof"
    # In-process rather than `python -m cProfile -m impltool`: the command ends with os._exit,
    # which would leave cProfile no moment to write its file.
    code = (
        "import gc, os, sys, cProfile\n"
        "gc.disable()\n"
        "os.environ.setdefault('PYDANTIC_DISABLE_PLUGINS', '__all__')\n"
        "from impltool.cli import app\n"
        "from impltool.plan import batch\n"
        "batch.PLANS_PER_WORKER = 10**9  # no worker processes: the profile sees every plan\n"
        "profiler = cProfile.Profile()\n"
        "try:\n"
        "    profiler.runcall(app, sys.argv[2:], standalone_mode=False)\n"
        "finally:\n"
        "    profiler.dump_stats(sys.argv[1])\n"
    )
    cmd = [tools.python, "-c", code, stats_file]
    measure([*cmd, "check", "--formaat", "json", "--datum", TODAY, folder], ok=(0, 1))
    stats = pstats.Stats(str(stats_file))
    raw = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())

    def where(key: tuple[str, int, str]) -> str:
        filename, line, func = key
        if filename == "~":
            return func
        path = filename.replace("\\", "/")
        for marker in ("site-packages/", "/lib/python"):
            if marker in path:
                path = path.split(marker, 1)[1]
                break
        return f"{path}:{line}({func})"

    by_package: dict[str, float] = defaultdict(float)
    for key, entry in raw.items():
        filename = key[0].replace("\\", "/")
        if filename == "~":
            group = "C builtins"
            if "_yaml" in key[2] or "CParser" in key[2]:
                group = "yaml (C)"
            elif "pydantic_core" in key[2] or "SchemaValidator" in key[2]:
                group = "pydantic_core"
        elif "/impltool/" in filename:
            group = "impltool/" + filename.split("/impltool/", 1)[1]
        elif "site-packages/" in filename:
            group = filename.split("site-packages/", 1)[1].split("/")[0]
        else:
            group = "stdlib"
        by_package[group] += entry[2]
    lines = [f"Self time by file or package (of {total:.2f} s profiled):", ""]
    rows = sorted(by_package.items(), key=lambda item: -item[1])[:top]
    lines.append(
        table(["where", "self s", "share"], [[g, f"{s:.3f}", f"{s / total:.0%}"] for g, s in rows])
    )
    lines += ["", f"Top {top} functions by self time:", ""]
    hot = sorted(raw.items(), key=lambda item: -item[1][2])[:top]
    rows = [
        [where(key), f"{entry[1]:,}", f"{entry[2]:.3f}", f"{entry[3]:.3f}"] for key, entry in hot
    ]
    lines.append(table(["function", "calls", "self s", "cumulative s"], rows))
    lines += ["", f"Top {top} functions by cumulative time (impltool only):", ""]
    own = [item for item in raw.items() if "/impltool/" in item[0][0].replace("\\", "/")]
    hot = sorted(own, key=lambda item: -item[1][3])[:top]
    rows = [
        [where(key), f"{entry[1]:,}", f"{entry[2]:.3f}", f"{entry[3]:.3f}"] for key, entry in hot
    ]
    lines.append(table(["function", "calls", "self s", "cumulative s"], rows))
    return lines


# --------------------------------------------------------------------------------------------


@dataclass
class Results:
    info: list[str]
    plan: Path
    plan_lines: int
    reps: int
    start: dict[str, Series]
    plans: int
    avg_lines: float
    batch_reps: int
    batch: dict[int, Series]
    batch_alone: Series  # the largest batch without worker processes
    peers: dict[str, Sample]
    activities: int
    big_lines: int
    large_reps: int
    large: dict[str, Series | None]
    text: tuple[float, float] | None  # the quickscan with and without the text judgement
    formats: dict[str, Series]
    overview: dict[str, Series]
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)
    form: form_speed.FormSpeed | None = None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs; no 1,000-plan peer runs")
    parser.add_argument(
        "--no-install", action="store_true", help="no venv: this interpreter's impl, peers on PATH"
    )
    parser.add_argument("--profile", action="store_true", help="import times and a cProfile")
    parser.add_argument("--reps", type=int, help="start-up runs per command (default 15; quick 5)")
    parser.add_argument("--plans", type=int, default=1000, help="largest batch (default 1000)")
    parser.add_argument("--activities", type=int, default=2000, help="activities in the large plan")
    parser.add_argument("--keep", type=Path, help="keep the generated plans in this new folder")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"[bench] {message}", file=sys.stderr, flush=True)

    try:
        tools = current_tools() if args.no_install else prepare_venv(log)
        with tempfile.TemporaryDirectory(prefix="impl-bench-") as tmp:
            work = args.keep or Path(tmp)
            work.mkdir(parents=True, exist_ok=args.keep is None)
            results, profile = run_all(tools, args, work, log)
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    print(report(results))
    if profile:
        print("\n" + "\n".join(profile))
    return 0


def run_all(
    tools: Tools, args: argparse.Namespace, work: Path, log: Callable[[str], None]
) -> tuple[Results, list[str]]:
    load_before = os.getloadavg()
    if load_before[0] > 0.5:
        log(f"the machine is busy (load {load_before[0]:.2f}): expect noisy numbers")
    if args.plans < max(OVERVIEW_SIZES):
        raise BenchError(f"--plans must be at least {max(OVERVIEW_SIZES)} (the overzicht row)")
    reps = args.reps or (5 if args.quick else 15)
    batch_reps = large_reps = 1 if args.quick else 3

    sources = valid_voorbeelden(tools)
    plan = sources[0]
    schema = work / "schema.json"
    run_text([*tools.impl, "schema", "-o", schema])
    log(f"start-up: {len(sources)} valid voorbeelden; {reps} rounds on {plan.name}")
    start = startup(tools, plan, schema, reps)

    log(f"render: {plan.name} as {', '.join(RENDER_FORMATS)}, {reps} rounds")
    formats = render_formats(tools, plan, work, reps)

    log(f"batch: generating {args.plans} plans")
    biggest = work / f"plans-{args.plans}"
    make_batch(sources, biggest, args.plans)
    folders: dict[int, Path] = {}
    for n in sorted({10, 100, args.plans} & set(range(1, args.plans + 1))):
        folders[n] = work / f"plans-{n}"
        if n != args.plans:  # the first n of the big folder, so every size mixes all sources
            folders[n].mkdir()
            for src in sorted(biggest.glob("*.yaml"))[:n]:
                shutil.copyfile(src, folders[n] / src.name)
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in biggest.glob("*.yaml"))
    peers_batch = not args.quick and bool(tools.peers)
    log("batch: impl check" + (" and the peers (a few minutes)" if peers_batch else ""))
    batch_series, batch_alone, peer_runs = batch(tools, folders, work, batch_reps, peers_batch)

    log(f"large plan: {args.activities} activities")
    big = work / "groot-plan.yaml"
    big.write_text(make_large(plan, args.activities), encoding="utf-8")
    large_series = large(tools, big, work, large_reps)
    text = text_cost(tools, big, 5)

    log(f"overzicht: {' and '.join(map(str, OVERVIEW_SIZES))} plans, beside check")
    overview_series = overview(tools, biggest, work, batch_reps)

    log("impl bewerk: the form ready and the quickscan refresh")
    form = form_speed.measure(tools.impl, form_speed.largest_voorbeeld(), reps // 2 + 1, reps)

    profile: list[str] = []
    if args.profile:
        log("profile: import times and a cProfile of the batch")
        imports = import_profile(tools, plan, 5)
        profile += [
            f"### Import time during `impl check {plan.name}` (median of 5)",
            "",
            table(
                ["package / module", "ms"],
                [[g, f"{v:.1f}"] for g, v in imports if v >= 0.5]
                + [["total", f"{sum(v for _, v in imports):.1f}"]],
            ),
            "",
            f"### cProfile: `impl check --formaat json` on {args.plans} plans, one process",
            "",
            *cprofile_batch(tools, biggest, work, 15),
        ]
    results = Results(
        info=machine(tools),
        plan=plan,
        plan_lines=len(plan.read_text(encoding="utf-8").splitlines()),
        reps=reps,
        start=start,
        plans=args.plans,
        avg_lines=lines / args.plans,
        batch_reps=batch_reps,
        batch=batch_series,
        batch_alone=batch_alone,
        peers=peer_runs,
        activities=args.activities,
        big_lines=len(big.read_text(encoding="utf-8").splitlines()),
        large_reps=large_reps,
        large=large_series,
        text=text,
        formats=formats,
        overview=overview_series,
        load_before=load_before,
        load_after=os.getloadavg(),
        form=form,
    )
    return results, profile


def report(r: Results) -> str:
    load = f"load average {r.load_before[0]:.2f} before, {r.load_after[0]:.2f} after the run"
    out = ["## Machine", "", *r.info, f"- {load}", ""]

    check = r.start["impl check"].median
    out += [
        f"## Start-up: one plan ({r.plan.name}, {r.plan_lines} lines), "
        f"median of {r.reps} alternating runs",
        "",
    ]
    rows = [
        [
            name,
            ms(s.median),
            ms(s.fastest),
            ms(s.cpu),
            f"{s.peak_mb:.0f} MB",
            f"{check / s.median:.2f}",
        ]
        for name, s in r.start.items()
    ]
    header = ["command", "median", "fastest", "CPU", "peak RSS", "impl check ÷ this"]
    out.append(table(header, rows))

    out += [
        "",
        f"## Batch: a folder of plans (plans of {r.avg_lines:.0f} lines on average; "
        f"impl: median of {r.batch_reps})",
        "",
        "On Linux impl reads 64 plans or more with worker processes, one per core (see the "
        "machine above); the row *one process* is the same check without them. Peak RSS is "
        "that of the largest single process (a forked worker adds about 30 MB).",
        "",
    ]
    sizes = sorted(r.batch)
    rows = [
        [
            f"impl check --formaat json, {n} plans",
            f"{s.median:.2f} s",
            f"{s.median / n * 1000:.2f}",
            f"{s.cpu:.2f} s",
            f"{s.peak_mb:.0f} MB",
        ]
        for n, s in ((n, r.batch[n]) for n in sizes)
    ]
    alone = r.batch_alone
    rows.append(
        [
            f"impl check --formaat json, {r.plans} plans, one process",
            f"{alone.median:.2f} s",
            f"{alone.median / r.plans * 1000:.2f}",
            f"{alone.cpu:.2f} s",
            f"{alone.peak_mb:.0f} MB",
        ]
    )
    rows += [
        [
            f"{name}, {r.plans} plans (once)",
            f"{sample.seconds:.1f} s",
            f"{sample.seconds / r.plans * 1000:.1f}",
            f"{sample.cpu:.1f} s",
            f"{sample.max_rss_kb / 1024:.0f} MB",
        ]
        for name, sample in r.peers.items()
    ]
    out.append(table(["run", "total", "ms per plan", "CPU", "peak RSS"], rows))
    if len(sizes) >= 3:
        (na, a), (nb, b), (nc, c) = ((n, r.batch[n].median) for n in sizes[-3:])
        out += [
            "",
            f"Marginal cost per plan: {na}→{nb}: {(b - a) / (nb - na) * 1000:.2f} ms, "
            f"{nb}→{nc}: {(c - b) / (nc - nb) * 1000:.2f} ms.",
        ]

    out += [
        "",
        f"## Large plan: {r.activities} activities ({r.big_lines} lines), median of {r.large_reps}",
        "",
    ]
    rows = [
        [f"impl {name}", "n.v.t.", "n.v.t.", "n.v.t."]
        if s is None
        else [f"impl {name}", ms(s.median), ms(s.cpu), f"{s.peak_mb:.0f} MB"]
        for name, s in r.large.items()
    ]
    out.append(table(["command", "median", "CPU", "peak RSS"], rows))
    if r.text is not None:
        judged, silent = r.text
        out += [
            "",
            f"The quickscan alone, in one process (median of 5): {ms(judged)} with the free-text "
            f"judgement, {ms(silent)} with a stand-in that judges every text neutral at no cost.",
        ]

    out += ["", f"## Documents: impl render {r.plan.name}, median of {r.reps} alternating runs", ""]
    rows = [[name, ms(s.median), ms(s.cpu), f"{s.peak_mb:.0f} MB"] for name, s in r.formats.items()]
    out.append(table(["command", "median", "CPU", "peak RSS"], rows))

    out += ["", f"## Overview: impl overzicht beside impl check, median of {r.batch_reps}", ""]
    rows = [
        [
            f"impl {name} plans",
            ms(s.median),
            ms(s.cpu),
            f"{s.median / int(name.split()[1]) * 1000:.2f}",
        ]
        for name, s in r.overview.items()
    ]
    out.append(table(["command (--formaat json)", "median", "CPU", "ms per plan"], rows))

    if r.form is not None:
        out += ["", "## The form: impl bewerk", ""]
        out.append(table(form_speed.HEADER, form_speed.rows(r.form)))

    out += ["", "## Targets", ""]
    rows = []
    small, large_n = OVERVIEW_SIZES
    mine, theirs = r.overview[f"overzicht {large_n}"].median, r.overview[f"check {large_n}"].median
    rows.append(
        [
            f"overzicht ≤ {MAX_RATIO_OVERVIEW:g} × check ({large_n} plans)",
            f"{ms(mine)} vs {ms(theirs)} = {mine / theirs:.2f}×",
            mark(mine / theirs <= MAX_RATIO_OVERVIEW),
        ]
    )
    growth = (mine / large_n) / (r.overview[f"overzicht {small}"].median / small)
    rows.append(
        [
            f"overzicht linear: ms per plan at {large_n} ≤ {MAX_GROWTH:g} × at {small}",
            f"{growth:.2f}×",
            mark(growth <= MAX_GROWTH),
        ]
    )
    large_check = r.large["check"]
    if r.text is not None and large_check is not None:
        added = r.text[0] - r.text[1]
        share = added / large_check.median
        rows.append(
            [
                f"text judgement adds ≤ {MAX_TEXT_SHARE:.0%} to check ({r.activities} activities)",
                f"+{ms(added)} on {ms(large_check.median)} = {share:.1%}",
                mark(share <= MAX_TEXT_SHARE),
            ]
        )
    md = r.formats["render md"].median
    for name, limit in (("html", MAX_RATIO_HTML), ("docx", MAX_RATIO_DOCX)):
        other = r.formats[f"render {name}"].median
        rows.append(
            [
                f"render --formaat {name} ≤ {limit:g} × render md",
                f"{ms(other)} vs {ms(md)} = {other / md:.2f}×",
                mark(other / md <= limit),
            ]
        )
    if "impl voortgang" in r.start:
        progress = r.start["impl voortgang"].median
        rows.append(
            [
                f"impl voortgang ≤ {MAX_RATIO_VOORTGANG:g} × impl check (one plan)",
                f"{ms(progress)} vs {ms(check)} = {progress / check:.2f}×",
                mark(progress / check <= MAX_RATIO_VOORTGANG),
            ]
        )
    for peer, limit in (
        ("yamllint", MAX_RATIO_YAMLLINT),
        ("check-jsonschema", MAX_RATIO_CHECK_JSONSCHEMA),
    ):
        if peer in r.start:
            other = r.start[peer].median
            ratio = check / other
            rows.append(
                [
                    f"impl check ≤ {limit:g} × {peer} (one plan)",
                    f"{ms(check)} vs {ms(other)} = {ratio:.2f}×",
                    mark(ratio <= limit),
                ]
            )
    largest = max(sizes)
    per_plan = r.batch[largest].median / largest * 1000
    rows.append(
        [
            f"batch < {MAX_MS_PER_PLAN:g} ms per plan ({largest} plans)",
            f"{per_plan:.2f} ms",
            mark(per_plan < MAX_MS_PER_PLAN),
        ]
    )
    if "yamllint" in r.peers:
        theirs = r.peers["yamllint"].seconds / largest * 1000
        rows.append(
            [
                f"batch ≥ {MIN_BATCH_SPEEDUP_YAMLLINT:g} × faster per plan than yamllint",
                f"{theirs:.1f} vs {per_plan:.2f} ms = {theirs / per_plan:.1f}×",
                mark(theirs / per_plan >= MIN_BATCH_SPEEDUP_YAMLLINT),
            ]
        )
    if len(sizes) >= 2:
        prev = sizes[-2]
        growth = per_plan / (r.batch[prev].median / prev * 1000)
        rows.append(
            [
                f"linear: ms per plan at {largest} ≤ {MAX_GROWTH:g} × at {prev}",
                f"{growth:.2f}×",
                mark(growth <= MAX_GROWTH),
            ]
        )
    out.append(table(["target", "measured", ""], rows))
    if FLOOR in r.start and "yamllint" in r.start:
        floor = r.start[FLOOR].median
        out += [
            "",
            f"The floor alone (typer, PyYAML and one pydantic model, no plan read) takes "
            f"{ms(floor)}: {floor / r.start['yamllint'].median:.2f}× yamllint. "
            f"impl check spends {ms(check - floor)} on top of it.",
        ]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
