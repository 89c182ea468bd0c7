"""A commitment to the other side's security counts also with the committed side named in
between ("the commitment of the United States to Israel's security"), as it does without
("commitment to Israel's security"); a commitment to something else does not."""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


@pytest.mark.parametrize(
    "text",
    [
        "The Vice President stressed the unwavering commitment of the United States to "
        "Israel's security.",
        "The Secretary underlined the steadfast commitment of the U.S. to Jordan's security.",
        "The envoy restated the firm commitment of America to Bahrain's security.",
        "The Prime Minister conveyed the lasting commitment of Japan to Palau's security.",
    ],
)
def test_commitment_of_a_side_to_the_others_security(text: str) -> None:
    assert "alliance_security" in {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    "text",
    [
        "He noted the commitment of the United States to Ukraine's reconstruction.",
        "She praised the commitment of Japan to the Security Council's reform.",
    ],
)
def test_a_commitment_to_something_else_does_not(text: str) -> None:
    assert "alliance_security" not in {m.theme for m in tag(text)}
