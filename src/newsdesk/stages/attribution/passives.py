"""Stances reported in the passive with their holder named: "the plan was criticised by the
mayor for its cost", "her view is shared by two senators", "the bill was backed by the union".

The content is what the stance is on (the passive subject) and what the verb phrase goes on to say
of it ("for its cost"); the source is the agent after "by". A passive with no agent names no one
(that is hearsay, `frames._hearsay`), and a question's passive ("was asked by the host whether")
has its subject as the one asked, not as what was said; nor is what was announced or released
by someone a view they hold (`MAKE_PUBLIC_VERBS`). A charge or a judgement in the passive with no
agent ("was accused of fraud", "has been criticized for the delay", "was declared the winner") is
made by no one named: `unsourced`, its content the subject and what it is charged with
(`unnamed_judgement`). Pure: a verb token in, its report out.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsdesk.vocab.cues import MAKE_PUBLIC_VERBS
from newsdesk.vocab.passives import UNNAMED_JUDGEMENT_FRAMES

__all__ = ["HeldReport", "agent_of", "passive_report", "unnamed_judgement"]

_QUESTION_LEMMAS = {"ask", "question", "press", "quiz"}
# What ends the verb phrase's part of the content: a clause of its own, punctuation, the report's time.
_VP_END = {"conj", "cc", "punct", "advcl", "parataxis", "dep", "mark", "relcl", "acl", "npadvmod", "advmod"}


@dataclass(frozen=True)
class HeldReport:
    """A report as tokens whose source stands outside the verb's subject slot (a passive's agent,
    an "as" clause's subject): its content and who holds it."""

    content: list[Token]
    agent: Token


def agent_of(verb: Token) -> Token | None:
    """The object of a passive's "by" ("was criticised by [the mayor]"); None without one."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def passive_report(verb: Token) -> HeldReport | None:
    """The report of a passive cue verb with an agent and a subject ("X was praised by Y for Z"
    -> content "X ... for Z", agent Y); None for any other verb."""
    agent = agent_of(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    lemma = verb.lemma_.lower()
    if agent is None or subject is None or lemma in _QUESTION_LEMMAS or lemma in MAKE_PUBLIC_VERBS:
        return None
    if subject.tag_ in ("WDT", "WP"):
        return None  # "who was backed by ...": the relative pronoun names nobody
    rest = [c for c in verb.children if c.i > verb.i and c.dep_ not in _VP_END and c.dep_ != "agent"]
    content = list(subject.subtree) + [t for c in rest for t in c.subtree]
    return HeldReport(sorted(content, key=lambda t: t.i), agent)


def unnamed_judgement(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "Ruiz was accused of fraud", "the plan has been criticized as costly", "she was declared
    the winner": a charge or judgement with no one named who makes it (the cue's last word, and the
    subject with what it is charged with); None for any other verb, for a relative "who", or where
    an agent makes it (``passive_report``)."""
    children = {c.dep_: c for c in verb.children}
    preps = UNNAMED_JUDGEMENT_FRAMES.get(verb.lemma_.lower())
    if preps is None or "auxpass" not in children or "agent" in children:
        return None
    subject = children.get("nsubjpass")
    if subject is None or subject.tag_ in ("WP", "WDT", "EX") or subject.lower_ == "it":
        return None
    after = [c for c in verb.children if c.i > verb.i]
    if preps:
        prep = next((c for c in after if c.dep_ == "prep" and c.lower_ in preps), None)
        charged = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep is not None else []
        last = prep
    else:
        charged = [c for c in after if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ in ("NOUN", "PROPN")]
        last = verb
    if last is None or not charged:
        return None
    content = [*subject.subtree, *(t for c in charged for t in c.subtree)]
    return last, sorted(content, key=lambda t: t.i)
