"""`impl init`: questions on a terminal, flags and defaults without one, and safe writing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples, run_cli
from impltool.plan.load import load_plan, load_text
from impltool.plan.yamlread import read_yaml
from impltool.scaffold import plan_text, prompt
from impltool.scaffold.answers import (
    KIND_HELP,
    KINDS,
    ROLE_HELP,
    ROLES,
    TEMPLATE_HELP,
    TEMPLATES,
    Answers,
    parse_choice,
)
from impltool.scaffold.period import default_end, default_start, next_month_start, parse_typed_date
from impltool.scaffold.target import DEFAULT_FILE, SCHEMA_FILE


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make init believe a person sits at a terminal (stdin is a TTY)."""
    monkeypatch.setattr(prompt, "stdin_is_terminal", lambda: True)


def lines(*answers: str) -> str:
    return "".join(f"{answer}\n" for answer in answers)


# --- without a terminal ------------------------------------------------------------------


def test_without_terminal_uses_defaults_and_writes_a_valid_plan(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target)
    assert result.exit_code == 0, result.output
    assert "Kies" not in result.output and "Naam van de interventie" not in result.output
    loaded = load_plan(target)
    plan = loaded.plan
    start = next_month_start(date.today())
    assert plan.title == "Implementatieplan Nieuwe interventie"
    assert plan.intervention.name == "Nieuwe interventie"
    assert plan.role == "uitvoerende_organisatie"
    assert plan.intervention.kind == "sociale_interventie"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (start, default_end(start))
    assert "sjabloon basis" in result.stdout


def test_ends_with_the_next_two_commands(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target)
    steps = result.stdout.split("Zo ga je verder:")[1]
    assert f"impl check {target}" in steps
    assert f"impl render {target} -o {tmp_path / 'plan.docx'}" in steps


def test_next_commands_quote_a_path_with_spaces(tmp_path: Path) -> None:
    target = tmp_path / "mijn plan.yaml"
    result = run_cli("init", target)
    assert result.exit_code == 0, result.output
    assert f'impl check "{target}"' in result.stdout


def test_flags_fill_the_plan(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli(
        "init",
        target,
        "--titel",
        "Samen sterk in Noord",
        "--interventie",
        "Buurtkracht",
        "--rol",
        "ontwikkelaar",
        "--soort",
        "werkwijze",
        "--start",
        "2026-03-01",
        "--eind",
        "2027-02-28",
        "--organisatie",
        "Gemeente Lindendal",
        "--auteur",
        "Ilse de Wit: projectleider",
    )
    assert result.exit_code == 0, result.output
    plan = load_plan(target).plan
    assert plan.title == "Samen sterk in Noord"
    assert plan.intervention.name == "Buurtkracht"
    assert plan.organisation == "Gemeente Lindendal"
    assert plan.author == "Ilse de Wit: projectleider"
    assert plan.version == "0.1"
    assert plan.role == "ontwikkelaar"
    assert plan.intervention.kind == "werkwijze"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (date(2026, 3, 1), date(2027, 2, 28))
    assert "sjabloon ontwikkelaar" in result.stdout


def test_end_date_defaults_to_two_years_after_the_given_start(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    assert run_cli("init", target, "--start", "2026-01-01").exit_code == 0
    period = load_plan(target).plan.period
    assert period is not None and period.end == date(2027, 12, 31)


@pytest.mark.parametrize(
    ("flags", "template", "role", "kind"),
    [
        ([], "basis", "uitvoerende_organisatie", "sociale_interventie"),
        (["--soort", "online_platform"], "online_platform", "uitvoerende_organisatie", None),
        (["--rol", "ontwikkelaar"], "ontwikkelaar", "ontwikkelaar", "sociale_interventie"),
        (["--rol", "ontwikkelaar", "--soort", "online_platform"], "online_platform", None, None),
        (["--sjabloon", "ontwikkelaar"], "ontwikkelaar", "ontwikkelaar", "sociale_interventie"),
        (["--sjabloon", "online_platform"], "online_platform", None, "online_platform"),
        (["--sjabloon", "basis", "--soort", "online_platform"], "basis", None, "online_platform"),
    ],
)
def test_template_follows_role_and_kind(
    tmp_path: Path, flags: list[str], template: str, role: str | None, kind: str | None
) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target, *flags)
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert f"(sjabloon: {template})" in text
    plan = load_plan(target).plan
    if role:
        assert plan.role == role
    if kind:
        assert plan.intervention.kind == kind


def test_never_waits_for_input_without_a_terminal(tmp_path: Path) -> None:
    # stdin is an open pipe that never sends anything: any read would hang until the timeout.
    process = subprocess.Popen(
        [sys.executable, "-m", "impltool", "init", str(tmp_path / "plan.yaml")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
        assert process.stdin is not None
        process.stdin.close()
    assert process.returncode == 0, stderr
    assert "Plan geschreven" in stdout
    load_plan(tmp_path / "plan.yaml")


def test_never_waits_with_stdin_closed(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "impltool", "init", str(tmp_path / "plan.yaml")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    load_plan(tmp_path / "plan.yaml")


def test_geen_vragen_asks_nothing_even_on_a_terminal(tmp_path: Path, terminal: None) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target, "--geen-vragen", input="")
    assert result.exit_code == 0, result.output
    assert "Kies" not in result.output and "Startdatum" not in result.output
    load_plan(target)


# --- on a terminal ---------------------------------------------------------------------


def test_questions_reask_until_the_answers_are_valid(tmp_path: Path, terminal: None) -> None:
    target = tmp_path / "plan.yaml"
    answers = lines(
        "Buurtkracht",  # name
        "",  # title: take the default
        "Gemeente Lindendal",  # organisation
        "",  # author: later
        "bedenker",  # role: not an option
        "2",  # role: ontwikkelaar
        "online platform",  # kind, written with a space
        "1 december",  # start: not a date
        "2026-02-30",  # start: no such day
        "1-1-2027",  # the Dutch order
        "2026-06-01",  # end before start
        "31 december 2028",  # the month in words
    )
    result = run_cli("init", target, input=answers)
    assert result.exit_code == 0, result.output
    assert "'1 december' is geen datum; schrijf JJJJ-MM-DD, D-M-JJJJ of de maand" in result.stderr
    # Every date typed is said back as impl understood it.
    assert "  = 1 januari 2027\n" in result.stdout
    assert "  = 31 december 2028\n" in result.stdout
    assert "de datum '2026-02-30' bestaat niet" in result.stderr
    assert "'bedenker' ken ik niet" in result.stderr
    assert "de einddatum ligt voor de startdatum (2027-01-01)" in result.stderr
    assert result.stderr.count("probeer het nog eens") == 4
    assert "Titel van het plan [Implementatieplan Buurtkracht]" in result.stdout
    assert "2. ontwikkelaar" in result.stdout
    plan = load_plan(target).plan
    assert plan.title == "Implementatieplan Buurtkracht"
    assert plan.intervention.name == "Buurtkracht"
    assert plan.organisation == "Gemeente Lindendal"
    assert plan.author is None  # left for later: an empty key with an example beside it
    assert "auteur:                     # bijvoorbeeld" in target.read_text(encoding="utf-8")
    assert plan.role == "ontwikkelaar"
    assert plan.intervention.kind == "online_platform"
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (date(2027, 1, 1), date(2028, 12, 31))
    assert "(sjabloon: online_platform)" in target.read_text(encoding="utf-8")
    assert "impl check" in result.stdout


def test_enter_everywhere_takes_the_defaults(tmp_path: Path, terminal: None) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target, input=lines(*[""] * 8))
    assert result.exit_code == 0, result.output
    assert "[]" not in result.stdout  # a question that may stay open shows no empty default
    plan = load_plan(target).plan
    start = next_month_start(date.today())
    assert f"[{start.isoformat()}]" in result.stdout
    assert plan.title == "Implementatieplan Nieuwe interventie"
    assert plan.period is not None and plan.period.start == start


def test_given_flags_are_not_asked_again(tmp_path: Path, terminal: None) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli(
        "init",
        target,
        "--titel",
        "Vast",
        "--rol",
        "uitvoerende_organisatie",
        "--start",
        "2026-05-01",
        input=lines("Maatjesproject", "", "", "werkwijze", ""),
    )
    assert result.exit_code == 0, result.output
    assert "Titel van het plan" not in result.stdout
    assert "In welke rol" not in result.stdout
    assert "Startdatum" not in result.stdout
    assert "Einddatum van de implementatie (bv. 31 januari 2029) [2028-04-30]" in result.stdout
    assert "[2028-04-30]" in result.stdout
    assert "  = 30 april 2028\n" in result.stdout
    plan = load_plan(target).plan
    assert (plan.title, plan.intervention.name, plan.intervention.kind) == (
        "Vast",
        "Maatjesproject",
        "werkwijze",
    )


def test_a_typed_start_after_the_given_end_is_asked_again(tmp_path: Path, terminal: None) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli(
        "init",
        target,
        "--eind",
        "2027-06-30",
        input=lines("", "", "", "", "", "", "2027-09-01", "2026-07-01"),
    )
    assert result.exit_code == 0, result.output
    assert "de startdatum ligt na de einddatum (2027-06-30, uit --eind)" in result.stderr
    assert "Einddatum" not in result.stdout
    period = load_plan(target).plan.period
    assert period is not None
    assert (period.start, period.end) == (date(2026, 7, 1), date(2027, 6, 30))


def test_running_out_of_answers_writes_nothing(tmp_path: Path, terminal: None) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target, input=lines("Buurtkracht"))
    assert result.exit_code == 130
    assert "er is niets geschreven" in result.stderr
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_refused_before_any_question(tmp_path: Path, terminal: None) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("mijn eigen werk\n", encoding="utf-8")
    result = run_cli("init", target, input="")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"fout: {target}: dit bestand bestaat al")
    assert "--force" in result.stderr
    assert "Naam van de interventie" not in result.output
    assert target.read_text(encoding="utf-8") == "mijn eigen werk\n"


# --- writing safely ---------------------------------------------------------------------


def test_force_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("oud\n", encoding="utf-8")
    result = run_cli("init", target, "--force", "--interventie", "Buurtkracht")
    assert result.exit_code == 0, result.output
    assert load_plan(target).plan.intervention.name == "Buurtkracht"


def test_missing_directory_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "plan.yaml"
    result = run_cli("init", target)
    assert result.exit_code == 2
    assert "de map" in result.stderr and "bestaat niet" in result.stderr
    assert "Traceback" not in result.output
    assert not target.parent.exists()


def test_an_existing_directory_gets_the_default_file_name(tmp_path: Path) -> None:
    result = run_cli("init", tmp_path)
    assert result.exit_code == 0, result.output
    load_plan(tmp_path / DEFAULT_FILE)


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    run_cli("init", tmp_path / "plan.yaml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["impl-plan.schema.json", "plan.yaml"]


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--start", "2026-13-01"], "--start: de datum '2026-13-01' bestaat niet"),
        (["--start", "morgen"], "--start: 'morgen' is geen datum; schrijf JJJJ-MM-DD"),
        # An option takes the one form a plan takes, also at init.
        (["--start", "1-3-2026"], "--start: '1-3-2026' is geen datum; schrijf JJJJ-MM-DD,"),
        (["--eind", "2026W482"], "--eind: '2026W482' is geen datum; schrijf JJJJ-MM-DD,"),
        (["--eind", "2026-01-01", "--start", "2026-06-01"], "--eind: 2026-01-01 ligt voor"),
        (["--rol", "bedenker"], "--rol: 'bedenker' ken ik niet"),
        (["--soort", "app"], "--soort: 'app' ken ik niet"),
        (["--sjabloon", "groot"], "--sjabloon: 'groot' ken ik niet"),
        (["--titel", "  "], "--titel: de titel mag niet leeg zijn"),
        (["--titel", "twee\nregels"], "--titel: de titel moet één regel tekst zijn"),
    ],
)
def test_invalid_flags_fail_clearly_and_write_nothing(
    tmp_path: Path, flags: list[str], message: str
) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target, *flags)
    assert result.exit_code == 2
    assert result.stderr.startswith("fout: ")
    assert message in result.stderr
    assert not target.exists()


def test_a_template_bug_never_writes_a_broken_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend the YAML quoting were broken: the title would break the file.
    monkeypatch.setattr(plan_text, "yaml_text", lambda value: value)
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target, "--titel", "Plan: versie 2")
    assert result.exit_code == 2
    assert "interne fout in impl, er is niets geschreven" in result.stderr
    assert not target.exists()


# --- the schema next to the plan --------------------------------------------------------


def test_schema_is_written_next_to_the_plan_and_named_on_line_one(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target)
    assert result.exit_code == 0, result.output
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_FILE}"
    schema = json.loads((tmp_path / SCHEMA_FILE).read_text(encoding="utf-8"))
    assert "titel" in schema["properties"]
    assert "Schema voor aanvullen" in result.stdout


def test_an_existing_schema_file_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / SCHEMA_FILE).write_text("{}\n", encoding="utf-8")
    result = run_cli("init", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    assert (tmp_path / SCHEMA_FILE).read_text(encoding="utf-8") == "{}\n"
    assert "bestond al en is niet aangeraakt" in result.stdout
    assert "impl schema -o" in result.stdout


# --- the plan passes the check ------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_impl_check_reads_the_new_plan_without_errors(tmp_path: Path, template: str) -> None:
    target = tmp_path / "plan.yaml"
    assert run_cli("init", target, "--sjabloon", template).exit_code == 0
    result = run_cli("check", target, "--formaat", "json")
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.stdout)["plans"][0]["findings"]
    assert findings, "a fresh plan should give a to-do list"
    assert [f["code"] for f in findings if f["severity"] == "fout"] == []


# --- user text is inserted YAML-safely ----------------------------------------------------

TRICKY_TITLES = [
    "Plan: fase 2 # concept",
    '"Samen" sterk',
    "'t Kan anders",
    "- begint met een streepje",
    "yes",
    "true",
    "null",
    "2026",
    "2026-01-01",
    "12:30",
    "010",
    "[lijst] en {blok}",
    "&anker *verwijzing",
    "!label",
    "%procent @at `tick` | pijp > groter",
    "a\\b met backslash",
    "harde\u00a0spatie",
    "smiley 😀 en é ë ï",
    "eindigt met dubbele punt:",
    "? vraag",
]


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_tricky_titles_come_back_exactly(tmp_path: Path, title: str) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target, "--titel", title, "--interventie", title)
    assert result.exit_code == 0, result.output
    plan = load_plan(target).plan
    assert plan.title == title
    assert plan.intervention.name == title


@given(
    st.text(
        st.characters(blacklist_categories=("Cc", "Cs")),
        min_size=1,
        max_size=60,
    ).filter(lambda t: t.strip() == t and t)
)
@settings(max_examples=examples(300), deadline=None)
def test_yaml_text_round_trips_any_one_line_text(value: str) -> None:
    data, _positions, problems = read_yaml(f"titel: {plan_text.yaml_text(value)}\n")
    assert problems == []
    assert data == {"titel": value}
    assert "\n" not in plan_text.yaml_text(value)
    assert yaml.safe_load(f"titel: {plan_text.yaml_text(value)}\n") == {"titel": value}


def test_a_tricky_title_survives_the_full_template() -> None:
    answers = Answers(
        title='Plan: "Buurt" # 2',
        name="Maatjes & co: 'samen'",
        role="uitvoerende_organisatie",
        kind="sociale_interventie",
        start=date(2026, 1, 1),
        end=date(2026, 12, 31),
        template="basis",
    )
    plan = load_text(plan_text.render_plan(answers)).plan
    assert plan.title == answers.title
    assert plan.intervention.name == answers.name


# --- small parts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "start"),
    [
        (date(2026, 11, 24), date(2026, 12, 1)),
        (date(2026, 12, 31), date(2027, 1, 1)),
        (date(2026, 1, 31), date(2026, 2, 1)),
    ],
)
def test_default_start_is_the_first_of_next_month(today: date, start: date) -> None:
    assert next_month_start(today) == start


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2026, 1, 1), date(2027, 12, 31)),
        (date(2026, 12, 1), date(2028, 11, 30)),
        (date(2028, 2, 29), date(2030, 2, 28)),
    ],
)
def test_default_end_is_two_years_minus_a_day(start: date, end: date) -> None:
    assert default_end(start) == end


@pytest.mark.parametrize(
    ("today", "end", "start"),
    [
        (date(2026, 11, 24), None, date(2026, 12, 1)),
        (date(2026, 11, 24), date(2027, 6, 30), date(2026, 12, 1)),
        (date(2026, 11, 24), date(2026, 6, 30), date(2024, 7, 1)),
    ],
)
def test_default_start_fits_a_given_end(today: date, end: date | None, start: date) -> None:
    assert default_start(today, end) == start


@pytest.mark.parametrize("text", ["2026-03-01", "2026-3-1", "1-3-2026", " 01/03/2026 ", "1.3.2026"])
def test_a_typed_date_in_iso_or_dutch_order(text: str) -> None:
    assert parse_typed_date(text) == date(2026, 3, 1)


@pytest.mark.parametrize("text", ["1-3/2026", "2026-03", "20260301", "2026W092", "1-3-26"])
def test_a_typed_date_in_no_known_form_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="geen datum"):
        parse_typed_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", "sociale_interventie"),
        ("4", "instrument"),
        ("Online Platform", "online_platform"),
        ("werk", "werkwijze"),
        ("online-platform", "online_platform"),
    ],
)
def test_choices_by_number_word_or_start(text: str, expected: str) -> None:
    assert parse_choice(text, KINDS) == expected


@pytest.mark.parametrize("text", ["0", "5", "", "x", "platform"])
def test_unclear_choices_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="kies een nummer"):
        parse_choice(text, KINDS)


def test_importing_the_cli_does_not_load_jinja() -> None:
    code = "import sys, impltool.cli; print('jinja2' in sys.modules)"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert completed.stdout.strip() == "False"


def test_a_name_without_extension_gets_yaml_so_check_finds_it(tmp_path: Path) -> None:
    result = run_cli("init", tmp_path / "mijnplan", "--geen-vragen")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "mijnplan.yaml").is_file()
    assert not (tmp_path / "mijnplan").exists()
    assert run_cli("check", tmp_path).exit_code in (0, 1)


def test_a_name_with_another_extension_is_refused(tmp_path: Path) -> None:
    result = run_cli("init", tmp_path / "plan.txt", "--geen-vragen")
    assert result.exit_code == 2
    assert "plan.yaml" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_new_plan_shows_lists_indirect_groups_and_long_text(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    assert run_cli("init", plan, "--geen-vragen").exit_code == 0
    text = plan.read_text("utf-8")

    assert "adoptie: [early_adopters]" in text
    assert "direct: false" in text
    # The example of a long text, uncommented, is the one line of text it promises.
    start = text.index("#   beschrijving: >-")
    example = [line[2:] for line in text[start:].splitlines()[:3]]
    value = yaml.safe_load("\n".join(example))["beschrijving"]
    assert value == (
        "Vrijwilligers bezoeken ouderen thuis en voeren een gesprek over wat zij belangrijk vinden."
    )
    quoted = yaml.safe_load('wat: "Feest #1 voor iedereen"')["wat"]
    assert quoted == "Feest #1 voor iedereen" and '"Feest #1 voor iedereen"' in text


def test_the_choices_fit_an_80_column_terminal(tmp_path: Path, terminal: None) -> None:
    result = run_cli("init", tmp_path / "plan.yaml", input=lines(*[""] * 8))

    choices = [line for line in result.stdout.splitlines() if line[2:3].isdigit()]
    assert len(choices) == 6  # two roles, four kinds
    assert all(len(line) <= 80 for line in choices), choices
    questions = [line for line in result.stdout.splitlines() if "]:" in line]
    assert len(questions) == 6  # the two that may stay open show no [ ]
    assert all(len(line) <= 80 for line in questions), questions


def test_every_choice_at_a_question_says_what_it_means() -> None:
    # A new role or kind in the plan model must not crash the question that lists it.
    assert set(ROLE_HELP) == set(ROLES)
    assert set(KIND_HELP) == set(KINDS)
    assert set(TEMPLATE_HELP) == set(TEMPLATES)


@pytest.mark.parametrize("template", ["basis", "ontwikkelaar", "online_platform"])
def test_the_scaffold_has_organisation_version_and_a_budget_whose_examples_load(
    template: str, tmp_path: Path
) -> None:
    target = tmp_path / "plan.yaml"
    result = run_cli("init", target, "--geen-vragen", "--sjabloon", template)
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    for key in ("organisatie:", "auteur:", 'versie: "0.1"', "begroting:", "  posten:", "  uren:"):
        assert f"\n{key}" in text, key
    assert "6800, niet 6.800" in text  # how to write an amount, where amounts are written
    # The examples, taken over as a user would (remove "# "), are a valid budget.
    section = text.split("\nbegroting:\n", 1)[1].split("\n\n", 1)[0]
    taken = section.replace("    # - {", "    - {")
    plan = load_text(text.replace(section, taken)).plan
    assert plan.budget is not None
    assert [item.amount for item in plan.budget.items] == [6800, 24000]
    assert plan.budget.items[1].what == "Coördinatie (0,4 fte)"
    assert plan.budget.hours[0].hours_per_week == 8


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("1 februari 2027", date(2027, 2, 1)),
        ("1 feb 2027", date(2027, 2, 1)),
        ("1 feb. 2027", date(2027, 2, 1)),
        ("15 Oktober 2027", date(2027, 10, 15)),
        ("3 mrt 2028", date(2028, 3, 3)),
    ],
)
def test_a_date_with_the_month_in_words_is_read_at_the_question(typed: str, meant: date) -> None:
    assert parse_typed_date(typed) == meant


@pytest.mark.parametrize("typed", ["30 februari 2027", "1 brumaire 2027", "1 februari"])
def test_a_date_in_words_that_cannot_be_is_asked_again(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_typed_date(typed)


@pytest.mark.parametrize("template", ["basis", "ontwikkelaar", "online_platform"])
def test_the_scaffold_shows_the_timing_keys_and_they_load_when_filled_in(
    tmp_path: Path, template: str
) -> None:
    # Catalogue v3: a goal's and a factor's doelgroepen and a KPI's start, shown as commented
    # examples; uncommented, the plan still loads.
    target = tmp_path / "plan.yaml"
    assert run_cli("init", target, "--geen-vragen", "--sjabloon", template).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "    # doelgroepen: [gebruikers]" in text  # under the goal
    assert "  #   doelgroepen: [beslissers]" in text  # the own-factor example
    assert "uitrol" in text  # among the kinds
    filled = text.replace("    # doelgroepen: [gebruikers]", "    doelgroepen: [gebruikers]")
    target.write_text(filled, encoding="utf-8")
    assert load_plan(target).plan.goals[0].target_groups == ["gebruikers"]
    if template != "online_platform":  # that template has its own KPI examples
        assert "  #   start: " in text.split("\nkpis:")[1]


@pytest.mark.parametrize(("option", "day"), [("--start", "1800-01-01"), ("--eind", "3001-01-01")])
def test_a_year_out_of_range_is_refused_and_nothing_is_written(
    tmp_path: Path, option: str, day: str
) -> None:
    result = run_cli("init", tmp_path / "plan.yaml", "--geen-vragen", option, day)

    assert result.exit_code == 2
    assert result.stderr == f"fout: {option}: '{day}': kies een jaar tussen 1900 en 2999\n"
    assert list(tmp_path.iterdir()) == []
