"""`impl render`: what a user sees when turning a plan into a document.

Covers the command (output, files, dates, quickscan) and own templates (`--sjabloon`),
including templates that are broken or hostile.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import VOORBEELDEN, run_cli
from impltool.plan.load import load_plan
from impltool.quickscan.scan import scan_plan
from markdown_checks import SECTION_ORDER

PLAN = """\
formaat: 1
titel: Samen Sterk in Oost
rol: uitvoerende_organisatie
periode: {start: 2025-03-01, eind: 2026-12-31}
interventie:
  naam: Samen Sterk
  probleem: Ouderen in Oost voelen zich eenzaam.
  beschrijving: Vrijwilligers bezoeken ouderen thuis. Ze verbinden hen met de buurt.
  werkzame_elementen: [vast huisbezoek]
  aanpasbaar: [frequentie]
doelen:
  - {id: D1, wat: minder eenzaamheid, bij_wie: 200 ouderen, waar: Oost, wanneer: 2026-12-31}
team:
  - {naam: Anna, rol: projectleider, competenties: [leiderschap]}
doelgroepen:
  - id: ouderen
    naam: Ouderen in Oost
    type: profijtgroep
    kanalen: [{naam: huisbezoek, soort: persoonlijk}]
    boodschap: Er komt iemand langs.
factoren:
  - {item: org.commitment, oordeel: belemmerend, toelichting: Het MT twijfelt.}
fasen:
  weten:
    - id: A1
      wat: Startbijeenkomst met het MT
      soort: kickoff
      wie: Anna
      start: 2025-03-10
      eind: 2025-03-10
      adresseert: [org.commitment]
  doen:
    - {id: A2, wat: Training vrijwilligers, soort: training, wie: Anna,
       start: 2025-05-01, eind: 2025-06-30, sessies: 3}
kpis:
  - {id: K1, naam: Bezochte ouderen, doel: D1, streefwaarde: 200, eenheid: ouderen,
     metingen: [{datum: 2025-09-01, waarde: 80}]}
"""

# What a plan without evaluation, borging or bijstellingen shows.
SECTIONS_IN_ORDER = SECTION_ORDER[: SECTION_ORDER.index("Tijdlijn") + 1]


def headings(markdown: str, level: int) -> list[str]:
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    return [
        tokens[i + 1].content
        for i, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag == f"h{level}"
    ]


VOORBEELD = VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml"


@pytest.fixture
def plan(write_plan) -> Path:
    return write_plan(PLAN)


def render(*args: str | os.PathLike[str]):
    result = run_cli("render", *args)
    assert result.exception is None, result.exception
    return result


# --- the command --------------------------------------------------------------------------


def test_the_document_goes_to_standard_output_in_the_order_of_the_issue(plan: Path) -> None:
    result = render(plan, "--datum", "2026-11-24")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert headings(result.stdout, 1) == ["Samen Sterk in Oost"]
    assert headings(result.stdout, 2) == SECTIONS_IN_ORDER
    assert "- **Datum:** 24 november 2026" in result.stdout
    assert "1 maart 2025 tot en met 31 december 2026" in result.stdout
    assert result.stdout.endswith("\n") and not result.stdout.endswith("\n\n")


def test_phase_names_are_headings_and_only_phases_with_activities_show(plan: Path) -> None:
    shown = render(plan, "--datum", "2026-11-24").stdout
    assert headings(shown, 3)[-2:] == ["Fase 1: Weten", "Fase 4: Doen"]
    assert "Fase 2" not in shown


def test_a_hindering_factor_lists_the_activities_that_answer_it(plan: Path) -> None:
    shown = render(plan).stdout.split("### Wat remt, en wat we eraan doen", 1)[1]
    row = next(line for line in shown.splitlines() if line.startswith("| Staan zowel"))
    assert "A1 Startbijeenkomst met het MT (fase 1)" in row


def test_a_hindering_factor_nothing_answers_gets_the_toolkit_suggestions(write_plan) -> None:
    plan = write_plan(PLAN.replace("adresseert: [org.commitment]", "adresseert: []"))
    shown = render(plan).stdout.split("### Wat remt, en wat we eraan doen", 1)[1]
    row = next(line for line in shown.splitlines() if line.startswith("| Staan zowel"))
    assert "Nog geen activiteit. Passend volgens de toolkit: startbijeenkomst" in row


def test_the_timeline_is_a_mermaid_gantt_with_a_section_per_phase(plan: Path) -> None:
    shown = render(plan).stdout
    block = shown.split("```mermaid\n", 1)[1].split("```", 1)[0]
    assert "gantt" in block.splitlines()
    assert "    section Fase 1 Weten" in block
    assert "    A1 Startbijeenkomst met het MT :milestone, 2025-03-10, 0d" in block
    # Plan dates are inclusive, Mermaid's end is exclusive: 30 June becomes 1 July.
    assert "    A2 Training vrijwilligers :2025-05-01, 2025-07-01" in block


def test_output_file_is_written_with_a_message_on_stderr(plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    result = render(plan, "-o", target, "--datum", "2026-11-24")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "Document geschreven naar" in result.stderr
    text = target.read_text(encoding="utf-8")
    assert text == render(plan, "--datum", "2026-11-24").stdout
    assert text.endswith("\n")


def test_output_into_a_missing_folder_is_refused(plan: Path, tmp_path: Path) -> None:
    result = render(plan, "-o", tmp_path / "nergens" / "plan.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("fout: ")
    assert "bestaat niet" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["plan.yaml", "ander.yml"])
def test_output_onto_a_plan_file_is_refused(plan: Path, name: str) -> None:
    before = plan.read_text(encoding="utf-8")
    result = render(plan, "-o", plan.parent / name)
    assert result.exit_code == 2
    assert "fout: " in result.stderr
    assert plan.read_text(encoding="utf-8") == before


def test_a_crash_while_writing_leaves_the_old_document_whole(
    plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.md"
    before = "vorige versie\n\n*Gemaakt met impl uit plan.yaml, 1 september 2026.*\n"
    target.write_text(before, encoding="utf-8")

    def crash(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("impltool.writing.os.replace", crash)
    result = render(plan, "-o", target)
    assert result.exit_code == 2
    assert "kan niet schrijven" in result.stderr
    assert target.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.md", "plan.yaml"]


def test_a_broken_plan_names_file_line_and_column(write_plan) -> None:
    plan = write_plan(
        "formaat: 1\ntitel: x\ninterventie:\n  naam: y\n  sort: werkwijze\nfasen: {}\n"
    )
    result = render(plan)
    assert result.exit_code == 2
    assert f"{plan}:5:3: fout: " in result.stderr
    assert result.stdout == ""


def test_a_missing_plan_is_an_input_error(tmp_path: Path) -> None:
    result = render(tmp_path / "weg.yaml")
    assert result.exit_code == 2
    assert "bestaat niet" in result.stderr


def test_a_wrong_date_is_a_usage_error(plan: Path) -> None:
    result = render(plan, "--datum", "24-11-2026")
    assert result.exit_code == 2
    assert "JJJJ-MM-DD" in result.stderr


def test_importing_the_cli_does_not_load_jinja() -> None:
    code = "import sys, impltool.cli; print('jinja2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- --met-quickscan ----------------------------------------------------------------------


def test_without_the_option_there_is_no_quickscan(plan: Path) -> None:
    assert "Quickscan" not in render(plan).stdout


def test_the_summary_shows_area_scores_and_top_findings(plan: Path) -> None:
    shown = render(plan, "--met-quickscan", "--datum", "2026-11-24").stdout
    summary = shown.split("## Samenvatting", 1)[1].split("\n## ", 1)[0]
    assert "### Quickscan" in summary
    assert "Totaalscore: **" in summary
    for area in ["Doelen", "Betrokkenen en team", "Communicatie", "Borging"]:
        assert f"| {area} | " in summary
    findings = [line for line in summary.splitlines() if line.startswith("- **")]
    assert 1 <= len(findings) <= 5 + 3  # the findings, after the top three risks
    prose = shown.split("```mermaid")[0] + shown.split("```\n", 2)[-1]
    assert "`" not in prose  # no tool jargon: no code, commands or keys for the reader
    assert "impl check" not in shown


def test_checklist_items_are_named_by_their_question_not_their_id(tmp_path: Path) -> None:
    text = (VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml").read_text(encoding="utf-8")
    unassessed = tmp_path / "plan.yaml"
    unassessed.write_text(text.replace("item: org.visie_missie", "item: eigen_factor"), "utf-8")
    shown = render(unassessed, "--met-quickscan", "--datum", "2026-11-24").stdout
    summary = shown.split("## Samenvatting", 1)[1].split("\n## ", 1)[0]
    assert "Past de interventie bij de visie en missie van de organisatie?" in summary
    assert "org.visie" not in summary


def test_the_date_is_also_the_quickscan_date(plan: Path) -> None:
    # A2 ends on 30 June 2025 and is not done: overdue only when judged after that day.
    loaded = load_plan(plan)
    summaries = []
    for day in ("2025-06-01", "2026-11-24"):
        shown = render(plan, "--met-quickscan", "--datum", day).stdout
        result = scan_plan(loaded, dt.date.fromisoformat(day))
        assert f"Totaalscore: **{result.overall} %**" in shown
        summaries.append(shown.split("### Quickscan", 1)[1])
    assert summaries[0] != summaries[1]


# --- own templates ------------------------------------------------------------------------


def template_dir(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "huisstijl"
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def test_a_missing_template_folder_is_refused(plan: Path, tmp_path: Path) -> None:
    result = render(plan, "--sjabloon", tmp_path / "geen")
    assert result.exit_code == 2
    assert "sjabloonmap bestaat niet" in result.stderr


def test_a_template_folder_without_anything_impl_uses_is_refused(
    plan: Path, tmp_path: Path
) -> None:
    folder = template_dir(tmp_path, {"leesmij.txt": "x"})
    result = render(plan, "--sjabloon", folder)
    assert result.exit_code == 2
    assert "niets wat impl gebruikt" in result.stderr
    assert "plan.md.j2" in result.stderr and "huisstijl.css" in result.stderr


def test_a_template_that_is_not_utf8_is_named(plan: Path, tmp_path: Path) -> None:
    # Read when asked for (issue 12): here the main template includes it.
    folder = template_dir(tmp_path, {"plan.md.j2": '{% include "onderdelen/kop.md.j2" %}'})
    (folder / "onderdelen").mkdir()
    (folder / "onderdelen" / "kop.md.j2").write_bytes("# Caf\u00e9\n\n# \u00e9\n".encode("cp1252"))
    result = render(plan, "--sjabloon", folder)
    assert result.exit_code == 2
    assert result.stderr == (
        f"fout: {folder / 'onderdelen' / 'kop.md.j2'}:1: dit sjabloon is geen UTF-8; "
        "sla het op als UTF-8\n"
    )


def test_a_house_style_can_replace_one_block_of_the_built_in_document(
    plan: Path, tmp_path: Path
) -> None:
    folder = template_dir(
        tmp_path,
        {
            "plan.md.j2": '{% extends "ingebouwd/plan.md.j2" %}\n'
            "{% block kop %}# Gemeente Oost | {{ plan.titel | md }}\n{% endblock %}\n"
        },
    )
    shown = render(plan, "--sjabloon", folder).stdout
    assert shown.startswith("# Gemeente Oost | Samen Sterk in Oost\n")
    assert headings(shown, 2) == SECTIONS_IN_ORDER


def test_a_misspelled_block_in_a_house_style_is_named_not_ignored(
    plan: Path, tmp_path: Path
) -> None:
    folder = template_dir(
        tmp_path,
        {
            "plan.md.j2": '{% extends "ingebouwd/plan.md.j2" %}\n'
            "{% block kopje %}# Gemeente Oost\n{% endblock %}\n"
        },
    )
    result = render(plan, "--sjabloon", folder)
    assert result.exit_code == 2
    assert f"{folder / 'plan.md.j2'}:2: het blok 'kopje' bestaat niet" in result.stderr
    assert "kies uit: kop, samenvatting" in result.stderr


def test_a_house_style_can_replace_one_section(plan: Path, tmp_path: Path) -> None:
    folder = template_dir(
        tmp_path,
        {
            "plan.md.j2": '{% extends "ingebouwd/plan.md.j2" %}'
            "{% block tijdlijn %}## Planning\n\nZie de bijlage.\n{% endblock %}",
        },
    )
    shown = render(plan, "--sjabloon", folder).stdout
    assert "## Planning\n\nZie de bijlage." in shown
    assert "mermaid" not in shown
    assert "## Doelen en KPI's" in shown


@pytest.mark.parametrize(
    ("template", "line", "message"),
    [
        ("# {{ plan.titel }}\n\n{{ organisatie }}\n", 3, "onbekende naam 'organisatie'"),
        ("# x\n{{ plan.interventie.kleur }}\n", 2, "onbekend veld 'kleur'"),
        ("# x\n{{ plan.borging.financiering }}\n", 2, "gevraagd van iets dat leeg is"),
        ("# x\n\n{% for a in fasen %}\n{% endfo %}\n", 4, "fout in het sjabloon"),
        ("# x\n\n{{ opmaak('{} {}', 1) }}\n", 3, "het patroon heeft 2 keer {}"),
        ("{% include 'weg.md.j2' %}\n", 1, "sjabloon 'weg.md.j2' niet gevonden"),
    ],
)
def test_template_errors_name_the_template_file_and_line(
    plan: Path, tmp_path: Path, template: str, line: int, message: str
) -> None:
    folder = template_dir(tmp_path, {"plan.md.j2": template})
    result = render(plan, "--sjabloon", folder)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"fout: {folder / 'plan.md.j2'}:{line}: "), result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_an_error_in_an_included_template_names_that_template(plan: Path, tmp_path: Path) -> None:
    folder = template_dir(
        tmp_path,
        {
            "plan.md.j2": '{% extends "ingebouwd/plan.md.j2" %}'
            '{% block borging %}{% include "onderdelen/borging.md.j2" %}{% endblock %}',
            "onderdelen/borging.md.j2": "## Borging\n\n{{ borging.geld }}\n",
        },
    )
    result = render(plan, "--sjabloon", folder)
    assert result.exit_code == 2
    part = folder / "onderdelen" / "borging.md.j2"
    assert result.stderr.startswith(f"fout: {part}:3: onbekende naam 'borging'")


def test_a_failed_render_leaves_an_existing_document_alone(plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    target.write_text("vorige versie\n", encoding="utf-8")
    folder = template_dir(tmp_path, {"plan.md.j2": "{{ weg }}"})
    assert render(plan, "--sjabloon", folder, "-o", target).exit_code == 2
    assert target.read_text(encoding="utf-8") == "vorige versie\n"


@pytest.mark.parametrize(
    "expression",
    [
        "plan.__class__.__mro__",
        "plan.doelen.append(1)",
        "'x' * 10**9",
        "10**9 * 'x'",
        "[1] * 10**9",
        "10 ** (10 ** 8)",
        "'x' | center(10**9)",
        "'x'.ljust(10**9)",
        "'{:>999999999}'.format(1)",
        "'%999999999d' % 1",
        "'%999999999s' | format(1)",
        "lipsum(10**9)",
    ],
)
def test_a_hostile_template_is_stopped_quickly(plan: Path, tmp_path: Path, expression: str) -> None:
    folder = template_dir(tmp_path, {"plan.md.j2": "# x\n{{ " + expression + " }}\n"})
    started = time.monotonic()
    result = render(plan, "--sjabloon", folder)
    assert time.monotonic() - started < 5
    assert result.exit_code == 2
    assert result.stderr.startswith(f"fout: {folder / 'plan.md.j2'}:2: "), result.stderr


def test_a_template_that_writes_too_much_is_cut_off(
    plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("impltool.render.engine.MAX_OUTPUT_CHARS", 10_000)
    folder = template_dir(
        tmp_path, {"plan.md.j2": "{% for i in range(100000) %}{{ 'regel' }}\n{% endfor %}"}
    )
    result = render(plan, "--sjabloon", folder)
    assert result.exit_code == 2
    assert "te veel tekst" in result.stderr


def test_a_template_that_extends_itself_gets_a_hint(plan: Path, tmp_path: Path) -> None:
    folder = template_dir(tmp_path, {"plan.md.j2": '{% extends "plan.md.j2" %}'})
    result = render(plan, "--sjabloon", folder)
    assert result.exit_code == 2
    assert "ingebouwd/plan.md.j2" in result.stderr


# --- formats ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (["--formaat", "html"], "<!DOCTYPE html>"),
        (["--formaat", "md"], "# Samen Sterk in Oost"),
        ([], "# Samen Sterk in Oost"),
    ],
)
def test_the_format_decides_what_goes_to_the_screen(plan: Path, args, starts: str) -> None:
    result = render(plan, *args)
    assert result.exit_code == 0 and result.stdout.startswith(starts)


@pytest.mark.parametrize(
    ("name", "magic"), [("plan.html", b"<!DOCTYPE html>"), ("plan.docx", b"PK"), ("plan.md", b"#")]
)
def test_the_suffix_of_the_output_decides_the_format(
    plan: Path, tmp_path: Path, name: str, magic: bytes
) -> None:
    assert render(plan, "-o", tmp_path / name).exit_code == 0
    assert (tmp_path / name).read_bytes().startswith(magic)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--formaat", "odt"], "--formaat odt: dat formaat ken ik niet; kies uit md, html, docx"),
        (["--formaat", "docx", "-o", "plan.html"], "plan.html: de naam eindigt niet op .docx"),
        (["-o", "plan.odt"], "plan.odt: aan de naam zie ik niet welk soort document je wilt"),
    ],
)
def test_a_format_that_cannot_be_is_refused_before_anything_is_written(
    plan: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    args = [str(tmp_path / a) if a.startswith("plan.") else a for a in args]
    before = sorted(tmp_path.iterdir())
    result = render(plan, *args)
    assert result.exit_code == 2
    assert message in result.stderr.replace(str(tmp_path) + os.sep, "")
    assert sorted(tmp_path.iterdir()) == before


def test_a_plan_with_errors_is_rendered_with_a_warning(write_plan, tmp_path: Path) -> None:
    broken = write_plan(PLAN.replace("adresseert: [org.commitment]", "adresseert: [org.weg]"))
    result = render(broken, "-o", tmp_path / "plan.html", "--datum", "2026-11-24")
    assert result.exit_code == 0
    assert "let op: de quickscan vindt 1 fout" in result.stderr
    assert (tmp_path / "plan.html").is_file()
    shown = render(broken, "--met-quickscan", "--datum", "2026-11-24").stdout
    summary = shown.split("### Quickscan", 1)[1].split("\n## ", 1)[0]
    assert summary.index("Nog geen score") < summary.index("Belangrijkste andere bevindingen")
    assert "Totaalscore" not in summary and " %" not in summary  # no grade while a fout is open
    assert "🟢" not in summary and " groen |" not in summary


def test_only_word_loads_python_docx() -> None:
    code = (
        "import sys, datetime as dt\n"
        "from impltool.plan.load import load_plan\n"
        "from impltool.render import render_document\n"
        f"loaded = load_plan({str(VOORBEELD)!r})\n"
        "for medium in ('md', 'html'):\n"
        "    render_document(loaded, dt.date(2026, 11, 24), medium)\n"
        "print('docx' in sys.modules)\n"
        "render_document(loaded, dt.date(2026, 11, 24), 'docx')\n"
        "print('docx' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


@pytest.mark.parametrize("medium", ["md", "html"])
def test_the_title_block_names_organisation_author_version_and_looptijd_once(
    write_plan, medium: str
) -> None:
    extra = 'organisatie: Welzijn Oost\nauteur: Anna de Vries\nversie: "2.1"\n'
    shown = render(
        write_plan(PLAN.replace("interventie:\n", extra + "interventie:\n", 1)),
        "--formaat",
        medium,
        "--datum",
        "2026-11-24",
    ).stdout
    for text in ("Welzijn Oost", "Anna de Vries", "versie 2.1, 24 november 2026"):
        assert text in shown
    assert shown.count("Looptijd") == 1
    assert "Opgesteld door" not in shown


def test_the_timing_keys_of_version_3_load_and_show_in_the_document(write_plan) -> None:
    # A formaat: 1 plan with the optional keys of catalogue v3: a goal's and a factor's
    # doelgroepen, a KPI's start, and the kind uitrol.
    text = (
        PLAN.replace(
            "wanneer: 2026-12-31}",
            "wanneer: 2026-12-31, doelgroepen: [ouderen]}",
        )
        .replace(
            "toelichting: Het MT twijfelt.}",
            "toelichting: Het MT twijfelt., tot: 2025-04-30, doelgroepen: [ouderen]}",
        )
        .replace("eenheid: ouderen,", "eenheid: ouderen, nulmeting: 0, start: 2025-06-01,")
        .replace(
            "start: 2025-05-01, eind: 2025-06-30, sessies: 3}",
            "start: 2025-05-01, eind: 2025-06-30, sessies: 3}\n"
            "    - {id: A3, wat: Alle vrijwilligers aan de slag, soort: uitrol, wie: Anna,"
            " start: 2025-07-01, doelgroepen: [ouderen]}",
        )
    )
    assert text.count("doelgroepen: [ouderen]") == 3 and "soort: uitrol" in text
    shown = render(write_plan(text), "--datum", "2025-09-30").stdout
    assert "**Doelgroepen:** Ouderen in Oost" in shown  # beside bij_wie
    assert "tot 30 april 2025, voor Ouderen in Oost" in shown  # the factor's tot and groups
    assert "op 1 jun 2025" in shown  # the KPI's start beside its nulmeting
    assert "Alle vrijwilligers aan de slag" in shown


def test_an_own_hindering_factor_without_work_says_so_without_toolkit_advice(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "formaat: 1\ntitel: Test\ninterventie:\n  naam: Buurtgezinnen\n"
        "periode: {start: 2026-01-01, eind: 2027-12-31}\n"
        "factoren:\n  - {id: F1, domein: gebruikers, omschrijving: Buurtwerkers hebben weinig "
        "tijd, oordeel: belemmerend}\nfasen:\n  weten: []\n",
        encoding="utf-8",
    )

    result = run_cli("render", plan, "--datum", "2026-11-24")

    assert result.exit_code == 0, result.stderr
    assert "| Buurtwerkers hebben weinig tijd | **Nog geen activiteit** |" in result.stdout
    assert "Passend volgens de toolkit" not in result.stdout
