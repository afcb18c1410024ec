"""Gold attributions from brat standoff, and the BIO tags the tagger learns from."""

from __future__ import annotations

import pytest

from newsdesk.stages.attribution.training import GoldAttribution, gold_tags, parse_brat

ANNOTATION = "\n".join(
    [
        "T1\tSource 0 8\tAna Ruiz",
        "T2\tCue 9 13\tsaid",
        "T3\tContent 14 30\tthe bus is late",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "T4\tContent 40 45;50 60\tsplit content",
        "E2\tAttribution:T4 Content:T4",
        "E3\tAttribution:T2 Source:T1",  # no content: not an attribution
        "#1\tAnnotatorNotes T1\ta note",  # not a span or an event
        "T5\tSource oops\tbroken",  # malformed offsets: skipped
    ]
)


def test_parse_brat_reads_events_with_content() -> None:
    assert parse_brat(ANNOTATION) == [
        GoldAttribution(source=((0, 8),), cue=((9, 13),), content=((14, 30),)),
        GoldAttribution(source=(), cue=(), content=((40, 45), (50, 60))),
    ]


@pytest.mark.parametrize("annotation", ["", "nonsense", "E1\tAttribution:T9 Content:T9"])
def test_parse_brat_without_usable_events(annotation: str) -> None:
    assert parse_brat(annotation) == []


def test_gold_tags_mark_source_cue_and_content(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Ana Ruiz said the bus is late.")
    gold = [GoldAttribution(source=((0, 8),), cue=((9, 13),), content=((14, 29),))]
    assert gold_tags(doc, gold) == ["B-SRC", "I-SRC", "B-CUE", "B-CON", "I-CON", "I-CON", "I-CON", "O"]


def test_touching_contents_stay_two_and_a_cue_wins_over_content(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Rain came. Wind said nothing.")
    gold = [
        GoldAttribution(source=(), cue=(), content=((0, 10),)),
        GoldAttribution(source=(), cue=((16, 20),), content=((11, 29),)),
    ]
    assert gold_tags(doc, gold) == ["B-CON", "I-CON", "I-CON", "B-CON", "B-CUE", "B-CON", "I-CON"]
