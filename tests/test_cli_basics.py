"""The basics of the `impl` command: help, paths, input errors, the schema, start-up cost.

`impl check`'s report belongs to the quickscan (tests/test_check_cmd.py); here only what
holds for any report: exit 2 means broken input, and every input error is shown.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REPO, run_cli
from impltool.plan.schema import schema_json

GOOD = "formaat: 1\ntitel: {title}\ninterventie:\n  naam: Buurtgezinnen\nfasen:\n  weten: []\n"
BROKEN = (
    "formaat: 1\n"
    "titel: Kapot\n"
    "rol: schrijver\n"
    "interventie:\n"
    "  nam: Buurtgezinnen\n"
    "periode: {start: 1-3-2025, eind: 2025-12-31}\n"
    "fasen: {}\n"
)


def plan(folder: Path, name: str, text: str | None = None) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text is not None else GOOD.format(title=path.stem), encoding="utf-8")
    return path


def assert_input_error(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None, repr(result.exception)
    assert "Traceback" not in result.output
    for word in words:
        assert word in result.stderr, (word, result.stderr)


def test_help_lists_the_commands_in_dutch() -> None:
    result = run_cli("--help")
    assert result.exit_code == 0
    assert "Gebruik" in result.stdout and "Commando's" in result.stdout
    assert "check" in result.stdout and "schema" in result.stdout


def test_help_lists_the_commands_in_the_order_of_the_work_uncut_on_80_columns() -> None:
    from impltool.cli import app

    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "80", "TERM": "dumb"})
    page = result.stdout.split("Commando's:\n")[1]
    names = [
        line.split()[0] for line in page.splitlines() if line.startswith("  ") and line[2] != " "
    ]

    order = ["init", "bewerk", "check", "render", "voortgang", "overzicht", "regels", "uitleg"]
    order += ["checklist", "schema"]
    assert names == [name for name in order if name in names]
    assert {"init", "check", "render", "regels", "uitleg", "checklist", "schema"} <= set(names)
    assert "..." not in page and "…" not in page
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    # Each description is whole: its first sentence ends with a full stop.
    assert page.rstrip().endswith(".")


def test_check_help_explains_files_and_folders() -> None:
    result = run_cli("check", "--help")
    assert result.exit_code == 0
    assert "PLAN..." in result.stdout and "mappen" in result.stdout


def test_check_without_a_plan_is_a_usage_error() -> None:
    assert run_cli("check").exit_code == 2


def test_check_accepts_files_and_folders_together(tmp_path: Path) -> None:
    first = plan(tmp_path / "map", "eerste.yaml")
    second = plan(tmp_path / "map" / "sub", "tweede.yml")
    third = plan(tmp_path, "derde.yaml")
    plan(tmp_path / "map", "notities.txt", "geen plan")
    result = run_cli("check", tmp_path / "map", third)
    assert result.exit_code != 2, result.output
    for path in (first, second, third):
        assert str(path) in result.stdout
    assert "notities" not in result.output


def test_hidden_folders_are_skipped(tmp_path: Path) -> None:
    plan(tmp_path, "plan.yaml")
    plan(tmp_path / ".github" / "workflows", "ci.yml", "on: push\njobs: {}\n")
    result = run_cli("check", tmp_path)
    assert result.exit_code != 2, result.output
    assert "ci.yml" not in result.output


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    result = run_cli("check", tmp_path / "weg.yaml")
    assert_input_error(result, "fout:", "weg.yaml", "bestaat niet")


def test_every_missing_path_is_named(tmp_path: Path) -> None:
    good = plan(tmp_path, "plan.yaml")
    result = run_cli("check", tmp_path / "a.yaml", good, tmp_path / "b")
    assert_input_error(result, "a.yaml", f"{tmp_path / 'b'}")


def test_folder_without_plans_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "leeg").mkdir()
    plan(tmp_path / "leeg", "notities.txt", "geen plan")
    result = run_cli("check", tmp_path / "leeg")
    assert_input_error(result, "leeg", "geen plannen", "*.yaml")


def test_one_broken_plan_does_not_stop_the_others(tmp_path: Path) -> None:
    good_a = plan(tmp_path, "a.yaml")
    broken = plan(tmp_path, "b.yaml", BROKEN)
    good_c = plan(tmp_path, "c.yaml")
    result = run_cli("check", tmp_path)
    assert_input_error(result, f"{broken}:3:6:", "1 van 3")
    assert str(good_a) in result.stdout and str(good_c) in result.stdout


def test_every_error_in_a_plan_is_printed_with_its_place(tmp_path: Path) -> None:
    broken = plan(tmp_path, "plan.yaml", BROKEN)
    result = run_cli("check", broken)
    assert_input_error(
        result,
        f"{broken}:3:6: fout: 'schrijver'",
        f"{broken}:5:3: fout: onbekende sleutel `nam`",
        "bedoelde je `naam`?",
        f"{broken}:6:18: fout: `start`: '1-3-2025' is geen datum",
    )
    assert result.stderr.count(f"{broken}:") == 3


def test_a_windows_1252_plan_gets_one_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(GOOD.format(title="Café").encode("cp1252"))
    result = run_cli("check", path)
    assert_input_error(result, f"{path}:2:11:", "UTF-8")


def test_schema_prints_json_schema_with_dutch_keys_and_descriptions() -> None:
    result = run_cli("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    groups = schema["properties"]["doelgroepen"]
    assert groups["description"] == "Wie moet het weten, begrijpen, willen en doen?"
    assert "kanalen" in schema["definitions"]["TargetGroup"]["properties"]


def test_schema_o_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.schema.json"
    result = run_cli("schema", "-o", target)
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == schema_json()
    assert "geschreven" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["plan.schema.json"]  # no temp files left


def test_schema_o_brings_an_old_schema_up_to_date(tmp_path: Path) -> None:
    target = tmp_path / "plan.schema.json"
    old = '{"$schema": "http://json-schema.org/draft-07/schema#", "description": "Een '
    old += 'implementatieplan voor een sociale interventie (impl, formaat 1)."}'
    target.write_text(old, encoding="utf-8")
    assert run_cli("schema", "--uitvoer", target).exit_code == 0
    assert target.read_text(encoding="utf-8") == schema_json()


def test_schema_o_refuses_a_missing_folder(tmp_path: Path) -> None:
    result = run_cli("schema", "-o", tmp_path / "nergens" / "plan.schema.json")
    assert_input_error(result, "nergens", "bestaat niet")
    assert not (tmp_path / "nergens").exists()


def test_schema_o_never_overwrites_a_plan(tmp_path: Path) -> None:
    path = plan(tmp_path, "plan.yaml")
    before = path.read_text(encoding="utf-8")
    assert_input_error(run_cli("schema", "-o", path), "planbestand")
    assert path.read_text(encoding="utf-8") == before


def test_version() -> None:
    result = run_cli("--versie")
    assert result.exit_code == 0 and result.stdout.startswith("impl ")


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO
    )


HEAVY = ("jinja2", "rich", "markdown_it", "pygments")


@pytest.mark.parametrize(
    "args",
    [["--help"], ["check", "--help"], ["schema"], ["check", "{plan}"]],
    ids=["help", "check help", "schema", "check"],
)
def test_quick_commands_do_not_import_heavy_modules(tmp_path: Path, args: list[str]) -> None:
    """jinja2 and rich cost start-up time; `impl --help` and `impl check` must not load them."""
    path = plan(tmp_path, "plan.yaml")
    argv = [a.format(plan=path) for a in args]
    code = (
        "import sys\n"
        f"sys.argv = ['impl', *{argv!r}]\n"
        "from impltool.cli import app\n"
        "try:\n"
        "    app()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"loaded = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    result = run_python(code)
    assert "LOADED []" in result.stderr, result.stderr[-3000:]


def test_a_name_with_spaces_cut_in_two_gets_a_hint_to_use_quotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mijn plan.yaml").write_text(
        (REPO / "voorbeelden" / "welzijn-eenzaamheid-ouderen.yaml").read_text("utf-8"), "utf-8"
    )
    monkeypatch.chdir(tmp_path)

    for args in (["check", "mijn", "plan.yaml"], ["render", "mijn", "plan.yaml"]):
        result = run_cli(*args)
        assert result.exit_code == 2
        assert 'bedoel je "mijn plan.yaml"? Zet een naam met spaties tussen aanhalingstekens' in (
            result.stderr.replace("\n", " ").replace("Bedoel", "bedoel")
        )


def test_extra_words_for_a_new_file_get_the_advice_on_quotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("init", "nieuw", "plan.yaml")

    assert result.exit_code == 2
    assert "Zet die naam dan tussen aanhalingstekens." in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_real_command_builds_what_it_runs_and_still_knows_every_command() -> None:
    """`impl` builds only the command that runs (start-up); a typo still gets its suggestion
    and the help still lists every command."""

    def impl(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "impltool", *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
        )

    typo = impl("chek", "voorbeelden")
    assert typo.returncode == 2
    assert "Bedoel je 'check'" in typo.stderr
    listed = impl("--help").stdout
    for name in ("init", "check", "render", "voortgang", "overzicht", "uitleg"):
        assert f"  {name} " in listed, listed
    checked = impl("check", "--formaat", "json", "voorbeelden/online-burenhulp-platform.yaml")
    assert json.loads(checked.stdout)["plans"][0]["score"] == 100


def test_loading_one_command_leaves_the_app_whole() -> None:
    """`impl check` loads only check's module; `impltool.cli.app` is still every command."""
    result = run_python(
        "from impltool.cli.group import app\n"
        "from impltool.cli.process import _load_the_command_asked_for\n"
        "_load_the_command_asked_for(['check'])\n"
        "print(sorted(c.callback.__name__ for c in app.registered_commands))\n"
        "_load_the_command_asked_for(['--help'])\n"
        "import impltool.cli\n"
        "print(len(impltool.cli.app.registered_commands))\n"
    )
    assert result.stdout.splitlines() == ["['check']", "10"], result.stderr
