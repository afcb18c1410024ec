"""Beliefs, knowledge and findings that the usual frames of a cue verb miss:

    I think [the council will back down]             the writer's own belief, outside any quote
    The survey found [broad support for the levy]    a study's finding given as a noun phrase
    The mill is known for [its red brick]            a repute held by no one named (unsourced)
    ... but is expected [to resign]                  hearsay whose subject is the first verb's
    Critics see [the levy as a tax on the poor]       a view "as" something, however "as" is hung
    The two camps agreed on [a new timetable]        what a view is held on

Pure: tokens in, a verdict or the content's tokens out.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.vocab.cues import (
    CUE_CLASS,
    FINDING_NOUNS,
    FINDING_VERBS,
    LEMMA_FIXES,
    PUBLISHER_VOICE_SUBJECTS,
    REPUTE_VERBS,
    VIEW_AS_VERBS,
    VIEW_PREPOSITIONS,
)

__all__ = [
    "belief_content",
    "finding",
    "held_on",
    "in_quoted_paragraph",
    "known_for",
    "publisher_voice",
    "shared_subject",
    "view_as",
    "writer_belief",
]

_QUOTE_MARKS = {"“", "”", '"', "‘", "’", "''", "``"}
_OBJECTS = ("dobj", "obj")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_STAND_INS = {"PRON", "DET", "SCONJ"}  # "found it", "found that": no finding of its own
_NOBODY = {"it", "who", "which", "that"}  # no subject a reader can name
_HELD_VIEWS = {"ccomp", "xcomp", "dobj"}  # "I think [the plan is dead]", "I doubt [it]"
# What a finding's verb phrase holds besides what was found: its time, a clause of its own.
_NOT_FOUND = {"punct", "cc", "conj", "advcl", "parataxis", "npadvmod", "advmod", "mark", "relcl"}


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _lemma(token: Token) -> str:
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def publisher_voice(verb: Token, subject: Token) -> bool:
    """Whether a verb's subject is the publisher's own voice ("we believe ..."), never attributed;
    a writer's "I think ..." outside quotes is a view of their own (`writer_belief`)."""
    return subject.lower_ in PUBLISHER_VOICE_SUBJECTS and not writer_belief(verb, subject)


def writer_belief(verb: Token, subject: Token) -> bool:
    """Whether "I" before a verb of belief is a writer who holds a view of their own ("I think the
    council will back down", in a column or a letter): PolNeAR counts it. Only outside quote marks,
    where it is no one's quoted words: a sentence with a quote mark, or a paragraph that opens with
    one (a quote run over several paragraphs), is left to the quote. "We" stays the publisher's.
    The verb must hold the view itself: an aside ("..., I suppose, ...") would take the sentence
    around it, someone else's report, as its own."""
    if subject.lower_ != "i" or CUE_CLASS.get(_lemma(verb)) != "belief":
        return False
    if not any(child.dep_ in _HELD_VIEWS for child in verb.children):
        return False
    if any(t.text in _QUOTE_MARKS for t in verb.sent):
        return False
    return not in_quoted_paragraph(verb.doc.text, verb.idx)


def in_quoted_paragraph(text: str, at: int) -> bool:
    """Whether the paragraph holding ``at`` opens with a quote mark: a quote that may run on over
    paragraphs, so that a closing mark is nowhere near."""
    paragraph = text.rfind("\n", 0, at) + 1
    return text[paragraph:at].lstrip()[:1] in _QUOTE_MARKS


def finding(verb: Token) -> tuple[list[Token], str] | None:
    """What a study, poll or inquiry found when the verb takes a noun phrase, not a clause: "The
    survey found [broad support for the levy]", "the audit finds [the agency with a deficit]". Only
    with a subject that names such a work (`FINDING_NOUNS`): "the hikers found the trail" found a
    thing, not a fact."""
    if _lemma(verb) not in FINDING_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or _lemma(subject) not in FINDING_NOUNS:
        return None
    found = [c for c in verb.children if c.i > verb.i and c.dep_ not in _NOT_FOUND]
    if not any(c.dep_ in (*_OBJECTS, "xcomp", "oprd") and c.pos_ not in _STAND_INS for c in found):
        return None  # "the poll found that": a clause the parser cut off, or "found it": nothing said
    first, last = min(c.left_edge.i for c in found), max(c.right_edge.i for c in found)
    return list(verb.doc[first : last + 1]), "finding"


def belief_content(verb: Token) -> tuple[list[Token], str] | None:
    """What a verb of belief reports where its usual frames found nothing: a finding or a view."""
    return finding(verb) or view_as(verb) or held_on(verb)


def held_on(verb: Token) -> tuple[list[Token], str] | None:
    """ "The two camps agreed on [a new timetable]", "voters who believe in [a smaller government]":
    what a view is held on, the object of the verb's preposition (`VIEW_PREPOSITIONS`); not a date
    ("agreed on Monday": when, not what) nor a manner ("believed in vain")."""
    preps = VIEW_PREPOSITIONS.get(_lemma(verb), ())
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i):
        objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
        if objects and objects[0].ent_type_ not in ("DATE", "TIME") and objects[0].pos_ != "ADJ":
            return list(objects[0].subtree), "phrasal"
    return None


def view_as(verb: Token) -> tuple[list[Token], str] | None:
    """ "Critics see [the levy as a tax on the poor]", "they see [Ruiz as most likely to win]": a view
    of the object "as" something, where the parser hung "as" on a word after the object instead of
    on the verb or the object. The "as" must come right after the object's phrase."""
    if _lemma(verb) not in VIEW_AS_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i]
    if not objects or (objects[0].pos_ == "PRON" and objects[0].lower_ not in ("him", "her", "them")):
        return None
    after = objects[0].right_edge.i + 1
    if after >= len(verb.doc) or verb.doc[after].lower_ != "as" or verb.doc[after].head.i == verb.i:
        return None
    holder = verb.doc[after].head
    if not any(a.i == verb.i for a in holder.ancestors) or any(c.dep_ in _SUBJECTS for c in holder.children):
        return None  # "saw the mayor as she left": a clause of time with a subject of its own
    last = max(verb.doc[after].right_edge.i, holder.right_edge.i)
    return list(verb.doc[objects[0].left_edge.i : last + 1]), "object-frame"


def known_for(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "The mill is best known for its red brick", "she will be remembered for the bridge": what a
    thing is known for, by no one named (the cue's "for", and the subject with what it is known
    for; `REPUTE_VERBS`); not with an agent ("known by all")."""
    children = {c.dep_: c for c in verb.children}
    if _lemma(verb) not in REPUTE_VERBS or "auxpass" not in children or "agent" in children:
        return None
    subject = children.get("nsubjpass")
    for_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
    if subject is None or for_ is None or subject.lower_ in _NOBODY or subject.tag_ in ("WP", "WDT"):
        return None
    known = [t for c in for_.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
    return (for_, sorted([*subject.subtree, *known], key=lambda t: t.i)) if known else None


def shared_subject(verb: Token) -> Token | None:
    """The subject a passive verb shares with the verb before "and" or "but" ("She is moving west
    but is expected to stay on the show": she); None where it has one of its own."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children):
        return None  # "... and was seen leaving": seen, not thought
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subject is None or subject.lower_ in _NOBODY or subject.tag_ in ("WP", "WDT") else subject
