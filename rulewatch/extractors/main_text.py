"""From a raw body to the main text: decode, drop chrome and comments, keep the article.

HTML: the source's ``content`` selector (if any) picks the main element, its ``remove``
selectors and comment sections are dropped, then trafilatura extracts the text. Plain text goes
through ``plain_text`` (comments, time marks, quoted messages, columns, wrapped lines); evidence offsets
are offsets in the text this module returns.
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import lxml.html
import trafilatura
from trafilatura.settings import Extractor
from bs4.dammit import UnicodeDammit
from cssselect import HTMLTranslator
from lxml import etree
from lxml.cssselect import CSSSelector

from rulewatch.errors import ExtractionError

from .data_files import render_data_file
from .document import Document
from .lexicon.dates import ISO_DAY, MONTHS
from .quantities import find_quantities
from .plain_text import (STRUCK_FIGURE_WORDS, aligned_rows, boxed_text, crosswise_tables, cut_comments, dot_leaders, figure_cards, figure_headlines, figure_rows,
                         footnote_calls, front_matter, keycaps, pipe_rows, ruled_tables, semicolon_rows, spaced_pairs, struck_as_read,
                         outline, struck_markdown, subtitles, tab_rows, uncolumn, unwrap_lines)

# Reader comments are never authoritative statements (but in a thread, where they answer its question: ``_is_thread``).
COMMENT_SELECTORS = (
    "#comments", "#commentaires", ".comments", ".commentaires", ".comment-list", ".comments-area",
    "#respond", ".reactions",
)
# Our one trafilatura call (bench/extract.py times trafilatura alone with the same options).
TRAFILATURA_OPTIONS = {
    "include_comments": False, "include_tables": True, "include_links": False, "fast": True,
    "output_format": "txt", "deduplicate": False,
}
# The same options, built once: trafilatura builds them from its config on every call otherwise (4 % of our call's
# time); it never changes a shared one (its recall retry works on a copy).
_TRAFILATURA = Extractor(output_format="txt", fast=True, comments=False, tables=True, links=False, dedup=False)
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


@dataclass
class MainText:
    text: str
    title: str | None = None
    declared_language: str | None = None  # what the page says of itself
    published: date | None = None
    modified: date | None = None


def decode(body: bytes, content_type: str | None) -> str:
    """Strict UTF-8 first (valid UTF-8 is almost never anything else), then what the page declares, then detection.

    Decoding UTF-8 as Windows-1252 never fails and gives "MÃ©tiers", so a declared single-byte
    charset is not trusted over a body that is valid UTF-8.
    """
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = []
    if content_type and (m := _CHARSET.search(content_type)):
        declared.append(m.group(1))
    dammit = UnicodeDammit(body, user_encodings=declared, is_html=looks_like_html(body, content_type))
    if dammit.unicode_markup is None:
        raise ExtractionError("undecodable", "no character encoding decodes this body")
    return dammit.unicode_markup


def looks_like_html(body: bytes | str, content_type: str | None) -> bool:
    if content_type:
        ct = content_type.lower()
        if "html" in ct or "xml" in ct:
            return True
        if "text/plain" in ct:
            return False
    head = body[:2048].lower() if isinstance(body, bytes) else body[:2048].lower().encode("utf-8", "ignore")
    return any(tag in head for tag in (b"<html", b"<!doctype html", b"<body", b"<p>", b"<div", b"<main"))


# A plain text's layouts made into lines and rows, in this order: a data file written out first, comments cut, table
# rows last.
_PLAIN_TEXT_STEPS = (front_matter, render_data_file, subtitles, boxed_text, cut_comments, struck_markdown, keycaps, footnote_calls, ruled_tables, outline,
                     tab_rows, semicolon_rows, dot_leaders, aligned_rows, uncolumn, unwrap_lines, figure_headlines, pipe_rows, crosswise_tables)


def main_text(doc: Document) -> MainText:
    """The document's main text and what its head says about it; raises ExtractionError."""
    if not doc.body or not doc.body.strip():
        raise ExtractionError("empty-body", "the response has no content")
    markup = decode(doc.body, doc.content_type)
    if _FEED.search(markup, 0, 2048) and "<html" not in markup[:2048].lower():
        return _from_feed(markup)
    if looks_like_html(markup, doc.content_type):
        return _from_html(markup, doc)
    text = markup.lstrip("\ufeff")
    for step in _PLAIN_TEXT_STEPS:
        text = step(text)
    if not text.strip():
        raise ExtractionError("empty-text", "no text before the comments")
    first = text.lstrip().split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 150 and not first.endswith((".", ";", ",")) else None  # a pasted page's title line
    return MainText(text=text, title=title, published=_leading_date(text))


# A news feed: RSS 2.0, RSS 1.0 (RDF) or Atom, by its root element
_FEED = re.compile(r"<(?:rss\b|feed\b[^>]*www\.w3\.org/2005/Atom|rdf:RDF\b)")
_FEED_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
_ITEM_DATE = ("pubDate", "published", "updated", "date", "issued")
_ITEM_BODY = ("encoded", "content", "description", "summary")  # the fullest text first (content:encoded)


def _from_feed(markup: str) -> MainText:
    """A feed's items, each a paragraph opening on its title and its date ("… (2026-11-17).") then its text: parsed as HTML,
    a feed runs its titles, links and dates into one line. Entities are never resolved (no XXE), nothing is fetched."""
    root = etree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", markup).encode("utf-8"), _FEED_PARSER)
    if root is None:
        raise ExtractionError("unparseable-feed", "the feed is not well-formed XML")
    blocks, dates = [], []
    for item in root.iter("{*}item", "{*}entry"):
        fields = {etree.QName(child).localname: child for child in item if isinstance(child.tag, str)}
        title = " ".join("".join(fields["title"].itertext()).split()) if "title" in fields else ""
        when = next((_feed_date(fields[n].text or "") for n in _ITEM_DATE if n in fields), None)
        body = next((fields[n] for n in _ITEM_BODY if n in fields and "".join(fields[n].itertext()).strip()), None)
        if when:
            dates.append(when)
        text = ""
        if body is not None:
            html = body.text if len(body) == 0 else etree.tostring(body, encoding="unicode", method="html")
            text = _block_text(lxml.html.fragment_fromstring(html or "", create_parent="div")) or " ".join((html or "").split())
        # (the title opens its item's paragraph, dated: what the item's sentences are about, and when)
        head = f"{title.rstrip('.')} ({when.isoformat()})." if title and when else (f"{title.rstrip('.')}." if title else "")
        blocks.append(f"{head} {text}".strip())
    text = "\n".join(b for b in blocks if b.strip())
    if not text:
        raise ExtractionError("empty-feed", "the feed has no item with text")
    channel_title = root.findtext("{*}channel/{*}title") or root.findtext("{*}title")
    return MainText(text=text, title=(channel_title or "").strip() or None, published=max(dates, default=None))


def _feed_date(value: str) -> date | None:
    """An item's date, ISO 8601 (Atom) or RFC 822 (RSS: "Tue, 17 Nov 2026 07:45:00 -0500")."""
    if (iso := _parse_date(value)) is not None:
        return iso
    m = re.search(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})", value)
    if m is None or (month := MONTHS.get(m.group(2).lower())) is None:
        return None
    try:
        return date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None


def _leading_date(text: str) -> date | None:
    """A plain-text file's own date, when its first lines give one ("date 2026-03-03")."""
    return _ymd(ISO_DAY.search(text, 0, 300))


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    return _ymd(re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value))


def _ymd(match: re.Match[str] | None) -> date | None:
    """The date a year-month-day match spells, if it is a real one (not 2026-02-30)."""
    if not match:
        return None
    try:
        return date(*(int(group) for group in match.groups()))
    except ValueError:
        return None


def _metas(tree: lxml.html.HtmlElement) -> dict[tuple[str, str], str]:
    """Each (attribute, value) of the page's <meta> tags -> the content of the first tag that has it."""
    found: dict[tuple[str, str], str] = {}
    for meta in tree.iter("meta"):
        for attr in ("name", "property", "itemprop"):
            if (value := meta.get(attr)) is not None:
                found.setdefault((attr, value), meta.get("content") or "")
    return found


def _meta(metas: dict[tuple[str, str], str], *names: str) -> str | None:
    for name in names:
        for attr in ("name", "property", "itemprop"):
            if content := metas.get((attr, name), "").strip():
                return content
    return None


@lru_cache(maxsize=256)
def _selector(css: str) -> CSSSelector:
    """A source's CSS selector, translated to XPath once (translating costs more than matching)."""
    try:
        return CSSSelector(css, translator="html")
    except Exception as exc:  # cssselect raises its own SelectorError family
        raise ExtractionError("bad-selector", f"{css!r}: {exc}") from exc


def _any_of(selectors: tuple[str, ...]) -> etree.XPath:
    """Selectors of ids and classes as one walk of the tree that looks only at elements with an id or a class (the
    union of their CSS translations walks it once per selector: 2.5 times slower on a canada.ca page)."""
    conditions = []
    for css in selectors:
        xpath = HTMLTranslator().css_to_xpath(css)
        if not (css[:1] in "#." and xpath.startswith("descendant-or-self::*[") and xpath.endswith("]")):
            raise ValueError(f"not an id or a class: {css!r}")
        conditions.append(f"({xpath[len('descendant-or-self::*[') : -1]})")
    return etree.XPath(f"descendant-or-self::*[@id or @class][{' or '.join(conditions)}]")


_COMMENTS = _any_of(COMMENT_SELECTORS)


# a transcript's time stamp run into its words by adjacent spans ("8:05so for the CEC …"): a space between
_STAMP_GLUED = re.compile(r"(?m)^(\d{1,2}:\d{2}(?::\d{2})?)(?=[^\W\d_])")
# a post's byline run into its first sentence ("sam_k · May 3, 2026 8:15 AM @lee that's …"): on a line of its own, as the
# page shows it, so that the reply opens its line
_BYLINE_GLUED = re.compile(r"(?m)^([^\n·•|.!?]{1,40}\s[·•]\s[^\n·•|]{3,30}?\b(?:\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|(?:19|20)\d\d))"
                           r"[ \t]+(?=[@A-ZÀ-Ý«“\"])")


def _from_html(markup: str, doc: Document) -> MainText:
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)  # lxml refuses str input with an encoding declaration
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError("unparseable-html", str(exc)) from exc
    metas = _metas(tree)
    title = _meta(metas, "dcterms.title", "og:title") or (tree.findtext(".//title") or "").strip() or None
    lang = tree.get("lang") or _meta(metas, "dcterms.language")
    published = _parse_date(
        _meta(metas, "dcterms.issued", "article:published_time", "datePublished", "date")
    ) or _parse_date(next(iter(tree.xpath("//article//time/@datetime | //time[@itemprop='datePublished']/@datetime")), None))
    modified = _parse_date(_meta(metas, "dcterms.modified", "article:modified_time", "dateModified"))
    _struck_values_as_previous(tree, (lang or doc.declared_language or "").lower().startswith("fr"))

    if doc.content:
        nodes = _selector(doc.content)(tree)
        if not nodes:
            raise ExtractionError("selector-miss", f"content selector {doc.content!r} matched nothing")
        # Under <article>: trafilatura's fast path keeps the lists of a main-content element, but drops
        # every <ul>/<ol> of nodes put straight under <body> (a newswire release's amounts list).
        if len(nodes) == 1 and sum(1 for child in nodes[0] if _POST_CLASS.search(child.get("class") or "")) > 1:
            # a thread's posts under one selected node: trafilatura keeps some of them, in another order, without
            # their lists (a moderator's pinned summary); each block is read on its own, as several selected nodes are
            nodes = [child for child in nodes[0] if isinstance(child.tag, str)]
        article = lxml.html.Element("article")
        for node in nodes:
            article.append(node)
        body, root = lxml.html.Element("body"), lxml.html.Element("html")
        body.append(article)
        root.append(body)
        tree = root
    for selector in doc.remove:
        for node in _selector(selector)(tree):
            node.drop_tree()
    poster = _poster(tree)
    thread = bool(doc.content) and _is_thread(doc.url, tree)
    for node in _COMMENTS(tree):
        if thread and not _author_answers(node, poster):
            for line in _COMMENT_BYLINES(node):
                line.drop_tree()
            continue  # a thread's question answered by its readers: their replies, not their bylines, are the content
        _keep_author_replies(node, poster)
        node.drop_tree()  # a node inside one dropped before goes with it: dropping it again changes nothing
    _drop_footnote_calls(tree)
    # a thread whose replies the source's selector names as content ("commentarea" inside "div.content"): trafilatura
    # keeps either the post or the replies, so every block is read
    replies = bool(doc.content) and bool(_COMMENT_NAMED(tree))
    if doc.content:
        _keep_asides(tree)
        _without_classes(tree)
    _pair_definitions(tree)
    _boxed_examples_labelled(tree)
    _unwrap_layout_tables(tree)
    _text_divs_as_paragraphs(tree)
    _form_labels_as_text(tree)
    _times_as_text(tree)
    _spanned_values_repeated(tree)
    _page_links_as_text(tree)
    _printed_tables(tree)

    headed = [] if doc.content else _headed_paragraphs(tree)
    if doc.content and len(tree[0][0]) > 1:
        # several nodes (a forum's question and its accepted answer): trafilatura keeps the one it takes for the
        # main content and drops the others, so each is read on its own
        text = "\n".join(t for node in list(tree[0][0]) if (t := _extract_node(node)))
    else:
        text = trafilatura.extract(tree, options=_TRAFILATURA) or _block_text(tree)
        if not doc.content and (posts := _thread_posts(tree, text)):
            # a forum thread with no selector: trafilatura keeps the question, the answers state the rules
            text = "\n".join(t for node in posts if (t := _extract_node(node)))
        elif headed:
            text = _headings_restored(text, headed)
        elif doc.content and (replies or _kept_little(text, tree) or _dropped_items(text, tree)):
            # the source's selector names the content: when trafilatura keeps a small part of it (a thread's first
            # post of several), every block of it is read
            text = _block_text(tree)
    text = crosswise_tables(keycaps(footnote_calls(figure_rows(figure_headlines(figure_cards(cut_comments(
        _BYLINE_GLUED.sub("\\1\n", _STAMP_GLUED.sub(r"\1 ", text.strip())))))))))
    if not text.strip():
        raise ExtractionError("empty-text", "no main text left after removing page chrome")
    return MainText(text=text, title=title, declared_language=lang, published=published, modified=modified)


# A reply by the page's own author in its comments: "op" (a thread's poster), WordPress's "bypostauthor", a comment
# pinned (on a video site only the channel's owner pins one)
_AUTHOR_REPLY = etree.XPath(
    "descendant::*[@class][contains(concat(' ', normalize-space(@class), ' '), ' op ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' pinned-comment ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' pinned ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' is-op ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' bypostauthor ')]"
)

_REPLY_FURNITURE = etree.XPath(  # (a nested comment, not the reply's own text: "comment-text", "comment-body")
    ".//*[@class][contains(@class, 'comment') and not(contains(@class, 'text') or contains(@class, 'body')"
    " or contains(@class, 'content')) or contains(concat(' ', normalize-space(@class), ' '), ' reply ')"
    " or contains(@class, 'author') or contains(@class, 'meta')"
    " or contains(@class, 'vote') or contains(@class, 'score')]"
)


# a reply's byline, votes and score ("u/some_user · 312 points"), not its text ("usertext-body", "comment-text")
_COMMENT_BYLINES = etree.XPath(
    ".//*[@class][contains(@class, 'author') or contains(@class, 'meta') or contains(@class, 'vote')"
    " or contains(@class, 'score') or contains(@class, 'byline') or contains(@class, 'user')]"
    "[not(contains(@class, 'text') or contains(@class, 'body') or contains(@class, 'content'))]"
)

_AUTHOR_LINE = ("descendant::*[@class][contains(concat(' ', normalize-space(@class), ' '), ' author ')"
                " or contains(concat(' ', normalize-space(@class), ' '), ' username ')]")
_AUTHOR_LINES, _AUTHOR_NAME = etree.XPath(_AUTHOR_LINE), etree.XPath(_AUTHOR_LINE + "[1]")
_COMMENT_BLOCK = etree.XPath("descendant::*[@class][contains(concat(' ', normalize-space(@class), ' '), ' comment ')"
                             " or contains(concat(' ', normalize-space(@class), ' '), ' reply ')]")
_PINNED = etree.XPath("boolean(self::*[contains(concat(' ', normalize-space(@class), ' '), ' pinned ')"
                      " or contains(concat(' ', normalize-space(@class), ' '), ' pinned-comment ')])")


def _name_of(node: lxml.html.HtmlElement) -> str:
    """The first word of an author line ("u/maple_rcic (licensed) · 3h" -> "u/maple_rcic")."""
    found = _AUTHOR_NAME(node)
    words = (found[0].text or found[0].text_content()).split() if found else []
    return words[0] if words else ""


_IN_A_COMMENT = etree.XPath("ancestor::*[@class][contains(concat(' ', normalize-space(@class), ' '), ' comment ')]")
_BYLINES = etree.XPath("descendant::*[@class][contains(@class, 'meta') or contains(@class, 'byline') or contains(@class, 'posted')]")
_POSTED_BY = re.compile(r"\b(?:posted|started|submitted|asked|publié|posté|lancé)\s+(?:by|par)\s+(\S+)", re.IGNORECASE)


def _poster(tree: lxml.html.HtmlElement) -> str:
    """The name of who posted the thread: the first author line outside its comments, else the name a byline gives
    ("r/ImmigrationCanada • Posted by u/some_rcic • 2 Jan"); "" when none."""
    for found in _AUTHOR_LINES(tree):
        if not _IN_A_COMMENT(found):
            words = (found.text or found.text_content()).split()
            return words[0] if words else ""
    for byline in _BYLINES(tree):
        if not _IN_A_COMMENT(byline) and (posted := _POSTED_BY.search(byline.text_content())):
            return posted.group(1)
    return ""


def _author_replies(comments: lxml.html.HtmlElement, poster: str) -> list[lxml.html.HtmlElement]:
    """The replies in ``comments`` by the page's author: marked as the author's, or signed with the poster's name (on a
    video's page, the name signing the comment its owner pinned), in the page's order."""
    marked = _AUTHOR_REPLY(comments)
    poster = poster or next((name for node in marked if _PINNED(node) and (name := _name_of(node))), "")
    signed = {c for c in _COMMENT_BLOCK(comments) if _name_of(c) == poster} if poster else set()
    return [node for node in comments.iter() if node in signed or node in marked]


def _author_answers(comments: lxml.html.HtmlElement, poster: str) -> bool:
    """The page's author answers in its comments with figures (an "ask me anything"), not only thanks, and not
    only with questions of their own (a thread's poster asking back "Donc à 24 heures par semaine, j'y
    arriverais vers septembre 2026 ?")."""
    return any(_DIGIT.search(said) and not said.endswith("?")
               for reply in _author_replies(comments, poster) if (said := _reply_words(reply)))


def _reply_words(reply: lxml.html.HtmlElement) -> str:
    """A reply's own words, without its byline, votes or score ("camille_qc · 4 votes")."""
    reply = copy.deepcopy(reply)
    for line in _COMMENT_BYLINES(reply):
        line.drop_tree()
    return " ".join(reply.text_content().split())


def _keep_author_replies(comments: lxml.html.HtmlElement, poster: str = "") -> None:
    """Readers' comments are dropped, but the page's author answering them in an "ask me anything" thread is the
    page's content: those replies (marked as the author's, or signed with the poster's name), without the readers'
    replies nested in them, stay where the comments were."""
    replies = _author_replies(comments, poster)
    if not replies or comments.getparent() is None:
        return
    kept = lxml.html.Element("section")
    for reply in replies:
        reply = copy.deepcopy(reply)
        for nested in _REPLY_FURNITURE(reply):  # readers' replies to it, its byline and votes ("380 points")
            nested.drop_tree()
        reply.attrib.pop("class", None)
        reply.attrib.pop("id", None)
        kept.append(reply)
    comments.addprevious(kept)


# A discussion whose replies are its content: a forum's or a social site's thread, a questions-and-answers page.
_THREAD_URL = re.compile(r"reddit\.com/r/|/forums?/|/threads?/|/topics?/|/questions/|/discussions?/|/comments/", re.IGNORECASE)


def _is_thread(url: str, tree: lxml.html.HtmlElement) -> bool:
    """The source's selected content is a thread: its address says so, or the selected node's class or id."""
    if _THREAD_URL.search(url or ""):
        return True
    article = tree[0][0] if len(tree) and len(tree[0]) else None
    if article is None:
        return False
    # (or the node selected is a comment section: "<ol class=comments>" named as content is the page's thread)
    comment_sections = set(_COMMENTS(tree))
    return any(_THREAD_CLASS.search(f"{n.get('class', '')} {n.get('id', '')}") or n in comment_sections for n in article)


_DIGIT = re.compile(r"\d")

def _dropped_items(text: str, tree: lxml.html.HtmlElement) -> bool:
    """Trafilatura left out most of the selected content's list items that hold a figure (a changelog's entries, each
    a heading over a list): lists are where pages state their rules, so every block is read."""
    items = [words for li in tree.iter("li") if _DIGIT.search(words := " ".join(li.text_content().split())[:40])]
    if len(items) < DROPPED_ITEMS_FROM:
        return False
    kept = " ".join(text.split())
    return sum(item not in kept for item in items) * 2 > len(items)


DROPPED_ITEMS_FROM = 3  # list items with a figure, fewer of which are no sign of a layout trafilatura misreads
KEPT_AT_LEAST = 0.4  # of a selected node's text, below which trafilatura's choice is not trusted


def _kept_little(text: str, tree: lxml.html.HtmlElement) -> bool:
    """Less than ``KEPT_AT_LEAST`` of the selected text, its runs of spaces counted as one; the spaces are
    counted only when the raw text (never shorter) is not already small enough to say no."""
    raw = tree.text_content()
    return len(text) < KEPT_AT_LEAST * len(raw) and len(text) < KEPT_AT_LEAST * len(" ".join(raw.split()))

# A thread's posts: sibling blocks of class "post", "message", "reply" or "answer" under a forum, thread or topic.
_POST_CLASS = re.compile(r"(?:^|\s)(?:post|message|reply|answer|réponse|reponse)(?:\s|$)", re.IGNORECASE)
_THREAD_CLASS = re.compile(r"forum|thread|topic|discussion|sujet|fil-|replies|answers|réponses", re.IGNORECASE)
_POST_CANDIDATES = etree.XPath(  # (elements with a class first: 2.5 times faster on a whole page)
    "//*[@class][contains(@class,'post') or contains(@class,'message') or contains(@class,'reply') or contains(@class,'answer')"
    " or contains(@class,'ponse')]"
)


def _thread_posts(tree: lxml.html.HtmlElement, text: str) -> list[lxml.html.HtmlElement]:
    """The posts of a forum thread whose first post holds the text trafilatura kept; empty on any other page."""
    head = " ".join(text.split())[:60]
    if len(head) < 20:
        return []
    groups: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for node in _POST_CANDIDATES(tree):
        if _POST_CLASS.search(node.get("class", "")) and (parent := node.getparent()) is not None:
            groups.setdefault(parent, []).append(node)
    for parent, posts in groups.items():
        if len(posts) < 2 or not any(_THREAD_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}")
                                     for a in (parent, *parent.iterancestors())):
            continue
        if any(head in " ".join(post.text_content().split()) for post in posts):
            return posts
    return []


def _extract_node(node: lxml.html.HtmlElement) -> str:
    root, body, article = lxml.html.Element("html"), lxml.html.Element("body"), lxml.html.Element("article")
    article.append(node)
    body.append(article)
    root.append(body)
    return (trafilatura.extract(root, options=_TRAFILATURA) or _block_text(root)).strip()


# A layout cell holds another table, a heading, a list or several blocks; a data cell at most one paragraph.
_LAYOUT_CELL = "[.//table or h1 or h2 or h3 or h4 or ul or ol or count(p | div) > 1]"
_BLOCK_IN_CELL = f"./tr/td{_LAYOUT_CELL} | ./tbody/tr/td{_LAYOUT_CELL}"


def _printed_tables(tree: lxml.html.HtmlElement) -> None:
    """A table printed in a <pre> block, its columns aligned with spaces or ruled with dashes, made into rows as a
    plain text's are: trafilatura keeps it as lines whose figures run together ("1      $15,263"); rows written
    without their outer pipes ("1 personne | 14 690 $ | 15 263 $") get them, and a rule crossed where the columns meet
    ("-----+-----") becomes the separator under the header."""
    for pre in tree.iter("pre"):
        text = pre.text_content().strip("\n")
        led = dot_leaders(text)  # ("Counted over ....... the last 3 years": a label and its value, as in a plain text)
        if "  " not in led and "\t" not in led:
            if led != text or len(_SETTING_LINE.findall(text)) >= MIN_SETTINGS:  # a configuration's "key = value" lines
                _as_paragraphs(pre, led)
            continue
        if (pairs := spaced_pairs(led)) != led:
            _as_paragraphs(pre, pairs)
            continue
        rows = pipe_rows(aligned_rows(tab_rows(ruled_tables(led))))
        if rows != text:
            _as_paragraphs(pre, rows)
        elif "\n" in text and all(len(_FIELD_GAP.findall(line)) >= MIN_FIELD_GAPS for line in text.split("\n") if line.strip()):
            # (records of fields set apart by spaces that line up with nothing: "#399  Mar 18, 2026   Trade occupations   …"
            # keep their lines, and their gaps as the separators a paragraph would otherwise squeeze to one space; not a
            # label and its value, "Language, TEER 0/1    CLB 7", nor code)
            _as_paragraphs(pre, _FIELD_GAP.sub(" · ", text))


_FIELD_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
MIN_FIELD_GAPS = 2
# a setting's line: "age_cap = 12", "LANGUAGE_CAP: 28" (trafilatura runs a <pre> block's lines together)
_SETTING_LINE = re.compile(r"^[ \t]*[A-Za-z][\w.-]*[ \t]*[:=][ \t]*\S", re.MULTILINE)
MIN_SETTINGS = 3


def _as_paragraphs(pre: lxml.html.HtmlElement, text: str) -> None:
    """The <pre> block replaced by one paragraph per line of ``text``."""
    block = lxml.html.Element("div")
    for line in text.split("\n"):
        etree.SubElement(block, "p").text = line
    block.tail = pre.tail
    pre.getparent().replace(pre, block)


TOGGLE_HEADING_WORDS = 3  # an accordion's question or title, not a "Menu" or "Close" toggle


# a box's heading calling it an example: "Example", "Exemple", "Worked example", "Étude de cas"
_EXAMPLE_TITLE = re.compile(r"\W*(?:(?:worked|real|short|quick)\s+)?(?:examples?|exemples?|case\s+study|étude\s+de\s+cas|illustration)\W*",
                            re.IGNORECASE)


def _boxed_examples_labelled(tree: lxml.html.HtmlElement) -> None:
    """A box headed "Example" inside the page (a canada.ca "well", an aside) keeps its title as the label of its first
    paragraph ("Example: Amira worked as a nurse for 8 months …"): as a heading it would head the page's paragraphs
    after the box too, and their rules would read as the example's."""
    for heading in tree.xpath("//div/*[self::h2 or self::h3 or self::h4 or self::h5][1] | //aside/*[self::h2 or self::h3 or "
                              "self::h4 or self::h5][1]"):
        box = heading.getparent()
        if heading.getprevious() is not None or box.getnext() is None or \
                not _EXAMPLE_TITLE.fullmatch(title := heading.text_content().strip()):
            continue
        first = heading.getnext()
        if first is None or first.tag != "p":
            continue
        first.text = f"{title}: {first.text or ''}"
        heading.drop_tree()


def _form_labels_as_text(tree: lxml.html.HtmlElement) -> None:
    """A checklist built as a form ("<li><input type=checkbox> <label>Language: CLB 7 …</label></li>"), a calculator's
    hints beside its fields ("<p class=aide>Cochée, cette case ajoute 600 points.</p>" in a <fieldset>): trafilatura drops
    forms and their controls with their labels, and the page's rules with them. A label, a legend, a hint is text;
    a box, a button, a drop-down list of choices is nothing; but an accordion's toggle (a button that expands a panel,
    "<button aria-expanded=false>Et pour les métiers ?</button>") is the heading of the answer it opens."""
    for node in tree.xpath("//button[@aria-expanded or @aria-controls or @data-toggle or @data-bs-toggle]"):
        if len(node.text_content().split()) >= TOGGLE_HEADING_WORDS:
            node.tag = "h4"
    for node in tree.xpath("//label[.//input[@type='checkbox']]"):
        # (a checklist's box before a figure, kept as the text writes one: "[ ] Canadian Experience Class: I have worked 12
        # months or more …" is what the applicant declares, the condition of the box, not a case; a box with no
        # figure of its own, "I have a provincial nomination", ticks a fact)
        if _DIGIT.search(node.text_content()):
            box = node.xpath(".//input[@type='checkbox']")[0]
            box.tail = f"[{'x' if box.get('checked') is not None else ' '}] {(box.tail or '').lstrip()}"
            node.tag = "p"  # (a line of its own, as each box is)
    for node in tree.iter("label"):
        node.tag = "span"
    for node in tree.iter("form", "fieldset"):
        node.tag = "div"
    for node in tree.iter("legend"):
        node.tag = "p"
    for node in tree.xpath("//input | //select | //button | //textarea"):
        node.drop_tree()


MAX_SPAN = 6


def _spanned_values_repeated(tree: lxml.html.HtmlElement) -> None:
    """Merged cells written in each place they span, as the text has no merged cells: a row label merged down rows
    ("<th rowspan=2>Points</th>") starts each row it spans, and a value merged across columns ("<td colspan=2>600
    points</td>" under "2025 | 2026": the same rule both years) fills each column; a row's first cell merged across
    (a caption over the table) stays one cell."""
    for cell in list(tree.xpath("//tr/*[1][@rowspan]")):
        span = int(cell.get("rowspan")) if cell.get("rowspan", "").isdigit() else 1
        cell.set("rowspan", "1")
        row = cell.getparent()
        for _ in range(min(span, MAX_SPAN) - 1):
            if (row := row.getnext()) is None or row.tag != "tr":
                break
            row.insert(0, copy.deepcopy(cell))
    for cell in list(tree.xpath("//td[@colspan] | //th[@colspan]")):
        span = int(cell.get("colspan")) if cell.get("colspan", "").isdigit() else 1
        if span < 2 or span > MAX_SPAN or cell.getprevious() is None:
            continue
        cell.set("colspan", "1")
        for _ in range(span - 1):
            cell.addnext(copy.deepcopy(cell))


def _times_as_text(tree: lxml.html.HtmlElement) -> None:
    """A date marked up as <time> in a heading ("<h2><time>May 4, 2026</time> — Funds update</h2>", a log of changes):
    trafilatura drops it, and the section's date with it. Its words are text."""
    for node in tree.iter("time"):
        node.tag = "span"


def _struck_values_as_previous(tree: lxml.html.HtmlElement, french: bool) -> None:
    """A figure struck through beside its replacement ("<del>14 690 $</del> 15 263 $", a changelog's or an update
    note's way) is the value before: said so in words, since the text keeps no strike ("(auparavant 14 690 $)")."""
    word = "auparavant" if french else "previously"
    struck = list(tree.iter("del", "s", "strike"))  # (the XPath union's nodes, in the same order: 25 times faster)
    if struck and _tracked_changes(struck, word, "fr" if french else "en"):
        return
    for node in struck:
        if (read := struck_as_read(" ".join(node.text_content().split()), False, word)) is not None:
            tail = node.tail
            node.clear()
            node.text, node.tail, node.tag = read, tail, "span"


def _tracked_changes(struck: list[lxml.html.HtmlElement], word: str, language: str) -> bool:
    """A page showing an editor's tracked changes (a deletion, then its insertion: "au moins <del>60</del>
    <ins>67</ins> points", "<del>6 mois d'expérience continue</del> <ins>12 mois d'expérience</ins>"): what is
    deleted is no longer the page's word. A figure replaced is said after its replacement ("67 (previously 60)");
    other deleted text, replaced or not, is dropped. False (nothing done) on a page with no such pair."""
    pairs = {node for node in struck if node.tag == "del" and not (node.tail or "").strip()
             and (after := node.getnext()) is not None and after.tag == "ins"}
    if not pairs:
        return False
    for node in struck:
        if node.tag != "del":
            continue
        said = " ".join(node.text_content().split())
        if node in pairs and len(said.split()) <= STRUCK_FIGURE_WORDS and (figure := _figure(said, language)):
            inserted = node.getnext()
            inserted.tail = f" ({word} {figure})" + (inserted.tail or "")
        node.drop_tree()  # (its tail stays)
    return True


def _figure(said: str, language: str) -> str | None:
    """The one figure a short deletion holds: its quantity ("6 mois" of "6 mois d'expérience continue"), or a bare
    number ("60")."""
    quantities = find_quantities(said, language)
    if len(quantities) == 1:
        return said[quantities[0].start : quantities[0].end]
    return said if not quantities and any(c.isdigit() for c in said) else None


_CUSTOM_ELEMENTS = etree.XPath("//*[contains(name(), '-')]")
_INLINE = frozenset({"span", "a", "b", "i", "em", "strong", "small", "sup", "sub", "abbr", "time", "mark", "br", "code", "u", "s", "del"})


def _page_links_as_text(tree: lxml.html.HtmlElement) -> None:
    """A list whose items all link into the page itself ("On this page": "- Trades", "- Researchers with Canadian
    work experience") names the page's sections: its items stay as text (trafilatura drops a list of links)."""
    for ul in tree.iter("ul", "ol"):
        items = ul.findall("li")
        links = [li.find("a") for li in items]
        if len(items) >= 2 and all(a is not None and (a.get("href") or "").startswith("#") and
                                   not (li.text or "").strip() for li, a in zip(items, links)):
            for a in links:
                a.drop_tag()  # type: ignore[union-attr]


def _text_divs_as_paragraphs(tree: lxml.html.HtmlElement) -> None:
    """A div that holds only text and inline elements is a paragraph; a custom element (a video page's
    "<yt-formatted-string>" caption) is inline text. Both were dropped with their text (a transcript's lines).
    An expandable section (<details>) is a heading over blocks."""
    for node in _CUSTOM_ELEMENTS(tree):  # (found by XPath: a walk in Python makes an object of every element)
        node.tag = "span"
    for node in tree.xpath("//ol[li[h1 or h2 or h3 or h4 or table or details]] | //ul[li[h1 or h2 or h3 or h4 or table or details]]"):
        # a list whose items are sections ("<li><h2>Étape 5 …</h2><p>…</p><table>…"): sections, not one line each
        node.tag = "div"
        for item in node.iterchildren("li"):
            item.tag = "div"
    for node in tree.iter("details", "summary"):
        # an expandable section: its title a heading and its body blocks (trafilatura ran a table in it into one line)
        node.tag = "div" if node.tag == "details" else "h4"
    for node in tree.iter("figure", "figcaption"):
        # a photo's caption is text (trafilatura drops figures whole): a photo blog says everything in them
        node.tag = "div" if node.tag == "figure" else "p"
    for node in list(tree.iter("div")):
        if all(isinstance(child.tag, str) and child.tag in _INLINE for child in node):
            if (node.text or "").strip() + "".join((child.text_content() or "") for child in node).strip():
                node.tag = "p"
        elif (node.text or "").strip():
            _leading_text_as_paragraph(node)


def _leading_text_as_paragraph(div: lxml.html.HtmlElement) -> None:
    """A div's own text before its first block ("<div class=comment>First point.<p>Second point.</p></div>", as link
    aggregators write a comment) is a paragraph of its own: trafilatura drops it."""
    paragraph = lxml.html.Element("p")
    paragraph.text, div.text = div.text, None
    for child in list(div):
        if not (isinstance(child.tag, str) and child.tag in _INLINE):
            break
        paragraph.append(child)  # (its tail goes with it)
    div.insert(0, paragraph)


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """A table used for layout (an e-mail issue, an old CMS: its cells hold paragraphs and other tables) becomes
    plain blocks, so that the data tables inside it stay tables and reach the text with their rows."""
    for table in list(tree.iter("table")):
        if not (block_cells := table.xpath(_BLOCK_IN_CELL)):
            table.attrib.pop("role", None)  # a data table marked role="presentation": trafilatura would drop it
            continue
        rows = table.xpath("./tr | ./tbody/tr")
        if _is_data_table(table) and len({id(cell.getparent()) for cell in block_cells}) * 2 < len(rows):
            # a data table with a row of notes in paragraphs (a canada.ca comparison's last row): the notes are one
            # cell's text, the table stays a table
            for cell in block_cells:
                for block in cell.xpath("./p | ./div"):
                    block.tag, block.tail = "span", f" {block.tail or ''}"
                # (a list in a cell, "CLB 7 if your job is TEER 0 or 1" / "CLB 5 if …", is the cell's text, its items
                # apart: trafilatura would take the items out of the row, away from the column that says whose they are)
                for items in cell.xpath("./ul | ./ol"):
                    items.tag, items.text = "span", f" {items.text or ''}"
                    for n, item in enumerate(items.xpath("./li")):
                        item.tag, item.tail = "span", f"{'' if n == len(items) - 1 else ';'} {item.tail or ''}"
            continue
        own = (table, *table.findall("tbody"))
        for cell in table.xpath("./tr/td | ./tr/th | ./tbody/tr/td | ./tbody/tr/th"):
            cell.tag = "div"
        for row in table.xpath("./tr | ./tbody/tr"):
            row.tag = "div"
        for part in own:
            part.tag = "div"


def _is_data_table(table: lxml.html.HtmlElement) -> bool:
    """A table with a header row or a caption: it lays out data, whatever one of its cells holds."""
    return bool(table.xpath("./thead | ./caption | .//th[@scope='col']"))


_FOOTNOTE_CALL = re.compile(r"\s*(?:[\[(]?\d{1,2}[\])]?|[*†‡]+)\s*")


def _drop_footnote_calls(tree: lxml.html.HtmlElement) -> None:
    """"one year<sup>1</sup> of work": the call would read "year1"; its footnote below stays."""
    for sup in list(tree.iter("sup")):
        if _FOOTNOTE_CALL.fullmatch(sup.text_content() or ""):
            sup.drop_tree()


_COMMENT_NAMED = etree.XPath("//*[contains(@class, 'comment') or contains(@id, 'comment')]")


def _without_classes(tree: lxml.html.HtmlElement) -> None:
    """Inside the source's content, once its ``remove`` selectors and the comments are gone, no list or table is
    dropped for its class or id: trafilatura takes a list of class "timestamps" for page furniture; nor a paragraph
    whose class holds "bar" only inside a word ("bareme", "barre-info"), which it takes for a navigation bar."""
    for node in tree.iter("ul", "ol", "li", "dl", "table"):
        node.attrib.pop("class", None)
        node.attrib.pop("id", None)
    for node in tree.iter("p"):
        if "bar" in (names := node.get("class", "")) and not _BAR_OF_A_PAGE.search(names):
            node.attrib.pop("class")


# a page's bar by its class: "navbar", "side-bar", "toolbar", "bar-menu"
_BAR_OF_A_PAGE = re.compile(r"(?:nav|side|top|tool|menu|status|progress|action|search|share|social|tab|bottom|info|cookie)[-_]?bar\b|"
                            r"\bbar[-_]?(?:nav|menu|top|bottom)|\bbar\b", re.IGNORECASE)


def _keep_asides(tree: lxml.html.HtmlElement) -> None:
    """A box set aside inside the source's content ("Les chiffres clés", "Key takeaways") is part of what the
    source's selector names (its other boxes are in its ``remove`` list); trafilatura drops every <aside>."""
    for aside in tree.iter("aside"):
        aside.tag = "div"  # (a one-line note, "<aside>Ms. L.: Check your source! …</aside>", then reads as a paragraph)
        # (its class or id may name it a sidebar, which trafilatura drops as the page's furniture)
        for name in ("class", "id"):
            aside.attrib.pop(name, None)


# A definition's term that is a figure: "12 mois", "NCLC 7", "15 263 dollars", "600 points"
_FIGURE_TERM = re.compile(r"^\S{0,6}\s?[\d+][\d\s\u00a0\u202f.,]*\s?\S{0,12}(?:\s\S{0,10})?$")


def _pair_definitions(tree: lxml.html.HtmlElement) -> None:
    """A definition list's term and its description as one "term : description" item: trafilatura writes
    them as two unrelated bullets, and the term ("Expérience de travail") is what the value ("1 an") measures."""
    for dl in list(tree.iter("dl")):
        items, term = [], None
        entries = _terms_and_descriptions(dl)
        for k, child in enumerate(entries):
            if child.tag == "dt":
                term = " ".join(child.text_content().split())
                described = list(itertools.takewhile(lambda e: e.tag == "dd", entries[k + 1 :]))
                if len(described) > 1 and _NUMBERED_TERM.search(term) and all(_LABELLED.match(_parts_text(dd)) for dd in described):
                    # a numbered term over labelled descriptions ("Round #401 – March 4, 2026" over "Type: …", "Invitations
                    # issued: 1,500"): a heading over its lines, each read on its own, as a post gives them (a program's
                    # name over its conditions stays their term)
                    items.append(term)
                    term = None
            elif child.tag == "dd":
                value = _parts_text(child)
                if term and _FIGURE_TERM.match(term) and value[:1].islower():
                    items.append(f"{term} {value}")  # a key figure and what it counts ("12 mois" / "d'expérience …")
                else:
                    items.append(f"{term.rstrip(' :')} : {value}" if term else value)
            child.getparent().remove(child)
        ul = lxml.html.Element("ul")
        for text in items:
            li = lxml.html.Element("li")
            li.text = text
            ul.append(li)
        dl.tag = "div"
        dl.append(ul)


_NUMBERED_TERM = re.compile(r"(?:#|\bn[o°º]\.?|\bnum[ée]ro|\bnumber)\s*\d", re.IGNORECASE)
_LABELLED = re.compile(r"[^:\n]{2,60}?\s?:\s*\S")  # a description that names its own field: "Invitations issued: 1,500"


def _terms_and_descriptions(dl: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """A list's <dt> and <dd> in order, also those HTML5 lets a <div> group (one per entry of a glossary); a wrapper
    left empty goes, anything else in the list stays."""
    children = []
    for child in list(dl):
        if child.tag in ("dt", "dd"):
            children.append(child)
        elif child.tag == "div" and (parts := [part for part in child if part.tag in ("dt", "dd")]):
            children.extend(parts)
            if len(parts) == len(child) and not (child.text or "").strip():
                dl.remove(child)
    return children


def _parts_text(node: lxml.html.HtmlElement) -> str:
    """A description's text with its lines and items kept apart ("CLB 5<br>Reading …" read "CLB 5Reading")."""
    for part in node.xpath(".//br | .//li | .//p | .//div"):
        part.tail = f" ; {part.tail or ''}"
    return " ".join(node.text_content().split()).strip(" ;")


_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "dt", "dd", "blockquote", "pre")
_NESTED = " | ".join(f".//{tag}" for tag in _BLOCKS)


_BREAK = "\u2029"  # (not a newline: the markup's own newlines inside a paragraph are spaces)


_HEADINGS = etree.XPath("//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
_OPENING = 40  # characters of a paragraph's opening looked for in the text


def _headed_paragraphs(tree: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    """Each heading with the opening of the paragraph right under it, before trafilatura reads the tree."""
    pairs = []
    for heading in _HEADINGS(tree):
        below = heading.getnext()
        if below is not None and below.tag == "p" and (title := " ".join(heading.text_content().split())) and \
                (opening := " ".join(below.text_content().split())[:_OPENING]):
            pairs.append((title, opening))
    return pairs


def _headings_restored(text: str, headed: list[tuple[str, str]]) -> str:
    """The headings trafilatura dropped put back over the paragraphs it kept: with no container it knows, it keeps a
    page's paragraphs only (a section's "A. La grille du PTQF" lost over the grid's lead-in), and with the headings go
    the subjects of the rules under them."""
    lines = set(text.split("\n"))
    for title, opening in headed:
        if title in lines:
            continue
        at = text.find(opening)
        while at > 0 and text[at - 1] != "\n":
            at = text.find(opening, at + 1)
        if at >= 0:
            text = f"{text[:at]}{title}\n{text[at:]}"
            lines.add(title)
    return text


def _block_text(tree: lxml.html.HtmlElement) -> str:
    """A plain rendering, one block a line, for pages too short for trafilatura to keep."""
    for bad in tree.xpath("//script | //style | //noscript | //template"):
        bad.drop_tree()
    for br in tree.iter("br"):
        br.tail = f"{_BREAK}{br.tail or ''}"  # a line break inside a block starts a line ("CLB 5 …<br>CLB 4 …")
    lines = []
    for block in tree.iter(*_BLOCKS):
        if block.xpath(_NESTED):
            continue  # its inner blocks give the lines
        if block.tag == "tr":  # a table's row as the extracted text writes it, the rule under the first
            cells = [" ".join(cell.text_content().replace(_BREAK, " ").split()) for cell in block if cell.tag in ("td", "th")]
            lines.append("| " + " | ".join(cells) + " |")
            if block.getprevious() is None and (block.getparent().tag != "tbody" or block.getparent().getprevious() is None):
                lines.append("|" + "---|" * len(cells))
            continue
        for i, line in enumerate(filter(None, (" ".join(part.split()) for part in block.text_content().split(_BREAK)))):
            lines.append(("- " if block.tag == "li" and not i else "") + line)
    return "\n".join(lines)
