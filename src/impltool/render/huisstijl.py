"""A house style (`--sjabloon MAP`): one folder an organisation keeps for all its documents.

    plan.md.j2, plan.html.j2   own Jinja templates (usually extending the built-in ones)
    huisstijl.css              CSS added after the built-in CSS of the HTML document
    logo.png / logo.svg        shown on the title block (HTML; Word takes the PNG)
    huisstijl.docx             a Word document whose styles, header and footer are the base

Everything is checked before a document is made, so a broken house style never leaves half
a document behind.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError

MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_CSS_BYTES = 1024 * 1024
MAX_DOCX_BYTES = 20 * 1024 * 1024
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
    logo = None
    for name in ("logo.svg", "logo.png") if medium == "html" else ("logo.png", "logo.svg"):
        if (found := inside(folder, name)) is not None:
            logo = _read_logo(found)
            break
    word_base = inside(folder, "huisstijl.docx")
    if word_base is not None:
        _check_word(word_base)
    return HouseStyle(folder, css, logo, word_base)


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
        if not data.startswith(_PNG_SIGNATURE):
            raise UserError(f"{path}: dit is geen PNG-afbeelding; sla het logo op als PNG")
        return Logo(data, "image/png", path)
    head = data[:4096].decode("utf-8", errors="replace").lower()
    if "<svg" not in head:
        raise UserError(f"{path}: dit is geen SVG-afbeelding; sla het logo op als SVG of PNG")
    return Logo(data, "image/svg+xml", path)


def _check_word(path: Path) -> None:
    """A .docx is a zip with a main document part; anything else Word would refuse too."""
    _check_size(path, MAX_DOCX_BYTES, "een Word-sjabloon")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        names = set()
    if "word/document.xml" not in names:
        raise UserError(
            f"{path}: dit is geen Word-document (.docx); sla je sjabloon in Word op als "
            "Word-document"
        )
