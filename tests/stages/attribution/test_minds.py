"""Who can hold a belief, an intention or a view (``minds``): a thing that "sees" or "offers", and
the reader supposed or advised ("if you want ...", "you can see ..."), report no one's view; people,
institutions and the texts that state findings do. Table-driven, through the whole pipeline and on
the subject of one sentence."""

from __future__ import annotations

import pytest
from tests.stages.attribution.verbatim_cases import attributions

from newsdesk.stages.attribution.minds import can_hold_view


def _subject(text: str, nlp):  # type: ignore[no-untyped-def]
    """The subject of the sentence's main verb."""
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    return next(c for c in root.children if c.dep_ == "nsubj")


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        # people: names, pronouns, nouns for people, shares of people
        ("Marta Quintero thinks the bridge is unsafe.", True),
        ("She wants a second opinion.", True),
        ("Residents fear the levy will pass.", True),
        ("Most of the nurses expect a long strike.", True),
        ("Sixty percent believe the tax is fair.", True),
        ("Idealists hoped the treaty would hold.", True),
        ("The elderly prefer the morning bus.", True),
        # institutions and the texts that state findings or aims
        ("The company plans to open two stores in Leeds.", True),
        ("The court found the rule unlawful.", True),
        ("The study found little change in prices.", True),
        ("The bill seeks to cap rents across the city.", True),
        # things
        ("The empty mills will see a revival as studios.", False),
        ("The latest update sees drivers taking longer routes.", False),
        ("The kettle wants a new filter every month.", False),
        ("The number of visitors saw a sharp rise in June.", False),
        ("The new bridge offers a striking view of the harbour.", False),
    ],
)
def test_can_hold_view(text: str, holds: bool, nlp) -> None:  # type: ignore[no-untyped-def]
    assert can_hold_view(_subject(text, nlp)) is holds


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a thing as the subject of a verb of perception, belief or intention
        ("The empty mills will see a revival as artists' studios.", "see"),
        ("The latest update sees drivers taking longer routes home.", "sees"),
        ("The new bridge offers a striking view of the harbour.", "offers"),
        # the reader, supposed, advised or asked
        ("If you want to visit the museum, book a ticket early.", "want"),
        ("You can open the menu to see which songs are saved.", "see"),
        ("You might think the tour is expensive, but it pays for itself.", "think"),
        ("Do you want to win two tickets to the final?", "want"),
        ("Whether you prefer tea or coffee, the café serves both.", "prefer"),
        # the reader in a description of a thing: what it lets the reader do, what the reader picks
        ("By letting you see who rang, the doorbell camera saves a trip downstairs.", "see"),
        ("Pick any locker you want to rent from the list below.", "want"),
    ],
)
def test_no_view_held(text: str, cue: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert all(a.cue != cue for a in attributions(text, parse)), [a.cue for a in attributions(text, parse)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Residents fear the levy will pass.", "fear", "Residents"),
        ("The company plans to open two stores in Leeds.", "plans", "The company"),
        ("The survey found broad support for the levy.", "found", "The survey"),
        ("Most of the players think the coach should stay.", "think", "Most of the players"),
        ("Anyone who has lived there knows that the trains run late.", "knows", None),
        # "you" in someone's quoted words, or asked in an interviewer's line, is a person
        ("“If you want to win, you must train,” the coach said.", "said", "the coach"),
        ("Q: Do you think the mayor will resign?", "think", "you"),
        # a verb of saying keeps its subject, thing or reader
        ("The report says the river is cleaner than it was.", "says", "The report"),
    ],
)
def test_view_held(text: str, cue: str, speaker: str | None, parse) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attributions(text, parse) if a.cue == cue]
    assert found, [a.cue for a in attributions(text, parse)]
    assert speaker is None or found[0].speaker_mention == speaker
