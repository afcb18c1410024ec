"""What a statement's cue says its holder did, as data: the act of each cue word that is not a verb
of ``cues.CUE_CLASS`` (whose classes are the acts' names), and the phrases and holders that decide it.

The acts: ``speech`` and ``written`` are statements ("said", "in a statement", "tweeted"); ``belief``
a view held ("thinks", "his view that"); ``intention`` an aim ("wants", "her plan to"); ``stance`` a
side taken ("backed", "a critic of", "was eager to"); ``evidence`` what a work shows ("the poll
found", "the survey").
"""

from __future__ import annotations

from newsdesk.vocab.cues import CUE_NOUN_CLASS, EVIDENCE_VERBS, FINDING_NOUNS, FINDING_VERBS, SOURCE_PREPOSITIONS
from newsdesk.vocab.polls import POLL_NOUNS
from newsdesk.vocab.stances import STANCE_ADJECTIVES, STANCE_ROLE_NOUNS

__all__ = [
    "ADJECTIVE_ACTS",
    "CUE_NOUN_ACTS",
    "EVIDENCE_HOLDERS",
    "EVIDENCE_LEMMAS",
    "FINDING_HOLDERS",
    "HEARSAY_VERB_ACTS",
    "PHRASE_ACTS",
    "PRINTED_MARKS",
    "QUOTE_PASSING_VERBS",
    "WORD_PAIR_ACTS",
]

# Nouns (and a few words the parser tags as such) that carry a report, by act, besides the cue
# nouns of ``cues.CUE_NOUN_CLASS``: "his remarks", "her theory that", "their aim to", "a critic of",
# "the survey". A noun whose verb is a cue has that verb's act ("criticism" as "criticize": speech).
_SPOKEN_NOUNS = frozenset(
    {
        "remarks", "comments", "answer", "words", "word", "address", "broadcast", "podcast", "video",
        "release", "contention", "point", "slogan", "motto", "mantra", "dictum", "verdict", "pitch", "line",
        "premise", "thesis", "conference", "debate", "hearing", "quote", "phrase", "retort", "assurance",
        "confirmation", "disclosure", "declaration", "estimate", "forecast",
    }
)
_WRITTEN_NOUNS = frozenset(
    {
        "email", "e-mail", "memo", "op-ed", "column", "blog", "essay", "filing", "lawsuit", "submission",
        "editorial", "text", "note", "book", "memoir", "article", "caption",
    }
)
_BELIEF_NOUNS = frozenset(
    {
        "impression", "theory", "thinking", "reasoning", "logic", "sense", "feeling", "worry", "hunch",
        "conclusion", "expectation", "conviction", "understanding", "judgment", "judgement", "perception",
        "assumption", "mind", "thought", "thoughts",
    }
)
_INTENTION_NOUNS = frozenset(
    {"intent", "goal", "aim", "ambition", "bid", "effort", "resolve", "determination", "plans"}
)
_STANCE_NOUNS = frozenset({"favor", "favour", "backing", "approval", "disapproval", *STANCE_ROLE_NOUNS})
# Works whose findings are reported: "the survey", "the study found", "a poll of likely voters".
# ("report" is a statement: "his report that ..."; "the report found" is evidence by its holder.)
_EVIDENCE_NOUNS = frozenset(
    {*POLL_NOUNS, *(FINDING_NOUNS - {"report"}), "findings", "finding", "evidence", "figures", "statistics"}
)

# A cue noun's own class wins over a work's: "an assessment that" is a view.
CUE_NOUN_ACTS: dict[str, str] = {
    **{n: "evidence" for n in _EVIDENCE_NOUNS},
    **CUE_NOUN_CLASS,
    **{n: "stance" for n in _STANCE_NOUNS},
    **{n: "intention" for n in _INTENTION_NOUNS},
    **{n: "belief" for n in _BELIEF_NOUNS},
    **{n: "written" for n in _WRITTEN_NOUNS},
    **{n: "speech" for n in _SPOKEN_NOUNS},
}

# Cue verbs that are no cue of ``CUE_CLASS`` outside passive hearsay: "was rumoured to", "is tipped to".
HEARSAY_VERB_ACTS: dict[str, str] = {"rumour": "speech", "rumor": "speech", "tip": "speech"}

# Attitude adjectives (``stances.STANCE_ADJECTIVES``) by act: a side taken ("is critical of"), but
# an aim ("was eager to", "is reluctant to") or a view held ("is sure that", "was unaware that",
# "is worried that", as "fear" and "worry" are beliefs) where the adjective says so.
_AIM_ADJECTIVES = frozenset(
    {"eager", "keen", "quick", "willing", "unwilling", "reluctant", "hesitant", "inclined", "determined"}
)
_VIEW_ADJECTIVES = frozenset(
    {
        "sure", "certain", "convinced", "aware", "unaware", "confident", "uncertain", "optimistic", "pessimistic",
        "hopeful", "doubtful", "dubious", "concerned", "worried", "afraid", "scared", "fearful", "anxious", "nervous",
        "terrified", "sanguine",
    }
)
ADJECTIVE_ACTS: dict[str, str] = {
    **{adjective: "stance" for adjective in STANCE_ADJECTIVES},
    **{adjective: "intention" for adjective in _AIM_ADJECTIVES},
    **{adjective: "belief" for adjective in _VIEW_ADJECTIVES},
}

# Cues of two words whose act is not their verb's: "pointed out that" is said ("pointed to" takes a
# side), "made clear that" is said; matched on the lemmas of the cue's words, side by side.
WORD_PAIR_ACTS: dict[tuple[str, str], str] = {
    ("point", "out"): "speech", ("weigh", "in"): "speech", ("speak", "out"): "speech",
    ("spell", "out"): "speech", ("lay", "out"): "speech", ("make", "clear"): "speech",
}

# Verbs of a stance that, with a whole quote as their content, pass on someone's words: "“...,” she
# shared", "“...,” he echoed": what is quoted was said (PolNeAR's "shared the photo" is a stance).
QUOTE_PASSING_VERBS: frozenset[str] = frozenset(
    {"share", "echo", "highlight", "outline", "detail", "express", "recount", "remember", "offer"}
)

# Phrasal cues that carry no cue word: "according to X", "in the words of X", "per X".
PHRASE_ACTS: dict[str, str] = {phrase: "speech" for phrase in SOURCE_PREPOSITIONS}

# Marks that a layout prints between a speaker and their words: the colon of a transcript line or
# a headline's claim ("RUIZ: We will ...", "Ruiz: bridge to open"), the dash of a signed quote.
PRINTED_MARKS: frozenset[str] = frozenset({":", "-", "--", "\u2013", "\u2014", "\u2015"})

# What a work holds is evidence (holders are lemmas, as the model gives them: "data" is "datum"), whatever its cue would be with a person: "the poll found" (a person
# who "found" holds a belief), "a study suggests" (a person who "suggests" speaks), "the study
# highlighted".
EVIDENCE_HOLDERS: frozenset[str] = frozenset(
    {
        *POLL_NOUNS, "study", "research", "data", "datum", "audit", "analysis", "finding", "findings", "evidence",
        "statistic", "statistics", "experiment",
    }
)
# Works that are also outlets, people or their doings ("the paper reported", "senior party figures
# said", "the inquiry heard"): evidence only with a finding's verb ("new figures show").
FINDING_HOLDERS: frozenset[str] = EVIDENCE_HOLDERS | FINDING_NOUNS | {"figure", "figures"}
EVIDENCE_LEMMAS: frozenset[str] = FINDING_VERBS | EVIDENCE_VERBS
