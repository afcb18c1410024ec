"""Tokens by character offset (``quote_verbs.tokens_between``, ``tokens_from``): the same tokens a
pass over the whole doc would pick, found by position."""

from __future__ import annotations

import pytest

from newsdesk.stages.attribution.quote_verbs import first_at, tokens_between, tokens_from

_TEXT = "“The bridge is safe,” Ruiz said on Monday. Baker disagreed."


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (0, len(_TEXT)),  # all of it
        (21, 31),  # after the quote up to "said": a space, "Ruiz", a space
        (22, 26),  # exactly "Ruiz"
        (23, 40),  # from inside a token: it starts before, so it is left out
        (5, 5),  # empty
        (40, 10),  # reversed: nothing
        (len(_TEXT), len(_TEXT) + 5),  # past the end
    ],
)
def test_tokens_between_are_those_a_full_pass_picks(nlp, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(_TEXT)
    assert [t.i for t in tokens_between(doc, start, end)] == [t.i for t in doc if start <= t.idx < end]


@pytest.mark.parametrize("start", [0, 1, 21, 22, 23, 58, len(_TEXT), len(_TEXT) + 3])
def test_tokens_from_an_offset_to_the_end(nlp, start: int) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(_TEXT)
    assert [t.i for t in tokens_from(doc, start)] == [t.i for t in doc if t.idx >= start]
    assert first_at(doc, start) == next((t.i for t in doc if t.idx >= start), len(doc))
