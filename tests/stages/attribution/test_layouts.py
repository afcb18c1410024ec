"""Speakers printed by the layout: transcript labels and signed quotes, with the look-alikes that
are neither."""

from __future__ import annotations

import pytest

from newsdesk.stages.attribution.layouts import printed_speakers


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(text[slice(*p.speaker)], text[slice(*p.cue)], text[slice(*p.content)]) for p in printed_speakers(text)]


def test_transcript_labels_that_recur_name_the_speaker() -> None:
    text = (
        "HOST: Are you running again?\n\n"
        "MAYOR DIAZ: I have not decided yet.\n\n"
        "HOST: When will you decide?\n\n"
        "MAYOR DIAZ: After the budget vote."
    )
    assert _read(text) == [
        ("HOST", ":", "Are you running again?"),
        ("MAYOR DIAZ", ":", "I have not decided yet."),
        ("HOST", ":", "When will you decide?"),
        ("MAYOR DIAZ", ":", "After the budget vote."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The road has reopened.\n\nPolice said the crash left two people hurt.",  # a one-off label
        "UPDATE: The road has reopened.\n\nUPDATE: A second lane is open too.",  # a label that is no speaker
        "Mayor Diaz: a profile of the candidate.\n\nShe grew up in the city.",  # not in capitals
        "The vote was close — 51 to 49 — and the motion failed.",  # dashes with no quote
    ],
)
def test_no_printed_speaker(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("line", "speaker", "content"),
    [
        ("“We just want the bus back.” ― Ana Ruiz", "Ana Ruiz", "We just want the bus back."),
        ('"Fix the roads first." — Tom Baker, 54, a driver', "Tom Baker", "Fix the roads first."),
    ],
)
def test_a_signed_quote_names_its_speaker(line: str, speaker: str, content: str) -> None:
    ((got_speaker, _dash, got_content),) = _read("Readers wrote to us.\n\n" + line)
    assert (got_speaker, got_content) == (speaker, content)
