"""Evidence an editor can check: the snapshot's main text with the quote marked (raw body one link away),
list items with their lead-in, official sources first, and post/redirect/get after every decision."""

import re

from fastapi.testclient import TestClient

from rulewatch.review import QueueFilter, add_user, history, queue_page
from rulewatch.review.web import create_app
from tests.review_support import sqlite_store  # noqa: F401 -- fixture
from tests.test_web_app import PASSWORD, login


def _alert(store, **facets):
    with store.transaction() as session:
        return queue_page(session, QueueFilter(**facets), per_page=None).rows[0]


def _client(store):
    add_user(store, "ana", PASSWORD)
    client = TestClient(create_app(store))
    return client, login(client)


def test_the_snapshot_link_shows_the_main_text_with_the_quote_marked(sqlite_store):
    client, _ = _client(sqlite_store)
    alert = _alert(sqlite_store, category="military-recruits", source="forum-expat-qc")
    page = client.get(f"/alerts/{alert.id}").text
    links = re.findall(r'<a href="(/snapshots/[0-9a-f]{64}\?start=\d+&amp;end=\d+#quote)" class="archived">', page)
    assert len(links) == len(alert.change.after_evidence)
    forum = next(e for e in alert.change.after_evidence if e.source == "forum-expat-qc")
    link = next(li for li in links if forum.snapshot.removeprefix("sha256:") in li).replace("&amp;", "&")
    shown = client.get(link)
    assert shown.status_code == 200 and shown.headers["content-type"].startswith("text/html")
    assert f'<mark id="quote">{forum.quote}</mark>' in shown.text.replace("&#39;", "'")
    assert "&lt;script&gt;window.__xss" in shown.text and "<script>window.__xss" not in shown.text
    assert "<html" not in shown.text.split("<article")[1]  # the main text, not the page's HTML
    digest = forum.snapshot.removeprefix("sha256:")
    assert f'href="/snapshots/{digest}/raw"' in shown.text
    raw = client.get(f"/snapshots/{digest}/raw")
    assert raw.headers["content-type"].startswith("text/plain") and "<script>" in raw.text
    assert raw.headers["content-security-policy"].startswith("sandbox")
    beyond = client.get(f"/snapshots/{digest}?start=5&end=99999999")
    assert beyond.status_code == 200 and "<mark" not in beyond.text  # offsets that do not fit mark nothing
    assert client.get("/snapshots/" + "0" * 64).status_code == 404


def test_a_list_item_is_shown_with_the_line_that_introduces_it(sqlite_store):
    client, _ = _client(sqlite_store)
    alert = _alert(sqlite_store, category="education")
    page = client.get(f"/alerts/{alert.id}").text
    official = page.index('<span class="authority official">')
    lead = re.search(r'<p class="lead-in">([^<]*)</p>\s*<blockquote class="paragraph">[^<]*<mark>([^<]*)</mark>', page)
    assert lead, "no lead-in before the bullet"
    assert lead.group(1).endswith(":") and "catégories" in lead.group(1)
    assert "éducation" in lead.group(2).replace("&#39;", "'")
    assert lead.start() < official  # the official page's quote is the first one


def test_official_sources_come_first(sqlite_store):
    client, _ = _client(sqlite_store)
    for row in (_alert(sqlite_store, category="military-recruits"), _alert(sqlite_store, category="healthcare")):
        authorities = [e.authority for e in row.change.after_evidence]
        assert "official" in authorities and "news" in authorities
        page = client.get(f"/alerts/{row.id}").text
        section = page.split("Evidence for the new value")[1].split("</section>")[0]
        shown = re.findall(r'<span class="authority (official|news)">', section)
        assert shown == sorted(shown, key=lambda a: a != "official") and shown[0] == "official", shown


def test_a_refused_decision_redirects_so_a_reload_never_posts_again(sqlite_store):
    client, csrf = _client(sqlite_store)
    alert = _alert(sqlite_store, type="tightened")
    form = {"action": "accept", "reason": "", "version": alert.version, "csrf": csrf}
    refused = client.post(f"/alerts/{alert.id}/decision", data=form, follow_redirects=False)
    assert refused.status_code == 303 and refused.headers["location"].startswith(f"/alerts/{alert.id}?") and "refused=" in refused.headers["location"]
    landed = client.get(refused.headers["location"])
    assert "A reason is required" in landed.text and landed.url.path == f"/alerts/{alert.id}"
    again = client.get(refused.headers["location"])  # what a reload does: a GET, nothing posted
    assert "A reason is required" in again.text and history(sqlite_store, alert.id) == []
    typed = client.post(f"/alerts/{alert.id}/decision", follow_redirects=False,
                        data={**form, "action": "edit", "value": "banana", "reason": "keep this reason"})
    kept = client.get(typed.headers["location"]).text
    assert "keep this reason" in kept and 'value="banana"' in kept  # what was typed is still in the form
    other = TestClient(create_app(sqlite_store))
    add_user(sqlite_store, "bob", PASSWORD)
    login(other, "bob")
    assert "keep this reason" not in other.get(typed.headers["location"]).text  # ana's refusal is hers
