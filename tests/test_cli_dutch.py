"""Help pages and usage errors speak Dutch, for every command, also ones added later."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from conftest import ANSI, REPO, run_cli
from impltool.cli import app
from impltool.cli_dutch import DutchGroup
from impltool.cli_dutch.help_page import choices

PLAN = REPO / "voorbeelden"
# click's and typer's English; none of it may reach a user.
ENGLISH = re.compile(
    r"\b(Usage|Error|Options|Arguments|Commands|Show this|Try|Missing|No such|Invalid"
    r"|Did you mean|Got unexpected|requires|does not|is not|must be|should be|Value|value"
    r"|Aborted|default|required|dynamic|env var|not one of|exist|directory|iterable"
    r"|Input should|Choose from)\b"
)


def assert_no_english(text: str) -> None:
    found = ENGLISH.findall(text)
    assert not found, f"English {found} in:\n{text}"


def command_names() -> list[str]:
    return sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_app_help_is_dutch() -> None:
    result = run_cli("--help")

    assert result.exit_code == 0
    assert result.stdout.startswith("Gebruik: impl [OPTIES] COMMANDO [ARGUMENTEN]...\n")
    assert "\nOpties:\n" in result.stdout
    assert "\nCommando's:\n" in result.stdout
    assert "-h, --help  Toon deze hulp en stop." in result.stdout
    assert_no_english(result.output)


def test_check_help_is_dutch() -> None:
    result = run_cli("check", "--help")

    assert result.exit_code == 0
    assert result.stdout.startswith("Gebruik: impl check [OPTIES] PLAN...\n")
    assert "\nArgumenten:\n  PLAN...  Planbestanden" in result.stdout
    assert "[verplicht]" in result.stdout
    assert "[standaard: tekst]" in result.stdout
    assert "Toon deze hulp en stop." in result.stdout
    assert "list[Path]" not in result.stdout  # no programmer's type names
    assert_no_english(result.output)


def test_schema_help_is_dutch_down_to_the_type_of_a_value() -> None:
    result = run_cli("schema", "-h")

    assert result.exit_code == 0
    assert result.stdout.startswith("Gebruik: impl schema [OPTIES]\n")
    assert "-o, --uitvoer PAD" in result.stdout
    assert "<path>" not in result.stdout
    assert_no_english(result.output)


def test_the_app_has_the_commands_this_test_walks() -> None:
    assert {"check", "schema", "checklist"} <= set(command_names())


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_a_dutch_help_page(name: str) -> None:
    result = run_cli(name, "--help")

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Gebruik: impl {name} [OPTIES]")
    assert "\nOpties:\n" in result.stdout
    assert "Toon deze hulp en stop." in result.stdout
    assert "{" not in result.stdout.splitlines()[0]  # typer's `{ARG}...` in the usage line
    assert_no_english(result.output)


def test_missing_argument_is_told_in_dutch() -> None:
    result = run_cli("check")

    assert result.exit_code == 2
    assert result.exception is None
    assert result.stdout == ""
    assert result.stderr == (
        "Gebruik: impl check [OPTIES] PLAN...\n"
        "Kijk voor hulp bij 'impl check -h'.\n"
        "\n"
        "fout: het argument PLAN... ontbreekt.\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--x", PLAN], "fout: de optie --x bestaat niet."),
        (["check", "--formaa", "json", PLAN], "Bedoel je --formaat?"),
        (
            ["check", "--formaat", "xml", PLAN],
            "fout: ongeldige waarde 'xml' voor --formaat; kies uit tekst, json of github.",
        ),
        (["bla"], "fout: het commando 'bla' bestaat niet."),
        (["chek"], "Bedoel je 'check'"),
        (["check", PLAN, "--datum"], "fout: de optie --datum heeft een waarde nodig."),
        (["schema", "extra"], "fout: onverwacht extra argument: extra"),
        (["--versie=1"], "fout: de optie --versie krijgt geen waarde."),
    ],
)
def test_usage_errors_are_told_in_dutch(args: list[str | Path], message: str) -> None:
    result = run_cli(*args)

    assert result.exit_code == 2
    assert result.exception is None
    assert result.stderr.startswith("Gebruik: impl")
    assert "\nKijk voor hulp bij 'impl" in result.stderr
    assert message in result.stderr
    assert_no_english(result.output)


def test_our_own_dutch_message_passes_unchanged() -> None:
    result = run_cli("check", PLAN, "--datum", "morgen")

    assert result.exit_code == 2
    assert result.stderr.endswith(
        "\nfout: 'morgen' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01\n"
    )


def test_impl_without_a_command_shows_the_dutch_help() -> None:
    result = run_cli()

    assert result.exit_code == 2
    assert result.stderr.startswith("Gebruik: impl [OPTIES] COMMANDO")
    assert "Commando's:" in result.stderr
    assert_no_english(result.output)


# A command or sub-app added after the fact: built here, so the test does not depend on
# what impl's own commands happen to use.


def later_app() -> typer.Typer:
    later = typer.Typer(cls=DutchGroup, add_completion=False, rich_markup_mode=None)

    @later.callback()
    def root() -> None:
        """Proef."""

    @later.command()
    def tel(
        aantal: Annotated[int, typer.Option(min=1, help="Hoe vaak.")] = 1,
        map_: Annotated[Path | None, typer.Option("--map", file_okay=False)] = None,
    ) -> None:
        """Tel iets."""

    @later.command()
    def vraag() -> None:
        """Vraag bevestiging."""
        typer.confirm("Doorgaan?", abort=True)

    sub = typer.Typer()

    @sub.command()
    def diep(naam: str) -> None:
        """Een commando in een sub-app."""

    later.add_typer(sub, name="sub")
    return later


def run_later(*args: str, input: str | None = None) -> tuple[int, str]:
    env = {"TERM": "dumb", "NO_COLOR": "1", "COLUMNS": "100"}
    result = CliRunner().invoke(later_app(), list(args), input=input, env=env)
    return result.exit_code, ANSI.sub("", result.stdout + result.stderr)


def test_a_command_added_later_gets_dutch_help_and_dutch_types() -> None:
    code, text = run_later("tel", "--help")

    assert code == 0
    assert text.startswith("Gebruik: ")
    assert text.splitlines()[0].endswith(" tel [OPTIES]")
    assert "--aantal GETAL" in text
    assert "--map MAP" in text
    assert "[standaard: 1; minstens 1]" in text
    assert_no_english(text)


def test_a_sub_app_added_later_is_dutch_too() -> None:
    code, text = run_later("sub", "diep", "--help")
    assert code == 0
    assert "Argumenten:\n  NAAM TEKST" in text
    assert "[OPTIES] NAAM" in text.splitlines()[0]
    assert_no_english(text)

    code, text = run_later("sub", "diep")
    assert code == 2
    assert "fout: het argument NAAM ontbreekt." in text
    assert_no_english(text)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["tel", "--aantal", "veel"],
            "fout: ongeldige waarde voor --aantal: 'veel' is geen geheel",
        ),
        (["tel", "--aantal", "0"], "fout: ongeldige waarde voor --aantal: 0 moet minstens 1 zijn"),
        (["sub"], "fout: impl begrijpt deze opdracht niet."),
    ],
)
def test_bad_values_of_a_later_command_are_told_in_dutch(args: list[str], message: str) -> None:
    code, text = run_later(*args)

    assert code == 2
    assert message in text
    assert_no_english(text)


def test_a_question_answered_no_stops_in_dutch() -> None:
    code, text = run_later("vraag", input="n\n")

    assert code == 1
    assert text.rstrip().endswith("afgebroken")
    assert_no_english(text)


def test_impl_s_commands_leave_path_checks_to_themselves() -> None:
    # typer's own checks (exists=, file_okay=, ...) say what is wrong in English only; impl's
    # commands check their paths themselves and say it in Dutch, with the path.
    checks = ("exists", "readable", "writable", "resolve_path")
    for name, command in get_command(app).commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            descriptor = getattr(param, "type_descriptor", None)
            if not getattr(descriptor, "is_path", False):
                continue
            info = descriptor.parameter_info
            used = [check for check in checks if getattr(info, check, False)]
            used += [k for k in ("file_okay", "dir_okay") if getattr(info, k, True) is False]
            assert not used, f"impl {name} {param.name}: {used}"


# Every usage error of every command, derived from the commands themselves.


def usage_error_calls() -> list[list[str]]:
    group = get_command(app)
    calls = [["--"], ["onbekend"], ["chek"], ["--onbekend"], ["--versie=1"]]
    for name, command in sorted(group.commands.items()):  # type: ignore[attr-defined]
        arguments = [p for p in command.params if p.param_type_name == "argument"]
        filled = ["x"] * sum(1 for p in arguments if p.required)
        calls.append([name, *filled, "--onbekend"])
        longs = [max(p.opts, key=len) for p in command.params if p.param_type_name == "option"]
        if longs:
            calls.append([name, *filled, longs[0] + "x"])  # a slip: impl suggests the option
        if any(p.required for p in arguments):
            calls.append([name])
        if not any(p.nargs == -1 for p in arguments):
            calls.append([name, *["x"] * len(arguments), "te", "veel"])
        for option in command.params:
            if option.param_type_name != "option" or option.name == "help":
                continue
            long = max(option.opts, key=len)
            if option.is_flag:
                calls.append([name, *filled, f"{long}=ja"])
                continue
            calls.append([name, *filled, long])
            if choices(option) or option.metavar == "JJJJ-MM-DD":
                calls.append([name, *filled, long, "onzin"])
    return calls


@pytest.mark.parametrize("args", usage_error_calls(), ids=" ".join)
def test_no_usage_error_speaks_english(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)

    assert result.exit_code == 2, result.output
    assert result.exception is None
    assert "fout: " in result.stderr
    assert_no_english(result.output)
