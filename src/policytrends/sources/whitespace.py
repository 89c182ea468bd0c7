"""Blanks in extracted text: runs of spaces, tabs and no-break spaces made one space."""

from __future__ import annotations

import re

# blanks: the space, tab, no-break space, thin space and narrow no-break space
_OTHER_BLANKS = "\t\u00a0\u2009\u202f"  # the blanks other than the space
_SPACE_RUN = re.compile("   *")  # runs of spaces to collapse (literal prefix: a fast search)


def clean_space(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space; ends trimmed."""
    return one_space(text).strip()


def one_space(text: str) -> str:
    """Each run of blanks as one space (what re.sub("[ \\t\\xa0\\u2009\\u202f]+", " ")
    gives), in C-level passes that each skip a text they cannot change: every blank made a
    space, then runs of spaces made one (a hot spot)."""
    for blank in _OTHER_BLANKS:
        if blank in text:
            text = text.replace(blank, " ")
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    return text


def clean_lines(text: str) -> list[str]:
    """The non-empty lines of `text`, each as `clean_space` makes it.

    The same passes as `clean_space`, made once over the whole text instead of once per
    line (a hot spot): no run of blanks spans a line break.
    """
    return [line for line in map(str.strip, one_space(text).split("\n")) if line]
