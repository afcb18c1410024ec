"""Prose in scripts without spaces or capitals: Chinese, Japanese, Korean."""

from __future__ import annotations

import pytest

from newsdesk.stages.flat.layout import is_prose, parse_flat
from newsdesk.stages.flat.scripts import cjk_prose, word_count

JAPANESE = "港湾局は火曜日、新しいフェリーターミナルの開業が当初の約束より二年遅れて来年の春になると発表しました。"
KOREAN = "항만청은 화요일 새 여객선 터미널이 당초 약속보다 2년 늦은 내년 봄에 문을 열 것이라고 발표했다."


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        (JAPANESE, True),
        (KOREAN, True),
        ("ブログ", False),  # a menu item
        ("お客様の声", False),
        ("The harbour said the terminal would open in spring, two years late.", None),  # Latin: not decided here
    ],
)
def test_cjk_prose(line: str, prose: bool | None) -> None:
    assert cjk_prose(line) is prose


def test_words_of_text_without_spaces_are_counted_by_characters() -> None:
    assert word_count(JAPANESE) >= 20
    assert word_count("two words") == 2


def test_a_japanese_page_has_a_story() -> None:
    page = "\n\n".join(
        (
            "フェリーターミナル開業延期 | 港湾新聞",
            "ホーム",
            "ブログ",
            JAPANESE,
            JAPANESE[:-1] + "と述べた。",
            "関連記事",
        )
    )
    draft = parse_flat(page)
    assert draft.paragraphs and draft.paragraphs[0] == JAPANESE
    assert is_prose(JAPANESE) and not is_prose("ホーム")
