"""Contents that a cue verb's usual frames miss because the parser hangs them elsewhere:

    The mayor called for [the council to resign]      a "for ... to" clause (an advcl marked "for")
    26 percent said [so]; said [the same of Trump]    a word for what was said before
    Asked if he would run, Cruz said [no]             an answer: "yes" or "no" as the whole reply
    The campaign claimed [victory]                    a claim to an outcome, a noun not a clause

Pure: a verb token in, (content tokens, how they were found) or None out.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.vocab.cues import CLAIMED_OUTCOMES

__all__ = ["for_clause", "stand_in"]

_OBJECTS = ("dobj", "obj")
# The whole of a reply: "said no", "said yes", not "said no one came" (a clause of its own).
_ANSWERS = {"yes", "no"}


def for_clause(verb: Token, preps: tuple[str, ...]) -> tuple[list[Token], str] | None:
    """ "called for [the council to resign]", "pushed for [lawmakers to act]": the parser reads
    "for" as the mark of an infinitive clause with a subject of its own, not as a preposition."""
    if "for" not in preps:
        return None
    for clause in verb.children:
        if clause.i <= verb.i or clause.dep_ != "advcl":
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"]
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if marks and infinitive and marks[0].i == clause.left_edge.i:
            return list(verb.doc[marks[0].i + 1 : clause.right_edge.i + 1]), "phrasal"
    return None


def stand_in(verb: Token) -> tuple[list[Token], str] | None:
    """What a verb of saying with no clause reports: a word for what was said, a bare answer, or
    the outcome a speaker claims."""
    return _pro_form(verb) or _claimed_outcome(verb)


def _claimed_outcome(verb: Token) -> tuple[list[Token], str] | None:
    """ "claimed [victory]", "claimed [responsibility for the attack]": the object, when it names
    an outcome (`CLAIMED_OUTCOMES`); "the storm claimed six lives" states nothing."""
    if verb.lemma_.lower() != "claim":
        return None
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i]
    if not objects or objects[0].lemma_.lower() not in CLAIMED_OUTCOMES:
        return None
    ends = [c.i for c in objects[0].children if c.dep_ == "prep" and c.lower_ != "for" and c.i > objects[0].i]
    last = min(ends) - 1 if ends else objects[0].right_edge.i
    return list(verb.doc[objects[0].left_edge.i : last + 1]), "stance"


def _pro_form(verb: Token) -> tuple[list[Token], str] | None:
    """A word that stands for what was said: "26 percent said so", "64 percent said the same of
    the mayor", "Ruiz said as much", or a bare answer, "the candidate said no": polls, follow-ups and
    replies report this way."""
    for child in verb.children:
        if child.i <= verb.i:
            continue
        if child.dep_ in _OBJECTS and child.lower_ == "same":
            return list(child.subtree), "pro-form"
        if child.dep_ == "advmod" and child.lower_ == "so" and child.i == verb.i + 1:
            return [child], "pro-form"
        if child.dep_ == "advmod" and child.lower_ == "much" and verb.doc[child.i - 1].lower_ == "as":
            return [verb.doc[child.i - 1], child], "pro-form"
        if _answer(verb, child):
            return [child], "pro-form"
    return None


def _answer(verb: Token, word: Token) -> bool:
    """ "said [no]" right after the verb, ending the clause or before "to" ("said no to the war"
    is a refusal of the war: the answer is still the word)."""
    if word.lower_ not in _ANSWERS or word.i != verb.i + 1 or word.n_lefts or word.n_rights:
        return False
    after = verb.doc[word.i + 1] if word.i + 1 < len(verb.doc) else None
    return after is None or after.is_punct or after.lower_ == "to"
