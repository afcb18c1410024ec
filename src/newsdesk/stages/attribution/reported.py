"""What a reporting word reports: the tokens of its content, read off the dependency parse.

    Trump said [that the plan would fail]                    a clause (ccomp)
    [The plan], she said, [would fail]                        the sentence around a parenthetical cue
    Clinton accused Trump [of lying]; blamed [X for Y]        an object frame with its preposition
    Sanders endorsed [Clinton]; called [the plan "dangerous"] a stance on an object
    Warren called for [a new inquiry]; pointed to [the polls] a phrasal verb's object
    Cruz declined [to comment]; vowed [to fight on]           an intention or refusal (xcomp)
    Reporters asked [whether he would run]                    a question
    26 percent said [so]; said [the same of Trump]            a word for what was said before

Pure: a verb token in, (content tokens, how they were found) or None out.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.vocab.cues import (
    CUE_CLASS,
    CUE_PREPOSITIONS,
    FURTHER_STATEMENT_VERBS,
    LEMMA_FIXES,
    NAMING_VERBS,
    OBJECT_FRAME_VERBS,
    PHRASAL_CUES,
    STANCE_VERBS,
    XCOMP_CUES,
)

__all__ = ["Reported", "cue_lemma", "further_statement", "parenthetical_parts", "reported_content"]

Reported = tuple[list[Token], str]
_PARENTHETICAL_CLASSES = {"speech", "written", "belief"}
_OBJECTS = ("dobj", "obj")
# What ends a verb phrase's content: a clause or a verb of its own, punctuation.
_VP_END = {"conj", "cc", "punct", "advcl", "parataxis", "dep", "mark", "ccomp", "xcomp", "relcl", "acl"}
_TRAILING = {"npadvmod", "advmod"}  # "on Wednesday", "again": the report's time, not its content


def cue_lemma(token: Token) -> str:
    """A token's lemma in lower case, with the model's known slips mended ("hopes" -> "hope")."""
    return LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def further_statement(token: Token, cue: set[int]) -> bool:
    """Whether a verb hung on a cue (token indices) starts a further statement of the same speaker
    ("he said, adding ...", "she said, going on to ..."): what it introduces is a statement of its
    own, not the rest of what the cue reports."""
    return (
        token.pos_ == "VERB"
        and cue_lemma(token) in FURTHER_STATEMENT_VERBS
        and token.dep_ in ("advcl", "conj", "xcomp")
        and token.head.i in cue
    )


def _after_verb_args(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The arguments right of an object-frame verb that make up its content."""
    args = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in ("dobj", "obj", "ccomp", "xcomp", "oprd") or (
            child.dep_ in ("prep", "dative") and (child.lower_ in preps or child.lower_ == "to")
        ):
            args.append(child)
    return args


def _frames_prep(args: list[Token], preps: tuple[str, ...]) -> bool:
    """True when the verb's frame preposition is there, on the verb or on its object
    ("dismissed the claim as nonsense": the parser hangs "as" on "claim")."""
    for arg in args:
        if arg.dep_ == "ccomp" or arg.lower_ in preps:
            return True
        if arg.dep_ in _OBJECTS and any(c.dep_ == "prep" and c.lower_ in preps for c in arg.children):
            return True
    return False


def _object_frame(verb: Token, lemma: str) -> Reported | None:
    preps = OBJECT_FRAME_VERBS[lemma]
    args = _after_verb_args(verb, preps)
    if not (_frames_prep(args, preps) if preps else bool(args)):
        return None
    first, last = min(a.left_edge.i for a in args), max(a.right_edge.i for a in args)
    if verb.doc[first].head.i == verb.i and verb.doc[first].lower_ in CUE_PREPOSITIONS:
        first += 1  # "talked about [the economy]": the preposition is the cue's
    return list(verb.doc[first : last + 1]), "object-frame"


def _stance(verb: Token) -> Reported | None:
    """ "endorsed Clinton", "called the plan “dangerous”", "criticized Clinton for her ties to
    Wall Street": the object and the rest of the verb phrase, up to a clause of its own."""
    args = [c for c in verb.children if c.i > verb.i and c.dep_ not in _VP_END]
    objects = [a for a in args if a.dep_ in (*_OBJECTS, "oprd", "dative")]
    if not objects or all(o.pos_ == "PRON" for o in objects):
        return None  # "backed it": a pronoun object says nothing on its own
    named = any(a.dep_ == "oprd" or a.lower_ == "as" for a in args) or _quoted_after(objects)
    if cue_lemma(verb) in NAMING_VERBS and not named:
        return None
    ends = [i for i, a in enumerate(args) if a.dep_ in _TRAILING]
    args = args[: ends[0]] if ends and ends[0] > 0 else args
    first, last = min(a.left_edge.i for a in args), max(a.right_edge.i for a in args)
    return list(verb.doc[first : last + 1]), "stance"


def _quoted_after(objects: list[Token]) -> bool:
    """An object followed, inside its phrase, by a quote: the name given ("called the orders “quite
    dangerous”", which the parser reads as a modifier of "orders", not as what they were called)."""
    return any(t.tag_ == "``" and t.i > o.i for o in objects for t in o.subtree)


def _phrasal(verb: Token, lemma: str) -> Reported | None:
    """ "called for a new inquiry", "pointed to the polls": the object of the verb's preposition."""
    preps = PHRASAL_CUES[lemma]
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("prep", "prt") and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if child.dep_ == "prt":
                objects = [g for g in verb.children if g.dep_ in _OBJECTS and g.i > child.i]
            if objects:
                return [t for o in objects for t in o.subtree], "phrasal"
    return None


def _xcomp(verb: Token) -> Reported | None:
    xcomps = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    return ([t for c in xcomps for t in c.subtree], "xcomp") if xcomps else None


def _question(verb: Token) -> Reported | None:
    marked = [c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ in ("if", "whether") for m in c.children)]
    return (list(marked[0].subtree), "question") if marked else None


def parenthetical_parts(verb: Token) -> list[Token] | None:
    """ "The plan, she said, would fail" and "The plan would fail, officials say": a cue hung on the
    sentence's main clause (parataxis) reports the rest of its sentence."""
    if CUE_CLASS.get(cue_lemma(verb)) not in _PARENTHETICAL_CLASSES:
        return None
    if verb.dep_ != "parataxis":
        return _closing_aside(verb)
    if any(c.dep_ in ("ccomp", "xcomp", *_OBJECTS) for c in verb.children):
        return None
    aside = {t.i for t in verb.subtree}
    sentence = verb.sent
    rest = [t for t in sentence if t.i not in aside and not t.is_space]
    return rest if any(t.is_alpha for t in rest) else None


def _closing_aside(verb: Token) -> list[Token] | None:
    """ "The web lets such people find each other, she said.": a cue and its subject closing the
    sentence after a comma report all before the comma, however the parser hung them (it often
    makes the cue an adverbial clause of the reported verb, with words of the report as its own)."""
    sentence = verb.sent
    if any(t.i > verb.i and not (t.is_punct or t.is_space) for t in sentence):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.right_edge.i != verb.i - 1:
        return None
    comma = subject.left_edge.i - 1
    if comma <= sentence.start or verb.doc[comma].text != ",":
        return None
    rest = [t for t in sentence if t.i < comma and not t.is_space]
    return rest if any(t.is_alpha for t in rest) else None


def _dangling(root: Token) -> int | None:
    """A conjunction the parser left at the end of a reported clause ("there may be three, but"),
    found down the clause's right edge; None when there is none."""
    node = root
    while True:
        rights = [c for c in node.children if c.i > node.i and not c.is_space]
        if not rights:
            return None
        last = rights[-1]
        if last.dep_ == "cc" and last.i == last.right_edge.i:
            return last.i
        node = last


def _going_on(ccomp: Token) -> int | None:
    """Where a participle after a comma or a speech verb after "and" takes up the speaker's report
    again ("said it had asked for help, adding that ...", "said it was open to talks and urged
    ..."): the parser hangs it inside the reported clause, but what it introduces is a further
    statement, not part of the clause; None when there is none."""
    for token in ccomp.subtree:
        if token.i < 2:
            continue
        before = token.doc[token.i - 1]
        participle = token.dep_ == "advcl" and token.tag_ == "VBG" and before.text == ","
        joined = token.dep_ == "conj" and before.dep_ == "cc"  # "... and urged"
        if not (participle or joined) or CUE_CLASS.get(cue_lemma(token)) != "speech":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children):
            continue
        clause = token.head
        while clause.dep_ in ("xcomp", "conj") and clause.i != ccomp.i:
            clause = clause.head
        if clause.i == ccomp.i:
            return token.i - 1
    return None


def _clause(ccomp: Token) -> list[Token]:
    """A reported clause's tokens, without a dangling conjunction or a participle that goes on
    with the report."""
    cuts = [i for i in (_dangling(ccomp), _going_on(ccomp)) if i is not None]
    cut = min(cuts) if cuts else None
    return [t for t in ccomp.subtree if cut is None or t.i < cut]


def reported_content(verb: Token) -> Reported | None:
    """The tokens a cue verb reports and how they were found; None when it reports nothing."""
    lemma = cue_lemma(verb)
    ccomps = [c for c in verb.children if c.dep_ == "ccomp"]
    if ccomps:
        return [t for c in ccomps for t in _clause(c)], "ccomp"
    aside = parenthetical_parts(verb)
    if aside is not None:
        return aside, "parenthetical"
    if lemma in ("ask", "wonder", "question") and (found := _question(verb)) is not None:
        return found
    if lemma in OBJECT_FRAME_VERBS and (found := _object_frame(verb, lemma)) is not None:
        return found
    if lemma in PHRASAL_CUES and (found := _phrasal(verb, lemma)) is not None:
        return found
    if lemma in XCOMP_CUES and (found := _xcomp(verb)) is not None:
        return found
    if lemma in STANCE_VERBS:
        return _stance(verb)
    if CUE_CLASS.get(lemma) in _PARENTHETICAL_CLASSES:
        return _pro_form(verb)
    return None


def _pro_form(verb: Token) -> Reported | None:
    """A word that stands for what was said before: "26 percent said so", "73 percent said the same
    of Trump", "Mook said as much": polls and follow-ups report this way."""
    for child in verb.children:
        if child.i <= verb.i:
            continue
        if child.dep_ in _OBJECTS and child.lower_ == "same":
            return list(child.subtree), "pro-form"
        if child.dep_ == "advmod" and child.lower_ == "so" and child.i == verb.i + 1:
            return [child], "pro-form"
        if child.dep_ == "advmod" and child.lower_ == "much" and verb.doc[child.i - 1].lower_ == "as":
            return [verb.doc[child.i - 1], child], "pro-form"
    return None
