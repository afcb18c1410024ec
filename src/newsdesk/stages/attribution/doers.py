"""Who does a reporting verb where the parse offers the wrong one:

    The defeat led her to concede the race.             her, not "the defeat" (a verb of causing)
    She urged the council to vote.                      not here: the verb's own subject asks
    The mill's closure ends an era, said Ana Ruiz.      Ana Ruiz, the subject after the verb
    That said, the vote is close.                       nobody: "that said" only links sentences
    In a Gazette poll, 60 percent said ...              the poll, whose finding a share gives
    Alarmed by the vote, Ana Ruiz, the mayor, said ...  Ana Ruiz, though the parser hung her elsewhere

Pure: a verb in, the head of its doer or None out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import CUE_CLASS, IMPERSONAL_SUBJECTS
from newsdesk.vocab.doers import CAUSATIVE_VERBS, SHARE_WORDS
from newsdesk.vocab.polls import POLL_NOUNS

__all__ = ["caused_doer", "inverted_subject", "is_connective", "names_no_one", "poll_of", "stranded_subject"]

# Verbs an "it" says with as a thing named before: "it says the bridge is unsafe" (a report).
_SAID_BY_THINGS = {"say", "claim", "report", "state"}

# Objects that are no one: "it" in "led it to say" stands for a thing; a relative or a question
# word points elsewhere and is resolved as a subject would be.
_NO_ONE = {"it", "this", "that", "which", "what"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
_ASIDE_MARKS = {",", "-", "--", "\u2013", "\u2014"}
_NAMING_TAGS = {"NNP", "NNPS", "NN", "NNS"}
# the words of a noun phrase before its head: "the town's 61-year-old mayor", "about two-thirds"
_PHRASE_TAGS = _NAMING_TAGS | {"JJ", "DT", "PRP$", "POS", "CD", "HYPH", "RB"}


def caused_doer(verb: Token) -> Token | None:
    """The object of a verb of causing that governs ``verb`` as its infinitive ("led her [to
    concede]"), where ``verb`` has no subject of its own; else None."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    cause = verb.head
    if cause.lemma_.lower() not in CAUSATIVE_VERBS:
        return None
    caused = next((c for c in cause.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if caused is None or caused.lower_ in _NO_ONE:
        return None
    return caused


def inverted_subject(verb: Token) -> Token | None:
    """ "The closure ends an era, said Ana Ruiz, a historian": a verb of saying right after a comma
    with a subject right after it speaks through that subject, though the parser gave it the
    subject of the clause before the comma as well. None where no subject follows it at once."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.i + 1 >= len(verb.doc):
        return None
    if CUE_CLASS.get(cue_lemma(verb)) not in ("speech", "written"):
        return None
    after = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if after is None or after.left_edge.i != verb.i + 1 or after.tag_ in ("WP", "WDT", "PRP"):
        return None
    # the name closes the clause ("..., said Ana Ruiz." or ", said Ana Ruiz, who ..."); one that goes on
    # into a verb is the subject of what was said ("Ruiz, whose ..., said fares -- ... -- rise")
    end = after.right_edge.i + 1
    return after if end >= after.sent.end or verb.doc[end].text in (",", ".", ";") else None


def is_connective(verb: Token) -> bool:
    """ "That said, the vote is close", "That being said, ...": a sentence that opens with "that"
    and a verb of saying before a comma links it to the one before; nobody says anything."""
    start = verb.sent.start
    first = verb.doc[start]
    if first.lower_ != "that" or verb.i > start + 2 or CUE_CLASS.get(cue_lemma(verb)) != "speech":
        return False
    return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ","


def poll_of(subject: Token, verb: Token) -> Token | None:
    """ "In a Gazette poll, 60 percent of voters said ...", "60 percent said they backed her in a
    Gazette poll": the poll a share of its respondents speaks for, where "in" hangs it on the verb,
    on a verb above it, or on a verb of what it reports; not on a clause of its own ("..., after half
    said so in the last poll") nor inside the share ("60 percent of voters in a poll")."""
    if not (subject.like_num or subject.lower_ in SHARE_WORDS):
        return None
    share = {t.i for t in subject.subtree}
    for token in subject.sent:
        if token.lemma_.lower() in POLL_NOUNS and token.dep_ == "pobj" and token.i not in share:
            holder = token.head.head if token.head.lower_ == "in" else None
            if holder is not None and _along_the_report(holder, verb, token):
                return token
    return None


def _along_the_report(holder: Token, verb: Token, poll: Token) -> bool:
    """Whether ``holder`` is the verb, a verb above it that the poll does not follow ("Six in 10 say
    ..., though a third said so in last spring's survey": a later clause's poll), or a verb of its report."""
    if holder.i == verb.i:
        return True
    if holder in verb.ancestors:
        return holder.i < verb.i or poll.i < verb.i
    node = holder
    while node.i != verb.i and node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
    return node.i == verb.i


def names_no_one(subject: Token, verb: Token, how: str) -> bool:
    """Whether an impersonal subject ("it", `IMPERSONAL_SUBJECTS`) names no one for this verb. It
    names a thing said before where it says ("it says the bridge is unsafe") or, as the verb's
    own subject, takes a side on an object ("It endorsed the mayor": ``how`` is "stance" or
    "object-frame"); not an "it" of an adjective ("It is hard to say ...", "It is easy to
    criticize the plan") nor of any other verb."""
    if subject.lower_ not in IMPERSONAL_SUBJECTS:
        return False
    of_adjective = verb.head.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in subject.head.children)
    said = cue_lemma(verb) in _SAID_BY_THINGS and not of_adjective
    sided = how in ("stance", "object-frame") and subject.head.i == verb.i
    return not (said or sided)


def stranded_subject(verb: Token) -> Token | None:
    """ "Alarmed by the vote, Ana Ruiz, the mayor, said ...", "Texas, leading a group of states,
    asked ...": the noun right before a finite main verb of saying that has no subject, past an
    aside between commas or dashes, where the parser hung that noun on the phrase before it. None
    where the verb has a subject, or no noun closes the words before it."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(t.is_quote for t in verb.doc[verb.sent.start : verb.i]):
        return None  # a quote before the verb: the quote's own cue and speaker are read elsewhere
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    doc, start = verb.doc, verb.sent.start
    before = verb.i - 1
    while before > start and doc[before].pos_ == "ADV":
        before -= 1  # "Ruiz also said"
    at = _before_aside(doc, before, start) if _aside_mark(doc[before]) else before
    if at is None or at < start or doc[at].tag_ not in _NAMING_TAGS:
        return None
    if doc[at].ent_type_ in ("DATE", "TIME"):
        return None  # "On Sunday night, said ...": a time is no one
    first = at
    while first > start and doc[first - 1].tag_ in _PHRASE_TAGS:
        first -= 1
    # the name opens the sentence or follows a comma or dash ("Alarmed by it, [Ruiz] ..."), not a
    # word inside a phrase before it ("a student in [Ohio] asked")
    return doc[at] if first == start or _aside_mark(doc[first - 1]) else None


def _before_aside(doc: Doc, close: int, start: int) -> int | None:
    """The token before the mark that opens the aside closed at ``close`` (", the mayor,"), or None
    where no such mark opens it within the sentence."""
    mark = doc[close].text
    for at in range(close - 1, start, -1):
        if doc[at].text == mark and _aside_mark(doc[at]):
            return at - 1
        if _aside_mark(doc[at]) or doc[at].is_quote:
            return None
    return None


def _aside_mark(token: Token) -> bool:
    """A comma or a dash that sets words off, not the hyphen inside a word ("61-year-old")."""
    return token.text in _ASIDE_MARKS and token.tag_ != "HYPH"
