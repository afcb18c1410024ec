"""Anyone at all, told what they may or should think (``generic``): a bare plural noun for people
with "can", "should" or "may" holds no view; with an article, without the modal, or negated it
does. Table-driven, through ``find_frames`` and ``own_statements``."""

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
        "Commuters may want to leave early on Friday.",
        "Tenants should expect that rents will rise in March.",
        "Buyers could decide to wait for the spring sales.",
    ],
)
def test_advice_to_anyone_is_no_view(text: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kept(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # without a modal: what such people want or think
        ("Commuters want the line reopened.", "the line reopened"),
        # with an article: someone named
        ("The tenants should expect that rents will rise in March.", "that rents will rise in March"),
        # negated: a reaction they voiced
        ("Fans can't believe how tall the twins are.", "how tall the twins are"),
    ],
)
def test_a_view_of_someone_stays(text: str, content: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _kept(text, nlp) == [content]
