"""A house style (`--sjabloon MAP`): one folder an organisation keeps for all its documents.

    plan.md.j2, plan.html.j2   own Jinja templates (usually extending the built-in ones)
    huisstijl.css              CSS added after the built-in CSS of the HTML document
    logo.png / logo.svg        shown on the title block (HTML; Word takes the PNG)
    huisstijl.docx             a Word document whose styles, header and footer are the base

Everything is checked before a document is made, so a broken house style never leaves half
a document behind.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UserError

MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000  # 5000 × 5000; a logo needs a fraction of that
MAX_CSS_BYTES = 1024 * 1024
MAX_DOCX_BYTES = 20 * 1024 * 1024
# A house-style Word document as Word makes it has a few dozen parts and inflates to about
# its own size (pictures do not shrink); a zip bomb inflates a thousandfold.
MAX_DOCX_PARTS = 1000
MAX_DOCX_INFLATED = 100 * 1024 * 1024
MAX_DOCX_XML_PART = 20 * 1024 * 1024  # one XML part, parsed whole by python-docx
# Fields that only show something about the document itself. Any other field may fetch
# (INCLUDEPICTURE, INCLUDETEXT, LINK), start a program (DDE, DDEAUTO, MACROBUTTON) or run
# a query (DATABASE), and Word acts on some of them as the document opens.
# fmt: off
HARMLESS_FIELDS = frozenset((
    "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME", "CREATEDATE", "SAVEDATE",
    "PRINTDATE", "EDITTIME", "AUTHOR", "TITLE", "SUBJECT", "KEYWORDS", "COMMENTS",
    "LASTSAVEDBY", "FILENAME", "FILESIZE", "NUMWORDS", "NUMCHARS", "DOCPROPERTY",
    "DOCVARIABLE", "STYLEREF", "REF", "PAGEREF", "NOTEREF", "SEQ", "SYMBOL", "HYPERLINK",
    "TOC", "TC", "INDEX", "XE", "IF", "=", "QUOTE", "USERNAME", "USERINITIALS", "TEMPLATE",
    "INFO", "LISTNUM",
))
# fmt: on
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Parts that hold a program (macros, ActiveX controls, embedded or linked OLE objects) or
# content Word converts as it opens (aFChunk: HTML or RTF that may load pictures).
_PROGRAM_RELATIONSHIPS = ("vbaproject", "activex", "oleobject", "package", "control", "afchunk")
_WEB_LINK = re.compile(r"(?i)(https?:|mailto:)")
KNOWN_FILES = ("huisstijl.css", "logo.png", "logo.svg", "huisstijl.docx")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Logo:
    data: bytes
    mime: str  # image/png or image/svg+xml
    path: Path


@dataclass(frozen=True)
class HouseStyle:
    folder: Path
    css: str | None
    logo: Logo | None
    word_base: Path | None  # huisstijl.docx, already checked to be a Word document
    # What impl left out of the house style, for the user (a remote Word template).
    notices: tuple[str, ...] = ()

    @property
    def png_logo(self) -> Logo | None:
        """The logo Word can show (python-docx takes no SVG)."""
        if self.logo is not None and self.logo.mime == "image/png":
            return self.logo
        png = inside(self.folder, "logo.png")
        return _read_logo(png) if png is not None else None


def load_house_style(folder: Path, medium: str) -> HouseStyle:
    """Read and check the folder; a UserError names the file that is wrong."""
    if not folder.exists():
        raise UserError(f"{folder}: deze sjabloonmap bestaat niet")
    if not folder.is_dir():
        raise UserError(f"{folder}: dit is geen map; geef de map met je huisstijl")
    # Templates are read only when the document asks for them (engine.FolderLoader).
    templates = next(iter(folder.rglob("*.j2")), None)
    if templates is None and not any(inside(folder, name) for name in KNOWN_FILES):
        raise UserError(
            f"{folder}: in deze sjabloonmap staat niets wat impl gebruikt; zet er een "
            f"plan.md.j2 of plan.html.j2 in, of {', '.join(KNOWN_FILES)}"
        )
    css = None
    css_path = inside(folder, "huisstijl.css")
    if css_path is not None:
        _check_size(css_path, MAX_CSS_BYTES, "een stijlblad")
        _check_utf8(css_path)
        css = css_path.read_text(encoding="utf-8")
        _check_offline(css_path, css)
    logo = None
    for name in ("logo.svg", "logo.png") if medium == "html" else ("logo.png", "logo.svg"):
        if (found := inside(folder, name)) is not None:
            logo = _read_logo(found)
            break
    word_base = inside(folder, "huisstijl.docx")
    notices = _check_word(word_base) if word_base is not None else ()
    return HouseStyle(folder, css, logo, word_base, notices)


def inside(folder: Path, name: str) -> Path | None:
    """`folder/name` when it is a regular file really inside the folder, None when there is
    nothing by that name; a UserError for a link out of the folder or a special file (a
    link to /etc/passwd must not become the house style, a FIFO must not hang render)."""
    import os
    import stat

    from ..files import kind_of

    path = folder / name
    if not os.path.lexists(path):
        return None
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(Path(os.path.realpath(folder))):
        raise UserError(
            f"{path}: dit bestand wijst via een symbolische link naar {real}, buiten de "
            "sjabloonmap; impl leest alleen wat echt in de map staat"
        )
    try:
        mode = os.stat(real).st_mode
    except OSError:
        return None
    if not stat.S_ISREG(mode):
        raise UserError(f"{path}: dit is {kind_of(mode)}, geen gewoon bestand")
    return real


def _check_utf8(path: Path) -> None:
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        what = "dit sjabloon" if path.suffix == ".j2" else "dit bestand"
        raise UserError(f"{path}:{line}: {what} is geen UTF-8; sla het op als UTF-8") from None


def _check_size(path: Path, limit: int, what: str) -> None:
    size = path.stat().st_size
    if size > limit:
        raise UserError(
            f"{path}: dit bestand is {size / 1024 / 1024:.1f} MB; voor {what} is "
            f"{limit // 1024 // 1024} MB het maximum"
        )


def _read_logo(path: Path) -> Logo:
    _check_size(path, MAX_LOGO_BYTES, "een logo")
    data = path.read_bytes()
    if path.suffix == ".png":
        return Logo(_clean_png(path, data), "image/png", path)
    head = data[:4096].decode("utf-8", errors="replace").lower()
    if "<svg" not in head:
        raise UserError(f"{path}: dit is geen SVG-afbeelding; sla het logo op als SVG of PNG")
    return Logo(data, "image/svg+xml", path)


def _clean_png(path: Path, data: bytes) -> bytes:
    """The logo drawn anew by Pillow: only a PNG that opens and decodes whole gets through,
    without the chunks that tripped python-docx (a zero size, a broken pHYs)."""
    not_png = UserError(f"{path}: dit is geen PNG-afbeelding; sla het logo op als PNG")
    if not data.startswith(_PNG_SIGNATURE):
        raise not_png
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
                width, height = image.size
                if width * height > MAX_LOGO_PIXELS:
                    raise UserError(
                        f"{path}: dit logo is {width} × {height} beeldpunten; het maximum is "
                        f"{MAX_LOGO_PIXELS // 1_000_000} miljoen. Sla het kleiner op"
                    )
                image.load()
                clean = io.BytesIO()
                image.save(clean, format="PNG")
    except UserError:
        raise
    except Exception:  # noqa: BLE001 - Pillow has many ways to say a file is broken
        raise not_png from None
    return clean.getvalue()


_CSS_IMPORT = re.compile(r"@import\b", re.IGNORECASE)
_CSS_URL = re.compile(r"\b(url|image-set|src)\(\s*(['\"]?)\s*([^'\")\s]*)", re.IGNORECASE)


def _check_offline(path: Path, css: str) -> None:
    """The HTML document is self-contained: its stylesheet loads nothing from a network
    (that would tell a server who opens the plan, and when). Pictures and fonts go in as
    `data:` URLs. The document's Content-Security-Policy forbids what this misses."""
    found = _CSS_IMPORT.search(css)
    if found is None:
        found = next(
            (m for m in _CSS_URL.finditer(css) if not m.group(3).lower().startswith("data:")),
            None,
        )
    if found is not None:
        line = css.count("\n", 0, found.start()) + 1
        raise UserError(
            f"{path}:{line}: dit stijlblad haalt iets van buiten het document "
            f"({found.group(0).strip()[:60]}); een HTML-document van impl haalt niets van "
            "internet of van andere bestanden. Zet afbeeldingen en lettertypen erin als "
            "data:-URL, of laat ze weg"
        )


def _check_word(path: Path) -> tuple[str, ...]:
    """A .docx is a zip with a main document part; anything else Word would refuse too.

    Checked from the zip's directory before python-docx opens it (a part that inflates to
    gigabytes), then every relationship and field: nothing in it may fetch from a network
    or run a program when Word opens a document impl made. A remote Word template
    (attachedTemplate) is common in organisations and is left out, with a notice.
    """
    _check_size(path, MAX_DOCX_BYTES, "een Word-sjabloon")
    not_word = UserError(
        f"{path}: dit is geen Word-document (.docx); sla je sjabloon in Word op als Word-document"
    )
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            _check_inflated(path, parts)
            if "word/document.xml" not in {part.filename for part in parts}:
                raise not_word
            return _check_parts(path, archive, parts)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise not_word from None


def _check_inflated(path: Path, parts: list[zipfile.ZipInfo]) -> None:
    advice = "sla het in Word opnieuw op als Word-document, of gebruik een ander sjabloon"
    if len(parts) > MAX_DOCX_PARTS:
        raise UserError(
            f"{path}: dit Word-document bestaat uit {len(parts)} onderdelen; een huisstijl "
            f"heeft er hooguit {MAX_DOCX_PARTS}. {advice[0].upper()}{advice[1:]}"
        )
    # Python's zipfile never gives more than the size a part declares, so the declared
    # sizes are the real cost.
    total = sum(part.file_size for part in parts)
    largest = max(parts, key=lambda part: part.file_size, default=None)
    too_large_part = (
        largest is not None
        and largest.filename.endswith((".xml", ".rels"))
        and largest.file_size > MAX_DOCX_XML_PART
    )
    if total > MAX_DOCX_INFLATED or too_large_part:
        shown = total if total > MAX_DOCX_INFLATED else largest.file_size  # type: ignore[union-attr]
        raise UserError(
            f"{path}: dit Word-document is uitgepakt {shown / 1024 / 1024:.0f} MB (een "
            f"huisstijl is uitgepakt hooguit {MAX_DOCX_INFLATED // 1024 // 1024} MB); {advice}"
        )


def _check_parts(
    path: Path, archive: zipfile.ZipFile, parts: list[zipfile.ZipInfo]
) -> tuple[str, ...]:
    from docx.oxml import parse_xml  # no entities, no network (resolve_entities=False)

    notices: list[str] = []
    for part in parts:
        name = part.filename
        if not name.endswith((".xml", ".rels")):
            continue
        try:
            root = parse_xml(archive.read(name))
        except Exception:  # noqa: BLE001 - lxml's XMLSyntaxError and kin
            raise UserError(
                f"{path}: het onderdeel {name} van dit Word-document is kapot; sla het in "
                "Word opnieuw op als Word-document"
            ) from None
        if name.endswith(".rels"):
            notices += _check_relationships(path, root)
            continue
        # The body of the house style is dropped (render/formats/docx._base); headers,
        # footers, footnotes and building blocks go into every document.
        for code in _field_codes(root) if name != "word/document.xml" else ():
            words = code.split()
            field = words[0].upper() if words else ""
            if field and field not in HARMLESS_FIELDS:
                raise UserError(
                    f"{path}: in {name} staat een veld {_shown_field(field)} dat Word iets "
                    "laat ophalen of uitvoeren als het document opengaat; impl neemt dat niet "
                    "over. Haal het veld weg in Word (Alt+F9 laat de velden zien)"
                )
        if root.find(f".//{_WORD}mailMerge") is not None:
            raise UserError(
                f"{path}: dit Word-document is een samenvoegdocument (mail merge) dat een "
                "gegevensbron opent; maak in Word een gewoon document van het sjabloon"
            )
    return tuple(notices)


def _check_relationships(path: Path, root: Any) -> list[str]:
    notices = []
    for relationship in root.iter(f"{_PACKAGE_RELS}Relationship"):
        kind = relationship.get("Type", "").rsplit("/", 1)[-1]
        target = relationship.get("Target", "")
        external = relationship.get("TargetMode", "").lower() == "external"
        if kind.lower().startswith(_PROGRAM_RELATIONSHIPS):
            raise UserError(
                f"{path}: dit Word-document bevat macro's, ActiveX-elementen, ingesloten "
                "objecten of ingevoegde HTML; impl neemt die niet over in je documenten. "
                "Sla het in Word op als gewoon Word-document (.docx) zonder die onderdelen"
            )
        if kind == "attachedTemplate":
            notices.append(
                f"{path}: de koppeling aan het Word-sjabloon {_shown_target(target)} is "
                "weggelaten (Word zou het ophalen bij openen); stijlen, koptekst en "
                "voettekst blijven"
            )
        elif external and not (kind == "hyperlink" and _WEB_LINK.match(target)):
            raise UserError(
                f"{path}: dit Word-document verwijst naar {_shown_target(target)} ({kind}); "
                "Word haalt dat van internet of het netwerk als het document opengaat. impl "
                "neemt dat niet over: zet afbeeldingen in het document zelf en haal de "
                "koppeling weg"
            )
    return notices


def _field_codes(root: Any) -> Iterator[str]:
    """Every field's code: simple fields, and complex ones (begin, codes, separate, end)
    whose code may be cut into many runs; nested fields each on their own."""
    for simple in root.iter(f"{_WORD}fldSimple"):
        yield simple.get(f"{_WORD}instr", "")
    codes: list[str | None] = []  # per open field, None once its result has started
    for element in root.iter(f"{_WORD}fldChar", f"{_WORD}instrText"):
        if element.tag == f"{_WORD}instrText":
            if codes and codes[-1] is not None:
                codes[-1] += element.text or ""
            continue
        kind = element.get(f"{_WORD}fldCharType")
        if kind == "begin":
            codes.append("")
        elif kind == "separate" and codes and codes[-1] is not None:
            yield codes[-1]
            codes[-1] = None
        elif kind == "end" and codes:
            code = codes.pop()
            if code is not None:
                yield code
    yield from (code for code in codes if code)


def _shown_field(field: str) -> str:
    from ..shown import visible

    return visible(field[:40])


def _shown_target(target: str) -> str:
    from ..shown import visible

    return visible(target[:120])
