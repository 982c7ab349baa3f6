"""`impl render --formaat html`: the document in a real browser, as a reader opens it.

Every voorbeeld and a hostile plan are rendered and opened in headless Chromium: no errors
in the console, nothing wider than a 1280 px window, one bar in the timeline per dated
activity, and a printed page count that makes sense. Without a browser on the machine these
tests are skipped with the reason (CI installs Chromium in .ci/run).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser import find_browser, measure, print_pages
from conftest import VOORBEELDEN, run_cli
from hostile_plan import DATED_ACTIVITIES, hostile_plan_yaml
from impltool.plan.load import load_plan

DAY = "2026-11-24"
BROWSER = find_browser()


def dated_activities(plan: Path) -> int:
    loaded = load_plan(plan)
    return sum(
        1
        for _, _, a in loaded.plan.activities()
        if a.start is not None and a.status != "vervallen" and (a.end is None or a.end >= a.start)
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("vijandig") / "vijandig.yaml"
    path.write_text(hostile_plan_yaml(), encoding="utf-8")
    return path


PLANS = sorted(VOORBEELDEN.glob("*.yaml"))


def render_html(plan: Path, target: Path, *extra: str) -> str:
    result = run_cli("render", plan, "-o", target, "--datum", DAY, *extra)
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_the_html_is_one_self_contained_file(plan: Path, tmp_path: Path) -> None:
    html = render_html(plan, tmp_path / "plan.html", "--met-quickscan")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in html
    assert "<script" not in html  # readable without JavaScript
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # nothing fetched
    assert "@import" not in html and "url(" not in html
    assert "<h1>" in html and '<th scope="col" class="k-' in html
    assert html.count("<svg") >= 2  # the timeline and the score chart


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
@pytest.mark.browser
def test_a_voorbeeld_in_the_browser(plan: Path, tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    render_html(plan, page, "--met-quickscan")
    measured = measure(BROWSER, page)
    assert measured["errors"] == [] and measured["console"] == []
    assert measured["scrollWidth"] <= measured["clientWidth"], measured["wide"]
    assert measured["bars"] == dated_activities(plan)
    assert 3 <= print_pages(BROWSER, page) <= 30


@pytest.mark.browser
def test_a_hostile_plan_in_the_browser(hostile: Path, tmp_path: Path) -> None:
    page = tmp_path / "vijandig.html"
    html = render_html(hostile, page, "--met-quickscan")
    assert "<b>geen HTML</b>" not in html and "&lt;b&gt;geen HTML&lt;/b&gt;" in html
    measured = measure(BROWSER, page)
    assert measured["errors"] == [] and measured["console"] == []
    assert measured["scrollWidth"] <= measured["clientWidth"], measured["wide"]
    assert measured["bars"] == DATED_ACTIVITIES
    assert 3 <= print_pages(BROWSER, page) <= 60


def test_one_day_activities_are_milestones_and_today_is_marked(tmp_path: Path) -> None:
    plan = VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml"
    html = render_html(plan, tmp_path / "plan.html")
    loaded = load_plan(plan).plan
    one_day = [a for _, _, a in loaded.activities() if a.start and a.end in (None, a.start)]
    assert html.count('class="balk mijlpaal') == len(one_day) > 0
    assert html.count('class="vandaag"') >= 1
    # A date outside the period: no "vandaag" line.
    later = run_cli("render", plan, "--formaat", "html", "--datum", "2030-01-01").stdout
    assert 'class="vandaag"' not in later


def test_lights_are_told_in_words_not_only_in_colour(tmp_path: Path) -> None:
    html = render_html(
        VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml", tmp_path / "p.html", "--met-quickscan"
    )
    assert re.search(r'<span class="licht groen"><span aria-hidden="true">●</span> groen', html)


def test_the_timeline_groups_bars_by_phase_with_a_month_grid(tmp_path: Path) -> None:
    html = render_html(VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml", tmp_path / "p.html")
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", html)
    assert captions[0].startswith("Fase 0") and captions[-1].startswith("Fase 5")
    first = html.split('<svg class="tijdlijn"', 1)[1].split("</svg>", 1)[0]
    assert (
        first.count('class="maandlijn"') + first.count('class="jaarlijn"') == 23
    )  # feb 2026–dec 2027


def test_a_house_style_css_comes_after_the_built_in_css_and_stays_css(tmp_path: Path) -> None:
    folder = tmp_path / "huisstijl"
    folder.mkdir()
    (folder / "huisstijl.css").write_text(
        "h1 { color: #8a1538; }\n/* </style><script>alert(1)</script> */\n", "utf-8"
    )
    (folder / "plan.html.j2").write_text(
        '{% extends "ingebouwd/plan.html.j2" %}\n'
        "{% block slot %}<footer>Welzijn Bremmerveen | {{ titel }}</footer>{% endblock %}\n",
        "utf-8",
    )
    html = render_html(
        VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml", tmp_path / "p.html", "--sjabloon", folder
    )
    assert html.index("--accent") < html.index("#8a1538")  # the house style wins
    assert "</style><script>" not in html  # the style element cannot be ended early
    assert "<footer>Welzijn Bremmerveen | Het Goede Gesprek in Bremmerveen" in html


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
@pytest.mark.browser
def test_the_printed_summary_with_the_quickscan_keeps_to_one_page(
    plan: Path, tmp_path: Path
) -> None:
    page = tmp_path / "plan.html"
    html = render_html(plan, page, "--met-quickscan")
    # Only the title block and the summary: printed, they must fill exactly one A4 page.
    start = html.index('<section class="sectie', html.index('id="samenvatting"') + 1)
    page.write_text(html[:start] + "</main></body></html>", encoding="utf-8")
    assert 'class="quickscan"' in html[:start]
    assert print_pages(BROWSER, page) == 1


def test_columns_of_prose_get_room_and_labels_stay_with_what_follows(tmp_path: Path) -> None:
    html = render_html(VOORBEELDEN / "welzijn-eenzaamheid-ouderen.yaml", tmp_path / "p.html")
    assert '<th scope="col" class="k-boodschap">Boodschap</th>' in html
    css = (Path(__file__).parents[1] / "templates/document/html/stijl.css").read_text()
    assert re.search(r"th\.k-boodschap \{ width: \d+%; \}", css)
    assert re.search(r"h2, h3, \.kopje[^{]*p:has\(\+ table\)[^{]*\{ break-after: avoid; \}", css)
