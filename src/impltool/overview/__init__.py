"""`impl overzicht`: many plans side by side, the one that needs attention most first.

    plans ──rows.plan_row / build_overview──▶ Overview ──columns.table──▶ a format

- `rows.py`: one row per plan, worked out once (the quickscan of `impl check`, the progress
  of `impl voortgang`, on the same day), the totals, the attention order;
- `columns.py`: every column once: its header, its cell from a row, its formats;
- `spreadsheet.py` (CSV), `markdown.py`, `html.py`: thin writers of those columns, through
  the document's output machinery (render/markdown.py, render/engine.py, render/formats);
- `text.py` (the terminal, a few lines per plan) and `json_report.py` (for programs);
- `wording.py`: the sentences and numbers in words the formats share.
"""
