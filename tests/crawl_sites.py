"""Small sites written by the crawler tests (our own texts, in the style of the real ones), served on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from rulewatch.store import Store
from rulewatch.store.tables import Health, Snapshot

FAST = {"AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "INFO"}

TOPICS = [
    ("ronde-categorie-sante", "Nouvelle ronde pour la catégorie des soins de santé",
     "Les candidats de la catégorie des soins de santé doivent avoir au moins 6 mois d’expérience de travail continue."),
    ("preuve-fonds-2026", "Preuve de fonds : les montants de 2026",
     "Une personne seule doit montrer au moins 15 263 $ de fonds disponibles."),
    ("metiers-specialises", "Métiers spécialisés : ce qui change",
     "Les candidats des métiers spécialisés doivent avoir une offre d’emploi valide d’au moins 1 an."),
    ("francophones-hors-quebec", "Francophones hors Québec : une ronde ciblée",
     "Les candidats doivent avoir obtenu au moins NCLC 7 dans les quatre compétences en français."),
    ("experience-canadienne", "Catégorie de l’expérience canadienne : rappel",
     "Il faut au moins 12 mois d’expérience de travail qualifiée au Canada au cours des 3 dernières années."),
]


def article_html(slug: str, title: str, sentence: str, day: str) -> str:
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} | Le carnet de l’immigrant</title>
<meta property="article:published_time" content="{day}T08:00:00-05:00"></head>
<body class="post-template-default single"><header class="site-header"><a href="/">Le carnet de l’immigrant</a>
<nav><a href="/categorie/entree-express/">Entrée express</a> <a href="/contact/">Contact</a></nav></header>
<main id="main"><article class="post type-post"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">Publié le <time datetime="{day}">{day}</time> par l’équipe</div>
<div class="entry-content"><p>Le ministère a publié une mise à jour sur Entrée express ({slug}).</p>
<p>{sentence}</p><p>Consultez toujours la page officielle avant de présenter une demande.</p></div>
</article></main><footer class="site-footer">© 2026 Le carnet de l’immigrant</footer></body></html>"""


def write(root: Path, path: str, text: str | bytes) -> None:
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


def snapshots(store: Store, night_id: int) -> dict[str, Snapshot]:
    """Tonight's snapshots by path (``/blog/page/2/``)."""
    with store.transaction() as session:
        rows = session.scalars(select(Snapshot).where(Snapshot.night_id == night_id).order_by(Snapshot.id))
        return {"/" + s.url.split("/", 3)[3]: s for s in rows}


def health(store: Store, night_id: int) -> list[tuple[str, str, str]]:
    """Tonight's health entries as (problem, path, detail), sorted."""
    with store.transaction() as session:
        rows = session.scalars(select(Health).where(Health.night_id == night_id))
        return sorted((h.problem, "/" + h.url.split("/", 3)[3] if "://" in h.url else h.url, h.detail) for h in rows)


PARAGRAPHS = [
    "Pour être admissible, vous devez avoir accumulé au moins {n} mois d’expérience de travail continue dans une même "
    "profession au cours des 3 dernières années.",
    "Vous devez montrer que vous avez assez d’argent pour subvenir à vos besoins : 15 263 $ pour une personne seule.",
    "Le Système de classement global attribue jusqu’à 160 points pour les compétences dans la première langue officielle.",
    "Les résultats des tests linguistiques sont valides pendant 2 ans après la date du résultat.",
]


def canada_page(title: str, paragraphs: int = 12, main: bool = True, modified: str = "2026-02-18") -> str:
    """A canada.ca (WET) page: menus, ``<main>`` with the text, "Date de modification", footer."""
    body = "\n".join(f"<h2>Section {j}</h2><p>{PARAGRAPHS[j % 4].format(n=6 + j)}</p>" for j in range(paragraphs))
    wrapper = ("<main property=\"mainContentOfPage\" class=\"container\">", "</main>") if main else \
              ("<div id=\"contenu\" class=\"gc-nouveau-gabarit\">", "</div>")
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} - Canada.ca</title>
<meta name="dcterms.language" content="fra"><meta name="dcterms.modified" content="{modified}"></head><body>
<nav id="wb-sm"><ul><li><a href="/fr/services/emplois.html">Emplois</a></li><li><a href="/fr/services/immigration.html">Immigration et citoyenneté</a></li></ul></nav>
{wrapper[0]}<h1 id="wb-cont">{title}</h1>
{body}
<section class="pagedetails"><dl id="wb-dtmd"><dt>Date de modification :</dt><dd><time>{modified}</time></dd></dl></section>
{wrapper[1]}<footer id="wb-info"><a href="/fr/transparence.html">Transparence</a></footer></body></html>"""
