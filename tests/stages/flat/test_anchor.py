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


def test_a_headline_reworded_for_the_page_anchors_the_story() -> None:
    lines = [
        "Michael Webb: dramatic video shows rescue of girl in Fort Worth hotel - CBS News",
        "Home",
        "Video shows dramatic rescue of kidnapped girl in hotel",
        "Body",
    ]
    assert title_anchor(lines, [0, 1, 2, 3]) == 2
    # negatives: a line that shares a few words is no headline, nor a long paragraph
    assert title_anchor([lines[0], "Home", "Fort Worth weather today", "Body"], [0, 1, 2, 3]) is None


def test_a_two_word_title_anchors_only_on_an_exact_repeat() -> None:
    assert title_anchor(["About bugs | Vortex", "Home", "About bugs", "Body"], [0, 1, 2, 3]) == 2
    assert title_anchor(["About bugs | Vortex", "Home", "About bugs and fixes", "Body"], [0, 1, 2, 3]) is None


def test_a_short_post_beats_a_long_comment_thread_below_it() -> None:
    long_comments = tuple(c + " " + c for c in COMMENTS * 3)
    page = "\n\n".join(
        ("Open thread for readers | Ledger", "Open thread for readers", *STORY, "Comments", *long_comments)
    )
    assert parse_flat(page).paragraphs == STORY


def test_a_related_heading_in_another_language_ends_the_story() -> None:
    other = "Где находится самое почетное место в традиционной юрте, спросили читатели у редакции журнала."
    teasers = "\n\n".join(("Юкола", "Тарасун", "Интересное 0"))
    page = PAGE.replace("Share this article", f"Вам также может быть интересно\n\n{teasers}\n\n{other}")
    assert other not in parse_flat(page).text
