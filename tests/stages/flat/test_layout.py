"""The layout of flattened pages: header fields and the story, whatever the outlet's shape."""

from __future__ import annotations

from newsdesk.stages.flat.layout import is_prose, parse_flat

WIRE = """Menu
Home
World

Factory fire closes port for second day

By Ana Ruiz, Associated Press
Feb. 2, 2025 9:14 AM EST

Firefighters were still working on Sunday to put out a blaze at a chemical plant beside the port, officials said.

The port authority said ships had been diverted to two neighbouring harbours until further notice.

Most read
Ten things to do this weekend
"""

NO_BYLINE = """Council approves new cycle lanes

Councillors voted by 31 to 12 on Monday night to approve three new protected cycle lanes in the city centre.

The scheme will cost £4.2m and is due to be finished by the end of next year, the council said.
"""


def test_wire_story_header_and_body() -> None:
    draft = parse_flat(WIRE)
    assert draft.headline == "Factory fire closes port for second day"
    assert draft.authors == ("Ana Ruiz",)
    assert draft.agencies == ("Associated Press",)
    assert draft.published == "2025-02-02T09:14:00-05:00"
    assert len(draft.paragraphs) == 2
    assert "Most read" not in draft.text and "Menu" not in draft.text
    assert {r.text for r in draft.removed} >= {"Menu", "Home", "World", "Most read", "Ten things to do this weekend"}


def test_story_without_byline_keeps_headline_and_body() -> None:
    draft = parse_flat(NO_BYLINE)
    assert draft.headline == "Council approves new cycle lanes"
    assert draft.authors == ()
    assert draft.published is None
    assert draft.paragraphs[0].startswith("Councillors voted")
    assert len(draft.paragraphs) == 2


def test_a_page_without_prose_has_no_story() -> None:
    draft = parse_flat("Home\nNews\nSport\nWeather\nContact us\n")
    assert draft.text == ""
    assert len(draft.removed) == 5  # nothing lost: every line is accounted for


def test_every_line_ends_somewhere() -> None:
    draft = parse_flat(WIRE)
    placed = [draft.headline, *draft.paragraphs, *(r.text for r in draft.removed)]
    lines = [line.strip() for line in WIRE.splitlines() if line.strip()]
    byline_and_date = 2
    assert len(placed) + byline_and_date == len(lines)


def test_prose_and_not_prose() -> None:
    assert is_prose("The port authority said ships had been diverted to two neighbouring harbours.")
    assert not is_prose("Ten things to do this weekend")
    assert not is_prose("Home | Markets | Economy | Companies")
