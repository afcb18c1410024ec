"""What a verb beside a quote is to it: a verb of saying ("said", "chanted", "as X put it"), the
setting between it and the quote ("saying at the rally last week, “...”"), a clause of when or why
("..., as the crowd cheered"), or a verb that gives the quote as the words used ("used the term
“kitchen sink”"). Pure: tokens and a quote in, facts out; ``quote_cues`` ranks the cues with them.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.quotes import Quote
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import CUE_CLASS, LEAD_IN_NOUNS, NAMING_VERBS, QUOTE_CONTINUATION_VERBS, WORDING_NOUNS

__all__ = [
    "cue_span",
    "first_at",
    "inside",
    "is_speech",
    "led_in",
    "named_quote",
    "names_the_quote",
    "puts_it",
    "setting",
    "spoken_lead_in",
    "subordinate",
    "tokens_between",
    "tokens_from",
    "when_clause",
]

SPEECH_CLASSES = {"speech", "written"}
NAMED_OBJECT_TOKENS = 3  # "them", "the phrase", "the plan": an object short enough to name
_SETTING_DEPS = {"prep", "npadvmod"}


def first_at(doc: Doc, offset: int) -> int:
    """The index of the first token that starts at or after a character offset (a binary search:
    the rules ask this for every quote and candidate verb, and a pass over the doc each time made
    the whole field's cost grow with its length squared)."""
    low, high = 0, len(doc)
    while low < high:
        middle = (low + high) // 2
        if doc[middle].idx < offset:
            low = middle + 1
        else:
            high = middle
    return low


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that start at or after ``start`` and before ``end`` (character offsets)."""
    return list(doc[first_at(doc, start) : first_at(doc, end)]) if start < end else []


def tokens_from(doc: Doc, start: int) -> Span:
    """The tokens from the first that starts at or after a character offset to the doc's end."""
    return doc[first_at(doc, start) :]


def inside(quote: Quote, token: Token) -> bool:
    """Whether a token lies within a quote, its marks included."""
    return quote.start <= token.idx < quote.end


def cue_span(verb: Token) -> CharSpan:
    """The characters of a cue verb with its particle ("went on", "fired back")."""
    last = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == last.i + 1:
            last = child
    return verb.idx, last.idx + len(last)


def is_speech(verb: Token) -> bool:
    """Whether a verb says or writes words ("said", "tweeted"), or carries a quote beside it
    ("continued", "chanted", "as X put it")."""
    lemma = cue_lemma(verb)
    return CUE_CLASS.get(lemma) in SPEECH_CLASSES or lemma in QUOTE_CONTINUATION_VERBS or puts_it(verb)


def puts_it(verb: Token) -> bool:
    """ "as the Gazette put it, “...”", "as one voter put it:": "put it" for the words chosen."""
    it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return cue_lemma(verb) == "put" and it and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def subordinate(verb: Token) -> bool:
    """A verb of an adverbial clause that a subordinator opens ("as the crowd cheered", "when
    Ruiz blasted him"): the time or cause of what is said, not its cue."""
    return verb.dep_ == "advcl" and any((c.dep_ == "mark" or c.tag_ == "WRB") and c.i < verb.i for c in verb.children)


def setting(verb: Token) -> set[int]:
    """The words of where and when a verb says something, after it ("saying at the rally last
    week, “...”", "told reporters in Ohio on Monday: “...”"): phrases with no verb of their own."""
    found: set[int] = set()
    embedded = verb.dep_ in ("ccomp", "relcl") or (subordinate(verb) and not puts_it(verb))
    if embedded or any(c.dep_ == "auxpass" for c in verb.children):
        return found  # "explaining why he is speaking at the hall, “...”", "when asked about it: “...”"
    for child in verb.children:
        if (
            child.i > verb.i
            and child.dep_ in _SETTING_DEPS
            and not any(t.pos_ in ("VERB", "AUX") for t in child.subtree)
        ):
            found.update(t.i for t in child.subtree)
    return found


def names_the_quote(verb: Token, quote: Quote) -> bool:
    """The verb gives the quote as a name or as the words used, with only its object between:
    "call them “lone wolves”", "has used the phrase “Islamic terrorism”", "used the words, “...”"."""
    between = [t for t in tokens_between(verb.doc, verb.idx + 1, quote.start) if not (t.is_punct or t.is_space)]
    if not between or len(between) > NAMED_OBJECT_TOKENS:
        return False
    head = between[-1]
    if head.dep_ == "pobj" and head.head.head.i == verb.i and head.head.i > verb.i:
        return head.lemma_.lower() in WORDING_NOUNS  # "ran on the slogan", "campaigned with the motto"
    if head.head.i != verb.i or head.dep_ not in ("dobj", "obj"):
        return False
    if cue_lemma(verb) in NAMING_VERBS:
        return True  # "call them", "dubbed the plan"
    return head.lemma_.lower() in WORDING_NOUNS  # "used the phrase", "repeated the words"


def named_quote(doc: Doc, quote: Quote) -> bool:
    """Whether a verb and a noun for words right before a quote give it as the words used ("used
    the term “kitchen sink”", "ran on the slogan “Experience Counts”"): a short quote that is
    speech, not a scare quote. (A name given, "called the plan “dangerous”", is a stance's.)"""
    last_words = (t for t in reversed(doc[: first_at(doc, quote.start)]) if not (t.is_punct or t.is_space))
    before = list(islice(last_words, NAMED_OBJECT_TOKENS + 1))[::-1]
    worded = bool(before) and before[-1].lemma_.lower() in WORDING_NOUNS
    return worded and any(t.pos_ == "VERB" and names_the_quote(t, quote) for t in before)


def spoken_lead_in(doc: Doc, cue: CharSpan) -> bool:
    """Whether a lead-in before a colon gives what follows as words said: a verb of saying ("He
    tells the crowd: “Thank you.”") or a noun for words or a message right before the colon ("had
    one message: “Stop the cuts.”"); so a short quote after it is speech, not a label."""
    words = [t for t in doc.char_span(*cue, alignment_mode="expand") or () if not (t.is_punct or t.is_space)]
    if not words:
        return False
    return is_speech(words[0]) or words[-1].lemma_.lower() in WORDING_NOUNS | LEAD_IN_NOUNS


def led_in(doc: Doc, cue: CharSpan, quote: Quote) -> bool:
    """Whether a speech verb before a quote leads into it with only its setting and a comma or
    colon between ("footage of Ruiz saying at the debate last month, “...”"): the quote is that
    verb's, whatever frame further off the parser hung it on ("The ad concludes with ...")."""
    verb = doc.char_span(*cue, alignment_mode="expand")
    if verb is None or cue[1] > quote.start or not is_speech(verb[0]):
        return False
    between = [t for t in tokens_between(doc, cue[1], quote.start) if not t.is_space]
    return (
        bool(between)
        and between[-1].text in (",", ":")
        and all(t.is_punct or t.i in setting(verb[0]) or t.head.i == verb[0].i for t in between)
    )


def when_clause(verb: Token) -> bool:
    """A verb of a clause of when, while or why ("“...,” when Ruiz blasted him for it"): the
    occasion of the quote, never its cue beside it ("as" may open a cue: "as Ruiz put it")."""
    return subordinate(verb) and not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
