"""Text in scripts written without spaces or capitals (Chinese, Japanese) or without capitals
(Korean): the word counts and the "mostly lower case" test that tell prose from menus in Latin
scripts say nothing there. Here a line of such text is prose by its length in characters and
its sentence punctuation."""

from __future__ import annotations

import re

__all__ = ["cjk_prose", "cjk_share", "word_count"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\w[\w’'\-]*")
_CHARS_PER_WORD = 2  # a word of Chinese or Japanese runs to about two characters
_PROSE_CHARS = 40  # characters of a line that make it prose whatever its ending
_SENTENCE_CHARS = 15  # characters of a line that ends like a sentence
_SENTENCE_END = re.compile(r"[。．！？!?」』）)….]\s*$")
_MOSTLY = 0.5


def cjk_share(text: str) -> float:
    """The share of a text's letters that are Chinese, Japanese or Korean characters."""
    letters = len(_LETTER.findall(text))
    return len(_CJK.findall(text)) / letters if letters else 0.0


def word_count(text: str) -> int:
    """Words of a text, where a run of Chinese or Japanese characters counts one word per two
    characters (Korean, written with spaces, counts its words)."""
    count = 0
    for token in _WORD.findall(text):
        characters = len(_CJK.findall(token))
        count += max(1, characters // _CHARS_PER_WORD) if characters > 2 else 1
    return count


def cjk_prose(text: str) -> bool | None:
    """Whether a line mostly in these scripts is prose; None when the line is not mostly in them
    (the Latin-script tests decide)."""
    if not _CJK.search(text) or cjk_share(text) < _MOSTLY:
        return None
    characters = len(_CJK.findall(text))
    return characters >= _PROSE_CHARS or (characters >= _SENTENCE_CHARS and bool(_SENTENCE_END.search(text)))
