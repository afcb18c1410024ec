"""Stance adjectives: a view, wish or feeling an adjective states of its subject, with the words
that introduce what it is about ("was eager to ...", "is sure that ...", "remained critical of
..."). PolNeAR counts these as attributions of the subject's position (``stages.attribution.adjectival``)."""

from __future__ import annotations

# Adjectives that state a view, wish or feeling of their subject, and what introduces its content:
# "was eager [to help]", "is sure [that ...]", "remained critical [of the plan]". "to" is an
# infinitive, "that" a clause; any other word is the preposition before the content.
STANCE_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "eager": ("to",),
    "keen": ("to",),
    "quick": ("to",),
    "willing": ("to",),
    "unwilling": ("to",),
    "reluctant": ("to",),
    "hesitant": ("to",),
    "inclined": ("to",),
    "determined": ("to",),
    "sure": ("that",),
    "certain": ("that",),
    "convinced": ("that",),
    "adamant": ("that",),
    "surprised": ("that",),
    "shocked": ("that",),
    "upset": ("that",),
    "hopeful": ("that", "about"),
    "aware": ("that", "of"),
    "unaware": ("that", "of"),
    "confident": ("that", "in", "about"),
    "concerned": ("that", "about"),
    "worried": ("that", "about"),
    "optimistic": ("that", "about"),
    "pessimistic": ("that", "about"),
    "uncertain": ("that", "about"),
    "critical": ("of",),
    "skeptical": ("of", "about"),
    "sceptical": ("of", "about"),
    "proud": ("of",),
    "wary": ("of",),
    "supportive": ("of",),
    "dismissive": ("of",),
    "nervous": ("about",),
    "upbeat": ("about",),
    "upfront": ("about",),
    "enthusiastic": ("about",),
    "interested": ("in",),
    "unhappy": ("with", "about"),
    "satisfied": ("with",),
    "frustrated": ("with", "by"),
    "divided": ("on", "over"),
    "united": ("on", "over", "behind"),
    "opposed": ("to",),
    "glad": ("that", "to"),
    "clear": ("that", "about"),
    "afraid": ("that", "of", "to"),
    "scared": ("that", "of"),
    "tired": ("of",),
    "appreciative": ("of",),
    "grateful": ("for", "to"),
    "outspoken": ("about", "on", "in"),
    "focused": ("on",),
    "angry": ("about", "at", "with", "over", "that"),
    "furious": ("about", "at", "with", "over", "that"),
    "enamored": ("of", "with"),
    "enamoured": ("of", "with"),
    "fond": ("of",),
    "sympathetic": ("to", "toward", "towards"),
    "devoted": ("to",),
    "ambivalent": ("about", "toward", "towards"),
    "disappointed": ("in", "with", "by", "that"),
    "impressed": ("by", "with"),
    "thrilled": ("with", "by", "that", "to"),
    "hostile": ("to", "toward", "towards"),
    "dubious": ("of", "about"),
    "doubtful": ("that", "about"),
    "fearful": ("of", "that"),
    "anxious": ("about", "to", "that"),
    "excited": ("about", "by", "that", "to"),
    "comfortable": ("with",),
    "uncomfortable": ("with",),
}

# Nouns for someone who takes a side on what their "of" names: "is a longtime supporter of the
# mayor", "Ruiz, a fierce critic of the plan". A role, not a relation: "an ally of", "a friend of"
# say who someone is close to, not what they hold.
STANCE_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "supporter", "critic", "opponent", "proponent", "defender", "backer", "advocate", "champion",
        "detractor", "admirer", "skeptic", "sceptic",
    }
)
