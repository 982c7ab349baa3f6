"""`impl voortgang --sinds REVISIE`: the plan as committed then, compared with the plan now,
in a temporary git repository, as a coordinator who keeps the plan in git would use it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tracemalloc
from pathlib import Path

import pytest

from conftest import run_cli

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is niet geïnstalleerd")

THEN = """\
formaat: 1
titel: Proef
periode: {start: 2026-01-01, eind: 2026-12-31}
interventie: {naam: Buurtcirkel, soort: werkwijze}
fasen:
  weten:
    - {id: W1, wat: Folder, wie: Bo, start: 2026-02-01, eind: 2026-03-01, status: bezig}
    - {id: W2, wat: Brief, wie: Bo, start: 2026-03-01, eind: 2026-03-15}
    - {id: W3, wat: Krant, wie: Bo, start: 2026-04-01, eind: 2026-04-15}
kpis:
  - {id: K1, naam: Deelnemers, streefwaarde: 100, eenheid: deelnemers, deadline: 2026-12-01,
     metingen: [{datum: 2026-03-01, waarde: 10}]}
"""

NOW = """\
formaat: 1
titel: Proef
periode: {start: 2026-01-01, eind: 2026-12-31}
interventie: {naam: Buurtcirkel, soort: werkwijze}
fasen:
  weten:
    - {id: W1, wat: Folder, wie: Bo, start: 2026-02-01, eind: 2026-03-01, status: gereed}
    - {id: W2, wat: Brief, wie: Bo, start: 2026-05-01, eind: 2026-05-15}
    - {id: W4, wat: Webinar, wie: Bo, start: 2026-06-01, eind: 2026-06-01}
kpis:
  - {id: K1, naam: Deelnemers, streefwaarde: 80, eenheid: deelnemers, deadline: 2026-12-01,
     metingen: [{datum: 2026-03-01, waarde: 10}, {datum: 2026-06-01, waarde: 30}]}
bijstellingen:
  - {datum: 2026-05-20, aanleiding: Minder aanmeldingen, besluit: Streefwaarde naar 80}
"""


def git(folder: Path, *args: str) -> str:
    env = os.environ | {
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_AUTHOR_DATE": "2026-06-30T12:00:00",
        "GIT_COMMITTER_DATE": "2026-06-30T12:00:00",
    }
    done = subprocess.run(
        ["git", "-C", str(folder), *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "plannen"
    folder.mkdir()
    git(folder, "init", "-q")
    (folder / "leesmij.txt").write_text("eerst\n", encoding="utf-8")
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "begin")
    git(folder, "tag", "voor-het-plan")
    plan = folder / "plan.yaml"
    plan.write_text(THEN, encoding="utf-8")
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "plan")
    git(folder, "tag", "kwartaal-1")
    plan.write_text(NOW, encoding="utf-8")
    git(folder, "commit", "-qam", "stand juni")
    return folder


def changes(plan: Path, since: str) -> list[str]:
    result = run_cli("voortgang", plan, "--datum", "2026-07-01", "-f", "json", "--sinds", since)
    assert result.exit_code == 0, result.output
    return [c["text"] for c in json.loads(result.stdout)["since"]["changes"]]


def test_since_a_revision_lists_what_changed_in_the_plan(repo: Path) -> None:
    shown = changes(repo / "plan.yaml", "kwartaal-1")
    # What the plan dates, in date order; then the changes to the plan itself, which have
    # no date of their own: a moved or new activity is not listed under its new (future) date.
    assert shown == [
        "Bijstelling: Streefwaarde naar 80",
        "Nieuwe meting K1 (Deelnemers): 30 deelnemers",
        "W1 Folder: bezig → gereed",
        "W2 Brief: verplaatst van 1 mrt 2026 – 15 mrt 2026 naar 1 mei 2026 – 15 mei 2026",
        "W4 Webinar: nieuw in het plan (1 jun 2026)",
        "W3 Krant: uit het plan gehaald",
        "KPI K1 (Deelnemers): streefwaarde van 100 deelnemers naar 80 deelnemers",
    ]
    result = run_cli(
        "voortgang",
        repo / "plan.yaml",
        "--datum",
        "2026-07-01",
        "-f",
        "json",
        "--sinds",
        "kwartaal-1",
    )
    dates = [c["date"] for c in json.loads(result.stdout)["since"]["changes"]]
    assert dates == ["2026-05-20", "2026-06-01", None, None, None, None, None]


def test_a_commit_hash_and_head_relative_names_work_too(repo: Path) -> None:
    commit = git(repo, "rev-parse", "HEAD~1")
    assert changes(repo / "plan.yaml", commit[:10]) == changes(repo / "plan.yaml", "HEAD~1")


def test_the_report_says_which_version_it_compares_with(repo: Path) -> None:
    result = run_cli("voortgang", repo / "plan.yaml", "--datum", "2026-07-01", "--sinds", "HEAD~1")
    short = git(repo, "rev-parse", "--short", "HEAD~1")
    # The plan's own `versie` when it has one; the git hash only in small print.
    assert "Wat er veranderde sinds de versie van 30 juni 2026" in result.stdout
    assert f"(vergeleken met git {short})" in result.stdout
    (repo / "plan.yaml").write_text(THEN.replace("titel: Proef", 'titel: Proef\nversie: "1.3"'))
    git(repo, "commit", "-qam", "versie 1.3")
    (repo / "plan.yaml").write_text(NOW, encoding="utf-8")
    result = run_cli("voortgang", repo / "plan.yaml", "--datum", "2026-07-01", "--sinds", "HEAD")
    assert "Wat er veranderde sinds versie 1.3 van 30 juni 2026" in result.stdout


def test_the_plan_run_from_another_folder_is_found_in_its_own_repository(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "ergens"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert "W4 Webinar: nieuw in het plan (1 jun 2026)" in changes(repo / "plan.yaml", "HEAD~1")


@pytest.mark.parametrize(
    ("since", "message"),
    [
        ("bestaat-niet", "die versie bestaat niet in deze git-repository"),
        ("voor-het-plan", "bestond"),
        ("--output=/tmp/x", "geen datum (JJJJ-MM-DD) en geen git-versie"),
    ],
)
def test_a_revision_that_cannot_be_used_is_a_dutch_message_and_exit_2(
    repo: Path, since: str, message: str
) -> None:
    result = run_cli("voortgang", repo / "plan.yaml", "--datum", "2026-07-01", "--sinds", since)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "fatal" not in result.output and "Traceback" not in result.output


def test_a_plan_outside_git_gets_a_message_that_suggests_a_date(tmp_path: Path) -> None:
    plan = tmp_path / "los" / "plan.yaml"
    plan.parent.mkdir()
    plan.write_text(NOW, encoding="utf-8")
    os.environ["GIT_CEILING_DIRECTORIES"] = str(tmp_path)  # do not find a repository above
    try:
        result = run_cli("voortgang", plan, "--sinds", "HEAD~1")
    finally:
        del os.environ["GIT_CEILING_DIRECTORIES"]
    assert result.exit_code == 2
    assert "staat niet in een git-repository" in result.stderr
    assert "--sinds 2026-09-01" in result.stderr


def test_without_git_installed_the_message_says_so(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    result = run_cli("voortgang", repo / "plan.yaml", "--sinds", "HEAD~1")
    assert result.exit_code == 2
    assert "git is niet gevonden op deze computer" in result.stderr


def test_a_version_whose_plan_was_broken_is_named(repo: Path) -> None:
    (repo / "plan.yaml").write_text("formaat: 1\ntitel: [\n", encoding="utf-8")
    git(repo, "commit", "-qam", "kapot")
    (repo / "plan.yaml").write_text(NOW, encoding="utf-8")
    result = run_cli("voortgang", repo / "plan.yaml", "--sinds", "HEAD")
    assert result.exit_code == 2
    assert "is niet te lezen" in result.stderr


def test_a_plan_renamed_into_a_subfolder_is_followed_to_its_old_name(repo: Path) -> None:
    (repo / "2026").mkdir()
    git(repo, "mv", "plan.yaml", "2026/buurtcirkel.yaml")
    git(repo, "commit", "-qm", "plannen per jaar")
    plan = repo / "2026" / "buurtcirkel.yaml"
    assert changes(plan, "kwartaal-1") == changes(repo / "2026" / "buurtcirkel.yaml", "HEAD~2")
    assert "W4 Webinar: nieuw in het plan (1 jun 2026)" in changes(plan, "kwartaal-1")
    result = run_cli("voortgang", plan, "--datum", "2026-07-01", "--sinds", "kwartaal-1")
    assert "heette het plan nog plan.yaml" in result.stdout


def test_a_corrected_meting_is_named_a_correction_not_a_new_one(repo: Path) -> None:
    plan = repo / "plan.yaml"
    plan.write_text(NOW.replace("waarde: 30", "waarde: 35"), encoding="utf-8")
    result = run_cli("voortgang", plan, "--datum", "2026-07-01", "-f", "json", "--sinds", "HEAD")
    shown = [(c["date"], c["text"]) for c in json.loads(result.stdout)["since"]["changes"]]
    assert shown == [
        ("2026-06-01", "Meting K1 (Deelnemers) aangepast: was 30 deelnemers, nu 35 deelnemers")
    ]


def test_the_same_id_in_two_phases_is_compared_as_two_activities(repo: Path) -> None:
    plan = repo / "plan.yaml"
    twice = NOW.replace(
        "kpis:", "  doen:\n    - {id: W1, wat: Oefenen, start: 2026-03-01, status: bezig}\nkpis:", 1
    )
    plan.write_text(twice, encoding="utf-8")
    git(repo, "commit", "-qam", "W1 ook in doen")
    plan.write_text(twice.replace("status: bezig}", "status: gereed}"), encoding="utf-8")
    assert changes(plan, "HEAD") == ["W1 Oefenen: bezig → gereed"]


# --- an untrusted repository: git reads objects only, runs nothing ------------------------


def _hostile(repo: Path, marker: Path) -> None:
    """A repository as it may arrive on a USB stick: its own config runs a program when the
    index is refreshed (fsmonitor), a file is hashed (clean filter), a diff is shown
    (external diff, textconv), a signature is checked or a pager is started."""
    command = f"touch {marker}"
    with (repo / ".git" / "config").open("a", encoding="utf-8") as config:
        config.write(
            f'[core]\n\tfsmonitor = "{command}"\n\tpager = "{command}"\n'
            f'[filter "x"]\n\tclean = "{command}; cat"\n\tsmudge = "{command}; cat"\n'
            f'[diff "x"]\n\ttextconv = "{command}; cat"\n\tcommand = "{command}"\n'
            f'[diff]\n\texternal = "{command}"\n'
            f'[log]\n\tshowSignature = true\n[gpg]\n\tprogram = "{command}"\n'
        )
    (repo / ".gitattributes").write_text("* filter=x diff=x\n", encoding="utf-8")


def test_a_hostile_repository_runs_nothing_for_a_plan_renamed_in_the_working_tree(
    repo: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "gedraaid"
    git(repo, "mv", "plan.yaml", "nieuw.yaml")  # renamed, not yet committed
    _hostile(repo, marker)
    result = run_cli(
        "voortgang",
        repo / "nieuw.yaml",
        "--datum",
        "2026-07-01",
        "-f",
        "json",
        "--sinds",
        "kwartaal-1",
    )
    assert not marker.exists(), "git ran a command from the repository's config"
    assert result.exit_code == 0, result.output
    texts = [c["text"] for c in json.loads(result.stdout)["since"]["changes"]]
    assert "W4 Webinar: nieuw in het plan (1 jun 2026)" in texts


@pytest.mark.parametrize("since", ["voor-het-plan", "kwartaal-1", "HEAD"])
def test_a_hostile_repository_runs_nothing_for_a_plan_added_or_renamed_since(
    repo: Path, tmp_path: Path, since: str
) -> None:
    marker = tmp_path / "gedraaid"
    (repo / "2026").mkdir()
    git(repo, "mv", "plan.yaml", "2026/buurtcirkel.yaml")
    git(repo, "commit", "-qm", "plannen per jaar")
    (repo / "2026" / "buurtcirkel.yaml").write_text(NOW + "# gewijzigd\n", encoding="utf-8")
    _hostile(repo, marker)
    result = run_cli("voortgang", repo / "2026" / "buurtcirkel.yaml", "--sinds", since)
    assert not marker.exists(), "git ran a command from the repository's config"
    assert result.exit_code == (2 if since == "voor-het-plan" else 0), result.output
    assert "Traceback" not in result.output


def test_a_huge_plan_in_history_is_refused_by_its_size_before_it_is_read(repo: Path) -> None:
    plan = repo / "plan.yaml"
    with plan.open("a", encoding="utf-8") as grown:
        grown.write("#" + " " * (11 * 1024 * 1024) + "\n")
    git(repo, "commit", "-qam", "groot")
    plan.write_text(NOW, encoding="utf-8")
    tracemalloc.start()
    try:
        result = run_cli("voortgang", plan, "--sinds", "HEAD")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.exit_code == 2
    assert "groter dan 10 MB" in result.stderr
    assert peak < 8 * 1024 * 1024, f"{peak / 1e6:.0f} MB in memory for a refused plan"


def test_a_commit_date_git_cannot_give_as_a_day_still_names_the_version(repo: Path) -> None:
    env = {"GIT_COMMITTER_DATE": "@253402300800 +0000"}  # 10000-01-01: beyond %cs
    subprocess.run(
        ["git", "-C", str(repo), "commit", "-q", "--allow-empty", "-m", "ver weg"],
        env=os.environ
        | env
        | {
            "GIT_AUTHOR_NAME": "T",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "T",
            "GIT_COMMITTER_EMAIL": "t@e.org",
        },
        check=True,
        capture_output=True,
    )
    result = run_cli("voortgang", repo / "plan.yaml", "--datum", "2026-07-01", "--sinds", "HEAD")
    assert result.exit_code == 0, result.output
    assert "Wat er veranderde sinds de versie" in result.stdout


def test_a_renamed_plan_in_a_long_history_costs_a_few_git_calls_not_one_per_commit(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess as real

    git(repo, "mv", "plan.yaml", "nieuw.yaml")
    git(repo, "commit", "-qm", "nieuwe naam")
    for day in range(40):
        with (repo / "nieuw.yaml").open("a", encoding="utf-8") as plan:
            plan.write(f"# dag {day}\n")
        git(repo, "commit", "-qam", f"dag {day}")
    started: list[list[str]] = []
    popen = real.Popen

    def counting(args: list[str], *rest: object, **options: object) -> object:
        started.append(args)
        return popen(args, *rest, **options)  # type: ignore[call-overload]

    monkeypatch.setattr(real, "Popen", counting)
    texts = changes(repo / "nieuw.yaml", "kwartaal-1")
    assert "W4 Webinar: nieuw in het plan (1 jun 2026)" in texts
    assert len(started) < 12, [a[-4:] for a in started]


def test_a_partial_clone_fetches_nothing_for_a_missing_object(repo: Path, tmp_path: Path) -> None:
    """A repository that says it is a partial clone makes git fetch a missing object from its
    'promisor' remote, and the remote's URL can be a command (ext::)."""
    marker = tmp_path / "gedraaid"
    old_blob = git(repo, "rev-parse", "HEAD:plan.yaml")
    git(repo, "mv", "plan.yaml", "nieuw.yaml")
    with (repo / "nieuw.yaml").open("a", encoding="utf-8") as plan:
        plan.write("# bijgewerkt\n")  # renamed and changed: git compares the contents
    git(repo, "commit", "-qam", "nieuwe naam")
    (repo / ".git" / "objects" / old_blob[:2] / old_blob[2:]).unlink()
    for key, value in (
        ("core.repositoryformatversion", "1"),
        ("extensions.partialClone", "origin"),
        ("remote.origin.url", f"ext::sh -c touch% {marker}"),
        ("remote.origin.promisor", "true"),
        ("protocol.ext.allow", "always"),
        ("protocol.allow", "always"),
    ):
        git(repo, "config", key, value)
    result = run_cli("voortgang", repo / "nieuw.yaml", "--sinds", "HEAD~1")
    assert not marker.exists(), "git fetched through a command from the repository's config"
    assert "Traceback" not in result.output
