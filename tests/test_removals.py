"""A removal stated in any of its forms is read as ``removed`` with the value it had, never as a rule added."""

import pytest

from rulewatch.extractors import Document, extract_document

REMOVALS = [
    "Job offers stopped earning points in March 2025.",
    "Arranged employment: 0 CRS points from 25 March 2025 onward",
    "Job offer = 0 CRS points now, no more 50 or 200.",
    "Les offres d'emploi ont cessé de rapporter des points au SCG en mars 2025.",
    # an active verb ending the points, in a quotation a story attributes to its source
    '"Ottawa ended the bonus points for job offers last March," the adviser said.',
    "Le ministère a supprimé les points pour les offres d'emploi en mars 2025.",
]


@pytest.mark.parametrize("sentence", REMOVALS)
def test_a_removed_award_is_read_as_removed(sentence):
    doc = Document(url="https://example.org/p", body=f"CRS points in 2026\n\n{sentence}\n".encode(), snapshot="sha256:0",
                   content_type="text/plain", declared_language="fr" if "offres" in sentence else "en")
    job_offer = [r for r in extract_document(doc).records
                 if getattr(r, "criterion", None) == "crs_points" and r.qualifiers.factor == "job_offer"]
    assert job_offer and all(r.stated_change == "removed" and r.value == 0 for r in job_offer), job_offer
