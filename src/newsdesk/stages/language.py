"""Language of a text by its commonest function words: enough to tell English pages from others
without a model. Returns an ISO 639-1 code, or None when the text is too short to tell."""

from __future__ import annotations

import re
from collections import Counter

from newsdesk.vocab.languages import FUNCTION_WORDS

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Each function word's languages, in the vocabulary's order (ties go to the language met first).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _vocab in FUNCTION_WORDS.items():
    for _word in _vocab:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)


def detect_language(text: str, *, min_words: int = 8) -> str | None:
    """The language whose function words are most frequent in the first 3,000 characters."""
    words = [w.lower() for w in _WORD.findall(text[:3000])]
    if len(words) < min_words:
        return None
    counts: Counter[str] = Counter()
    for word in words:
        for code in _LANGUAGES_OF.get(word, ()):
            counts[code] += 1
    if not counts:
        return None
    code, hits = counts.most_common(1)[0]
    return code if hits >= max(2, len(words) * 0.05) else None
