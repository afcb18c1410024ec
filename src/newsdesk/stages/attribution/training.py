"""Training data for the attribution tagger: gold attributions (character spans of source, cue and
content) turned into one BIO tag per token, paragraph by paragraph. Pure: reading the annotation files
and running the trainer belong to the command (``newsdesk train-attribution``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from newsdesk.stages.attribution.features import Features, doc_features, paragraphs

__all__ = ["GoldAttribution", "gold_tags", "parse_brat", "tagged_paragraphs"]

CharSpans = tuple[tuple[int, int], ...]
# Where two annotations claim a token, the cue wins over the source and the source over the content
# (a nested report's source and cue lie inside the outer report's content).
_PRIORITY = {"CUE": 3, "SRC": 2, "CON": 1}


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: its source, cue and content as character spans (each may have
    several parts, or none)."""

    source: CharSpans
    cue: CharSpans
    content: CharSpans


def _brat_spans(field: str) -> CharSpans:
    """ "Source 89 106;110 120" -> ((89, 106), (110, 120))."""
    _type, _sep, offsets = field.partition(" ")
    return tuple((int(a), int(b)) for a, b in (part.split() for part in offsets.split(";")))


def parse_brat(annotation: str) -> list[GoldAttribution]:
    """The attributions of a brat standoff file (PolNeAR's format): T lines give the spans of
    sources, cues and contents, E lines tie them into one attribution. An event without content is
    skipped; a malformed line is skipped, never fatal."""
    spans: dict[str, CharSpans] = {}
    events: list[dict[str, list[str]]] = []
    for line in annotation.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0][1:].isdigit():
            continue
        try:
            if parts[0][0] == "T":
                spans[parts[0]] = _brat_spans(parts[1])
            elif parts[0][0] == "E":
                roles: dict[str, list[str]] = {}
                for argument in parts[1].split()[1:]:
                    role, _colon, target = argument.partition(":")
                    roles.setdefault(role.rstrip("0123456789"), []).append(target)
                events.append(roles)
        except ValueError:
            continue

    def joined(roles: dict[str, list[str]], role: str) -> CharSpans:
        return tuple(sorted(s for target in roles.get(role, []) for s in spans.get(target, ())))

    return [
        GoldAttribution(joined(e, "Source"), joined(e, "Cue"), joined(e, "Content"))
        for e in events
        if joined(e, "Content")
    ]


def _claims(gold: Iterable[GoldAttribution]) -> Iterator[tuple[str, int, int, int]]:
    """(label, start, end, part id) of every annotated span part."""
    part = 0
    for attribution in gold:
        for label, spans in (("CON", attribution.content), ("SRC", attribution.source), ("CUE", attribution.cue)):
            for start, end in spans:
                part += 1
                yield label, start, end, part


def gold_tags(doc: Doc, gold: Iterable[GoldAttribution]) -> list[str]:
    """A BIO tag per token: a token belongs to a span when its first character does; B- opens each
    span part, so two contents that touch stay two."""
    owner: dict[int, tuple[str, int]] = {}
    for label, start, end, part in _claims(gold):
        for char in range(start, end):
            held = owner.get(char)
            if held is None or _PRIORITY[label] > _PRIORITY[held[0]]:
                owner[char] = (label, part)
    tags: list[str] = []
    previous: tuple[str, int] | None = None
    for token in doc:
        held = owner.get(token.idx)
        if held is None or token.is_space:
            tags.append("O")
            previous = None if not token.is_space else previous
            continue
        tags.append(("I-" if held == previous else "B-") + held[0])
        previous = held
    return tags


def tagged_paragraphs(doc: Doc, rules: list[str], tags: list[str]) -> Iterator[tuple[list[Features], list[str]]]:
    """(features, tags) of each paragraph of a doc that holds at least one word."""
    features = doc_features(doc, rules)
    for paragraph in paragraphs(doc):
        span = range(paragraph.start, paragraph.end)
        if any(not doc[i].is_space for i in span):
            yield [features[i] for i in span], [tags[i] for i in span]
