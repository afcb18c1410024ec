"""Words that tell a cue's look-alike from a report (``stages/attribution/non_reports.py``)."""

from __future__ import annotations

# Nouns of a speech event whose "with" or "to" object is who heard it, never what was said:
# "an interview with the paper", "a speech to supporters", "talks with the union".
AUDIENCE_NOUNS: frozenset[str] = frozenset(
    {
        "interview",
        "conversation",
        "talk",
        "meeting",
        "speech",
        "address",
        "remark",
        "call",
        "exchange",
        "discussion",
        "chat",
    }
)
AUDIENCE_PREPOSITIONS: frozenset[str] = frozenset({"with", "to"})

# Entity labels of a time: a content that is only a time ("her remarks on Tuesday", "his
# statements over the past year") names when something was said, not what.
TIME_ENTITIES: frozenset[str] = frozenset({"DATE", "TIME"})

# Verbs whose person object, with nothing said about what, is a rival in a race: "who is
# challenging the incumbent" runs against her ("challenged her to a debate", "on taxes" speak).
CONTEST_VERBS: frozenset[str] = frozenset({"challenge"})
# What makes such a verb speak: the words that say to what, or over what, the person is challenged.
CONTEST_TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"to", "on", "over", "about"})

# Verbs that, with an office as their object, run for it: "seeking the nomination", "seeks a
# second term", "who is seeking reelection". The office is no statement.
OFFICE_SEEKING_VERBS: frozenset[str] = frozenset({"seek"})
OFFICE_NOUNS: frozenset[str] = frozenset(
    {"nomination", "reelection", "re-election", "presidency", "house", "term", "seat", "office", "governorship"}
)

# Verbs of speaking to a gathering, and the gatherings: "addressed a rally", "will address the
# convention": the gathering heard the speech; what it was about is the content ("addressed the
# problem", "addressed his critics' concerns").
AUDIENCE_VERBS: frozenset[str] = frozenset({"address"})
GATHERING_NOUNS: frozenset[str] = frozenset(
    {
        "rally",
        "gala",
        "convention",
        "conference",
        "crowd",
        "audience",
        "gathering",
        "summit",
        "assembly",
        "dinner",
        "luncheon",
        "breakfast",
        "forum",
        "congregation",
    }
)

# Verbs that, with a reflexive object, say where someone ended up, not what they found or hold: "he
# found himself out of a job", "the firm finds itself forced to cut prices".
ONESELF_VERBS: frozenset[str] = frozenset({"find"})
REFLEXIVE_PRONOUNS: frozenset[str] = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"}
)

# Verbs of stance that, with one of these particles, do something to someone rather than take a side
# on them: "knocked out the champion", "knocked him off the top spot", "knocked down the door"
# ("knocked the plan" is a stance).
PHYSICAL_PARTICLES: dict[str, frozenset[str]] = {"knock": frozenset({"out", "off", "down", "over"})}
