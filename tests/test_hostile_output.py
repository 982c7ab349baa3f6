"""Issue 12, items 1, 2 and 10: nothing impl prints or writes can act, whatever the plan,
its keys or its file name hold. Checked on the bytes impl writes through its console entry
point, in the test process; the first test shows the real process writes the same bytes."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from hostile import PLAN, as_text, impl, impl_here
from impltool.shown import fence, visible

PLAN_TEXT = PLAN.read_text(encoding="utf-8")
HOSTILE = (
    "Goed\\n::error::titel ##[add-mask]geheim \\e]0;pwned\\a \\e[2J\\x9b31m "
    "\\u202eRLO \\u2028 ``` ~~~"
)
# Anything that acts in a terminal or reorders text.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
ANNOTATION = re.compile(r"::(error|warning|notice) file=")


def hostile_plan(folder: Path, name: str = "plan.yaml") -> Path:
    text = PLAN_TEXT.replace(
        "titel: Het Goede Gesprek in Bremmerveen — invoering 2026–2027",
        f'titel: "{HOSTILE}"',
    ).replace("    - id: O1\n", '    - id: "O1 %% weg"\n')
    text = text.replace(
        "\nrol: uitvoerende_organisatie",
        '\nrol: uitvoerende_organisatie\n"::warning::k\\u202e": 1',
        1,
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def assert_inert(output: bytes, annotations: bool = False) -> None:
    text = output.decode("utf-8")
    assert not RAW_CONTROL.search(text), RAW_CONTROL.search(text)
    assert "##[" not in text
    for line in text.split("\n"):
        stripped = line.lstrip()  # GitHub trims leading white space too
        if stripped.startswith("::"):
            assert annotations and ANNOTATION.match(stripped), line


@pytest.mark.parametrize("output_format", ["tekst", "json", "github"])
def test_the_real_process_prints_the_same_bytes_as_the_runs_in_the_test_process(
    tmp_path: Path, output_format: str
) -> None:
    plan = hostile_plan(tmp_path)
    (tmp_path / "\u202eplan\n::error::naam.yaml").write_text("formaat: 1\ntitel: [\n", "utf-8")
    for args in (["check", "-f", output_format, plan], ["check", "-f", output_format, tmp_path]):
        real, here = impl(*args), impl_here(*args)
        assert (real.returncode, real.stdout, real.stderr) == (
            here.returncode,
            here.stdout,
            here.stderr,
        )
        assert real.returncode == 2 and real.stderr


def test_visible_shows_every_control_format_and_separator_character() -> None:
    allowed = {"\u00ad", "\u200c", "\u200d"}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp") and char not in allowed:
            assert visible(char) != char, f"U+{code:04X}"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\nb\tc\rd", "a\\nb\\tc\\rd"),
        ("\x1b]0;x\x07", "<U+001B>]0;x<U+0007>"),
        ("abc\u202edef", "abc<U+202E>def"),
        ("::error::x", "<U+003A>:error::x"),
        ("tekst \u3000::add-mask::x", "tekst \u3000<U+003A>:add-mask::x"),
        ("zie ##[error]", "zie ##<U+005B>error]"),
        ("plan\udcff.yaml", "plan\\xff.yaml"),
        ("C:\\Users\\Anne\\plan.yaml", "C:\\Users\\Anne\\plan.yaml"),
        ("Café 👨\u200d👩\u200d👧 – ok", "Café 👨\u200d👩\u200d👧 – ok"),
    ],
)
def test_visible_marks(text: str, shown: str) -> None:
    assert visible(text) == shown


def test_a_fence_is_longer_than_any_backtick_run() -> None:
    assert fence("geen") == "```"
    assert fence("a ````` b ``") == "``````"


def test_the_text_report_is_inert(tmp_path: Path) -> None:
    plan = hostile_plan(tmp_path)
    plan.write_text(
        plan.read_text(encoding="utf-8").replace('"::warning::k\\u202e": 1\n', ""),
        encoding="utf-8",
    )
    done = impl_here("check", plan)
    assert done.returncode in (0, 1), as_text(done.stderr)
    assert_inert(done.stdout)
    assert_inert(done.stderr)
    assert "Goed\\n<U+003A>:error::titel ##<U+005B>add-mask]geheim <U+001B>]0;pwned<U+0007>" in (
        as_text(done.stdout)
    )


@pytest.mark.parametrize("output_format", ["tekst", "json", "github"])
def test_every_format_is_inert_for_a_broken_hostile_plan(
    tmp_path: Path, output_format: str
) -> None:
    plan = hostile_plan(tmp_path)
    done = impl_here("check", "--formaat", output_format, plan)
    assert done.returncode == 2
    assert_inert(done.stdout, annotations=output_format == "github")
    assert_inert(done.stderr)
    assert "warning::k<U+202E>" in as_text(done.stdout + done.stderr).replace("\\u202e", "<U+202E>")


def test_json_keeps_the_exact_text_in_escapes(tmp_path: Path) -> None:
    plan = hostile_plan(tmp_path)
    plan.write_text(
        plan.read_text(encoding="utf-8").replace('"::warning::k\\u202e": 1\n', ""),
        encoding="utf-8",
    )
    done = impl_here("check", "--formaat", "json", plan)
    assert_inert(done.stdout)
    title = json.loads(done.stdout)["plans"][0]["title"]
    assert title.startswith("Goed\n::error::titel ##[add-mask]geheim \x1b]0;pwned\x07")
    assert "\u202eRLO \u2028" in title


@pytest.mark.parametrize(
    "name",
    ["plan\n::error::naam.yaml", "\u202eplan.yaml", "plan##[add-mask]x.yaml", "\x1b[2Jplan.yaml"],
)
def test_file_names_are_inert_in_skipped_missing_and_error_lines(tmp_path: Path, name: str) -> None:
    (tmp_path / "echt.yaml").write_text(PLAN_TEXT, encoding="utf-8")
    other = tmp_path / name
    other.write_text("naam: geen plan\n", encoding="utf-8")
    done = impl_here("check", tmp_path)  # "overgeslagen ..."
    assert "overgeslagen" in as_text(done.stderr)
    assert_inert(done.stdout)
    assert_inert(done.stderr)
    for output_format in ("tekst", "json", "github"):
        done = impl_here("check", "-f", output_format, tmp_path / ("weg-" + name))  # "bestaat niet"
        assert "bestaat niet" in as_text(done.stderr)
        assert_inert(done.stdout + done.stderr)
        broken = tmp_path / ("kapot-" + name)
        broken.write_text("formaat: 1\ntitel: [\n", encoding="utf-8")
        done = impl_here("check", "-f", output_format, broken)
        assert done.returncode == 2
        assert_inert(done.stdout, annotations=output_format == "github")
        assert_inert(done.stderr)


def test_a_file_name_that_is_not_utf8_is_shown_as_bytes(tmp_path: Path) -> None:
    name = b"plan-\xff.yaml"
    path = tmp_path / name.decode("utf-8", "surrogateescape")
    path.write_text("formaat: 1\ntitel: [\n", encoding="utf-8")
    done = impl_here("check", path)
    assert done.returncode == 2
    assert "plan-\\xff.yaml:3:1: fout: YAML-fout" in as_text(done.stderr)
    assert "impl zelf" not in as_text(done.stderr)


def test_the_job_summary_keeps_plan_text_inside_its_code_block(tmp_path: Path) -> None:
    plan = hostile_plan(tmp_path)
    plan.write_text(
        plan.read_text(encoding="utf-8").replace('"::warning::k\\u202e": 1\n', ""),
        encoding="utf-8",
    )
    summary = tmp_path / "summary.md"
    summary.write_text("eerder\n", encoding="utf-8")
    done = impl_here("check", "-f", "github", plan, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert done.returncode in (0, 1)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("eerder\n## impl quickscan\n\n")
    opening = re.search(r"^(`{3,})text$", text, re.MULTILINE)
    assert opening is not None
    marks = opening.group(1)
    assert len(marks) > 3  # the title holds ```
    body = text[opening.end() :]
    # The block closes exactly once, on the last line.
    closings = [m.start() for m in re.finditer(rf"^ {{0,3}}`{{{len(marks)},}}\s*$", body, re.M)]
    assert len(closings) == 1 and body[closings[0] :].strip() == marks
    assert_inert(text.encode("utf-8"))


def test_the_document_is_inert_and_keeps_every_activity_in_the_timeline(tmp_path: Path) -> None:
    plan = hostile_plan(tmp_path)
    plan.write_text(
        plan.read_text(encoding="utf-8")
        .replace('"::warning::k\\u202e": 1\n', "")
        .replace("wat: Keukentafelgesprekken", "wat: 100%% Keukentafelgesprekken %%%"),
        encoding="utf-8",
    )
    done = impl_here("render", plan)
    assert done.returncode == 0, as_text(done.stderr)
    assert_inert(done.stdout)
    document = as_text(done.stdout)
    gantt = document.split("```mermaid", 1)[1].split("```", 1)[0]
    task = next(line for line in gantt.splitlines() if "O1" in line)
    assert "%%" not in task and "Keukentafelgesprekken" in task
    assert ":" in task  # still a task line with its dates
    assert "<U+202E>" in document.replace("\\", "")


@pytest.mark.parametrize("suffix", [".html", ".docx"])
def test_html_and_word_hold_plan_text_inert(tmp_path: Path, suffix: str) -> None:
    plan = hostile_plan(tmp_path)
    plan.write_text(
        plan.read_text(encoding="utf-8").replace('"::warning::k\\u202e": 1\n', ""),
        encoding="utf-8",
    )
    target = tmp_path / f"plan{suffix}"
    done = impl_here("render", plan, "-o", target)
    assert done.returncode == 0, as_text(done.stderr)
    if suffix == ".html":
        assert_inert(target.read_bytes())
        # The mark is text on the page (a bare `<U+202E>` would be a tag to the browser).
        page = target.read_text(encoding="utf-8")
        assert "&lt;U+202E&gt;" in page and "<U+" not in page
        assert_inert(impl_here("render", plan, "--formaat", "html").stdout)


NONCHARACTERS = "\\uFFFE \\uFFFF \\uFDD0 \\U0001FFFE \\U0010FFFF"


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("render", "plan.md"),
        ("render", "plan.html"),
        ("render", "plan.docx"),
        ("voortgang", "stand.docx"),
        ("voortgang", "stand.html"),
        ("voortgang", "stand.md"),
    ],
)
def test_characters_xml_does_not_allow_show_as_marks_in_every_medium(
    tmp_path: Path, command: str, name: str
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        PLAN_TEXT.replace(
            "titel: Het Goede Gesprek in Bremmerveen — invoering 2026–2027",
            f'titel: "Gesprek {NONCHARACTERS} einde"',
        ),
        encoding="utf-8",
    )
    target = tmp_path / name
    done = impl_here(command, plan, "-o", target, "--datum", "2026-11-29")
    assert done.returncode == 0, done.stderr.decode()
    if name.endswith(".docx"):
        import docx

        text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    else:
        text = target.read_text("utf-8")
    assert "U+FFFE" in text and "U+10FFFF" in text
    assert not any(c in text for c in "\ufffe\uffff\ufdd0\U0001fffe\U0010ffff")
