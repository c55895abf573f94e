"""News feeds (RSS 2.0, RSS 1.0, Atom) served as a page: read item by item, safely."""

import pytest

from rulewatch.errors import ExtractionError
from rulewatch.extractors import Document, extract_document
from rulewatch.extractors.main_text import main_text


def feed_doc(xml: str) -> Document:
    return Document(url="https://news.example/feed.xml", body=xml.encode("utf-8"), snapshot="sha256:0",
                    content_type="application/rss+xml", authority="news", declared_language="en")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Newcomer Desk</title><link>https://news.example/</link>
<item><title>Healthcare round</title><link>https://news.example/a</link>
<pubDate>Wed, 18 Nov 2026 09:00:00 -0500</pubDate>
<description>IRCC held round No. 432 on Tuesday for healthcare and social services occupations: 2,000 invitations, lowest score 470.</description></item>
<item><title>Funds</title><link>https://news.example/b</link><pubDate>Mon, 09 Nov 2026 09:00:00 -0500</pubDate>
<content:encoded><![CDATA[<p>Settlement funds for a single applicant: <b>$15,263</b>.</p>]]></content:encoded></item>
</channel></rss>"""


def test_each_item_is_a_paragraph_opening_on_its_title_and_date():
    text = main_text(feed_doc(RSS)).text
    assert text.splitlines()[0].startswith("Healthcare round (2026-11-18). IRCC held round No. 432 on Tuesday")
    assert "Funds (2026-11-09). Settlement funds for a single applicant: $15,263." in text
    assert "https://news.example/a" not in text  # links and ids are not text


def test_a_round_told_with_a_weekday_is_dated_from_its_item():
    from rulewatch.schemas import Round

    records = extract_document(feed_doc(RSS)).records
    (round_,) = [r for r in records if isinstance(r, Round)]
    assert (round_.number, round_.date.isoformat(), round_.invitations) == ("432", "2026-11-17", 2000)
    assert any(getattr(r, "criterion", None) == "proof_of_funds" and r.value == 15263 for r in records)


def test_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4417", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
           '<rss version="2.0"><channel><title>x</title><item><title>Leak &leak; here</title>'
           '<description>CEC: 12 months of work in Canada.</description></item></channel></rss>')
    text = main_text(feed_doc(xml)).text
    assert "12 months" in text and "TOPSECRET" not in text


@pytest.mark.parametrize("xml", ['<rss version="2.0"><channel><title>empty</title></channel></rss>',
                                 '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>'])
def test_a_feed_without_items_is_a_clear_error(xml):
    with pytest.raises(ExtractionError) as err:
        main_text(feed_doc(xml))
    assert err.value.reason == "empty-feed"
