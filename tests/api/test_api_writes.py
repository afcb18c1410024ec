"""POST routes and limits: the token on writes, body size, time, and URLs the server refuses (the
address guard itself: test_api_guard; extraction stopped at its time limit: test_api_extraction)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsdesk.api.limits import TimeLimit

PAGE = (
    "Harbour council approves new ferry terminal\n\n"
    "The harbour council approved the new ferry terminal on Monday after a long debate.\n\n"
    "Council leader Ruth Okafor said the terminal would bring four hundred jobs to the town."
)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic test-token-5d1f"}])
def test_ingest_without_the_token_is_401(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/ingest", json={"text": PAGE}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_ingest_is_off_when_no_token_is_configured(make_client: Callable[..., TestClient]) -> None:
    client = make_client(token=None)
    assert client.post("/ingest", json={"text": PAGE}, headers={"Authorization": "Bearer "}).status_code == 401


def test_ingest_with_the_token_stores_and_is_idempotent(client: TestClient, auth: dict[str, str]) -> None:
    first = client.post("/ingest", json={"text": PAGE}, headers=auth)
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "added"
    again = client.post("/ingest", json={"text": PAGE}, headers=auth)
    assert again.json()["status"] == "unchanged"
    assert client.get("/stats").json()["articles"] == 5


def test_extract_returns_a_record_and_stores_nothing(client: TestClient) -> None:
    response = client.post("/extract", json={"text": PAGE})
    assert response.status_code == 200
    assert response.json()["headline"] == "Harbour council approves new ferry terminal"
    assert client.get("/stats").json()["articles"] == 4


def test_a_page_with_no_story_is_rejected_with_its_reason(client: TestClient) -> None:
    response = client.post("/extract", json={"html": "<html><body><nav>Home</nav></body></html>"})
    assert response.status_code == 422
    assert response.json()["rejected"] is True


@pytest.mark.parametrize("body", [{}, {"html": "<p>x</p>", "text": "x"}, {"text": "x", "extra": 1}])
def test_malformed_requests_get_422(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/extract", json=body).status_code == 422


def test_an_oversized_body_is_413(make_client: Callable[..., TestClient], auth: dict[str, str]) -> None:
    client = make_client(max_body_bytes=1000)
    response = client.post("/ingest", json={"text": "x" * 5000}, headers=auth)
    assert response.status_code == 413


def test_an_oversized_body_without_a_length_is_413(make_client: Callable[..., TestClient]) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}'

    client = make_client(max_body_bytes=1000)
    response = client.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/",
        "http://localhost/admin",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://[::ffff:127.0.0.1]/",
        "file:///etc/passwd",
    ],
)
def test_urls_to_private_addresses_are_refused(client: TestClient, url: str) -> None:
    response = client.post("/extract", json={"url": url})
    assert response.status_code == 400
    assert "refused" in response.json()["detail"]


def test_a_request_past_its_time_limit_is_503() -> None:
    slow = FastAPI()

    @slow.get("/slow")
    async def wait() -> dict[str, str]:
        await asyncio.sleep(5)
        return {"done": "yes"}

    @slow.get("/fast")
    async def answer() -> dict[str, str]:
        return {"done": "yes"}

    slow.add_middleware(TimeLimit, seconds=0.2)
    client = TestClient(slow)
    assert client.get("/slow").status_code == 503
    assert client.get("/fast").status_code == 200


def test_an_answer_begun_before_the_time_limit_is_sent_whole() -> None:
    async def late_body(scope, receive, send):  # type: ignore[no-untyped-def]
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await asyncio.sleep(0.4)
        await send({"type": "http.response.body", "body": b'{"done": "yes"}'})

    response = TestClient(TimeLimit(late_body, seconds=0.2)).get("/")
    assert response.status_code == 200
    assert response.json() == {"done": "yes"}
