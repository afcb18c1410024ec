"""The trained path, with a fake tagger that returns canned tags (the model call is injected): how
tags become attributions, how contents find their cue and cues their source, and what an unsure
source costs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from verbatim_cases import Tags, tagged

from newsdesk.model import Attribution
from newsdesk.stages.attribution.learned import read_spans, sentence_index
from newsdesk.stages.attribution.tagspans import TagSpan, root_of


def _run(parse: Callable[[list[str]], object], text: str, tags: Tags) -> list[Attribution]:
    return tagged(parse, text, tags)


def test_a_quote_its_cue_and_its_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“The bridge will open in May,” Ana Ruiz said on Monday."
    tags = {w: ("I-CON", 0.95) for w in ("the", "bridge", "will", "open", "in", "may", ",", "”")}
    tags.update({"“": ("B-CON", 0.95), "ana": ("B-SRC", 0.9), "ruiz": ("I-SRC", 0.9), "said": ("B-CUE", 0.97)})
    (found,) = _run(parse, text, tags)
    assert (found.kind, found.speaker, found.cue, found.method) == ("direct", "Ana Ruiz", "said", "crf")
    assert found.content.startswith("“The bridge will open in May")
    assert found.confidence == pytest.approx(0.9)


def test_an_unsure_source_is_left_out_and_kept_as_a_candidate(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Officials at a ministry said the budget would be cut."
    tags = {w: ("I-CON", 0.9) for w in ("budget", "would", "be", "cut")}
    tags.update({"officials": ("B-SRC", 0.3), "said": ("B-CUE", 0.9), "the": ("B-CON", 0.9)})
    (found,) = _run(parse, text, tags)
    assert found.speaker is None and found.speaker_span is None
    assert [c.name for c in found.candidates] == ["Officials"]
    assert found.candidates[0].score == pytest.approx(0.3)


def test_an_interrupted_quote_is_one_attribution_with_two_parts(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“We are ready,” said Tom Baker. “The team is fit”"
    tags = {w: ("I-CON", 0.95) for w in ("we", "are", "ready", ",", "the", "team", "is", "fit", "”")}
    tags.update({"“": ("B-CON", 0.95), "said": ("B-CUE", 0.95), "tom": ("B-SRC", 0.9), "baker": ("I-SRC", 0.9)})
    (found,) = _run(parse, text, tags)
    assert found.speaker == "Tom Baker"
    assert len(found.content_span) == 2
    first, second = (text[a:b] for a, b in found.content_span)
    assert first.startswith("“We are ready") and second.startswith("“The team is fit")
    assert "Tom Baker" not in first + second


def test_nothing_tagged_is_nothing_found(parse) -> None:  # type: ignore[no-untyped-def]
    assert _run(parse, "The river rose overnight and the bridge was closed.", {}) == []


def test_read_spans_bridges_a_line_break_but_not_a_word(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ana said that rates\nrise. Then rain fell.")
    assert [t.text for t in doc][:7] == ["Ana", "said", "that", "rates", "\n", "rise", "."]
    labels = ["B-SRC", "B-CUE", "B-CON", "I-CON", "O", "I-CON", "I-CON", "O", "I-CON", "I-CON", "O"]
    spans = read_spans(doc, 0, labels, [0.9] * len(doc), sentence_index(doc))
    assert [(s.label, doc[s.start : s.end].text) for s in spans] == [
        ("SRC", "Ana"),
        ("CUE", "said"),
        ("CON", "that rates\nrise."),
        ("CON", "rain fell"),
    ]


def test_a_content_run_over_its_cue_is_split_at_the_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“We cut the budget” to pay for the new hall, she said, pointing to the plans."
    words = ("we", "cut", "the", "budget", "”", "to", "pay", "for", "new", "hall", ",", "she", "said", "pointing")
    tags = {w: ("I-CON", 0.9) for w in words}
    tags["“"] = ("B-CON", 0.9)
    found = next(a for a in _run(parse, text, tags) if "budget" in a.content)
    assert (found.speaker_mention, found.cue, found.method) == ("she", "said", "crf")
    assert found.content.startswith("“We cut the budget") and found.content.endswith("new hall")


def test_a_content_that_opens_with_words_of_its_own_is_not_split(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said that “the hall will open in May,” she said."
    tags = {w: ("I-CON", 0.9) for w in ("“", "hall", "will", "open", "in", "may", ",", "”", "she", "said")}
    tags.update({"that": ("B-CON", 0.9), "mayor": ("B-SRC", 0.9), "the": ("B-SRC", 0.9)})
    found = _run(parse, text, tags)
    assert all(a.cue != "said" or a.speaker_mention != "she" for a in found)


def test_a_quote_with_no_cue_goes_on_with_the_last_quote(parse) -> None:  # type: ignore[no-untyped-def]
    text = "“The river is rising,” Ruiz said. She did not mention the dam. “We are ready for the worst.”"
    tags = {w: ("I-CON", 0.95) for w in ("river", "is", "rising", ",", "we", "are", "ready", "for", "worst", ".")}
    tags.update({"“": ("B-CON", 0.95), "”": ("I-CON", 0.95), "ruiz": ("B-SRC", 0.9), "said": ("B-CUE", 0.95)})
    tags.update({"she": ("B-SRC", 0.9), "mention": ("B-CUE", 0.9), "dam": ("B-CON", 0.9)})
    found = _run(parse, text, tags)
    quoted = next(a for a in found if "river" in a.content)
    assert quoted.speaker_mention == "Ruiz"
    assert any("worst" in text[a:b] for a, b in quoted.content_span)
    report = next(a for a in found if "dam" in a.content)
    assert "worst" not in report.content


def _lead_in_tags(lead: tuple[str, ...], words: tuple[str, ...]) -> Tags:
    """Tags of "<Name> <lead ...>: “<words>,” she said.": the lead-in tagged as a cue, the quote as content."""
    tags = {w: ("I-CON", 0.9) for w in (*words, ",", "”")}
    tags.update({w: ("I-CUE", 0.9) for w in (*lead[1:], ":")})
    tags.update({"“": ("B-CON", 0.9), "ruiz": ("I-SRC", 0.9), lead[0]: ("B-CUE", 0.9)})
    tags.update({"she": ("B-SRC", 0.9), "said": ("B-CUE", 0.9), "senator": ("B-SRC", 0.9)})
    return tags


@pytest.mark.parametrize(
    ("text", "lead", "words", "speaker", "cue"),
    [
        # a lead-in that says nothing gives way to the quote's closing cue
        (
            "Ruiz saw the vote differently: “When he says he will fight, I do not take that as a joke,” she said.",
            ("saw", "the", "vote", "differently"),
            ("when", "he", "says", "will", "fight", "i", "do", "not", "take", "that", "as", "a", "joke"),
            "she",
            "said",
        ),
        # a verb of saying before the colon keeps the quote (PolNeAR's reading too)
        (
            "Senator Ruiz scolded him: “The science is against you on every one of these products,” she said.",
            ("scolded", "him"),
            ("the", "science", "is", "against", "you", "on", "every", "one", "of", "these", "products"),
            "Senator Ruiz",
            "scolded",
        ),
    ],
)
def test_a_quotes_closing_cue_against_a_lead_in(  # type: ignore[no-untyped-def]
    parse, text: str, lead: tuple[str, ...], words: tuple[str, ...], speaker: str, cue: str
) -> None:
    (found,) = _run(parse, text, _lead_in_tags(lead, words))
    assert found.speaker_mention == speaker
    assert found.cue is not None and found.cue.startswith(cue)


def test_a_span_hangs_from_a_word_not_from_its_opening_mark(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the opening mark on "have", before the colon; the quote hangs from "wrote"
    doc = nlp(
        "The release also mentioned the effect it said Ortiz, the first woman appointed chief by the council, "
        "would have on women in the force: “Next to our work, the chief's career, long and steady, has opened "
        "a road for women to overcome prejudice,” the guild wrote."
    )
    opening = next(t.i for t in doc if t.text == "“")
    closing = next(t.i for t in doc if t.text == "”")
    assert doc[opening].head.i < opening  # what the rule is for
    root = root_of(TagSpan("CON", opening, closing + 1, 0.9), doc)
    assert not root.is_punct
    assert root.head.text == "wrote"
