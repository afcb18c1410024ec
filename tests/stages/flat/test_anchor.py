"""The story of a flattened page starts after the repeat of its title, not at its longest run."""

from __future__ import annotations

from newsdesk.stages.flat.anchor import choose_run, title_anchor
from newsdesk.stages.flat.layout import parse_flat

STORY = (
    "The harbour authority said the new ferry terminal would open in the spring, two years late.",
    "Engineers found that the old pier could not carry the weight of the new cranes and more piles.",
    "The contractor had to drive forty more piles into the riverbed before the work could go on.",
    "Residents said the noise of the pile drivers had kept them awake for months on end this year.",
)
COMMENTS = tuple(
    f"Comment {n}: I have lived by the pier for years and I think the council has been far too slow about it."
    for n in range(8)
)
PAGE = "\n\n".join(
    (
        "Ferry terminal delayed to spring | The Harbour Ledger",
        "Home",
        "News",
        "Ferry terminal delayed to spring",
        "By Jane Doe",
        *STORY,
        "Share this article",
        "Comments",
        *COMMENTS,
    )
)


def test_the_story_after_the_headline_beats_longer_comments() -> None:
    draft = parse_flat(PAGE)
    assert draft.paragraphs[: len(STORY)] == STORY
    assert not any(c in draft.text for c in COMMENTS)


def test_title_anchor() -> None:
    lines = ["Ferry terminal delayed | Ledger", "Home", "Ferry terminal delayed", "Body"]
    assert title_anchor(lines, [0, 1, 2, 3]) == 2
    assert title_anchor(["Home", "Ferry terminal delayed"], [0, 1]) is None  # a first line that is no title
    assert title_anchor(["Ferry terminal delayed", "Something else"], [0, 1]) is None  # never repeated


def test_without_an_anchor_the_longest_run_is_the_story() -> None:
    runs = [(0, 2, 60), (5, 9, 300)]
    assert choose_run(runs, None, list(range(10)), set()) == (5, 9, 300)
