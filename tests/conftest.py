"""Hypothesis profiles: the default (no deadline) runs in CI; ``HYPOTHESIS_PROFILE=fuzz`` runs the fuzzer of
tests/test_hostile_fuzz.py (and every other property test) on many more examples."""

import os

from hypothesis import settings

settings.register_profile("fuzz", max_examples=2_000, deadline=None, print_blob=True)
# no per-example time limit by default: speed is measured by benchmarks/, and a loaded machine (CI runners, pytest -n)
# must not turn a slow example into a failure
settings.register_profile("default-no-deadline", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "default-no-deadline")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _not_on_ci(monkeypatch):
    """pytest prints each failure's whole message again in the short summary when it sees a CI
    variable (pytest >= 9.2); the nested pytest runs these tests make read the same on CI and on a laptop."""
    for name in ("CI", "BUILD_NUMBER"):
        monkeypatch.delenv(name, raising=False)
