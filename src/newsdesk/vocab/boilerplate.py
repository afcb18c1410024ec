"""Publisher chrome as data: the phrases that mark a line as not part of the story, each with the
reason recorded when it is cut. Patterns are case-insensitive regular expressions searched in one
line; they describe kinds of chrome that many outlets print, never one site's wording alone."""

from __future__ import annotations

# Headings of boxes of other stories, in the languages pages are most often written in ("You may
# also like", "Você pode gostar", "Lesen Sie auch", "Вам также может быть интересно"...).
RELATED_HEADINGS = (
    r"^(related( (articles?|stories|posts|content|coverage|news|reading|topics|guides|resources))?|read (more|next)|"
    r"more (stories|articles|news|posts|from|on|in|like this)\b|you (may|might) (also )?(like|enjoy|be interested)|"
    r"recommended( (for you|reading|stories|articles|posts))?|most (read|popular|viewed|shared)|trending|also read|"
    r"see also|popular (posts|stories|articles)|latest (news|stories|posts|articles)|what to read next|up next|"
    r"top stories|editor.?s picks?|keep reading|other (stories|articles|news)|"
    r"leia (tamb[eé]m|mais)|veja (tamb[eé]m|mais)|voc[eê] (tamb[eé]m )?pode gostar|(artigos|posts|not[ií]cias|mat[eé]rias) relacionad[oa]s|mais lid[oa]s|"
    r"(lee|lea) tambi[eé]n|te (puede|podr[ií]a) interesar|tambi[eé]n te puede interesar|(art[ií]culos|noticias) relacionad[oa]s|lo m[aá]s (le[ií]do|visto)|"
    r"([àa] )?lire aussi|vous aimerez aussi|(articles|sujets) (similaires|associ[ée]s|li[ée]s)|les plus lus|"
    r"(lesen sie|lies) auch|das k[öo]nnte sie (auch )?interessieren|mehr zum thema|(ähnliche|verwandte) (artikel|beitr[äa]ge)|meistgelesen|"
    r"leggi anche|(ti )?potrebbe (anche )?interessar(ti|e)|articoli correlati|i pi[uù] letti|lees ook|gerelateerde artikelen|"
    r"czytaj (te[żz]|tak[żz]e)|zobacz (te[żz]|tak[żz]e)|читайте также|вам также может быть интересно|смотрите также|похожие (статьи|новости)|関連記事|おすすめ記事|人気記事|相关文章|相关阅读|推荐阅读)\b"
)

# The shopping disclosure review and lifestyle pages print above or below the story. It runs to a
# few sentences, so the HTML body checks blocks longer than other chrome for it.
AFFILIATE_DISCLOSURES: tuple[str, ...] = (
    r"\b(we|i)(['’]d| (may|might|could|also|will|do|sometimes))? (earn|receive|get|make)( an?)?( small| modest)?"
    r"( affiliate)? commissions?\b",
    r"\b(contains?|includes?|uses?|may contain) affiliate links\b",
    r"\b(purchases?|buy(ing)?( something)?|sales) (made )?through (our|the|these) (affiliate )?links\b",
)

# (reason, pattern). A line matching any pattern is chrome with that reason.
CHROME_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "notification prompt",
        r"\b(stay up to date|get (the latest )?(breaking news )?alerts?|turn on) .{0,40}\bnotifications?\b",
    ),
    ("notification prompt", r"\bnotifications (can|may) be (managed|turned off|changed)\b"),
    ("notification prompt", r"^(allow|enable|block) notifications\b"),
    ("login notice", r"\b(thank you|thanks) for (registering|signing up|subscribing)\b"),
    ("login notice", r"\b(refresh|reload) (the|this|your) (page|browser)\b.{0,100}\blogged in\b"),
    ("login notice", r"^(log ?in|sign ?in|register|create (a free |an )?account)\b.{0,60}$"),
    ("login notice", r"\balready (have an account|a subscriber)\b"),
    ("login notice", r"\b(you are|you're) (now )?(logged|signed) (in|out)\b"),
    (
        "donation appeal",
        r"\byour (support|donation|contribution|gift)\b.{0,60}\b(helps?|allows?|makes?|keeps?|means?|matters|enables?|funds?)\b",
    ),
    (
        "donation appeal",
        r"\b(donate|make a (donation|contribution)|support (us|our (work|journalism|reporting))|become a (member|supporter|subscriber))\b",
    ),
    ("donation appeal", r"\b(independent|quality|free) journalism\b.{0,80}\b(support|fund|paid|afford|available)\b"),
    ("donation appeal", r"\bpaywalls?\b"),
    ("newsletter box", r"\b(sign up|subscribe)( now)? (to|for) (our|the|a)?\s*.{0,40}\bnewsletters?\b"),
    ("newsletter box", r"\bnewsletters?\b.{0,60}\b(inbox|email address|sign up|delivered)\b"),
    ("newsletter box", r"\b(enter|your) e-?mail( address)?\b"),
    ("newsletter box", r"\bprivacy (notice|policy)\b.{0,80}\b(newsletter|email|protected by recaptcha)\b"),
    ("newsletter box", r"\bby (signing up|subscribing|clicking)\b"),
    ("cookie banner", r"\b(we|this (web)?site) uses? cookies\b"),
    ("cookie banner", r"\bcookies?\b.{0,80}\b(consent|accept|preferences|settings|policy|experience)\b"),
    ("cookie banner", r"^(accept|reject|manage) (all )?(cookies|preferences|settings)\b"),
    (
        "related links",
        r"^(read more|related( articles| stories| coverage| content)?|more on this( story)?|see also|recommended( for you| reading)?|most (read|popular|viewed)|also read|trending( now)?|you (may|might) (also )?like|more from|what to read next|top stories|editor'?s picks?)\b\s*[:|\-–—]?",
    ),
    ("related links", RELATED_HEADINGS + r"\s*[:.…]*\s*$"),
    (
        "share buttons",
        r"^(?:(?:share|shares|tweet|email|e-mail|print|copy link|save|on|via|this|article|story|page|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|messenger|bluesky|threads|flipboard)\b[\s|/·,:]*)+$",
    ),
    (
        "comments",
        r"^(\d+\s+)?comments?\s*(\(\d+\))?\s*$|^(join|view|show|read) (the )?(comments|conversation|discussion)\b|^comments? (are|have been) (closed|disabled)\b",
    ),
    (
        "advertisement",
        r"^(advertisement|advertising|sponsored( content)?|ad|promoted|paid (post|content)|partner content)\s*$",
    ),
    ("copyright", r"(^|\s)(©|\(c\)|copyright\b)\s*\d{0,4}"),
    ("copyright", r"\ball rights reserved\b"),
    (
        "navigation",
        r"^(skip to (main )?content|jump to|back to top|menu|search|home|close|open|next|previous|more|show more|load more)\s*$",
    ),
    ("app prompt", r"\b(download|get) (our|the) (free )?app\b"),
    (
        "subscription prompt",
        r"\b(subscribe|subscription)\b.{0,60}\b(unlimited|digital access|per (week|month)|trial|£|\$|€)",
    ),
    ("subscription prompt", r"\b(this (article|content) is (for|only available to) (subscribers|members))\b"),
    (
        "video player",
        r"^(watch|play|listen)( now| video| live| the video)?\s*[:\-–]?\s*$|^(video|audio) (player|unavailable)\b|^\d{1,2}:\d{2}\s*$",
    ),
    ("promotion", r"\bno credit card (required|needed)\b"),
    (
        "promotion",
        r"\b(start|begin|get|claim|try) (your|a|my|it) (\d+[- ]day )?(free|risk-free) (trial|demo|quote|estimate|consultation)\b|\b(try|sign up and try) .{0,40}\bfor (\d+ days )?free\b|\bfor \d+ days free\b",
    ),
    ("placeholder", r"\blorem ipsum\b"),
    (
        "navigation",
        r"^(table of contents|contents( hide)?|in this (article|post|guide)|on this page|jump to( section)?)\s*:?\s*$",
    ),
    ("reading time", r"^\d+\s*(min|mins|minutes?)\s+read\s*$"),
    ("form message", r"^(thank you!? your submission has been received|oops!? something went wrong while submitting)"),
    ("placeholder", r"^(show|hide) caption\s*$"),
    ("placeholder", r"^loading( [\w-]+){0,2}\s*(\.\.\.|…)\s*$"),
    ("correction notice", r"^(this (article|story) (was|has been) (amended|updated|corrected))\b"),
    ("advertisement", r"^(advert|adverts|ads by \w+|story continues below( this)? (ad|advertisement))\s*$"),
    (
        "script notice",
        r"\b(requires?|enable|turn on|activate) javascript\b|\bjavascript (is )?(required|disabled|turned off)\b",
    ),
    ("markup", r"^\[/?[a-z_]+(\s[^\]]{0,200})?\]"),
    ("comments", r"^(tell us what you think|leave a (comment|reply)|have your say|what do you think)\b"),
    ("donation appeal", r"^(a|one) (word|message|note|letter) to our (loyal |valued )?readers\b"),
    ("donation appeal", r"\bsupport\b.{0,40}\bmake a difference\b"),
    *(("affiliate disclosure", pattern) for pattern in AFFILIATE_DISCLOSURES),
    ("feedback prompt", r"^(share|give|send) (us )?your feedback\b.{0,60}$"),
)

# Words of the publisher speaking to its reader: inside a run of chrome, a line with enough of
# these (outside quotation marks) belongs to the same box.
READER_ADDRESS_WORDS: frozenset[str] = frozenset(
    {
        "we",
        "our",
        "us",
        "ours",
        "you",
        "your",
        "yours",
        "journalism",
        "journalists",
        "reporters",
        "reporting",
        "readers",
        "donation",
        "donate",
        "support",
        "subscribe",
        "subscription",
    }
)

# Lines that open a publisher's box; the box runs on over lines in the reader-address voice.
BOX_OPENERS: tuple[tuple[str, str], ...] = (
    (
        "donation appeal",
        r"^your support\b|^(support|help) (us|our|independent)\b|^(a|one) (note|message|letter) (from|to) (the editor|our readers)\b|^(dear|to our) readers?\b|^why (we|you should)\b",
    ),
    ("newsletter box", r"^(sign up|subscribe)\b.{0,60}$|\bnewsletter\s*$"),
    ("cookie banner", r"^(we|this site) (value|care about|respect) your privacy\b"),
)

# Phrases that name the publisher inside its own chrome ("notifications from The Independent").
PUBLISHER_PATTERNS: tuple[str, ...] = (
    r"\b(?:notifications|alerts|updates|newsletters?|emails|the latest) from (?P<name>(?:the\s)?[A-Z][\w&'’.\-]*(?:[\s\u00a0][A-Z][\w&'’.\-]*){0,4})",
    r"(?i:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(?P<name>(?:the\s)?[A-Z][\w&'’.\-]*(?:[\s\u00a0][A-Z][\w&'’.\-]*){0,4})",
    r"\b(?:sign up to|subscribe to) (?P<name>(?:the\s)?[A-Z][\w&'’.\-]*(?:[\s\u00a0][A-Z][\w&'’.\-]*){0,4})(?:’s|'s)\b",
    r"^(?P<name>(?:the\s)?[A-Z][\w&'’.\-]*(?:[\s\u00a0][A-Z][\w&'’.\-]*){0,3}) is (?:trusted|on the ground|independent|reader-funded|funded by)\b",
)

# Words that end a publisher name caught by the patterns above.
PUBLISHER_STOPWORDS: frozenset[str] = frozenset({"All", "Rights", "Reserved", "Newsletter", "Newsletters"})

# Labels that pages print beside a headline but that are not part of it: what the media is
# ("[Watch]", "(video)") or which section the story sits in ("| Editorial", "Opinion" before it).
HEADLINE_LABELS: frozenset[str] = frozenset(
    {
        "watch",
        "video",
        "videos",
        "photo",
        "photos",
        "pics",
        "gallery",
        "listen",
        "audio",
        "podcast",
        "opinion",
        "editorial",
        "commentary",
        "analysis",
        "column",
        "explainer",
        "letters",
        "op-ed",
        "sponsored",
        "poll",
        "quiz",
    }
)

# Headings that open a box of something else than the story: other stories ("Related", "You may
# also like", in the languages pages are most often written in), the author's biography, a
# disclaimer. Matched on a short block (a heading) from its start; the box is the element that
# the heading opens. (reason, pattern)
BOX_HEADINGS: tuple[tuple[str, str], ...] = (
    ("related links", RELATED_HEADINGS),
    (
        "author box",
        r"^(about (the )?(authors?|writers?|reviewers?|contributors?|experts?)|meet the (author|team|experts?))\b",
    ),
    ("disclaimer", r"^((affiliate |editorial )?(disclaimer|disclosure)|editorial (note|policy|standards))\s*:?\s*$"),
)

# Filler text that page templates print where content is still to come: a paragraph of it is no
# story, however long (the "placeholder" phrase above catches short lines; this one, matched on a
# block's start, the long ones without cutting a story that mentions the filler).
PLACEHOLDER_TEXT = r"^\W*lorem ipsum dolor sit amet\b"
