"""Token features for the attribution tagger, read off a spaCy parse.

The tagger labels each token of a paragraph as part of a source, a cue or a content (BIO tags). Its
features are the token's words and parse, where it sits relative to the nearest reporting verb above
it ("in the ccomp of a speech verb", "the subject of a belief verb"), whether it is inside quote
marks, and what the rule-based attributor said about it: the model learns where the rules are right.
Pure: a ``Doc`` and the rules' attributions in, one feature dict per token out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.model import Attribution
from newsdesk.stages.attribution.quotes import find_quotes
from newsdesk.vocab.cues import CUE_CLASS, CUE_NOUNS, SOURCE_PREPOSITIONS

__all__ = ["FEATURES_VERSION", "LABELS", "Features", "Paragraph", "doc_features", "paragraphs", "rule_labels"]

FEATURES_VERSION = "newsdesk.attribution.features/3"
LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
Features = dict[str, str | float]
_QUOTE_MARKS = frozenset('“”"«»„')
_WINDOW = (-2, -1, 1, 2)
_NEIGHBOUR_KEYS = ("w", "p", "d", "r", "q", "cc", "edge")
_MAX_HOPS = 6


@dataclass(frozen=True)
class Paragraph:
    """A run of tokens between blank lines: one sequence for the tagger."""

    start: int  # token index in the doc
    end: int  # one past the last token


def paragraphs(doc: Doc) -> list[Paragraph]:
    """The doc's paragraphs as token ranges; a space token holding a line break ends one (pages
    that print one paragraph a line, and lists of signed quotes, break lines only once)."""
    out: list[Paragraph] = []
    start = 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            if token.i > start:
                out.append(Paragraph(start, token.i))
            start = token.i + 1
    if start < len(doc):
        out.append(Paragraph(start, len(doc)))
    return out


def quote_mask(text: str) -> bytearray:
    """Per character (and one past the end): 1 inside a direct quotation, its marks included."""
    inside = bytearray(len(text) + 1)
    for quote in find_quotes(text):
        inside[quote.start : quote.end] = b"\x01" * (quote.end - quote.start)
    return inside


def _quote_flags(doc: Doc) -> list[bool]:
    """Per token: inside a direct quotation."""
    inside = quote_mask(doc.text)
    return [bool(inside[t.idx]) for t in doc]


def _cue_class(token: Token) -> str:
    """The reporting class of a token: a cue verb's class, "noun" for a cue noun, else ""."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        return CUE_CLASS.get(lemma, "")
    if token.pos_ == "NOUN" and lemma in CUE_NOUNS:
        return "noun"
    return ""


def _cue_ancestor(token: Token, classes: Sequence[str]) -> tuple[str, int, str]:
    """The arc by which a token hangs off its nearest reporting ancestor ("ccomp|speech"), how
    many hops up that ancestor is, and whether the token is the first (L) or last (R) word of the
    phrase on that arc, where a content or a source starts and ends; ("", 0, "") when no
    reporting word is within reach."""
    child, hops = token, 0
    while child.head.i != child.i and hops < _MAX_HOPS:
        head = child.head
        hops += 1
        if classes[head.i]:
            edge = ("L" if token.i == child.left_edge.i else "") + ("R" if token.i == child.right_edge.i else "")
            side = "<" if token.i < head.i else ">"
            return f"{child.dep_}|{classes[head.i]}{side}", hops, edge or "-"
        child = head
    return "", 0, ""


def _shape(token: Token) -> str:
    if token.is_space:
        return "space"
    if token.text in _QUOTE_MARKS or token.text in ("‘", "’", "'"):
        return "quote"
    if token.is_punct:
        return "punct"
    if token.like_num:
        return "num"
    if token.is_title:
        return "Xx"
    return "X" if token.is_upper else "x"


def rule_labels(doc: Doc, attributions: Iterable[Attribution]) -> list[str]:
    """The rule-based attributor's verdict per token, as tags without B/I: SRC, CUE, CON or O."""
    labels = ["O"] * len(doc)
    char_label: dict[int, str] = {}
    for attribution in attributions:
        parts = [(attribution.content_bounds, "CON"), (attribution.speaker_span, "SRC"), (attribution.cue_span, "CUE")]
        for span, label in parts:
            if span is not None:
                char_label.update(dict.fromkeys(range(span[0], span[1]), label))
    for token in doc:
        labels[token.i] = char_label.get(token.idx, "O")
    return labels


def _own(token: Token, classes: Sequence[str], quoted: Sequence[bool], rules: Sequence[str]) -> Features:
    arc, hops, edge = _cue_ancestor(token, classes)
    head = token.head
    return {
        "b": 1.0,
        "w": token.lower_[:20],
        "l": token.lemma_.lower()[:20],
        "p": token.pos_,
        "t": token.tag_,
        "d": token.dep_,
        "s": _shape(token),
        "e": token.ent_type_ or "-",
        "q": "1" if quoted[token.i] else "0",
        "r": rules[token.i],
        "cc": classes[token.i] or "-",
        "hc": classes[head.i] or "-",
        "hd": f"{token.dep_}>{head.pos_}",
        "hw": head.lower_[:20] if classes[head.i] else "-",
        "arc": arc or "-",
        "hops": str(min(hops, 4)),
        "edge": edge or "-",
        "left": "1" if head.i > token.i else "0",
        "sent0": "1" if token.is_sent_start else "0",
    }


def _sentence_flags(doc: Doc, classes: Sequence[str], quoted: Sequence[bool], rules: Sequence[str]) -> list[Features]:
    """Per token, what its sentence holds: a cue, a quote, a rule finding, "according to"."""
    flags: list[Features] = []
    for sentence in doc.sents:
        words = sentence.text.lower()
        found: Features = {
            "s_cue": "1" if any(classes[t.i] for t in sentence) else "0",
            "s_quote": "1" if any(quoted[t.i] for t in sentence) else "0",
            "s_rule": "".join(sorted({rules[t.i] for t in sentence} - {"O"})) or "-",
            "s_acc": "1" if any(p in words for p in SOURCE_PREPOSITIONS[:2]) else "0",
        }
        flags.extend(found for _token in sentence)
        flags[-1] = {**found, "sentN": 1.0}
    return flags


def doc_features(doc: Doc, rules: Sequence[str]) -> list[Features]:
    """One feature dict per token of the doc (its own, its sentence's and its neighbours')."""
    classes = [_cue_class(t) for t in doc]
    quoted = _quote_flags(doc)
    own = [_own(t, classes, quoted, rules) for t in doc]
    sentence = _sentence_flags(doc, classes, quoted, rules)
    out: list[Features] = []
    opening = {p.start for p in paragraphs(doc)}
    for i, features in enumerate(own):
        merged: Features = {**features, **sentence[i]}
        if i in opening:
            merged["p0"] = 1.0
        for offset in _WINDOW:
            j = i + offset
            if 0 <= j < len(own):
                merged.update({f"{offset}{key}": own[j][key] for key in _NEIGHBOUR_KEYS})
            else:
                merged[f"{offset}edge"] = 1.0
        merged["r-1r"] = f"{merged.get('-1r', '^')}>{features['r']}"
        out.append(merged)
    return out
