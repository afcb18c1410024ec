"""Frames that report nothing: a cue's look-alike whose "content" is no statement.

    Her remarks [on Tuesday] drew applause.                a time: when, not what
    In an interview with [the paper], Ruiz ...             the audience of a speech event
    Ruiz will address [the convention] on Monday.          a gathering spoken to
    Ruiz, who is challenging [the mayor], ...              a rival in a race
    Ruiz, who is seeking [a second term], ...              an office run for
    Ruiz found [herself out of a job].                     where someone ended up
    Ruiz knocked out [the champion].                       a blow, not a side taken

Each names when, to whom, against whom or for what office, not what anyone said. Pure: a frame and
its parse in, a verdict out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsdesk.stages.attribution.frames import Frame
from newsdesk.vocab.non_reports import (
    AUDIENCE_NOUNS,
    AUDIENCE_PREPOSITIONS,
    AUDIENCE_VERBS,
    CONTEST_TOPIC_PREPOSITIONS,
    CONTEST_VERBS,
    GATHERING_NOUNS,
    OFFICE_NOUNS,
    OFFICE_SEEKING_VERBS,
    ONESELF_VERBS,
    PHYSICAL_PARTICLES,
    REFLEXIVE_PRONOUNS,
    TIME_ENTITIES,
)

__all__ = ["reports_nothing"]

_FILLER_POS = {"DET", "ADP", "PUNCT", "SPACE", "CCONJ"}
_PERSONAL_PRONOUNS = {"him", "her", "them", "me", "us", "you"}
_SAYING_WHAT = {"xcomp", "ccomp", "advcl", "conj"}  # "challenged her to explain", "... and said"


def reports_nothing(frame: Frame, doc: Doc) -> bool:
    """Whether the frame's content is no statement: only a time, the audience of a speech event,
    a rival in a race, an office run for, the reader's vote, where someone ended up, or a blow
    ("knocked out the champion")."""
    content = doc.char_span(*frame.content, alignment_mode="expand")
    if content is None or not len(content):
        return False
    cue = doc[frame.cue_token]
    if _readers_vote(frame, doc, cue) or _finds_oneself(cue) or _physical(cue):
        return True
    return _only_a_time(content) or _audience(content, cue) or _rival(content, cue) or _office(content, cue)


def _readers_vote(frame: Frame, doc: Doc, cue: Token) -> bool:
    """ "If you vote for her, ...", "Can you vote for him?": a vote of the reader, supposed or asked
    about, is no side anyone took."""
    speaker = frame.speaker_in(doc)
    return cue.lemma_.lower() == "vote" and speaker is not None and speaker.text.lower() == "you"


def _finds_oneself(cue: Token) -> bool:
    """ "found himself out of a job", "finds itself forced to ...", "found herself [soloing]": a
    reflexive object, or the subject of the clause that follows, says where someone ended up."""
    if cue.lemma_.lower() not in ONESELF_VERBS:
        return False
    following = cue.doc[cue.i + 1 : cue.i + 4]
    return any(t.lower_ in REFLEXIVE_PRONOUNS and cue.i in (t.head.i, t.head.head.i) for t in following)


def _physical(cue: Token) -> bool:
    """ "knocked out the champion", "knocked him off the top spot": the verb with a particle of
    its physical sense, whose object took a blow, not a side."""
    particles = PHYSICAL_PARTICLES.get(cue.lemma_.lower())
    if particles is None:
        return False
    return any(c.lower_ in particles and c.dep_ in ("prt", "prep", "advmod") for c in cue.children)


def _only_a_time(content: Span) -> bool:
    """ "on Tuesday evening", "over the past 18 months": every word a time's."""
    words = [t for t in content if t.pos_ not in _FILLER_POS]
    return bool(words) and all(t.ent_type_ in TIME_ENTITIES for t in words)


def _audience(content: Span, cue: Token) -> bool:
    """ "an interview with [the paper]", "a speech to [supporters]": the object of "with" or "to"
    on a noun of a speech event, or a gathering addressed, is who heard it."""
    root = content.root
    if cue.lemma_.lower() in AUDIENCE_VERBS:  # "addressed [a rally]", not "addressed [the problem]"
        return root.dep_ == "dobj" and root.head.i == cue.i and root.lemma_.lower() in GATHERING_NOUNS
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in AUDIENCE_PREPOSITIONS
        and preposition.head.i == cue.i
        and cue.pos_ == "NOUN"
        and cue.lemma_.lower() in AUDIENCE_NOUNS
    )


def _rival(content: Span, cue: Token) -> bool:
    """ "who is challenging [the incumbent]": a person as the object of a verb of contest, with
    nothing saying to what or over what, is a rival, not what was said ("challenged her to a
    debate", "challenged him on taxes" speak)."""
    person = content.root
    if cue.lemma_.lower() not in CONTEST_VERBS or person.dep_ != "dobj" or person.head.i != cue.i:
        return False
    if not (person.ent_type_ == "PERSON" or person.lower_ in _PERSONAL_PRONOUNS):
        return False
    return not any(
        c.dep_ in _SAYING_WHAT or (c.dep_ == "prep" and c.lower_ in CONTEST_TOPIC_PREPOSITIONS)
        for c in list(cue.children) + list(person.children)
    )


def _office(content: Span, cue: Token) -> bool:
    """ "who is seeking [reelection]", "seeks [the nomination]": an office as the object of "seek"
    is what someone runs for, not what they said ("seeks [an inquiry]" still asks for one)."""
    office = content.root
    return (
        cue.lemma_.lower() in OFFICE_SEEKING_VERBS
        and office.dep_ == "dobj"
        and office.head.i == cue.i
        and office.lemma_.lower() in OFFICE_NOUNS
    )
