"""GET routes: articles, search with facets, quotes, speakers; reads closed by config."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from store_records import opinions_story

from newsdesk.adapters.store import Store


def test_articles_list_newest_first(client: TestClient) -> None:
    body = client.get("/articles").json()
    assert body["total"] == 4
    assert [a["id"] for a in body["articles"]][:2] == ["hostile-page", "harbour-gazette"]


def test_an_article_with_its_copies(client: TestClient) -> None:
    body = client.get("/articles/budget-ledger").json()
    assert body["record"]["schema"] == "newsdesk.article/3"
    assert body["record"]["headline"] == "Vos promises pensions are safe in budget"
    assert [c["publisher"] for c in body["copies"]] == ["Evening Post"]
    assert client.get("/articles/nope").status_code == 404


def test_search_has_hits_quotes_and_facets(client: TestClient) -> None:
    body = client.get("/search", params={"q": "pension", "speaker": "Vos"}).json()
    assert body["total"] == 2
    assert all(q["speaker_id"] == "henrik-vos" for hit in body["hits"] for q in hit["quotes"])
    assert {p["value"] for p in body["facets"]["publishers"]} == {"Daily Ledger", "Evening Post"}
    assert body["facets"]["days"] == [{"value": "2024-10-24", "count": 2}]


def test_quotes_take_every_filter(client: TestClient) -> None:
    params = {"speaker": "Mira Sand", "about": "Vos", "since": "2024-10-01", "until": "2024-10-31", "kind": "indirect"}
    quotes = client.get("/quotes", params=params).json()
    assert [(q["speaker"], q["cue"]) for q in quotes] == [("Mira Sand", "accused")]
    assert client.get("/quotes", params={**params, "publisher": "Evening Post"}).json() == []


@pytest.mark.parametrize(
    "params", [{"kind": "shouted"}, {"since": "last week"}, {"limit": "0"}, {"limit": "100000"}, {"offset": "-1"}]
)
def test_bad_filters_get_422(client: TestClient, params: dict[str, str]) -> None:
    assert client.get("/quotes", params=params).status_code == 422


def test_speakers_and_one_speaker(client: TestClient) -> None:
    speakers = client.get("/speakers").json()
    vos = next(s for s in speakers if s["id"] == "henrik-vos")
    assert set(vos["variants"]) == {"Henrik Vos", "Vos", "Sir Henrik Vos"}
    detail = client.get("/speakers/henrik-vos").json()
    assert detail["speaker"]["count"] == 4
    assert [d["value"] for d in detail["quotes_by_day"]] == ["2024-10-24", "2024-11-02"]
    assert client.get("/speakers/nobody").status_code == 404


def test_openapi_lists_every_route(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/articles", "/articles/{article_id}", "/quotes", "/speakers", "/speakers/{speaker_id}", "/search"} <= paths
    assert {"/extract", "/ingest"} <= paths


def test_reads_closed_by_config_need_the_token(make_client: Callable[..., TestClient], auth: dict[str, str]) -> None:
    client = make_client(reads="token")
    for path in ("/articles", "/quotes", "/speakers", "/search", "/", "/a/budget-ledger"):
        assert client.get(path).status_code == 401, path
    assert client.get("/articles", headers=auth).status_code == 200


def test_every_answer_carries_a_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/articles", "/articles/nope", "/static/style.css"):
        policy = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_the_interactive_docs_load_nothing_from_elsewhere(client: TestClient, path: str) -> None:
    html = client.get(path).text
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(source.startswith("/static-docs/") for source in sources), sources
    assert "https://" not in html
    for source in sources:
        assert client.get(source).status_code == 200, source
    policy = client.get(path).headers["content-security-policy"]
    assert "https:" not in policy and "default-src 'none'" in policy


def test_quotes_and_search_by_act(client: TestClient, api_store: Store) -> None:
    api_store.put(opinions_story())
    courier = [("speaker", "Vos"), ("publisher", "Valdoria Courier")]
    said = client.get("/quotes", params=[*courier, ("act", "speech")]).json()
    assert [(q["cue"], q["act"]) for q in said] == [("said", "speech")]
    repeated = client.get("/quotes", params=[*courier, ("act", "speech"), ("act", "written")]).json()
    listed = client.get("/quotes", params=[*courier, ("act", "speech,written")]).json()
    assert {q["cue"] for q in repeated} == {q["cue"] for q in listed} == {"said", "wrote"}
    every = client.get("/quotes", params=courier).json()
    assert {q["act"] for q in every} == {"speech", "written", "belief", "intention", "stance"}
    assert [h["article"]["id"] for h in client.get("/search", params={"act": "belief"}).json()["hits"]] == [
        "tariffs-courier"
    ]


@pytest.mark.parametrize("act", ["said", "speech,wants", "Hearsay", "*"])
def test_a_word_that_is_no_act_is_a_422_that_names_the_acts(client: TestClient, act: str) -> None:
    response = client.get("/quotes", params={"act": act})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "not an act" in detail and "speech, written, belief, intention, stance, evidence" in detail
