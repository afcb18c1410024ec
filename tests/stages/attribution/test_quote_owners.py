"""Which cue owns a direct quote when two could: a short quote a frame took comes out once; a
closing cue after the quote's comma and mark reports its sentence; a lead-in before a colon that
says words makes a short quote speech; a speech verb leading into a quote takes it from a frame
further off, and a clause of when after the quote is never its cue. Table-driven, with negatives,
through the whole pipeline on a body taken verbatim."""

from __future__ import annotations

import pytest
from verbatim_cases import attributions as _attributions
from verbatim_cases import holding as _holding


@pytest.mark.parametrize(
    ("text", "words", "count"),
    [
        ("The mayor spoke on Monday. “It is done,” she said.", "It is done", 1),  # not twice
        ("“It is done,” she said. “We won,” he said.", "It is done", 1),
        ("“It is done,” she said. “We won,” he said.", "We won", 1),  # each short quote keeps its own
    ],
)
def test_a_short_quote_comes_out_once(text: str, words: str, count: int, parse) -> None:  # type: ignore[no-untyped-def]
    direct = [a for a in _attributions(text, parse) if a.kind == "direct" and words in a.content]
    assert len(direct) == count


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # a closing cue after the quote's comma and mark, the parser giving it two subjects
        (
            "The three “flaws” she cited are “the cost of the bridge, the delay in the plans and the lack of "
            "any study of the traffic,” the Gazette reported.",
            "the cost of the bridge",
            "the Gazette",
            "reported",
        ),
        # negative: a cue that goes on after its subject is no closing aside, and keeps the quote
        (
            "“The cost of the bridge is too high,” the Gazette reported on Monday, citing two engineers.",
            "The cost of the bridge",
            "the Gazette",
            "reported",
        ),
    ],
)
def test_a_closing_cue_after_a_quote_reports_its_sentence(text: str, words: str, mention: str, cue: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _attributions(text, parse)
    assert any(a.speaker_mention == mention and a.cue == cue and words in a.content for a in found), [
        (a.content, a.speaker_mention, a.cue) for a in found
    ]


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # a noun for a message before the colon
        ("The rally had one message: “Stop the cuts.”", "Stop the cuts", "The rally", "had"),
        # a verb of saying before the colon
        ("Ruiz tells the crowd: “Thank you.”", "Thank you", "Ruiz", "tells"),
        # a speech verb leading into the quote takes it from the frame further off
        (
            "The new ad concludes with footage of Ruiz saying at the debate last month, “That is why I will win "
            "the race.”",
            "win the race",
            "Ruiz",
            "saying",
        ),
        # and a clause of when after the quote is not its cue
        (
            "The new ad ends with footage of Ruiz saying during the debate last month, “That is why I will win "
            "the race,” when Baker mocked her.",
            "win the race",
            "Ruiz",
            "saying",
        ),
        # negative: "as" opens a cue after a quote all the same
        ("“The town has never been in better shape than it is today,” as Ruiz put it.", "better shape", "Ruiz", "put"),
    ],
)
def test_a_lead_in_owns_its_quote(text: str, words: str, mention: str, cue: str, parse) -> None:  # type: ignore[no-untyped-def]
    found = _holding(_attributions(text, parse), words)
    assert found.kind == "direct"
    assert found.speaker_mention == mention
    assert found.cue is not None and found.cue.startswith(cue)
    assert found.content[0].isalpha()  # the quote's words, not its mark


@pytest.mark.parametrize(
    "text",
    [
        "He walked to the stage: “Hello.”",  # no verb of saying, no noun for words: a label
        "The menu at the new cafe: “Fish.”",
    ],
)
def test_a_short_quote_after_a_colon_that_says_nothing_is_no_statement(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert [a for a in _attributions(text, parse) if a.kind == "direct"] == []


def test_a_lead_in_inside_a_report_leaves_the_quote_to_that_report(parse) -> None:  # type: ignore[no-untyped-def]
    found = _attributions(
        "Lynch said she recalled thinking, “This is what people talk about when they talk about luck.”", parse
    )
    outer = next(a for a in found if a.cue == "said")
    assert outer.speaker_mention == "Lynch"
    assert "talk about luck" in outer.content and outer.kind == "mixed"
