"""The commonest function words of the languages news pages come in, for a cheap language guess."""

from __future__ import annotations

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he",
            "his", "by", "at", "from", "are", "be", "this", "have", "said",
        ]
    ),
    "fr": frozenset(
        [
            "le", "la", "les", "des", "et", "est", "une", "dans", "pour", "pas", "que", "qui", "sur", "au",
            "du", "avec", "il", "elle", "sont", "ont",
        ]
    ),
    "de": frozenset(
        [
            "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "dem", "den", "ein", "eine",
            "auf", "für", "von", "zu", "im", "auch",
        ]
    ),
    "es": frozenset(
        [
            "el", "los", "las", "del", "y", "es", "en", "una", "por", "con", "para", "que", "se", "su", "al",
            "lo", "como", "más", "pero", "sus",
        ]
    ),
    "it": frozenset(
        [
            "il", "di", "che", "è", "la", "per", "non", "una", "sono", "del", "della", "con", "gli", "si",
            "le", "nel", "alla", "anche",
        ]
    ),
    "pt": frozenset(
        [
            "o", "os", "da", "do", "das", "dos", "e", "em", "um", "uma", "para", "com", "não", "que", "se",
            "por", "mais", "foi", "são",
        ]
    ),
    "nl": frozenset(
        [
            "de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met", "voor", "die",
            "ook", "aan", "er",
        ]
    ),
}
