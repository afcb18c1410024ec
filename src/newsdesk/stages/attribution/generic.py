"""Anyone at all, told what they may or should think: a generic holder with a modal holds no view.

    People with dry skin can feel confident using it.        anyone: the writer's advice
    Investors should consider a broader fund.                  anyone: the writer's advice
    Commuters may want to leave early on Friday.               anyone: the writer's advice
    The investors should consider the offer, Ruiz said.        these investors: kept
    Commuters want the line reopened.                          what commuters want: kept
    Fans can't believe how tall the twins are.                 a reaction: kept

A belief or an intention whose holder is a bare plural noun for people ("people", "investors",
"commuters": no article, possessive or number) and whose verb takes "can", "should", "may" or
the like is what the writer tells anyone of that kind they may or ought to think, the reader's
"you" in another guise; no one's view is reported. With an article ("the investors") the noun
names someone, and without the modal it reports what such people think; negated ("can't
believe") it is a reaction they voiced. Pure: a frame and its
parse in, a verdict out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.stages.attribution.frames import Frame
from newsdesk.vocab.minds import ADVISING_MODALS, MINDED_CUE_CLASSES, PERSON_NOUNS

__all__ = ["advice_to_anyone"]

_NAMING_DEPENDENTS = frozenset({"det", "poss", "nummod", "compound", "predet"})


def advice_to_anyone(frame: Frame, doc: Doc) -> bool:
    """Whether a frame is what the writer says anyone may or should think or want: "people with
    dry skin can feel confident ...", "investors should consider ..."."""
    if frame.cue_class not in MINDED_CUE_CLASSES:
        return False
    speaker = frame.speaker_in(doc)
    if speaker is None or not _anyone(speaker.root):
        return False
    verb = doc[frame.cue_token]
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "fans can't believe how much they've grown": a reaction, reported
    return any(c.dep_ == "aux" and c.lower_ in ADVISING_MODALS for c in verb.children)


def _anyone(head: Token) -> bool:
    """A bare plural noun for people: "people", "investors", "people with dry skin"."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in PERSON_NOUNS:
        return False
    return not any(c.dep_ in _NAMING_DEPENDENTS for c in head.children if c.i < head.i)
