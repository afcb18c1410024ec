"""The web page's HTML without a browser: escaping, highlights, charts, and pure helpers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from store_records import Said, budget_story, corpus, opinions_story, story

from newsdesk.adapters.store import Count, Store, open_store
from newsdesk.api import create_app
from newsdesk.config import Settings
from newsdesk.web.charts import bar_chart, by_period
from newsdesk.web.highlight import colour_of, paragraph_runs, tip


@pytest.fixture
def client(web_store: Store) -> TestClient:
    return TestClient(create_app(Settings(), store=web_store))


def test_markup_in_page_text_is_escaped_everywhere(client: TestClient) -> None:
    for path in ("/a/hostile-page", "/?q=forum", "/s/ana-lind", "/?publisher=Web+%3Ci%3EWatch%3C%2Fi%3E"):
        html = client.get(path).text
        assert "<script>" not in html and "<img src=x" not in html and "<b>cleans" not in html, path
    article = client.get("/a/hostile-page").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert 'href="javascript:' not in article  # a page's own URL is linked only when it is http(s)


def test_the_article_view_marks_each_attribution_in_its_speakers_colour(client: TestClient) -> None:
    html = client.get("/a/budget-ledger").text
    assert html.count('<mark class="q c0"') == 2 and html.count('<mark class="q c1"') == 1
    assert 'title="Henrik Vos · direct · speech · cue: told · to: reporters"' in html
    assert "Sign up for our politics newsletter" in html  # the removed chrome, behind its toggle
    assert "Evening Post" in html  # the wire copy


def test_unknown_pages_are_404(client: TestClient) -> None:
    assert client.get("/a/nothing").status_code == 404
    assert client.get("/s/nobody").status_code == 404


def test_a_bad_date_on_the_search_page_is_shown_not_raised(client: TestClient) -> None:
    response = client.get("/", params={"since": "someday"})
    assert response.status_code == 200
    assert "not a date" in response.text


def test_runs_split_at_paragraphs_and_skip_overlaps() -> None:
    article = story(
        "r",
        ["Ann Lee said the river rose.", "Bo Park said it fell."],
        headline="h",
        said=[Said("Ann Lee", "the river rose"), Said("Bo Park", "it fell"), Said("Cy", "river rose")],
    )
    paragraphs = paragraph_runs(article, "body", article.text)
    assert [[(r.text, r.attribution) for r in p] for p in paragraphs] == [
        [("Ann Lee said ", None), ("the river rose", 0), (".", None)],
        [("Bo Park said ", None), ("it fell", 1), (".", None)],
    ]
    assert colour_of(article) == {"Ann Lee": 0, "Bo Park": 1, "Cy": 2}
    assert tip(article.attributions[0]) == "Ann Lee · indirect · speech · cue: said"
    assert tip(article.attributions[0].replace(act=None)) == "Ann Lee · indirect · cue: said"  # an older record


def test_spans_outside_the_text_are_ignored() -> None:
    article = budget_story()
    assert paragraph_runs(article, "headline", "") == []
    assert all(r.attribution is None for p in paragraph_runs(article, "body", "short") for r in p)


def test_days_fill_gaps_and_long_spans_become_months() -> None:
    days = by_period([Count("2024-10-01", 2), Count("2024-10-03", 1)])
    assert [(c.value, c.count) for c in days] == [("2024-10-01", 2), ("2024-10-02", 0), ("2024-10-03", 1)]
    months = by_period([Count("2024-01-15", 1), Count("2024-04-02", 3)])
    assert [(c.value, c.count) for c in months] == [("2024-01", 1), ("2024-02", 0), ("2024-03", 0), ("2024-04", 3)]
    assert by_period([]) == []


def test_bars_scale_to_the_tallest() -> None:
    chart = bar_chart([Count("a", 1), Count("b", 4)], width=100, height=40)
    assert chart is not None
    assert [b.height for b in chart.bars] == [10.0, 40.0]
    assert bar_chart([]) is None


@pytest.fixture
def opinions_client(tmp_path: Path) -> Iterator[TestClient]:
    store = open_store(str(tmp_path / "acts.db"))
    for article in [*corpus(), opinions_story()]:
        store.put(article)
    yield TestClient(create_app(Settings(), store=store))
    store.close()


def test_the_search_page_filters_by_act_and_shows_each_quotes_act(opinions_client: TestClient) -> None:
    html = opinions_client.get("/", params=[("speaker", "Vos"), ("act", "belief"), ("act", "intention")]).text
    assert 'value="belief" checked' in html and 'value="intention" checked' in html
    assert 'value="speech" checked' not in html
    assert '<p class="total" id="total">1 article</p>' in html
    assert '<span class="act" title="what the cue says was done">belief</span>' in html
    assert '<span class="act" title="what the cue says was done">speech</span>' not in html
    assert "act: belief,intention ✕" in html  # the chip that clears the filter
    listed = opinions_client.get("/", params={"speaker": "Vos", "act": "belief,intention"}).text
    assert 'value="belief" checked' in listed and '<p class="total" id="total">1 article</p>' in listed


def test_a_word_that_is_no_act_is_shown_on_the_page_not_raised(opinions_client: TestClient) -> None:
    response = opinions_client.get("/", params={"act": "said"})
    assert response.status_code == 200
    assert (
        "not an act: &#39;said&#39;; the acts are speech, written, belief, intention, stance, evidence" in response.text
    )


def test_the_speaker_page_shows_each_quotes_act(opinions_client: TestClient) -> None:
    html = opinions_client.get("/s/henrik-vos").text
    assert '<span class="act">intention</span>' in html and '<span class="act">speech</span>' in html
