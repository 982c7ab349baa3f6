"""impl bewerk in a real browser: Playwright drives the system Chromium (never a download).

One browser for the whole module; each test opens its own copy of a plan with its own
`impl bewerk` server (in a thread of the test process: the server's process is tested in
test_form_server), and works the page as a person does: by label, by button name, by keyboard.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import find_browser
from conftest import REPO, VOORBEELDEN
from form_server import WELZIJN, Served, served, short_welzijn
from hostile_plan import hostile_plan_yaml

pytestmark = pytest.mark.browser

BROWSER = find_browser()  # without one, conftest skips every test marked browser
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is niet geïnstalleerd")
# A busy machine (the suite on every core) can take seconds for what takes 200 ms alone.
sync_api.expect.set_options(timeout=20_000)

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE = Path(__file__).parent / "vendor" / "axe" / "axe.min.js"
SCREENSHOT = REPO / "docs" / "bewerk-formulier.png"
EXAMPLES = sorted(VOORBEELDEN.glob("*.yaml"))
# axe runs on this voorbeeld's form (see test_axe_finds_no_serious_violation_in_any_voorbeeld).
CONTRAST = VOORBEELDEN / "vroegsignalering-schulden-onderweg.yaml"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for every page of the form's tests (per test process)."""
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=BROWSER, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    opened = context.new_page()
    opened.set_default_timeout(20_000)
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(str(error)))
    opened.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    opened.problems = problems
    yield opened
    context.close()
    assert not problems  # no script error, no failed request (a 500 shows here)


def copy_of(source: Path, folder: Path) -> Path:
    plan = folder / source.name
    shutil.copy(source, plan)
    return plan


def open_form(page: Any, server: Served) -> None:
    page.goto(server.address)
    sync_api.expect(page.locator("#qs-kop")).to_be_visible()


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_change_the_title_and_save_is_a_one_line_diff(page: Any, tmp_path: Path) -> None:
    plan = short_welzijn(tmp_path / WELZIJN.name)
    before = plan.read_text(encoding="utf-8")
    with served(plan) as server:
        open_form(page, server)
        page.get_by_label("Titel", exact=True).fill("Het Goede Gesprek — nieuwe titel")
        page.get_by_role("button", name="Opslaan", exact=True).click()
        sync_api.expect(page.locator("#status")).to_contain_text("Opgeslagen")
    after = plan.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        "-titel: Het Goede Gesprek in Bremmerveen — invoering 2026–2027",
        "+titel: Het Goede Gesprek — nieuwe titel",
    ]
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert all(line in after.splitlines() for line in comments)
    assert not page.problems


def test_add_a_kpi_see_kpi_03_and_a_nulmeting_makes_it_go(page: Any, tmp_path: Path) -> None:
    plan = short_welzijn(tmp_path / WELZIJN.name)
    with served(plan) as server:
        open_form(page, server)
        panel = page.locator("#quickscan")
        sync_api.expect(panel).not_to_contain_text("KPI-03")
        page.get_by_role("button", name="KPI toevoegen").click()
        sync_api.expect(panel).to_contain_text("KPI-03")
        new = page.get_by_role("group", name="KPI 4: K4", exact=True)
        sync_api.expect(new).to_contain_text("KPI-03")  # the finding stands at the new KPI
        # The keyboard is where the person works: in the new KPI's first field.
        assert page.evaluate("document.activeElement.id") == "v-kpis-3-id"
        new.get_by_label("Nulmeting", exact=True).fill("0")
        sync_api.expect(panel).not_to_contain_text("KPI-03")
    assert not page.problems


def test_a_change_on_disk_before_saving_is_refused_and_nothing_is_lost(
    page: Any, tmp_path: Path
) -> None:
    plan = short_welzijn(tmp_path / WELZIJN.name)
    with served(plan) as server:
        open_form(page, server)
        page.get_by_label("Titel", exact=True).fill("Mijn titel in het formulier")
        elsewhere = plan.read_text(encoding="utf-8").replace(
            "auteur: Ingrid Postma", "auteur: Ingrid Postma-de Vries"
        )
        plan.write_text(elsewhere, encoding="utf-8")
        page.get_by_role("button", name="Opslaan", exact=True).click()
        status = page.locator("#status")
        sync_api.expect(status).to_contain_text("het bestand is veranderd")
        assert plan.read_text(encoding="utf-8") == elsewhere  # the other change stays
        title = page.get_by_label("Titel", exact=True)
        assert title.input_value() == "Mijn titel in het formulier"  # and so does ours
        with page.expect_download() as download:
            page.get_by_role("link", name="Jouw versie downloaden").click()
        mine = Path(download.value.path()).read_text(encoding="utf-8")
        assert "titel: Mijn titel in het formulier" in mine
        page.get_by_role("button", name="Opnieuw laden").click()
        sync_api.expect(page.get_by_label("Auteur", exact=True)).to_have_value(
            "Ingrid Postma-de Vries, projectleider"
        )


def test_a_value_the_model_refuses_is_shown_at_its_field(page: Any, tmp_path: Path) -> None:
    plan = short_welzijn(tmp_path / WELZIJN.name)
    before = plan.read_bytes()
    with served(plan) as server:
        open_form(page, server)
        page.locator("#v-kpis-0-streefwaarde").fill("6.800")
        slot = page.locator("#m-kpis-0-streefwaarde")
        sync_api.expect(slot).to_contain_text("6800")
        page.get_by_role("button", name="Opslaan", exact=True).click()
        sync_api.expect(page.locator("#status")).to_contain_text("niet opgeslagen")
    assert plan.read_bytes() == before


def test_without_the_token_the_browser_gets_no_form(browser: Any, tmp_path: Path) -> None:
    plan = short_welzijn(tmp_path / WELZIJN.name)
    with served(plan) as server:
        context = browser.new_context()
        stranger = context.new_page()
        response = stranger.goto(f"http://127.0.0.1:{server.port}/")
        assert response.status == 403
        assert "Geen toegang" in stranger.content()
        assert "Titel" not in stranger.content()
        context.close()


def test_a_hostile_plans_texts_show_as_text(page: Any, tmp_path: Path) -> None:
    plan = tmp_path / "vijandig.yaml"
    plan.write_text(hostile_plan_yaml(), encoding="utf-8")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    with served(plan) as server:
        open_form(page, server)
        organisation = page.get_by_label("Organisatie", exact=True)
        assert organisation.input_value() == "Stichting | Pijp & Co <script>alert(1)</script>"
        assert "<b>geen HTML</b>" in page.locator("h1").inner_text()
        assert page.locator("h1 b").count() == 0
        assert page.locator("script:not([src])").count() == 0
    assert not dialogs


def _axe(page: Any) -> list[dict[str, Any]]:
    """axe's serious and critical violations on `page`."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag',"
        " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}))"
        ".violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.length, first: v.nodes[0] && v.nodes[0].target.join(' ')}))"
    )
    return [v for v in found if v["impact"] in ("serious", "critical")]


# What decides a text's contrast: its element and classes, its colour, the first background
# behind it, its size and weight; for every element with text of its own and every field.
_LOOKS = """() => { const out = new Set(); document.querySelectorAll('body *').forEach(el => {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own && !['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(el.tagName)) return;
  let back = el, bg = 'rgba(0, 0, 0, 0)';
  while (back && (bg = getComputedStyle(back).backgroundColor) === 'rgba(0, 0, 0, 0)')
    back = back.parentElement;
  const style = getComputedStyle(el);
  out.add([el.tagName, [...el.classList].sort().join('.'), style.color, bg, style.fontSize,
           style.fontWeight].join('|'));
}); return [...out]; }"""

# What axe's other rules judge of an element: its kind (tag, type, role), which attributes it
# has (labels, ARIA, ids and references to them), whether it has text of its own, and its parent.
_KINDS = """() => { const out = new Set(); document.querySelectorAll('*').forEach(el => {
  const names = [...el.attributes].map(a => a.name).filter(n => n !== 'value').sort();
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  out.add([el.tagName, el.getAttribute('type') || '', el.getAttribute('role') || '',
           names.join(','), own, el.parentElement ? el.parentElement.tagName : ''].join('|'));
}); return [...out]; }"""


def test_axe_finds_no_serious_violation_in_any_voorbeeld(browser: Any, tmp_path: Path) -> None:
    """axe's rules (about two seconds of Chromium per form) on CONTRAST's form, the voorbeeld
    with findings: it shows every kind of element (with its attributes, text and parent) and
    every kind of text (element, classes, colour, background, size) that the other voorbeelden'
    forms show, which is checked here; the form is one generator whatever the plan holds."""
    violations: list[dict[str, Any]] = []
    kinds: dict[str, set[str]] = {}
    looks: dict[str, set[str]] = {}
    for source in EXAMPLES:
        with served(copy_of(source, tmp_path)) as server:
            # axe is added as a script of its own: only the test's page lets it past the policy.
            context = browser.new_context(bypass_csp=True, viewport={"width": 1400, "height": 1000})
            opened = context.new_page()
            open_form(opened, server)
            kinds[source.stem] = set(opened.evaluate(_KINDS))
            looks[source.stem] = set(opened.evaluate(_LOOKS))
            if source == CONTRAST:
                violations = _axe(opened)
            context.close()
    assert not violations, json.dumps(violations, indent=1, ensure_ascii=False)
    for found in (kinds, looks):
        every = found[CONTRAST.stem]
        for name, seen in found.items():
            assert seen <= every, (name, sorted(seen - every))


def test_the_keyboard_reaches_and_works_the_save_button(page: Any, tmp_path: Path) -> None:
    plan = short_welzijn(tmp_path / WELZIJN.name)
    with served(plan) as server:
        open_form(page, server)
        title = page.get_by_label("Titel", exact=True)
        title.focus()
        page.keyboard.press("End")
        page.keyboard.type(" (concept)")
        page.keyboard.press("Enter")  # Enter in a field saves, as in any form
        sync_api.expect(page.locator("#status")).to_contain_text("Opgeslagen")
        save = page.get_by_role("button", name="Opslaan", exact=True)
        sync_api.expect(save).to_be_visible()
    assert "(concept)" in plan.read_text(encoding="utf-8")


def test_the_screenshot_for_the_readme(page: Any, tmp_path: Path) -> None:
    """Made by the test; written into the repository with IMPL_UPDATE_GOLDEN=1."""
    plan = copy_of(VOORBEELDEN / "online-burenhulp-platform.yaml", tmp_path)
    with served(plan, here=tmp_path) as server:
        page.set_viewport_size({"width": 1280, "height": 800})
        open_form(page, server)
        page.locator("#v-kpis-0-nulmeting").fill("")
        kpi = page.get_by_role("group", name="KPI 1: K1", exact=True)
        sync_api.expect(kpi).to_contain_text("KPI-03")
        page.evaluate("window.scrollTo(0, 0)")
        target = SCREENSHOT if os.environ.get("IMPL_UPDATE_GOLDEN") else tmp_path / "shot.png"
        target.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert SCREENSHOT.exists(), "make it with IMPL_UPDATE_GOLDEN=1"


def test_sluiten_with_unsaved_changes_asks_first(page: Any, tmp_path: Path) -> None:
    plan = short_welzijn(tmp_path / WELZIJN.name)
    before = plan.read_bytes()
    with served(plan) as server:
        open_form(page, server)
        page.get_by_label("Auteur", exact=True).fill("Iemand anders")
        sync_api.expect(page.locator("#opslagstand")).to_contain_text("nog niet zijn opgeslagen")
        page.get_by_role("button", name="Sluiten", exact=True).click()
        sync_api.expect(page.locator("#status")).to_contain_text("Wat wil je doen?")
        page.get_by_role("button", name="Sluiten zonder opslaan").click()
        sync_api.expect(
            page.get_by_role("heading", name="Het formulier is gesloten")
        ).to_be_visible()
        assert server.stopped.wait(timeout=10)  # the process's own exit: test_form_server
    assert plan.read_bytes() == before


def test_the_keyboard_moves_and_removes_a_goal_and_keeps_its_place(
    page: Any, tmp_path: Path
) -> None:
    plan = short_welzijn(tmp_path / WELZIJN.name)
    with served(plan) as server:
        open_form(page, server)
        first = page.get_by_role("group", name="Doel 1: D1", exact=True)
        sync_api.expect(first).to_be_visible()
        page.locator("#v-doelen-0-omlaag").focus()
        page.keyboard.press("Enter")
        sync_api.expect(page.get_by_role("group", name="Doel 2: D1", exact=True)).to_be_visible()
        # The focus stays with the moved goal, so Enter again moves it on.
        sync_api.expect(page.locator("#v-doelen-1-omlaag")).to_be_focused()
        page.keyboard.press("Enter")
        sync_api.expect(page.get_by_role("group", name="Doel 3: D1", exact=True)).to_be_visible()
        sync_api.expect(page.locator("#v-doelen-2-omhoog")).to_be_focused()
        page.locator("#v-doelen-2-verwijderen").focus()
        page.keyboard.press("Enter")
        sync_api.expect(page.get_by_role("group", name="Doel 3: D1", exact=True)).to_have_count(0)
        sync_api.expect(page.locator("#v-doelen-nieuw")).to_be_focused()
