"""What a group, a place or an institution lived through (``experience``): "see" of an experience
is no view, while a person's perception, a view "as" something, a clause with "that" and a
foresight stay. Table-driven, through ``find_frames`` and ``own_statements``."""

from __future__ import annotations

import pytest

from newsdesk.stages.attribution.frames import find_frames
from newsdesk.stages.attribution.nesting import own_statements


def _kept(text: str, nlp) -> list[str]:  # type: ignore[no-untyped-def]
    """The contents of the frames that are statements of their own."""
    doc = nlp(text)
    return [text[slice(*f.content)] for f in own_statements(list(find_frames(doc)), doc, bytearray(len(text)))]


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker saw buyers turning to smaller models.",
        "The league is seeing more young players succeed.",
        "Several airlines are seeing their lounges half empty this winter.",
        "The district has seen office rents climb since 2019.",
    ],
)
def test_what_was_lived_through_is_no_view(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kept(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a person's perception: a witness's account
        ("I saw the guard sitting behind the desk.", "the guard sitting behind the desk"),
        # a view "as" something, a clause with "that", a foresight
        ("The company sees the deal as a bargain.", "the deal as a bargain"),
        ("The ministry saw that the plan had failed.", "that the plan had failed"),
        ("The bank saw the downturn coming long before it came.", "the downturn coming long before it came"),
    ],
)
def test_a_view_or_a_perception_stays(text: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kept(text, nlp) == [content]
