"""impl bewerk's server as a stranger would try it: over HTTP, with one server for the file."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from form_server import Served, running, served, short_welzijn, wait_until_stopped
from impltool.form.guard import MAX_BODY


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    plan = short_welzijn(tmp_path_factory.mktemp("server") / "plan.yaml")
    with served(plan) as started:
        yield started


def form_post(server: Served, path: str, fields: dict[str, str], **headers: str) -> tuple:
    body = urllib.parse.urlencode(fields).encode()
    sent = {
        "Origin": server.origin,
        "Content-Type": "application/x-www-form-urlencoded",
        **headers,
    }
    return server.request("POST", path, body, sent)


def test_the_first_line_is_the_full_address_on_127_0_0_1(tmp_path: Path) -> None:
    plan = short_welzijn(tmp_path / "plan.yaml")
    with running(plan) as started:  # `running` reads the address from the first line
        assert started.address.startswith("http://127.0.0.1:")
        assert len(started.token) >= 32
        assert started.request("GET", "/")[0] == 200


def test_the_token_in_the_address_becomes_a_strict_http_only_cookie(server: Served) -> None:
    status, headers, _ = server.request("GET", f"/?token={server.token}", cookie=False)
    assert status == 303 and headers["location"] == "/"
    cookie = headers["set-cookie"]
    assert f"impl_bewerk_{server.port}={server.token}" in cookie
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")


@pytest.mark.parametrize("path", ["/", "/static/htmx.min.js", "/document.html", "/document.docx"])
def test_without_the_token_everything_is_refused(server: Served, path: str) -> None:
    status, _, body = server.request("GET", path, cookie=False)
    assert status == 403
    assert "Geen toegang" in body.decode()
    status, _, _ = server.request(
        "GET", path, headers={"Cookie": f"impl_bewerk_{server.port}=raden"}, cookie=False
    )
    assert status == 403


@pytest.mark.parametrize(
    "host", ["evil.example", "localhost:{port}", "127.0.0.1", "evil.example:{port}", ""]
)
def test_a_foreign_host_is_refused(server: Served, host: str) -> None:
    status, _, body = server.request("GET", "/", headers={"Host": host.format(port=server.port)})
    assert status == 400
    assert "Onbekend adres" in body.decode()


@pytest.mark.parametrize("origin", [None, "http://evil.example", "null", "http://localhost:1"])
def test_a_change_without_this_origin_is_refused(server: Served, origin: str | None) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if origin is not None:
        headers["Origin"] = origin
    body = b"actie=opslaan&_versie=0"
    status, _, _ = server.request("POST", "/wijzig", body, headers)
    assert status == 403


def test_a_too_large_body_is_refused_before_it_is_read(server: Served) -> None:
    status, _, _ = form_post(server, "/controleer", {"titel": "x" * (MAX_BODY + 10)})
    assert status == 413


def test_only_form_fields_are_accepted(server: Served) -> None:
    status, _, _ = server.request(
        "POST",
        "/controleer",
        b"--x\r\n",
        {"Origin": server.origin, "Content-Type": "multipart/form-data; boundary=x"},
    )
    assert status == 415


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/form.py", "/etc/passwd", "/x"])
def test_only_its_own_page_and_static_files_are_served(server: Served, path: str) -> None:
    status, _, _ = server.request("GET", path)
    assert status == 404


def test_every_answer_has_a_strict_content_security_policy(server: Served) -> None:
    status, headers, body = server.request("GET", "/")
    assert status == 200
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert headers["x-content-type-options"] == "nosniff"
    page = body.decode()
    assert "<script>" not in page and " on" not in page.replace(" one", "")[:0]
    assert 'src="/static/htmx.min.js"' in page


def test_the_word_download_is_the_same_as_impl_render(server: Served, tmp_path: Path) -> None:
    from datetime import date

    from conftest import run_cli

    status, headers, data = server.request("GET", "/document.docx")
    assert status == 200
    assert "attachment" in headers["content-disposition"]
    made = tmp_path / "plan.docx"
    result = run_cli(
        "render", server.plan, "--formaat", "docx", "-o", made, "--datum", date.today().isoformat()
    )
    assert result.exit_code in (0, 1), result.output
    assert _members(data) == _members(made.read_bytes())


def _members(docx: bytes) -> dict[str, bytes]:
    """A Word file's parts (the zip's own time stamps say when, not what)."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_html_document_opens_with_a_policy_that_allows_no_script(server: Served) -> None:
    status, headers, data = server.request("GET", "/document.html")
    assert status == 200 and b"<h1" in data
    policy = headers["content-security-policy"]
    assert "script-src" not in policy and "default-src 'none'" in policy


def test_sluiten_stops_the_server(tmp_path: Path) -> None:
    plan = short_welzijn(tmp_path / "plan.yaml")
    with running(plan) as started:
        status, _, body = form_post(started, "/wijzig", {"actie": "sluiten", "_versie": "0"})
        assert status == 200 and "gesloten" in body.decode()
        assert wait_until_stopped(started.process) == 0
        assert started.process.stderr is not None
        said = started.process.stderr.read()
        assert "gestopt" in said and "Traceback" not in said


def test_a_new_plan_is_served_from_the_scaffold(tmp_path: Path) -> None:
    with running(tmp_path / "nieuw.yaml", "--poort", "0") as started:
        status, _, body = started.request("GET", "/")
        assert status == 200
        assert "nieuw: het bestand wordt gemaakt als je opslaat" in body.decode()
    assert not (tmp_path / "nieuw.yaml").exists()


def test_ctrl_c_stops_the_server_quietly(tmp_path: Path) -> None:
    import signal

    plan = short_welzijn(tmp_path / "plan.yaml")
    with running(plan) as started:
        assert started.request("GET", "/")[0] == 200
        started.process.send_signal(signal.SIGINT)
        assert wait_until_stopped(started.process) == 0
        assert started.process.stderr is not None
        said = started.process.stderr.read()
        assert "gestopt" in said and "Traceback" not in said


def test_bidi_and_control_characters_from_the_plan_show_as_marks(tmp_path: Path) -> None:
    """As in check's output and the documents: a plan cannot reverse or hide what the page
    says; a field's own value keeps the character, so saving changes nothing."""
    plan = short_welzijn(tmp_path / "plan.yaml")
    text = plan.read_text(encoding="utf-8")
    title = text.split("titel: ", 1)[1].split("\n", 1)[0]
    plan.write_text(
        text.replace(f"titel: {title}", 'titel: "Plan \\u202Egnp.exe \\u001b]0;pwned\\u0007"'),
        encoding="utf-8",
    )
    with served(plan) as started:
        status, _, body = started.request("GET", "/")
    page = body.decode()
    assert status == 200
    assert "Plan &lt;U+202E&gt;gnp.exe" in page  # the heading and the tab's title
    outside_values = re.sub(r'value="[^"]*"', "", page)
    assert "\u202e" not in outside_values and "\x1b" not in outside_values
    assert 'value="Plan \u202egnp.exe' in page  # the field itself holds the real text


def test_a_second_tab_cannot_undo_what_the_first_just_saved(tmp_path: Path) -> None:
    """Two tabs on one form (the browser impl opened, and the address pasted again): the
    second one's older page is refused after the first saved, and the file keeps the save."""
    plan = short_welzijn(tmp_path / "plan.yaml")
    with served(plan) as started:
        _, _, page = started.request("GET", "/")
        revision = re.search(r'name="_versie" value="(\d+)"', page.decode())
        assert revision is not None
        both = {"_versie": revision[1], "actie": "opslaan"}
        first, _, _ = form_post(started, "/wijzig", {**both, "titel": "Titel uit tab B"})
        second, _, answer = form_post(started, "/wijzig", {**both, "titel": "Titel uit tab A"})
    assert first == second == 200
    assert "titel: Titel uit tab B" in plan.read_text(encoding="utf-8")
    assert "net veranderd" in answer.decode()


@pytest.mark.parametrize("browser_opens", [True, False], ids=["browser", "no-browser"])
def test_the_command_says_where_it_is_opens_the_browser_and_warns_of_unsaved_changes(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch, browser_opens: bool
) -> None:
    """`impl bewerk PLAN` in-process (its process is tested above): the address with its token
    on the first line, the browser opened at it (or a way out when none opens), and on
    Sluiten zonder opslaan a warning that the file was left as it was."""
    import threading
    import webbrowser

    from impltool.form import command

    plan = short_welzijn(tmp_path / "plan.yaml")
    before = plan.read_bytes()
    prepared: list[command.Prepared] = []
    opened: list[str] = []

    real_prepare = command.prepare

    def prepare(path: Path, port: int | None) -> command.Prepared:
        prepared.append(real_prepare(path, port))
        return prepared[-1]

    def open_browser(address: str) -> bool:
        if not browser_opens:
            raise webbrowser.Error("no runnable browser")
        opened.append(address)
        return True

    monkeypatch.setattr(command, "prepare", prepare)
    monkeypatch.setattr(webbrowser, "open", open_browser)
    thread = threading.Thread(target=command.run, args=(plan, None, True), daemon=True)
    thread.start()
    for _ in range(600):
        if prepared and prepared[0].server.started:
            break
        thread.join(0.05)
    assert prepared and prepared[0].server.started
    try:
        server = Served(prepared[0].address, plan, threading.Event())
        _, _, page = server.request("GET", "/")
        revision = re.search(r'name="_versie" value="(\d+)"', page.decode())
        assert revision is not None
        change = {"_versie": revision[1], "titel": "Nieuwe titel"}
        status, _, body = form_post(server, "/wijzig", {**change, "actie": "sluiten"})
        assert status == 200 and "Wat wil je doen?" in body.decode()  # asked first
        revision = re.search(r'name="_versie" value="(\d+)"', body.decode())
        assert revision is not None
        change["_versie"] = revision[1]
        status, _, body = form_post(server, "/wijzig", {**change, "actie": "sluiten-toch"})
        assert status == 200 and "Het formulier is gesloten" in body.decode()
    finally:
        prepared[0].server.should_exit = True  # also when an assertion above failed
    thread.join(30)
    assert not thread.is_alive()
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == prepared[0].address
    assert f"Het formulier voor {plan} staat klaar op dit adres." in err
    assert "wijzigingen die niet zijn opgeslagen; het bestand is niet veranderd" in err
    assert err.rstrip().endswith("impl bewerk is gestopt.")
    assert plan.read_bytes() == before
    if browser_opens:
        assert opened == [prepared[0].address]
    else:
        assert "kan de browser niet openen; open het adres hierboven zelf." in err
