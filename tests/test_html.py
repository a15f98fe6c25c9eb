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


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><script>var menu = [];</script></body></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
    ],
)
def test_a_page_without_main_text_is_an_error(page: str) -> None:
    with pytest.raises(ReadError, match="E110"):
        release_from_html(page, id="empty")
