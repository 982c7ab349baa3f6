"""The `impl` command (also `python -m impltool`): the CLI, started without the cyclic GC.

Python's cyclic garbage collector is switched off before the CLI loads. Importing typer and
pydantic and building the plan model create hundreds of thousands of objects that live until
exit, and the collector walks over them again and again: 5 to 10 % of `impl check`'s
start-up. impl itself makes next to no reference cycles, so memory does not grow: checking
1,000 plans in one process, or a plan of 2,000 activities, peaks within 1 MB of a run with
the collector on (bench/RESULTS.md).
"""

import gc


def main() -> None:
    gc.disable()  # in main, not at import: importing this module changes nothing
    from .cli import main as run_cli

    run_cli()
