"""`impl voortgang`: where a plan stands on a day, as a coordinator reads it on the terminal
and as tools read it in JSON. The documents (md, html, docx) are in test_voortgang_documents.py,
`--sinds` with git in test_voortgang_git.py."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from conftest import VOORBEELDEN, run_cli

GOLDEN = Path(__file__).parent / "golden" / "voortgang"
IN_PROGRESS = VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"
DAY = "2026-11-29"

BASE = """\
formaat: 1
titel: Proef
periode: {{start: 2026-01-01, eind: 2026-12-31}}
interventie: {{naam: Buurtcirkel, soort: werkwijze}}
doelen:
  - {{id: D1, wat: Minder eenzaamheid, bij_wie: ouderen, waar: Noord, wanneer: 2026-12-31}}
fasen:
  weten:
{activities}
  doen:
    - {{id: A9, wat: Eerste cirkel, wie: Ans, start: 2026-03-01, eind: 2026-12-01}}
kpis:
{kpis}
"""


def plan_text(activities: str = "", kpis: str = "") -> str:
    indent = "    "
    return BASE.format(
        activities=textwrap.indent(textwrap.dedent(activities).strip(), indent) or "    []",
        kpis=textwrap.indent(textwrap.dedent(kpis).strip(), "  ") or "  []",
    )


def progress_json(plan: Path, *extra: str) -> dict:
    result = run_cli("voortgang", plan, "--datum", "2026-07-01", "--formaat", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- the voorbeeld in progress: golden outputs --------------------------------------------


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("onderweg.txt", ()),
        ("onderweg-sinds.txt", ("--sinds", "2026-09-01")),
        ("onderweg.json", ("--formaat", "json", "--sinds", "2026-09-01")),
    ],
)
def test_the_voorbeeld_in_progress_reads_as_the_golden_report(name: str, args: tuple) -> None:
    result = run_cli("voortgang", IN_PROGRESS, "--datum", DAY, *args)
    assert result.exit_code == 0, result.output
    shown = result.stdout.replace(str(VOORBEELDEN), "voorbeelden")
    golden = GOLDEN / name
    if os.environ.get("IMPL_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(shown, encoding="utf-8", newline="\n")
    assert golden.exists(), f"{golden} ontbreekt; maak hem met IMPL_UPDATE_GOLDEN=1"
    assert shown == golden.read_text(encoding="utf-8")


def test_the_report_names_what_a_coordinator_must_act_on_first() -> None:
    result = run_cli("voortgang", IN_PROGRESS, "--datum", DAY)
    steps = result.stdout.split("Volgende stappen", 1)[1]
    late = steps.index("B1 Werkinstructie")
    behind = steps.index("K2")
    assert late < behind  # late work first, then KPIs behind
    assert "60 dagen over de einddatum" in steps


def test_kpi_05_and_voortgang_agree_on_which_kpis_are_behind() -> None:
    """One line, one verdict: the quickscan's KPI-05 and the progress report never differ."""
    check = run_cli("check", IN_PROGRESS, "--datum", DAY, "--formaat", "json")
    flagged = {
        f["message"].split()[1]
        for f in json.loads(check.stdout)["plans"][0]["findings"]
        if f["code"] == "KPI-05"
    }
    report = json.loads(run_cli("voortgang", IN_PROGRESS, "--datum", DAY, "-f", "json").stdout)
    behind = {k["id"] for k in report["kpis"] if k["verdict"] == "behind"}
    assert behind == flagged == {"K2"}


@pytest.mark.parametrize(
    "metingen",
    [
        # A meting after the report date does not count yet, in check as in voortgang.
        ("2026-06-01 40", "2026-08-01 5"),
        ("2026-06-01 5", "2026-08-01 90"),
        # Two metingen on one day: the last written counts, in both.
        ("2026-06-01 10", "2026-06-01 60"),
        ("2026-06-01 60", "2026-06-01 10"),
    ],
)
def test_kpi_05_and_voortgang_agree_on_a_report_date_and_on_a_corrected_meting(
    write_plan, metingen: tuple[str, ...]
) -> None:
    plan = kpi_plan(write_plan, "100", *metingen)
    check = run_cli("check", plan, "--datum", "2026-07-01", "--formaat", "json")
    flagged = {
        f["message"].split()[1]
        for f in json.loads(check.stdout)["plans"][0]["findings"]
        if f["code"] == "KPI-05"
    }
    report = progress_json(plan)
    behind = {k["id"] for k in report["kpis"] if k["verdict"] == "behind"}
    assert behind == flagged
    latest = report["kpis"][0]["latest"]["value"]
    assert (latest < 20) == (flagged == {"K1"})


# --- activities ---------------------------------------------------------------------------


def test_activities_are_sorted_into_late_running_coming_and_not_begun(write_plan) -> None:
    plan = write_plan(
        plan_text(
            """
            - {id: W1, wat: Folder, wie: Bo, start: 2026-01-10, eind: 2026-05-31, status: bezig}
            - {id: W2, wat: Brief, wie: Bo, start: 2026-02-01, eind: 2026-03-01, status: gereed}
            - {id: W3, wat: Presentatie, wie: Bo, start: 2026-07-20, eind: 2026-07-20}
            - {id: W4, wat: Bijeenkomst, wie: Bo, start: 2026-09-01, eind: 2026-09-01}
            - {id: W5, wat: Webinar, wie: Bo, start: 2026-06-01, eind: 2026-08-01}
            - {id: W6, wat: Krant, wie: Bo, start: 2026-03-01, eind: 2026-04-01, status: vervallen}
            """
        )
    )
    report = progress_json(plan)
    acts = report["activities"]
    assert [(a["id"], a["days_late"]) for a in acts["late"]] == [("W1", 31)]
    assert [a["id"] for a in acts["done"]] == ["W2"]
    assert [a["id"] for a in acts["upcoming"]] == ["W3"]  # W4 is more than six weeks away
    assert [a["id"] for a in acts["not_started"]] == ["W5", "A9"]
    assert [a["id"] for a in acts["cancelled"]] == ["W6"]
    assert acts["counted"] == 6  # the cancelled one does not count
    weten = next(p for p in report["phases"] if p["phase"] == "weten")
    assert (weten["counted"], weten["done"], weten["late"], weten["cancelled"]) == (5, 1, 1, 1)


def test_act_08_and_voortgang_agree_on_which_activities_are_late(write_plan) -> None:
    """One judgement of "late": past `eind`, not gereed, not vervallen, in check as in voortgang."""
    plan = write_plan(
        plan_text(
            """
            - {id: W1, wat: Folder, wie: Bo, start: 2026-01-10, eind: 2026-05-31, status: bezig}
            - {id: W2, wat: Brief, wie: Bo, start: 2026-02-01, eind: 2026-03-01, status: gereed}
            - {id: W3, wat: Krant, wie: Bo, start: 2026-03-01, eind: 2026-04-01, status: vervallen}
            - {id: W4, wat: Poster, wie: Bo, start: 2026-02-01, eind: 2026-06-30}
            - {id: W5, wat: Webinar, wie: Bo, start: 2026-06-01, eind: 2026-07-01}
            - {id: W6, wat: Website, wie: Bo, start: 2026-02-01}
            """
        )
    )
    check = run_cli("check", plan, "--datum", "2026-07-01", "--formaat", "json")
    flagged = {
        f["message"].split()[1]
        for f in json.loads(check.stdout)["plans"][0]["findings"]
        if f["code"] == "ACT-08"
    }
    late = {a["id"] for a in progress_json(plan)["activities"]["late"]}
    assert late == flagged == {"W1", "W4"}


def test_voortgang_and_the_document_name_an_activity_alike(write_plan) -> None:
    """An activity without `wat` or `soort` has one name, in the report and in the document."""
    plan = write_plan(plan_text("- {id: W7, wie: Bo, start: 2026-02-01, eind: 2026-06-15}"))
    report = run_cli("voortgang", plan, "--datum", "2026-07-01")
    document = run_cli("render", plan, "--formaat", "md")
    assert "W7 activiteit zonder omschrijving — 16 dagen over de einddatum" in report.stdout
    assert "    W7 activiteit zonder omschrijving :2026-02-01, 2026-06-16" in document.stdout


def test_the_status_words_the_code_knows_are_the_plans() -> None:
    from typing import get_args

    from impltool.domain.activity import ActivityStatus
    from impltool.plan.vocabulary import Status

    assert [status.value for status in ActivityStatus] == list(get_args(Status))


# --- KPIs ---------------------------------------------------------------------------------

KPI = """
- id: K1
  naam: Deelnemers
  doel: D1
  nulmeting: 0
  streefwaarde: {target}
  eenheid: deelnemers
  deadline: 2026-12-01
  metingen:
{metingen}
"""


def kpi_plan(write_plan, target: str, *metingen: str) -> Path:
    lines = "\n".join(f"    - {{datum: {d}, waarde: {v}}}" for d, v in map(str.split, metingen))
    return write_plan(plan_text(kpis=KPI.format(target=target, metingen=lines or "    []")))


@pytest.mark.parametrize(
    ("target", "metingen", "verdict"),
    [
        # The launch is 1 March (A9); the deadline 1 December: 275 days. On 1 July (122 days,
        # past a third) the line expects 44,4 % of the growth.
        ("100", ("2026-07-01 40",), "on_track"),
        ("100", ("2026-07-01 20",), "behind"),  # less than half the expected growth
        ("100", ("2026-07-01 67",), "ahead"),  # at least one and a half times
        ("100", ("2026-04-15 5",), "too_early"),  # a slow start is allowed
        ("-100", ("2026-07-01 -40",), "on_track"),  # a falling target works the same way
        ("-100", ("2026-07-01 -10",), "behind"),
    ],
)
def test_a_kpi_verdict_follows_the_line_from_baseline_to_target(
    write_plan, target: str, metingen: tuple[str, ...], verdict: str
) -> None:
    report = progress_json(kpi_plan(write_plan, target, *metingen))
    assert report["kpis"][0]["verdict"] == verdict


def test_the_expected_value_now_is_on_the_line(write_plan) -> None:
    kpi = progress_json(kpi_plan(write_plan, "275", "2026-06-01 90"))["kpis"][0]
    # 1 March → 1 December is 275 days; 1 July is day 122.
    assert kpi["expected_now"] == pytest.approx(122)
    assert kpi["share_of_way"] == pytest.approx(90 / 275)


def test_metingen_after_the_report_date_do_not_count_yet(write_plan) -> None:
    plan = kpi_plan(write_plan, "100", "2026-07-01 40", "2026-09-01 90")
    kpi = progress_json(plan)["kpis"][0]
    assert kpi["latest"] == {"date": "2026-07-01", "value": 40}
    assert any("na 1 juli 2026" in note for note in kpi["notes"])


def test_metingen_out_of_order_or_twice_on_a_day_are_noted_not_refused(write_plan) -> None:
    plan = kpi_plan(write_plan, "100", "2026-06-01 30", "2026-05-01 20", "2026-06-01 35")
    result = run_cli("voortgang", plan, "--datum", "2026-07-01")
    assert result.exit_code == 0, result.output
    assert "niet op datumvolgorde" in result.stdout
    assert "twee of meer metingen op dezelfde dag (1 juni 2026)" in result.stdout
    kpi = progress_json(plan)["kpis"][0]
    assert kpi["latest"]["value"] == 35  # the later line for a day, as a correction


def test_a_meting_without_a_target_is_noted(write_plan) -> None:
    text = plan_text(kpis="- {id: K1, naam: Bezoek, metingen: [{datum: 2026-05-01, waarde: 3}]}")
    result = run_cli("voortgang", write_plan(text), "--datum", "2026-07-01")
    assert result.exit_code == 0, result.output
    assert "geen streefwaarde" in result.stdout
    assert "niet te beoordelen" in result.stdout


def test_the_terminal_shows_a_sparkline_per_kpi(write_plan) -> None:
    plan = kpi_plan(write_plan, "100", "2026-04-01 10", "2026-05-01 30", "2026-06-01 50")
    result = run_cli("voortgang", plan, "--datum", "2026-07-01")
    line = next(line for line in result.stdout.splitlines() if "K1 Deelnemers" in line)
    assert "▁▂▃▅" in line  # nulmeting 0 and three metingen, on a scale up to the target


# --- since a date -------------------------------------------------------------------------


def test_since_a_date_lists_what_the_plan_dates_in_that_window(write_plan) -> None:
    plan = write_plan(
        plan_text(
            """
            - {id: W1, wat: Folder, wie: Bo, start: 2026-04-10, eind: 2026-05-31, status: gereed}
            - {id: W2, wat: Brief, wie: Bo, start: 2026-01-10, eind: 2026-02-01, status: gereed}
            """,
            KPI.format(target="100", metingen="    - {datum: 2026-06-15, waarde: 40}"),
        )
        + "bijstellingen:\n  - {datum: 2026-06-20, aanleiding: Te weinig, besluit: Meer folders}\n"
    )
    changes = progress_json(plan, "--sinds", "2026-04-01")["since"]["changes"]
    texts = [c["text"] for c in changes]
    assert texts == [
        "W1 Folder: begonnen volgens de planning",
        "W1 Folder: afgerond",
        "Meting K1 (Deelnemers): 40 deelnemers",
        "Bijstelling: Meer folders",
    ]


@pytest.mark.parametrize(
    ("since", "included"),
    [("2026-04-09", True), ("2026-04-10", True), ("2026-04-11", False)],
)
def test_since_a_date_includes_that_day(write_plan, since: str, included: bool) -> None:
    # A quarterly report `--sinds 2026-04-10` must show what happened on 10 April.
    plan = write_plan(
        plan_text(
            """
            - {id: W1, wat: Folder, wie: Bo, start: 2026-04-10, eind: 2026-04-10, status: gereed}
            """,
            KPI.format(target="100", metingen="    - {datum: 2026-04-10, waarde: 40}"),
        )
    )
    texts = [c["text"] for c in progress_json(plan, "--sinds", since)["since"]["changes"]]
    assert ("W1 Folder: afgerond" in texts) is included
    assert ("Meting K1 (Deelnemers): 40 deelnemers" in texts) is included


def test_a_group_whose_phase_the_plans_own_work_contradicts_is_a_question(write_plan) -> None:
    text = plan_text(
        """
        - {id: W1, wat: Folder, wie: Bo, start: 2026-02-01, eind: 2026-03-01, status: gereed}
        """,
        "",
    )
    text += (
        "doelgroepen:\n"
        "  - {id: huisartsen, naam: Huisartsen, type: gebruikers, huidige_fase: weten}\n"
        "  - {id: wijkteam, naam: Wijkteam, type: gebruikers, huidige_fase: doen}\n"
    )
    text = text.replace(
        "  doen:\n",
        "  doen:\n    - {id: D1, wat: Pilot met twee praktijken, wie: Bo, start: "
        "2026-03-01, eind: 2026-09-01, status: bezig, doelgroepen: [huisartsen, wijkteam]}\n",
        1,
    )
    plan = write_plan(text)
    groups = {g["name"]: g for g in progress_json(plan)["target_groups"]}
    assert groups["Huisartsen"]["phase_contradicted_by"] == "D1 Pilot met twee praktijken loopt al"
    assert groups["Wijkteam"]["phase_contradicted_by"] is None  # already at doen
    result = run_cli("voortgang", plan, "--datum", "2026-07-01")
    assert "Huisartsen: weten (fase bijwerken? D1 Pilot met twee praktijken loopt al)" in (
        " ".join(result.stdout.split())
    )


@pytest.mark.parametrize(
    ("since", "message"),
    [
        ("2026-08-01", "ligt na de datum van het overzicht"),
        ("2026-13-01", "--sinds"),
        ("1-4-2026", "JJJJ-MM-DD"),
    ],
)
def test_an_unusable_since_date_is_a_dutch_message_and_exit_2(
    write_plan, since: str, message: str
) -> None:
    result = run_cli(
        "voortgang", write_plan(plan_text()), "--datum", "2026-07-01", "--sinds", since
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_since_date_before_the_period_is_a_note(write_plan) -> None:
    result = run_cli(
        "voortgang", write_plan(plan_text()), "--datum", "2026-07-01", "--sinds", "2025-06-01"
    )
    assert result.exit_code == 0, result.output
    assert "ligt voor het begin van de looptijd" in result.stdout


# --- the command line ---------------------------------------------------------------------


def test_word_needs_a_file_name(write_plan) -> None:
    result = run_cli("voortgang", write_plan(plan_text()), "--formaat", "docx")
    assert result.exit_code == 2
    assert "-o plan-voortgang.docx" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--formaat", "odt"), "dat formaat ken ik niet"),
        (("-o", "rapport.html", "--formaat", "md"), "de naam eindigt niet op .md"),
        (("-o", "rapport.odt"), "aan de naam zie ik niet"),
        (("-o", "nieuw.yaml"), "dat is de naam van een planbestand"),
    ],
)
def test_a_wrong_format_or_name_writes_nothing(write_plan, tmp_path, args, message) -> None:
    plan = write_plan(plan_text())
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_cli("voortgang", plan, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_the_suffix_of_the_output_chooses_the_format(write_plan, tmp_path) -> None:
    plan = write_plan(plan_text())
    for name, start in (
        ("r.json", "{"),
        ("r.md", "# Voortgangsrapportage"),
        ("r.txt", "Voortgang"),
    ):
        result = run_cli("voortgang", plan, "--datum", "2026-07-01", "-o", tmp_path / name)
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)
        assert "Rapport geschreven naar" in result.stderr


def test_a_plan_with_errors_is_refused_with_its_location(write_plan) -> None:
    result = run_cli("voortgang", write_plan("formaat: 1\ntitel: [\n"))
    assert result.exit_code == 2
    assert "plan.yaml:" in result.stderr


@pytest.mark.parametrize("day", ["2024-01-01", "2026-07-01", "2030-01-01"])
@pytest.mark.parametrize("medium", ["tekst", "json", "md", "html", "docx"])
def test_every_voorbeeld_and_a_bare_plan_report_on_any_day(
    write_plan, tmp_path: Path, day: str, medium: str
) -> None:
    """Before the period, during it and long after: every plan gives a report, never a crash."""
    bare = write_plan(
        "formaat: 1\ntitel: Kaal\ninterventie: {naam: X, soort: werkwijze}\nfasen: {}\n",
        "kaal.yaml",
    )
    for plan in [*sorted(VOORBEELDEN.glob("*.yaml")), bare]:
        target = tmp_path / f"r.{ {'tekst': 'txt'}.get(medium, medium) }"
        result = run_cli("voortgang", plan, "--datum", day, "-f", medium, "-o", target)
        assert result.exit_code == 0, (plan.name, result.output)
        assert result.exception is None, (plan.name, result.exception)


def test_before_the_period_the_report_says_when_it_begins(write_plan) -> None:
    result = run_cli("voortgang", write_plan(plan_text()), "--datum", "2025-12-01")
    assert "De invoering begint op 1 januari 2026, over 31 dagen." in result.stdout


def test_planned_work_without_a_start_date_is_listed_not_lost(write_plan, tmp_path) -> None:
    plan = write_plan(plan_text("- {id: W1, wat: Folder maken, wie: Bo, eind: 2026-09-01}"))
    result = run_cli("voortgang", plan, "--datum", "2026-07-01")
    listed = result.stdout.split("Nog zonder startdatum", 1)[1]
    assert "W1 Folder maken" in listed
    document = tmp_path / "r.md"
    assert run_cli("voortgang", plan, "--datum", "2026-07-01", "-o", document).exit_code == 0
    text = document.read_text("utf-8")
    assert "1 nog zonder startdatum" in text.split("## Waar we staan")[0]
    assert "W1 Folder maken" in text.split("### Nog zonder startdatum", 1)[1]


def test_one_later_meting_is_counted_in_the_singular(write_plan) -> None:
    plan = kpi_plan(write_plan, "100", "2026-05-01 30", "2026-09-01 90")
    result = run_cli("voortgang", plan, "--datum", "2026-07-01", "-f", "json")
    assert json.loads(result.stdout)["kpis"][0]["notes"] == [
        "1 meting na 1 juli 2026 telt in dit overzicht nog niet mee"
    ]


@pytest.mark.parametrize(
    ("kpi", "why"),
    [
        (
            "{id: K1, streefwaarde: 100, deadline: 2026-12-01,"
            " metingen: [{datum: 2026-06-01, waarde: 20}]}",
            "zonder nulmeting is de eerste meting het beginpunt",
        ),
        (
            "{id: K1, nulmeting: 0, streefwaarde: 100, deadline: 2026-02-01,"
            " metingen: [{datum: 2026-06-01, waarde: 20}]}",
            "de deadline (1 februari 2026) ligt niet na het begin van de lijn (1 maart 2026)",
        ),
    ],
)
def test_a_kpi_that_cannot_be_judged_says_why(write_plan, kpi: str, why: str) -> None:
    report = progress_json(write_plan(plan_text(kpis=f"- {kpi}")))
    assert report["kpis"][0]["verdict"] == "not_judged"
    assert any(why in note for note in report["kpis"][0]["notes"])


def test_without_a_start_of_the_work_a_nulmeting_has_no_date_and_the_report_says_so(
    write_plan,
) -> None:
    text = (
        "formaat: 1\ntitel: Proef\ninterventie: {naam: Buurtcirkel, soort: werkwijze}\n"
        "fasen: {weten: [{id: W1, wat: Folder}]}\n"
        "kpis:\n  - {id: K1, nulmeting: 0, streefwaarde: 100, deadline: 2026-12-01,\n"
        "     metingen: [{datum: 2026-06-01, waarde: 20}]}\n"
    )
    result = run_cli("voortgang", write_plan(text), "--datum", "2026-07-01")
    assert result.exit_code == 0, result.output
    assert "niet te beoordelen" in result.stdout
    assert "wanneer de invoering begint" in result.stdout
    kpi = json.loads(run_cli("voortgang", write_plan(text), "-f", "json").stdout)["kpis"][0]
    assert kpi["baseline"] == {"date": None, "value": 0}  # the nulmeting is not lost


def test_every_voorbeeld_fits_an_80_column_terminal() -> None:
    from hostile import impl_here

    for plan in sorted(VOORBEELDEN.glob("*.yaml")):
        # Run beside the plan, as a user would: a long folder name is not the report's to wrap.
        done = impl_here(
            "voortgang",
            plan.name,
            "--datum",
            DAY,
            "--sinds",
            "2026-06-01",
            env={"COLUMNS": "80"},
            cwd=plan.parent,
        )
        assert done.returncode == 0, done.stderr
        wide = [line for line in done.stdout.decode("utf-8").splitlines() if len(line) > 80]
        assert not wide, (plan.name, wide)


def test_with_much_late_work_the_next_steps_still_name_the_kpis_behind(write_plan) -> None:
    late = "\n".join(
        f"- {{id: W{n}, wat: Klus {n}, wie: Bo, start: 2026-01-0{n}, eind: 2026-02-0{n}}}"
        for n in range(1, 8)
    )
    plan = write_plan(
        plan_text(late, KPI.format(target="100", metingen="    - {datum: 2026-07-01, waarde: 5}"))
    )
    steps = progress_json(plan)["next_steps"]
    assert [s.split(":")[0] for s in steps[:2]] == ["W1 Klus 1", "W2 Klus 2"]  # the latest first
    assert steps[2].startswith("KPI K1 (Deelnemers) loopt achter")
    assert steps[3].startswith("Nog 5 activiteiten zijn over de einddatum")


# --- metingen that are due -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "day", "late_since"),
    [
        ("maand", "2026-06-30", None),  # due 30 May, and a month of grace: not yet late
        ("maand", "2026-07-01", "2026-05-30"),
        ("kwartaal", "2026-08-30", None),
        ("kwartaal", "2026-08-31", "2026-07-30"),
        ("jaar", "2026-12-01", None),  # due after the deadline: the deadline counts
        (None, "2026-12-01", None),  # no frequentie: impl cannot know it is late
    ],
)
def test_a_meting_more_than_a_term_and_a_month_overdue_is_named_with_its_owner(
    write_plan, frequency: str | None, day: str, late_since: str | None
) -> None:
    kpi = KPI.format(target="100", metingen="    - {datum: 2026-04-30, waarde: 10}")
    if frequency:
        kpi = kpi.replace(
            "  metingen:", f"  frequentie: {frequency}\n  eigenaar: Sanne\n  metingen:"
        )
    plan = write_plan(plan_text("", kpi))
    result = run_cli("voortgang", plan, "--datum", day, "--formaat", "json")
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["kpis"]
    assert item["measuring_due_late"] == late_since
    steps = json.loads(result.stdout)["next_steps"]
    named = [s for s in steps if "meet opnieuw (Sanne)" in s]
    assert bool(named) == bool(late_since)
    if late_since:
        assert any("meting te laat" in note and "door Sanne" in note for note in item["notes"])


def test_money_planned_and_spent_per_year_and_payer(write_plan, tmp_path: Path) -> None:
    plan = write_plan(
        plan_text() + "begroting:\n  posten:\n"
        "    - {wat: Folders, bedrag: 1000, jaar: 2026, bron: gemeente, besteed: 1200}\n"
        "    - {wat: Training, bedrag: 3000, jaar: 2026, bron: fonds, besteed: 1500}\n"
        "    - {wat: Training, bedrag: 3000, jaar: 2027, bron: fonds}\n"
        "bijstellingen:\n  - {datum: 2026-06-01, betreft: [K1], oorzaak: Drukker dan gedacht,"
        " gevolg: Doel later, besluit: Tweede folder}\n"
    )
    money = progress_json(plan)["money"]
    assert money == [
        {
            "year": 2026,
            "source": "fonds",
            "planned": 3000.0,
            "spent": 1500.0,
            "overspent": False,
            "light": "groen",
        },
        {
            "year": 2026,
            "source": "gemeente",
            "planned": 1000.0,
            "spent": 1200.0,
            "overspent": True,
            "light": "rood",
        },
        {
            "year": 2027,
            "source": "fonds",
            "planned": 3000.0,
            "spent": None,
            "overspent": False,
            "light": None,
        },
    ]
    target = tmp_path / "r.md"
    assert run_cli("voortgang", plan, "--datum", "2026-07-01", "-o", target).exit_code == 0
    report = target.read_text(encoding="utf-8").replace("\u00a0", " ")  # € 1.000
    assert "## Wat mag het kosten: begroot en besteed" in report
    assert (
        "| 2026 | gemeente | € 1.000 | € 1.200 | **120 %**<br>*meer besteed dan begroot* | "
        "**■ rood** |"
    ) in report
    assert "| Datum | Betreft | Oorzaak | Gevolg | Besluit |" in report
    text = run_cli("voortgang", plan, "--datum", "2026-07-01").stdout.replace("\u00a0", " ")
    assert "meer besteed dan begroot: 2026, gemeente: € 1.200 van € 1.000" in text


def test_without_spending_there_is_no_money_section(write_plan, tmp_path: Path) -> None:
    plan = write_plan(plan_text() + "begroting:\n  posten:\n    - {wat: Folders, bedrag: 1000}\n")
    assert progress_json(plan)["money"] == []
    target = tmp_path / "r.md"
    run_cli("voortgang", plan, "--datum", "2026-07-01", "-o", target)
    assert "Wat mag het kosten" not in target.read_text(encoding="utf-8")


def test_what_is_behind_without_a_bijstelling_that_names_it_asks_for_an_explanation(
    write_plan,
) -> None:
    kpi = KPI.format(
        target="100",
        metingen="    - {datum: 2026-03-01, waarde: 0}\n    - {datum: 2026-06-01, waarde: 5}",
    )
    text = plan_text(
        "- {id: W1, wat: Folder, wie: Bo, start: 2026-02-01, eind: 2026-03-01}",
        kpi,
    )
    plan = write_plan(text)
    found = progress_json(plan)["unexplained"]
    assert found == ["KPI K1 (Deelnemers) loopt achter", "W1 Folder is te laat"]
    # A bijstelling that names K1 after its last meting explains it; an older one does not.
    explained = write_plan(
        text + "bijstellingen:\n  - {datum: 2026-06-15, betreft: [K1], besluit: Meer werven}\n"
        "  - {datum: 2026-02-15, betreft: [W1], besluit: Later drukken}\n",
        "uitgelegd.yaml",
    )
    assert progress_json(explained)["unexplained"] == ["W1 Folder is te laat"]


# --- traffic lights, as in a municipal report ------------------------------------------------


@pytest.mark.parametrize(
    ("target", "metingen", "day", "light"),
    [
        # On 1 July the line expects 44,4 % of the growth (see the verdict test above).
        ("100", ("2026-07-01 40",), "2026-07-01", "groen"),  # on track
        ("100", ("2026-04-15 5",), "2026-07-01", "groen"),  # too early to say
        ("100", ("2026-07-01 20",), "2026-07-01", "oranje"),  # behind: 45 % of the growth
        ("100", ("2026-07-01 10",), "2026-07-01", "rood"),  # far behind: under a quarter
        ("-100", ("2026-07-01 -20",), "2026-07-01", "oranje"),  # a falling target alike
        ("-100", ("2026-07-01 -10",), "2026-07-01", "rood"),
        ("100", ("2026-11-20 95",), "2026-12-15", "rood"),  # deadline past, not reached
        ("100", ("2026-11-20 100",), "2026-12-15", "groen"),  # deadline past, reached
    ],
)
def test_a_kpi_light_is_green_orange_or_red_by_the_line_and_the_deadline(
    write_plan, target: str, metingen: tuple[str, ...], day: str, light: str
) -> None:
    plan = kpi_plan(write_plan, target, *metingen)
    result = run_cli("voortgang", plan, "--datum", day, "--formaat", "json")
    report = json.loads(result.stdout)
    assert report["kpis"][0]["light"] == light
    assert report["goals"] == [{"id": "D1", "light": light, "kpis": ["K1"]}]


def test_a_phase_with_late_work_is_orange_and_red_when_far_too_late(write_plan) -> None:
    plan = write_plan(
        plan_text(
            """
            - {id: W1, wat: Folder, wie: Bo, start: 2026-02-01, eind: 2026-06-01}
            - {id: W2, wat: Brief, wie: Bo, start: 2026-02-01, eind: 2026-02-01, status: gereed}
            """
        )
    )
    phases = {p["phase"]: p["light"] for p in progress_json(plan)["phases"]}  # 1 July
    assert phases["weten"] == "oranje"  # 30 days late
    assert phases["doen"] == "groen"
    result = run_cli("voortgang", plan, "--datum", "2026-09-15", "--formaat", "json")
    phases = {p["phase"]: p["light"] for p in json.loads(result.stdout)["phases"]}
    assert phases["weten"] == "rood"  # 106 days late


def test_the_report_follows_the_three_ws_after_its_first_page(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    result = run_cli("voortgang", IN_PROGRESS, "--datum", DAY, "-o", target)
    assert result.exit_code == 0
    heads = [line for line in target.read_text(encoding="utf-8").splitlines() if line[:3] == "## "]
    assert heads == [
        "## In het kort",
        "## Wat willen we bereiken: doelen en KPI's",
        "## Wat gaan we doen",
        "## Wat mag het kosten: begroot en besteed",
        "## Bijsturen",
    ]
    text = target.read_text(encoding="utf-8")
    assert "**Stoplichten per doel:** D1 ▲ oranje, D2 ● groen." in text
    assert "Stoplichten: groen is binnen de afgesproken tijd" in text


def test_a_kpi_too_early_to_judge_says_from_which_day_it_is_judged(write_plan) -> None:
    # The line runs from the launch (1 March) to 1 December: 275 days; a third is 92 days.
    plan = kpi_plan(write_plan, "100", "2026-04-15 5")
    result = run_cli("voortgang", plan, "--datum", "2026-05-01", "--formaat", "json")
    (kpi,) = json.loads(result.stdout)["kpis"]
    assert (kpi["verdict"], kpi["judged_from"]) == ("too_early", "2026-06-01")
    text = " ".join(run_cli("voortgang", plan, "--datum", "2026-05-01").stdout.split())
    assert "het oordeel komt pas na een derde van de weg, vanaf 1 jun 2026" in text


# --- where a KPI's line starts (catalogue v3: one line for KPI-05 and voortgang) -----------

LINE_KPI = """\
- id: K1
  naam: Deelnemers
  doel: D1
  nulmeting: 0
  streefwaarde: 100
  deadline: 2026-12-31
  metingen: [{datum: 2026-06-30, waarde: 20}]
"""


@pytest.mark.parametrize(
    ("change", "said", "reason"),
    [
        (
            (),
            "De lijn naar de streefwaarde begint op 1 maart 2026: de start van het werk (A9).",
            "launch",
        ),
        (
            (("  - {id: D1,", "  - {id: D1, doelgroepen: [noord],"),),
            "de lijn begint op 1 mei 2026: de start van het werk voor Noorderlingen (A10)",
            "group_work",
        ),
        (
            (("    nulmeting: 0\n", "    nulmeting: 0\n    start: 2026-04-15\n"),),
            "de lijn begint op 15 april 2026: de start die bij de KPI staat",
            "kpi_start",
        ),
        (
            (
                ("    nulmeting: 0\n", ""),
                ("metingen: [", "metingen: [{datum: 2026-02-01, waarde: 5}, "),
            ),
            "de lijn begint op 1 februari 2026: de eerste meting (er is geen nulmeting)",
            "first_measurement",
        ),
        (
            (
                ("start: 2026-03-01, eind: 2026-12-01}", "eind: 2026-12-01}"),
                ("start: 2026-05-01, ", ""),
            ),
            "De lijn naar de streefwaarde begint op 1 januari 2026: de start van de periode.",
            "period_start",
        ),
    ],
    ids=["launch", "group", "kpi-start", "first-meting", "period"],
)
def test_voortgang_says_where_each_line_starts_and_why(
    tmp_path: Path, change: tuple[tuple[str, str], ...], said: str, reason: str
) -> None:
    text = plan_text(kpis=LINE_KPI).replace(
        "kpis:\n",
        "    - {id: A10, wat: Cirkels in Noord, wie: Ans, start: 2026-05-01,"
        " doelgroepen: [noord]}\n"
        "doelgroepen:\n  - {id: noord, naam: Noorderlingen, type: profijtgroep}\nkpis:\n",
    )
    for old, new in change:
        assert old in text, old
        text = text.replace(old, new)
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    shown = run_cli("voortgang", plan, "--datum", "2026-07-01")
    assert shown.exit_code == 0, shown.output
    assert said in " ".join(shown.stdout.split())
    baseline = progress_json(plan)["kpis"][0]["baseline"]
    assert baseline["reason"] == reason
    assert baseline["reason_text"].startswith("de lijn begint op ")
