"""Double-encoded text is restored; legitimate accented text, symbols and scripts stay as written."""

from __future__ import annotations

import pytest

from newsdesk.stages.mojibake import repair_mojibake


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


def test_text_damaged_twice_is_restored() -> None:
    original = "It’s done."
    assert repair_mojibake(_as_windows_1252(_as_windows_1252(original)))[0] == original


def test_damage_written_as_character_references_is_restored_in_markup() -> None:
    page = "<p>It&acirc;&euro;&trade;s the council&#226;&#128;&#153;s plan &amp; &lt;more&gt;</p>"
    repaired, count = repair_mojibake(page, markup=True)
    assert repaired == "<p>It’s the council’s plan &amp; &lt;more&gt;</p>"
    assert count == 2


def test_character_references_are_left_alone_outside_markup_and_when_clean() -> None:
    damaged_references = "It&acirc;&euro;&trade;s"
    assert repair_mojibake(damaged_references) == (damaged_references, 0)
    clean_markup = "<p>Caf&eacute; &amp; cr&egrave;me &mdash; &copy; 2024</p>"
    assert repair_mojibake(clean_markup, markup=True) == (clean_markup, 0)
