"""Attributions by act, the same on SQLite and PostgreSQL: "what has X said" without "X wants";
and a store written before acts were kept still opens and answers, its old rows of no act."""

from __future__ import annotations

import hashlib
import json

import pytest
from store_records import budget_story, corpus, opinions_story

from newsdesk.adapters.store import Filters, Store, open_store
from newsdesk.adapters.store.migrations import ACT_VERSION, MIGRATIONS
from newsdesk.adapters.store.queries import parse_acts
from newsdesk.model import ARTICLE_SCHEMA


@pytest.fixture
def filled(store: Store) -> Store:
    for article in [*corpus(), opinions_story()]:
        store.put(article)
    return store


ACT_FILTERS = [
    # (acts asked for, the cues of Vos's quotes in the opinions story that answer)
    (("speech",), {"said"}),
    (("speech", "written"), {"said", "wrote"}),
    (("belief",), {"believes"}),
    (("intention",), {"wants"}),
    (("stance", "intention"), {"backed", "wants"}),
    (("evidence",), set()),  # the poll's finding is no quote of Vos
    ((), {"said", "wrote", "believes", "wants", "backed"}),
]


@pytest.mark.parametrize(("acts", "cues"), ACT_FILTERS)
def test_quotes_of_a_speaker_by_act(filled: Store, acts: tuple[str, ...], cues: set[str]) -> None:
    quotes = filled.quotes(Filters(speaker="Vos", publisher="Valdoria Courier", acts=acts))
    assert {q.cue for q in quotes} == cues
    assert all(q.act in acts for q in quotes) if acts else True


def test_every_quote_reads_back_with_its_act(filled: Store) -> None:
    acts = {q.cue: q.act for q in filled.quotes(Filters(publisher="Valdoria Courier"))}
    assert acts == {
        "said": "speech",
        "wrote": "written",
        "believes": "belief",
        "wants": "intention",
        "backed": "stance",
        "found": "evidence",
    }


def test_what_a_poll_found_is_evidence_and_no_ones_speech(filled: Store) -> None:
    found = filled.quotes(Filters(acts=("evidence",)))
    assert [q.content for q in found] == ["that most voters oppose the tariffs"]
    assert all(q.act == "speech" for q in filled.quotes(Filters(query="pensions", acts=("speech",))))


def test_articles_count_only_when_a_quote_of_the_act_is_in_them(filled: Store) -> None:
    """Every corpus story has speech; only the opinions story has a belief, and its hit shows that
    quote alone."""
    speech = filled.articles(Filters(acts=("speech",)))
    assert {h.article.id for h in speech.hits} >= {"budget-ledger", "harbour-gazette", "tariffs-courier"}
    belief = filled.articles(Filters(acts=("belief",)))
    assert [h.article.id for h in belief.hits] == ["tariffs-courier"]
    assert [q.cue for q in belief.hits[0].quotes] == ["believes"]


PARSED_ACTS = [
    # (what a user typed, the acts it asks for)
    (["speech"], ("speech",)),
    (["speech,written"], ("speech", "written")),
    (["Speech", " written ", "speech"], ("speech", "written")),  # case and spaces ignored, each once
    (["belief", "intention,stance"], ("belief", "intention", "stance")),
    (["evidence,"], ("evidence",)),
    ([], ()),
    ([""], ()),
]


@pytest.mark.parametrize(("typed", "acts"), PARSED_ACTS)
def test_acts_typed_as_repeats_or_comma_lists(typed: list[str], acts: tuple[str, ...]) -> None:
    assert parse_acts(typed) == acts


@pytest.mark.parametrize("typed", [["said"], ["speech,wants"], ["hearsay"], ["speech;written"], ["*"]])
def test_a_word_that_is_no_act_is_refused_with_the_acts_named(typed: list[str]) -> None:
    with pytest.raises(ValueError, match=r"not an act.*the acts are speech, written, belief, intention"):
        parse_acts(typed)


@pytest.mark.parametrize("acts", [("said",), ("speech", "Speech"), "speech"])
def test_filters_of_the_python_api_refuse_what_is_no_act(acts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="acts are a tuple of speech, written"):
        Filters(acts=acts)


def _as_written_before_acts(store: Store) -> None:
    """Make a fresh store what newsdesk wrote before acts were kept: its attributions table without
    the column, its records of newsdesk.article/2 with no ``act``, the act step not applied."""
    execute = store._execute  # type: ignore[attr-defined]
    for article_id, record in execute("SELECT id, record FROM articles"):
        data = json.loads(record)
        data["schema"] = "newsdesk.article/2"
        for attribution in data["attributions"]:
            del attribution["act"]
        text = json.dumps(data)
        execute(
            "UPDATE articles SET record = ?, record_hash = ?, schema_version = ? WHERE id = ?",
            (text, hashlib.sha256(text.encode()).hexdigest(), data["schema"], article_id),
        )
    execute("DROP INDEX attributions_act")
    execute("ALTER TABLE attributions DROP COLUMN act")
    execute("DELETE FROM schema_migrations WHERE version = ?", (ACT_VERSION,))


def test_a_store_written_before_acts_opens_and_answers(store_url: str) -> None:
    old = open_store(store_url)
    old.put(budget_story())
    _as_written_before_acts(old)
    old.close()
    store = open_store(store_url)
    assert store.schema_version() == ACT_VERSION == len(MIGRATIONS)  # type: ignore[attr-defined]
    quotes = store.quotes(Filters(speaker="Vos"))
    assert len(quotes) == 2 and all(q.act is None for q in quotes)  # not decided then, not guessed now
    assert store.quotes(Filters(speaker="Vos", acts=("speech",))) == ()
    stored = store.get("budget-ledger")
    assert stored is not None and stored.schema_version == "newsdesk.article/2"
    assert stored.article.schema == ARTICLE_SCHEMA and all(a.act is None for a in stored.article.attributions)
    again = store.put(budget_story())  # the page extracted again: its record now has acts
    assert again.status == "replaced" and again.previous_schema == "newsdesk.article/2"
    assert {q.act for q in store.quotes(Filters(speaker="Vos", acts=("speech",)))} == {"speech"}
    store.close()
