"""Print a pip constraints file that pins every direct dependency to the lowest version
pyproject.toml allows, so CI also proves the lower bounds are honest."""

import re
import sys
import tomllib
from pathlib import Path

project = tomllib.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))["project"]
requirements = list(project["dependencies"])
for extra in project.get("optional-dependencies", {}).values():
    requirements += extra
for requirement in requirements:
    name = re.match(r"[A-Za-z0-9_.\-]+", requirement).group()
    if name == project["name"]:
        continue  # an extra that includes another extra
    lowest = re.search(r">=\s*([0-9][^,;\s]*)", requirement)
    if not lowest:
        sys.exit(f".ci/lowest.py: {requirement!r} has no lower bound (>=); give it one")
    print(f"{name}=={lowest.group(1)}")
