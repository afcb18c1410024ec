"""Small HTML pages written for these tests, in the shapes publishers serve (no benchmark page is
copied here): a news story with its chrome, an index of teasers, an error page, a consent wall,
a product page."""

from __future__ import annotations

import re

PARAGRAPHS = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in the spring, "
    "two years later than it had promised when the project began.",
    "Engineers found that the old pier could not carry the weight of the new cranes, and the "
    "contractor had to drive forty more piles into the riverbed before work could go on.",
    "“We would rather open late than open a terminal we cannot trust,” said Mara Quint, who "
    "chairs the authority's works committee, at a meeting with residents in the town hall.",
    "Residents who live near the site said the noise of the pile drivers had kept them awake for "
    "months, and several asked whether the authority would pay for double glazing.",
)

STORY = (
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry terminal delayed to spring | The Harbour Ledger</title>
<meta property="og:site_name" content="The Harbour Ledger">
<meta property="og:title" content="Ferry terminal delayed to spring">
<meta property="og:type" content="article">
<meta property="og:image" content="https://ledger.example/img/pier.jpg">
<meta property="article:published_time" content="2024-10-24T22:00:00+01:00">
<meta property="article:modified_time" content="2024-10-25T08:30:00+01:00">
<meta name="author" content="By Jane Doe, Reuters">
<link rel="canonical" href="https://ledger.example/news/2024/10/24/ferry-terminal-delayed">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "headline": "Ferry terminal delayed to spring",
  "datePublished": "2024-10-24", "author": [{"@type": "Person", "name": "Jane Doe"}],
  "publisher": {"@type": "Organization", "name": "The Harbour Ledger"}}]}</script>
<script>var tracking = "The harbour authority said nothing in this script.";</script>
</head><body class="single has-sidebar">
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article class="post tag-harbour category-news">
<header><h1>Ferry terminal delayed to spring</h1>
<div class="byline">By <a href="/author/jane-doe">Jane Doe</a></div>
<time datetime="2024-10-24T22:00:00+01:00">24 October 2024</time></header>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<figure><img src="/img/pier.jpg" alt="">
<figcaption>The old pier at low tide. Photograph: Sam Reed/Reuters</figcaption></figure>
<div class="article-body">
<p>{p0}</p>
<p>{p1}</p>
<div class="newsletter-signup"><h3>Sign up to our Morning Briefing newsletter</h3>
<p>Get the day's news in your inbox every morning. Enter your email address below.</p></div>
<p>{p2}</p>
<p>{p3} <a href="/tag/harbour" class="tag">Harbour news</a> will follow the story.</p>
<div hidden><p>This hidden copy of the story is not shown to readers and must not be read.</p></div>
</div></article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/a">Harbour dredging to resume after two-year pause</a></li>
<li><a href="/b">Town hall meeting on ferry fares ends in uproar</a></li>
<li><a href="/c">New cranes arrive at the container port</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><p>I have lived by the pier for forty years and I have
never seen the council so slow to finish a job that should have taken a single summer.</p></section>
</main>
<footer><p>© 2024 The Harbour Ledger. All rights reserved.</p></footer>
</body></html>
""".replace("{p0}", PARAGRAPHS[0])
    .replace("{p1}", PARAGRAPHS[1])
    .replace("{p2}", PARAGRAPHS[2])
    .replace("{p3}", PARAGRAPHS[3])
)


def teaser(number: int) -> str:
    return (
        f'<article class="card"><h3><a href="/story-{number}">Council approves plan number {number} for the '
        f"harbour front</a></h3><p>The council voted on plan {number} after a long debate about the cost "
        f"of the works and the effect on the people who live nearby.</p></article>"
    )


INDEX = (
    "<html><head><title>Latest news | The Harbour Ledger</title></head><body><h1>Latest news</h1><main>"
    + "".join(teaser(n) for n in range(12))
    + "</main></body></html>"
)

ERROR = (
    "<html><head><title>404 - Page not found</title></head><body><h1>Page not found</h1>"
    "<p>Sorry, the page you are looking for doesn't exist.</p><nav><a href='/'>Home</a></nav></body></html>"
)

CONSENT = (
    "<html><head><title>Before you continue</title></head><body><div class='consent'>"
    "<h1>Before you continue</h1><p>We and our partners use cookies and data to deliver our services.</p>"
    "<button>Accept all</button><button>Reject all</button>"
    "<p>Select 'Accept all' or manage your privacy settings at any time.</p></div></body></html>"
)

PRODUCT = (
    '<html><head><title>Brass ship bell</title><script type="application/ld+json">'
    '{"@type": "Product", "name": "Brass ship bell", "offers": {"@type": "Offer", "price": "49.00"}}</script>'
    "</head><body><h1>Brass ship bell</h1><p>A solid brass bell, cast and polished by hand in our workshop by the "
    "harbour, with a rope lanyard and a wall bracket.</p><p>Price: $49.00</p><button>Add to basket</button>"
    "</body></html>"
)

_SHELF = "".join(f"<li><a href='/boots/{n}'>Trail boot model {n} in brown leather</a></li>" for n in range(45))
_BLURB = "<p>Boots for every trail, from day hikes to long walks across the hills.</p>"

# A shop's category page (or a section front): a blurb of one line among dozens of links.
LINK_INDEX = (
    "<html><head><title>Hiking boots | Harbour Outfitters</title></head><body><h1>Hiking boots</h1>"
    f"<main>{_BLURB}<ul>{_SHELF}</ul></main></body></html>"
)

# The same shapes when the page says it is an article, or holds a story long enough to be one.
SHORT_STORY_AMONG_LINKS = LINK_INDEX.replace("</head>", '<meta property="og:type" content="article"></head>')
LONG_STORY_AMONG_LINKS = (
    "<html><head><title>Pier reopens</title></head><body><h1>Pier reopens</h1><main>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + f"<ul>{_SHELF}</ul></main></body></html>"
)

# A list with a line of details per item and links to each: long, with no sentence in it.
_DETAILS = "".join(f"<li>Model {n}: brown leather, waterproof, sizes 6 to 12</li>" for n in range(45))
SPEC_LIST = LINK_INDEX.replace(_BLURB, f"<ul>{_DETAILS}</ul>")

# A section front whose template says every page is an article: a line of blurb over teasers.
DECLARED_INDEX = INDEX.replace("</head>", '<meta property="og:type" content="article"></head>').replace(
    "<main>", "<main><p>The latest news from the harbour and the town, updated all day.</p>"
)

# A story that says it is an article, with as many teasers of other stories below it.
DECLARED_STORY_WITH_TEASERS = DECLARED_INDEX.replace(
    "<p>The latest news from the harbour and the town, updated all day.</p>",
    "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2),
)

# The same shop page marked with microdata instead of JSON-LD.
MICRODATA_PRODUCT = (
    "<html><head><title>Brass ship bell</title></head><body>"
    '<main itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Brass ship bell</h1>'
    "<p>A solid brass bell, cast and polished by hand in our workshop by the harbour, with a rope "
    "lanyard and a wall bracket.</p><p>Price: $49.00</p><button>Add to basket</button></main></body></html>"
)

# A review that marks itself as an article, and the product it reviews as an item inside it, in
# microdata alone (no JSON-LD, no Open Graph type).
MICRODATA_REVIEW = re.sub(
    r'<script type="application/ld\+json">.*?</script>|<meta property="og:type"[^>]*>',
    "",
    STORY.replace(
        '<main><article class="post tag-harbour category-news">',
        '<main><article class="post" itemscope itemtype="https://schema.org/NewsArticle">'
        '<div itemprop="about" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Bell</span></div>',
    ),
    flags=re.DOTALL,
)
