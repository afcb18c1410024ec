"""A quote glued to its words by a lost space (",”Ana Ruiz said", "said,“The") keeps its speaker:
the tokenizer splits the mark off (newsdesk.nlp)."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions, holding


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“The bridge will open in May,”Ana Ruiz said on Monday.", "bridge will open", "Ana Ruiz"),
        ("Ana Ruiz said,“The bridge will open in May.”", "bridge will open", "Ana Ruiz"),
    ],
)
def test_a_glued_quote_keeps_its_speaker(parse, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    found = holding(attributions(text, parse), words)
    assert (found.kind, found.speaker_mention) == ("direct", speaker)
