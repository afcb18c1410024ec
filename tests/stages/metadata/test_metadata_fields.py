"""Metadata cascades: headline, authors and agencies, dates with offsets, publisher; each table
holds the shapes pages print and the negatives that must not pass."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsdesk.stages.metadata import PrintedFields, read_metadata
from newsdesk.stages.metadata.authors import choose_authors
from newsdesk.stages.metadata.published import choose_dates, date_in_url
from newsdesk.stages.metadata.publisher import choose_publisher, domain_of
from newsdesk.stages.metadata.sources import Sources, read_sources
from newsdesk.stages.metadata.title import choose_headline, strip_site_name


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Ferry terminal delayed | The Harbour Ledger", "The Harbour Ledger", "Ferry terminal delayed"),
        ("The Harbour Ledger - Ferry terminal delayed", "The Harbour Ledger", "Ferry terminal delayed"),
        ("Ferry terminal delayed - Ledger", None, "Ferry terminal delayed"),
        ("Ferry terminal delayed | Opinion | The Crimson", "The Crimson", "Ferry terminal delayed | Opinion"),
        ("Ferry terminal delayed", "The Harbour Ledger", "Ferry terminal delayed"),
        # negatives: a dash inside the headline is no site suffix
        (
            "Left-wing and right-wing voters agree on ferry fares",
            None,
            "Left-wing and right-wing voters agree on ferry fares",
        ),
        (
            "Cats - the real rulers of the internet, a study finds",
            None,
            "Cats - the real rulers of the internet, a study finds",
        ),
    ],
)
def test_strip_site_name(title: str, site: str | None, expected: str) -> None:
    assert strip_site_name(title, site) == expected


def test_the_h1_wins_over_a_seo_title() -> None:
    sources = Sources(meta={"og:title": ("A ghostly quasiparticle could unlock quantum computing",)})
    assert choose_headline(("The quantum phantom",), sources, None, None) == ("The quantum phantom", "html:h1")


def test_a_site_name_in_the_h1_is_no_headline() -> None:
    sources = Sources(meta={"og:title": ("Ferry terminal delayed | The Harbour Ledger",)})
    found = choose_headline(("The Harbour Ledger",), sources, "The Harbour Ledger", None)
    assert found == ("Ferry terminal delayed", "html:metadata")


def _authors(meta: dict[str, tuple[str, ...]] | None = None, ld: object = None, bylines: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    sources = Sources(article={"author": ld} if ld is not None else {}, meta=meta or {})
    return choose_authors(sources, bylines, "The Harbour Ledger", "ledger.example")


@pytest.mark.parametrize(
    ("meta", "authors", "agencies"),
    [
        ("By Jane Doe", ("Jane Doe",), ()),
        ("Jane Doe and John Smith", ("Jane Doe", "John Smith"), ()),
        ("['Jane Doe', 'John Smith']", ("Jane Doe", "John Smith"), ()),
        ("Lauren Manaker MS, RDN, LD", ("Lauren Manaker",), ()),
        ("John O'Connor The Associated Press", ("John O'Connor",), ("The Associated Press",)),
        ("Jane Doe, Reuters", ("Jane Doe",), ("Reuters",)),
        ("Jane Doe | The Harbour Ledger", ("Jane Doe",), ()),
        ("Jane Doe, ledger.example", ("Jane Doe",), ()),
        ("Jane DoePublished: December 20, 2023", ("Jane Doe",), ()),
        ("ByJane Doe", ("Jane Doe",), ()),
        ("Jane Doe, Political Editor", ("Jane Doe",), ()),
        # negatives: nothing of a person's name
        ("The Harbour Ledger", (), ()),
        ("Published: Dec 22, 2023", (), ()),
        ("Reuters", (), ("Reuters",)),
    ],
)
def test_author_values_are_cleaned(meta: str, authors: tuple[str, ...], agencies: tuple[str, ...]) -> None:
    found, found_agencies, _where = _authors(meta={"author": (meta,)})
    assert found == authors and found_agencies == agencies


def test_json_ld_people_come_before_meta_and_organisations_last() -> None:
    ld = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Harbour Trust"}]
    assert _authors(meta={"author": ("John Smith",)}, ld=ld)[0] == ("Jane Doe",)
    assert _authors(ld={"@type": "Organization", "name": "Harbour Trust"})[0] == ("Harbour Trust",)


def test_a_printed_byline_is_used_when_the_metadata_has_none() -> None:
    assert _authors(bylines=("By Nick Levine | March 9, 2023",))[:2] == (("Nick Levine",), ())


@pytest.mark.parametrize(
    ("article", "meta", "times", "published"),
    [
        # a day made precise by a source that states the same day with time and offset
        (
            {"datePublished": "2024-10-24"},
            {"article:published_time": ("2024-10-24T22:00:00+01:00",)},
            (),
            "2024-10-24T22:00:00+01:00",
        ),
        # UTC in JSON-LD, local time in <time>: the same instant, in the page's own zone
        (
            {"datePublished": "2023-12-23T03:22:07Z"},
            {},
            (("2023-12-22T22:22:07-0500", ""),),
            "2023-12-22T22:22:07-05:00",
        ),
        ({}, {"sailthru.date": ("1703260800",)}, (), "2023-12-22T16:00:00+00:00"),
        # a day alone stays a day
        ({"datePublished": "2024-10-24"}, {}, (), "2024-10-24"),
        # negatives: another day does not make the first one precise
        ({"datePublished": "2024-10-24"}, {"article:published_time": ("2024-10-20T09:00:00+01:00",)}, (), "2024-10-24"),
        ({}, {"date": ("not a date",)}, (), None),
    ],
)
def test_published(
    article: dict[str, str], meta: dict[str, tuple[str, ...]], times: tuple[tuple[str, str], ...], published: str | None
) -> None:
    dates = choose_dates(Sources(article=article, meta=meta, times=times), (), None)
    assert (dates.published.iso if dates.published else None) == published


def test_modified_is_kept_apart_and_never_a_copy_of_published() -> None:
    apart = choose_dates(
        Sources(article={"datePublished": "2024-10-24T10:00:00Z", "dateModified": "2024-10-25T10:00:00Z"}), (), None
    )
    assert apart.modified is not None and apart.modified.iso.startswith("2024-10-25")
    same = choose_dates(
        Sources(article={"datePublished": "2024-10-24T10:00:00Z", "dateModified": "2024-10-24T10:00:00Z"}), (), None
    )
    assert same.modified is None


def test_visible_dateline_and_url_are_the_last_resorts() -> None:
    assert choose_dates(Sources(), ("24 October 2024 22:00 BST",), None).published.iso == "2024-10-24T22:00:00+01:00"  # type: ignore[union-attr]
    assert choose_dates(Sources(), (), "https://ledger.example/2024/10/24/story").published.iso == "2024-10-24"  # type: ignore[union-attr]
    assert date_in_url("https://ledger.example/news/story-2024") is None


@pytest.mark.parametrize(
    ("sources", "url", "expected"),
    [
        (
            Sources(article={"publisher": {"@type": "Organization", "name": "The Harbour Ledger"}}),
            None,
            "The Harbour Ledger",
        ),
        (Sources(meta={"og:site_name": ("Harbour Ledger",)}), None, "Harbour Ledger"),
        (Sources(), "https://www.ledger.example/news/x", "ledger.example"),
        (Sources(), None, None),
    ],
)
def test_publisher(sources: Sources, url: str | None, expected: str | None) -> None:
    assert choose_publisher(sources, url)[0] == expected
    assert domain_of("not a url") is None


def test_broken_json_ld_is_skipped_and_graphs_are_read() -> None:
    page = (
        '<html><head><script type="application/ld+json">{not json</script>'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Ledger"},'
        '{"@type": ["NewsArticle"], "headline": "Ferry &amp; fares", "datePublished": "2024-10-24"}]}</script>'
        "</head><body></body></html>"
    )
    sources = read_sources(LexborHTMLParser(page))
    meta = read_metadata(sources, PrintedFields(), None)
    assert meta.headline == "Ferry & fares" and meta.published == "2024-10-24"
