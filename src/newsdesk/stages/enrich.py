"""The NLP stages over a draft: parse its fields, build the entity index, attribute statements.

The parser is injected (any callable that turns texts into spaCy docs), so tests and engines
decide how it is loaded and batched; this stage only prepares the texts and reads the parses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from newsdesk.model import Attribution, Entity, Where
from newsdesk.stages.attribution.attribute import attribute
from newsdesk.stages.draft import Draft
from newsdesk.stages.entities import build_index
from newsdesk.stages.entities.mentions import Field

__all__ = ["Enrichment", "Parser", "enrich", "field_texts"]

Parser = Callable[[list[str]], Iterable[Doc]]


@dataclass(frozen=True)
class Enrichment:
    attributions: tuple[Attribution, ...]
    entities: tuple[Entity, ...]


def field_texts(draft: Draft) -> list[tuple[Where, str]]:
    """(where, text) of every field worth parsing, in reading order: headline, standfirst,
    captions, body."""
    fields: list[tuple[Where, str]] = []
    if draft.headline:
        fields.append(("headline", draft.headline))
    if draft.standfirst:
        fields.append(("standfirst", draft.standfirst))
    fields.extend(("caption", image.caption) for image in draft.images if image.caption)
    if draft.text:
        fields.append(("body", draft.text))
    return fields


def enrich(draft: Draft, parse: Parser) -> Enrichment:
    """Entities and attributions of a draft's fields."""
    texts = field_texts(draft)
    docs = list(parse([text for _where, text in texts]))
    fields = [Field(where, doc, order) for order, ((where, _text), doc) in enumerate(zip(texts, docs, strict=True))]
    index = build_index(fields)
    attributions = attribute(fields, index)
    return Enrichment(attributions, index.entities())
