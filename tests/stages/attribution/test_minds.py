"""Who can hold a belief, an intention or a view (``minds``): a thing that "sees" or "offers" (or
"supports" or "refers to", by a verb of stance in a sense that takes no side), a time, and
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
        # a time holds no view, as a date or as a noun
        ("Last winter saw three floods on the lower river.", False),
        ("The season will see two new teams in the league.", False),
        ("1998 saw the first of the long droughts.", False),
        # nouns for people by what they do
        ("The sponsor wants the vote held in spring.", True),
        ("The moderator thought the debate ran long.", True),
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
        # the reader in the plain present, or told what they need to do
        ("If the kettle clicks twice, you know the water has boiled.", "know"),
        ("For a long hike you want boots that keep your ankles dry.", "want"),
        ("With the spare key in the drawer, you don't have to fret over a locked door.", "worry"),
        # a verb of saying, supposed or advised: the reader's, not anyone's statement
        ("Before the meeting you might say that the agenda is too long.", "say"),
        ("From the colour of the leaves you can tell the tree needs water.", "tell"),
        # a thing as the subject of a verb of stance in a sense that takes no side
        ("The cheaper router supports both wired and wireless printers.", "supports"),
        ("The term refers to any bird that winters inland.", "refers"),
        ("Higher fuel costs weighed on the airline's results.", "weighed"),
        ("The rising sales point to a strong year for the bakery.", "point"),
        ("The narrow tables encourage diners to share plates.", "encourage"),
        ("The latest patch addresses a bug in the save menu.", "addresses"),
        ("The streetlamps look brighter since the council fitted new bulbs.", "look"),
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
        ("Q: If you're saying the plan failed, what would you change?", "saying", "you"),
        # "you" told what they said or did: someone addressed, not the reader in general
        ("You said last spring that the library would stay open.", "said", "You"),
        ("You knew the vote would be close.", "knew", "You"),
        # a verb of saying keeps its subject, thing or reader
        ("The report says the river is cleaner than it was.", "says", "The report"),
        # the same verbs of stance with a mind as subject take a side
        ("The mayor supports the plan to widen the pavements.", "supports", "The mayor"),
        ("Several unions support the proposed pay deal.", "support", "Several unions"),
        ("The governor encouraged farmers to plant earlier.", "encouraged", "The governor"),
        ("The senator referred to the vote as a disgrace.", "referred", "The senator"),
        # a stance a work takes, by a verb whose object it takes a side on, stays
        ("The new advert highlights the mayor's record on housing.", "highlights", "The new advert"),
    ],
)
def test_view_held(text: str, cue: str, speaker: str | None, parse) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attributions(text, parse) if a.cue == cue]
    assert found, [a.cue for a in attributions(text, parse)]
    assert speaker is None or found[0].speaker_mention == speaker
