"""Reports found where no cue verb speaks: a poll's finding ("leads in the poll"), a side taken by
a role ("a fierce critic of the plan"), a stance adjective after its noun ("residents angry about
the fees"), a share of people as the speaker ("42% say"), what someone offered ("offered an
apology"), a view no one named holds ("is seen as a trap"), a hedge on an adjective ("seemed
unperturbed"); and the look-alikes that report nothing. Table-driven, through ``find_frames``."""

from __future__ import annotations

import pytest
from verbatim_cases import frames as _frames


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a poll's finding: the poll speaks, "in" is the cue, the clause without its setting the content
        (
            "In the latest survey, the mayor leads her rival by six points.",
            [("In", "the mayor leads her rival by six points", "the latest survey")],
        ),
        ("The senator has slipped in the polls since March.", [("in", "The senator has slipped", "the polls")]),
        ("Ruiz has a narrow lead in a poll released on Monday.", [("in", "Ruiz has a narrow lead", "a poll")]),
        # a side taken by a role: the subject of "be", the name beside it, "among the ... of"
        ("The mayor has been a fierce critic of the plan.", [("critic", "the plan", "The mayor")]),
        ("Ruiz, a longtime supporter of the union, spoke first.", [("supporter", "the union", "Ruiz")]),
        ("The unions were among the earliest backers of the bill.", [("backers", "the bill", "The unions")]),
        # a stance adjective after the noun it describes, and the new ones of feeling
        (
            "Residents angry about the new fees marched to the town hall.",
            [("angry", "the new fees", "Residents")],
        ),
        ("Any mayor willing to raise taxes will lose.", [("willing", "to raise taxes", "Any mayor")]),
        ("The governor is fond of long speeches.", [("is fond", "long speeches", "The governor")]),
        # a share of people written with its sign speaks
        ("Some 42% say the new tax is fair.", [("say", "the new tax is fair", "Some 42%")]),
        # what someone offered: an apology, a defence, their thoughts
        ("The mayor offered an apology to residents.", [("offered", "an apology to residents", "The mayor")]),
        # a hedge whose adjective the parser labels a predicate of the subject ("oprd")
        ("Fans seemed equally unperturbed.", [("seemed", "Fans seemed equally unperturbed", None)]),
        # a view held by no one named
        (
            "The new bridge is widely seen as a waste of money.",
            [("is widely seen as", "The new bridge is widely seen as a waste of money", None)],
        ),
    ],
)
def test_a_report_without_a_cue_verb(text: str, found: list[tuple[str, str, str | None]], nlp) -> None:  # type: ignore[no-untyped-def]
    assert _frames(text, nlp) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Voters queued in the polling station for hours.", []),  # a place to vote, no poll
        ("The candidate who leads in the polls skipped the debate.", []),  # "who" names no one
        # a clause with its own cue is that cue's: the residents speak, not the poll
        (
            "In the poll, most residents said the new tax was unfair.",
            [("said", "the new tax was unfair", "most residents")],
        ),
        ("Supporters of the bill rallied outside the hall.", []),  # a role with no one it is said of
        ("She is a close friend of the mayor.", []),  # a relation, no side
        ("He is a Ruiz supporter.", []),  # a name before the role: a label PolNeAR passes by
        ("An angry crowd gathered outside the court.", []),  # an adjective before its noun, with nothing it is about
        ("It is hostile to the idea.", []),  # an impersonal "it"
        ("The rate rose 3% last year.", []),  # a share that says nothing
        ("The mayor appeared on television.", []),  # where someone was seen, no impression
        ("The mayor, who is seen as a moderate, spoke first.", []),  # "who" names nothing seen
        ("The comet was seen in the sky as night fell.", []),  # seen, with no view of it
        ("The plan was seen as a trap by the unions.", []),  # a holder the parse misplaced: no guess
    ],
)
def test_no_report(text: str, found: list[tuple[str, str, str]], nlp) -> None:  # type: ignore[no-untyped-def]
    assert _frames(text, nlp) == found
