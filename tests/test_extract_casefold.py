"""extract.casefold: the characters lowering gets wrong are all listed."""

from __future__ import annotations

import re


def test_odd_case_characters_are_all_that_lowering_gets_wrong() -> None:
    from policytrends.extract.casefold import ODD_CASE

    """Outside `_ODD_CASE`, a character lowers to one character, to an ASCII letter just when
    re.IGNORECASE takes it for that letter, and stays a word, space or digit character or
    not (what the regex engine's \\w, \\s and \\d test)."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        c = chr(code)
        if 0xD800 <= code < 0xE000 or ODD_CASE.match(c):
            continue
        low = c.lower()
        assert len(low) == 1, c
        if ascii_letter.fullmatch(c) or ascii_letter.fullmatch(low):
            assert [x for x in "abcdefghijklmnopqrstuvwxyz" if x == low] == [
                x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(x, c, re.IGNORECASE)], c
        assert (c.isalnum() or c == "_") == (low.isalnum() or low == "_"), c
        assert c.isspace() == low.isspace() and c.isdecimal() == low.isdecimal(), c
