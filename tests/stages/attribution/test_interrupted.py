"""A content its own cue and speaker interrupt is given in pieces around them; a content with its
cue outside, or a report with no speaker, stays whole. Table-driven on character spans."""

from __future__ import annotations

import pytest

from newsdesk.stages.attribution.interrupted import around_own_words

TEXT = "The new line, the mayor said, would open before the winter."


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("content", "cue", "speaker", "pieces"),
    [
        # the cue and speaker in the middle: two pieces, without the commas that set them off
        (
            "The new line, the mayor said, would open before the winter",
            "said",
            "the mayor",
            ("The new line", "would open before the winter"),
        ),
        # the cue and speaker outside the content: whole
        ("would open before the winter", "said", "the mayor", ()),
        # no speaker: hearsay keeps its cue inside
        ("The new line, the mayor said, would open before the winter", "said", None, ()),
        # a cue at the very edge leaves no word on one side: whole
        ("the mayor said, would open before the winter", "said", "the mayor", ()),
    ],
)
def test_a_content_is_cut_around_its_own_report(
    content: str, cue: str, speaker: str | None, pieces: tuple[str, ...]
) -> None:
    found = around_own_words(TEXT, _span(content), _span(cue), _span(speaker) if speaker else None)
    assert tuple(TEXT[a:b] for a, b in found) == pieces
