"""The tagger's spans over a parsed paragraph: a run of tokens with one label (SRC, CUE or CON),
the token a span hangs from, and whether a span lies in quote marks."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

__all__ = ["TagSpan", "quoted", "root_of"]


@dataclass
class TagSpan:
    """A run of tokens the tagger gave one label (SRC, CUE or CON), with its mean probability."""

    label: str
    start: int  # token index
    end: int  # one past the last token
    score: float
    sentences: set[int] = field(default_factory=set)  # index of each sentence it touches

    def tokens(self, doc: Doc) -> list[Token]:
        return [t for t in doc[self.start : self.end] if not t.is_space]

    def chars(self, doc: Doc) -> tuple[int, int]:
        words = self.tokens(doc) or list(doc[self.start : self.end])
        return words[0].idx, words[-1].idx + len(words[-1])


def root_of(span: TagSpan, doc: Doc) -> Token:
    """The token of a span whose head lies outside it (or is itself): a word before a mark, as the
    parser may hang a quote's opening mark on the clause before it ("...: “[A] has opened ...,”
    she wrote": the quote hangs from "wrote", not from what led into it)."""
    tokens = span.tokens(doc) or [doc[span.start]]
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return next((t for t in tops if not t.is_punct), tops[0] if tops else tokens[0])


def quoted(span: TagSpan, doc: Doc, mask: bytearray) -> bool:
    """Whether a span opens or closes inside quote marks (``mask``: 1 per quoted character)."""
    start, end = span.chars(doc)
    return mask[start] == 1 or mask[max(start - 1, 0)] == 1 or mask[end - 1] == 1
