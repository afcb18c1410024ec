"""Who can hold a belief, an intention or a view (``stages/attribution/minds.py``).

A verb of belief, perception or intention ("thinks", "sees", "wants", "plans") reports a view only
when its subject has a mind: a person, a group of people or an institution that speaks for people.
"The empty mills will see a revival" and "the update sees drivers leave" hold no view. These are the
common nouns, by lemma, that name such a holder; general English, not any one beat's words. Names
(entities), personal pronouns and the works that state findings are told apart by the code.
"""

from __future__ import annotations

# People by what they do, what they are to someone, or where they stand: "officials", "residents",
# "her doctor", "the coach", "critics". Lemmas (singular).
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        # people in general
        "person", "people", "man", "woman", "men", "women", "child", "children", "kid", "boy", "girl",
        "teen", "teenager", "adult", "youngster", "baby", "individual", "human", "someone", "anyone",
        "everyone", "everybody", "somebody", "anybody", "nobody", "citizen", "resident", "local",
        "native", "neighbor", "neighbour", "villager", "townspeople", "inhabitant", "public", "population",
        "folk", "folks", "guy", "gal", "lady", "gentleman", "stranger", "passerby", "bystander", "witness",
        "survivor", "victim", "patient", "consumer", "customer", "client", "user", "shopper", "buyer",
        "seller", "owner", "homeowner", "renter", "tenant", "landlord", "taxpayer", "voter", "electorate",
        "constituent", "viewer", "reader", "listener", "audience", "fan", "spectator", "supporter",
        "follower", "subscriber", "visitor", "tourist", "traveler", "traveller", "passenger", "driver",
        "motorist", "commuter", "pedestrian", "cyclist", "rider", "guest", "host", "member", "participant",
        "attendee", "applicant", "candidate", "nominee", "contender", "contestant", "winner", "loser",
        "immigrant", "migrant", "refugee", "emigrant", "expat", "worshipper", "believer", "millennial",
        "boomer", "retiree", "pensioner", "veteran", "parent", "parishioner", "novice", "newcomer",
        "partisan", "radical", "hardliner", "endorser", "criminal", "mogul", "tycoon", "mate",
        "caller", "attacker", "gunman", "hero", "villain", "bride", "groom", "professional", "pro",
        "exec", "scout", "coordinator", "questioner", "interviewer", "stripper", "ruler", "servicemember",
        "serviceman", "servicewoman", "franchisor", "franchisee", "clan", "tribe", "sponsor", "inventor",
        "enthusiast", "aficionado", "hobbyist", "dj", "cleaner", "trainer", "creative", "hacker",
        "moderator", "personnel", "neurosurgeon",
        # kin and relations
        "mother", "father", "mom", "mum", "dad", "son", "daughter", "brother", "sister", "sibling",
        "husband", "wife", "spouse", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "widow",
        "widower", "grandmother", "grandfather", "grandparent", "grandchild", "grandson", "granddaughter",
        "aunt", "uncle", "cousin", "nephew", "niece", "relative", "family", "friend", "colleague",
        "coworker", "classmate", "roommate", "peer", "ally", "rival", "enemy", "foe", "opponent", "mentor",
        "protege",
        # work and office
        "worker", "employee", "employer", "staff", "staffer", "boss", "manager", "executive", "ceo", "cfo",
        "founder", "cofounder", "co-founder", "chairman", "chairwoman", "chair", "chairperson", "president",
        "director", "head", "chief", "leader", "entrepreneur", "businessman", "businesswoman",
        "investor", "shareholder", "stakeholder", "trader", "banker", "economist", "analyst", "accountant",
        "consultant", "adviser", "advisor", "aide", "assistant", "secretary", "clerk", "spokesman",
        "spokeswoman", "spokesperson", "representative", "rep", "agent", "broker", "dealer", "vendor",
        "supplier", "contractor", "developer", "engineer", "programmer", "designer", "architect", "builder",
        "farmer", "grower", "rancher", "fisherman", "miner", "nurse", "doctor", "physician", "surgeon",
        "dentist", "pharmacist", "therapist", "psychologist", "psychiatrist", "dermatologist",
        "nutritionist", "dietitian", "vet", "veterinarian", "paramedic", "medic", "scientist",
        "researcher", "scholar", "academic", "professor", "lecturer", "teacher", "educator", "tutor",
        "principal", "student", "pupil", "graduate", "expert", "specialist", "technician", "mechanic",
        "electrician", "plumber", "chef", "cook", "baker", "waiter", "bartender", "cashier",
        "pilot", "crew", "sailor", "soldier", "troop", "officer", "commander", "general", "colonel",
        "captain", "sergeant", "marine", "guard", "firefighter", "police", "policeman", "policewoman",
        "detective", "investigator", "inspector", "sheriff", "deputy", "prosecutor", "lawyer", "attorney",
        "counsel", "barrister", "solicitor", "judge", "justice", "magistrate", "juror", "jury", "defendant",
        "plaintiff", "suspect", "inmate", "prisoner", "journalist", "reporter", "correspondent", "editor",
        "columnist", "writer", "author", "blogger", "critic", "commentator", "pundit", "observer",
        "watcher", "insider", "source", "historian", "biographer", "photographer", "filmmaker",
        "producer", "artist", "painter", "sculptor", "musician", "singer", "rapper", "composer", "actor",
        "actress", "performer", "comedian", "dancer", "star", "celebrity", "influencer", "creator",
        "streamer", "gamer", "player", "athlete", "coach", "referee", "umpire",
        "striker", "goalkeeper", "quarterback", "pitcher", "runner", "racer", "boxer", "fighter",
        "champion", "teammate", "rookie", "priest", "pastor", "minister", "bishop", "rabbi", "imam",
        "monk", "nun", "cleric", "preacher",
        # public life
        "official", "politician", "lawmaker", "legislator", "senator", "congressman", "congresswoman",
        "councillor", "councilor", "councilman", "councilwoman", "mayor", "governor", "premier",
        "chancellor", "diplomat", "ambassador", "envoy", "negotiator", "regulator", "bureaucrat",
        "administrator", "commissioner", "delegate", "superdelegate", "activist", "campaigner",
        "organizer", "organiser", "protester", "protestor", "demonstrator", "advocate",
        "lobbyist", "strategist", "pollster", "operative", "donor", "backer", "proponent",
        "defender", "detractor", "skeptic", "sceptic", "conservative", "liberal", "progressive",
        "moderate", "republican", "democrat", "independent", "socialist", "nationalist", "monarch",
        "king", "queen", "prince", "princess", "pope", "dictator", "incumbent", "challenger",
        "frontrunner", "front-runner", "authority", "elite", "leadership", "establishment",
    }
)

# Groups and institutions that hold a view as one ("the company plans to", "the court found",
# "the committee wants"): they speak for the people in them.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "government", "administration", "ministry", "department", "agency", "authority", "office",
        "bureau", "service", "council", "parliament", "congress", "senate", "assembly", "legislature",
        "cabinet", "court", "tribunal", "panel", "committee", "commission", "board", "jury", "regulator",
        "watchdog", "company", "firm", "business", "corporation", "startup", "brand", "maker",
        "manufacturer", "retailer", "publisher", "studio", "label", "network", "broadcaster", "newspaper",
        "paper", "outlet", "bank", "lender", "insurer", "employer", "union", "association", "federation",
        "league", "club", "team", "squad", "side", "organization", "organisation", "group", "charity",
        "foundation", "institute", "center", "centre", "university", "college", "school", "academy",
        "hospital", "clinic", "church", "campaign", "camp", "party", "coalition", "alliance", "movement",
        "faction", "caucus", "bloc", "regime", "state", "country", "nation", "city", "town", "county",
        "province", "region", "district", "municipality", "military", "army", "navy", "force", "police",
        "delegation", "circle", "crowd", "majority", "minority", "community", "society", "staff", "crew",
        "cast", "band", "family", "household", "couple", "pair", "trio", "class", "generation", "fund",
        "lab", "laboratory", "operation", "prosecution", "defense", "defence", "opposition", "fanbase",
        "electorate", "public", "world", "industry", "sector", "market", "kingdom", "republic", "palace",
        "embassy", "consulate", "mission", "chamber", "house", "kremlin", "vatican", "chancellery",
        "nonprofit", "non-profit", "website", "site", "channel", "station", "unit", "giant", "outfit",
        "venture", "store", "shop", "chain", "restaurant", "conference", "interest", "lobby",
    }
)

# Texts that state their author's findings or aims: "the report finds", "the bill seeks to", "the
# platform recognizes". (Polls and studies are ``cues.FINDING_NOUNS`` and ``polls.POLL_NOUNS``.)
TEXT_NOUNS: frozenset[str] = frozenset(
    {
        "bill", "law", "legislation", "act", "measure", "proposal", "initiative", "amendment",
        "resolution", "motion", "petition", "lawsuit", "suit", "case", "complaint", "filing", "ruling",
        "order", "decree", "treaty", "agreement", "deal", "platform", "manifesto", "letter", "memo",
        "statement", "email", "article", "editorial", "essay", "book", "ad", "advert", "advertisement",
        "document", "guideline", "guidance", "policy", "rule", "regulation", "plan", "strategy", "budget",
        "forecast", "projection", "estimate", "model", "index", "tally", "count", "ballot", "notice",
        "examination", "result", "finding",
    }
)

# Endings of nouns for people by what they do or where they come from ("idealists", "a realist",
# "historians"), and the words with those endings that name things.
PERSON_SUFFIXES: tuple[str, ...] = ("ist", "ian")
NOT_PERSON_SUFFIXED: frozenset[str] = frozenset(
    {
        "list", "playlist", "checklist", "wishlist", "shortlist", "blacklist", "whitelist", "watchlist",
        "mist", "wrist", "fist", "twist", "gist", "heist", "assist", "tryst", "median", "meridian",
    }
)

# Words for a share or a number of people, which hold a view where their "of" names people or
# where nothing follows them ("most believe", "42 percent want"): "most of the players think".
PARTITIVE_WORDS: frozenset[str] = frozenset(
    {
        "many", "most", "some", "few", "all", "both", "none", "several", "others", "other", "each",
        "either", "neither", "any", "one", "ones", "rest", "number", "percent", "%", "half", "third",
        "quarter", "majority", "minority", "plurality", "share", "proportion", "fraction", "dozen",
        "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "handful",
        "lot", "lots", "bunch", "plenty", "percentage",
    }
)

# Partitive words that, after "the", name the count rather than whom it counts: "the number of
# visitors saw a rise" (a figure), where "a number of visitors" are people.
COUNT_WORDS: frozenset[str] = frozenset({"number", "share", "proportion", "fraction", "percentage"})

# Partitive words that name a quantity, not people, when nothing says of whom: "the numbers offer a
# window", "a lot can change".
QUANTITY_ONLY_WORDS: frozenset[str] = frozenset(
    {"number", "share", "proportion", "fraction", "percentage", "rest", "lot", "lots", "bunch", "plenty"}
)

# Pronouns that stand for people: "he thinks", "they plan to", "everyone knows". "It" stands for a
# thing and "you" for whoever reads; both are decided elsewhere.
PERSON_PRONOUNS: frozenset[str] = frozenset(
    {
        "i", "me", "we", "us", "he", "him", "she", "her", "they", "them", "one", "someone", "somebody",
        "anyone", "anybody", "everyone", "everybody", "nobody", "whoever", "who", "whom", "those",
        "these", "others", "you", "myself", "himself", "herself", "themselves", "ourselves", "yourself",
    }
)

# Entity labels of people and of those who act for them: a country or a city stands for its
# government ("China wants", "Paris hopes"), a nationality for its people ("Germans fear").
MINDFUL_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})

# The reader, addressed by the writer: "if you want to ...", "you can see ...". Outside quote marks
# and outside a question such a "you" is whoever reads, no speaker.
READER_PRONOUNS: frozenset[str] = frozenset({"you"})
# Modal verbs that make the reader's act possible or advised, not reported: "you can see", "you'll
# want to", "you should know".
READER_MODALS: frozenset[str] = frozenset(
    {"can", "could", "should", "will", "would", "might", "may", "must", "'ll", "’ll", "'d", "’d", "ca", "wo"}
)
# Verbs of need that, with "to", advise the reader as a modal does: "you have to know", "you need to
# decide", "you've got to wonder".
READER_NEED_VERBS: frozenset[str] = frozenset({"have", "need", "get"})
# Subordinators that suppose the reader's act: "if you want", "when you see", "unless you plan".
SUPPOSING_MARKS: frozenset[str] = frozenset(
    {"if", "when", "whenever", "unless", "once", "before", "until", "whether"}
)
# Verbs by which a thing lets the reader do something: "the app lets you see ...", "allows you to".
ENABLING_VERBS: frozenset[str] = frozenset({"let", "allow", "enable", "help", "permit"})

# Verbs of stance that, said of a thing, take no side but name what it does or bears: "the router
# supports two bands", "the term refers to", "the lamps look brighter", "fuel costs weighed on
# profits", "the figures point to a slowdown", "the verdict echoed an older case", "the layout
# encourages sharing", "the patch addresses a bug", "damp promotes mould". With a mind as subject they
# are stances ("the mayor supports the levy"). Verbs whose object a work takes a side on ("the ad
# highlights", "the report focuses on", "the chart compares") are not here: a text holds a view.
STANCES_NEEDING_A_MIND: frozenset[str] = frozenset(
    {
        "support", "refer", "look", "weigh", "point", "echo", "encourage", "favor", "favour",
        "address", "promote", "back", "push", "knock", "stand", "love", "express", "react",
    }
)

# Entity labels of a time, which holds no view however a verb reads: "2023 saw a rise", "last week
# saw three storms" (a time by a common noun, "the year saw", is no holder noun already).
TIME_ENTITY_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})

# Verbs of perception that, said of a group, a place or an institution in the past, the perfect or
# the progressive with a clause after them, tell what it went through: "the carmaker saw buyers turning
# to smaller models", "the district has seen rents climb" (``stages/attribution/experience.py``).
EXPERIENCE_VERBS: frozenset[str] = frozenset({"see"})
# Verbs of that clause that make it a foresight, a view kept: "the bank saw the downturn coming".
FORESEEN_VERBS: frozenset[str] = frozenset({"come"})

# Modal verbs by which the writer tells anyone of a kind what they may or ought to think or want:
# "people with dry skin can feel confident", "investors should consider" (``generic.py``). Not
# "will" or "would", which predict what a group will do.
ADVISING_MODALS: frozenset[str] = frozenset({"can", "could", "should", "may", "might", "must", "ca"})

# Cue classes (``vocab.cues.CUE_CLASS``) whose verb needs a mind: what someone believes, perceives,
# wants or means to do.
MINDED_CUE_CLASSES: frozenset[str] = frozenset({"belief", "intention"})
