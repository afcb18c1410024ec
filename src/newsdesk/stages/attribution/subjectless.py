"""Who speaks through a verb the parser left without a subject, where the sentence still says it
plainly:

    Flea shared the news, writing “Feels great ...”      the subject of the clause before the comma
    ..., when protesters interrupted her, shouting “...”  the subject of the clause of when or where
    The senator emailed supporters saying: “...”          the subject of the verb that wrote to them
    ..., a man yelled “Stay there!”                       the noun a finite verb was hung on
    Trump released a video that said “...”                who put out what speaks ("that", "which")
    ads attacking the senator, voters saying ...          the noun a participle qualifies

Pure: a verb in, the head of its doer or None out.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.stages.attribution.phrases import glued_hyphen
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import CUE_CLASS, CUE_NOUNS, MEDIUM_NOUNS, NAMING_VERBS, SETTING_NOUNS
from newsdesk.vocab.doers import PUTTING_OUT_VERBS

__all__ = [
    "can_be_subject",
    "doer_before_comma",
    "doer_of_clause_before",
    "maker_of",
    "noun_of_participle",
    "noun_read_as_modified",
    "publisher_of_medium",
    "sender_of_addressed",
]

_SUBJECTS = ("nsubj", "nsubjpass")
_SPOKEN = ("speech", "written")
_OPENING_MARKS = ("“", '"', "‘")
_SIMULTANEOUS = ("when", "as", "while", "where", "whenever")
_CLAUSE_LINKS = ("advcl", "acl", "xcomp", "conj", "relcl", "pcomp", "ccomp")


def can_be_subject(token: Token) -> bool:
    """Whether a token the parser made a subject can name one: a word or number, or a share of
    people written with its sign ("[42%] say ..."); a dash or other mark is none ("... ― Trump
    boasted"), nor the first piece of a word the tokenizer split at its hyphen ("says the firm's
    [co]-founder Lena Ortiz": the founder speaks)."""
    if _before_a_hyphen(token):
        return False
    if any(ch.isalnum() for ch in token.text):
        return True
    return token.text == "%" and any(c.dep_ == "nummod" for c in token.children)


def _before_a_hyphen(token: Token) -> bool:
    """ "co" of "co-founder", "vice" of "vice-president": no space, a hyphen, then a word."""
    doc = token.doc
    return token.i + 2 < len(doc) and glued_hyphen(doc, token.i + 1) and doc[token.i + 2].is_alpha


def doer_of_clause_before(participle: Token) -> Token | None:
    """ "The first incident came during a speech, when protesters interrupted her, shouting “...”",
    "..., where 50 protesters had gathered, chanting “...”", "..., even as he defended it, saying":
    a participle right after a clause of when, as, while or where that the parser hung on the main
    verb goes on with that clause, the nearer one, whose subject does it. Not after a clause that
    describes its noun ("supporters who attack her, saying": they are spoken of) or one of before
    and after ("after they came out, saying": the main subject speaks)."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < 2:
        return None
    if participle.doc[participle.i - 1].text != ",":
        return None
    clause = participle.doc[participle.i - 2]
    while clause.pos_ not in ("VERB", "AUX") or (clause.dep_ in ("xcomp", "conj") and _subject_of(clause) is None):
        if clause.head.i == clause.i or clause.i == participle.head.i:
            return None
        clause = clause.head
    if clause.i == participle.head.i or not _simultaneous(clause):
        return None
    subject = _subject_of(clause)
    return None if subject is None or subject.tag_ in ("WP", "WDT") else subject


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _simultaneous(verb: Token) -> bool:
    """A clause of the same moment: "when ...", "as ...", "while ...", "where ...", "in which ..."."""
    if verb.dep_ == "relcl":
        return True  # a relative "who"/"that" subject is ruled out by the caller
    opening = [c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i]
    return verb.dep_ == "advcl" and any(word in _SIMULTANEOUS for word in opening)


def doer_before_comma(participle: Token) -> Token | None:
    """ "Flea shared the news on social media, writing “...”": a speech participle right after a
    comma that the parser took for a noun (a subject, a modifier) goes on with the clause before
    the comma; its doer is that clause's subject (the nearest finite verb before it with one)."""
    if participle.tag_ != "VBG" or participle.i == 0 or participle.doc[participle.i - 1].text != ",":
        return None
    if participle.dep_ in _CLAUSE_LINKS:
        return None  # hung on a clause, it is that clause's doer's (read elsewhere), or nobody's
    if CUE_CLASS.get(cue_lemma(participle)) not in _SPOKEN:
        return None
    sentence = participle.sent
    for verb in reversed(participle.doc[sentence.start : participle.i - 1]):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
        if verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBZ", "VBP") and subject is not None:
            return subject
    return None


def sender_of_addressed(participle: Token) -> Token | None:
    """ "The senator emailed supporters saying ...", "sent a message to donors saying ...": a
    speech participle hung on the people a message went to is said by who sent it, the subject of
    the verb of speaking or writing whose object they are, or of the verb that sent the message."""
    noun = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "acl" or CUE_CLASS.get(cue_lemma(participle)) not in _SPOKEN:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    if noun.dep_ not in ("dobj", "dative", "pobj"):
        return None
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in MEDIUM_NOUNS and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # "sent a text message to supporters saying": who sent it
    elif CUE_CLASS.get(cue_lemma(verb)) not in _SPOKEN:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def noun_read_as_modified(verb: Token) -> Token | None:
    """ "..., a man yelled “Stay there!”": a speech verb in the past, right before a quote, that the
    parser hung on the noun before it as a reduced relative ("a man [who was] yelled") has that
    noun as its subject. A participle with an agent, a naming verb or no quote after it ("the words
    spoken by ...", "a PAC called “Future 45”", "a PAC called Future 45") is a true modifier."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or CUE_CLASS.get(cue_lemma(verb)) not in _SPOKEN:
        return None
    if cue_lemma(verb) in NAMING_VERBS:
        return None  # "a PAC called “Future 45”": a name given
    if any(c.dep_ in ("agent", "auxpass", *_SUBJECTS) for c in verb.children):
        return None
    following = [t for t in verb.doc[verb.i + 1 : verb.i + 3] if t.text not in (",", ":")]
    if not following or following[0].text not in _OPENING_MARKS:
        return None  # "a PAC called Future 45": a name given, no words quoted
    noun = verb.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i == verb.i - 1 else None


def publisher_of_medium(subject: Token) -> Token | None:
    """ "Trump released a video that said ...", "The Post ran a piece that noted ...": a relative
    "that" or "which" speaks for the thing it stands for, and a thing put out by someone (the
    object of a verb with a subject) speaks for who put it out. None for any other subject (a
    "who" names its person, and is resolved as such)."""
    if subject.tag_ != "WDT" or subject.head.dep_ != "relcl":
        return None
    thing = subject.head.head
    if thing.dep_ not in ("dobj", "obj") or thing.head.pos_ != "VERB":
        return None
    return next((c for c in thing.head.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)


def noun_of_participle(participle: Token) -> Token | None:
    """ "ads attacking the senator", "voters saying the race is close": the common noun a participle
    qualifies does what it says; not the medium or occasion someone else spoke through ("a
    statement calling ...", "a news conference announcing ...": who issued or held it speaks)."""
    noun = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "acl" or noun.pos_ != "NOUN":
        return None
    lemma = cue_lemma(noun)
    if lemma in MEDIUM_NOUNS or lemma in SETTING_NOUNS or lemma in CUE_NOUNS:
        return None
    return maker_of(noun) or noun


def maker_of(thing: Token) -> Token | None:
    """ "The PAC ran ads attacking the mayor", "the paper published a story detailing ...": the
    subject of the verb that put the thing out speaks through it (`PUTTING_OUT_VERBS`); None where
    no such verb has it as object ("signed papers ordering ...", "cheered voters hoping ...")."""
    verb = thing.head
    if thing.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in PUTTING_OUT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
