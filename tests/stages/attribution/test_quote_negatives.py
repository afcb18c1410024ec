"""What is not an attribution, and what one odd quote mark may cost: table-driven cases run through
the whole pipeline on a body taken verbatim."""

from __future__ import annotations

import pytest

from newsdesk.model import Article
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_one


def _attributions(text: str, parse) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    outcome = run_one(RawPage(source="case", data=text, kind="text"), Options(verbatim=True), parse=parse)
    assert isinstance(outcome, Article)
    return [(a.kind, a.speaker, a.content) for a in outcome.attributions]


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "reforms" were announced on Monday by the transport department.',  # scare quotes
        'The band closed the night with "Born in the USA" in front of a crowd of 40,000.',  # a song title
        "The film “The Long Goodbye” opens in cinemas across the country next month.",  # a film title
        "We believe quality journalism should be available to everyone who wants it.",  # the publisher's voice
        "The minister has not spoken to reporters about the row since Tuesday.",  # speech with nothing reported
        "Staff at the factory said goodbye to their colleagues on Friday afternoon.",  # "said" with no content
    ],
)
def test_no_attribution(text: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert _attributions(text, parse) == []


def test_a_quote_without_a_speaker_keeps_no_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“This is the worst flood in living memory, and it is not over yet.”\n\nThe river burst its banks on Tuesday."
    )
    assert _attributions(text, parse) == [
        ("direct", None, "This is the worst flood in living memory, and it is not over yet")
    ]


def test_one_odd_quote_mark_costs_at_most_one_quote(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He shouted “stop, and then left the room.\n\n"
        "“We will appeal against this ruling,” said Ana Ruiz, the company’s lawyer.\n\n"
        "The court said the decision was final."
    )
    found = _attributions(text, parse)
    assert ("direct", "Ana Ruiz", "We will appeal against this ruling,") in found
    assert any(kind == "indirect" and content.startswith("the decision was final") for kind, _s, content in found)


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "content"),
    [
        ("Ms Smith said the plan would fail within a year.", "indirect", "Smith", "the plan would fail within a year"),
        ("The council claimed that the road was safe.", "indirect", "council", "that the road was safe"),
        (
            "Officials were said to have met the bidders in secret.",
            "unsourced",
            None,
            "Officials were said to have met the bidders in secret",
        ),
        (
            "It is understood that the deal will be signed on Monday.",
            "unsourced",
            None,
            "that the deal will be signed on Monday",
        ),
    ],
)
def test_reported_speech(text: str, kind: str, speaker: str | None, content: str, parse) -> None:  # type: ignore[no-untyped-def]
    ((got_kind, got_speaker, got_content),) = _attributions(text, parse)
    assert (got_kind, got_content) == (kind, content)
    assert (got_speaker or "").lower().removeprefix("the ").endswith((speaker or "").lower())


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("''We will not close the library,'' the mayor said.", "We will not close the library,"),
        # an inner quote closing with the outer one: three apostrophes
        ("''He told me 'never again,''' Ms Ruiz said on Friday.", "He told me 'never again,'"),
    ],
)
def test_two_apostrophes_are_a_double_quote(text: str, inner: str) -> None:
    from newsdesk.stages.attribution.quotes import find_quotes

    assert [q.inner(text) for q in find_quotes(text)] == [inner]


def test_one_apostrophe_is_no_quote_mark() -> None:
    from newsdesk.stages.attribution.quotes import find_quotes

    assert find_quotes("The council's plan and the residents' reply were both published.") == []
