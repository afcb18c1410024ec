"""The publication date a page holds only in its embedded app state: read when it is the page's
one datePublished, used only where nothing else but the URL dates the page."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsdesk.stages.metadata import read_sources
from newsdesk.stages.metadata.published import choose_dates
from newsdesk.stages.metadata.sources import Sources, embedded_published

_STATE_IN_ATTRIBUTE = (
    '<html><head><script id="state" data-initial-state="{&quot;article&quot;:{&quot;title&quot;:'
    '&quot;Ferry delayed&quot;,&quot;datePublished&quot;:&quot;2023-12-05T03:51:59.075Z&quot;}}">'
    "</script></head><body><h1>Ferry delayed</h1><p>The ferry was delayed.</p></body></html>"
)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('{"datePublished": "2024-01-02"}', "2024-01-02"),
        ("{&quot;datePublished&quot;:&quot;2023-12-05T03:51:59.075Z&quot;}", "2023-12-05T03:51:59.075Z"),
        ('"{\\"datePublished\\":\\"2024-01-02T10:00:00+01:00\\"}"', "2024-01-02T10:00:00+01:00"),
        # negatives: two dates (a list of stories), no date, a value that is no date, another key
        ('{"datePublished":"2024-01-02"} {"datePublished":"2024-01-03"}', None),
        ("<p>No state here.</p>", None),
        ('{"datePublished": "yesterday"}', None),
        ('{"dateModified": "2024-01-02"}', None),
    ],
)
def test_the_one_embedded_date_is_read(source: str, expected: str | None) -> None:
    assert embedded_published(source) == expected


def test_a_page_dated_only_by_its_state_takes_that_date() -> None:
    sources = read_sources(LexborHTMLParser(_STATE_IN_ATTRIBUTE), _STATE_IN_ATTRIBUTE)
    dates = choose_dates(sources, (), "https://example.org/news/ferry-delayed")
    assert dates.published is not None and dates.published.iso.startswith("2023-12-05T03:51:59")
    assert dates.published_by == "html:embedded-state"


def test_the_state_gives_way_to_what_the_page_states() -> None:
    sources = Sources(meta={"article:published_time": ("2023-12-04T10:00:00+00:00",)}, embedded_published="2023-12-05")
    dates = choose_dates(sources, (), None)
    assert dates.published is not None and dates.published.iso.startswith("2023-12-04")


@pytest.mark.parametrize(
    ("url", "expected_by"),
    [
        ("https://example.org/2023/12/05/ferry", "html:embedded-state"),  # the same day: the state adds the time
        ("https://example.org/2023/11/30/ferry", "url"),  # another day: the URL is kept
    ],
)
def test_the_url_day_decides_between_them(url: str, expected_by: str) -> None:
    dates = choose_dates(Sources(embedded_published="2023-12-05T03:51:59Z"), (), url)
    assert dates.published_by == expected_by
