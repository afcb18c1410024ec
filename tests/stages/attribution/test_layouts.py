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
        "”We need jobs here,” said a man in the crowd.",  # a mistyped mark, but no dash and no signature
    ],
)
def test_no_printed_speaker(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("line", "speaker", "content"),
    [
        ("“We just want the bus back.” ― Ana Ruiz", "Ana Ruiz", "We just want the bus back."),
        ('"Fix the roads first." — Tom Baker, 54, a driver', "Tom Baker", "Fix the roads first."),
        # a closing mark typed where the opening one belongs
        ("”We need jobs here, not another wall.” ― Ana Ruiz.", "Ana Ruiz", "We need jobs here, not another wall."),
    ],
)
def test_a_signed_quote_names_its_speaker(line: str, speaker: str, content: str) -> None:
    ((got_speaker, _dash, got_content),) = _read("Readers wrote to us.\n\n" + line)
    assert (got_speaker, got_content) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content", "kind"),
    [
        (
            "Ruiz: Bridge will open by spring.\n\nThe mayor spoke on Monday.",
            "Ruiz",
            "Bridge will open by spring.",
            "indirect",
        ),
        ("Sen. Ana Ruiz: ‘We will not back down.’", "Sen. Ana Ruiz", "‘We will not back down.’", "direct"),
        ("Tom Baker: Council ‘has no plan’ for the flood", "Tom Baker", "Council ‘has no plan’ for the flood", "mixed"),
        (
            "Ruiz camp: No deal before the vote\n\nTalks went on late.",
            "Ruiz camp",
            "No deal before the vote",
            "indirect",
        ),
    ],
)
def test_a_headline_names_who_says_it_before_a_colon(text: str, speaker: str, content: str, kind: str) -> None:
    (found,) = printed_speakers(text)
    assert (text[slice(*found.speaker)], text[slice(*found.content)], found.kind) == (speaker, content, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Breaking: Bridge closed after the storm.",  # a kicker sells the story
        "Revealed: What the council hid from voters.",
        "The Latest: Polls close in Ohio.",  # a column's name
        "LONDON: The prime minister said on Monday that the talks would resume.",  # a dateline
        "Election 2016: Ohio votes today.",  # a figure: a topic, not a speaker
        "Floods hit the valley.\n\nRuiz: Bridge will open by spring.",  # past the headline's place
        "Ruiz: " + "The plan will work. " * 8,  # a paragraph, not a headline
        "Image Credits: Harbour Council",  # a picture's credit, not a speaker
        "Photo: Ana Ruiz/Harbour Times",
        "Image via the studio: A still from the new film",
    ],
)
def test_no_headline_speaker(text: str) -> None:
    assert printed_speakers(text) == []
