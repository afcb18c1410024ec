"""The entity index of one article: built once from its parsed fields, it lists the entities with
their mentions and answers "who is this speaker?" for any span of a field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from newsdesk.model import Candidate, Entity, Mention, MentionKind
from newsdesk.stages.entities.mentions import Field, MentionSite, collect_mentions, pronoun_site
from newsdesk.stages.entities.resolve import EntityDraft, cluster, resolve_pronoun

__all__ = ["EntityIndex", "SpeakerGuess", "build_index"]

_KEPT_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")


@dataclass(frozen=True)
class SpeakerGuess:
    name: str | None  # the entity's canonical name, or None when unresolved
    entity_id: str | None
    mention: str
    candidates: tuple[Candidate, ...] = ()
    confidence: float = 1.0


class EntityIndex:
    def __init__(self, sites: list[MentionSite], entities: list[EntityDraft]) -> None:
        self._sites = sites
        self._entities = entities

    def _id(self, entity: int) -> str:
        return f"e{entity + 1}"

    def speaker_for(self, field_: Field, start: int, end: int) -> SpeakerGuess:
        """Who a speaker's words (characters start..end of a field) refer to."""
        mention = field_.text[start:end]
        span = field_.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return SpeakerGuess(None, None, mention)
        head = span.root
        site = next(
            (
                s
                for s in self._sites
                if s.field is field_ and s.start <= head.idx < s.end and s.entity is not None and s.kind == "group"
            ),
            None,
        )
        # the root first; then the other words the parser hung outside the phrase ("co" of
        # "co-founder Lena Ortiz" and "Ortiz" both on the verb)
        heads = [head, *(t for t in span if t.i != head.i and not span.start <= t.head.i < span.end)]
        site = site or next(
            (
                s
                for h in heads
                for s in self._sites
                if s.field is field_ and s.start <= h.idx < s.end and s.entity is not None
            ),
            None,
        )
        if site is not None and site.entity is not None:
            return SpeakerGuess(self._entities[site.entity].name, self._id(site.entity), mention)
        pronoun = pronoun_site(field_, head)
        if pronoun is not None:
            return self._pronoun(pronoun, mention)
        return SpeakerGuess(None, None, mention)

    def _pronoun(self, site: MentionSite, mention: str) -> SpeakerGuess:
        best, ranked = resolve_pronoun(site, self._sites, self._entities)
        candidates = tuple(Candidate(name=self._entities[e].name, score=round(score, 3)) for e, score in ranked[:3])
        if best is None:
            return SpeakerGuess(None, None, mention, candidates, 0.0)
        site.entity = best
        self._sites.append(site)
        self._sites.sort(key=lambda s: s.position)
        total = sum(score for _e, score in ranked) or 1.0
        return SpeakerGuess(
            self._entities[best].name, self._id(best), mention, candidates, round(ranked[0][1] / total, 3)
        )

    def entities(self) -> tuple[Entity, ...]:
        """Every entity with a name, with its mentions in reading order."""
        mentions: dict[int, list[Mention]] = {}
        for site in self._sites:
            if site.entity is None:
                continue
            mentions.setdefault(site.entity, []).append(
                Mention(
                    text=site.text.replace("\u00a0", " "),
                    where=site.field.where,
                    span=(site.start, site.end),
                    kind=cast(MentionKind, site.kind),
                )
            )
        out = []
        for entity in self._entities:
            if entity.label not in _KEPT_LABELS or not entity.name or entity.id not in mentions:
                continue
            out.append(
                Entity(id=self._id(entity.id), name=entity.name, type=entity.label, mentions=tuple(mentions[entity.id]))
            )
        return tuple(out)


def build_index(fields: list[Field]) -> EntityIndex:
    """Collect and cluster the mentions of an article's parsed fields."""
    sites = collect_mentions(fields)
    entities = cluster(sites)
    return EntityIndex(sites, entities)
