"""impl's own YAML data files, read through a generated Python twin.

The knowledge (`knowledge/toolkit.yaml`) and the rule catalogue (`quickscan/regels.yaml`) are
written and reviewed as YAML. Parsing them costs more than anything else `impl check` does for
one plan (PyYAML builds each of their ~4,000 scalars in Python), whereas a module of Python
literals loads from its cached bytecode in well under a millisecond. So each file has a twin
beside it, `_<name>_yaml.py`, generated from it: its data, and a fingerprint of the text it was
made from. The twin is used only while the fingerprint matches; after an edit to the YAML the
YAML itself is read (slower, never stale) until the twins are made again with

    python -m impltool.knowledge.compiled

and a test fails until then, so a release never ships a stale twin.
"""

from __future__ import annotations

import sys
import zlib
from importlib import import_module
from pathlib import Path
from typing import Any, NamedTuple

_PACKAGE = Path(__file__).resolve().parent.parent


class DataFile(NamedTuple):
    """A YAML file shipped with impl and the module that is its twin."""

    yaml: Path
    twin: str  # dotted module name

    @property
    def twin_file(self) -> Path:
        return _PACKAGE.parent / (self.twin.replace(".", "/") + ".py")


TOOLKIT = DataFile(_PACKAGE / "knowledge" / "toolkit.yaml", "impltool.knowledge._toolkit_yaml")
RULES = DataFile(_PACKAGE / "quickscan" / "regels.yaml", "impltool.quickscan._regels_yaml")
DATA_FILES = (TOOLKIT, RULES)

_PLAIN = (str, int, bool, type(None))


def fingerprint(raw: bytes) -> str:
    """Length and CRC-32 of a file's bytes: enough to notice an edit (not a security check)."""
    return f"{len(raw)}-{zlib.crc32(raw):08x}"


def load(data_file: DataFile) -> Any:
    """The data of a packaged YAML file: from its twin when that is current, else parsed."""
    raw = data_file.yaml.read_bytes()
    try:
        twin = import_module(data_file.twin)
    except ImportError:
        twin = None
    if twin is not None and getattr(twin, "FINGERPRINT", None) == fingerprint(raw):
        return twin.DATA
    return parse(raw.decode("utf-8"))


def parse(text: str) -> Any:
    """Parse the text of one of impl's own YAML files (trusted package data)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


def twin_source(data_file: DataFile) -> str:
    """The Python source of a data file's twin, made from the file as it is now."""
    from pprint import pformat

    raw = data_file.yaml.read_bytes()
    data = parse(raw.decode("utf-8"))
    _check_plain(data, data_file.yaml.name)
    return (
        f'"""Generated from {data_file.yaml.name} by `python -m impltool.knowledge.compiled`;'
        ' do not edit:\nedit the YAML file and run that command again."""\n\n'
        "# fmt: off\n"
        f"FINGERPRINT = {fingerprint(raw)!r}\n\n"
        f"DATA = {pformat(data, width=100, sort_dicts=False)}\n"
    )


def _check_plain(value: Any, where: str) -> None:
    """Only what a Python literal gives back unchanged: text, numbers, lists, mappings."""
    if isinstance(value, dict):
        for key, item in value.items():
            _check_plain(key, where)
            _check_plain(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_plain(item, f"{where}[{index}]")
    elif not isinstance(value, _PLAIN):
        raise TypeError(f"{where}: {type(value).__name__} cannot go into a twin")


def main() -> int:
    """Write every twin that differs from what its YAML file gives now."""
    for data_file in DATA_FILES:
        source = twin_source(data_file)
        target = data_file.twin_file
        if not target.is_file() or target.read_text(encoding="utf-8") != source:
            target.write_text(source, encoding="utf-8")
            print(f"wrote {target.relative_to(_PACKAGE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
