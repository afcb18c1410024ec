"""Honorifics, titles and role nouns: how stories name people without their full name."""

from __future__ import annotations

# Words printed before a name that are not part of it ("Sir Keir Starmer" -> "Keir Starmer").
HONORIFICS: frozenset[str] = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "professor",
        "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "rev.", "reverend", "fr", "father",
        "sen.", "sen", "senator", "rep.", "rep", "representative", "gov.", "gov", "governor", "president",
        "vice", "pm", "premier", "chancellor", "minister", "secretary", "mayor", "judge", "justice", "gen.",
        "gen", "general", "col.", "colonel", "capt.", "captain", "sgt.", "sergeant", "lt.", "lieutenant",
        "adm.", "admiral", "king", "queen", "prince", "princess", "pope", "cardinal", "archbishop", "bishop",
        "rabbi", "imam", "sheikh", "chief", "inspector", "detective", "officer", "coach", "speaker",
        "leader", "ambassador", "commissioner", "councillor", "councilman", "councilwoman", "attorney",
        "prime", "deputy", "former", "ex", "acting", "interim", "st", "saint",
    }
)

# Honorifics that tell a person's gender, for pronoun agreement.
MASCULINE_HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mr.", "sir", "lord", "baron", "king", "prince", "father", "fr"}
)
FEMININE_HONORIFICS: frozenset[str] = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "baroness", "queen", "princess"}
)

# Role nouns a story uses for a person it has named ("the Prime Minister", "the senator").
# Multi-word roles are matched before their last word alone.
PERSON_ROLES: frozenset[str] = frozenset(
    {
        "prime minister", "president", "vice president", "presidential candidate", "candidate", "nominee",
        "presidential nominee", "chancellor", "foreign secretary", "home secretary", "secretary of state",
        "minister", "senator", "congressman", "congresswoman", "governor", "mayor", "leader",
        "opposition leader", "chief executive", "chairman", "chairwoman", "chair", "spokesman",
        "spokeswoman", "spokesperson", "founder", "billionaire", "businessman", "businesswoman", "tycoon",
        "star", "actor", "actress", "singer", "coach", "manager", "player", "striker", "captain", "judge",
        "prosecutor", "lawyer", "attorney general", "attorney", "defendant", "suspect", "victim", "premier",
        "king", "queen", "prince", "princess", "pope", "monarch", "republican", "democrat", "speaker",
        "commissioner", "chief", "director", "ceo", "official", "author", "scientist", "professor",
        "economist", "analyst", "ambassador", "general", "commander", "former president", "incumbent",
        "challenger", "frontrunner", "front-runner", "senior minister", "deputy prime minister",
        "first minister", "taoiseach", "chief minister", "secretary", "tory leader", "labour leader",
        "party leader",
    }
)

# Nouns for a group that acts for a person ("Mr Trump's team", "his campaign"); one set per
# meaning, so that "team" and "campaign" of the same person are one organisation.
GROUP_NOUNS: dict[str, str] = {
    "campaign": "campaign",
    "team": "campaign",
    "camp": "campaign",
    "campaign team": "campaign",
    "aides": "aides",
    "allies": "allies",
    "lawyers": "lawyers",
    "legal team": "lawyers",
    "administration": "administration",
    "government": "government",
    "office": "office",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "family": "family",
    "supporters": "supporters",
}

# Organisation words that stay part of a name but can be dropped for a short mention
# ("the Labour Party" -> "Labour").
ORG_SUFFIXES: frozenset[str] = frozenset(
    {
        "party", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "corp", "corp.", "corporation", "company", "co",
        "co.", "group", "foundation", "association",
    }
)

# Nouns for a person that tell the person's gender: set beside a name ("Jane Ruiz, the
# chairwoman", "his wife, Ana Ruiz", "Congresswoman Jane Ruiz") they tell a pronoun whom it fits.
MASCULINE_PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "congressman", "chairman", "spokesman", "businessman", "councilman", "assemblyman", "alderman",
        "anchorman", "sportsman", "king", "prince", "duke", "earl", "emperor", "father", "son", "brother",
        "husband", "boyfriend", "grandfather", "grandson", "uncle", "nephew", "widower", "stepfather",
        "dad", "man", "boy", "gentleman", "fiancé", "fiance", "waiter", "monk", "priest",
    }
)
FEMININE_PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "congresswoman", "chairwoman", "spokeswoman", "businesswoman", "councilwoman", "assemblywoman",
        "alderwoman", "anchorwoman", "sportswoman", "queen", "princess", "duchess", "countess", "empress",
        "mother", "daughter", "sister", "wife", "girlfriend", "grandmother", "granddaughter", "aunt",
        "niece", "widow", "stepmother", "mum", "mom", "woman", "girl", "lady", "fiancée", "fiancee",
        "actress", "waitress", "nun", "heiress",
    }
)

# Words that open a letter's salutation: the name after one is a first name ("Dear Margaret").
SALUTATIONS: frozenset[str] = frozenset({"dear"})
