"""Energy named as one field in a list of fields is `climate_energy` (THEMES.md, issue 14).

A field the sides discussed or cooperate on counts even when it is only named in a list;
`alliance_security` and `economy_trade` had list items ("security", "the economy"), energy
only a few fixed pairs. In the dev sets every row naming energy in such a list is labelled
`climate_energy` (46 rows, all of them with other energy wording too). Sentences in our own
words; a minister's or an office's title and goods named "energy ..." are not the field.
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag

CE = "climate_energy"

# (sentence, whether it must carry climate_energy)
CASES: list[tuple[str, bool]] = [
    ("The minister hoped to widen cooperation in the fields of energy and rare minerals.",
     True),
    ("The leaders agreed to work together in areas such as energy, farming and health.",
     True),
    ("The two ministers exchanged views on energy.", True),
    ("They agreed to promote collaboration in energy and port development.", True),
    ("Both sides will expand cooperation in sectors including renewable energy and tourism.",
     True),
    ("The two ministers discussed topics including the Energy Minister's visit next month.",
     False),
    ("They talked about matters such as energy products seized at the border.", False),
    ("The leaders agreed to cooperate in areas such as fisheries, forestry and farming.",
     False),
]


@pytest.mark.parametrize(("text", "present"), CASES)
def test_energy_as_a_field_in_a_list(text: str, present: bool) -> None:
    assert (CE in {m.theme for m in tag(text)}) is present
