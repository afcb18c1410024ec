"""The web page in headless Chromium: search, open an article, see its highlighted quotes, open a
speaker's page with its chart; markup in a page's text is shown as text and never runs."""

from __future__ import annotations

from typing import Any


def test_search_then_article_then_speaker(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.fill("#q", "pension")
    page.click("#search button[type=submit]")
    page.wait_for_url("**/?q=pension**")
    assert page.inner_text("#total") == "2 articles"
    assert "Daily Ledger" in page.inner_text("#publishers")

    page.click("text=Vos promises pensions are safe in budget")
    page.wait_for_url("**/a/budget-ledger")
    marks = page.locator("#body mark.q")
    assert marks.count() == 3
    assert marks.nth(1).get_attribute("title") == "Henrik Vos · direct · speech · cue: told · to: reporters"
    first_colour = marks.nth(0).evaluate("m => getComputedStyle(m).backgroundColor")
    accuser_colour = marks.nth(2).evaluate("m => getComputedStyle(m).backgroundColor")
    assert first_colour != accuser_colour  # two speakers, two colours
    assert not page.is_visible("text=Sign up for our politics newsletter")
    page.click("#chrome summary")
    assert page.is_visible("text=Sign up for our politics newsletter")

    page.click("#legend >> text=Henrik Vos")
    page.wait_for_url("**/s/Henrik%20Vos")
    assert page.inner_text("#name") == "Henrik Vos"
    assert {"Vos", "Sir Henrik Vos"} <= set(page.locator("#variants li").all_inner_texts())
    assert page.locator("#chart rect").count() >= 2
    assert "Valdoria" in page.inner_text("#about")


def test_markup_in_a_page_is_shown_as_text(server: str, page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/a/hostile-page")
    assert "<script>alert(1)</script>" in page.inner_text("#body")
    assert "<script>alert(3)</script>" in page.inner_text("#headline")
    assert page.evaluate("document.querySelectorAll('script, #body img, #headline b').length") == 0
    assert dialogs == []


def test_facets_narrow_the_search(server: str, page: Any) -> None:
    page.goto(server + "/?q=pension")
    page.click("#publishers >> text=Evening Post")
    assert page.inner_text("#total") == "1 article"
    page.goto(server + "/?kind=direct")
    assert page.inner_text("#total") == "2 articles"


def test_the_api_docs_render_from_this_server_alone(server: str, page: Any) -> None:
    """Swagger UI and ReDoc come with the server: a machine without network shows them too. (ReDoc
    asks for its maker's logo from a CDN; the policy blocks it and the docs do without.)"""
    elsewhere: list[tuple[str, str]] = []
    local = (server, "blob:" + server)
    page.on("request", lambda r: None if r.url.startswith(local) else elsewhere.append((r.resource_type, r.url)))
    page.goto(server + "/docs")
    assert "newsdesk" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock-summary-path", has_text="/speakers/{speaker_id}").count() == 1
    assert elsewhere == []
    page.goto(server + "/redoc")
    page.wait_for_selector("h1:has-text('newsdesk')")
    assert "/speakers/{speaker_id}" in page.inner_text("body")
    assert all(kind == "image" for kind, _url in elsewhere), elsewhere


def test_the_act_boxes_narrow_the_quotes(server: str, page: Any) -> None:
    page.goto(server + "/?q=pension")
    page.check("#acts input[value=written]")
    page.click("#search button[type=submit]")
    page.wait_for_url("**act=written**")
    assert page.inner_text("#total") == "0 articles"  # every stored quote was spoken
    page.uncheck("#acts input[value=written]")
    page.check("#acts input[value=speech]")
    page.click("#search button[type=submit]")
    page.wait_for_url("**act=speech**")
    assert page.inner_text("#total") == "2 articles"
    assert set(page.locator(".quotes .act").all_inner_texts()) == {"speech"}
