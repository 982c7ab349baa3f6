"""`impl init`: a new plan that validates at once and explains itself while it is filled in.

One module per concern:

    target     where the plan goes, refusals before any question, the schema next to it
    answers    flags, questions and defaults become the Answers the templates need
    prompt     asking on a terminal (numbered options, dates said back in words)
    period     default dates and the dates the user gives
    context    what the templates are filled with (answers, toolkit, example activities)
    plan_text  the templates rendered, and checked by impl's own loader
    closing    the closing message with the next two commands

`init_plan` below runs them in that order.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..errors import UserError
from .answers import Given, resolve_answers
from .closing import Written
from .plan_text import render_plan
from .prompt import Asker
from .target import check_target, target_path, write_schema

__all__ = ["Given", "Written", "init_plan"]


def init_plan(
    plan: Path | None, given: Given, *, force: bool, today: date, asker: Asker | None
) -> Written:
    """Check the target, gather the answers, render, validate and write the plan atomically.

    Raises UserError (bad flag, missing folder, existing file without --force) before any
    question is asked, and ScaffoldBug if a template fails; in both cases nothing is written.
    """
    from ..writing import write_atomic

    path = target_path(plan)
    check_target(path, force)
    if asker is not None:
        from ..shown import visible

        asker.say(f"Nieuw implementatieplan: {visible(path)}")
        asker.say("Een paar vragen; Enter neemt het voorstel tussen [ ] over.")
        asker.say("")
    answers = resolve_answers(given, today, asker)
    text = render_plan(answers, str(path))
    write_atomic(path, text, overwrite=force, replace_plan=force, replace_any=force)
    try:
        schema = write_schema(path.parent)
    except (UserError, OSError):
        schema = "mislukt"  # the plan is written; the schema is only an editor convenience
    return Written(path, answers, schema)
