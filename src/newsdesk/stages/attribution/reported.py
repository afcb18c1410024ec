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

from newsdesk.stages.attribution.accounts import story_told
from newsdesk.stages.attribution.naming import gives_a_name
from newsdesk.stages.attribution.stand_ins import for_clause, stand_in
from newsdesk.vocab.cues import (
    ADDRESSEE_VERBS,
    CLAUSE_VERBS,
    CUE_CLASS,
    CUE_NOUNS,
    CUE_PREPOSITIONS,
    FURTHER_STATEMENT_VERBS,
    LEMMA_FIXES,
    MEDIUM_NOUNS,
    NAMING_VERBS,
    OBJECT_COMPLEMENT_VERBS,
    OBJECT_FRAME_VERBS,
    PERSON_OBJECT_PRONOUNS,
    PHRASAL_CUES,
    SETTING_NOUNS,
    STANCE_VERBS,
    TOPIC_PREPOSITIONS,
    XCOMP_CUES,
)

__all__ = ["Reported", "cue_lemma", "further_statement", "on_a_topic", "parenthetical_parts", "reported_content"]

Reported = tuple[list[Token], str]
_PARENTHETICAL_CLASSES = {"speech", "written", "belief"}
_OBJECTS = ("dobj", "obj")
# What ends a verb phrase's content: a clause or a verb of its own, punctuation.
_VP_END = {"conj", "cc", "punct", "advcl", "parataxis", "dep", "mark", "ccomp", "xcomp", "relcl", "acl"}
_TRAILING = {"npadvmod", "advmod"}  # "on Wednesday", "again": the report's time, not its content
_GROUNDS = {"because", "unless", "if"}  # "... because he ...": why the stance, part of it
_FINITE = {"VBD", "VBP", "VBZ", "MD"}


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


def on_a_topic(verb: Token) -> bool:
    """ "spoke about the row", "talked of the past": what follows the verb is what was talked about
    (not "accused Russia of ...", where the preposition frames a charge against the object)."""
    objects = any(c.dep_ in _OBJECTS for c in verb.children)
    return not objects and any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for c in verb.children)


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
    args = [c for c in verb.children if c.i > verb.i and (c.dep_ not in _VP_END or _said_of_object(c))]
    objects = [a for a in args if a.dep_ in (*_OBJECTS, "oprd", "dative")]
    if not objects or all(o.pos_ == "PRON" and o.lower_ not in PERSON_OBJECT_PRONOUNS for o in objects):
        return None  # "backed it": a pronoun object says nothing on its own; "endorsed him" names whom
    named = any(a.dep_ == "oprd" or a.lower_ == "as" for a in args) or gives_a_name(objects)
    if cue_lemma(verb) in NAMING_VERBS and not named:
        return None
    ends = [i for i, a in enumerate(args) if a.dep_ in _TRAILING or (i > 0 and _setting(a))]
    args = args[: ends[0]] if ends and ends[0] > 0 else args
    first, last = min(a.left_edge.i for a in args), max(a.right_edge.i for a in args)
    return list(verb.doc[first : last + 1]) + _object_complement(verb, last), "stance"


def _setting(prep: Token) -> bool:
    """A phrase of where or when the stance was taken ("during a rally", "on Twitter", "in a
    commercial", "on Thursday"), not of what it was about."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("during", "at"):
        return True
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ not in ("on", "in") or not objects:
        return False
    noun = cue_lemma(objects[0])
    return objects[0].ent_type_ in ("DATE", "TIME") or noun in SETTING_NOUNS or noun in MEDIUM_NOUNS


def _said_of_object(clause: Token) -> bool:
    """A clause after a stance's object that goes on saying what the stance is about: its purpose
    ("praised the efforts of Kerry [to find a solution]"), its grounds or its condition ("portrayed
    Sanders as hypocritical [because he ...]"); not a participle that makes a further statement
    ("criticized Clinton, [saying ...]") nor the writer's time or contrast ("..., while ...")."""
    if clause.dep_ not in ("advcl", "xcomp"):
        return False
    infinitive = _infinitive(clause)
    grounds = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _GROUNDS for c in clause.children)
    return infinitive or grounds


def _phrasal(verb: Token, lemma: str) -> Reported | None:
    """ "called for a new inquiry", "pointed to the polls": the object of the verb's preposition."""
    preps = PHRASAL_CUES[lemma]
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("prep", "prt") and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if child.dep_ == "prt":  # "called out [the landlords]"; "calling on [donors]" read as a particle
                objects = [g for g in verb.children if g.dep_ in _OBJECTS and g.i > child.i] or objects
            if objects:
                tokens = [t for o in objects for t in o.subtree]
                return tokens + _object_complement(verb, tokens[-1].i), "phrasal"
    return for_clause(verb, preps)


def _object_complement(verb: Token, after: int) -> list[Token]:
    """What a verb says of its object after it: "called on Congress [to act]", "pointed to the GOP
    [as the obstacle]": the object alone is who or what is spoken of, not what is said."""
    for child in verb.children:
        if child.i <= after:
            continue
        if (child.dep_ == "xcomp" and _infinitive(child)) or (child.dep_ == "prep" and child.lower_ == "as"):
            return list(verb.doc[after + 1 : child.right_edge.i + 1])
    return []


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _xcomp(verb: Token) -> Reported | None:
    """ "vowed [to fight on]", "urged [voters to turn out]": the infinitive, with the object that
    is its subject ("asked [them to host events]": what was asked is that they host)."""
    xcomps = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    if not xcomps:
        return None
    doers = [c for c in verb.children if c.dep_ in _OBJECTS and verb.i < c.i < xcomps[0].i]
    first = doers[0].left_edge.i if doers and _infinitive(xcomps[0]) else xcomps[0].left_edge.i
    return list(verb.doc[first : max(c.right_edge.i for c in xcomps) + 1]), "xcomp"


def _question(verb: Token, lemma: str) -> Reported | None:
    """ "asked [whether ...]", and the question asked as an object: "asked [a question about the
    budget]", "was asked [this question]", "asking them [questions]"."""
    marked = [c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ in ("if", "whether") for m in c.children)]
    if marked:
        return list(marked[0].subtree), "question"
    objects = [c for c in verb.children if c.dep_ in (*_OBJECTS, "dative")] if lemma == "ask" else []
    asked = [c for c in objects if c.lemma_.lower() == "question"]
    said = [t for t in asked[0].subtree if t.lower_ not in ("a", "an")] if asked else []
    # "asked a question" alone says nothing: the question follows, in a quote of its own
    return (list(asked[0].subtree), "question") if len(said) > 1 or (said and said[0].tag_ == "NNS") else None


def parenthetical_parts(verb: Token) -> list[Token] | None:
    """ "The plan, she said, would fail" and "The plan would fail, officials say": a cue hung on the
    sentence's main clause (parataxis) reports the rest of its sentence."""
    if CUE_CLASS.get(cue_lemma(verb)) not in _PARENTHETICAL_CLASSES:
        return None
    if verb.dep_ != "parataxis":
        return _closing_aside(verb)
    if any(c.dep_ in ("ccomp", "xcomp", *_OBJECTS) for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "The plan, say engineers, would fail": a subject after the cue is its own; one before is the report's
    misread = {t.i for c in subjects if c.i < verb.i < max(s.i for s in subjects) for t in c.subtree}
    aside = {t.i for t in verb.subtree} - misread
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
    # of two subjects the parser gave the cue, the nearer ("The flaws she cited are “...,” the Gazette reported")
    subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subject is None or subject.right_edge.i != verb.i - 1:
        return None
    comma = subject.left_edge.i - 1
    if verb.doc[comma].text in ("”", '"', "''"):  # '..., are “...,” the Gazette reported.'
        comma -= 1
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


def _further_that_clauses(verb: Token, after: int) -> list[Token]:
    """More reported clauses after the first, joined by "and that" ("claims he was punished, and
    that his firing was improper"): the parser makes the second a conjunct of the cue, but it is
    the same report's. A conjunct without "that" ("..., and the nation has to act") may be the
    writer's own."""
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.i > after and _marked_that(conj):
            return list(verb.doc[after + 1 : conj.right_edge.i + 1])
    return []


def _marked_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _clause_after_setting(verb: Token) -> Token | None:
    """The "that" clause the parser hung on the noun of where or when something was said ("said in
    a statement [that ...]", "insisted in the same interview [that ...]"): it is what was said. Not
    the clause of a noun that reports by itself ("spoke about the claim that ...": the claim's), nor
    one after an object ("saw the gains as evidence that ...": a stance on the object)."""
    if cue_lemma(verb) not in ADDRESSEE_VERBS and any(c.dep_ in _OBJECTS for c in verb.children):
        return None  # "told Clinton at a debate that ...": who was told is no stance's object
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in (t for t in prep.subtree if t.dep_ == "pobj"):
            if cue_lemma(noun) in CUE_NOUNS and cue_lemma(noun) not in MEDIUM_NOUNS:
                continue
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl", "ccomp") and _marked_that(clause):
                    return clause
    return None


def _answered(ccomp: Token) -> int | None:
    """Where a clause of someone else's reply closes the reported clause ("said the proposals were
    strong, to which O'Malley interjected: ..."): a speech verb with a subject of its own after a
    comma, running to the clause's end, is a statement of its own; None when there is none."""
    end = ccomp.right_edge.i
    for token in ccomp.subtree:
        if token.i == ccomp.i or token.dep_ not in ("advcl", "relcl") or token.right_edge.i != end:
            continue
        if CUE_CLASS.get(cue_lemma(token)) not in ("speech", "written"):
            continue
        own = any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in token.children)
        start = token.left_edge.i
        opening = token.doc[start : start + 3]
        replies = any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ in ("while", "whereas") for t in opening)
        if own and replies and start > 0 and token.doc[start - 1].text == ",":
            return start - 1  # not a condition of the report ("..., even if the council disagreed")
    return None


def _clause(ccomp: Token) -> list[Token]:
    """A reported clause's tokens, without a dangling conjunction, a participle that goes on with
    the report or another speaker's reply."""
    cuts = [i for i in (_dangling(ccomp), _going_on(ccomp), _answered(ccomp)) if i is not None]
    cut = min(cuts) if cuts else None
    return [t for t in ccomp.subtree if cut is None or t.i < cut]


def reported_content(verb: Token) -> Reported | None:
    """The tokens a cue verb reports and how they were found; None when it reports nothing."""
    lemma = cue_lemma(verb)
    ccomps = [c for c in verb.children if c.dep_ == "ccomp" and not _misread_before(verb, c)]
    if ccomps:
        tokens = [t for c in ccomps for t in _clause(c)]
        return tokens + _further_that_clauses(verb, max((t.i for t in tokens), default=verb.i)), "ccomp"
    bare = _bare_clause(verb)
    if bare is not None:
        return bare, "ccomp"
    aside = parenthetical_parts(verb)
    if aside is not None:
        return aside, "parenthetical"
    if lemma in ("ask", "wonder", "question") and (found := _question(verb, lemma)) is not None:
        return found
    if lemma in OBJECT_FRAME_VERBS and (found := _object_frame(verb, lemma)) is not None:
        return found
    if lemma in PHRASAL_CUES and (found := _phrasal(verb, lemma)) is not None:
        return found
    if lemma in XCOMP_CUES and (found := _xcomp(verb)) is not None:
        return found
    if lemma in STANCE_VERBS:
        return _stance(verb)
    if CUE_CLASS.get(lemma) in ("speech", "written") and (told := story_told(verb)) is not None:
        return told, "object-frame"
    if CUE_CLASS.get(lemma) in _PARENTHETICAL_CLASSES:
        placed = _clause_after_setting(verb)
        return (_clause(placed), "ccomp") if placed is not None else stand_in(verb)
    return None


def _misread_before(verb: Token, clause: Token) -> bool:
    """A clause before a stance verb that has an object after it is not what the stance is about:
    "There is no divide: most voters endorse the checks" (the parser hung "There is ..." on
    "endorse"); the object is."""
    if clause.i > verb.i or CUE_CLASS.get(cue_lemma(verb)) != "stance":
        return False
    return any(c.dep_ in _OBJECTS and c.i > verb.i for c in verb.children)


def _bare_clause(verb: Token) -> list[Token] | None:
    """A reported clause the parser took for a bare complement ("economists say [taxing consumption
    encourages saving]", "he supports [keeping troops there]"): all from the cue to its end. Not a
    naming verb's second object ("called him a liar"), nor a view of something as something
    ("considers the plan dead"): those are stances with a frame of their own."""
    if cue_lemma(verb) in NAMING_VERBS or cue_lemma(verb) in OBJECT_COMPLEMENT_VERBS:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    bare = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and not _infinitive(c)]
    if bare:
        return list(verb.doc[verb.i + 1 : bare[0].right_edge.i + 1])
    if cue_lemma(verb) not in CLAUSE_VERBS:
        return None
    # "say" has no object but what was said: "said families file lawsuits", "says the movement is ...";
    # only a clause with a finite verb of its own, not "said goodbye to the staff"
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.left_edge.i == verb.i + 1]
    clause = list(verb.doc[verb.i + 1 : verb.right_edge.i + 1]) if objects else []
    return clause if any(t.tag_ in _FINITE for t in clause) else None
