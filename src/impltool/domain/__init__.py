"""What the quickscan (`impl check`), `impl voortgang` and the documents share, defined once,
below all three: the plan's timing (its launch and the launch per group of doelgroepen), a
KPI's line and the verdict on it, and activities in their place in the plan.

- `timing.py`: when work starts, for the plan and per group; where a KPI's line starts;
- `line.py`: a KPI's straight line from baseline to target and the verdict on its latest meting.

Light on purpose: `impl check` imports it, so nothing here pulls in a document library.
"""
