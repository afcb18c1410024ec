"""Links of one tagged paragraph: each content tied to its cue, each cue to its source, read off
the tagger's spans and the parse.

Ties, in order of trust: the cue governs the content in the parse ("X said [that ...]"), or sits in
it ("[..., according to X]"); else the nearest cue in the content's sentence. A second reporting
verb the tagger left untagged starts an attribution of its own when it governs the content ("...,”
she said, adding, “...”", "call them “...” and describe ...") or follows the last quote's cue
("he said, going on to ... “...”"): PolNeAR and a reader see two statements there, not one. A quote
with no cue of its own continues the last quote of its paragraph; a content left with no cue
takes the verb that governs it on the parse. A cue's source is the span that holds its subject
(the named doer of a participle inside the cue: "footage of X asking"), else the nearest source in
its sentence, else the parse's subject; a passive cue with no agent has none. Contents the tagger
ran on too far are cut back first (``overruns``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsdesk.stages.attribution.frames import speaker_of
from newsdesk.stages.attribution.overruns import INTRODUCED, cut_overruns, without_topic
from newsdesk.stages.attribution.phrases import noun_phrase
from newsdesk.stages.attribution.reported import cue_lemma, further_statement
from newsdesk.stages.attribution.tagspans import TagSpan, quoted, root_of
from newsdesk.vocab.cues import CUE_CLASS, CUE_NOUNS, QUOTE_CONTINUATION_VERBS

__all__ = ["PARSED_SOURCE_SCORE", "Link", "TagSpan", "link_paragraph", "passive_without_agent", "root_of", "source_for"]

# The score of a source read off the parse where the tagger marked none ("X said" with X untagged).
PARSED_SOURCE_SCORE = 0.6
_SAYING = {"speech", "written", "stance"}
_UP_HOPS = 4


def _ancestors(token: Token) -> list[Token]:
    """The heads above a token, nearest first, a few arcs up."""
    found: list[Token] = []
    node = token
    while len(found) < _UP_HOPS and node.head.i != node.i:
        node = node.head
        found.append(node)
    return found


def _governs(cue: TagSpan, content: TagSpan, doc: Doc) -> int | None:
    """How the parse ties a cue to a content: 0 when the cue is an ancestor of the content's root
    within a few arcs ("X said [...]") or hangs inside the content ("[...], according to X"); 1
    when it hangs inside a content before it from a subordinate clause ("“...,” when X blasted
    him": the parser hangs the clause on the quote's verb, but it is the time of the quote, not its
    cue); None when it does neither."""
    cue_tokens = {t.i for t in cue.tokens(doc)}
    if any(node.i in cue_tokens for node in _ancestors(root_of(content, doc))):
        return 0
    inside = {t.i for t in content.tokens(doc)}
    hanging = [doc[i] for i in cue_tokens if doc[i].head.i in inside]
    if not hanging:
        return None
    subordinate = any(c.dep_ == "mark" or c.tag_ == "WRB" for t in hanging for c in t.children if c.i < t.i)
    return 1 if subordinate and cue.start >= content.end else 0


def _distance(a: TagSpan, b: TagSpan) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _closing_cue(content: TagSpan, cues: list[TagSpan], doc: Doc) -> TagSpan | None:
    """The cue right after a quote, with nothing but marks and its own subject between ("“...,” he
    said"): the quote's own, whatever the parser hung a lead-in before it on ("X saw it
    differently: “When ..., I ...,” he said")."""
    words = content.tokens(doc)
    if not words or not any(t.is_quote for t in doc[max(words[0].i - 1, 0) : words[0].i + 1]):
        return None  # not a quote of its own: "that it was “dangerous,” adding ..."
    if not any(t.is_quote for t in doc[words[-1].i : words[-1].i + 3]):
        return None
    after = sorted((c for c in cues if c.start >= content.end), key=lambda c: c.start)
    if not after:
        return None
    cue = after[0]
    subject = _subject_tokens(cue, doc)
    between = doc[content.end : cue.start]
    named = any(t.i in subject for t in between)
    return cue if named and all(t.is_punct or t.is_space or t.i in subject for t in between) else None


def _cue_for(content: TagSpan, cues: list[TagSpan], doc: Doc, mask: bytearray) -> TagSpan | None:
    """The cue of a content: the parse's, else the nearest in its sentence. A quote's closing cue
    ("“...,” he said") takes it from a lead-in before it that speaks of nothing ("X saw it
    differently: “...,” he said"), not from a verb of saying ("X scolded him: “...,” she said")."""
    found = _governing_cue(content, cues, doc)
    if found is None or found.end > content.start or _speaks(found, doc) or not quoted(content, doc, mask):
        return found
    return _closing_cue(content, cues, doc) or found


def _speaks(cue: TagSpan, doc: Doc) -> bool:
    """True when a verb of the cue says something ("scolded him:"), or a noun for what was said
    ("stripping out a call for"); a noun for anything else does not ("saw the vote differently:")."""
    return any(
        CUE_CLASS.get(lemma := cue_lemma(t)) in _SAYING or lemma in QUOTE_CONTINUATION_VERBS
        for t in cue.tokens(doc)
        if t.pos_ in ("VERB", "AUX") or t.lemma_.lower() in CUE_NOUNS
    )


def _governing_cue(content: TagSpan, cues: list[TagSpan], doc: Doc) -> TagSpan | None:
    ranked = [
        (rank, _distance(c, content), n) for n, c in enumerate(cues) if (rank := _governs(c, content, doc)) is not None
    ]
    if ranked:
        return cues[min(ranked)[2]]
    near = [c for c in cues if c.sentences & content.sentences]
    return min(near, key=lambda c: _distance(c, content)) if near else None


def _subject_tokens(cue: TagSpan, doc: Doc) -> set[int]:
    """Tokens of the cue's subject, agent or "according to" object."""
    found: set[int] = set()
    for token in cue.tokens(doc):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "pobj", "poss"):
                found.update(t.i for t in child.subtree)
            if child.dep_ in ("prep", "agent"):
                found.update(g.i for g in child.children if g.dep_ == "pobj")
    return found


def source_for(cue: TagSpan, sources: list[TagSpan], doc: Doc) -> TagSpan | None:
    """The source of a cue: the named doer of a participle inside it, else the tagged span that
    holds its subject, else the nearest tagged source in its sentence, else the parse's subject;
    None for a passive with no agent."""
    if passive_without_agent(cue, doc):
        return None  # "are expected to", "was asked": whoever is named is not the one speaking
    inner = _doer_inside(cue, doc)
    if inner is not None:
        return inner
    subject = _subject_tokens(cue, doc) or _parsed_doers(cue, doc)
    holding = [s for s in sources if any(t.i in subject for t in s.tokens(doc))]
    if holding:
        return min(holding, key=lambda s: _distance(s, cue))
    near = [s for s in sources if s.sentences & cue.sentences]
    if near:
        return min(near, key=lambda s: _distance(s, cue))
    return _parsed_source(cue, doc)


def _parsed_doers(cue: TagSpan, doc: Doc) -> set[int]:
    """Tokens of whoever the parse has doing a cue that has no subject of its own (a participle:
    "..., saying"): the tagged source that holds them speaks, not the one nearest the cue."""
    found: set[int] = set()
    for verb in cue.tokens(doc):
        doer = speaker_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if doer is not None:
            found.update(t.i for t in doer.subtree)
    return found


def _doer_inside(cue: TagSpan, doc: Doc) -> TagSpan | None:
    """The doer of a participle that the tagger took into a long cue ("uses footage of Clinton
    asking", "concludes with Trump saying"): it speaks, not the subject of the cue's first verb."""
    for verb in reversed([t for t in cue.tokens(doc) if t.tag_ == "VBG"]):
        doer = speaker_of(verb)
        if doer is not None and cue.start <= doer.i < verb.i:
            return _phrase_span(doer, cue.sentences, doc)
    return None


def passive_without_agent(cue: TagSpan, doc: Doc) -> bool:
    verbs = [t for t in cue.tokens(doc) if t.pos_ == "VERB"]
    return bool(verbs) and all(
        any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children) for v in verbs
    )


def _parsed_cue(content: TagSpan, doc: Doc) -> TagSpan | None:
    """Where the tagger marked no cue, the verb that governs the content on the parse ("Mexico
    demanded [that ...]"), at a middling score; None for a content that is a sentence of its own."""
    root = root_of(content, doc)
    head = root.head
    if head.i == root.i or head.pos_ != "VERB" or content.start <= head.i < content.end:
        return None
    return TagSpan("CUE", head.i, head.i + 1, PARSED_SOURCE_SCORE, set(content.sentences))


def _parsed_source(cue: TagSpan, doc: Doc) -> TagSpan | None:
    """Where the tagger marked no source, the cue verb's subject on the parse, at a middling score."""
    verbs = [t for t in cue.tokens(doc) if t.pos_ in ("VERB", "AUX")]
    speaker = next((found for v in verbs if (found := speaker_of(v)) is not None), None)
    if speaker is None:  # a cue noun's owner: "his claim that", "Trump's denial of"
        nouns = [t for t in cue.tokens(doc) if t.pos_ == "NOUN"]
        speaker = next((c for n in nouns for c in n.children if c.dep_ == "poss"), None)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return _phrase_span(speaker, cue.sentences, doc)


def _phrase_span(head: Token, sentences: set[int], doc: Doc) -> TagSpan | None:
    """A source span over the noun phrase of a parse's speaker, at a middling score."""
    span = doc.char_span(*noun_phrase(head), alignment_mode="expand")
    return None if span is None else TagSpan("SRC", span.start, span.end, PARSED_SOURCE_SCORE, set(sentences))


@dataclass
class Link:
    """Contents tied to one cue, and the cue's source."""

    contents: list[TagSpan]
    cue: TagSpan | None
    source: TagSpan | None = None


def _tie_contents(contents: list[TagSpan], cues: list[TagSpan], doc: Doc, mask: bytearray) -> dict[int, TagSpan]:
    """Content (by position in ``contents``) -> its cue: the parse's or the sentence's first, then
    a cue left with no content takes the nearest content left with no cue in its paragraph."""
    tied = {i: cue for i, content in enumerate(contents) if (cue := _cue_for(content, cues, doc, mask)) is not None}
    for cue in cues:
        if any(c is cue for c in tied.values()):
            continue
        free = [i for i in range(len(contents)) if i not in tied]
        if free:
            nearest = min(free, key=lambda i: _distance(contents[i], cue))
            tied[nearest] = cue
    return tied


def _last_quoting(links: list[Link], doc: Doc, mask: bytearray) -> Link | None:
    """The last link of the paragraph with a cue and a quote among its contents, else the last link
    when it has a cue: a quote with no cue of its own goes on with the last quote ("“...,” Obama
    said. He did not say more. “...”"), not with a report between them; but with a further
    statement hung on that quote's cue that only names its topic ("..., Obama said, going on to
    contrast A with B. “...”": its words are the quote); one with a clause of its own ("adding that
    ...") is complete, and the quote goes on with the quote before it."""
    quoting = [
        n for n, link in enumerate(links) if link.cue is not None and any(quoted(c, doc, mask) for c in link.contents)
    ]
    if not quoting:
        return links[-1] if links and links[-1].cue is not None else None
    last = links[quoting[-1]]
    anchor = {t.i for t in last.cue.tokens(doc)} if last.cue is not None else set()
    further = [
        link
        for link in links[quoting[-1] + 1 :]
        if link.cue is not None
        and any(further_statement(t, anchor) for t in link.cue.tokens(doc))
        and not any(root_of(c, doc).pos_ in ("VERB", "AUX") for c in link.contents)
    ]
    return further[-1] if further else last


def _reporting(token: Token, doc: Doc, mask: bytearray, tagged: set[int]) -> bool:
    """A reporting verb outside quotes that the tagger left untagged."""
    lemma = cue_lemma(token)
    return (
        token.pos_ == "VERB"
        and token.i not in tagged
        and not mask[token.idx]
        and (lemma in CUE_CLASS or lemma in QUOTE_CONTINUATION_VERBS)
    )


def _second_cue(
    content: TagSpan, anchor: TagSpan | None, tagged: set[int], doc: Doc, mask: bytearray
) -> TagSpan | None:
    """An untagged reporting verb that takes a quote from the cue it would be tied to: the first
    verb above the quote on the parse, below any tagged word ("..., she said, adding, “...”", "call
    them “...” and describe ..."), or one that hangs on that cue between it and the quote ("he
    said, going on to ... . “...”"). None where there is none: then the quote stays with the cue."""
    if anchor is None or not quoted(content, doc, mask):
        return None
    verb = _verb_above(content, anchor, tagged, doc, mask)
    if verb is None and anchor.end <= content.start:
        verb = next((t for t in doc[anchor.end : content.start] if _further(t, anchor, doc, mask, tagged)), None)
    return None if verb is None else TagSpan("CUE", verb.i, verb.i + 1, PARSED_SOURCE_SCORE, set(content.sentences))


def _verb_above(content: TagSpan, anchor: TagSpan, tagged: set[int], doc: Doc, mask: bytearray) -> Token | None:
    """The first verb above a quote on the parse, below any tagged word, when it reports, comes
    before the quote in its sentence, and is surer than the anchor cue: the anchor does not govern
    the quote, or the verb starts a further statement on it."""
    loose = _governs(anchor, content, doc) != 0
    for node in _ancestors(root_of(content, doc)):
        if node.i in tagged or node.i >= content.start:
            return None
        if _reporting(node, doc, mask, tagged):
            ends = any(t.text in ".!?" and not mask[t.idx] for t in doc[node.i : content.start])
            further = further_statement(node, {t.i for t in anchor.tokens(doc)})
            return node if not ends and (loose or further) else None
    return None


def _further(token: Token, anchor: TagSpan, doc: Doc, mask: bytearray, tagged: set[int]) -> bool:
    """An untagged verb hung on the cue that starts a further statement ("said, adding")."""
    return _reporting(token, doc, mask, tagged) and further_statement(token, {t.i for t in anchor.tokens(doc)})


def _own_subject(cue: TagSpan, doc: Doc) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "agent") for t in cue.tokens(doc) for c in t.children)


def link_paragraph(spans: list[TagSpan], doc: Doc, mask: bytearray) -> list[Link]:
    """Tie the contents of one paragraph to cues and the cues to sources."""
    spans = cut_overruns(spans, doc, mask)
    cues = [s for s in spans if s.label == "CUE"]
    sources = [s for s in spans if s.label == "SRC"]
    contents = [s for s in spans if s.label in ("CON", INTRODUCED)]
    tagged = {i for s in spans for i in range(s.start, s.end)}
    tied = _tie_contents(contents, cues, doc, mask)
    links: list[Link] = []
    by_cue: dict[int, Link] = {}
    anchors: dict[int, TagSpan] = {}  # a second cue's start -> the cue whose speaker it shares
    for i, content in enumerate(contents):
        cue = tied.get(i)
        if content.label == INTRODUCED:
            content.label = "CON"
            links.append(Link([content], cue or tied.get(i - 1)))  # a statement of its own, same cue
            continue
        last = _last_quoting(links, doc, mask) if cue is None and quoted(content, doc, mask) else None
        anchor = last.cue if last is not None else cue
        second = _second_cue(content, anchor, tagged, doc, mask)
        if second is not None and anchor is not None:
            cue, last = by_cue[second.start].cue if second.start in by_cue else second, None
            anchors.setdefault(second.start, anchor)
        if cue is not None and cue.start in by_cue:
            by_cue[cue.start].contents.append(content)
        elif last is not None:
            last.contents.append(content)  # a quote's next sentence, after "he said."
        else:
            links.append(Link([content], cue))
            if cue is not None:
                by_cue[cue.start] = links[-1]
    for link in links:
        link.contents = without_topic(link.contents, link.cue, doc, mask)
    _add_sources(links, sources, anchors, doc)
    return links


def _add_sources(links: list[Link], sources: list[TagSpan], anchors: dict[int, TagSpan], doc: Doc) -> None:
    """Each link's source: its cue's (a second cue with no subject of its own shares its anchor's),
    else that of the verb governing its content, else the one untaken source of its sentences."""
    for link in links:
        if link.cue is not None:
            anchor = anchors.get(link.cue.start)
            own = anchor is None or _own_subject(link.cue, doc)
            link.source = source_for(link.cue if own or anchor is None else anchor, sources, doc)
    for link in (x for x in links if x.cue is None):
        link.cue = _parsed_cue(link.contents[0], doc)
        if link.cue is not None:
            link.source = source_for(link.cue, sources, doc)
    taken = {id(link.source) for link in links if link.source is not None}
    for link in (x for x in links if x.cue is None):
        sentences = set().union(*(c.sentences for c in link.contents))
        near = [s for s in sources if s.sentences & sentences and id(s) not in taken]
        link.source = near[0] if len(near) == 1 else None
