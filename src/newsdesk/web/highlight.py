"""A field's text cut into plain runs and attributed runs, paragraph by paragraph, for the article
view to mark each attribution in its speaker's colour. Pure: the template escapes every run."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.model import Article, Attribution

__all__ = ["PALETTE_SIZE", "Run", "colour_of", "paragraph_runs", "tip"]

PALETTE_SIZE = 8
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Run:
    text: str
    attribution: int | None = None  # index into the article's attributions


def colour_of(article: Article) -> dict[str, int]:
    """A colour number per speaker, in order of first appearance (speakers beyond the palette share)."""
    colours: dict[str, int] = {}
    for attribution in article.attributions:
        if attribution.speaker and attribution.speaker not in colours:
            colours[attribution.speaker] = len(colours) % PALETTE_SIZE
    return colours


def tip(attribution: Attribution) -> str:
    """The hover text of an attribution: speaker, kind, act, cue and addressee."""
    parts = [attribution.speaker or attribution.speaker_mention or "unknown speaker", attribution.kind]
    if attribution.act:
        parts.append(attribution.act)
    if attribution.cue:
        parts.append(f"cue: {attribution.cue}")
    if attribution.addressee:
        parts.append(f"to: {attribution.addressee}")
    return " · ".join(parts)


def _spans(article: Article, where: str, length: int) -> list[tuple[int, int, int]]:
    """Non-overlapping (start, end, index) of the attributions' pieces in a field, in text order."""
    spans = sorted(
        (start, end, i)
        for i, a in enumerate(article.attributions)
        if a.where == where
        for start, end in a.content_span
        if 0 <= start < end <= length
    )
    kept: list[tuple[int, int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _runs(text: str, spans: list[tuple[int, int, int]]) -> list[Run]:
    runs: list[Run] = []
    position = 0
    for start, end, index in spans:
        if start > position:
            runs.append(Run(text[position:start]))
        runs.append(Run(text[start:end], index))
        position = end
    if position < len(text):
        runs.append(Run(text[position:]))
    return runs


def paragraph_runs(article: Article, where: str, text: str) -> list[list[Run]]:
    """The field's paragraphs, each a list of runs; a run that spans a paragraph break is split."""
    paragraphs: list[list[Run]] = [[]]
    for run in _runs(text, _spans(article, where, len(text))):
        pieces = _PARAGRAPH_BREAK.split(run.text)
        for n, piece in enumerate(pieces):
            if n:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append(Run(piece, run.attribution))
    return [p for p in paragraphs if any(r.text.strip() for r in p)]
