from __future__ import annotations

import pytest

from pipeline.errors import ReadError
from pipeline.html import release_from_html

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ruritania and Borduria Sign a Fisheries Agreement | Ministry of Foreign Affairs</title>
<meta name="date" content="2023-06-12">
</head><body>
<nav><a href="/">Home</a> <a href="/press">Press Room Menu</a></nav>
<main><article>
<h1>Ruritania and Borduria Sign a Fisheries Agreement</h1>
<p>ZAGREB -- The foreign ministers of Ruritania and Borduria signed an agreement on
fisheries in the northern sea today, ending a dispute that had lasted for eleven years.</p>
<p>The agreement sets shared quotas for both fleets and creates a joint commission that
will meet twice a year to review the state of the fish stocks and the catch of each fleet.</p>
</article></main>
<footer>Cookie settings | Site map | Contact the webmaster</footer>
</body></html>
"""


def test_main_text_title_and_date_of_a_page() -> None:
    release = release_from_html(PAGE, id="fisheries", path="news/fisheries.html")
    assert release.id == "fisheries"
    assert release.path == "news/fisheries.html"
    assert release.title == "Ruritania and Borduria Sign a Fisheries Agreement"
    assert release.date == "2023-06-12"
    assert release.dateline == "Zagreb"
    paragraphs = release.text.split("\n\n")
    assert any(p.startswith("ZAGREB -- The foreign ministers") for p in paragraphs)
    assert any("joint commission" in p for p in paragraphs)
    for boilerplate in ("Press Room Menu", "Cookie settings", "webmaster"):
        assert boilerplate not in release.text


HEADER = (
    "<header><a href='/'>U.S. Department of State</a><nav><ul>"
    "<li><a href='/issues/'>Policy Issues</a></li><li><a href='/countries-areas/'>Countries "
    "&amp; Areas</a></li><li><a href='/about/'>About</a></li></ul></nav></header>"
)
FOOTER = (
    "<footer><ul><li><a href='/privacy-policy/'>Privacy Policy</a></li>"
    "<li><a href='/foia/'>FOIA</a></li></ul>"
    "<p>U.S. Department of State, 2201 C Street NW, Washington, DC 20520</p></footer>"
)


def _site_page(main: str, title: str = "U.S. Department of State") -> str:
    return f"<html><head><title>{title}</title></head><body>{HEADER}{main}{FOOTER}</body></html>"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><script>var menu = [];</script></body></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><head><title>Empty</title></head><body><main></main></body></html>",
        # Pages of a site without an article: its navigation and footer are no release.
        _site_page("<main id='content'><div id='root'></div></main>"),
        _site_page(
            "<main id='content'><div id='root'></div><noscript>Please enable JavaScript "
            "to view this page.</noscript></main><script src='/app.bundle.js'></script>"
        ),
        _site_page(
            "<main><h1>Page Not Found</h1><aside class='related-content'><h2>Related "
            "Articles</h2><ul><li><a href='/a/'>United States and Kenya Sign Memorandum of "
            "Understanding on Health Security</a></li><li><a href='/b/'>Secretary Blinken "
            "Signs Open Skies Agreement with Ghana</a></li></ul></aside></main>",
            title="Page Not Found - U.S. Department of State",
        ),
    ],
)
def test_a_page_without_main_text_is_an_error(page: str) -> None:
    with pytest.raises(ReadError, match="E110"):
        release_from_html(page, id="empty")


SIGNED = (
    "WASHINGTON — Today Secretary of State Antony J. Blinken and Foreign Minister Ana Lopez "
    "of Ruritania signed a memorandum of understanding on customs cooperation."
)
MORE = "The memorandum commits both governments to share data and to train officers together."


@pytest.mark.parametrize(
    "main",
    [
        f"<article><h1>U.S. and Ruritania Sign Customs Memorandum</h1><p>{SIGNED}</p></article>",
        f"<main><p>{SIGNED}</p><p>{MORE}</p></main>",
        f"<div id='content'><p>{SIGNED}</p></div>",
        f"<div class='body'>{SIGNED}</div>",
        f"<div class='field-item'>{SIGNED}<br><br>{MORE}</div>",
        f"<table><tr><td><font size='2'><b>U.S. and Ruritania Sign</b><br><br>{SIGNED}<br><br>"
        f"{MORE}</font></td></tr></table>",
        f"<section class='press'><h2>U.S. and Ruritania Sign</h2><p>{SIGNED}</p></section>",
        f"<pre>{SIGNED}\n\n{MORE}</pre>",
        "<article><h1>Signing</h1><p>The United States and Ruritania signed a memorandum "
        "today.</p></article>",
    ],
)
def test_a_short_article_is_read(main: str) -> None:
    release = release_from_html(_site_page(main), id="short")
    words = "signed a memorandum"
    assert words in release.text


def _page_of(site_name: str | None, *, publisher_line: str = "") -> str:
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    line = f"<p>{publisher_line}</p>" if publisher_line else ""
    return PAGE.replace("</head>", f"{meta}</head>").replace("<h1>", f"{line}<h1>")


@pytest.mark.parametrize(
    ("site_name", "publisher_line", "source"),
    [
        ("U.S. Department of Defense", "", "U.S. Department of Defense"),
        ("U.S. Embassy in Ghana", "", "U.S. Embassy in Ghana"),
        ("The White House", "", "The White House"),
        # The page's metadata wins over the text, as for the title and the date.
        ("The White House", "Office of the Spokesperson", "The White House"),
        # A host name or a headline is no publisher: the text's line is, if any.
        ("state.gov", "Office of the Spokesperson", "Office of the Spokesperson"),
        ("state.gov", "", None),
        ("U.S. and Peru Sign Letter of Intent to Combat Illegal Logging", "", None),
        (None, "USAID Press Office", "USAID"),
        (None, "", None),
    ],
)
def test_the_site_name_is_the_publisher_when_it_names_one(
    site_name: str | None, publisher_line: str, source: str | None
) -> None:
    page = _page_of(site_name, publisher_line=publisher_line)
    assert release_from_html(page, id="fisheries").source == source
