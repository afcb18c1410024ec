"""Direct quotations in a text: where each quoted passage starts and ends.

Pairs curly quotes (“ ”) and straight quotes (" ") within a paragraph. A paragraph that opens a
quote and never closes it carries the quote on into the next paragraph, as newspapers print a
quote that runs over several paragraphs. A lone quote mark that pairs with nothing is skipped and
reported, and costs at most that one quote, never the rest of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.model import Span as CharSpan

__all__ = ["Quote", "continues_run_on", "find_quotes", "is_speech_like", "opens_paragraph_at"]


_OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“"}
_PARAGRAPH = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w[\w’'\-]*")
_APOSTROPHES = re.compile("'+")


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # just past the closing mark (or the paragraph end for a quote that runs on)
    inner_start: int
    inner_end: int
    closed: bool = True

    def inner(self, text: str) -> str:
        return text[self.inner_start : self.inner_end]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for found in _PARAGRAPH.finditer(text):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, len(text)))
    return spans


def _marks(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """(position, mark, length) of each quote mark in a paragraph. Two apostrophes are a straight
    double quote, as some wire and archive texts print it; in a run of three, the last two (an
    inner quote and the outer one closing together)."""
    found = [(i, text[i], 1) for i in range(start, end) if text[i] in '“”"«»„']
    for run in _APOSTROPHES.finditer(text, start, end):
        if len(run.group()) in (2, 3):
            found.append((run.end() - 2, '"', 2))
    return sorted(found)


def _pair(text: str, start: int, end: int) -> tuple[list[Quote], bool]:
    """Quotes in one paragraph, and whether the paragraph ends inside an open quote."""
    quotes: list[Quote] = []
    open_at: int | None = None
    closer = ""
    opened = 1  # the opening mark's length
    nested = False  # inside a curly quote nested in a straight one ("... “no” ...")
    marks = _marks(text, start, end)
    for n, (index, mark, length) in enumerate(marks):
        if open_at is None:
            if mark in _OPENERS and not _is_inch_or_apostrophe(text, index):
                open_at, closer, opened = index, _OPENERS[mark], length
            continue
        if nested:
            nested = mark != "”"
        elif _closes(mark, closer) or (mark == "“" and _ends_paragraph(text, index + length, end)):
            quotes.append(Quote(open_at, index + length, open_at + opened, index))  # "...percent.“": a typo
            open_at = None
        elif mark == "“" and closer == '"':
            nested = any(m == '"' for _i, m, _n in marks[n + 1 :])
            if not nested:  # a straight opener that never closes: the curly quote after it is the quote
                open_at, closer, opened = index, "”", length
        elif mark == "“" and closer == "”":
            open_at, opened = index, length  # a stray opener: the earlier one never closed; keep the nearer
    if open_at is not None:
        run_on = text[start:open_at].strip() == "" or open_at == start
        inner_end = end
        quotes.append(Quote(open_at, end, open_at + opened, inner_end, closed=False))
        return quotes, run_on
    return quotes, False


def _closes(mark: str, closer: str) -> bool:
    return mark == closer or (closer == "”" and mark == '"') or (closer == '"' and mark == "”")


def _ends_paragraph(text: str, start: int, end: int) -> bool:
    """Nothing but white space from ``start`` to the paragraph's end: an opening mark there opens
    nothing, so it is a closing one mistyped."""
    return text[start:end].strip() == ""


def _is_inch_or_apostrophe(text: str, index: int) -> bool:
    """A straight quote right after a digit is an inch mark (a 6" screen), not a quote."""
    return text[index] == '"' and index > 0 and text[index - 1].isdigit()


def find_quotes(text: str) -> list[Quote]:
    """Every direct quotation in a text, in order. A quote left open at a paragraph end stays
    one quote per paragraph (``closed=False``); an open quote that starts its paragraph is the
    first part of a run-on quote, and its continuation is the next paragraph's opening quote."""
    found: list[Quote] = []
    for start, end in _paragraphs(text):
        quotes, _run_on = _pair(text, start, end)
        for quote in quotes:
            if quote.closed or _looks_run_on(text, quote, end):
                found.append(quote)
    return found


def _looks_run_on(text: str, quote: Quote, paragraph_end: int) -> bool:
    """An unclosed quote counts when it holds a sentence (a lone stray mark does not)."""
    return len(_WORD.findall(text[quote.inner_start : paragraph_end])) >= 4


_TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs",
    ]
)


def is_speech_like(text: str) -> bool:
    """True when quoted words read as speech, not a scare quote, a title or a name: at least four
    words, and not in title case ("Born in the USA") unless they carry sentence punctuation."""
    words = _WORD.findall(text)
    if len(words) < 4:
        return False
    title_case = all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
    return not (title_case and len(words) <= 10 and not re.search(r"[,.!?;:]", text.strip()[:-1] or "x"))


def continues_run_on(text: str, quotes: list[Quote], previous: CharSpan, start: int) -> bool:
    """Whether a quote opening its paragraph at ``start`` goes on with the statement ``previous``
    whose last paragraph opened a quote and never closed it (``quotes``: the text's): the printed
    way to run one quote (or one excerpt) over paragraphs, each opening with a mark, the last one
    closing it."""
    before = [q for q in quotes if not q.closed and q.end <= start]
    if not before or text[before[-1].end : start].strip() != "" or not opens_paragraph_at(text, start):
        return False
    return previous[0] <= before[-1].inner_end and previous[1] >= before[-1].inner_start


def opens_paragraph_at(text: str, start: int) -> bool:
    """True when only spaces stand between ``start`` and the start of its line."""
    before = text[:start].rstrip(" \t")
    return before == "" or before.endswith("\n")
