"""Which language a text is in: what the page declares first, detection only for undeclared text."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect

DetectorFactory.seed = 0  # langdetect is random unless seeded

_ALIASES = {"fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "eng": "en", "english": "en"}


def normalise_language(code: str | None) -> str | None:
    """'fr-CA', 'fra', 'FR' -> 'fr'; None when empty."""
    if not code:
        return None
    code = code.strip().lower()
    code = _ALIASES.get(code, code)
    return code.split("-")[0].split("_")[0] or None


def detect_language(text: str) -> str:
    """langdetect on the first few thousand characters; 'und' when it cannot tell."""
    sample = text[:3000]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    try:
        return normalise_language(detect(sample)) or "und"
    except LangDetectException:
        return "und"


def choose_language(page_declared: str | None, source_declared: str | None, text: str) -> str:
    return normalise_language(page_declared) or normalise_language(source_declared) or detect_language(text)
