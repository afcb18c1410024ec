"""Dates as pages print them, to ISO 8601 with the offset the page states."""

from __future__ import annotations

import pytest

from newsdesk.stages.dates import parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Thursday 24 October 2024 22:00 BST", "2024-10-24T22:00:00+01:00"),
        ("October 24, 2024 10:00 PM EDT", "2024-10-24T22:00:00-04:00"),
        ("Oct. 24, 2024 at 6 p.m. ET", "2024-10-24T18:00:00-04:00"),  # ET in daylight saving time
        ("March 3, 2024 12:00 pm ET", "2024-03-03T12:00:00-05:00"),  # ET before the clocks change
        ("Jan. 7, 2025 5:12 PM PST", "2025-01-07T17:12:00-08:00"),
        ("Updated 14:32 GMT, 24 Oct 2024", "2024-10-24T14:32:00+00:00"),
        ("Published: 3:04 PM EST, Thu January 4, 2024", "2024-01-04T15:04:00-05:00"),
        ("Last updated 12 March 2024 11:05 CET", "2024-03-12T11:05:00+01:00"),
        ("Monday 1 July 2024 08:00 GMT+2", "2024-07-01T08:00:00+02:00"),
        ("2024-10-24T22:00:00Z", "2024-10-24T22:00:00+00:00"),
        ("2024-10-24T22:00:00+0530", "2024-10-24T22:00:00+05:30"),
        ("Sept 3rd, 2023 9.30am PT", "2023-09-03T09:30:00-07:00"),
        ("5 December 2024", "2024-12-05"),  # a date alone stays a date
        ("24/10/2024", "2024-10-24"),
        ("Thursday 24 October 2024 22:00", "2024-10-24T22:00:00"),  # no zone: no invented offset
    ],
)
def test_dates_keep_the_offset_the_page_states(text: str, iso: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.iso == iso


def test_month_first_for_us_pages() -> None:
    parsed = parse_date("03/04/2024", month_first=True)
    assert parsed is not None and parsed.iso == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Read more",
        "",
        "Sir Keir Starmer said he has not spoken to Donald Trump",
        "Call 0800 123 456",
        "31 February 2024",
        "Published March 4 at 10:30",  # no year: never read as a date
        "04/03 10:30 GMT",
    ],
)
def test_no_date_in_text_without_one(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("4 March 1999", "1999-03-04"),
        ("Updated: March 4th, 2020 10:30 am", "2020-03-04T10:30:00"),
        ("04.03.2021", "2021-03-04"),
        ("2024-03-04", "2024-03-04"),
    ],
)
def test_a_year_is_what_a_date_needs(text: str, iso: str) -> None:
    # parse_date passes over a text naming no year (19xx, 20xx): each date form holds one.
    parsed = parse_date(text)
    assert parsed is not None and parsed.iso == iso
