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
        "specify", "clarify", "elaborate", "muse", "opine", "theorize", "surmise",
        "exclaim", "yell", "cry", "sigh", "laugh", "smile", "chuckle", "snap", "bark", "mutter", "disclose",
        "divulge", "leak", "publish", "release", "brief", "discuss", "speculate", "remind",
        "rule",
    }
)

WRITTEN_VERBS: frozenset[str] = frozenset({"write", "tweet", "post", "blog", "email", "text", "pen"})

BELIEF_VERBS: frozenset[str] = frozenset(
    {
        "believe", "think", "feel", "know", "expect", "fear", "worry", "doubt", "suspect", "consider",
        "assume", "understand", "realize", "realise", "reckon", "suppose", "guess", "imagine", "conclude",
        "find", "see", "view", "regard", "recognize", "recognise", "acknowledge", "learn", "discover",
        "determine", "judge", "presume", "trust", "sense", "wonder",
    }
)

INTENTION_VERBS: frozenset[str] = frozenset(
    {
        "hope", "want", "plan", "intend", "wish", "aim", "seek", "vow", "decline", "refuse", "prefer", "decide",
        "like", "offer",
    }
)

# Evidence that speaks through a subject that is not a person: "polls show that", "the data suggest".
EVIDENCE_VERBS: frozenset[str] = frozenset({"show", "demonstrate", "prove", "indicate", "reveal", "suggest"})

# Hedges with no source: "the deal seems to be dead", "he appeared to confirm": the writer's
# impression, flagged as unsourced.
HEDGE_VERBS: frozenset[str] = frozenset({"seem", "appear"})

# What a hedge takes after it: "seems [to be dead]", "appears [that ...]", "seemed [like a trap]".
# "appear" with a place or company ("appeared [on television]", "appeared [with the mayor]") says
# where someone was seen, no impression, so it takes no prepositional phrase.
HEDGE_COMPLEMENTS: dict[str, frozenset[str]] = {
    "seem": frozenset({"xcomp", "ccomp", "acomp", "oprd", "attr", "prep"}),
    "appear": frozenset({"xcomp", "ccomp", "acomp", "oprd", "attr"}),
}

# A stance on what the object names: "endorsed Clinton", "opposes the deal", "called the plan
# “dangerous”". PolNeAR annotates these as attributions of the subject's position.
STANCE_VERBS: frozenset[str] = frozenset(
    {
        "support", "oppose", "endorse", "back", "favor", "favour", "embrace", "champion", "advocate",
        "applaud", "criticize", "criticise", "praise", "blast", "slam", "attack", "denounce", "condemn",
        "decry", "mock", "ridicule", "tout", "hail", "defend", "dispute", "question", "challenge", "cite",
        "mention", "announce", "propose", "express", "describe", "recall", "acknowledge", "admit", "deny",
        "reveal", "confirm", "predict", "promise", "pledge", "unveil", "reject", "welcome", "call", "label",
        "dub", "brand", "portray", "characterize", "characterise", "highlight", "echo", "lament", "list",
        "name", "blame", "accuse", "thank", "dismiss", "recommend", "urge", "demand", "request", "discuss",
        "repeat", "reiterate", "tweet", "retweet", "post", "address", "rebuke", "chide", "fault",
        "scold", "berate", "lambaste", "assail", "rail", "knock", "show",
        # a view or a wish about what the object names: "noted the sparse crowd", "wants the votes"
        "note", "stress", "emphasize", "emphasise", "explain", "disclose", "declare", "invoke",
        "promote", "prefer", "fear", "recognize", "recognise", "identify", "want",
        "seek", "share", "deem", "credit", "congratulate", "encourage", "order", "recount",
        "rebut", "outline", "detail", "insult", "remember", "suggest", "decline", "relish", "state",
        "withhold", "love", "contemplate", "offer",
    }
)

# Verbs that name what they report only with a second object: "called the plan “dangerous”",
# "dubbed him a liar"; "called Mr Trump" alone is a telephone call.
NAMING_VERBS: frozenset[str] = frozenset({"call", "dub", "label", "brand", "name", "term"})

# Verbs of a finding, and the works that find: "the survey found broad support for the levy", "the
# audit finds the agency with a deficit". A person who finds something ("found the keys") reports
# nothing, so the subject must name such a work.
FINDING_VERBS: frozenset[str] = frozenset({"find"})
FINDING_NOUNS: frozenset[str] = frozenset(
    {
        "poll", "survey", "polling", "study", "report", "analysis", "review", "audit", "inquiry", "investigation",
        "probe", "research", "paper", "census", "data", "test", "experiment", "assessment", "evaluation",
    }
)

# Verbs of a view of something "as" something: "sees the levy as a tax on the poor"; in the passive
# with no agent ("the plan is seen as a trap") the view is held but by no one named.
VIEW_AS_VERBS: frozenset[str] = frozenset({"see", "view", "regard", "perceive"})

# Verbs of a repute in the passive with "for": "the mill is best known for its red brick", "she will be
# remembered for the bridge".
REPUTE_VERBS: frozenset[str] = frozenset({"know", "remember"})

# Prepositions that name what a view is held on or in, not when or how: "agreed on a new timetable",
# "believe in a smaller government" ("agreed on Monday" is a date, "believed in vain" a manner).
VIEW_PREPOSITIONS: dict[str, tuple[str, ...]] = {"agree": ("on", "upon"), "believe": ("in",)}

# Verbs whose second complement says what the object is taken to be: "considers the plan dead",
# "found it hard", "sees him fit": no reported clause, whatever the parser makes of it.
OBJECT_COMPLEMENT_VERBS: frozenset[str] = frozenset(
    {"consider", "find", "see", "view", "regard", "deem", "judge", "declare", "make", "keep", "leave", "get"}
)

# Verbs of making something public: in the passive ("the plan was announced by the ministry", "the
# report was released by the campaign") the subject is a thing made public, not a view its agent holds.
MAKE_PUBLIC_VERBS: frozenset[str] = frozenset(
    {"announce", "release", "publish", "unveil", "issue", "post", "leak", "disclose", "circulate", "distribute"}
)

# Verbs whose only complement is what was said: an object the parser gives them ("said families
# file lawsuits", "says the movement is ...") is the start of a reported clause it misread.
CLAUSE_VERBS: frozenset[str] = frozenset({"say"})

# Nouns for the words someone used, before a quote that gives them: "used the phrase “...”".
WORDING_NOUNS: frozenset[str] = frozenset(
    {"phrase", "word", "words", "term", "slogan", "line", "motto", "nickname", "catchphrase", "refrain", "mantra"}
)
# Nouns for an account told, whose "of" or "about" says what: "told the story of [how ...]".
ACCOUNT_NOUNS: frozenset[str] = frozenset({"story", "tale", "account"})
# Nouns for a message that a colon opens: "had one message: “Stop the cuts.”", "his reply: “No.”".
LEAD_IN_NOUNS: frozenset[str] = frozenset({"message", "reply", "answer", "response", "verdict", "warning"})

# Cues whose content is the object of a preposition or particle: "called for X", "pointed to X".
PHRASAL_CUES: dict[str, tuple[str, ...]] = {
    "ask": ("about",),
    "call": ("for", "on", "upon", "out"),
    "point": ("to", "out"),
    "refer": ("to",),
    "talk": ("about", "of"),
    "speak": ("about", "of", "out"),
    "focus": ("on",),
    "push": ("for",),
    "argue": ("for", "against", "over"),
    "press": ("for",),
    "rail": ("against",),
    "advocate": ("for",),
    "lobby": ("for", "against"),
    "comment": ("on",),
    "weigh": ("in", "on"),
    "hint": ("at",),
    "complain": ("about", "of"),
    "worry": ("about",),
    "disagree": ("with", "on"),
    "object": ("to",),
    "respond": ("to",),
    "react": ("to",),
    "insist": ("on",),
    "admit": ("to",),
    "boast": ("about", "of"),
    "brag": ("about",),
    "joke": ("about",),
    "warn": ("of", "about", "against"),
    # a side taken: "voted against the bill", "agreed with the mayor", "looked to the courts"
    "vote": ("against", "for", "down"),
    "agree": ("with",),
    "side": ("with",),
    "think": ("about",),
    "look": ("to",),
    "hope": ("for",),
    "write": ("about",),
    "apologize": ("for",),
    "apologise": ("for",),
    "stand": ("by",),
    "distance": ("from",),
    "campaign": ("for", "against"),
    "allude": ("to",),
    "dwell": ("on",),
    "touch": ("on",),
}

# Cues whose content is a to-infinitive: "declined to comment", "vowed to fight on".
XCOMP_CUES: frozenset[str] = frozenset(
    {
        "hope", "want", "plan", "intend", "wish", "aim", "seek", "vow", "promise", "pledge", "threaten",
        "urge", "ask", "demand", "claim", "expect", "decline", "refuse", "offer", "agree", "prefer",
        "decide", "propose", "encourage", "tell", "order", "advise", "warn",
        # "would like to see", "looks to expand"
        "like", "look",
        # a course of action weighed: "is considering running", "considered selling the farm"
        "consider",
        # a side taken by a vote: "voted to delay the tax"
        "vote",
    }
)

# A likeness drawn, a stance only with what it is likened to: "likened the rules to “burning the
# charter”", "compared the tax with a robbery"; "compared notes" reports nothing.
LIKENESS_VERBS: frozenset[str] = frozenset({"liken", "compare"})

# Forms the model's lemmatizer gets wrong in news text: "hopes" is not a form of "hop".
LEMMA_FIXES: dict[str, str] = {
    "hopes": "hope", "hoped": "hope", "hoping": "hope", "retweeted": "retweet", "retweets": "retweet",
}

# Verbs that introduce a quote beside them though they report nothing else: "“...,” he continued",
# "she went on: “...”", "“...,” the crowd chanted".
QUOTE_CONTINUATION_VERBS: frozenset[str] = frozenset(
    {
        "continue", "go", "demur", "sing", "chant", "recite", "interject", "interrupt", "chime", "begin",
        "finish", "close", "conclude", "offer", "read", "cheer", "quote", "shoot", "fire", "snap", "scoff",
        "press", "persist",
    }
)

# A preposition right after a cue verb that belongs to the cue, not to what it reports: "talked
# about [the economy]", "warned of [a long winter]", "asked for [a recount]".
CUE_PREPOSITIONS: frozenset[str] = frozenset({"about", "of", "for"})

# A preposition after a cue verb that names what a quote before it was about: "“...,” Trump said of
# [waterboarding]". The quote is what was said; the preposition's object is its topic, not more of it.
TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"of", "about"})

# Verbs that start a further statement of the speaker just quoted: "..., he said, adding ...", "she
# said, going on to ...", "..., explaining why ...". What follows them is a statement of its own,
# not the rest of the quote.
FURTHER_STATEMENT_VERBS: frozenset[str] = frozenset({"add", "continue", "go", "conclude", "elaborate", "follow", "explain"})

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
    "ask": ("for", "whether", "if"),
    "deny": (),
    "dismiss": ("as",),
    "describe": ("as",),
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
    # a likeness drawn: "likened the rules to “burning the charter”", "compared the plan with a tax"
    "liken": ("to",),
    "compare": ("to", "with"),
    # a view of someone as something: "sees Christie as a uniter", "views the deal as a trap"
    "see": ("as",),
    "view": ("as",),
    "regard": ("as",),
    "cast": ("as",),
    "portray": ("as",),
    "paint": ("as",),
}

CUE_CLASS: dict[str, str] = {
    **{v: "stance" for v in OBJECT_FRAME_VERBS},  # "cast the deal as a betrayal"
    **{v: "stance" for v in STANCE_VERBS},
    **{v: "stance" for v in LIKENESS_VERBS},
    **{v: "stance" for v in PHRASAL_CUES},
    **{v: "evidence" for v in EVIDENCE_VERBS},
    **{v: "intention" for v in INTENTION_VERBS},
    **{v: "belief" for v in BELIEF_VERBS},
    **{v: "written" for v in WRITTEN_VERBS},
    **{v: "speech" for v in SPEECH_VERBS},
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

# Writings whose words are read off them: "“...,” the sign read", "“...,” the editorial read".
READING_NOUNS: frozenset[str] = frozenset({
    "sign", "signs", "banner", "banners", "placard", "poster", "editorial", "headline", "email", "letter",
    "note", "message", "text", "caption", "plaque", "inscription", "ad", "advertisement", "flyer", "leaflet",
    "card", "shirt", "t-shirt", "sticker", "notice", "memo", "statement", "post", "tweet", "release",
})

# Reporting verbs the parser may take for nouns after a quote: "“...,” the editorial read.", "“...,”
# the two write.", "“...,” a voice-over in the ad states."
NOUN_LIKE_CUES: frozenset[str] = frozenset({"read", "reads", "write", "writes", "state", "states", "note", "notes"})

# Where or when a stance was taken, not what it was about: "endorsed Clinton [during a rally]",
# "mocked Trump [on Twitter]". Media nouns count too.
SETTING_NOUNS: frozenset[str] = frozenset({
    "rally", "conference", "debate", "meeting", "hearing", "call", "event", "appearance", "forum",
    "show", "program", "programme", "town", "stop", "session", "visit", "twitter", "facebook",
    "instagram", "television", "tv", "radio", "website", "air", "camera", "stage", "floor",
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

# The reader, as the holder of a noun's report: "your reaction to the news", "whatever your
# opinion of the plan", "undermine your claim" ask or tell the reader, and report no one's words.
READER_POSSESSIVES: frozenset[str] = frozenset({"your", "yours"})

# Object pronouns that stand for people named before: a stance on one names whom ("endorsed him",
# "was critical of them"), where "backed it" or "passionate about that" says nothing on its own.
PERSON_OBJECT_PRONOUNS: frozenset[str] = frozenset({"him", "her", "them"})

# Nouns that act as cues, by the class of what they report (as ``CUE_CLASS`` for verbs): "in a
# statement", "his claim that", "her criticism of the plan", "her view that", "their plan to".
_SPOKEN_CUE_NOUNS = frozenset(
    {
        "statement", "claim", "allegation", "assertion", "announcement", "warning", "remark", "comment",
        "suggestion", "insistence", "argument", "accusation", "complaint", "promise", "pledge", "vow",
        "report", "testimony", "admission", "denial", "message", "interview", "speech", "briefing",
        "press release", "criticism", "attack", "question", "call", "case", "proposal", "response", "request",
        "advice", "praise", "appeal", "threat", "prediction", "reference", "mention", "demand", "insinuation",
        "charge", "critique", "condemnation", "objection", "reply", "explanation",
    }
)
_WRITTEN_CUE_NOUNS = frozenset({"tweet", "post", "letter"})
_BELIEF_CUE_NOUNS = frozenset(
    {
        "belief", "view", "concern", "opinion", "doubt", "fear", "assessment", "confidence", "suspicion",
        "skepticism", "scepticism",
    }
)
_INTENTION_CUE_NOUNS = frozenset({"plan", "decision", "hope", "desire", "wish", "intention", "willingness", "refusal"})
_STANCE_CUE_NOUNS = frozenset(
    {
        "support", "endorsement", "opposition", "position", "stance", "defense", "defence", "reaction", "push",
        "frustration", "anger", "outrage", "enthusiasm",
    }
)
CUE_NOUN_CLASS: dict[str, str] = {
    **{n: "stance" for n in _STANCE_CUE_NOUNS},
    **{n: "intention" for n in _INTENTION_CUE_NOUNS},
    **{n: "belief" for n in _BELIEF_CUE_NOUNS},
    **{n: "written" for n in _WRITTEN_CUE_NOUNS},
    **{n: "speech" for n in _SPOKEN_CUE_NOUNS},
}
CUE_NOUNS: frozenset[str] = frozenset(CUE_NOUN_CLASS)

# Verbs that lend a cue noun their subject and little else: "voiced support for", "made the case".
LIGHT_VERBS: frozenset[str] = frozenset(
    {
        "make", "offer", "give", "issue", "express", "voice", "raise", "release", "deliver", "lodge", "file", "repeat",
        "have", "hold", "take", "share", "air", "signal",
    }
)

# What a speaker claims as their own when "claim" takes a noun, not a clause: "claimed victory",
# "claimed responsibility for the attack" are statements; "the fire claimed six lives" is none.
CLAIMED_OUTCOMES: frozenset[str] = frozenset(
    {"victory", "win", "success", "credit", "responsibility", "momentum", "nomination", "mandate", "majority"}
)

# Irregular pasts of reporting verbs, as a title-case headline prints them ("Trump Said ...") where
# the parser gives no lemma: the regular "-s" and "-ed" forms are undone by rule.
HEADLINE_VERB_PASTS: dict[str, str] = {
    "said": "say", "told": "tell", "wrote": "write", "thought": "think", "spoke": "speak", "knew": "know",
    "felt": "feel", "swore": "swear", "taught": "teach", "showed": "show", "shown": "show",
}

# Subjects whose statements are the publisher's own, never attributed ("we believe ...").
PUBLISHER_VOICE_SUBJECTS: frozenset[str] = frozenset({"we", "us", "i"})

# Headline kickers before a colon that sell the story rather than name who speaks: "Revealed: ...",
# "Wow: ...", "Just In: ...". Upper case, as the label is compared.
HEADLINE_KICKERS: frozenset[str] = frozenset(
    {
        "BREAKING", "BREAKING NEWS", "JUST IN", "REVEALED", "BOMBSHELL", "BUSTED", "BOOM", "WOW", "LOOK", "WATCH",
        "LISTEN", "SHOCK", "SHOCKING", "JUST LEAKED", "LEAKED", "DEVELOPING", "ALERT", "UPDATED", "LIVE UPDATES",
        "EXPLAINER", "EXPLAINED", "REVIEW", "INTERVIEW", "EDITORIAL", "COMMENTARY", "OPINION", "ANALYSIS",
        "FACT CHECK", "QUIZ", "RECAP", "PREVIEW", "OBITUARY", "PAID NOTICE", "PODCAST", "NEWSLETTER",
    }
)

# Capitalised labels that open a paragraph with a colon but name no speaker ("UPDATE: ...").
LAYOUT_NON_SPEAKERS: frozenset[str] = frozenset(
    {
        "UPDATE", "UPDATED", "WATCH", "READ", "READ MORE", "RELATED", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE",
        "CORRECTION", "CLARIFICATION", "PHOTOS", "PHOTO", "VIDEO", "LIVE", "BREAKING", "EXCLUSIVE", "ANALYSIS",
        "OPINION", "SOURCE", "SOURCES", "SEE ALSO", "ALSO", "MORE", "FULL TEXT", "ABSTRACT", "PS", "P.S", "NB",
    }
)

# First words of a label that credits a picture rather than naming a speaker: "Image Credits: Getty
# Images", "Photo: Jane Ruiz/Reuters", "Image via the studio: ...".
CREDIT_LABEL_WORDS: frozenset[str] = frozenset({
    "image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures", "credit",
    "credits", "illustration", "graphic", "courtesy", "footage",
})
