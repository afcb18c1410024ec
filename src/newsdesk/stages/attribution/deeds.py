"""Positions taken by a deed, and views made known, that no cue verb names by itself:

    the mayor took aim at [the rules]; made no secret of [her doubts]   `DEED_IDIOMS`
    made (it) clear [that ...]; made clear [his aim]                    `MADE_KNOWN_ADJECTIVES`
    voted in favor of [the levy]; spoke in support of [the library]     `SIDE_TAKING_VERBS`, `SIDE_NOUNS`
    lashed out at [the board]; came out against [the merger]            `PARTICLE_STANCES`
    the ad hits [the mayor for the delays]                              `FAULTING_VERBS`

The cue runs from the verb to its preposition or adjective ("took aim at", "made clear"); the
source is the verb's subject. (A stance in the passive with no agent is `passives.unnamed_judgement`.)
Pure: a parsed sentence in, its reports out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsdesk.stages.attribution.nominal import NounReport
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import IMPERSONAL_SUBJECTS, PUBLISHER_VOICE_SUBJECTS
from newsdesk.vocab.positions import (
    DEED_IDIOMS,
    FAULTING_VERBS,
    MADE_KNOWN_ADJECTIVES,
    PARTICLE_STANCES,
    SIDE_NOUNS,
    SIDE_TAKING_VERBS,
)

__all__ = ["deed_reports"]

_SUBJECTS = ("nsubj", "csubj")
_TIMES = ("DATE", "TIME")


def _doer(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it shares it with ("rose and took aim at ...");
    None for an impersonal "it" or the publisher's "we"."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ in IMPERSONAL_SUBJECTS or subject.lower_ in PUBLISHER_VOICE_SUBJECTS:
        return None
    return subject


def _idiom_target(verb: Token, noun: Token) -> tuple[Token, list[Token]] | None:
    """The preposition and its object that an idiom's stance is about: "took aim [at] [the rules]"."""
    preps = DEED_IDIOMS.get((cue_lemma(verb), cue_lemma(noun)))
    if preps is None:
        return None
    for prep in (*noun.children, *verb.children):
        if prep.dep_ == "prep" and prep.i > noun.i and prep.lower_ in preps:
            objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return prep, [t for g in objects for t in g.subtree]
    clauses = [c for c in (*noun.children, *verb.children) if c.dep_ in ("acl", "ccomp") and c.i > noun.i]
    said = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return (noun, list(said[0].subtree)) if "that" in preps and said else None  # "made the point [that ...]"


def _idiom(verb: Token) -> NounReport | None:
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "obj") or noun.i < verb.i:
            continue
        found = _idiom_target(verb, noun)
        subject = _doer(verb) if found is not None else None
        if found is None or subject is None:
            continue
        prep, content = found
        return NounReport(list(verb.doc[verb.i : prep.i + 1]), content, subject)
    return None


def _made_known(verb: Token) -> NounReport | None:
    """ "made it clear [that ...]", "made clear [he would not resign]", "made clear [his aim]"."""
    if cue_lemma(verb) != "make":
        return None
    adjective = next((c for c in verb.children if c.i > verb.i and c.lower_ in MADE_KNOWN_ADJECTIVES), None)
    subject = _doer(verb) if adjective is not None else None
    if adjective is None or subject is None:
        return None
    clauses = [c for c in (*adjective.children, *verb.children) if c.dep_ in ("advcl", "ccomp") and c.i > adjective.i]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > adjective.i]
    taken = clauses or objects
    if not taken:
        return None
    content = list(verb.doc[taken[0].left_edge.i : taken[0].right_edge.i + 1])
    return NounReport(list(verb.doc[verb.i : adjective.i + 1]), content, subject)


def _in_favor(verb: Token) -> NounReport | None:
    """ "voted [in favor of] [the levy]": the object of the side noun's "of"."""
    if cue_lemma(verb) not in SIDE_TAKING_VERBS:
        return None
    for prep in verb.children:
        side = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.lower_ == "in" else None
        if prep.i < verb.i or side is None or cue_lemma(side) not in SIDE_NOUNS:
            continue
        of = next((c for c in side.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        objects = [g for g in of.children if g.dep_ in ("pobj", "pcomp")] if of is not None else []
        subject = _doer(verb) if objects else None
        if of is not None and objects and subject is not None:
            return NounReport(list(verb.doc[verb.i : of.i + 1]), list(objects[0].subtree), subject)
    return None


def _with_particle(verb: Token) -> NounReport | None:
    """ "lashed out at [the board]", "opened up about [her illness]": the preposition's object."""
    lemma = cue_lemma(verb)
    # "back" may be read as an adverb ("pushed back on the claims")
    particles = [(lemma, c.lower_) for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i]
    preps = next((PARTICLE_STANCES[p] for p in particles if p in PARTICLE_STANCES), None)
    if preps is None:
        return None
    for prep in verb.children:
        objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep.dep_ == "prep" else []
        if prep.i > verb.i and prep.lower_ in preps and objects and (subject := _doer(verb)) is not None:
            return NounReport(list(verb.doc[verb.i : prep.i + 1]), [t for g in objects for t in g.subtree], subject)
    return None


def _faulting(verb: Token) -> NounReport | None:
    """ "hit [the mayor for the delays]": the object and what for, as "criticized X for Y" has it."""
    preps = FAULTING_VERBS.get(cue_lemma(verb))
    target = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i), None)
    if preps is None or target is None:
        return None
    for prep in verb.children:
        objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep.dep_ == "prep" else []
        if any(o.ent_type_ in _TIMES or cue_lemma(o) == "time" for o in objects):
            continue  # "hit the trail with her for the first time": when, not what for
        if prep.i > target.i and prep.lower_ in preps and objects and (subject := _doer(verb)) is not None:
            return NounReport([verb], list(verb.doc[target.left_edge.i : objects[-1].right_edge.i + 1]), subject)
    return None


def deed_reports(sentence: Span) -> Iterator[NounReport]:
    """Every position the sentence's verbs take by a deed or make known (as a `NounReport`: the
    cue runs from the verb to its preposition or adjective)."""
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        report = _idiom(verb) or _made_known(verb) or _in_favor(verb) or _with_particle(verb) or _faulting(verb)
        if report is not None:
            yield report
