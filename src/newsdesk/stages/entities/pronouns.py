"""How far a pronoun may reach back for its antecedent: past a nearer person it cannot stand for,
a candidate more than a couple of sentences back is too unsure to name (the story is most likely
about someone it never named: "his wife", "the narrator's mother"). Names inside quotation marks
are left out by the resolver itself (``Field.in_quote``).
"""

from __future__ import annotations

from newsdesk.stages.entities.mentions import MentionSite

__all__ = ["narrative_sentences_between"]

# Sentences of narrative a pronoun may reach back, past a person it cannot stand for, to the
# person it can: "Jane Ruiz met Tom Lee. They talked for an hour. Later she said ..." reaches two.
PAST_RULED_OUT_REACH = 2


def narrative_sentences_between(earlier: MentionSite, later: MentionSite) -> int | None:
    """How many sentences outside quotations start after an earlier mention's sentence up to a
    later mention's (0 in the same sentence); None across fields."""
    if earlier.field is not later.field:
        return None
    doc = earlier.field.doc
    first, last = earlier.token.sent.start, later.token.sent.start
    if last <= first:
        return 0
    spans = earlier.field.quoted
    starts = [token.idx for token in doc[first + 1 : last + 1] if token.is_sent_start]
    return sum(1 for start in starts if not any(a <= start < b for a, b in spans))
