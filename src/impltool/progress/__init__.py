"""`impl voortgang`: the plan in practice (PDCA: Do, Check, Act).

    plan ──state.build_progress──▶ Progress ──text / json_report / document──▶ output

- `state.py`: where a plan stands on a day (time, activities, money, next steps);
- `kpis.py`: each KPI on that day (its metingen, line, verdict, light and notes);
- `since.py`: what changed since a date (`--sinds DATUM`); `revision.py` since a git revision,
  read through `git.py` (git on a repository impl does not trust) and compared by `compare.py`;
- `text.py`, `json_report.py`: the report on the terminal and for other programs;
- `document/`: the quarterly report ("voortgangsrapportage") as md, html or docx, laid out
  by the formats of `impl render`.

A KPI's line and the plan's timing, shared with the quickscan, live in the package `domain`;
`impl overzicht` (many plans side by side) lives in the package `overview`.
"""
