"""Reports given in an "as" clause: "As the Gazette reported, the mayor was accused of ...", "cases, as
the paper has reported, included ...", "As reported by the Journal, investigators found ...".

The cue verb heads an adverbial "as" clause of the sentence's main clause; what it reports is that
main clause, without the "as" clause. Its source is the verb's subject, or the agent of a passive.
A clause with no source ("as expected", "as noted above") or one that reports something of its own
("as he told the committee that ...", "as the mayor talked about jobs", a clause of time) is left to
the other frames. Pure: a verb token in, its report out.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.stages.attribution.passives import HeldReport, agent_of
from newsdesk.stages.attribution.reported import cue_lemma
from newsdesk.vocab.cues import CUE_CLASS, IMPERSONAL_SUBJECTS, PUBLISHER_VOICE_SUBJECTS, VIEW_AS_VERBS

__all__ = ["as_clause_report", "known_as", "seen_as"]

_REPORTING = {"speech", "written", "belief"}
_NOBODY = IMPERSONAL_SUBJECTS | PUBLISHER_VOICE_SUBJECTS
# What an "as" clause of report holds besides its cue: its source, time and place ("as the paper
# reported on Saturday"); anything else ("as he talked about jobs") makes it a clause of its own.
_BARE = {"mark", "nsubj", "agent", "aux", "auxpass", "advmod", "npadvmod", "punct", "prep"}


def as_clause_report(verb: Token) -> HeldReport | None:
    """The main clause an "as" clause's cue verb reports, with its source; None for any other verb."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or CUE_CLASS.get(cue_lemma(verb)) not in _REPORTING:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ not in _BARE or (c.dep_ == "prep" and c.lower_ not in ("in", "on")) for c in verb.children):
        return None  # "As the mayor talked about jobs, ...": a clause of time with a report of its own
    source = next((c for c in verb.children if c.dep_ == "nsubj"), None) or agent_of(verb)
    if source is None or source.tag_ in ("WP", "WDT") or source.lower_ in _NOBODY:
        return None  # "as it was reported", "as we noted": no source the reader can name
    aside = {t.i for t in verb.subtree}
    content = [t for t in verb.head.subtree if t.i not in aside]
    return HeldReport(content, source) if any(t.is_alpha for t in content) else None


def known_as(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "the Islamic State, also known as ISIS": a name a thing goes by, with no one who gives it
    (the cue's "as" and the name); None for any other verb."""
    if verb.lemma_.lower() != "know" or verb.tag_ != "VBN" or any(c.dep_ in ("agent", "nsubj") for c in verb.children):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    name = next((g for g in as_.children if g.dep_ == "pobj"), None) if as_ is not None else None
    return (as_, list(name.subtree)) if as_ is not None and name is not None else None


def seen_as(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "The plan is widely seen as a trap": a view with no one named who holds it (the cue's
    "as", and the subject with what it is seen as); None for any other verb, or where an agent
    holds it ("seen as a trap by the unions", `passives`)."""
    children = {c.dep_: c for c in verb.children}
    if verb.lemma_.lower() not in VIEW_AS_VERBS or "auxpass" not in children or "agent" in children:
        return None
    subject = children.get("nsubjpass")
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    if subject is None or as_ is None or subject.tag_ in ("WP", "WDT") or subject.lower_ in _NOBODY:
        return None
    seen = [t for c in as_.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
    if any(t.lower_ == "by" for t in seen):
        return None  # "seen as a trap by the unions": a holder the parser hung on the wrong word
    return (as_, sorted([*subject.subtree, *seen], key=lambda t: t.i)) if seen else None
