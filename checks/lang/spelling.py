"""Letters that spellings of one name swap between languages and transliterations."""

from __future__ import annotations

# A vowel for a vowel ("Kharkov"/"Kharkiv", "Macao"/"Macau", "Jiddah"/"Jeddah"), or one of these pairs of like
# sounds ("Lugansk"/"Luhansk", "Miqati"/"Mikati"): a short name with one letter changed to a like one is still that
# name; with another ("Tainan" for "Taiwan") it is another name.
VOWELS = frozenset("aeiouy")
SOUND_ALIKE = frozenset(frozenset(pair) for pair in (
    "bp", "bv", "ck", "cs", "cz", "dh", "dt", "dz", "fv", "gh", "gj", "gk", "hk", "ij", "jy", "kq", "lr", "mn", "sz",
    "vw", "wu", "xh", "xs"))
