"""Reporting cues as data: the verbs and phrases that introduce what someone said or thought.

Each verb lemma belongs to one class. `speech` and `written` are statements; `belief` and
`intention` are attributions too (PolNeAR annotates them) but are kept apart so that a user asking
"what did X say" can leave them out.
"""

from __future__ import annotations

SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "note", "explain", "claim", "insist", "argue", "state", "announce", "declare",
        "warn", "admit", "acknowledge", "deny", "suggest", "report", "reply", "respond", "answer", "ask",
        "confirm", "reveal", "predict", "promise", "vow", "pledge", "accuse", "complain", "allege",
        "contend", "maintain", "stress", "emphasize", "emphasise", "recall", "assert", "concede", "boast",
        "joke", "quip", "testify", "urge", "demand", "charge", "dismiss", "reject", "question", "signal",
        "indicate", "hint", "propose", "recommend", "advise", "caution", "lament", "comment", "counter",
        "retort", "remark", "observe", "mention", "agree", "disagree", "conclude", "estimate", "forecast",
        "guarantee", "swear", "threaten", "repeat", "reiterate", "shout", "scream", "whisper", "speak",
        "talk", "brag", "blast", "slam", "praise", "criticize", "criticise", "blame", "describe", "call",
        "label", "dub", "brand", "mock", "attack", "defend", "contest", "dispute", "protest", "plead",
        "inform", "assure", "reassure", "convince", "order", "instruct", "request", "invite", "challenge",
        "project", "calculate", "tout", "trumpet", "hail", "welcome", "condemn", "denounce", "decry",
        "pronounce", "proclaim", "cite", "quote", "recount", "characterize", "characterise", "affirm",
        "allow", "grant", "specify", "clarify", "elaborate", "muse", "opine", "theorize", "surmise",
        "exclaim", "yell", "cry", "sigh", "laugh", "smile", "chuckle", "snap", "bark", "mutter", "disclose",
        "divulge", "leak", "publish", "release", "brief", "discuss",
    }
)

WRITTEN_VERBS: frozenset[str] = frozenset({"write", "tweet", "post", "blog", "email", "text", "pen"})

BELIEF_VERBS: frozenset[str] = frozenset(
    {
        "believe", "think", "feel", "know", "expect", "fear", "worry", "doubt", "suspect", "consider",
        "assume", "understand", "realize", "realise", "reckon", "suppose", "guess", "imagine", "conclude",
        "find", "see", "view", "regard", "recognize", "recognise", "acknowledge", "learn", "discover",
        "determine", "judge", "presume", "trust", "sense",
    }
)

INTENTION_VERBS: frozenset[str] = frozenset({"hope", "want", "plan", "intend", "wish", "aim", "seek", "vow"})

CUE_CLASS: dict[str, str] = {
    **{v: "intention" for v in INTENTION_VERBS},
    **{v: "belief" for v in BELIEF_VERBS},
    **{v: "written" for v in WRITTEN_VERBS},
    **{v: "speech" for v in SPEECH_VERBS},
}

# Verbs whose content is their object plus a preposition phrase, not a clause:
# "accused the Labour Party of interfering", "complained about X to Y", "blamed X for Y".
OBJECT_FRAME_VERBS: dict[str, tuple[str, ...]] = {
    "accuse": ("of",),
    "blame": ("for", "on"),
    "charge": ("with",),
    "criticize": ("for",),
    "criticise": ("for",),
    "praise": ("for",),
    "thank": ("for",),
    "urge": (),
    "warn": ("of", "about", "against"),
    "complain": ("about", "of", "that"),
    "ask": ("about", "for", "whether", "if"),
    "deny": (),
    "dismiss": ("as",),
    "describe": ("as",),
    "call": ("for", "on"),
    "label": ("as",),
    "brand": ("as",),
    "condemn": ("as", "for"),
    "defend": (),
    "reject": (),
    "dispute": (),
    "question": (),
    "welcome": (),
    "hail": ("as",),
    "promise": (),
    "demand": (),
    "discuss": (),
    "talk": ("about",),
    "speak": ("about", "of"),
    "testify": ("about", "that"),
    "report": (),
}

# Verbs that name who was told, and the prepositions that introduce a medium or an addressee.
ADDRESSEE_VERBS: frozenset[str] = frozenset(
    {"tell", "inform", "assure", "reassure", "warn", "brief", "urge", "ask", "remind", "promise", "convince", "write"}
)
ADDRESSEE_PREPOSITIONS: frozenset[str] = frozenset({"to"})
# Nouns after "in" that name the medium of a statement ("in an interview with CNN", "in a statement").
MEDIUM_NOUNS: frozenset[str] = frozenset({
    "interview", "statement", "letter", "complaint", "post", "tweet", "message", "email", "speech",
    "briefing", "remark", "comment", "op-ed", "column", "podcast", "filing", "lawsuit", "memo",
    "video", "broadcast", "address", "testimony", "submission", "blog", "essay", "release",
})

# Phrasal cues that carry no verb of their own in the parse.
SOURCE_PREPOSITIONS: tuple[str, ...] = ("according to", "in the words of", "per")

# Passive hearsay: "were said to have", "is believed to", "is understood to" — no source named.
HEARSAY_LEMMAS: frozenset[str] = frozenset(
    {
        "say", "believe", "understand", "think", "report", "rumour", "rumor", "allege", "claim", "expect",
        "know", "suppose", "presume", "tip", "feel", "consider", "see",
    }
)
# Impersonal openers with no source: "It is understood that", "It was reported that".
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset({"it"})

# Nouns that act as cues: "in a statement", "his claim that", "the allegation that".
CUE_NOUNS: frozenset[str] = frozenset(
    {
        "statement", "claim", "allegation", "assertion", "announcement", "warning", "remark", "comment",
        "suggestion", "insistence", "argument", "accusation", "complaint", "promise", "pledge", "vow",
        "belief", "view", "report", "testimony", "admission", "denial", "message", "tweet", "post", "letter",
        "interview", "speech", "briefing", "press release",
    }
)

# Subjects whose statements are the publisher's own, never attributed ("we believe ...").
PUBLISHER_VOICE_SUBJECTS: frozenset[str] = frozenset({"we", "us", "i"})

# Capitalised labels that open a paragraph with a colon but name no speaker ("UPDATE: ...").
LAYOUT_NON_SPEAKERS: frozenset[str] = frozenset(
    {
        "UPDATE", "UPDATED", "WATCH", "READ", "READ MORE", "RELATED", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE",
        "CORRECTION", "CLARIFICATION", "PHOTOS", "PHOTO", "VIDEO", "LIVE", "BREAKING", "EXCLUSIVE", "ANALYSIS",
        "OPINION", "SOURCE", "SOURCES", "SEE ALSO", "ALSO", "MORE", "FULL TEXT", "ABSTRACT", "PS", "P.S", "NB",
    }
)
