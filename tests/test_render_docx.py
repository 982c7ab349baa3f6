"""`impl render --formaat docx`: the Word document read back with python-docx, as Word
would see it: real headings, real tables with a repeating header row, no empty columns, the
timeline, page numbers; and a house style's Word file as the base."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from conftest import VOORBEELDEN, run_cli
from hostile_plan import hostile_plan_yaml
from markdown_checks import SECTION_ORDER

DAY = "2026-11-24"
PLANS = sorted(VOORBEELDEN.glob("*.yaml"))


def render_docx(plan: Path, target: Path, *extra: object) -> docx.document.Document:
    result = run_cli("render", plan, "-o", target, "--datum", DAY, *extra)
    assert result.exit_code == 0, result.output
    return docx.Document(str(target))


WELZIJN = VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml"


@pytest.fixture(scope="module")
def as_word(tmp_path_factory: pytest.TempPathFactory):
    """A voorbeeld as Word (`--met-quickscan` or not), rendered once for the tests that only
    read it; each test opens its own copy of the document."""
    made: dict[tuple[Path, bool], Path] = {}

    def document(plan: Path, quickscan: bool = False) -> Path:
        if (plan, quickscan) not in made:
            target = tmp_path_factory.mktemp(plan.stem) / "plan.docx"
            render_docx(plan, target, *(["--met-quickscan"] if quickscan else []))
            made[plan, quickscan] = target
        return made[plan, quickscan]

    return document


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_a_voorbeeld_as_word(plan: Path, as_word) -> None:
    document = docx.Document(str(as_word(plan, quickscan=True)))
    sections = headings(document, 1)
    assert sections[0] == "Samenvatting"
    assert [s for s in SECTION_ORDER if s in sections] == sections  # the document's order
    assert "Tijdlijn" in sections
    has_budget = "\nbegroting:" in plan.read_text(encoding="utf-8")
    assert ("Begroting en capaciteit" in sections) == has_budget
    assert len(document.tables) >= 5
    for table in document.tables:
        header = table.rows[0]._tr
        assert header.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
        columns = list(zip(*[[c.text for c in row.cells] for row in table.rows[1:]], strict=True))
        for column in columns:
            assert any(text.strip() for text in column) or table is timeline(document)
    grid = timeline(document)
    assert grid.rows[0].cells[0].text == "Activiteit"
    assert len(grid.rows[0].cells) > 12  # a column per month
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    text = "\n".join(p.text for p in document.paragraphs)
    assert "`" not in text and "impl check" not in text


def test_the_quickscan_findings_follow_the_one_page_summary(as_word) -> None:
    plan = VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"
    document = docx.Document(str(as_word(plan, quickscan=True)))
    paragraphs = document.paragraphs
    texts = [p.text for p in paragraphs]
    page_break = next(i for i, p in enumerate(paragraphs) if 'w:type="page"' in p._p.xml and i > 0)
    findings = texts.index("Bevindingen van de quickscan")
    assert texts.index("Samenvatting") < page_break < findings  # the lights stay on page one
    assert any("KPI K2 loopt achter" in text for text in texts[findings:])


def timeline(document):
    return next(t for t in document.tables if t.rows[0].cells[0].text == "Activiteit")


def test_the_timeline_shades_the_months_an_activity_runs(as_word) -> None:
    document = docx.Document(str(as_word(WELZIJN)))
    grid = timeline(document)
    row = next(r for r in grid.rows if r.cells[0].text.startswith("O1 "))  # 9 feb – 27 mrt 2026
    shaded = [bool(c._tc.xpath(".//w:shd")) for c in row.cells[1:]]
    assert shaded[:2] == [True, True] and not any(shaded[2:])
    milestone = next(r for r in grid.rows if r.cells[0].text.startswith("W1 "))
    assert [c.text for c in milestone.cells[1:]].count("◆") == 1


def test_a_hostile_plan_as_word(tmp_path: Path) -> None:
    plan = tmp_path / "vijandig.yaml"
    plan.write_text(hostile_plan_yaml(), "utf-8")
    document = render_docx(plan, tmp_path / "v.docx")
    grid = timeline(document)
    assert len(grid.rows[0].cells) == 1 + 12  # three years: a column per quarter
    activity_rows = [r for r in grid.rows[1:] if " Activiteit " in r.cells[0].text]
    assert len(activity_rows) == 60
    assert "<b>geen HTML</b>" in document.paragraphs[0].text  # literal text, nothing more


def test_word_needs_a_file_name(tmp_path: Path) -> None:
    result = run_cli(
        "render", VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml", "--formaat", "docx"
    )
    assert result.exit_code == 2
    assert "-o welzijn-eenzaamheid-ouderen.docx" in result.stderr


def test_a_house_style_word_file_gives_styles_header_and_footer(tmp_path: Path) -> None:
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    base = docx.Document()
    base.styles["Heading 1"].font.name = "Georgia"
    base.sections[0].header.paragraphs[0].text = "Welzijn Bremmerveen"
    base.add_paragraph("Deze tekst hoort niet in het plan")
    base.save(str(folder / "huisstijl.docx"))
    document = render_docx(
        VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml",
        tmp_path / "p.docx",
        "--sjabloon",
        folder,
    )
    assert document.styles["Heading 1"].font.name == "Georgia"
    assert document.sections[0].header.paragraphs[0].text == "Welzijn Bremmerveen"
    assert all("hoort niet" not in p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("huisstijl.docx", b"dit is tekst", "geen Word-document"),
        ("logo.png", b"GIF89a....", "geen PNG-afbeelding"),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * (2 * 1024 * 1024 + 1), "2 MB het maximum"),
        ("logo.svg", b"<html>geen svg</html>", "geen SVG-afbeelding"),
    ],
)
@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
def test_a_broken_house_style_is_refused_and_nothing_is_written(
    tmp_path: Path, name: str, content: bytes, message: str, suffix: str
) -> None:
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    (folder / name).write_bytes(content)
    target = tmp_path / f"plan{suffix}"
    result = run_cli(
        "render",
        VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml",
        "-o",
        target,
        "--sjabloon",
        folder,
    )
    assert result.exit_code == 2
    assert f"{folder / name}: " in result.stderr and message in result.stderr
    assert "Traceback" not in result.output
    assert not target.exists() and list(tmp_path.iterdir()) == [folder]


def test_a_logo_appears_on_the_title_block(tmp_path: Path) -> None:
    import base64

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    )
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    (folder / "logo.png").write_bytes(png)
    plan = VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml"
    target = tmp_path / "p.docx"
    render_docx(plan, target, "--sjabloon", folder)
    with zipfile.ZipFile(target) as archive:
        assert any(n.startswith("word/media/") for n in archive.namelist())
    html = tmp_path / "p.html"
    assert run_cli("render", plan, "-o", html, "--sjabloon", folder).exit_code == 0
    assert 'class="logo" src="data:image/png;base64,' in html.read_text("utf-8")


# --- finished to send: what the receiver sees in Word or LibreOffice ------------------------


def test_table_headers_fit_their_longest_word_and_rows_never_split(as_word) -> None:
    from impltool.render.formats.docx.tables import CELL_MARGINS_PT, EMU_PER_PT, TABLE_BOLD_CHAR_PT

    document = docx.Document(str(as_word(WELZIJN)))
    kpi_tables = [t for t in document.tables if t.rows[0].cells[0].text == "KPI"]
    assert kpi_tables  # the widest tables in the document: seven columns
    for table in document.tables:
        if table.rows[0].cells[0].text == "Activiteit":
            continue  # the timeline: a column per month, its own narrow layout
        for cell in table.rows[0].cells:
            words = cell.text.replace("\u00ad", " ").split()  # a soft hyphen may break
            longest = max(map(len, words), default=0)
            needed = (longest * TABLE_BOLD_CHAR_PT + CELL_MARGINS_PT) * EMU_PER_PT
            assert cell.width >= needed, (cell.text, cell.width, needed)
        for row in table.rows:
            properties = row._tr.find(qn("w:trPr"))
            assert properties is not None and properties.find(qn("w:cantSplit")) is not None


def test_headings_and_the_words_before_a_table_stay_with_what_follows(as_word) -> None:
    document = docx.Document(str(as_word(WELZIJN)))
    for name in ("Title", "Heading 1", "Heading 2"):
        assert document.styles[name].paragraph_format.keep_with_next is True
    body = list(document.element.body)
    before_tables = [
        body[index - 1]
        for index, element in enumerate(body)
        if element.tag == qn("w:tbl") and body[index - 1].tag == qn("w:p")
    ]
    assert before_tables
    for paragraph in before_tables:
        keep = paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        assert keep is not None or (style is not None and "Heading" in style.get(qn("w:val")))


def test_the_text_is_in_a_modern_font_unless_the_house_style_says_otherwise(
    tmp_path: Path, as_word
) -> None:
    document = docx.Document(str(as_word(WELZIJN)))
    styles = document.styles.element.xml
    assert "Cambria" not in styles and "majorHAnsi" not in styles and "minorHAnsi" not in styles
    assert document.styles["Heading 1"].font.name == "Aptos"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:rFonts')}").get(qn("w:ascii")) == "Aptos"
    with zipfile.ZipFile(as_word(WELZIJN)) as archive:
        fonts = archive.read("word/fontTable.xml").decode()
    assert '<w:font w:name="Aptos"><w:altName w:val="Arial"/><w:family w:val="swiss"/>' in fonts

    folder = tmp_path / "huisstijl"
    folder.mkdir()
    base = docx.Document()
    base.styles["Normal"].font.name = "Georgia"
    base.save(str(folder / "huisstijl.docx"))
    styled = render_docx(
        VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml", tmp_path / "s.docx", "--sjabloon", folder
    )
    assert styled.styles["Normal"].font.name == "Georgia"
    assert "Aptos" not in styled.styles.element.xml


def test_a_huge_plan_is_cut_to_a_readable_document_that_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limits lowered (500 rows, 300 timeline bars and 60 charts in impl): the same cuts
    and sentences, in a tenth of the Word document."""
    from impltool.render import limits

    monkeypatch.setattr(limits, "MAX_TABLE_ROWS", 50)
    monkeypatch.setattr(limits, "MAX_TIMELINE_BARS", 30)
    monkeypatch.setattr(limits, "MAX_CHARTS", 6)
    items = ["&a {wat: Huisbezoek, start: 2026-02-01, eind: 2026-03-01}"] + ["*a"] * 1200
    kpis = [
        f"{{id: K{i}, nulmeting: 0, streefwaarde: 10, metingen: [{{datum: 2026-03-01, "
        f"waarde: {i % 9}}}]}}"
        for i in range(8)
    ]
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "formaat: 1\ntitel: Groot\nperiode: {start: 2026-01-01, eind: 2027-12-31}\n"
        "interventie: {naam: Buurtcirkel, soort: werkwijze}\n"
        f"fasen: {{doen: [{', '.join(items)}]}}\nkpis: [{', '.join(kpis)}]\n",
        encoding="utf-8",
    )
    target = tmp_path / "plan.docx"
    result = run_cli("render", plan, "-o", target)
    assert result.exit_code == 0, result.output
    assert "de eerste 50 van de 1.201 rijen" in result.stderr
    assert "de eerste 30 van de 1.201 activiteiten" in result.stderr
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Ingekort: in 'Activiteiten per fase' staan de eerste 50 van de 1.201 rijen" in text
    assert max(len(t.rows) for t in document.tables) <= 51
    report = tmp_path / "stand.docx"
    result = run_cli("voortgang", plan, "--datum", "2026-07-01", "-o", report)
    assert result.exit_code == 0, result.output
    assert "de eerste 6 van de 8 grafieken" in result.stderr
    assert len(docx.Document(str(report)).inline_shapes) == 6
