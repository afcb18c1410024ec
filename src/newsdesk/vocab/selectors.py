"""HTML vocabularies as data: which elements are never story, which class and id words mark
publisher chrome or story containers, and which page types are not articles.

Class and id values are split into lower-case words ("article-body__share" -> article, body,
share); a word list matches when any of an element's words is in it. The lists name kinds of chrome
that many sites print (sharing bars, newsletter boxes, related links), never one site's classes.
"""

from __future__ import annotations

# Elements whose content is never read: code, media, controls, metadata.
SKIPPED_TAGS: frozenset[str] = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "textarea",
        "input",
        "button",
        "video",
        "audio",
        "source",
        "track",
        "map",
        "picture",
        "img",
        "link",
        "meta",
        "base",
        "title",
        "dialog",
    }
)

# Elements that start a new line of text when a browser renders them.
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)

# Elements inside a line of text.
INLINE_TAGS: frozenset[str] = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
    }
)

# Chrome reasons that drop an inline element's text from its line; other marks on an inline
# element (a link to a tag page, a byline link) are part of the sentence.
INLINE_DROPPED: frozenset[str] = frozenset({"hidden", "caption", "advertisement", "share buttons"})

HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Semantic elements that hold site chrome, with the reason recorded when their text is cut.
CHROME_TAGS: dict[str, str] = {
    "nav": "navigation",
    "aside": "aside",
    "footer": "footer",
    "header": "page header",
    "form": "form",
    "menu": "navigation",
    "figcaption": "caption",
}

# ARIA roles of chrome.
CHROME_ROLES: dict[str, str] = {
    "navigation": "navigation",
    "banner": "page header",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "navigation",
    "dialog": "dialog",
    "alertdialog": "dialog",
    "menu": "navigation",
    "menubar": "navigation",
    "toolbar": "share buttons",
}

# Class and id words of chrome, by reason.
CHROME_WORDS: dict[str, str] = {
    "share": "share buttons",
    "sharing": "share buttons",
    "sharebar": "share buttons",
    "related": "related links",
    "recommended": "related links",
    "recommendations": "related links",
    "recirc": "related links",
    "recirculation": "related links",
    "trending": "related links",
    "popular": "related links",
    "mostread": "related links",
    "readmore": "related links",
    "readnext": "related links",
    "moreon": "related links",
    "outbrain": "related links",
    "taboola": "related links",
    "teaser": "related links",
    "teasers": "related links",
    "newsletter": "newsletter box",
    "newsletters": "newsletter box",
    "signup": "newsletter box",
    "subscribe": "subscription prompt",
    "subscription": "subscription prompt",
    "paywall": "subscription prompt",
    "piano": "subscription prompt",
    "cta": "call to action",  # "cta-box", "post-cta": a box that sells the site's own product
    "ctas": "call to action",
    "disclaimer": "disclaimer",
    "disclaimers": "disclaimer",
    "footnotes": "footnotes",
    "donate": "donation appeal",
    "donation": "donation appeal",
    "promo": "advertisement",
    "promotion": "advertisement",
    "advert": "advertisement",
    "advertisement": "advertisement",
    "advertising": "advertisement",
    "ad": "advertisement",
    "ads": "advertisement",
    "adslot": "advertisement",
    "adunit": "advertisement",
    "dfp": "advertisement",
    "gpt": "advertisement",
    "sponsor": "advertisement",
    "sponsored": "advertisement",
    "comment": "comments",
    "comments": "comments",
    "disqus": "comments",
    "discussion": "comments",
    "footer": "footer",
    "sidebar": "aside",
    "rail": "aside",
    "breadcrumb": "navigation",
    "breadcrumbs": "navigation",
    "nav": "navigation",
    "navbar": "navigation",
    "navigation": "navigation",
    "menu": "navigation",
    "masthead": "page header",
    "pagination": "navigation",
    "pager": "navigation",
    "cookie": "cookie banner",
    "cookies": "cookie banner",
    "consent": "cookie banner",
    "gdpr": "cookie banner",
    "modal": "dialog",
    "popup": "dialog",
    "tags": "tags",
    "tag": "tags",
    "keywords": "tags",
    "topics": "tags",
    "byline": "byline",
    "author": "byline",
    "authors": "byline",
    "contributor": "byline",
    "bio": "byline",
    "dateline": "dateline",
    "timestamp": "dateline",
    "published": "dateline",
    "caption": "caption",
    "credit": "caption",
    "credits": "caption",
    "print": "share buttons",
    "toolbar": "share buttons",
    # "skip-link", "skip-to-content"; "skip" alone also names jump targets ("skip-item")
    "skiplink": "skip link",
    "skiplinks": "skip link",
    "skipto": "skip link",
    "skipnav": "skip link",
}

# First words of class names that state a property of an element, not its role: "has-comments",
# "tag-politics", "category-news" (blog engines put these on the story itself).
MODIFIER_PREFIXES: frozenset[str] = frozenset(
    {
        "has",
        "with",
        "no",
        "without",
        "tag",
        "category",
        "cat",
        "topic",
        "format",
        "type",
        "status",
        "postid",
        "template",
        "layout",
        "theme",
        "lang",
    }
)

# Words that, anywhere in a class name, make what follows a property of the element rather than
# its role: "ContainerWithSidebar" holds a sidebar beside the story, it is not one.
PROPERTY_JOINERS: frozenset[str] = frozenset({"with", "has", "without", "no"})

# Last words of class names that state an element's state, not its role ("modal-enabled").
MODIFIER_SUFFIXES: frozenset[str] = frozenset(
    {"enabled", "disabled", "active", "open", "closed", "loaded", "visible", "ready", "on", "off", "mode"}
)

# Elements that hold the whole page: their classes describe the page, not a part of it.
PAGE_TAGS: frozenset[str] = frozenset({"html", "body", "main"})

# Chrome reasons that hold whatever the element holds; the others (a class word like "paywall",
# "byline" or "video") give way when the element holds paragraphs of prose. Footnotes, like a
# comment thread, run to many paragraphs.
STRONG_MARKS: frozenset[str] = frozenset(
    {"hidden", "comments", "footnotes", "related links", "navigation", "footer", "aside", "cookie banner", "dialog"}
)

# Whole class values that hide an element on screen.
HIDDEN_CLASSES: frozenset[str] = frozenset(
    {
        "hidden",
        "hide",
        "is-hidden",
        "visually-hidden",
        "visuallyhidden",
        "sr-only",
        "screen-reader-text",
        "screenreader-only",
        "offscreen",
        "d-none",
        "u-hidden",
        "element-invisible",
    }
)

# Class and id words of a story container.
STORY_WORDS: frozenset[str] = frozenset(
    {
        "article",
        "articlebody",
        "body",
        "content",
        "entry",
        "main",
        "post",
        "story",
        "storybody",
        "text",
        "prose",
        "richtext",
        "blog",
        "news",
    }
)

# Words that, joined to the next, make one chrome word ("read-more" -> "readmore").
JOINED_CHROME: frozenset[str] = frozenset(
    {
        "readmore",
        "readnext",
        "mostread",
        "moreon",
        "sharebar",
        "adslot",
        "adunit",
        "signup",
        "skiplink",
        "skiplinks",
        "skipto",
        "skipnav",
    }
)

# schema.org types of pages that are not news or blog articles, by the reason given when rejected.
NON_ARTICLE_TYPES: dict[str, str] = {
    "product": "a product page",
    "productgroup": "a product page",
    "offer": "a product page",
    "searchresultspage": "a listing",
    "profilepage": "a profile page",
    "qapage": "a question and answer thread",
    "discussionforumposting": "a forum thread",
    "jobposting": "a job advert",
    "event": "an event page",
}

# schema.org types that pages about other things also carry (a listicle is an ItemList): they
# decide only a page whose own story is short.
LIST_TYPES: dict[str, str] = {
    "itemlist": "a listing",
    "collectionpage": "a listing",
    "recipe": "a recipe",
}

# Open Graph types that say a page is not an article.
NON_ARTICLE_OG_TYPES: dict[str, str] = {
    "product": "a product page",
    "product.item": "a product page",
    "product.group": "a product listing",
    "og:product": "a product page",
    "profile": "a profile page",
    "video.other": "a video page",
    "video.movie": "a video page",
    "video.episode": "a video page",
    "music.song": "a music page",
    "books.book": "a book page",
}

# schema.org types that name an article.
ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "review",
        "medicalwebpage",
    }
)

# Titles of pages that are errors or walls, not stories.
ERROR_TITLES: tuple[str, ...] = (
    r"\b(404|410|500)\b.{0,40}\b(not found|error|gone)\b",
    r"^(page|article|content) (not found|unavailable|no longer available)\b",
    r"\bpage (you (requested|are looking for)|cannot be found|could not be found|doesn.t exist)\b",
    r"^(access denied|forbidden|just a moment|attention required|are you a robot|verify you are human)\b",
    r"^(oops|sorry)[!,.]",
)

# Texts of consent walls that stand in for a page.
CONSENT_WALL: tuple[str, ...] = (
    r"\bbefore you continue\b",
    r"\b(we|our partners) (and our partners )?(use|store|access) (cookies|information on a device|data)\b",
    r"\b(accept|agree|reject) (all|and continue)\b",
    r"\bmanage (your )?(privacy|cookie) (settings|choices|preferences)\b",
    r"\bplease enable (javascript|cookies)\b",
)

# Meta names (lower-cased name, property or itemprop) that state when a story was published,
# most trusted first.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "published_time",
    "article:published",
    "datepublished",
    "date.published",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publishdate",
    "publish_date",
    "pubdate",
    "publication_date",
    "original-publish-date",
    "article_date_original",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "dc.date",
    "date",
    "cxenseparse:recs:publishtime",
    "rnews:datepublished",
)

# Meta names that state when a story was last modified.
MODIFIED_META: tuple[str, ...] = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "modified_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
    "article.updated",
)
