"""Words that surround authors' names in bylines and must not end up in the author list."""

from __future__ import annotations

# News agencies, as bylines and credits print them. A byline "By Jane Doe, Reuters" gives the
# author and the agency apart.
AGENCIES: frozenset[str] = frozenset(
    {
        "reuters", "thomson reuters", "ap", "associated press", "the associated press", "afp",
        "agence france-presse", "agence france presse", "pa", "pa media", "press association", "pa wire",
        "bloomberg", "bloomberg news", "dpa", "ansa", "efe", "ani", "pti", "ians", "upi", "xinhua", "tass",
        "kyodo", "yonhap", "aap", "australian associated press", "cnn wire", "nyt news service",
        "the canadian press", "canadian press", "getty images", "getty", "epa", "shutterstock", "alamy",
        "pa archive", "pa wire/pa images", "ap photo", "reuters/pool",
    }
)

# Words that introduce names in a byline.
BYLINE_PREFIXES: tuple[str, ...] = (
    "by", "words by", "written by", "reported by", "story by", "text by", "from", "author", "authors",
    "posted by", "published by", "byline",
)

# Job titles that follow or precede a name ("Jane Doe, Political Editor").
ROLE_WORDS: frozenset[str] = frozenset(
    {
        "editor", "correspondent", "reporter", "writer", "journalist", "columnist", "contributor", "staff",
        "producer", "analyst", "critic", "chief", "senior", "deputy", "associate", "assistant", "political",
        "politics", "business", "economics", "technology", "tech", "science", "health", "sports", "sport",
        "entertainment", "culture", "arts", "foreign", "diplomatic", "home", "affairs", "security",
        "defence", "defense", "education", "environment", "climate", "news", "digital", "data",
        "investigations", "investigative", "at", "large", "bureau", "white", "house", "washington", "us",
        "uk", "europe", "asia", "africa", "middle", "east", "latin", "america", "managing", "executive",
        "features", "opinion", "legal", "royal", "crime", "transport", "consumer", "money", "personal",
        "finance", "property", "travel", "food", "fashion", "music", "film", "tv", "media", "correspondents",
        "reporters", "writers", "editors", "contributors", "intern", "fellow", "and", "for", "the", "&",
        "special", "global", "world", "national", "international", "local", "live", "breaking", "night",
        "weekend", "social", "video", "photo", "photographer", "photos", "presenter", "host", "anchor",
        "columnists", "team", "desk", "wire",
    }
)

# Words that show a byline line is something else: a sentence, a date, a location.
NOT_A_NAME: frozenset[str] = frozenset(
    {
        "the", "a", "an", "of", "is", "was", "are", "were", "has", "have", "said", "says", "will", "would",
        "to", "in", "on", "at", "for", "with", "about", "after", "before", "updated", "published", "posted",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "read", "more", "share", "comments", "min", "minutes", "ago", "hours", "video", "photo", "image",
        "getty", "images", "news", "live", "latest", "breaking", "home", "world", "politics", "business",
        "sport", "opinion", "menu", "search", "subscribe", "login", "sign", "newsletter", "advertisement",
        "privacy", "cookies", "follow", "email", "print", "copy", "link", "contact", "staff", "team", "desk",
        "editor",
    }
)

# Credit markers in captions ("Photo: Jane Doe/Reuters", "(Getty Images)").
CREDIT_PREFIXES: tuple[str, ...] = (
    "photo", "photograph", "photos", "picture", "pictures", "image", "images", "credit", "source",
    "illustration", "graphic", "video", "pic", "footage", "photo credit", "image credit", "photograph by",
    "photo by", "image by", "illustration by",
)
