"""Hypothesis profiles: the default runs in CI; ``HYPOTHESIS_PROFILE=fuzz`` runs the fuzzer of
tests/test_hostile_fuzz.py (and every other property test) on many more examples."""

import os

from hypothesis import settings

settings.register_profile("fuzz", max_examples=2_000, deadline=None, print_blob=True)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
