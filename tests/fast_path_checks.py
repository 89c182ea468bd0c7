"""What the tests of fast paths share: hypothesis settings, text pieces, titles, and the
check that a cached function gives what its plain definition gives."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


# pieces that exercise tokens, gaps, periods, possessives, dashes and bullets
PIECES = ["Mr.", "Kishida", "U.S.", "Japan’s", "Biden's", "Blinken'", "Jr.", "A.", "of",
          "the", " ", "  ", "\n", "\n\n", ".", ",", ";", ":", "/", "(", ")", "!", "?", "-",
          " - ", " – ", "—", " • ", "*", "_", "_x", "12", "3rd", "2023.", "é", "İ", "’", "'",
          "\t", "\u00a0", "Foreign Minister", "MOTEGI", "x.y", "a.b.", "s", "’s"]


texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


official_titles = st.lists(st.sampled_from(
    ["Prime Minister", "Foreign Minister", "of", "for", "to", "on", "Japan", "Japanese",
     "the", "Republic", "Korea", "European Commission", "NATO", "Secretary General",
     "President", "African Union", "Special Representative", "DPRK", "EU", "High",
     "Representative", "Chairperson", "and", "U.S.", "Ambassador", "x"]),
    min_size=1, max_size=8).map(" ".join)


def same_when_asked_again(cached, calls: list[tuple]) -> None:
    """A cached function gives what its plain definition gives, each call made again after
    the others."""
    for args in calls + calls:
        assert cached(*args) == cached.__wrapped__(*args), args
