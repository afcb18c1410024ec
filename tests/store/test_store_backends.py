"""The store's behaviour, the same on SQLite and PostgreSQL: idempotent puts, replacement of
re-extracted records, near-duplicate groups, search, quotes, speakers, rejects, migrations."""

from __future__ import annotations

import pytest
from store_records import Said, budget_story, budget_wire_copy, corpus, harbour_story, story

from newsdesk.adapters.store import Filters, Store, StoreError, open_store, search
from newsdesk.adapters.store.dedupe import BANDS, signature
from newsdesk.adapters.store.ingest import store_outcomes
from newsdesk.adapters.store.migrations import MIGRATIONS, REGROUP_VERSION, RESIGN_VERSION
from newsdesk.adapters.store.queries import time_bound
from newsdesk.model import ARTICLE_SCHEMA, Rejected


@pytest.fixture
def filled(store: Store) -> Store:
    for article in corpus():
        store.put(article)
    return store


def test_the_same_page_twice_is_stored_once(store: Store) -> None:
    assert store.put(budget_story()).status == "added"
    assert store.put(budget_story()).status == "unchanged"
    assert store.stats()["articles"] == 1


def test_a_page_under_its_url_with_tracking_parameters_is_the_same_page(store: Store) -> None:
    store.put(budget_story())
    again = budget_story().replace(id="other-id", url="https://LEDGER.example/politics/vos-budget/")
    result = store.put(again)
    assert (result.status, result.id) == ("replaced", "budget-ledger")
    assert store.stats()["articles"] == 1


def test_a_re_extracted_page_replaces_its_record_and_says_what_produced_the_old_one(store: Store) -> None:
    store.put(budget_story())
    newer = budget_story().replace(stages={"record": ARTICLE_SCHEMA, "attribution": "rules/2"})
    result = store.put(newer)
    assert result.status == "replaced"
    assert result.previous_schema == ARTICLE_SCHEMA
    assert result.previous_stages == {"record": ARTICLE_SCHEMA}
    stored = store.get("budget-ledger")
    assert stored is not None and stored.article.stages["attribution"] == "rules/2"
    assert store.stats() == {"articles": 1, "attributions": 3, "rejects": 0, "groups": 1}


def test_the_same_story_from_the_same_publisher_under_another_source_is_a_duplicate(store: Store) -> None:
    first = harbour_story()
    store.put(first)
    copy = first.replace(id="harbour-again", source="elsewhere/harbour.txt")
    result = store.put(copy)
    assert (result.status, result.id) == ("duplicate", "harbour-gazette")
    assert store.get("harbour-again") is None


def test_the_same_words_from_another_publisher_are_kept_and_grouped(store: Store) -> None:
    first = harbour_story()
    store.put(first)
    other = first.replace(id="harbour-times", publisher="Harbour Times", source="t.txt")
    result = store.put(other)
    assert result.status == "added"
    assert result.group_id == "harbour-gazette"


def test_wire_copies_are_grouped_and_unrelated_stories_are_not(filled: Store) -> None:
    ledger, post, harbour = (filled.get(i) for i in ("budget-ledger", "budget-post", "harbour-gazette"))
    assert ledger is not None and post is not None and harbour is not None
    assert ledger.summary.group_id == post.summary.group_id
    assert [c.id for c in ledger.copies] == ["budget-post"]
    assert harbour.summary.group_id != ledger.summary.group_id
    assert harbour.copies == ()


def test_a_stored_record_reads_back_whole(filled: Store) -> None:
    stored = filled.get("budget-ledger")
    assert stored is not None
    assert stored.article == budget_story()
    assert stored.schema_version == "newsdesk.article/3"
    assert filled.get("no-such-id") is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(query="pension"), {"budget-ledger", "budget-post"}),  # stemmed: "pensions" in the text
        (Filters(query='"state pension"'), {"budget-ledger", "budget-post"}),
        (Filters(query='"pension state"'), set()),  # a phrase keeps its order
        (Filters(query="ferry terminal"), {"harbour-gazette"}),
        (Filters(query="ferry pension"), set()),  # every word is required
        (Filters(query="zeppelin"), set()),
        (Filters(query="pension", publisher="daily ledger"), {"budget-ledger"}),
        (Filters(since=time_bound("2024-11-01")), {"harbour-gazette", "hostile-page"}),
        (Filters(until=time_bound("2024-10-24", end=True)), {"budget-ledger", "budget-post"}),
        (Filters(speaker="Peter Sand"), {"harbour-gazette"}),
        (Filters(about="Henrik Vos"), {"budget-ledger"}),
        (Filters(kind="direct"), {"budget-ledger", "hostile-page"}),
        (Filters(query="pension", kind="direct", speaker="Mira Sand"), set()),
    ],
)
# Articles with a matching quote are named one by one where they are few, else left to a subquery.
@pytest.mark.parametrize("listed", [0, search.LISTED_ARTICLES], ids=["subquery", "named"])
def test_articles_match_full_text_and_filters(
    filled: Store, filters: Filters, expected: set[str], listed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "LISTED_ARTICLES", listed)
    result = filled.articles(filters)
    assert {hit.article.id for hit in result.hits} == expected
    assert result.total == len(expected)


def test_search_marks_the_matching_words_and_counts_facets(filled: Store) -> None:
    result = filled.articles(Filters(query="pension"))
    snippet = result.hits[0].snippet
    assert snippet is not None and snippet.marks
    assert all(snippet.text[s:e].lower().startswith("pension") for s, e in snippet.marks)
    assert {(c.value, c.count) for c in result.facets.publishers} == {("Daily Ledger", 1), ("Evening Post", 1)}
    assert [(c.value, c.count) for c in result.facets.days] == [("2024-10-24", 2)]


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b)", "a OR", "*", "-", "'; DROP TABLE articles; --", "é"])
def test_any_query_text_is_safe(filled: Store, query: str) -> None:
    filled.articles(Filters(query=query))
    filled.quotes(Filters(query=query))
    assert filled.stats()["articles"] == 4


@pytest.mark.parametrize(
    "name", ["Henrik Vos", "Mr Vos", "Vos", "Sir Henrik Vos", "henrik-vos", "PRIME MINISTER HENRIK VOS"]
)
def test_quotes_by_any_variant_of_a_speakers_name(filled: Store, name: str) -> None:
    quotes = filled.quotes(Filters(speaker=name))
    assert {q.speaker for q in quotes} == {"Henrik Vos", "Vos", "Sir Henrik Vos"}
    assert {q.speaker_id for q in quotes} == {"henrik-vos"}
    assert quotes[0].article_id == "harbour-gazette"  # newest first


def test_a_surname_two_people_share_finds_both_and_merges_neither(filled: Store) -> None:
    assert {q.speaker for q in filled.quotes(Filters(speaker="Sand"))} == {"Mira Sand", "Peter Sand"}
    names = {g.name for g in filled.speakers()}
    assert {"Mira Sand", "Peter Sand"} <= names


def test_quotes_about_someone_by_someone_else(filled: Store) -> None:
    quotes = filled.quotes(Filters(speaker="Mira Sand", about="Vos"))
    assert [(q.cue, q.about) for q in quotes] == [("accused", ("Henrik Vos",))]
    assert filled.quotes(Filters(speaker="Peter Sand", about="Vos")) == ()


@pytest.mark.parametrize(("cue", "count"), [("accus", 1), ("TOLD", 2), ("shouted", 0), ("%", 0), ("_old", 0)])
def test_quotes_by_cue(filled: Store, cue: str, count: int) -> None:
    assert len(filled.quotes(Filters(cue=cue))) == count


def test_quotes_full_text_searches_what_was_said(filled: Store) -> None:
    quotes = filled.quotes(Filters(query="hundred staff"))
    assert [q.speaker for q in quotes] == ["Peter Sand"]


def test_speakers_merge_name_variants_across_articles(filled: Store) -> None:
    vos = next(g for g in filled.speakers() if g.id == "henrik-vos")
    assert vos.name == "Henrik Vos"
    assert vos.count == 4
    assert set(vos.variants) == {"Henrik Vos", "Vos", "Sir Henrik Vos"}
    assert filled.speakers("sand", limit=10) == tuple(g for g in filled.speakers() if "Sand" in g.name)


def test_a_speaker_in_detail(filled: Store) -> None:
    detail = filled.speaker("henrik-vos")
    assert detail is not None
    assert [(c.value, c.count) for c in detail.quotes_by_day] == [("2024-10-24", 3), ("2024-11-02", 1)]
    assert [(c.value, c.count) for c in detail.about] == [("Valdoria", 1)]  # themself left out
    assert {(c.value, c.count) for c in detail.addressees} == {("reporters", 1), ("council", 1)}
    assert len(detail.quotes) == 4
    assert filled.speaker("Vos") is not None
    assert filled.speaker("Sand") is None  # two people: no single page
    assert filled.speaker("nobody-at-all") is None


def test_rejects_are_kept_and_counted(store: Store) -> None:
    store.put_reject(Rejected(id="r1", source="bad.html", stage="decode", reason="binary", detail="NUL bytes"))
    assert store.stats()["rejects"] == 1


def test_a_record_without_attributions_or_words_is_stored(store: Store) -> None:
    empty = story("blank", [""], headline="Nothing here")
    assert store.put(empty).status == "added"
    assert store.articles(Filters(query="nothing")).total == 1


def test_attributions_of_a_replaced_record_are_replaced_too(store: Store) -> None:
    store.put(budget_story())
    fewer = budget_story().replace(attributions=budget_story().attributions[:1])
    store.put(fewer)
    assert len(store.quotes(Filters(speaker="Vos"))) == 1
    assert store.quotes(Filters(speaker="Mira Sand")) == ()


def test_reopening_applies_no_migration_twice(store_url: str) -> None:
    first = open_store(store_url)
    first.put(budget_story())
    version = first.schema_version()  # type: ignore[attr-defined]
    first.close()
    again = open_store(store_url)
    assert again.schema_version() == version == len(MIGRATIONS)  # type: ignore[attr-defined]
    assert again.stats()["articles"] == 1
    again.close()


def test_signatures_of_an_older_store_are_recomputed_once(store_url: str) -> None:
    """A store whose signatures were made by the old hash family gets them (and their bands) made
    again from the stories' texts when opened, so that new copies still find their group."""
    old = open_store(store_url)
    old.put(budget_story())
    old._execute("UPDATE articles SET signature = '1,2,3,4'")  # type: ignore[attr-defined]
    old._execute("DELETE FROM bands")  # type: ignore[attr-defined]
    old._execute("DELETE FROM schema_migrations WHERE version = ?", (RESIGN_VERSION,))  # type: ignore[attr-defined]
    old.close()
    store = open_store(store_url)
    stored = store._execute("SELECT signature FROM articles")[0][0]  # type: ignore[attr-defined]
    assert stored == ",".join(map(str, signature(budget_story().text)))
    assert store._scalar("SELECT count(*) FROM bands") == BANDS  # type: ignore[attr-defined]
    result = store.put(budget_wire_copy())
    assert result.group_id == "budget-ledger"
    store.close()


def test_story_groups_of_an_older_store_are_made_again_once(store_url: str) -> None:
    """Copies that the old hashes split over two groups are one group after the store is opened;
    an unrelated story keeps its own."""
    old = open_store(store_url)
    for article in (budget_story(), harbour_story(), budget_wire_copy()):
        old.put(article)
    old._execute("UPDATE articles SET group_id = id")  # type: ignore[attr-defined]
    old._execute("DELETE FROM schema_migrations WHERE version = ?", (REGROUP_VERSION,))  # type: ignore[attr-defined]
    old.close()
    store = open_store(store_url)
    groups = dict(store._execute("SELECT id, group_id FROM articles"))  # type: ignore[attr-defined]
    assert groups == {
        "budget-ledger": "budget-ledger",
        "budget-post": "budget-ledger",
        "harbour-gazette": "harbour-gazette",
    }
    assert store.stats()["groups"] == 2
    store.close()


def test_an_ingest_leaves_the_query_planner_statistics_fresh(store: Store) -> None:
    store_outcomes(store, [budget_story(), harbour_story()])
    if store.dialect == "sqlite":  # type: ignore[attr-defined]
        fresh = store._scalar("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'articles'")  # type: ignore[attr-defined]
    else:
        fresh = store._scalar(  # type: ignore[attr-defined]
            "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'articles' AND last_analyze IS NOT NULL"
        )
    assert fresh >= 1


def test_a_store_written_by_a_newer_newsdesk_is_refused(store_url: str) -> None:
    store = open_store(store_url)
    store._execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'now')")  # type: ignore[attr-defined]
    store.close()
    with pytest.raises(StoreError) as raised:
        open_store(store_url)
    assert raised.value.reason == "newer-schema"


def test_said_helper_builds_consistent_spans() -> None:
    article = story("x", ["Ann Lee said it rained."], headline="h", said=[Said("Ann Lee", "it rained")])
    start, end = article.attributions[0].content_bounds
    assert article.text[start:end] == "it rained"
