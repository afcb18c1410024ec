"""The NLP stages over a draft: parse its fields, build the entity index, attribute statements.

The parser is injected (any callable that turns texts into spaCy docs), so tests and engines
decide how it is loaded and batched; this stage only prepares the texts and reads the parses.
The attributor is the rules or the trained tagger, as ``Options.attribution`` asks:

    rules   the rule-based attributor (frames on the parse, quotes), needs no weights
    model   the trained tagger; raises ModelError when no weights are built
    auto    the tagger only where weights exist whose data's terms allow a default, else the rules
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from newsdesk.model import Attribution, Entity, Where
from newsdesk.options import AttributionMode
from newsdesk.stages.attribution.attribute import attribute
from newsdesk.stages.attribution.learned import learned_attributions
from newsdesk.stages.attribution.tagger import MODELS, ModelCard, default_card, find_card, load_tagger
from newsdesk.stages.attribution.writer import with_the_writer
from newsdesk.stages.draft import Draft
from newsdesk.stages.entities import build_index
from newsdesk.stages.entities.mentions import Field

__all__ = ["RULES_STAGE", "Enrichment", "Parser", "choose_card", "enrich", "field_texts"]

Parser = Callable[[list[str]], Iterable[Doc]]
RULES_STAGE = "newsdesk.attribution.rules/1"


@dataclass(frozen=True)
class Enrichment:
    attributions: tuple[Attribution, ...]
    entities: tuple[Entity, ...]
    stage: str = RULES_STAGE  # what attributed: the rules, or which trained weights


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


def choose_card(mode: AttributionMode, models: Path = MODELS) -> ModelCard | None:
    """The trained weights a mode runs on, or None for the rules; raises ModelError when ``model``
    finds no weights."""
    if mode == "model":
        return find_card(models)
    if mode == "auto":
        return default_card(models)
    return None


def enrich(draft: Draft, parse: Parser, attribution: AttributionMode = "auto", models: Path = MODELS) -> Enrichment:
    """Entities and attributions of a draft's fields."""
    texts = field_texts(draft)
    docs = list(parse([text for _where, text in texts]))
    fields = [Field(where, doc, order) for order, ((where, _text), doc) in enumerate(zip(texts, docs, strict=True))]
    index = build_index(fields)
    card = choose_card(attribution, models)
    if card is None:
        return Enrichment(with_the_writer(attribute(fields, index), fields, draft.authors), index.entities())
    tagger = load_tagger(card.weights)
    found = [a for f in fields for a in learned_attributions(f, index, tagger)]
    return Enrichment(with_the_writer(found, fields, draft.authors), index.entities(), card.stage)
