"""Who can hold a belief, an intention or a view: frames whose holder has no mind report nothing.

    The empty mills will see [a revival as studios].        a thing: no view
    The update sees [users finding ways around it].          a thing: no view
    The survey found [broad support for the levy].           a work that states a finding: kept
    Residents fear [the levy will pass].                     people: kept
    If you want [to follow the recipe], ...                  the reader, supposed: no one's view

A verb of belief, perception or intention ("thinks", "sees", "wants", "plans") needs a mind: a
person or people (a name, a personal pronoun, a noun for people), a group or institution that acts
for people (a name, "the company", "the court"), or a text that states its author's findings or aims
("the report finds", "the bill seeks to"). Any other subject is a thing the verb is said of in
another sense ("will see a revival", "wants a charger"), and so is a time ("2023 saw a rise"). A few
verbs of stance need a mind too, those a thing does without taking a side ("the router supports two
bands", "the term refers to", "costs weighed on profits"); the rest keep a work as their subject
("the ad highlights her record"). Verbs of saying keep any subject: "the report says" is a report.

The reader is no holder either: "you" in the writer's own words, supposed ("if you want ..."),
advised or enabled ("you can see ...", "the camera lets you see ..."), asked ("Do you think ...?") or
in a relative clause ("the locker you want to rent"), is whoever reads. Outside such a frame,
inside quote marks, or in an interviewer's line, "you" is a person and stays. Pure: a frame and
its parse in, a verdict out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.stages.attribution.frames import Frame
from newsdesk.vocab.cues import FINDING_NOUNS
from newsdesk.vocab.minds import (
    COUNT_WORDS,
    ENABLING_VERBS,
    INSTITUTION_NOUNS,
    MINDED_CUE_CLASSES,
    MINDFUL_ENTITIES,
    NOT_PERSON_SUFFIXED,
    PARTITIVE_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSON_SUFFIXES,
    QUANTITY_ONLY_WORDS,
    READER_MODALS,
    READER_NEED_VERBS,
    READER_PRONOUNS,
    STANCES_NEEDING_A_MIND,
    SUPPOSING_MARKS,
    TEXT_NOUNS,
    TIME_ENTITY_LABELS,
)
from newsdesk.vocab.polls import POLL_NOUNS
from newsdesk.vocab.stances import STANCE_ROLE_NOUNS
from newsdesk.vocab.titles import GROUP_NOUNS, PERSON_ROLES

__all__ = ["can_hold_view", "holds_no_view", "readers_supposition"]

_SAYING_CLASSES = frozenset({"speech", "written"})
_PEOPLE_DETERMINERS = frozenset({"we", "us"})  # "we voters", "us locals": whatever the noun, people
_THING_OR_PERSON_RELATIVES = frozenset({"that", "which"})  # "who" is always a person's
_HOLDER_NOUNS = (
    PERSON_NOUNS
    | INSTITUTION_NOUNS
    | TEXT_NOUNS
    | FINDING_NOUNS
    | POLL_NOUNS
    | STANCE_ROLE_NOUNS
    | frozenset(role.split()[-1] for role in PERSON_ROLES)
    | frozenset(GROUP_NOUNS)
)


def holds_no_view(frame: Frame, doc: Doc) -> bool:
    """Whether a frame of belief or intention, or of a stance whose verb a thing can do without
    taking a side, has a speaker that cannot hold a view: a thing ("the mills will see a revival",
    "the router supports two bands"). Frames of other classes, and frames with no speaker, hold."""
    if not _needs_a_mind(frame, doc):
        return False
    speaker = frame.speaker_in(doc)
    return speaker is not None and not can_hold_view(speaker.root)


def _needs_a_mind(frame: Frame, doc: Doc) -> bool:
    """A belief or an intention always; a stance only by a verb a thing does in another sense
    ("supports", "refers to", "weighs on"): "the bill opposes" or "the ad highlights" is the
    side its authors take."""
    if frame.cue_class in MINDED_CUE_CLASSES:
        return True
    return frame.cue_class == "stance" and doc[frame.cue_token].lemma_.lower() in STANCES_NEEDING_A_MIND


def readers_supposition(frame: Frame, doc: Doc, quoted: bytearray) -> bool:
    """Whether a frame's speaker is the reader, supposed or instructed, in the writer's own words:
    "If you're planning to [visit], ...", "you can tap it to see [what it looks like]", "you should
    know [that ...]", "Do you support [the plan]?", "the locker you want [to rent]", and in the plain
    present "you know [that ...]", "you want [a case that ...]". Such a "you" is whoever reads, and
    reports no one's view. A verb of saying is the reader's too when supposed, asked or advised
    ("you might say ...", "you can ask the clerk ...", "you'd swear ..."), but not in the plain
    present ("You describe your mother as ...", a columnist answering a letter). Inside quote marks
    "you" is someone's listener, and in an interviewer's line ("Q: If you're saying ...") the one
    interviewed: both stay."""
    speaker = frame.speaker_in(doc)
    if speaker is None or len(speaker) != 1 or speaker[0].lower_ not in READER_PRONOUNS:
        return False
    if quoted[frame.cue[0]] or _interview_line(speaker[0]):
        return False
    if _asks(speaker[0]):
        return True
    verb = speaker[0].head
    if _modal(verb) or _supposed(verb) or _enabled(verb) or verb.dep_ == "relcl":
        return True
    return frame.cue_class not in _SAYING_CLASSES and _habitual(verb)


def _asks(token: Token) -> bool:
    """Whether the token's sentence is a question."""
    return any(t.text == "?" for t in token.sent)


def _interview_line(token: Token) -> bool:
    """Whether the token's paragraph is an interviewer's line ("Q: Do you think ...?"): there "you"
    is the one interviewed, not the reader."""
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    line = text[start : start + 3].lstrip()
    return line[:1] == "Q" and not line[1:2].islower()


def _modal(verb: Token) -> bool:
    """ "you can see", "you should know", "you'll want to", "you don't have to fret": the reader's
    possible or advised act."""
    if any(c.dep_ == "aux" and c.lower_ in READER_MODALS for c in verb.children):
        return True
    return verb.lemma_.lower() in READER_NEED_VERBS and any(_to_infinitive(c) for c in verb.children)


def _to_infinitive(clause: Token) -> bool:
    """ "[to worry]" after "have", "need" or "got": a clause with "to" before its verb."""
    return clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _habitual(verb: Token) -> bool:
    """ "you know that ...", "you want a case that ...", "you don't want to be late": the
    plain present of the writer's own words says what any reader knows or wants, not what one
    person does; "you said", "you've argued", "you were sure" speak to someone."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBP":
        return all(a.tag_ == "VBP" for a in auxiliaries)
    return verb.tag_ == "VBG" and bool(auxiliaries) and all(a.tag_ == "VBP" for a in auxiliaries)


def _enabled(verb: Token) -> bool:
    """ "lets you see ...", "allows you to track ...": what a thing enables the reader to do."""
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ENABLING_VERBS


def _supposed(verb: Token) -> bool:
    """ "if you want to ...", "when you think about it": a clause that supposes the reader, or a
    clause that hangs on one."""
    for clause in (verb, *verb.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in clause.children):
            return True
        if clause.dep_ not in ("xcomp", "conj", "ccomp"):
            return False
    return False


def can_hold_view(head: Token) -> bool:
    """Whether the head of a noun phrase names who can hold a view: a person, group or place
    entity, a name, a personal pronoun, a noun for people, an institution or a text. A pronoun
    that stands for something else ("it", "this") is left to the rules that read it: True."""
    if head.ent_type_ in TIME_ENTITY_LABELS:
        return False  # "2023 saw ...", "last week saw ...": a time, whatever the verb
    if head.ent_type_ in MINDFUL_ENTITIES or _name_like(head):
        return True
    if head.pos_ in ("VERB", "AUX"):
        # "anyone who's worked there knows", parsed with the clause as the subject: its own
        # subject holds the view; a bare action ("obtaining records is crucial when seeking") none
        doer = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
        return doer is not None and can_hold_view(doer)
    low, lemma = head.lower_, head.lemma_.lower()
    if low in _THING_OR_PERSON_RELATIVES:
        antecedent = _antecedent(head)
        return antecedent is None or can_hold_view(antecedent)
    if head.pos_ == "PRON" and low not in PERSON_PRONOUNS and lemma not in PARTITIVE_WORDS:
        return True  # "it", "this", "that": decided where the rules read what it stands for
    if low in PERSON_PRONOUNS:
        return True
    if lemma in PARTITIVE_WORDS or low in PARTITIVE_WORDS or head.like_num:
        whole = _of_object(head)
        if whole is not None:
            counted = lemma in COUNT_WORDS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            return not counted and can_hold_view(whole)  # "a number of voters" hold; "the number of" is a count
        return lemma not in QUANTITY_ONLY_WORDS
    if lemma in _HOLDER_NOUNS or low in _HOLDER_NOUNS or _person_by_ending(lemma) or _people_by_quality(head):
        return True
    return any(c.lower_ in _PEOPLE_DETERMINERS and c.i < head.i for c in head.children)  # "us hot rodders"


def _person_by_ending(lemma: str) -> bool:
    """ "idealists", "a realist", "historians": a noun for someone by what they do or hold."""
    return lemma.endswith(PERSON_SUFFIXES) and lemma not in NOT_PERSON_SUFFIXED and len(lemma) > 5


def _people_by_quality(head: Token) -> bool:
    """ "the poor", "the wealthy", "a 21-year-old": an adjective used as a noun for people."""
    if head.lower_.endswith(("year-old", "year-olds")) or (head.lemma_.lower() == "old" and head.tag_ == "NN"):
        return True
    return head.pos_ == "ADJ" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _name_like(head: Token) -> bool:
    """A proper noun, or a capitalised word the tagger took for a common noun inside a sentence
    ("Sanders", "Schilling") or at its start where the text names it elsewhere: a name whose entity
    the model missed."""
    if head.pos_ == "PROPN":
        return True
    if not head.is_title:
        return False
    inside = not head.is_sent_start and head.i > 0 and not head.nbor(-1).is_punct
    return inside or any(t.text == head.text and t.pos_ == "PROPN" for t in head.doc)


def _antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun stands for: "the firms [that] plan to ..." -> firms."""
    clause = relative.head
    if clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return None


def _of_object(head: Token) -> Token | None:
    """The object of "of" on a share or a number: "most [of the players]", "a number of voters"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
