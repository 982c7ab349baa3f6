"""The progress report as a document for director, wethouder or funder: Markdown, HTML opened
in a real browser, and Word read back as Word sees it. Hostile plan text stays text."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from browser import find_browser, measure, print_pages
from conftest import VOORBEELDEN, run_cli

IN_PROGRESS = VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"
DAY = "2026-11-29"
BROWSER = find_browser()
# After the first page, the three W's of a municipal report, then the steering.
SECTIONS = [
    "In het kort",
    "Wat willen we bereiken: doelen en KPI's",
    "Wat gaan we doen",
    "Wat mag het kosten: begroot en besteed",
    "Bijsturen",
]
JARGON = ("`", "impl check", "formaat:", "negeer", "KPI-05", "status:", "huidige_fase")


def report(tmp_path: Path, name: str, plan: Path = IN_PROGRESS, *extra: str) -> Path:
    target = tmp_path / name
    result = run_cli("voortgang", plan, "--datum", DAY, "-o", target, *extra)
    assert result.exit_code == 0, result.output
    return target


def test_markdown_starts_with_a_page_of_headlines(tmp_path: Path) -> None:
    text = report(tmp_path, "r.md", IN_PROGRESS, "--sinds", "2026-09-01").read_text("utf-8")
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    since = "Wat er veranderde sinds 1 september 2026"
    assert headings == [*SECTIONS[:4], since, "Bijsturen"]
    headlines = text.split("## Wat willen we bereiken")[0]
    assert "10 van de 21 gereed (48 %)" in headlines
    assert "2 op koers en 1 loopt achter" in headlines
    assert "60 dagen over de einddatum" in headlines
    for word in JARGON:
        assert word not in text, word


def test_markdown_shows_each_kpi_s_metingen_beside_the_line(tmp_path: Path) -> None:
    text = report(tmp_path, "r.md").read_text("utf-8")
    k2 = text.split("**K2 Bezochte huishoudens** (loopt achter)")[1].split("**K3")[0]
    assert "| 31 okt 2026 | 48 | 139 |" in k2  # measured, and what the line expected that day


@pytest.mark.browser
def test_html_opens_in_a_browser_with_a_chart_per_kpi(tmp_path: Path) -> None:
    page = report(tmp_path, "r.html")
    html = page.read_text("utf-8")
    assert '<html lang="nl">' in html and "<script" not in html
    assert html.count('<svg class="kpi"') == 3
    assert 'aria-label="K2 Bezochte huishoudens: loopt achter;' in html
    measured = measure(BROWSER, page)  # type: ignore[arg-type]
    assert measured["console"] == []
    assert measured["scrollWidth"] <= 1280
    pages = print_pages(BROWSER, page)  # type: ignore[arg-type]
    assert 3 <= pages <= 12


def test_word_has_headings_charts_with_alt_text_and_repeating_table_headers(
    tmp_path: Path,
) -> None:
    document = docx.Document(str(report(tmp_path, "r.docx")))
    level1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert level1 == SECTIONS
    pictures = document.inline_shapes
    assert len(pictures) == 3  # one chart per KPI
    descriptions = [shape._inline.docPr.get("descr") for shape in pictures]
    assert descriptions[1].startswith("K2 Bezochte huishoudens: loopt achter")
    for table in document.tables:
        assert table.rows[0]._tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    with zipfile.ZipFile(tmp_path / "r.docx") as package:
        images = [n for n in package.namelist() if n.startswith("word/media/")]
        assert len(images) == 3
        assert all(package.read(n).startswith(b"\x89PNG") for n in images)
    text = "\n".join(p.text for p in document.paragraphs)
    for word in JARGON:
        assert word not in text, word


@pytest.mark.parametrize("name", ["r.md", "r.html", "r.txt"])
def test_only_word_loads_pillow_and_python_docx(tmp_path: Path, name: str) -> None:
    """`-X importtime` lists every module a run imports: the heavy ones only for Word."""
    import subprocess
    import sys

    command = [sys.executable, "-X", "importtime", "-m", "impltool", "voortgang", IN_PROGRESS]
    shown = subprocess.run(
        [*command, "-o", tmp_path / name], capture_output=True, text=True, check=True
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in shown.stderr.splitlines()}
    assert "PIL" not in imported and "docx" not in imported
    assert "impltool.progress.state" in imported  # the probe does see impl's own imports


HOSTILE = """\
formaat: 1
titel: "Plan \\e[31mROOD <script>alert(1)</script>"
periode: {start: 2026-01-01, eind: 2026-12-31}
interventie: {naam: "Hulp | `x` </svg><b>vet</b>", soort: werkwijze}
fasen:
  doen:
    - {id: "A1\\u202e", wat: "::error::gehackt", wie: "<img src=x onerror=alert(1)>",
       start: 2026-02-01, eind: 2026-03-01, status: bezig}
kpis:
  - {id: K1, naam: "</title><script>x</script>", doel: D1, nulmeting: 0, streefwaarde: 10,
     deadline: 2026-12-01, eenheid: "\\u0007bel", metingen: [{datum: 2026-06-01, waarde: 1}]}
bijstellingen:
  - {datum: 2026-05-01, aanleiding: "##[error]nee", besluit: "=HYPERLINK(\\"x\\")"}
"""


@pytest.mark.parametrize("name", ["r.txt", "r.json", "r.md", "r.html", "r.docx"])
def test_hostile_plan_text_cannot_act_in_any_format(tmp_path: Path, name: str) -> None:
    plan = tmp_path / "vijandig.yaml"
    plan.write_text(HOSTILE, encoding="utf-8")
    result = run_cli("voortgang", plan, "--datum", "2026-07-01", "-o", tmp_path / name)
    assert result.exit_code == 0, result.output
    if name.endswith(".docx"):
        with zipfile.ZipFile(tmp_path / name) as package:
            data = package.read("word/document.xml").decode("utf-8")
        assert "<script" not in data and "\x1b" not in data and "\u202e" not in data
        return
    data = (tmp_path / name).read_text("utf-8")
    assert "\x1b" not in data and "\x07" not in data and "\u202e" not in data
    assert not re.search(r"^\s*::error", data, re.MULTILINE)
    assert "##[error]" not in data
    if name.endswith(".html"):
        assert "<script" not in data and "<img" not in data and "<b>vet" not in data
        assert "</svg><b>" not in data
    if name.endswith(".md"):
        assert not re.search(r"(?<!\\)<(script|img)", data)  # \< is a literal < in Markdown


def test_a_house_style_dresses_the_report_and_may_fill_its_block(tmp_path: Path) -> None:
    style = tmp_path / "huisstijl"
    style.mkdir()
    (style / "huisstijl.css").write_text("h1 { color: rebeccapurple; }", encoding="utf-8")
    (style / "voortgang.html.j2").write_text(
        '{% extends "ingebouwd/voortgang.html.j2" %}\n'
        "{% block voortgang %}<p>Kwartaal 4</p>{{ super() }}{% endblock %}\n",
        encoding="utf-8",
    )
    html = report(tmp_path, "r.html", IN_PROGRESS, "--sjabloon", str(style)).read_text("utf-8")
    assert "rebeccapurple" in html
    assert html.index("<p>Kwartaal 4</p>") < html.index("In het kort")
    (style / "voortgang.html.j2").write_text(
        '{% extends "ingebouwd/voortgang.html.j2" %}\n{% block voortgan %}{% endblock %}\n',
        encoding="utf-8",
    )
    result = run_cli("voortgang", IN_PROGRESS, "-o", tmp_path / "s.html", "--sjabloon", style)
    assert result.exit_code == 2
    assert "het blok 'voortgan' bestaat niet" in result.stderr


def test_one_kpi_and_one_running_phase_read_as_plain_dutch(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "formaat: 1\ntitel: Proef\nperiode: {start: 2026-01-01, eind: 2026-12-31}\n"
        "interventie: {naam: Buurtcirkel, soort: werkwijze}\n"
        "fasen:\n  doen:\n    - {id: A1, wat: Cirkel, start: 2026-03-01, eind: 2026-12-01}\n"
        "kpis:\n  - {id: K1, nulmeting: 0, streefwaarde: 100, deadline: 2026-12-01,\n"
        "     metingen: [{datum: 2026-11-01, waarde: 90}]}\n",
        encoding="utf-8",
    )
    text = report(tmp_path, "r.md", plan).read_text("utf-8")
    assert "De KPI: op koers." in text
    assert "Er loopt nu werk in de fase doen." in text
    assert "Van de 1" not in text and "de fasen doen" not in text


def test_a_control_character_shows_as_a_mark_in_html_not_as_a_tag(tmp_path: Path) -> None:
    """The mark that stands in for a bidi or control character must be text in HTML: a bare
    `<U+202E>` is read as a tag, and in a chart's title it swallowed the rest of the page."""
    from html.parser import HTMLParser

    plan = tmp_path / "plan.yaml"
    # A line of its own starting with `::` (a workflow command in a CI log) keeps its text.
    plan.write_text(HOSTILE.replace('besluit: "', 'besluit: "eerst\\n::warning::dan '), "utf-8")
    page = tmp_path / "r.html"
    assert run_cli("voortgang", plan, "--datum", "2026-07-01", "-o", page).exit_code == 0
    html = page.read_text("utf-8")
    tags: list[str] = []
    text: list[str] = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list) -> None:
            tags.append(tag)

        def handle_data(self, data: str) -> None:
            text.append(data)

    Reader().feed(html)
    assert not [tag for tag in tags if tag.startswith("u+")]
    shown = "".join(text)
    assert "A1<U+202E> ::error::gehackt" in shown  # the mark, and no colon added or lost
    assert "eerst\n::warning::dan" in shown
    assert not re.search(r"^\s*::", html, re.MULTILINE)
    assert "Bijsturen" in shown.split("loopt achter", 1)[1]  # the page goes on after the chart


def test_the_first_page_names_the_five_latest_and_counts_the_rest(tmp_path: Path) -> None:
    late = "".join(
        f"    - {{id: W{n}, wat: Taak {n}, start: 2026-01-0{n}, eind: 2026-02-0{n}}}\n"
        for n in range(1, 9)
    )
    kpi = (
        "  - {{id: {id}, nulmeting: 0, streefwaarde: 100, deadline: 2026-12-01,\n"
        "     metingen: [{{datum: 2026-06-01, waarde: 1}}]}}\n"
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "formaat: 1\ntitel: Proef\nperiode: {start: 2026-01-01, eind: 2026-12-31}\n"
        "interventie: {naam: Buurtcirkel, soort: werkwijze}\n"
        f"fasen:\n  weten:\n{late}"
        "kpis:\n" + kpi.format(id="K1") + kpi.format(id="K2"),
        encoding="utf-8",
    )
    text = report(tmp_path, "r.md", plan).read_text("utf-8")
    first_page = text.split("## Wat willen we bereiken")[0]
    assert [f"W{n} Taak" in first_page for n in range(1, 9)] == [True] * 5 + [False] * 3
    assert "en nog 3 activiteiten te laat (zie Wat gaan we doen)" in first_page
    assert "Van de 2 KPI's: 2 lopen achter." in first_page
    assert all(f"W{n} Taak {n}" in text.split("### Te laat")[1] for n in range(1, 9))


def test_an_abbreviation_or_name_keeps_its_capitals_in_a_sentence(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "formaat: 1\ntitel: Proef\nperiode: {start: 2026-01-01, eind: 2026-12-31}\n"
        "interventie: {naam: Buurtcirkel, soort: werkwijze}\n"
        "doelen: [{id: D1, wat: Bereik, bij_wie: ouderen, waar: Noord, wanneer: 2026-12-01}]\n"
        "fasen: {doen: [{id: A1, wat: Cirkel, start: 2026-03-01, eind: 2026-12-01}]}\n"
        "kpis: [{id: K1, doel: D1, naam: GGD-bereik, streefwaarde: 50, deadline: 2026-12-01}]\n"
        "bijstellingen: [{datum: 2026-05-01, besluit: GGD neemt de werving over}]\n",
        encoding="utf-8",
    )
    text = report(tmp_path, "r.md", plan).read_text("utf-8")
    assert "de laatste op 1 mei 2026: GGD neemt de werving over" in text
    rendered = run_cli("render", plan, "--formaat", "md", "--datum", DAY)
    assert rendered.exit_code == 0, rendered.output
    assert "Gemeten als GGD-bereik naar 50" in rendered.stdout


CHARTS = """\
formaat: 1
titel: Proef
periode: {start: 2026-01-01, eind: 2026-12-31}
interventie: {naam: Buurtcirkel, soort: werkwijze}
fasen: {doen: [{id: A1, wat: Cirkel, start: 2026-02-01, eind: 2026-12-01}]}
kpis:
  - {id: K1, nulmeting: 0, streefwaarde: 999999999999999, deadline: 2026-12-01,
     metingen: [{datum: 2026-06-01, waarde: 123456789012345}]}
  - {id: K2, nulmeting: 0, streefwaarde: 10, deadline: 2026-03-01,
     metingen: [{datum: 2026-06-01, waarde: 5}]}
  - {id: K3, nulmeting: 0, streefwaarde: 10, deadline: 2026-12-01,
     metingen: [{datum: 2020-01-01, waarde: 5}, {datum: 2026-06-01, waarde: 6}]}
"""


def test_chart_labels_stay_inside_the_chart_and_the_line_runs_in_date_order(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(CHARTS, encoding="utf-8")
    page = tmp_path / "r.html"
    assert run_cli("voortgang", plan, "--datum", "2026-07-01", "-o", page).exit_code == 0
    charts = re.findall(r'<svg class="kpi".*?</svg>', page.read_text("utf-8"), re.DOTALL)
    big, late, early = charts
    # Large values in millions or more: the labels fit the margin left of the axis.
    labels = re.findall(r'text-anchor="end">([^<]+)</text>', big)
    assert "1.000 bln" in labels and max(len(label) for label in labels) <= 9
    # "vandaag" at the right edge goes to the left of its line, not off the chart.
    assert re.search(r'x="([\d.]+)" text-anchor="end" y="\d+">vandaag', late)
    # A meting before the launch comes first: the measured line never runs back in time.
    points = re.search(r'<polyline class="gemeten" points="([^"]+)"', early).group(1)
    xs = [float(pair.split(",")[0]) for pair in points.split()]
    assert xs == sorted(xs) and len(xs) == 3


def test_notes_on_metingen_in_a_document_do_not_name_the_tool(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        CHARTS.replace(
            "[{datum: 2020-01-01, waarde: 5}, {datum: 2026-06-01, waarde: 6}]",
            "[{datum: 2026-06-01, waarde: 6}, {datum: 2026-05-01, waarde: 5},"
            " {datum: 2026-05-01, waarde: 4}]",
        ),
        encoding="utf-8",
    )
    text = report(tmp_path, "r.md", plan).read_text("utf-8")
    notes = [line for line in text.splitlines() if line.startswith("**Let op bij K3")]
    assert len(notes) == 2, text
    assert not [note for note in notes if "impl" in note]


TINY = "0." + "0" * 323 + "5"
EDGE_VALUES = """\
formaat: 1
titel: Proef
periode: {{start: 2026-01-01, eind: 2026-12-31}}
interventie: {{naam: Buurtcirkel, soort: werkwijze}}
fasen: {{doen: [{{id: A1, wat: Cirkel, start: 2026-02-01, eind: 2026-12-01}}]}}
kpis:
  - {{id: K1, nulmeting: {low}, streefwaarde: {high}, deadline: 2026-12-01,
     metingen: [{{datum: 2026-06-01, waarde: {low}}}]}}
"""


@pytest.mark.parametrize("name", ["r.html", "r.docx"])
@pytest.mark.parametrize(
    ("low", "high"),
    [
        ("999999999999999", "999999999999999.1"),  # less apart than one float step
        ("-999999999999999.1", "-999999999999999"),
        (TINY, TINY),  # 5e-324, the smallest float: its logarithm is minus infinity
        ("0", "0"),
    ],
)
def test_a_chart_of_values_at_the_edge_of_a_float_is_drawn_at_once(
    tmp_path: Path, name: str, low: str, high: str
) -> None:
    import subprocess
    import sys

    plan = tmp_path / "plan.yaml"
    plan.write_text(EDGE_VALUES.format(low=low, high=high), encoding="utf-8")
    target = tmp_path / name
    done = subprocess.run(
        [sys.executable, "-m", "impltool", "voortgang", str(plan), "--datum", "2026-07-01",
         "-o", str(target)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 0


AT_THE_END_OF_TIME = """\
formaat: 1
titel: Proef
periode: {start: 2026-01-01, eind: 9999-12-31}
interventie: {naam: Buurtcirkel, soort: werkwijze}
fasen: {doen: [{id: A1, wat: Cirkel, start: 9999-12-31, eind: 9999-12-31},
               {id: A2, wat: Lang, start: 2026-02-01, eind: 9999-12-31}]}
kpis:
  - {id: K1, nulmeting: 0, streefwaarde: 10, deadline: 9999-12-31,
     metingen: [{datum: 9999-12-31, waarde: 5}]}
evaluatie: {momenten: [9999-12-31]}
"""


@pytest.mark.parametrize("day", ["9999-12-31", "2026-07-01"])
@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("voortgang", "r.txt"),
        ("voortgang", "r.json"),
        ("voortgang", "r.md"),
        ("voortgang", "r.html"),
        ("voortgang", "r.docx"),
        ("render", "p.md"),
        ("render", "p.html"),
        ("render", "p.docx"),
        ("overzicht", "o.html"),
        ("overzicht", "o.md"),
    ],
)
def test_dates_at_the_end_of_the_calendar_are_reported_not_crashed_on(
    tmp_path: Path, command: str, name: str, day: str
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(AT_THE_END_OF_TIME, encoding="utf-8")
    result = run_cli(command, plan, "--datum", day, "-o", tmp_path / name)
    assert "impl zelf" not in result.output and "sjabloon" not in result.output, result.output
    assert result.exit_code == 0, (result.output, result.exception)


@pytest.mark.parametrize("day", ["2026-03-15", "2026-11-24", "2027-05-01"])
@pytest.mark.parametrize("plan", sorted(VOORBEELDEN.glob("*.yaml")), ids=lambda p: p.stem)
def test_table_chart_and_text_give_one_expected_value_per_kpi(
    plan: Path, day: str, tmp_path: Path
) -> None:
    """A reader who sees 77 in the table and 71 by the chart stops trusting the page."""
    html = tmp_path / "r.html"
    md = tmp_path / "r.md"
    for target in (html, md):
        result = run_cli("voortgang", plan, "--datum", day, "-o", target)
        assert result.exit_code == 0, result.output
    text = " ".join(run_cli("voortgang", plan, "--datum", day).stdout.split())
    report = json.loads(run_cli("voortgang", plan, "--datum", day, "-f", "json").stdout)
    page = html.read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip().split("<br>")[0]: line.split("|")[5].strip().split("<br>")[0]
        for line in md.read_text(encoding="utf-8").splitlines()
        if line.startswith("| K") and line.count("|") == 7
    }
    compared = 0
    for kpi in report["kpis"]:
        table = next((v for k, v in rows.items() if k.startswith(kpi["id"] + " ")), None)
        if kpi["expected_at_latest"] is None:
            continue
        compared += 1
        assert table, (kpi["id"], rows)
        assert f"rond {table} verwacht" in text, (kpi["id"], table)
        charts = re.findall(rf'aria-label="{kpi["id"]} [^"]*rond ([\d.,]+)\."', page)
        assert charts == [table], (kpi["id"], table, charts)
    if plan == IN_PROGRESS and day == "2026-11-24":
        assert compared == 3  # every KPI of the plan in progress has a line and a meting


def test_every_kpi_row_says_where_its_line_starts_and_the_documents_never_say_impl(
    tmp_path: Path,
) -> None:
    text = report(tmp_path, "r.md").read_text("utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| K") and "<br>" in line]
    assert len(rows) == 3
    assert all("vanaf 1 dec 2025: de start van het werk (A1)" in row for row in rows), rows
    html = report(tmp_path, "r.html").read_text("utf-8")
    visible = re.sub(r"<[^>]+>", " ", html.split("</style>", 1)[1])
    assert not re.search(r"\bimpl\b", text) and not re.search(r"\bimpl\b", visible)
