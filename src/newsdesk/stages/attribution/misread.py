"""Cues the parser misread after a quote: a reporting verb it took for a noun ("“...,” the editorial
read.", "“...,” the two write.") or for a modifier of the noun before it ("“...?” the city's critic,
Ana Ruiz, tweeted Sunday": "the critic [who was] tweeted"). Pure: a parse and a quote in, the cue's
and the speaker's characters out, or None.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.phrases import noun_phrase
from newsdesk.stages.attribution.quote_verbs import SPEECH_CLASSES, cue_span, tokens_from
from newsdesk.stages.attribution.quotes import Quote
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import CUE_CLASS, MEDIUM_NOUNS, NOUN_LIKE_CUES, READING_NOUNS

__all__ = ["noun_then_verb", "read_as_noun"]

_OWN_ARGUMENTS = ("agent", "auxpass", "nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "csubj")
_READ_TOKENS = 10  # "“...,” a voice-over in the campaign ad states." and no longer


def read_as_noun(doc: Doc, quote: Quote) -> tuple[CharSpan, CharSpan] | None:
    """ "“...,” the editorial read.", "“...,” the two write.": after a quote, a noun phrase and a
    reporting verb the parser took for a noun ("the editorial read", like "a good read"; "the two
    write") closing the sentence. "read" needs a writing before it (`READING_NOUNS`); the others a
    common noun or a number ("a voice-over in the ad states", not "the United States")."""
    after = list(islice((t for t in tokens_from(doc, quote.end) if not t.is_space), _READ_TOKENS))
    words = [t for t in after if not t.is_punct]
    found = next((n for n, t in enumerate(words) if t.lower_ in NOUN_LIKE_CUES), None)
    if found is None or found == 0 or words[found].pos_ not in ("NOUN", "PROPN"):
        return None
    verb, subject = words[found], words[:found]
    closing = after[after.index(verb) + 1 :]
    last = subject[-1]
    if verb.lower_ in ("read", "reads"):
        named = last.lower_ in READING_NOUNS or last.lemma_.lower() in MEDIUM_NOUNS
    else:
        named = last.pos_ in ("NOUN", "NUM")
    if subject[0].pos_ != "DET" or not named or not (closing and closing[0].text in (".", "!", "?")):
        return None  # "“...,” a good read.": no writing named
    return (verb.idx, verb.idx + len(verb)), (subject[0].idx, last.idx + len(last))


def noun_then_verb(sentence: Span) -> tuple[CharSpan, CharSpan] | None:
    """ "“...?” the council's critic, Ana Ruiz, tweeted on Sunday.": a sentence after a quote that
    opens with a noun and a speech verb the parser took for a modifier of it ("the critic [who
    was] tweeted"), with no agent or subject of its own: the noun spoke."""
    root = sentence.root
    words = [t for t in sentence if not t.is_space]
    if not words or not _nominal(root) or root.left_edge.i != words[0].i:
        return None
    for verb in root.children:
        if (
            verb.dep_ != "acl"
            or verb.tag_ not in ("VBD", "VBN")
            or CUE_CLASS.get(cue_lemma(verb)) not in SPEECH_CLASSES
        ):
            continue
        if any(c.dep_ in _OWN_ARGUMENTS for c in verb.children):
            return None  # "the question asked by the reporter", "the man told to leave"
        return cue_span(verb), noun_phrase(root)
    return None


def _nominal(word: Token) -> bool:
    """A noun, or an adjective standing for one after its article ("the 43-year-old", "the
    eldest")."""
    return word.pos_ in ("NOUN", "PROPN") or (word.pos_ == "ADJ" and any(c.dep_ == "det" for c in word.children))
