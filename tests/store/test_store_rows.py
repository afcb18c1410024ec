"""Pure parts of the store: canonical URLs, UTC instants, subjects of quotes, near-duplicates,
search terms, time bounds and snippets."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest
from store_records import budget_story, budget_wire_copy, harbour_story

from newsdesk.adapters.store.dedupe import (
    _A,
    _B,
    _PRIME,
    THRESHOLD,
    Fingerprint,
    _permuted_minima,
    band_hashes,
    content_hash,
    fingerprint,
    regroup,
    signature,
    similarity,
)
from newsdesk.adapters.store.queries import (
    MARK_END,
    MARK_START,
    fts5_query,
    search_terms,
    split_marks,
    time_bound,
    websearch_query,
)
from newsdesk.adapters.store.rows import canonical_url, input_key, to_rows, utc_instant


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://Example.com/a/b/?utm_source=x&id=3#top", "https://example.com/a/b?id=3"),
        ("http://example.com:80/", "http://example.com/"),
        ("https://example.com:8443/x?fbclid=1", "https://example.com:8443/x"),
        ("ftp://example.com/file", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_canonical_url(url: str | None, canonical: str | None) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    ("stamp", "instant"),
    [
        ("2024-10-24T22:00:00+01:00", "2024-10-24T21:00:00Z"),
        ("2024-10-24", "2024-10-24T00:00:00Z"),
        ("2024-10-24T23:30:00-05:00", "2024-10-25T04:30:00Z"),
        ("2024-10-24T10:00:00", "2024-10-24T10:00:00Z"),
        ("yesterday", None),
        (None, None),
    ],
)
def test_utc_instant(stamp: str | None, instant: str | None) -> None:
    assert utc_instant(stamp) == instant


def test_rows_keep_speaker_types_and_the_entities_a_quote_names() -> None:
    rows = to_rows(budget_story())
    accusation = rows.attributions[2]
    assert (accusation.speaker, accusation.speaker_type, accusation.about) == (
        "Mira Sand",
        "PERSON",
        (("Henrik Vos", "PERSON"),),
    )
    assert rows.attributions[1].about == ()  # "We will not cut the state pension" names nobody
    assert rows.article.published_at == "2024-10-24T09:00:00Z"
    assert rows.article.canonical_url == "https://ledger.example/politics/vos-budget"


def test_a_wire_copy_is_similar_and_another_story_is_not() -> None:
    ledger, post, harbour = (signature(a.text) for a in (budget_story(), budget_wire_copy(), harbour_story()))
    assert similarity(ledger, post) >= THRESHOLD
    assert similarity(ledger, harbour) < 0.2
    assert set(band_hashes(ledger)) & set(band_hashes(post))
    assert not set(band_hashes(ledger)) & set(band_hashes(harbour))


REGROUPS = [
    # (stories in the order stored, the group of each)
    (["ledger", "post", "harbour"], ["ledger", "ledger", "harbour"]),
    (["post", "ledger", "harbour"], ["post", "post", "harbour"]),  # the first stored names the group
    (["harbour", "empty", "ledger"], ["harbour", "empty", "ledger"]),  # unrelated: each its own
    (["ledger", "empty", "post", "empty2"], ["ledger", "empty", "ledger", "empty2"]),  # no words, no group
]


@pytest.mark.parametrize(("order", "groups"), REGROUPS)
def test_regrouping_puts_each_story_with_the_most_similar_one_stored_before_it(
    order: list[str], groups: list[str]
) -> None:
    texts = {"ledger": budget_story().text, "post": budget_wire_copy().text, "harbour": harbour_story().text}
    made = regroup((name, signature(texts.get(name, ""))) for name in order)
    assert [made[name] for name in order] == groups


def test_no_words_no_signature() -> None:
    assert signature("  ... ") == ()
    assert band_hashes(()) == []
    assert similarity((), ()) == 0.0


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The wire story: ministers met on Monday and agreed the plan, officials said.",
            (337333606, 366904615, 591771856, 108284349),
        ),
        ("one two", (885663923, 1721261683)),  # fewer words than a shingle: one shingle of them all
    ],
)
def test_signatures_stay_what_stored_ones_are(text: str, first: tuple[int, ...]) -> None:
    """Stored signatures are compared with new ones: a change of hashing would split every group."""
    words = fingerprint(text)
    assert words.signature[: len(first)] == first
    assert words == Fingerprint(content_hash(text), signature(text))


@pytest.mark.parametrize(
    "added",
    [
        "(Replica 21 of this story.)",
        "Updated at 10:32 with the minister's reply.",
        "a b c d e f g h",  # short words: shingles whose hashes are small numbers must not win minima
    ],
)
def test_one_added_line_keeps_a_copy_in_its_group(added: str) -> None:
    text = budget_story().text
    assert similarity(signature(text), signature(f"{text}\n\n{added}")) >= THRESHOLD


@pytest.mark.parametrize("hashes", [[0], [0xFFFFFFFF], [1, 2, 0x7FFFFFFF], [0xFFFFFFFE, 0x12345678, 0, 0xFFFFFFFF]])
def test_the_minima_folded_without_division_are_the_true_minima(hashes: list[int]) -> None:
    expected = [min((int(a) * x + int(b)) % _PRIME for x in hashes) for a, b in zip(_A, _B, strict=True)]
    assert [int(v) for v in _permuted_minima(np.array(hashes, dtype=np.uint64))] == expected


@pytest.mark.parametrize(
    ("source", "provenance", "key"),
    [
        ("pages/a.html", {}, "pages/a.html"),
        ("d.warc.gz#512", {"warc_file": "d.warc.gz", "warc_offset": "512"}, "d.warc.gz#512\x1fd.warc.gz\x1f512"),
        ("day.warc.gz#512", {"warc_file": "day.warc.gz"}, "day.warc.gz#512"),  # no offset: the source alone
        ("https://news.example/a", {"fetched_url": "https://news.example/a"}, "https://news.example/a"),
    ],
)
def test_input_key(source: str, provenance: dict[str, str], key: str) -> None:
    assert input_key(source, provenance) == key


def test_content_hash_ignores_case_and_spacing_only() -> None:
    assert content_hash("The  cat\nsat.") == content_hash("the cat sat")
    assert content_hash("the cat sat") != content_hash("the cat stood")


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ('Starmer "Labour Party"', [("starmer",), ("labour", "party")]),
        ("NEAR(a b) OR *", [("near", "a"), ("b",), ("or",)]),  # punctuation inside a word joins a phrase (U.S.)
        ('"unclosed phrase', [("unclosed",), ("phrase",)]),
        ("  ", []),
    ],
)
def test_search_terms(query: str, terms: list[tuple[str, ...]]) -> None:
    assert search_terms(query) == terms


def test_terms_render_as_quoted_queries_for_both_back_ends() -> None:
    terms = [("starmer",), ("labour", "party")]
    assert fts5_query(terms) == '"starmer" AND "labour party"'
    assert websearch_query(terms) == 'starmer "labour party"'


NOW = datetime(2024, 11, 8, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "end", "bound"),
    [
        ("2024-10-24", False, "2024-10-24T00:00:00Z"),
        ("2024-10-24", True, "2024-10-24T23:59:59Z"),
        ("2024-10-24T18:00+01:00", False, "2024-10-24T17:00:00Z"),
        ("7d", False, "2024-11-01T12:00:00Z"),
        ("12h", False, "2024-11-08T00:00:00Z"),
        ("", False, None),
    ],
)
def test_time_bound(text: str, end: bool, bound: str | None) -> None:
    assert time_bound(text, end=end, now=NOW) == bound


@pytest.mark.parametrize("text", ["last week", "7y", "2024-13-40"])
def test_a_bound_that_is_no_time_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        time_bound(text)


def test_split_marks() -> None:
    text, marks = split_marks(f"a {MARK_START}cat{MARK_END} and a {MARK_START}dog{MARK_END}.")
    assert text == "a cat and a dog."
    assert [text[s:e] for s, e in marks] == ["cat", "dog"]
    assert split_marks("plain") == ("plain", ())
