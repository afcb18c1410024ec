"""What a group, a place or an institution lived through: "see" of an experience is no view.

    The carmaker saw [buyers turning to smaller models].         lived through: no view
    The league is seeing [more young players succeed].            lived through: no view
    The district has seen [office rents climb since 2019].        lived through: no view
    The company sees [the deal as a bargain].                     a view: kept
    The bank saw [the downturn coming].                           a foresight: kept
    I saw [the guard sitting behind the desk].                    a person's perception: kept

"See" with an object and a verb after it ("saw buyers turning to ...", "has seen rents climb") is what
happened to a firm, a league or a town when it is done: in the past, the perfect or the progressive.
Only a person perceives, so a person's "saw X doing" stays a witness's account; a view "as"
something ("sees the deal as a bargain"), a clause with "that", a forecast in the plain present
("sees sales rising next year") and what is seen "coming" stay views. Pure: a frame and its parse
in, a verdict out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.stages.attribution.frames import Frame
from newsdesk.vocab.minds import EXPERIENCE_VERBS, FORESEEN_VERBS, PERSON_NOUNS, PERSON_PRONOUNS

__all__ = ["lived_through"]

_NON_FINITE = frozenset({"VBG", "VBN", "VB", "VBP"})  # the parser tags a bare "climb" after a noun VBP
_DONE_TAGS = frozenset({"VBD", "VBN", "VBG"})  # "saw", "has seen", "is seeing"


def lived_through(frame: Frame, doc: Doc) -> bool:
    """Whether a frame is "see" of what a group, place or institution went through: "the carmaker saw
    buyers turning to smaller models", "the league is seeing young players succeed"."""
    verb = doc[frame.cue_token]
    if verb.lemma_.lower() not in EXPERIENCE_VERBS or verb.tag_ not in _DONE_TAGS:
        return False
    speaker = frame.speaker_in(doc)
    if speaker is None or _perceiver(speaker.root):
        return False
    return any(_happening(clause) for clause in verb.children)


def _perceiver(head: Token) -> bool:
    """A person, who may have watched it happen: a name, a personal pronoun, a noun for people."""
    if head.ent_type_ == "PERSON" or head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS:
        return True
    return head.lemma_.lower() in PERSON_NOUNS


def _happening(clause: Token) -> bool:
    """ "[buyers turning to ...]", "[rents climb]", "[lounges half empty]": a clause with its
    own subject and no "that", whose verb is not finite and is not "coming" (a foresight)."""
    if clause.dep_ != "ccomp" or clause.tag_ not in _NON_FINITE or clause.lemma_.lower() in FORESEEN_VERBS:
        return False
    children = list(clause.children)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    finite = any(c.dep_ in ("mark", "aux", "auxpass") for c in children)
    return has_subject and not finite
