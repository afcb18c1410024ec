"""Stances, beliefs and wishes beside reported speech, read off the parse: an adjective with its
complement ("was eager to ..."), a passive with its agent ("was criticised by ..."), a verb's object
or side taken ("noted the ...", "voted against ..."), a clause the parser misread as a bare
complement; and the look-alikes that report nothing. Table-driven, through ``find_frames``."""

from __future__ import annotations

import pytest
from verbatim_cases import frames as _frames


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # an adjective of view or wish, with its infinitive, clause or preposition
        (
            "The mayor was eager to reopen the old market hall.",
            "was eager",
            "to reopen the old market hall",
            "The mayor",
        ),
        (
            "Councillor Ames remained critical of the new parking rules.",
            "remained critical",
            "the new parking rules",
            "Councillor Ames",
        ),
        (
            "The chief constable is sure that the figures will fall.",
            "is sure",
            "that the figures will fall",
            "The chief constable",
        ),
        ("Farmers are wary of the proposed water charges.", "are wary", "the proposed water charges", "Farmers"),
        # a passive whose agent holds the stance
        ("Her view is shared by two senior judges.", "shared", "Her view", "two senior judges"),
        # a verb's object, a side taken, an intention
        (
            "The club noted the sparse attendance at the final.",
            "noted",
            "the sparse attendance at the final",
            "The club",
        ),
        ("Two councillors voted against the housing plan.", "voted", "the housing plan", "Two councillors"),
        ("The governor would like to see a new bridge.", "like", "to see a new bridge", "The governor"),
        ("The council wanted a new library.", "wanted", "a new library", "The council"),
        (
            "The opposition cast the deal as a betrayal of the workers.",
            "cast",
            "the deal as a betrayal of the workers",
            "The opposition",
        ),
        # a negated stance is still one: what was left out
        ("The coach did not mention the injury to his striker.", "mention", "the injury to his striker", "The coach"),
        # a question someone asks themselves
        (
            "The mayor wonders whether the tram will ever be built.",
            "wonders",
            "whether the tram will ever be built",
            "The mayor",
        ),
        # a stance on a person named before; a suggestion, a refusal
        ("The union endorsed him on Monday.", "endorsed", "him", "The union"),
        ("The coach suggested a shorter season.", "suggested", "a shorter season", "The coach"),
        ("The firm declined the invitation to testify.", "declined", "the invitation to testify", "The firm"),
        # a noun whose source is the object of "from"
        (
            "The minister faced criticism from teachers that the reform was rushed.",
            "criticism",
            "that the reform was rushed",
            "teachers",
        ),
        # an "as" clause reports the main clause
        (
            "As the Gazette reported on Friday, the mill will close in the spring.",
            "reported",
            "the mill will close in the spring",
            "the Gazette",
        ),
        (
            "As reported by the Gazette, the mill will close in the spring.",
            "reported",
            "the mill will close in the spring",
            "the Gazette",
        ),
        # who speaks where the verb has no subject: a clause of purpose, a participle going on with
        # another, the common noun a participle qualifies, or who put that thing out
        (
            "The senator flew to Iowa to say that the farm bill would pass.",
            "say",
            "that the farm bill would pass",
            "The senator",
        ),
        (
            "Sanders made a stop at the school, greeting voters and criticizing the new tax.",
            "criticizing",
            "the new tax",
            "Sanders",
        ),
        (
            "Ads attacking the senator's record on trade filled the airwaves.",
            "attacking",
            "the senator's record on trade",
            "Ads",
        ),
        (
            "The group ran ads attacking the senator's record on trade.",
            "attacking",
            "the senator's record on trade",
            "The group",
        ),
        # a reported clause the parser misread as a bare complement or an object
        (
            "Economists say taxing consumption encourages saving.",
            "say",
            "taxing consumption encourages saving",
            "Economists",
        ),
        (
            "The minister said families of the victims deserve an apology.",
            "said",
            "families of the victims deserve an apology",
            "The minister",
        ),
    ],
)
def test_a_stance_is_reported(text: str, cue: str, content: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in _frames(text, nlp) if f[0] == cue]
    assert found == [(cue, content, speaker)], _frames(text, nlp)


def test_a_passive_stance_has_its_agent_as_source(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _frames("The plan was criticised by the mayor for its cost.", nlp)
    assert [(f[0], f[2]) for f in found] == [("criticised", "the mayor")]
    assert found[0][1].startswith("The plan") and found[0][1].endswith("for its cost")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The teachers who were eager to strike met on Monday.", "were eager"),  # "who" names nobody
        ("It is certain that the bridge will close.", "is certain"),  # an impersonal "it"
        ("The new stadium was able to hold twenty thousand fans.", "was able"),  # ability, no view
        ("The new timetable was announced on Monday by the rail company.", "announced"),  # made public, no view
        ("The budget was approved on Tuesday.", "approved"),  # a passive with no agent
        ("Staff at the factory said goodbye to their colleagues on Friday afternoon.", "said"),  # no clause
        ("The mayor noted it.", "noted"),  # a pronoun object says nothing on its own
        ("Voters cast their ballots on Tuesday.", "cast"),  # casting is no view without "as"
        ("The driver looked at the map.", "looked"),  # looking at is no stance
        ("Economists had expected the decision.", "expected"),  # an event foreseen, no view of it
        ("As expected, the mill will close in the spring.", "expected"),  # no source
    ],
)
def test_no_stance(text: str, cue: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in _frames(text, nlp) if f[0] == cue] == []


def test_an_as_clause_of_time_reports_only_its_own_object(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _frames("As the mayor talked about the budget, protesters gathered outside.", nlp)
    assert [f[1] for f in found] == ["the budget"]


def test_a_medium_is_not_who_speaks_through_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _frames("The council issued a statement calling the plan reckless.", nlp)
    assert [f[2] for f in found] == ["The council"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name a thing goes by, with no one who gives it
        ("The group, also known as the Harbour Alliance, met on Monday.", [("known as", "the Harbour Alliance", None)]),
        # known for: no name but a repute held by no one named (``beliefs.known_for``)
        (
            "The senator is known for his long speeches.",
            [("is known for", "The senator is known for his long speeches", None)],
        ),
        ("Little is known about the new firm.", []),
    ],
)
def test_a_name_known_as(text: str, found: list[tuple[str, str, None]], nlp) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in _frames(text, nlp) if f[0].startswith("known") or f[0].startswith("is known")] == found
