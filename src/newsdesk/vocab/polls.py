"""Polls and surveys as sources: the findings a sentence gives "in" them are theirs
(``stages.attribution.polls``)."""

from __future__ import annotations

# Nouns for a survey of opinion whose findings a sentence can report: "In the latest poll, the
# mayor leads by six points", "she trails in most surveys". Lemmas, as the parser gives them.
POLL_NOUNS: frozenset[str] = frozenset({"poll", "survey", "polling", "questionnaire", "census"})

# The prepositions that put a finding inside a poll: "in the poll", "in polling".
POLL_PREPOSITIONS: frozenset[str] = frozenset({"in"})

