"""Reporting frames on a dependency parse: a cue verb, who it has as speaker, what it reports, and to whom.

"X said (that) ...", "X has insisted that ...", "X accused Y of ...", "X complained about Y to Z",
"X told ITV ...", "according to X, ..."; the passive hearsay "were said to have", "is understood
to" (no source: unsourced); the passive question "was asked if ..." (the subject is the addressee).
Offsets are characters into the parsed text. Works on any spaCy ``Doc`` with a dependency parse.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsdesk.model import AttributionKind
from newsdesk.model import Span as CharSpan
from newsdesk.stages.attribution.addressees import addressee_of
from newsdesk.stages.attribution.as_clauses import as_clause_report, known_as, seen_as
from newsdesk.stages.attribution.asides import after_semicolon, reported_side, without_lead_in, without_trailing_aside
from newsdesk.stages.attribution.beliefs import belief_content, known_for, publisher_voice, shared_subject
from newsdesk.stages.attribution.carriers import carried_reports, holder_before_cue
from newsdesk.stages.attribution.doers import (
    caused_doer,
    inverted_subject,
    is_connective,
    names_no_one,
    poll_of,
    stranded_subject,
)
from newsdesk.stages.attribution.passives import passive_report, unnamed_judgement
from newsdesk.stages.attribution.phrases import noun_phrase
from newsdesk.stages.attribution.reported import cue_lemma, on_a_topic, reported_content
from newsdesk.stages.attribution.subjectless import (
    can_be_subject,
    doer_before_comma,
    doer_of_clause_before,
    noun_of_participle,
    noun_read_as_modified,
    publisher_of_medium,
    sender_of_addressed,
)
from newsdesk.vocab.cues import (
    ADDRESSEE_PREPOSITIONS,
    CUE_CLASS,
    HEARSAY_LEMMAS,
    HEDGE_COMPLEMENTS,
    IMPERSONAL_SUBJECTS,
    PUBLISHER_VOICE_SUBJECTS,
)

__all__ = ["Frame", "find_frames", "is_relative", "speaker_of"]

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_QUESTION_LEMMAS = {"ask", "question", "press", "quiz"}
_OPENING_MARKS = {"“", '"', "‘"}
_DASHES = {"--", "—", "―", "–", "-"}


@dataclass(frozen=True)
class Frame:
    kind: AttributionKind  # "indirect" or "unsourced"; direct quotes are told apart later by their quote marks
    cue: CharSpan
    content: CharSpan
    speaker: CharSpan | None
    addressee: CharSpan | None
    cue_class: str
    cue_token: int  # token index of the cue verb, to tie quotes to the frame that reports them
    sentence: CharSpan

    def speaker_in(self, doc: Doc) -> Span | None:
        """The speaker's tokens in the doc the frame was found in; None when it has none."""
        if self.speaker is None:
            return None
        span: Span | None = doc.char_span(*self.speaker, alignment_mode="expand")
        return span if span is not None and len(span) else None


def _span(tokens: list[Token]) -> CharSpan:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it shares it with ("stood up and said"). A
    dash or other mark the parser took for a subject is none ("... made public ― Trump boasted").
    Of two subjects the parser gave one verb, the nearer speaks ("His verdict: “...,” he said")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and can_be_subject(c)]
    if subjects:
        before = [c for c in subjects if c.i < verb.i]
        return inverted_subject(verb) or (before[-1] if before else subjects[0])
    if verb.dep_ in ("conj", "xcomp", "acomp") and verb.head.i != verb.i:  # "was quick to say": who was quick
        return _subject(verb.head)
    return None


def _doer(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb a participle or a clause of purpose hangs on: "...,
    Trump said, lambasting the plan", "She followed that by saying ...", "flew to Iowa to say ..."."""
    if (reporter := _reporter_of_clause(verb)) is not None:
        return reporter
    subject = caused_doer(verb) or _subject(verb)  # "the defeat led her to concede": her
    if subject is None and verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        return _doer(verb.head)  # "..., holding signs and chanting “...”": who holds them chants
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        subject = _named_just_before(verb) or subject  # "uses footage of Clinton asking": not the ad
    if subject is None and verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
        return verb.head  # "footage of Hillary Clinton asking ...": the noun the participle qualifies
    if subject is None and verb.tag_ == "VBG" and (named := _named_just_before(verb)) is not None:
        return named  # the same, where the parser hung the participle on the verb
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if (
        subject is None
        and (verb.tag_ == "VBG" or purpose)
        and verb.dep_ in ("advcl", "acl", "xcomp")
        and verb.head.i != verb.i
    ):
        if is_relative(verb.head):  # "an aide who said ..., saying": the parse hung it on the wrong clause
            if verb.head.dep_ == "ccomp":
                return _doer(verb.head.head)
            return _subject_around(verb.head) if _opens_quote(verb) else None
        subject = doer_of_clause_before(verb) or _subject(verb.head)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        subject = _subject(verb.head.head)
    if subject is None and verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        subject = _doer(verb.head)  # "walking past the line and answering questions": the walker's
    found = subject or sender_of_addressed(verb) or doer_before_comma(verb) or noun_read_as_modified(verb)
    return found or noun_of_participle(verb) or stranded_subject(verb)


def _reporter_of_clause(verb: Token) -> Token | None:
    """The speaker of a report whose clause the parser gave a quote's speech verb: in "Ruiz said
    the hall was late and added, “...”" and "Ruiz said the hall was late, saying, “...”" the
    parser hangs "added"/"saying" on "was late", whose subject is what Ruiz spoke of; the verb
    that opens a quote goes on with Ruiz's statement. Only a speech verb with no subject of its own
    that leads straight into a quote mark, or a participle or coordinated speech verb, which goes on
    with the sentence's report whether a quote follows or not ("Ruiz said the county would repair
    it, adding that ...", "... said it remained open to talks and urged ..."); and only where its
    chain of clauses ends as the content of another speech verb."""
    if verb.dep_ not in ("conj", "advcl") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if verb.dep_ == "advcl" and verb.tag_ != "VBG":
        return None
    if CUE_CLASS.get(cue_lemma(verb)) != "speech":
        return None
    clause = verb.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    outer = clause.head
    if clause.dep_ != "ccomp" or outer.i == clause.i or CUE_CLASS.get(cue_lemma(outer)) not in ("speech", "written"):
        return None
    repeated = verb.dep_ == "conj" and cue_lemma(verb) == cue_lemma(outer)  # "He said ... and said ..."
    return _subject(outer) if repeated or _opens_quote(verb) or verb.dep_ in ("advcl", "conj") else None


def _subject_around(relative: Token) -> Token | None:
    """The subject of the clause that holds a relative clause: "The mayor was angry with a builder
    who said he was owed money, saying, “...”" -> "The mayor". A participle that opens a quote
    after a relative clause goes on with the sentence, not with the relative clause, whose "who"
    is the one spoken of."""
    for clause in relative.head.ancestors:
        if clause.pos_ in ("VERB", "AUX") and not is_relative(clause) and (subject := _subject(clause)) is not None:
            return subject
    return None


def _opens_quote(verb: Token) -> bool:
    """The verb is followed by a quote mark, with at most a comma or colon between: "added, “"."""
    following = [t for t in verb.doc[verb.i + 1 : verb.i + 3] if not t.is_space]
    if following and following[0].text in (",", ":"):
        following = following[1:]
    return bool(following) and following[0].text in _OPENING_MARKS


def _named_just_before(verb: Token) -> Token | None:
    """The name right before a participle when it is an object ("footage of Clinton asking",
    "showed Trump saying"): it, not the sentence's subject, does what the participle says. Not
    one written to ("a letter to Zucker asking ..."): that one is addressed."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or before.dep_ not in ("pobj", "dobj") or before.head.i == verb.i:
        return None
    return None if before.dep_ == "pobj" and before.head.lower_ in ADDRESSEE_PREPOSITIONS else before


def is_relative(verb: Token) -> bool:
    """A verb of a relative clause ("who said ...", "where the team played ..."; a "when" clause
    is the sentence's own time, "when asked, saying ...")."""
    return verb.dep_ == "relcl" or any(
        (c.tag_ in ("WP", "WDT") or c.lower_ == "where") and c.i < verb.i for c in verb.children
    )


def speaker_of(verb: Token) -> Token | None:
    """The head of who a reporting verb has speaking: its active subject ("Trump said"), or the
    agent of a passive ("was criticised by the mayor"); None for a passive subject (who is spoken
    of, not who speaks), an impersonal "it", or the publisher's own "we"."""
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return agent
    subject = _doer(verb)
    if subject is None or subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = publisher_of_medium(subject) or _past_dateline(subject)
    low = subject.lower_
    return None if low in IMPERSONAL_SUBJECTS or low in PUBLISHER_VOICE_SUBJECTS else subject


def _past_dateline(subject: Token) -> Token:
    """The subject after a dateline the parser took for it: in "WASHINGTON -- President Obama, ...,
    said" the place in capitals before the dash is where the story was filed, and the name hung on
    it after the dash is who spoke."""
    if not subject.text.isupper() or not subject.is_alpha:
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    dashed = any(t.text in _DASHES for t in subject.doc[subject.i + 1 : after[0].i]) if after else False
    return after[0] if dashed else subject


def _clause_span(tokens: list[Token]) -> CharSpan | None:
    words = [t for t in tokens if not (t.is_punct and t.text not in '“”"')]
    if not words:
        return None
    while words and words[-1].is_space:
        words.pop()
    return _span(sorted(words, key=lambda t: t.i)) if words else None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _hearsay(verb: Token, sentence: Span) -> Frame | None:
    """Passive hearsay with no source: "officials were said to have met ...", "it is understood"."""
    children = {c.dep_: c for c in verb.children}
    if cue_lemma(verb) not in HEARSAY_LEMMAS or "auxpass" not in children or "agent" in children:
        return None
    subject = children.get("nsubjpass") or shared_subject(verb)  # "... but is expected to stay"
    xcomp = children.get("xcomp")
    ccomp = children.get("ccomp")
    if subject is not None and xcomp is not None:
        to = [t for t in xcomp.children if t.dep_ == "aux" and t.lower_ == "to"]
        cue_end = to[0] if to else verb
        cue = _span([children["auxpass"], cue_end])
        content = _clause_span(list(sentence))
    elif ccomp is not None and (subject is None or subject.lower_ in IMPERSONAL_SUBJECTS):
        cue = _span([children["auxpass"], verb])
        content = _clause_span(list(ccomp.subtree))
    else:
        return None
    if content is None:
        return None
    return Frame("unsourced", cue, content, None, None, "hearsay", verb.i, (sentence.start_char, sentence.end_char))


def _hedge(verb: Token, sentence: Span) -> Frame | None:
    """ "The objections seemed to carry little weight", "it appears that ...": an impression with
    no source; its content is what seems so, subject included."""
    if (kinds := HEDGE_COMPLEMENTS.get(cue_lemma(verb))) is None:
        return None
    complements = [c for c in verb.children if c.i > verb.i and c.dep_ in kinds]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not complements or subject is None:
        return None
    first = complements[0].left_edge if subject.lower_ in IMPERSONAL_SUBJECTS else subject.left_edge
    last = max(c.right_edge.i for c in complements)
    content = _clause_span(list(verb.doc[first.i : last + 1]))
    if content is None:
        return None
    where = (sentence.start_char, sentence.end_char)
    return Frame("unsourced", _span([verb]), content, None, None, "hedge", verb.i, where)


def _known_as(verb: Token, sentence: Span) -> Frame | None:
    # "also known as ISIS", "is seen as a trap", "was accused of": no one named
    found = known_as(verb) or seen_as(verb) or known_for(verb) or unnamed_judgement(verb)
    content = _clause_span(found[1]) if found is not None else None
    if found is None or content is None:
        return None
    cue = _span([next((c for c in verb.children if c.dep_ == "auxpass"), verb), found[0]])  # "[is] seen as"
    return Frame("unsourced", cue, content, None, None, "hearsay", verb.i, (sentence.start_char, sentence.end_char))


def _according_to(sentence: Span) -> Iterator[Frame]:
    for token in sentence:
        if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
            continue
        to = token.nbor()
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            continue
        phrase_end = objects[0].right_edge.i
        before = [t for t in sentence if t.i < token.i]
        after = [t for t in sentence if t.i > phrase_end]
        body = reported_side(before, after)
        content = _clause_span(body)
        if content:
            source, where = _clause_span(list(objects[0].subtree)), (sentence.start_char, sentence.end_char)
            yield Frame("indirect", _span([token, to]), content, source, None, "speech", token.i, where)


def _noun_frames(sentence: Span) -> Iterator[Frame]:
    """The reports a cue noun ("his claim that ..."), a stance adjective ("was eager to ..."), a
    role ("a critic of ...") or a poll ("leads in the poll") carries."""
    where = (sentence.start_char, sentence.end_char)
    for cue_class, report in carried_reports(sentence):
        content = _clause_span(report.content)
        if content is not None:
            source = holder_before_cue(noun_phrase(report.source), report)
            yield Frame("indirect", _span(report.cue), content, source, None, cue_class, report.cue[-1].i, where)


def find_frames(doc: Doc) -> Iterator[Frame]:
    """Every reporting frame in a parsed text, in order."""
    for sentence in doc.sents:
        yield from _according_to(sentence)
        yield from _noun_frames(sentence)
        for verb in sentence:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            lemma = cue_lemma(verb)
            hearsay = _hearsay(verb, sentence) or _hedge(verb, sentence) or _known_as(verb, sentence)
            if hearsay is not None:
                yield hearsay
                continue
            if lemma not in CUE_CLASS:
                continue
            frame = _active_frame(verb, sentence, lemma)
            if frame is not None:
                yield frame


def _active_frame(verb: Token, sentence: Span, lemma: str) -> Frame | None:
    by_agent = passive_report(verb) or as_clause_report(verb)  # "was criticised by X", "As X reported, ..."
    found = (by_agent.content, "passive") if by_agent is not None else reported_content(verb) or belief_content(verb)
    if found is None:
        return None
    tokens, how = found
    if _negated(verb) and how in ("phrasal", "object-frame") and on_a_topic(verb):
        return None  # "has not spoken about the row" names a topic, no report; "did not respond to X" reports
    content = _clause_span(after_semicolon(without_lead_in(without_trailing_aside(tokens), verb), verb))
    if content is None:
        return None
    where, cue_class = (sentence.start_char, sentence.end_char), CUE_CLASS[lemma]
    if by_agent is not None:
        return Frame("indirect", _span([verb]), content, noun_phrase(by_agent.agent), None, cue_class, verb.i, where)
    subject = _doer(verb)
    if subject is not None:
        subject = publisher_of_medium(subject) or poll_of(subject, verb) or _past_dateline(subject)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and not any(c.dep_ in _SUBJECTS for c in verb.children)
    )
    if passive and lemma in _QUESTION_LEMMAS:  # "was asked about ...", "Asked if ...": the asker is unnamed
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        addressee = noun_phrase(subject) if subject is not None else None
        return Frame("indirect", _span([verb]), content, None, addressee, cue_class, verb.i, where)
    if subject is None or passive or publisher_voice(verb, subject) or is_connective(verb):
        return None
    if names_no_one(subject, verb, how):
        return None
    addressee = addressee_of(verb, tokens)
    return Frame("indirect", _cue_span(verb), content, noun_phrase(subject), addressee, cue_class, verb.i, where)


def _cue_span(verb: Token) -> CharSpan:
    particles = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    return _span([verb, *particles])
