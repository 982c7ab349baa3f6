"""`impl overzicht`: many plans side by side, as a funder or a municipality reads them.

Rows are checked against what `impl check` and `impl voortgang` say about the same plan, the
order against the documented attention order, the CSV by reading it back as Excel would
(`;`, UTF-8 with BOM, decimal comma), and hostile plan text in every format.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from browser import find_browser, measure
from conftest import VOORBEELDEN, run_cli
from hostile import as_text, impl_here
from impltool.domain.line import Verdict
from impltool.overview.rows import Row, attention, build_overview
from impltool.overview.spreadsheet import spreadsheet_text
from impltool.plan.load import Problem
from markdown_checks import check_no_html, check_tables, tokens_of
from test_hostile_output import HOSTILE, assert_inert, hostile_plan

DAY = "2026-11-24"
PLANS = sorted(VOORBEELDEN.glob("*.yaml"))
BROWSER = find_browser()
BROKEN = "formaat: 1\ntitel: Kapot plan\nperiode: {start: 2026-13-01, eind: 2027-01-01}\n"


def overview_json(*args: str | Path) -> dict:
    result = run_cli("overzicht", *args, "--datum", DAY, "--formaat", "json")
    assert result.exit_code in (0, 2), result.output
    return json.loads(result.stdout)


def checked(plan: Path) -> dict:
    result = run_cli("check", plan, "--datum", DAY, "--formaat", "json")
    return json.loads(result.stdout)["plans"][0]


def progress(plan: Path) -> dict:
    return json.loads(run_cli("voortgang", plan, "--datum", DAY, "--formaat", "json").stdout)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The four voorbeelden, a plan that cannot be read, a plan with a fout (an activity
    outside its shortened period) and a YAML file that is no plan."""
    plans = tmp_path / "plannen"
    plans.mkdir()
    for plan in PLANS:
        shutil.copy(plan, plans / plan.name)
    (plans / "kapot.yaml").write_text(BROKEN, encoding="utf-8")
    welzijn = (VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml").read_text(encoding="utf-8")
    shortened = welzijn.replace(
        "periode: {start: 2026-02-01, eind: 2027-12-31}",
        "periode: {start: 2026-02-01, eind: 2027-06-30}",
    ).replace("titel: Het Goede Gesprek in Bremmerveen", "titel: Ingekort plan")
    assert shortened != welzijn
    (plans / "ingekort.yaml").write_text(shortened, encoding="utf-8")
    (plans / "instellingen.yaml").write_text("naam: geen plan\n", encoding="utf-8")
    return plans


# --- rows --------------------------------------------------------------------------------------


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_a_row_shows_what_check_and_voortgang_say(plan: Path) -> None:
    (row,) = overview_json(plan)["plans"]
    scan, state = checked(plan), progress(plan)
    assert row["valid"] is True
    assert row["title"] == scan["title"] == state["title"]
    assert row["organisation"] == state["organisation"]
    assert row["period"] == {"start": state["period"]["start"], "end": state["period"]["end"]}
    assert row["score"] == scan["score"] and row["light"] == scan["light"]
    assert [(a["area"], a["score"], a["light"]) for a in row["areas"]] == [
        (a["area"], a["score"], a["light"]) for a in scan["areas"]
    ]
    assert row["counts"] == {k: scan["counts"][k] for k in ("fout", "waarschuwing", "tip")}
    activities = state["activities"]
    assert row["activities"] == {
        "counted": activities["counted"],
        "done": len(activities["done"]),
        "share_done": activities["share_done"],
        "late": len(activities["late"]),
    }
    verdicts = [k["verdict"] for k in state["kpis"]]
    assert row["kpis"]["total"] == len(verdicts)
    for verdict in ("on_track", "ahead", "behind", "too_early", "not_judged"):
        assert row["kpis"][verdict] == verdicts.count(verdict)


def test_the_voorbeeld_in_progress_shows_late_work_and_a_kpi_behind() -> None:
    text = run_cli("overzicht", VOORBEELDEN, "--datum", DAY).stdout
    first = text.split("\n\n")[1]
    assert first.startswith("1. Vroeg Eropaf in Lindendal")
    assert "Quickscan 79 % ▲ oranje · 0 fouten, 3 waarschuwingen open" in first
    assert "Activiteiten: 10 van 21 gereed (48 %), 1 te laat" in first
    assert "KPI's: 2 op koers, 1 achter (van 3)" in first
    flowing = " ".join(first.split())  # the list of areas wraps
    assert "Borging 70 % oranje; de andere 4 groen" in flowing


# --- order and totals --------------------------------------------------------------------------


def test_the_plans_that_need_attention_come_first(folder: Path) -> None:
    result = run_cli("overzicht", folder, "--datum", DAY, "--formaat", "json")
    assert result.exit_code == 2
    plans = json.loads(result.stdout)["plans"]
    order = [Path(p["file"]).name for p in plans]
    assert order == [
        "kapot.yaml",  # cannot be read
        "ingekort.yaml",  # open fouten
        "vroegsignalering-schulden-onderweg.yaml",  # late work and a KPI behind, oranje
        # then three green plans, alike but for their titles:
        "online-burenhulp-platform.yaml",  # HeidewoldHelpt
        "welzijn-eenzaamheid-ouderen.yaml",  # Het Goede Gesprek
        "ontwikkelaar-netwerkcoaching.yaml",  # Landelijke verspreiding
    ]
    assert plans[1]["counts"]["fout"] > 0


def _row(name: str, **values: object) -> Row:
    return Row(file=f"{name}.yaml", title=name, **values)  # type: ignore[arg-type]


def test_the_attention_order_step_by_step() -> None:
    rows = [
        _row("groen", score=100, light="groen"),
        _row("waarschuwingen", score=100, light="oranje", warnings=1),
        _row("laag-oranje", score=60, light="oranje"),
        _row("rood", score=90, light="rood"),
        _row("te-laat", score=100, light="groen", late=1),
        _row("achter", score=100, light="groen", verdicts={Verdict.BEHIND: 2}),
        _row("een-fout", score=100, light="oranje", errors=1, late=5),
        _row("twee-fouten", score=100, light="oranje", errors=2),
        Row(file="kapot.yaml", problems=(Problem("kapot.yaml", 3, 10, "geen datum"),)),
    ]
    ordered = [r.file.removesuffix(".yaml") for r in sorted(rows, key=attention)]
    assert ordered == [
        "kapot",
        "twee-fouten",
        "een-fout",
        "achter",  # two KPIs behind weigh more than one late activity
        "te-laat",
        "rood",
        "laag-oranje",
        "waarschuwingen",
        "groen",
    ]


def test_the_totals_add_up(folder: Path) -> None:
    document = overview_json(folder)
    plans, totals = document["plans"], document["totals"]
    read = [p for p in plans if p["valid"]]
    assert totals["plans"] == len(plans) == 6 and totals["unreadable"] == 1
    for key in ("fout", "waarschuwing", "tip"):
        assert totals["counts"][key] == sum(p["counts"][key] for p in read)
    for key in ("counted", "done", "late"):
        assert totals["activities"][key] == sum(p["activities"][key] for p in read)
    assert totals["activities"]["share_done"] == pytest.approx(
        totals["activities"]["done"] / totals["activities"]["counted"]
    )
    for key in ("total", "on_track", "behind", "too_early"):
        assert totals["kpis"][key] == sum(p["kpis"][key] for p in read)
    scored = [p for p in read if not p["waiting"]]  # a plan with a fout has no score yet
    assert totals["mean_score"] == pytest.approx(sum(p["score"] for p in scored) / len(scored))
    assert sum(totals["lights"].values()) + totals["waiting"] == len(read)
    doelen = [a["score"] for p in scored for a in p["areas"] if a["area"] == "doelen"]
    assert totals["areas"][0]["mean_score"] == pytest.approx(sum(doelen) / len(doelen))


def test_the_text_ends_with_the_totals(folder: Path) -> None:
    result = run_cli("overzicht", folder, "--datum", DAY)
    totals = result.stdout.split("\nTotaal: ")[1]
    assert totals.startswith("6 plannen, waarvan 1 niet te lezen\n")
    assert re.search(
        r"Quickscan gemiddeld \d+ % \(\d groen, \d oranje, \d rood, 1 zonder score \(fout open\)\)",
        totals,
    )
    assert "Activiteiten: " in totals and "KPI's: " in totals


# --- plans that cannot be read, folders --------------------------------------------------------


def test_a_plan_that_cannot_be_read_is_a_row_and_exits_2_after_writing(folder: Path) -> None:
    target = folder.parent / "overzicht.html"
    result = run_cli("overzicht", folder, "--datum", DAY, "-o", target)
    assert result.exit_code == 2
    page = target.read_text(encoding="utf-8")
    assert "Kan niet gelezen worden:" in page
    assert re.search(r"kapot\.yaml:\d+:\d+: verplicht veld", page)  # file:line:column message
    assert "1 van 6 plannen kon niet gelezen worden" in result.stderr
    assert "overgeslagen (geen `formaat:`, dus geen plan): " in result.stderr
    assert "instellingen.yaml" in result.stderr and "instellingen" not in page

    text = run_cli("overzicht", folder, "--datum", DAY)
    assert text.exit_code == 2
    # The terminal wraps a long temporary path anywhere: compare without the white space.
    compact = re.sub(r"\s+", "", text.stdout)
    assert re.search(r"1\..*?kapot\.yaml:kannietgelezenworden.*?kapot\.yaml:\d+:\d+:", compact)


def test_folders_and_names_are_found_as_check_finds_them(tmp_path: Path) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    (empty / "iets.yaml").write_text("naam: geen plan\n", encoding="utf-8")
    result = run_cli("overzicht", empty)
    assert result.exit_code == 2
    assert "in deze map staan geen plannen" in result.stderr
    assert result.stdout == ""

    missing = run_cli("overzicht", tmp_path / "bestaat-niet")
    assert missing.exit_code == 2 and "bestaat niet" in missing.stderr

    # A file named on the command line is read as a plan, whatever its content.
    named = run_cli("overzicht", empty / "iets.yaml", "--formaat", "json")
    assert named.exit_code == 2
    assert json.loads(named.stdout)["plans"][0]["valid"] is False


def test_the_format_follows_the_name_after_o(tmp_path: Path) -> None:
    for suffix, start in ((".json", "{"), (".md", "# Overzicht"), (".html", "<!DOCTYPE html>")):
        target = tmp_path / f"overzicht{suffix}"
        assert run_cli("overzicht", VOORBEELDEN, "-o", target).exit_code == 0
        assert target.read_text(encoding="utf-8").startswith(start)
    target = tmp_path / "overzicht.csv"
    assert run_cli("overzicht", VOORBEELDEN, "-o", target).exit_code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfNr;Titel;")
    wrong = run_cli("overzicht", VOORBEELDEN, "-o", tmp_path / "x.csv", "--formaat", "html")
    assert wrong.exit_code == 2 and "eindigt niet op .html" in wrong.stderr
    unknown = run_cli("overzicht", VOORBEELDEN, "-o", tmp_path / "x.xlsx")
    assert unknown.exit_code == 2 and "welk soort overzicht" in unknown.stderr
    plan_name = run_cli("overzicht", VOORBEELDEN, "-o", tmp_path / "x.yaml")
    assert plan_name.exit_code == 2 and "naam van een planbestand" in plan_name.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_a_plan_is_never_overwritten_by_the_overview(tmp_path: Path) -> None:
    plan = tmp_path / "plan.json"
    shutil.copy(PLANS[0], plan)  # a plan, whatever its name
    before = plan.read_bytes()
    result = run_cli("overzicht", PLANS[1], "-o", plan)
    assert result.exit_code == 2
    assert plan.read_bytes() == before


# --- CSV for Dutch Excel ------------------------------------------------------------------------


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    assert data.count(b"\r\n") == data.count(b"\n")  # CRLF only
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def dutch_number(cell: str) -> float:
    assert "." not in cell, cell
    return float(cell.replace(",", "."))


def test_the_csv_reads_back_as_excel_reads_it(folder: Path) -> None:
    target = folder.parent / "overzicht.csv"
    result = run_cli("overzicht", folder, "--datum", DAY, "-o", target)
    assert result.exit_code == 2
    rows = read_csv(target.read_bytes())
    header, *body, totals = rows
    document = overview_json(folder)
    assert len(body) == len(document["plans"]) == 6
    assert all(len(row) == len(header) for row in rows)
    column = {name: i for i, name in enumerate(header)}
    assert "Beïnvloedende factoren (%)" in column  # the accent survived
    for row, plan in zip(body, document["plans"], strict=True):
        assert row[column["Bestand"]] == plan["file"]
        if not plan["valid"]:
            assert row[column["Kan niet gelezen worden"]] == plan["error"]
            assert row[column["Titel"]] == ""
            continue
        assert row[column["Titel"]] == plan["title"]
        assert row[column["Start"]] == plan["period"]["start"]
        dt.date.fromisoformat(row[column["Eind"]])
        if plan["waiting"]:  # a fout is open: no score, the fout in words instead
            assert "wacht tot de fout is opgelost" in row[column["Quickscan (%)"]]
            assert row[column["Licht"]] == row[column["Borging (%)"]] == ""
            assert row[column["Fouten in woorden"]] == " ".join(plan["errors"])
        else:
            assert int(row[column["Quickscan (%)"]]) == plan["score"]
            assert row[column["Licht"]] == plan["light"]
            assert int(row[column["Borging (%)"]]) == plan["areas"][-1]["score"]
        assert int(row[column["Fouten"]]) == plan["counts"]["fout"]
        assert int(row[column["Te laat"]]) == plan["activities"]["late"]
        share = dutch_number(row[column["Gereed (%)"]])
        assert share == pytest.approx(plan["activities"]["share_done"] * 100, abs=0.05)
        assert int(row[column["KPI's achter"]]) == plan["kpis"]["behind"]
    assert totals[column["Titel"]] == "Totaal: 6 plannen, waarvan 1 niet te lezen"
    mean = dutch_number(totals[column["Quickscan (%)"]])
    assert mean == pytest.approx(document["totals"]["mean_score"], abs=0.05)
    assert "," in totals[column["Quickscan (%)"]]  # a decimal comma, never a point
    assert int(totals[column["Fouten"]]) == document["totals"]["counts"]["fout"]


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x";"klik")', "+31 20 123", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "  =1+1"],
)
def test_a_cell_that_a_spreadsheet_would_run_is_text(text: str) -> None:
    shown = spreadsheet_text(text)
    assert shown.startswith("'")
    assert "\t" not in shown and "\r" not in shown


def test_formula_injection_from_a_plan_is_defused(tmp_path: Path) -> None:
    source = (VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "=cmd.yaml"
    plan.write_text(
        source.replace(
            "titel: Het Goede Gesprek in Bremmerveen — invoering 2026–2027",
            'titel: \'=HYPERLINK("http://evil.example";"Klik")\'',
        ).replace(
            "organisatie: Welzijn Bremmerveen", "organisatie: '@SUM(1+1)*cmd|'' /C calc''!A0'"
        ),
        encoding="utf-8",
    )
    done = impl_here("overzicht", plan.name, "--formaat", "csv", "--datum", DAY, cwd=tmp_path)
    assert done.returncode == 0, as_text(done.stderr)
    _, row, _ = read_csv(done.stdout)
    title, organisation, file = row[1:4]
    assert title == '\'=HYPERLINK("http://evil.example";"Klik")'
    assert organisation.startswith("'@SUM")
    assert file == "'=cmd.yaml"
    for cell in row:
        assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), cell


# --- hostile text in every format ---------------------------------------------------------------


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "vijandig"
    folder.mkdir()
    plan = hostile_plan(folder)
    plan.write_text(
        plan.read_text(encoding="utf-8").replace('"::warning::k\\u202e": 1\n', ""),
        encoding="utf-8",
    )
    broken = hostile_plan(folder, "kapot.yaml")  # keeps the hostile key: cannot be read
    assert broken.exists()
    return folder


@pytest.mark.parametrize("medium", ["tekst", "json", "csv", "md", "html"])
def test_hostile_plan_text_is_inert_in_every_format(hostile_folder: Path, medium: str) -> None:
    done = impl_here("overzicht", hostile_folder, "--formaat", medium, "--datum", DAY)
    assert done.returncode == 2, as_text(done.stderr)
    assert_inert(done.stdout.replace(b"\r\n", b"\n") if medium == "csv" else done.stdout)
    assert_inert(done.stderr)
    out = as_text(done.stdout)
    if medium == "json":
        plans = json.loads(out)["plans"]
        title = next(p["title"] for p in plans if p["valid"])
        assert title.startswith("Goed\n::error::titel ##[add-mask]geheim \x1b]0;pwned\x07")
        assert "\u202eRLO" in title
        broken = next(p for p in plans if not p["valid"])
        assert "k\u202e" in broken["error"]
    else:
        assert "U+202E" in out
    if medium == "md":
        tokens = tokens_of(out)
        check_tables(out, tokens)
        check_no_html(out, tokens)
    if medium == "html":
        # The mark is text on the page: a bare `<U+001B>` would be read as a tag.
        assert "<script" not in out and "&lt;U+001B&gt;" in out and "<U+" not in out


def test_hostile_text_keeps_the_markdown_table_whole() -> None:
    rows = [
        Row(
            file="a|b.yaml",
            title="| kop | \n# Kop\n<script>x</script> [link](http://x) ``` ~~~",
            organisation="**vet** <b>",
            score=50,
            light="rood",
        )
    ]
    from impltool.overview.markdown import markdown_text

    text = markdown_text(build_overview(rows, dt.date(2026, 11, 24)))
    tokens = tokens_of(text)
    check_tables(text, tokens)
    check_no_html(text, tokens)


# --- HTML in a real browser ----------------------------------------------------------------------


def test_the_html_is_one_self_contained_dutch_page(folder: Path) -> None:
    target = folder.parent / "overzicht.html"
    run_cli("overzicht", folder, "--datum", DAY, "-o", target)
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    assert "<script" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert page.count("<tr") == 1 + 6 + 1  # header, a row per plan, totals


@pytest.mark.browser
def test_the_html_in_the_browser(folder: Path, hostile_folder: Path) -> None:
    for source, name in ((folder, "overzicht.html"), (hostile_folder, "vijandig.html")):
        page = folder.parent / name
        run_cli("overzicht", source, "--datum", DAY, "-o", page)
        measured = measure(BROWSER, page)
        assert measured["errors"] == [] and measured["console"] == []
        assert measured["scrollWidth"] <= measured["clientWidth"], measured["wide"]


def test_hostile_title_in_html_is_escaped_text(hostile_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "o.html"
    impl_here("overzicht", hostile_folder, "-o", target, "--datum", DAY)
    page = target.read_text(encoding="utf-8")
    assert HOSTILE.split("\\n")[0] in page
    assert "##&#91;add-mask]" in page


def test_the_printed_overview_speaks_to_a_reader(folder: Path) -> None:
    target = folder.parent / "overzicht.html"
    run_cli("overzicht", folder, "--datum", DAY, "-o", target)
    page = target.read_text(encoding="utf-8")
    visible = re.sub(r"<[^>]+>", " ", page.split("</style>", 1)[1])
    assert "`" not in visible  # a key in a message is quoted, not marked as code
    assert "‘" in visible  # the unreadable plan's message names its key in quotes
    assert not re.search(r"\bimpl\b", visible)
    # The plan's title reads larger than its file name, on screen and on paper.
    assert "tbody th strong { font-size: 1.1em; }" in page
    assert re.search(r"\.klein \{[^}]*font-size: 0\.\d+em", page)


def test_a_column_counts_the_kpis_whose_meting_is_overdue(tmp_path: Path) -> None:
    # The plan in progress measures its three KPIs every half year; the last metingen are of
    # 31 October 2026, so by mid-June 2027 (term plus a month) all three are overdue.
    plan = VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"
    for day, late in (("2027-05-15", 0), ("2027-06-15", 3)):
        result = run_cli("overzicht", plan, "--datum", day, "-f", "json")
        (row,) = json.loads(result.stdout)["plans"]
        assert row["measuring_late"] == late
    target = tmp_path / "o.html"
    run_cli("overzicht", plan, "--datum", "2027-06-15", "-o", target)
    page = target.read_text(encoding="utf-8")
    assert '<th scope="col" class="getal">Meting te laat</th>' in page
    assert '<td class="getal aandacht">3</td>' in page
    text = run_cli("overzicht", plan, "--datum", "2027-06-15").stdout
    assert "; 3 metingen te laat" in text


def test_a_new_column_is_one_entry_that_every_table_format_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from impltool.overview import columns
    from impltool.overview.html import html_text
    from impltool.overview.markdown import markdown_text
    from impltool.overview.spreadsheet import csv_bytes

    tips = columns.Column(
        "Tips", lambda r: columns.Count(r.tips, True), lambda t: columns.Count(t.tips), numeric=True
    )
    monkeypatch.setattr(columns, "AFTER_AREAS", (*columns.AFTER_AREAS, tips))
    rows = [
        _row("een", score=80, light="oranje", tips=3),
        _row("twee", score=90, light="groen", tips=0),
    ]
    overview = build_overview(rows, dt.date(2026, 11, 24))

    header, first, second, totals = read_csv(csv_bytes(overview))
    assert (header[-1], first[-1], second[-1], totals[-1]) == ("Tips", "3", "0", "3")
    table = [line for line in markdown_text(overview).splitlines() if line.startswith("|")]
    assert table[0].endswith("| Tips |") and table[1].endswith("|---:|")
    assert [line.rsplit("|", 2)[1].strip() for line in table[2:]] == ["3", "0", "3"]
    page = html_text(overview)
    assert '<th scope="col" class="getal">Tips</th>\n</tr></thead>' in page
    assert '<td class="getal aandacht">3</td>\n</tr>' in page  # a count that asks for attention
    assert '<td class="getal">0</td>\n</tr>' in page
