"""Ties mentions to entities: names by their words ("Sir Keir" and "Starmer" are "Keir Starmer"),
role nouns by title, apposition or the nearest compatible person ("the Prime Minister"), groups by
their owner ("Mr Trump's team" and "his campaign" are the "Trump campaign"), and pronouns by the
nearest compatible mention before them, with scores, so a caller can refuse an unsure answer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsdesk.stages.entities.gender import first_name_gender, honorific_gender, noun_beside_name, noun_gender
from newsdesk.stages.entities.mentions import MentionSite, clause_of, known_name_sites, shorthand_sites
from newsdesk.stages.entities.pronouns import PAST_RULED_OUT_REACH, narrative_sentences_between

__all__ = ["EntityDraft", "cluster", "resolve_pronoun"]

_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
_PLURAL = {"they", "them", "their", "theirs"}
_FEMININE = {"she", "her", "hers"}
_MASCULINE = {"he", "him", "his"}
_AMBIGUOUS_MARGIN = 0.15


@dataclass
class EntityDraft:
    id: int
    label: str
    words: set[str] = field(default_factory=set)
    forms: Counter[str] = field(default_factory=Counter)
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    owner: int | None = None
    group_class: str | None = None

    @property
    def surname(self) -> str:
        best = self.name.split()
        return best[-1] if best else ""

    @property
    def name(self) -> str:
        if not self.forms:
            return ""
        if self.label == "PERSON":
            return max(self.forms, key=lambda f: (len(f.split()), self.forms[f], f))
        multi = [f for f in self.forms if len(f.split()) > 1] or list(self.forms)
        return max(multi, key=lambda f: (self.forms[f], -len(f), f))


def _display(site: MentionSite) -> str:
    """The name as printed, without honorifics, article or possessive."""
    doc = site.field.doc
    tokens = [t for t in doc.char_span(site.start, site.end, alignment_mode="expand") or []]
    words = [t.text for t in tokens]
    skip = len(site.honorifics)
    if words and words[0].lower() in ("the", "this", "that"):
        words = words[1:]
    return " ".join(words[skip:]).replace("\u00a0", " ").removesuffix("’s").removesuffix("'s")


class _Clusterer:
    def __init__(self) -> None:
        self.entities: list[EntityDraft] = []

    def new(self, label: str) -> EntityDraft:
        entity = EntityDraft(len(self.entities), label)
        self.entities.append(entity)
        return entity

    def join(self, site: MentionSite, entity: EntityDraft) -> None:
        site.entity = entity.id
        if site.kind in ("name", "partial"):
            entity.words.update(site.words)
            entity.forms[_display(site)] += 1
            entity.titles.add(" ".join(site.honorifics))
            entity.gender = entity.gender or honorific_gender(site.honorifics)


def _settle_genders(sites: list[MentionSite], entities: list[EntityDraft]) -> None:
    """The gender of each person no honorific told: what the gendered nouns beside its names and
    its first names tell, when they agree (a misparse, or two people merged into one, tell both)."""
    for entity in entities:
        if entity.label != "PERSON" or entity.gender:
            continue
        names = [s for s in sites if s.entity == entity.id and s.kind in ("name", "partial")]
        told = {noun_beside_name(s.token) for s in names} | {first_name_gender(entity.forms)}
        told.discard(None)
        entity.gender = told.pop() if len(told) == 1 else None


def _same_person(words: tuple[str, ...], entity: EntityDraft) -> bool:
    return (
        entity.label == "PERSON"
        and bool(entity.words)
        and words[-1] == entity.name.lower().split()[-1]
        and (words[0] in entity.words or set(words) <= entity.words or entity.words <= set(words))
    )


def _same_org(words: tuple[str, ...], label: str, entity: EntityDraft) -> bool:
    if entity.label == "PERSON" or (entity.label in _PLACE_LABELS) != (label in _PLACE_LABELS):
        return False
    mine = set(words)
    return bool(entity.words) and words[-1] in entity.words and (mine <= entity.words or entity.words <= mine)


def _recent(sites: list[MentionSite], before: MentionSite, entity_ids: set[int]) -> int | None:
    """Of the given entities, the one mentioned last before a site."""
    for site in reversed(sites):
        if site.position < before.position and site.entity in entity_ids:
            return site.entity
    return None


def _cluster_names(sites: list[MentionSite], clusterer: _Clusterer) -> None:
    named = [s for s in sites if s.kind in ("name", "partial")]
    for site in (s for s in named if len(s.words) > 1):
        if site.label == "PERSON":
            match = next((e for e in clusterer.entities if _same_person(site.words, e)), None)
        else:
            match = next((e for e in clusterer.entities if _same_org(site.words, site.label, e)), None)
        clusterer.join(site, match or clusterer.new(site.label))
    for site in (s for s in named if len(s.words) == 1):
        clusterer.join(site, _single_word_entity(site, sites, clusterer))


def _single_word_entity(site: MentionSite, sites: list[MentionSite], clusterer: _Clusterer) -> EntityDraft:
    word = site.words[0]
    people = [e for e in clusterer.entities if e.label == "PERSON" and word in e.words]
    others = [
        e
        for e in clusterer.entities
        if e.label != "PERSON" and word in e.words and (e.label in _PLACE_LABELS) == (site.label in _PLACE_LABELS)
    ]
    order = (others, people) if site.label in _PLACE_LABELS else (people, others)
    for group in order:
        if len(group) == 1:
            return group[0]
        if group:
            recent = _recent(sites, site, {e.id for e in group})
            return clusterer.entities[recent] if recent is not None else max(group, key=lambda e: sum(e.forms.values()))
    return clusterer.new(site.label)


def _covering(sites: list[MentionSite], probe: MentionSite) -> MentionSite | None:
    """The resolved mention whose span holds a probe's head token in the same field."""
    for site in sites:
        if (
            site.field is probe.field
            and site.entity is not None
            and site.start <= probe.start < site.end
            and site is not probe
            and site.kind != "group"
        ):
            return site
    return None


def _resolve_role(site: MentionSite, sites: list[MentionSite], clusterer: _Clusterer) -> None:
    role = " ".join(site.words)
    bound = [e for e in clusterer.entities if role in e.roles or any(t.endswith(role) for t in e.titles)]
    appos = site.token.head if site.token.dep_ == "appos" else None
    if appos is not None:
        holder = next((s for s in sites if s.field is site.field and s.head == appos.i and s.entity is not None), None)
        if holder is not None:
            bound = [clusterer.entities[holder.entity]]  # type: ignore[index]
    if len(bound) == 1:
        site.entity = bound[0].id
    else:
        clause = clause_of(site.token)
        same_clause = {
            s.entity
            for s in sites
            if s.field is site.field and s is not site and s.entity is not None and clause_of(s.token) == clause
        }
        people = [
            s
            for s in sites
            if s.position < site.position
            and s.entity is not None
            and clusterer.entities[s.entity].label == "PERSON"
            and s.entity not in same_clause
            and not (clusterer.entities[s.entity].roles - {role})
            and _fits_role(clusterer.entities[s.entity], role)
        ]
        if not people:
            return
        site.entity = people[-1].entity
    clusterer.entities[site.entity].roles.add(role)  # type: ignore[index]


def _fits_role(entity: EntityDraft, role: str) -> bool:
    """ "the chairwoman" is no man, "the chairman" no woman; a role of no gender fits anyone."""
    told = noun_gender(role.split()[-1])
    return not (told and entity.gender and told != entity.gender)


def _org_heads(clusterer: _Clusterer) -> dict[str, list[int]]:
    """The last word of each organisation's name (lower case), with the organisations it ends."""
    heads: dict[str, list[int]] = {}
    for entity in clusterer.entities:
        if entity.label == "ORG" and entity.owner is None and len(entity.name.split()) > 1:
            heads.setdefault(entity.name.split()[-1].lower(), []).append(entity.id)
    return heads


def _add_shorthands(sites: list[MentionSite], heads: dict[str, list[int]]) -> None:
    if not heads:
        return
    for field_ in dict.fromkeys(s.field for s in sites):
        sites.extend(shorthand_sites(field_, set(heads), sites))


def _resolve_shorthand(site: MentionSite, sites: list[MentionSite], heads: dict[str, list[int]]) -> None:
    """ "the authority": the organisation ending in that word, the last named before it."""
    owners = set(heads.get(site.words[0], []))
    named = _recent(sites, site, owners)
    site.entity = named if named is not None else (next(iter(owners)) if len(owners) == 1 else None)


def _resolve_group(site: MentionSite, sites: list[MentionSite], clusterer: _Clusterer) -> None:
    owner = site.possessor
    if owner is None:
        return
    if owner.kind == "pronoun":
        holder = _pronoun_owner(owner, site, sites, clusterer)
    else:
        covering = _covering(sites, owner)
        holder = covering.entity if covering else None
    if holder is None:
        return
    group = next((e for e in clusterer.entities if e.owner == holder and e.group_class == site.group_class), None)
    if group is None:
        group = clusterer.new("ORG")
        group.owner, group.group_class = holder, site.group_class
        owner_name = clusterer.entities[holder]
        short = owner_name.surname if owner_name.label == "PERSON" else owner_name.name
        group.forms[f"{short} {site.group_class}"] += 1
    site.entity = group.id


def _pronoun_owner(
    owner: MentionSite, site: MentionSite, sites: list[MentionSite], clusterer: _Clusterer
) -> int | None:
    """ "his campaign": prefer the person the article elsewhere names as owning such a group."""
    best, candidates = resolve_pronoun(owner, sites, clusterer.entities)
    owners = [
        _covering(sites, s.possessor)
        for s in sites
        if s.group_class == site.group_class and s.possessor is not None and s.possessor.kind != "pronoun"
    ]
    named_owners = {o.entity for o in owners if o is not None}
    in_running = [c for c, _score in candidates if c in named_owners]
    return in_running[0] if len(in_running) == 1 else best


def _agrees(pronoun: str, entity: EntityDraft) -> bool:
    """Number and gender agreement of a pronoun with an entity."""
    if entity.label in _PLACE_LABELS or (pronoun in _PLURAL) == (entity.label == "PERSON"):
        return False
    return not (entity.gender and pronoun not in _PLURAL and (entity.gender == "m") != (pronoun in _MASCULINE))


def resolve_pronoun(
    site: MentionSite, sites: list[MentionSite], entities: list[EntityDraft]
) -> tuple[int | None, list[tuple[int, float]]]:
    """The entity a pronoun most likely refers to (None when unsure), with every candidate's score.

    Candidates are the compatible entities mentioned before it (people of its gender or of none
    known for he/she, groups and organisations for they), scored by recency and by having been a
    subject; a pronoun outside quotation marks looks at no name inside them."""
    pronoun = site.words[0]
    outside = not site.field.in_quote(site.start)
    earlier = [
        s
        for s in sites
        if s.position < site.position
        and s.entity is not None
        and s is not site
        and not (outside and s.field.in_quote(s.start))
    ]
    agreeing = [s for s in earlier if _agrees(pronoun, entities[s.entity])]  # type: ignore[index]
    scores: dict[int, float] = {}
    for rank, other in enumerate(reversed(agreeing)):
        entity = entities[other.entity]  # type: ignore[index]
        score = 1.0 / (1 + rank) + (0.5 if other.is_subject else 0.0) + (0.25 if other.field is site.field else 0.0)
        scores[entity.id] = max(scores.get(entity.id, 0.0), score)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked:
        return None, []
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < _AMBIGUOUS_MARGIN:
        return None, ranked
    last = next(s for s in reversed(agreeing) if s.entity == ranked[0][0])
    if _reaches_past_ruled_out(site, last, earlier, entities):
        return None, ranked
    return ranked[0][0], ranked


def _reaches_past_ruled_out(
    site: MentionSite, antecedent: MentionSite, earlier: list[MentionSite], entities: list[EntityDraft]
) -> bool:
    """Whether a pronoun passes over a nearer person it cannot stand for (one of the other gender
    for he/she; any one person for they) to reach an antecedent more than a couple of sentences
    back: the story is then most likely about someone it never named ("his wife", "detectives")."""
    pronoun = site.words[0]
    ruled_out = any(
        s.position > antecedent.position
        and entities[s.entity].label == "PERSON"  # type: ignore[index]
        and not _agrees(pronoun, entities[s.entity])  # type: ignore[index]
        for s in earlier
    )
    if not ruled_out:
        return False
    reach = narrative_sentences_between(antecedent, site)
    return reach is None or reach > PAST_RULED_OUT_REACH


def cluster(sites: list[MentionSite]) -> list[EntityDraft]:
    """Entities for every mention; sets each site's ``entity`` (left None when unresolved)."""
    clusterer = _Clusterer()
    _cluster_names(sites, clusterer)
    known = {w for e in clusterer.entities if e.label in ("PERSON", "ORG") for w in e.words if len(w) > 2}
    for field_ in dict.fromkeys(s.field for s in sites):
        for site in known_name_sites(field_, known, sites):
            clusterer.join(site, _single_word_entity(site, sites, clusterer))
            sites.append(site)
    _settle_genders(sites, clusterer.entities)
    heads = _org_heads(clusterer)
    _add_shorthands(sites, heads)
    sites.sort(key=lambda s: s.position)
    for site in sites:
        if site.kind == "role" and site.label == "ORG":
            _resolve_shorthand(site, sites, heads)
        elif site.kind == "role":
            _resolve_role(site, sites, clusterer)
    for site in sites:
        if site.kind == "group":
            _resolve_group(site, sites, clusterer)
    return clusterer.entities
