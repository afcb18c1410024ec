"""Reports in a headline written in title case: "Senator Says Budget Deal Is Dead", "Mayor
Calls On Council To Resign", "Governor Endorses Rival For Senate".

A parser trained on running prose reads every capitalised word of such a line as part of a name,
so the cue verb ("Says", "Endorses") comes out a proper noun and no verb frame finds it. The line
is told by its case (nearly every longer word capitalised) and the cue by its form: a reporting
verb's third person or past ("Says", "Called"), not read as a verb, right after the words that
name who speaks. The content runs from after the cue (and its particle: "Calls [On]") to a dash
or the end of the line ("... To Resign – Here's Why" ends at the dash). A cue the parser did read
as a verb, with what it reports, is left to the verb frames. Pure: a parsed sentence in, its headline reports out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsdesk.stages.attribution.nominal import NounReport
from newsdesk.stages.attribution.reported import reported_content
from newsdesk.vocab.cues import CUE_CLASS, HEADLINE_VERB_PASTS, PHRASAL_CUES

__all__ = ["headline_reports", "headline_verb"]

_TITLED_SHARE = 0.8  # of the words longer than three letters, how many open with a capital
_MIN_TITLED_WORDS = 3
_LINE_ENDS = {"–", "—", "--", "|", ";"}
_NOT_A_SPEAKER = {"ADP", "AUX", "SCONJ", "CCONJ", "PRON"}  # "After X Endorsed ...": no name before


def _title_case(sentence: Span) -> bool:
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= _MIN_TITLED_WORDS and sum(t.text[0].isupper() for t in words) >= _TITLED_SHARE * len(words)


def headline_verb(word: str) -> str | None:
    """The cue lemma a headline word is a form of ("Says" -> "say", "Endorsed" -> "endorse"), or
    None: only a third person present or a past, the forms headlines report in."""
    low = word.lower()
    if low in HEADLINE_VERB_PASTS:
        return HEADLINE_VERB_PASTS[low]
    stems = []
    if low.endswith("ies"):
        stems = [low[:-3] + "y"]  # "Denies"
    elif low.endswith("es"):
        stems = [low[:-1], low[:-2]]  # "Praises", "Pushes"
    elif low.endswith("s") and not low.endswith("ss"):
        stems = [low[:-1]]  # "Says", not "Voters" (no "-es" to undo)
    elif low.endswith("ed"):
        stems = [low[:-1], low[:-2]]  # "Announced", "Called"
    return next((s for s in stems if s in CUE_CLASS), None)


def _speaker(sentence: Span, cue: Token) -> list[Token]:
    """The capitalised words right before the cue, after a kicker ("Wow: ..."): who speaks."""
    words: list[Token] = []
    for token in reversed(sentence.doc[sentence.start : cue.i]):
        if token.text in (":", "|") or token.text in _LINE_ENDS:
            break
        words.insert(0, token)
    if words and words[-1].lower_ == "just":
        words.pop()  # "Sharpton Just Said ...": when, not who
    names = [t for t in words if t.is_alpha]
    if not names or any(t.pos_ in _NOT_A_SPEAKER for t in words) or not all(t.text[0].isupper() for t in names):
        return []
    return words


def _content(sentence: Span, start: int) -> list[Token]:
    content = []
    for token in sentence.doc[start : sentence.end]:
        if token.text in _LINE_ENDS:
            break
        content.append(token)
    while content and (content[-1].is_punct or content[-1].is_space):
        content.pop()
    return content


def headline_reports(sentence: Span) -> Iterator[NounReport]:
    """The report of a title-case headline whose cue verb the parser did not read as a verb."""
    if not _title_case(sentence):
        return
    for cue in sentence:
        lemma = headline_verb(cue.text)
        if lemma is None or not cue.text[0].isupper():
            continue
        if cue.pos_ in ("VERB", "AUX") and reported_content(cue) is not None:
            return  # the parser read the verb and what it reports: the verb frames have it
        speaker = _speaker(sentence, cue)
        if not speaker:
            continue
        cue_words = [cue]
        after = cue.i + 1
        if after < sentence.end and sentence.doc[after].lower_ in PHRASAL_CUES.get(lemma, ()):
            cue_words.append(sentence.doc[after])  # "Calls On", "Calls For"
            after += 1
        content = _content(sentence, after)
        if content:
            yield NounReport(cue_words, content, speaker[-1])
        return
