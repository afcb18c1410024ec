"""Who does a verb that has no subject of its own: words that say whether the object of the verb
it hangs on does it (``stages.attribution.doers``)."""

from __future__ import annotations

# Verbs that make their object do what follows: "the defeat led her [to concede]", "the storm
# forced officials [to admit] ...", "the leak prompted the chair [to announce] ...". The object
# speaks, not the cause. Verbs of asking or urging ("pushed the council to vote", "persuaded
# donors to give") are left out: there the one who asks is the source PolNeAR marks.
CAUSATIVE_VERBS: frozenset[str] = frozenset(
    {"lead", "prompt", "force", "cause", "spur", "compel", "drive", "provoke", "motivate", "inspire"}
)

# Prepositions that set a noun beside the verb's action, not inside it: "angered leaders [with his
# remarks]", "fared poorly [since her decision]", "[despite his claim]". The noun's possessor holds
# its view; the verb's subject may be someone else ("Voters left him after his decision").
CIRCUMSTANCE_PREPOSITIONS: frozenset[str] = frozenset(
    {"with", "since", "despite", "beyond", "over", "after", "before", "following", "amid", "during", "until"}
)

# Verbs of putting something out: what their object says, its maker says. "The PAC ran ads
# attacking the mayor", "the paper published a story detailing ...", "the council approved a
# resolution condemning ...": the PAC, the paper, the council. Holding or being shown a thing is
# not making it ("held up a sign saying ...": the sign).
PUTTING_OUT_VERBS: frozenset[str] = frozenset(
    {
        "release", "publish", "issue", "unveil", "post", "leak", "circulate", "distribute", "run", "air",
        "launch", "approve", "pass", "adopt", "author", "co-author", "write", "pen", "draft", "file",
        "plant", "produce", "sponsor", "introduce", "fund", "bankroll",
    }
)

# A poll's findings: "In a Gazette poll, 60 percent of voters said ...": the poll (one of
# ``vocab.polls.POLL_NOUNS``) is the source of a share of its respondents (PolNeAR marks the poll),
# where it stands beside the verb, not inside the share ("60 percent of voters in a Gazette poll
# said": the share, which holds it). The words for such a share:
SHARE_WORDS: frozenset[str] = frozenset(
    {"percent", "%", "half", "third", "thirds", "quarter", "majority", "minority", "plurality", "most"}
)
