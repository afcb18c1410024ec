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
        # an agency alone is the author of record
        ("Reuters", ("Reuters",), ("Reuters",)),
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
            (("2023-12-22T22:22:07-0500", "", False),),
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
    article: dict[str, str],
    meta: dict[str, tuple[str, ...]],
    times: tuple[tuple[str, str, bool], ...],
    published: str | None,
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


@pytest.mark.parametrize(
    ("ld", "meta", "bylines", "contributors", "authors", "agencies"),
    [
        # people the page credits for other work than writing are no authors
        ([{"name": "Jane Doe"}, {"name": "Sam Reed"}], {}, ("Photography by Sam Reed",), (), ("Jane Doe",), ()),
        ([{"name": "Jane Doe"}, {"name": "Sam Reed"}], {}, (), ("Sam Reed",), ("Jane Doe",), ()),
        # a printed byline that names more people than the JSON-LD
        ([{"name": "Jane Doe"}], {}, ("By Jane Doe and John Smith, CNN",), (), ("Jane Doe", "John Smith"), ()),
        # ... but not an affiliation run on after the name
        ([{"name": "Jane Doe"}], {}, ("By Jane Doe, Deputy CTO, Harbour Trust Technologies",), (), ("Jane Doe",), ()),
        # an outlet after a comma or a bar is no person
        ([{"name": "Jane Doe, Bleacher Report"}], {}, (), (), ("Jane Doe",), ()),
        ([{"name": "Jane  Doe | The Jersey Journal"}], {}, (), (), ("Jane Doe",), ()),
        # a JSON-LD author with no person before the outlet: the printed byline decides
        ([{"name": ", The Worcester Telegram & Gazette"}], {}, ("Sarah Barnacle",), (), ("Sarah Barnacle",), ()),
        # names as a JSON-LD list
        (
            [{"@type": "Person", "name": ["Travis Andersen", "Adam Sennott"]}],
            {},
            (),
            (),
            ("Travis Andersen", "Adam Sennott"),
            (),
        ),
        # an agency alone is the author of record
        ([], {}, ("By The Associated Press",), (), ("The Associated Press",), ("The Associated Press",)),
        # of "A as told to B", the writer
        ([], {}, ("Amie Mock as told to Heather Eastman",), (), ("Heather Eastman",), ()),
        # a role phrase cut down to one word, or a button's word, is no name
        ([{"name": "Contributing Writer"}], {}, (), (), (), ()),
        ([], {}, ("Follow us",), (), (), ()),
        ([], {}, ("by MrAJCosplay, Dec 19th 2023",), (), ("MrAJCosplay",), ()),
        ([], {}, ("By Dave Epstein Globe Staff",), (), ("Dave Epstein",), ()),
    ],
)
def test_author_cascade(  # type: ignore[no-untyped-def]
    ld, meta, bylines, contributors, authors: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    sources = Sources(article={"author": ld} if ld else {}, meta=meta)
    found = choose_authors(sources, bylines, "The Harbour Ledger", "ledger.example", contributors)
    assert found[:2] == (authors, agencies)


def test_json_ld_authors_given_by_reference_are_looked_up() -> None:
    person = {"@type": "Person", "@id": "https://ledger.example/#/person/1", "name": "Echo Lawrence"}
    sources = Sources(article={"author": {"@id": person["@id"]}}, items=({"@type": "NewsArticle"}, person))
    assert choose_authors(sources, (), None, None)[0] == ("Echo Lawrence",)


def test_a_signoff_closing_the_story_is_the_last_resort() -> None:
    found = choose_authors(Sources(), (), None, None, signoffs=("By The Associated Press",))
    assert found[0] == ("The Associated Press",)


def test_links_to_author_pages_are_not_read_when_the_metadata_named_a_desk() -> None:
    sources = Sources(meta={"author": ("Harbour Ledger Staff",)}, author_links=("Tom Peck",))
    assert choose_authors(sources, (), "Harbour Ledger", None)[0] == ()


@pytest.mark.parametrize(
    ("headings", "meta", "expected"),
    [
        (
            ("Opinion What I’ll be praying for",),
            {"og:title": ("What I’ll be praying for",)},
            "What I’ll be praying for",
        ),
        (
            ("Dan + Shay bring ‘Bigger Houses’ to the finale [Watch]",),
            {},
            "Dan + Shay bring ‘Bigger Houses’ to the finale",
        ),
        (("Cat video beamed to Earth from deep space (video)",), {}, "Cat video beamed to Earth from deep space"),
        (
            ("Let kids be kids and leave the labor laws alone | Editorial",),
            {},
            "Let kids be kids and leave the labor laws alone",
        ),
        # negatives: words that belong to the headline stay
        (
            ("Colleges: Former star keeps busy",),
            {"og:title": ("Former star keeps busy",)},
            "Colleges: Former star keeps busy",
        ),
        (
            ("Real-life story of a man who saved children",),
            {"og:title": ("Real-life story of a man",)},
            "Real-life story of a man who saved children",
        ),
    ],
)
def test_labels_beside_a_headline_are_cut(
    headings: tuple[str, ...], meta: dict[str, tuple[str, ...]], expected: str
) -> None:
    assert choose_headline(headings, Sources(meta=meta), None, None)[0] == expected


def test_a_title_that_names_the_site_exactly_loses_only_that_part() -> None:
    title = "PolitiFact - A campaign of theories: PolitiFact’s Lie of the Year"
    assert strip_site_name(title, "PolitiFact") == "A campaign of theories: PolitiFact’s Lie of the Year"


@pytest.mark.parametrize(
    ("article", "meta", "times", "datelines", "url", "published"),
    [
        # UTC in JSON-LD, local wall time in the dateline: the same instant in the page's zone
        (
            {"datePublished": "2023-12-23T03:00:46Z"},
            {},
            (),
            ("December 22, 2023 10:00 PM",),
            None,
            "2023-12-22T22:00:46-05:00",
        ),
        (
            {"datePublished": "2023-12-20T01:00:21Z"},
            {},
            (),
            ("Published 8:00 PM EST, Tue December 19, 2023",),
            None,
            "2023-12-19T20:00:21-05:00",
        ),
        # ... from a <time> element's visible text
        (
            {"datePublished": "2023-12-22T04:00:41+00:00"},
            {},
            (("2023-12-22T04:00:41+00:00", "Dec. 21, 2023 11:00 pm EST", False),),
            (),
            None,
            "2023-12-21T23:00:41-05:00",
        ),
        # a local time without offset given the offset another source states the instant under
        (
            {"datePublished": "2023-12-22T20:48:19"},
            {"article:published_time": ("2023-12-23T01:48:19+00:00",)},
            (),
            (),
            None,
            "2023-12-22T20:48:19-05:00",
        ),
        # two dates run together in a datetime attribute: the visible text decides
        ({}, {}, (("2022-02-112023-06-08", "June 8, 2023", False),), ("June 8, 2023",), None, "2023-06-08"),
        # a <time> away from the dateline that the URL contradicts dates another story
        (
            {},
            {},
            (("2023-12-24T13:05:00-05:00", "13:05", False),),
            (),
            "https://x.example/news/2023-12-20/story",
            "2023-12-20",
        ),
        # an update is never the publication
        ({}, {}, (("2023-09-04T19:51:56Z", "Sep 4, 2023", True),), (), None, None),
        ({}, {}, (), ("Updated on December 13, 2023 1:23 PM",), None, None),
        # negatives: a wall time that is no whole quarter hour from the instant gets no offset
        (
            {"datePublished": "2023-12-20T14:04:55Z"},
            {},
            (),
            ("December 20, 2023 09:00 AM",),
            None,
            "2023-12-20T14:04:55+00:00",
        ),
    ],
)
def test_published_sources_and_zones(article, meta, times, datelines, url, published) -> None:  # type: ignore[no-untyped-def]
    dates = choose_dates(Sources(article=article, meta=meta, times=times), datelines, url)
    assert (dates.published.iso if dates.published else None) == published


def test_an_update_printed_on_the_page_is_the_modified_date() -> None:
    dates = choose_dates(
        Sources(article={"datePublished": "2023-12-12"}), ("Updated on December 13, 2023 1:23 PM",), None
    )
    assert dates.modified is not None and dates.modified.iso == "2023-12-13T13:23:00"


@pytest.mark.parametrize(
    ("time", "update"),
    [
        ('<time itemprop="dateModified" datetime="2023-09-04">Sep 4, 2023</time>', True),
        ('<span>Updated <time datetime="2023-09-04">Sep 4, 2023</time></span>', True),
        # hAtom themes mark every date "updated": the class is no evidence
        ('<time class="entry-date updated" datetime="2023-09-04">Sep 4, 2023</time>', False),
        ('<span>Published <time datetime="2023-09-04">Sep 4, 2023</time></span>', False),
    ],
)
def test_time_elements_that_date_an_update(time: str, update: bool) -> None:
    sources = read_sources(LexborHTMLParser(f"<html><body>{time}</body></html>"))
    assert sources.times[0][2] is update


def test_a_recipe_without_an_article_item_gives_its_dates() -> None:
    page = (
        '<html><head><script type="application/ld+json">[{"@type": "Organization", "name": "Ledger"},'
        '{"@type": "Recipe", "name": "Peppermint cookies", "datePublished": "2023-12-22T10:11:08-05:00"}]'
        "</script></head><body></body></html>"
    )
    sources = read_sources(LexborHTMLParser(page))
    assert read_metadata(sources, PrintedFields(), None).published == "2023-12-22T10:11:08-05:00"
