"""Batched puts and idempotent rejects, the same on SQLite and PostgreSQL: a batch decides each record
as one put after another would; a reject is kept once per input; a stored page forgets its reject."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_records import budget_story, budget_wire_copy, corpus, harbour_story, hostile_story

import newsdesk.adapters.store.sql as sql_module
from newsdesk.adapters.store import Store, open_store
from newsdesk.adapters.store.ingest import batches, store_outcomes
from newsdesk.adapters.store.migrations import MIGRATIONS
from newsdesk.engines.outputs import StoreOutput
from newsdesk.model import Article, Outcome, Rejected


def _newer(article: Article) -> Article:
    return article.replace(stages={**article.stages, "attribution": "rules/2"})


def _elsewhere(article: Article, id: str) -> Article:
    """The same words from the same publisher under another source (and no URL)."""
    return article.replace(id=id, source=f"elsewhere/{id}.txt", url=None)


# Each batch holds the records in order; the statuses are those one put after another gives.
BATCHES = [
    pytest.param(
        [budget_story(), budget_story(), _newer(budget_story())], ["added", "unchanged", "replaced"], id="same-page"
    ),
    pytest.param(
        [harbour_story(), _elsewhere(harbour_story(), "h2"), _elsewhere(harbour_story(), "h3")],
        ["added", "duplicate", "duplicate"],
        id="same-words",
    ),
    pytest.param([budget_story(), budget_wire_copy()], ["added", "added"], id="wire-copy"),
    pytest.param(
        [_newer(budget_story()), budget_story(), _newer(budget_story())],
        ["added", "replaced", "replaced"],
        id="replaced-twice",
    ),
    pytest.param([], [], id="empty"),
]


@pytest.mark.parametrize(("articles", "statuses"), BATCHES)
def test_a_batch_decides_each_record_as_one_put_after_another(
    store: Store, tmp_path: Path, articles: list[Article], statuses: list[str]
) -> None:
    one_by_one = open_store(str(tmp_path / "one-by-one.db"))
    expected = [one_by_one.put(article) for article in articles]
    results = store.put_many(articles)
    assert [r.status for r in results] == [r.status for r in expected] == statuses
    assert results == expected
    assert store.stats() == one_by_one.stats()
    one_by_one.close()


def test_wire_copies_in_one_batch_share_a_group_and_a_replaced_record_keeps_its_own(store: Store) -> None:
    results = store.put_many([budget_story(), budget_wire_copy(), harbour_story(), _newer(budget_story())])
    assert [r.group_id for r in results] == ["budget-ledger", "budget-ledger", "harbour-gazette", "budget-ledger"]
    stored = store.get("budget-ledger")
    assert stored is not None and stored.article.stages["attribution"] == "rules/2"
    assert [c.id for c in stored.copies] == ["budget-post"]
    assert store.stats() == {"articles": 3, "attributions": 7, "rejects": 0, "groups": 2}


def test_a_batch_after_single_puts_meets_what_they_stored(store: Store) -> None:
    store.put(budget_story())
    results = store.put_many([budget_story(), budget_wire_copy(), _elsewhere(budget_story(), "b2")])
    assert [(r.status, r.id, r.group_id) for r in results] == [
        ("unchanged", "budget-ledger", "budget-ledger"),
        ("added", "budget-post", "budget-ledger"),
        ("duplicate", "budget-ledger", "budget-ledger"),  # its words and publisher, and no URL of its own
    ]


def _reject(source: str, reason: str = "not-html", **provenance: str) -> Rejected:
    return Rejected(id=source, source=source, stage="read", reason=reason, input=provenance)


def _reasons(store: Store) -> list[tuple[str, str]]:
    rows = store._execute("SELECT source, reason FROM rejects ORDER BY source")  # type: ignore[attr-defined]
    return [(str(source), str(reason)) for source, reason in rows]


def test_a_reject_kept_twice_is_kept_once_with_its_latest_reason(store: Store) -> None:
    store.put_rejects([_reject("a.html"), _reject("b.html")])
    store.put_rejects([_reject("a.html", "timeout")])
    assert store.stats()["rejects"] == 2
    assert _reasons(store) == [("a.html", "timeout"), ("b.html", "not-html")]


def test_warc_records_are_told_apart_by_file_and_offset(store: Store) -> None:
    day = {"warc_file": "CC-NEWS-1.warc.gz"}
    store.put_rejects(
        [
            _reject("CC-NEWS-1.warc.gz#0", warc_offset="0", **day),
            _reject("CC-NEWS-1.warc.gz#512", warc_offset="512", **day),
            _reject("CC-NEWS-1.warc.gz#0", "damaged", warc_offset="0", **day),
        ]
    )
    assert store.stats()["rejects"] == 2


def test_a_page_stored_after_a_reject_is_no_longer_counted_as_rejected(store: Store) -> None:
    store.put_rejects([_reject("tests/budget-ledger.txt", "timeout"), _reject("other.html")])
    store.put(budget_story())
    assert _reasons(store) == [("other.html", "not-html")]


def test_an_ingest_run_twice_counts_each_input_once(store: Store) -> None:
    outcomes: list[Outcome] = [*corpus(), _reject("bad.html"), _reject("worse.html", "binary")]
    first = store_outcomes(store, outcomes, batch_size=3)
    again = store_outcomes(store, outcomes, batch_size=3)
    assert first.summary() == "6 inputs: 4 added, 2 rejected (not-html: 1, binary: 1)"
    assert again.summary() == "6 inputs: 0 added, 4 unchanged, 2 rejected (not-html: 1, binary: 1)"
    assert store.stats() == {"articles": 4, "attributions": 8, "rejects": 2, "groups": 3}


def test_a_store_shard_done_twice_stores_its_articles_and_rejects_once(store: Store, tmp_path: Path) -> None:
    output = StoreOutput(tmp_path / "out", store)
    for _try in range(2):
        shard = output.shard("day-1")
        for outcome in (budget_story(), _reject("day-1#7", warc_offset="7", warc_file="day-1"), hostile_story()):
            shard.add(outcome)
        shard.commit()
    assert store.stats() == {"articles": 2, "attributions": 4, "rejects": 1, "groups": 2}
    assert len(list((tmp_path / "out" / "rejects").glob("*.jsonl"))) == 1


def test_rejects_kept_before_they_were_idempotent_are_merged_on_upgrade(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql_module, "MIGRATIONS", MIGRATIONS[:2])
    old = open_store(store_url)
    for source, reason in (("a.html", "timeout"), ("a.html", "not-html"), ("b.html", "not-html")):
        old._execute(  # type: ignore[attr-defined]
            "INSERT INTO rejects (source, stage, reason, detail, rejected_at) VALUES (?, 'read', ?, '', 'now')",
            (source, reason),
        )
    assert old.stats()["rejects"] == 3
    old.close()
    monkeypatch.undo()
    upgraded = open_store(store_url)
    assert upgraded.stats()["rejects"] == 2
    assert _reasons(upgraded) == [("a.html", "not-html"), ("b.html", "not-html")]  # the newest of a.html's
    upgraded.put_rejects([_reject("a.html", "timeout")])
    assert upgraded.stats()["rejects"] == 2
    upgraded.close()


class _Clock:
    def __init__(self, times: list[float]) -> None:
        self.times = iter(times)

    def __call__(self) -> float:
        return next(self.times)


@pytest.mark.parametrize(
    ("items", "size", "times", "expected"),
    [
        ([1, 2, 3, 4, 5], 2, [0.0] * 10, [[1, 2], [3, 4], [5]]),
        ([1, 2, 3, 4], 10, [0.0, 0.0, 2.5, 3.0, 3.0, 3.1], [[1, 2], [3, 4]]),  # 2 came 2.5 s after 1
        ([], 2, [], []),
        ([1], 1, [0.0, 0.0], [[1]]),
    ],
)
def test_batches_close_at_a_size_or_an_age(
    items: list[int], size: int, times: list[float], expected: list[list[int]]
) -> None:
    assert list(batches(items, size, seconds=2.0, clock=_Clock(times))) == expected  # type: ignore[arg-type]
