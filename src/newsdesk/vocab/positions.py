"""Positions taken by a deed or stated with a copula, as data for ``stages.attribution.deeds`` and
``stages.attribution.copular``: "took aim at the plan", "made no secret of her doubts", "voted in
favor of the levy", "Ruiz's contention is that ...". PolNeAR counts these as attributions of the
subject's position, as it does "criticized the plan"."""

from __future__ import annotations

# (verb lemma, object noun lemma) -> the prepositions that introduce what the stance is about,
# hung on the noun or on the verb: "took [aim] at [the rules]", "had harsh [words] for [the board]";
# "that" for a clause: "made the [point] [that ...]".
# Only idioms whose object says nothing on its own: "took a shot" at a goal or a title is rare in
# news beside "took a shot at a rival", but "took care of", "took part in", "made fun of" (which
# PolNeAR leaves alone) are not here.
DEED_IDIOMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("take", "aim"): ("at",),
    ("take", "shot"): ("at",),
    ("take", "potshot"): ("at",),
    ("take", "swipe"): ("at",),
    ("take", "jab"): ("at",),
    ("take", "issue"): ("with",),
    ("take", "exception"): ("to",),
    ("take", "credit"): ("for",),
    ("make", "secret"): ("of",),
    ("make", "joke"): ("about",),
    ("have", "word"): ("for",),
    ("cast", "doubt"): ("on", "upon"),
    ("cast", "aspersion"): ("on", "upon"),
    ("cast", "blame"): ("on", "upon"),
    # a point or a plea made: "made the point that ...", "made a plea for calm"
    ("make", "point"): ("that",),
    ("make", "plea"): ("for",),
    ("make", "case"): ("that",),
    ("make", "argument"): ("that",),
}

# A side taken with a verb and its particle, (verb lemma, particle) -> the prepositions that
# introduce what it is about: "lashed out at the board", "opened up about her illness", "came out
# against the merger", "sounded off on the fares". Without the particle the verb says nothing of
# the kind ("came against", "opened about").
PARTICLE_STANCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("lash", "out"): ("at", "against"),
    ("open", "up"): ("about",),  # not "opened up on Twitter": where
    ("come", "out"): ("against",),
    ("sound", "off"): ("on", "about", "against"),
    ("push", "back"): ("on", "against"),
    ("hit", "back"): ("at", "against"),
}

# Verbs of faulting someone only with what for: "ripped the mayor for the delays", "dinged Ruiz over
# the fares". Not "hit": in sport and games it strikes ("hit Baker for a 57-yard pass", "hit it for
# double damage") far more often than it faults anyone.
FAULTING_VERBS: dict[str, tuple[str, ...]] = {"rip": ("for", "over"), "ding": ("for", "over")}

# A view made known by "make" with an adjective: "made it clear that ...", "made clear his aim".
MADE_KNOWN_ADJECTIVES: frozenset[str] = frozenset({"clear", "plain"})

# A side taken "in favor of" something: "voted in favor of the levy", "spoke in support of the
# library". The verbs that take a side this way, and the nouns of a side after their "in".
SIDE_TAKING_VERBS: frozenset[str] = frozenset({"vote", "speak", "argue", "testify", "campaign", "rule", "weigh"})
SIDE_NOUNS: frozenset[str] = frozenset({"favor", "favour", "support", "opposition", "defense", "defence"})

# Nouns for a view that a copula states, besides the cue nouns (`vocab.cues.CUE_NOUNS`): "Ruiz's
# contention is that ...", "her impression was that ...", "his point was that ...".
STATED_VIEW_NOUNS: frozenset[str] = frozenset(
    {
        "contention",
        "point",
        "impression",
        "answer",
        "slogan",
        "motto",
        "mantra",
        "dictum",
        "theory",
        "thinking",
        "reasoning",
        "logic",
        "sense",
        "feeling",
        "worry",
        "goal",
        "aim",
        "hunch",
        "verdict",
        "conclusion",
        "premise",
        "thesis",
        "case",
        "pitch",
        "line",
    }
)

