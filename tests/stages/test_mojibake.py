"""Double-encoded text is restored; legitimate accented text, symbols and scripts stay as written."""

from __future__ import annotations

import pytest

from newsdesk.model import Image
from newsdesk.stages.draft import Draft
from newsdesk.stages.mojibake import repair_draft


def repair_mojibake(text: str) -> tuple[str, int]:
    """One paragraph through the repair: its text afterwards and the characters restored."""
    repaired, count = repair_draft(Draft(paragraphs=(text,)))
    return repaired.paragraphs[0], count


def _as_windows_1252(text: str) -> str:
    """What a page shows when its UTF-8 was read as windows-1252 and saved again (the five bytes
    windows-1252 leaves undefined come through as C1 controls, as in browsers)."""
    undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    return "".join(chr(b) if b in undefined else bytes([b]).decode("cp1252") for b in text.encode("utf-8"))


def _as_latin_1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


ORIGINALS = [
    "It’s “unworkable” — the council said… and left.",
    "Café owners and naïve critics in São Paulo.",
    "Prices rose 5 € to 9 €™ for the ™ brand.",
    "A thumbs-up 👍 and a check ✓ in the comments.",
    "Ελληνικά, русский and 日本語 in one line.",
]


@pytest.mark.parametrize("original", ORIGINALS)
@pytest.mark.parametrize("damage", [_as_windows_1252, _as_latin_1])
def test_damaged_text_comes_back_whole(original: str, damage) -> None:  # type: ignore[no-untyped-def]
    repaired, count = repair_mojibake(damage(original))
    assert repaired == original
    assert count > 0


@pytest.mark.parametrize(
    "clean",
    [
        *ORIGINALS,
        "café’s terrace",  # a letter, then a quote mark: one character short of a sequence
        "née» and « à la »",
        "Ångström, Ñandú, über’s",
        "É‘Bonjour’",  # two characters that could be one, alone in the text: left as written
        "Ã la carte",
        "5 × 3 and 6 ÷ 2",
        "Plain ASCII text with no accents at all.",
        "",
    ],
)
def test_clean_text_is_left_as_written(clean: str) -> None:
    assert repair_mojibake(clean) == (clean, 0)


def test_no_break_spaces_that_lost_their_second_half_are_restored() -> None:
    # "Â" and the no-break space after it, once white space was collapsed: "Â" and a space
    assert repair_mojibake("All solutionsÂ are needed, ecologistÂ Harini Nagendra said.") == (
        "All solutions are needed, ecologist Harini Nagendra said.",
        2,
    )


@pytest.mark.parametrize("clean", ["ROMÂNIA and BÂTON", "One lone Â here."])
def test_a_capital_a_circumflex_of_real_text_stays(clean: str) -> None:
    assert repair_mojibake(clean) == (clean, 0)


def test_text_damaged_twice_is_restored() -> None:
    original = "It’s done."
    assert repair_mojibake(_as_windows_1252(_as_windows_1252(original)))[0] == original


def test_a_draft_is_judged_as_one_text_and_repaired_field_by_field() -> None:
    draft = Draft(
        headline="The councilâ€™s plan",
        paragraphs=("It was â€œunworkableâ€\x9d, she said.", "Nothing else changed."),
        authors=("Zoë Martín",),
        images=(Image(caption="The pierâ€™s end", credits=("Sam Reed",)),),
    )
    repaired, count = repair_draft(draft)
    assert repaired.headline == "The council’s plan"
    assert repaired.paragraphs == ("It was “unworkable”, she said.", "Nothing else changed.")
    assert repaired.authors == ("Zoë Martín",) and repaired.images[0].caption == "The pier’s end"
    assert count == 4


def test_a_draft_with_one_doubtful_run_is_left_alone() -> None:
    draft = Draft(headline="É‘Bonjour’", paragraphs=("Le café est ouvert.",))
    assert repair_draft(draft) == (draft, 0)
