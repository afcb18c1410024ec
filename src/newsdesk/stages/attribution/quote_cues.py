"""The cue and speaker of a direct quote that no reporting frame took, read off the parse around it.

Where newspapers put them, in order of trust:

    “We will appeal,” said Ana Ruiz.                    a verb in the quote's own sentence, the
    “We will appeal,” Ruiz added during the hearing.    subject before or after it ("said Obama")
    “Who will pay?” Ruiz asked the crowd.               the sentence right after the quote, when the
                                                        parser split it there ("?”", "!”")
    Ruiz went on:  / “We will appeal.”                   the sentence before, ending with a colon
    Former minister Ana Ruiz: “We will appeal.”         a bare name before a colon

A verb in the quote's sentence counts when it is a reporting verb, or when it sits right next to
the quote ("“...,” the crowd screamed back", "She went on: “...”"), whatever its lemma. Pure: a
parsed field and a quote in, a ``QuoteCue`` or None out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.frames import is_relative, speaker_of
from newsdesk.stages.attribution.misread import noun_then_verb, read_as_noun
from newsdesk.stages.attribution.phrases import noun_phrase
from newsdesk.stages.attribution.quote_verbs import (
    cue_span,
    inside,
    is_speech,
    names_the_quote,
    setting,
    spoken_lead_in,
    subordinate,
    tokens_between,
    when_clause,
)
from newsdesk.stages.attribution.quotes import Quote
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import ADDRESSEE_VERBS, MEDIUM_NOUNS

__all__ = ["QuoteCue", "quote_cue"]

_NAME_LABEL_TOKENS = 10  # "Former secretary of state Hillary Rodham Clinton:" and no longer
_BARE_CLAUSE_TOKENS = 24  # "Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd."
_OPENING_WORDS = 4  # "she said", "Senator Ana Ruiz said": where an opening cue sits
_CLAUSE_CONTENT = {"ccomp", "xcomp", "csubj"}
_SPEAKING_ENTITIES = {"PERSON", "ORG"}
_SOME_ONE = {"one", "another", "others"}  # "“...,” tweeted another"


@dataclass(frozen=True)
class QuoteCue:
    """What ties a quote to who said it: the cue's characters, the speaker's (None when the cue
    names nobody, "“...,” it was reported") and the addressee's, if any."""

    cue: CharSpan
    speaker: CharSpan | None
    addressee: CharSpan | None = None


def _after_quote(verb: Token, quote: Quote, subject: Token | None) -> bool:
    """The verb follows the quote with nothing but punctuation and its own subject between:
    "“...,” the crowd screamed back", "“...,” said Obama"."""
    doc = verb.doc
    between = tokens_between(doc, quote.end, verb.idx)
    held = {t.i for t in subject.subtree} if subject is not None and subject.i < verb.i else set()
    return bool(between or verb.idx >= quote.end) and all(
        t.is_punct or t.is_space or t.i in held or t.dep_ in ("advmod", "aux", "neg") for t in between
    )


def _before_quote(verb: Token, quote: Quote) -> bool:
    """The verb leads into the quote with a colon or a comma ("She went on: “...”", "issued a
    statement, “...”": the medium it put out may stand between), or a speech verb with nothing
    between ("chanting “U-S-A!”")."""
    doc = verb.doc
    between = tokens_between(doc, verb.idx + 1, quote.start)
    if not between and is_speech(verb):
        return True
    medium = {t.i for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MEDIUM_NOUNS for t in c.subtree}
    held = medium | setting(verb)
    return (
        bool(between)
        and between[-1].text in (":", ",")
        and all(
            t.is_punct or t.is_space or t.dep_ in ("prt", "advmod", "npadvmod") or t.head.i == verb.i or t.i in held
            for t in between
        )
    )


def _inverted_subject(verb: Token, quote: Quote) -> Token | None:
    """ "“...,” said former executive Carly Fiorina": the noun right after the verb, however the
    parser labelled it (a name it took for an adverb, "said Skelly"; "tweeted another"), when the
    verb has no subject of its own outside the quote. Never after a participle ("“...,”
    referencing the polls": the polls are spoken of)."""
    for token in verb.doc[verb.i + 1 : verb.i + 4]:
        misread = token.is_title and token.is_alpha and token.pos_ in ("ADV", "ADJ", "X")  # "said Skelly"
        named = token.pos_ in ("PROPN", "NOUN") or misread or token.lower_ in _SOME_ONE
        if named and not inside(quote, token):
            head = token
            while head.head.i != head.i and head.head.i > verb.i and head.head.pos_ in ("PROPN", "NOUN"):
                head = head.head
            return head
        if token.is_punct or token.pos_ == "VERB":
            return None
    return None


def _subject_between(verb: Token, quote: Quote) -> Token | None:
    """ "“... the ideas he's talking about,” Briggs said" where the parser took a noun inside the
    quote for the subject: the noun phrase between the quote and the verb."""
    between = [t for t in tokens_between(verb.doc, quote.end, verb.idx) if t.pos_ in ("PROPN", "NOUN", "PRON")]
    heads = [t for t in between if not (t.head.idx >= quote.end and t.head.i < verb.i and t.head.i != t.i)]
    return heads[-1] if heads else None


def _speaker(verb: Token, quote: Quote, quoted: Sequence[Quote]) -> Token | None:
    """Who a cue next to a quote has speaking; an "it" counts here ("“...,” it read": a letter, a
    statement), unlike in a frame, where "it is said" names nobody. Quoted words never speak
    ("... said on Fox News’s “Fox and Friends.”": the parser may take them for the subject)."""
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        return None
    found = speaker_of(verb) or next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "it"), None)
    found = found or _misread_subject(verb)
    if found is not None and found.idx < quote.start <= quote.end <= verb.idx:
        found = _subject_between(verb, quote) or found  # "His verdict: “...,” he said": "he" speaks
    if found is not None and not any(inside(q, found) for q in (quote, *quoted)):
        return found
    between = _subject_between(verb, quote) if verb.idx >= quote.end else None
    lost = (_unparsed_subject(verb) if found is None else _clause_subject(verb)) if between is None else None
    if lost is not None and not any(inside(q, lost) for q in (quote, *quoted)):
        return lost
    if verb.idx < quote.end:
        return None
    return between if between is not None or verb.tag_ == "VBG" else _inverted_subject(verb, quote)


def _clause_subject(participle: Token) -> Token | None:
    """ "Weaver seemed unimpressed, telling reporters, “A lot of people said ...”": where the parse
    gave a participle the subject of a verb inside the quote (it made the quote's "said" the root),
    the participle's doer is the subject of the clause it hangs on."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp"):
        return None
    return speaker_of(participle.head)


def _unparsed_subject(verb: Token) -> Token | None:
    """The name right before a finite speech verb the parser left with no subject ("..., Jake
    Sullivan, said: “...”", "Rep. Paul Ryan (R-WI) said “...”", "“...,”Clinton said"): it hung
    the name elsewhere (an apposition, a modifier), but a name that a speech verb follows is who
    speaks. A comma or a parenthesis may stand between."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not is_speech(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    at = verb.i - 1
    while at >= 0 and verb.doc[at].text in (",", ")", "”", '"'):
        if verb.doc[at].text == ")":
            while at > 0 and verb.doc[at].text != "(":
                at -= 1
        at -= 1
    name = verb.doc[at] if at >= 0 else None
    if name is not None and name.pos_ != "PROPN":
        return _apposed_speaker(name)
    if name is None or name.ent_type_ not in _SPEAKING_ENTITIES:
        return None  # "..., Baghdad, said", "on Wednesday said": a place or a day speaks not
    return name


def _apposed_speaker(last: Token) -> Token | None:
    """ "With the mayor's team, a city official who spoke anonymously said, “...”": the parser made
    the speaker an apposition of an earlier noun, its relative clause ending right before the verb.
    The apposition whose words end there speaks, not a noun inside its clause."""
    node = last
    while node.right_edge.i == last.i:
        if node.dep_ == "appos" and node.pos_ in ("NOUN", "PROPN"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _misread_subject(verb: Token) -> Token | None:
    """The subject the parser gave the verb before a finite cue it took for an adverbial clause
    ("Protesters marching through the streets chanted “...”": "marching" as the root, "chanted"
    hung on it with no subject): a finite verb with no subject and no subordinator ("when", "as")
    under a participle that the parser made the sentence's root is the sentence's real verb, so the
    participle's subject is the cue's."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") and c.i < verb.i for c in verb.children):
        return None
    participle_root = verb.head.tag_ == "VBG" and verb.head.dep_ == "ROOT"  # "Protesters marching ..."
    return speaker_of(verb.head) if participle_root else None


def _addressee(verb: Token, quote: Quote) -> CharSpan | None:
    if cue_lemma(verb) not in ADDRESSEE_VERBS:
        return None
    told = next(
        (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i and not inside(quote, c)), None
    )
    return noun_phrase(told) if told is not None else None


@dataclass(frozen=True)
class _Ranked:
    rank: int  # lower is better
    found: QuoteCue
    verb: Token
    nameless: bool  # a speech verb beside the quote whose speaker the parse does not give


def _candidate(verb: Token, quote: Quote, adjacent_only: bool, quoted: Sequence[Quote]) -> _Ranked | None:
    """A verb of the quote's sentence as its cue, with a rank, or None."""
    if inside(quote, verb) or verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "aux":
        return None
    speaker = _speaker(verb, quote, quoted)
    subject = speaker if speaker is not None and speaker.i < verb.i else None
    named = verb.idx < quote.start and names_the_quote(verb, quote)
    relative = subject is not None and subject.tag_ in ("WP", "WDT")  # "“... Mr. Simon,” who proceeded"
    adjacent = (
        named
        or (verb.idx >= quote.end and not relative and not when_clause(verb) and _after_quote(verb, quote, subject))
        or (verb.idx < quote.start and _before_quote(verb, quote))
    )
    if not (adjacent or is_speech(verb)) or (adjacent_only and not (adjacent and (named or is_speech(verb)))):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    nameless = speaker is None and not passive and adjacent and is_speech(verb)
    if speaker is None and not passive and not nameless:
        return None  # an adjacent word with nobody doing it is no cue ("“...,” amid cheers")
    distance = verb.idx - quote.end if verb.idx >= quote.end else quote.start - verb.idx
    # a verb far from the quote inside another's clause ("wrote ..., explaining why he is speaking, “...”")
    # or in a clause of when or why ("saying at the rally, “...,” as the crowd cheered")
    embedded = not adjacent and (verb.dep_ in ("ccomp", "relcl", "acl", "pcomp") or subordinate(verb))
    rank = (0 if adjacent else 1) * 10_000 + (5_000 if embedded else 0) + distance
    spoken = noun_phrase(speaker) if speaker is not None else None
    return _Ranked(rank, QuoteCue(cue_span(verb), spoken, _addressee(verb, quote)), verb, nameless)


def _own_sentences(doc: Doc, quote: Quote) -> list[Span]:
    return [s for s in doc.sents if s.start_char < quote.end and quote.start < s.end_char]


def _in_sentences(sentences: list[Span], quote: Quote, adjacent_only: bool, quoted: Sequence[Quote]) -> QuoteCue | None:
    """The best-ranked cue of the quote's sentences. A speech verb beside the quote whose speaker
    the parse lost ("..., asserting, “...”" hung on a verb inside the quote) keeps its cue and
    takes the speaker of the sentence's next cue, unless that one speaks in a relative or
    adverbial clause ("when my mother mentioned ..., I laughed and said"): then it names nobody."""
    ranked = sorted(
        (found for s in sentences for verb in s if (found := _candidate(verb, quote, adjacent_only, quoted))),
        key=lambda r: r.rank,
    )
    if not ranked or not ranked[0].nameless:
        return ranked[0].found if ranked else None
    best = ranked[0].found
    other = next((r for r in ranked[1:] if r.found.speaker is not None), None)
    if other is None or is_relative(other.verb) or other.verb.dep_ == "advcl":
        return best
    return QuoteCue(best.cue, other.found.speaker, best.addressee)


def _sentence_after(doc: Doc, text: str, quote: Quote) -> Span | None:
    """The sentence that starts right after the quote in the same paragraph, if any."""
    gap_end = quote.end
    while gap_end < len(text) and text[gap_end] in " \t\u00a0":
        gap_end += 1
    if gap_end >= len(text) or text[gap_end] == "\n":
        return None
    return next((s for s in doc.sents if s.start_char <= gap_end < s.end_char and s.start_char >= quote.end - 1), None)


def _bare_clause(sentence: Span, quote: Quote) -> QuoteCue | None:
    """A sentence that opens by saying who spoke: "Trump said on Twitter.", "she said, but Kevin
    was drifting off" (a reporting verb near its start, with a subject and no clause of its own)."""
    words = [t for t in sentence if not t.is_space]
    root = _opening_cue(sentence, words)
    if root is None:
        return None
    told = cue_lemma(root) in ADDRESSEE_VERBS
    if any(c.dep_ in _CLAUSE_CONTENT or (c.dep_ == "dobj" and c.pos_ != "PRON" and not told) for c in root.children):
        return None  # "Trump then said that ...": a report of its own
    speaker = speaker_of(root)
    if speaker is None or speaker.i > root.i + 3:
        return None
    return QuoteCue(cue_span(root), noun_phrase(speaker), _addressee(root, quote))


def _misread(found: tuple[CharSpan, CharSpan] | None) -> QuoteCue | None:
    return QuoteCue(*found) if found is not None else None


def _opening_cue(sentence: Span, words: list[Token]) -> Token | None:
    """The reporting verb a sentence opens with: its root near its start, or else a speech verb
    among its first words ("she said, but Kevin was drifting off again, and ... Melanie said yes":
    the parser made a later clause the root and hung "said" on it)."""
    root = sentence.root
    if words and root.i - words[0].i <= _BARE_CLAUSE_TOKENS and is_speech(root):
        return root
    return next((t for t in words[:_OPENING_WORDS] if t.pos_ == "VERB" and is_speech(t)), None)


def _named_after(verb: Token, colon: Token) -> Token | None:
    """The name between a verb and a colon: "Said Ellis:"."""
    names = [t for t in verb.doc[verb.i + 1 : colon.i] if t.pos_ == "PROPN"]
    return names[-1] if names else None


def _colon_before(doc: Doc, text: str, quote: Quote) -> QuoteCue | None:
    """ "She went on:" or "Former minister Ana Ruiz:" right before the quote, in its paragraph or
    ending the one before."""
    before = text[: quote.start].rstrip(" \t\n\u00a0")
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sentence = colon[0].sent
    words = [t for t in sentence if not t.is_space and t.i < colon[0].i]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "amod")]  # not "the following"
    if verbs:
        # the reporting verb, not a later one inside its clause ("As Ruiz reported after the
        # council had voted:"); else the last verb ("She went on:", "The email read:")
        verb = max([v for v in verbs if is_speech(v)] or verbs, key=lambda v: v.i)
        speaker = speaker_of(verb) or _named_after(verb, colon[0])  # "Said Ellis: “...”"
        if speaker is None:
            return None
        return QuoteCue((verb.idx, colon[0].idx + 1), noun_phrase(speaker))
    names = [t for t in words if t.pos_ == "PROPN"]
    if not names or len(words) > _NAME_LABEL_TOKENS:
        return None
    return QuoteCue((colon[0].idx, colon[0].idx + 1), (words[0].idx, words[-1].idx + len(words[-1])))


def _sentence_doer(sentences: list[Span], quote: Quote, quoted: Sequence[Quote]) -> QuoteCue | None:
    """A quote inside a sentence with no reporting verb near it ("Trump groused to a crowd that
    CNN “doesn’t treat me properly”", "The report found “no evidence of a stand-down order”"):
    the words are those of whoever does the sentence's main verb, outside the quote."""
    for sentence in sentences:
        root = sentence.root
        if inside(quote, root) or root.pos_ not in ("VERB", "AUX") or root.idx > quote.start:
            continue
        speaker = speaker_of(root)
        if speaker is not None and speaker.i < root.i and not any(inside(q, speaker) for q in (quote, *quoted)):
            return QuoteCue(cue_span(root), noun_phrase(speaker))
    return None


def quote_cue(
    doc: Doc, text: str, quote: Quote, adjacent_only: bool = False, quoted: Sequence[Quote] = ()
) -> QuoteCue | None:
    """The cue and speaker of a quote in a parsed text (``text`` is the doc's): in its own
    sentence, else the short sentence right after it, else a colon right before it, else a short
    sentence right before it that reports nothing of its own ("Ruiz agreed. “...”"); None when the
    text names nobody near it. ``adjacent_only`` (for a short quote, which may be a scare quote)
    takes only a reporting verb right beside the quote, or a lead-in before a colon that says words
    ("had one message: “...”"); ``quoted`` are the text's other quotes,
    whose words are never the speaker."""
    found = _in_sentences(_own_sentences(doc, quote), quote, adjacent_only, quoted) or _misread(
        read_as_noun(doc, quote)
    )
    if found is not None:
        return found
    after = _sentence_after(doc, text, quote)
    if after is not None and (found := _bare_clause(after, quote) or _misread(noun_then_verb(after))) is not None:
        return found
    if adjacent_only:
        led = _colon_before(doc, text, quote)
        return led if led is not None and spoken_lead_in(doc, led.cue) else None
    found = _colon_before(doc, text, quote)
    before = _sentence_before(doc, text, quote) if found is None else None
    if before is not None and not any(q.start < before.end_char and before.start_char < q.end for q in quoted):
        found = _bare_clause(before, quote)
    return found or _sentence_doer(_own_sentences(doc, quote), quote, quoted)


def _sentence_before(doc: Doc, text: str, quote: Quote) -> Span | None:
    """The sentence that ends with a full stop right before the quote in its paragraph ("Ruiz
    said in a statement. “We will appeal.”"), if any. (One that holds a quote of its own is the
    statement this quote goes on with, not its lead-in.)"""
    before = text[: quote.start].rstrip(" \t\u00a0")
    if not before.endswith(".") or len(before) < 2:
        return None
    return next((s for s in doc.sents if s.start_char < len(before) <= s.end_char and s.end_char <= quote.start), None)
