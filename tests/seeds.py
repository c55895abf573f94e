"""The two seed documents in ../shared/seeds/, when that folder exists beside the project."""

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
SEED_2023 = SEEDS / "001_77b5122ca8b43423.txt"
SEED_2026 = SEEDS / "000_2d8c8f5982c386bf.txt"

needs_seeds = pytest.mark.skipif(
    not (SEED_2023.exists() and SEED_2026.exists()),
    reason=f"the seed documents are not at {SEEDS} (they live in the project's shared/ folder)",
)
