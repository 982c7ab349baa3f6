"""The text of a new plan: the init templates rendered, and checked by impl's own loader.

The plan text comes from Jinja templates in templates/init/ (one per `--sjabloon`, sharing a
base and macros). A template that produces something impl cannot read is impl's bug, not the
user's: it raises ScaffoldBug and nothing is written.
"""

from __future__ import annotations

import math

import yaml

from ..dutch import wrap
from ..plan import fields
from .answers import Answers
from .context import template_context
from .target import DEFAULT_FILE

COMMENT_WIDTH = 96


class ScaffoldBug(Exception):
    """A template or its data produced something impl itself cannot read: our bug, not the
    user's. Nothing is written when this happens."""


def yaml_text(value: str) -> str:
    """`value` as a one-line YAML scalar that reads back as exactly this text.

    Plain where that is safe (most titles), otherwise double-quoted with escapes, so a title
    with `: `, `#`, quotes or a leading dash still gives valid YAML with the same text.
    """
    dumped = yaml.safe_dump(
        {"k": value}, allow_unicode=True, width=math.inf, default_flow_style=False
    )
    if dumped.count("\n") == 1 and dumped.startswith("k: "):
        return dumped[3:-1]
    quoted = yaml.safe_dump(value, allow_unicode=True, width=math.inf, default_style='"')
    return quoted.rstrip("\n").removesuffix("\n...")


def comment(
    text: str, indent: int = 0, hang: int = 0, lead: int = 0, width: int = COMMENT_WIDTH
) -> str:
    """Wrap `text` into YAML comment lines at `indent`.

    After the `# `, the first line is indented `lead` spaces and the others `hang` spaces.
    """
    prefix = " " * indent + "# "
    lines = wrap(" ".join(text.split()), max(width - len(prefix), 30), " " * lead, " " * hang)
    return "\n".join(prefix + line for line in lines)


def render_plan(answers: Answers, name: str = DEFAULT_FILE) -> str:
    """The plan text for `answers`, checked by impl's own loader before anyone sees it."""
    import jinja2

    from ..resources import resource_dir

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resource_dir("templates") / "init"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    environment.filters["yaml"] = yaml_text
    environment.filters["comment"] = comment
    environment.filters["join_or"] = lambda items: " | ".join(items)
    # The plan's shape from the model: keuzes("doelgroepen.type"), uitleg("titel").
    environment.globals["keuzes"] = fields.choices
    environment.globals["uitleg"] = fields.description
    try:
        text = environment.get_template(f"{answers.template}.yaml.j2").render(
            template_context(answers)
        )
    except jinja2.TemplateError as error:
        where = f"{getattr(error, 'name', None) or answers.template}"
        line = getattr(error, "lineno", None)
        raise ScaffoldBug(f"sjabloon {where}{f':{line}' if line else ''}: {error}") from error
    except KeyError as error:  # keuzes() or uitleg() asked for a key the model lacks
        raise ScaffoldBug(f"sjabloon {answers.template}: het plan kent {error} niet") from error
    check_rendered(text, answers, name)
    return text


def check_rendered(text: str, answers: Answers, name: str) -> None:
    """Raise ScaffoldBug unless `text` is a valid plan carrying exactly the user's answers."""
    from ..plan.load import PlanError, load_text

    try:
        plan = load_text(text, name).plan
    except PlanError as error:
        raise ScaffoldBug(
            f"het sjabloon {answers.template} gaf een ongeldig plan:\n{error}"
        ) from None
    got = (plan.title, plan.intervention.name, plan.role, plan.intervention.kind)
    wanted = (answers.title, answers.name, answers.role, answers.kind)
    period = plan.period
    if (
        got != wanted
        or period is None
        or (period.start, period.end) != (answers.start, answers.end)
    ):
        raise ScaffoldBug(f"het sjabloon {answers.template} gaf andere antwoorden terug: {got}")
