"""Hedges with no source ("the deal appears to be dead") are unsourced attributions; "appear" with a
place or company says where someone was seen and is none. Table-driven, through the whole pipeline
on a body taken verbatim, with negatives."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The deal appears to be dead.", "The deal appears to be dead"),
        ("The plan seemed like a trap.", "The plan seemed like a trap"),
        ("It appears that the vote will be delayed.", "that the vote will be delayed"),
    ],
)
def test_a_hedge_is_unsourced(text: str, content: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _attributions(text, parse)
    assert [(a.kind, a.content) for a in found] == [("unsourced", content)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appeared on television on Monday.",
        "The senator appeared with the governor at a rally.",
        "Her name will not appear on the ballot.",
    ],
)
def test_appearing_somewhere_is_no_hedge(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _attributions(text, parse) == []
