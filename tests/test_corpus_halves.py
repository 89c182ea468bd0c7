"""The blind/dev split the eighth to fourteenth sessions' sets were drawn under
(tests/accuracy/corpus_halves.py): blind held-out sets hold only 'blind' records, the dev sets
labelled beside them only 'dev' ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_halves import half

ACCURACY = Path(__file__).resolve().parent / "accuracy"
BLIND_PAGES = ["fresh2/mofa_en", "fresh2/kantei_en", "fresh2/mofa_ja",
               "fresh3/mofa_en", "fresh3/kantei_en", "fresh3/mofa_ja",
               "fresh4/mofa_en", "fresh4/kantei_en", "fresh4/mofa_ja",
               "fresh5/mofa_en", "fresh5/kantei_en", "fresh5/mofa_ja",
               "fresh6/mofa_en", "fresh6/mofa_en_b", "fresh6/kantei_en", "fresh6/mofa_ja",
               "fresh7/mofa_en", "fresh7/mofa_en_b", "fresh7/kantei_en", "fresh7/mofa_ja",
               "fresh8/mofa_en", "fresh8/mofa_en_b", "fresh8/kantei_en", "fresh8/mofa_ja",
               "fresh9/mofa_en", "fresh9/kantei_en", "fresh10/mofa_en", "fresh10/kantei_en"]
DEV_PAGES = [f"devsets/{name}" for name in (
    "mofa_en_e", "mofa_en_f", "mofa_en_g", "mofa_en_h", "mofa_en_i", "mofa_en_j",
    "mofa_en_k", "mofa_ja_c", "mofa_ja_d", "mofa_ja_e", "mofa_ja_f", "kantei_en_b", "kantei_en_c",
    "themes_k", "names_l", "mofa_en_l", "mofa_ja_g", "mofa_ja_h", "mofa_ja_i", "mofa_ja_j",
    "mofa_ja_k", "mofa_ja_l", "kantei_en_d", "themes_l", "names_m", "themes_m", "themes_n",
    "themes_o", "mofa_en_m", "mofa_en_n", "mofa_en_o", "mofa_ja_m", "mofa_ja_n", "mofa_ja_o",
    "kantei_en_e", "kantei_en_f")]


def _rows(name: str) -> list[dict]:
    text = (ACCURACY / f"{name}.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _record_key(row: dict) -> str:
    return "/" + row["path"] + ("#" + row["item"] if row["item"] else "")


def test_the_key_ignores_scheme_www_and_a_trailing_slash_and_the_corpus_location() -> None:
    assert half("https://www.mofa.go.jp/a/b.html") == half("http://mofa.go.jp/a/b.html/")
    assert half("/work/shared/corpus/wh/x.md") == half("/elsewhere/corpus/wh/x.md")
    assert {half(f"https://www.mofa.go.jp/p{k}.html") for k in range(40)} == {"blind", "dev"}


@pytest.mark.parametrize(("name", "side"), [(n, "blind") for n in BLIND_PAGES]
                         + [(n, "dev") for n in DEV_PAGES])
def test_pages_of_a_set_are_all_in_its_half(name: str, side: str) -> None:
    rows = _rows(name)
    assert rows and [r["id"] for r in rows if half(r["url"]) != side] == []


@pytest.mark.parametrize(("name", "side"), [("heldout/heldout_v3", "blind"),
                                            ("heldout/heldout_v4", "blind"),
                                            ("heldout/heldout_v5", "blind"),
                                            ("heldout/heldout_v6", "blind"),
                                            ("heldout/heldout_v7", "blind"),
                                            ("heldout/heldout_v8", "blind"),
                                            ("heldout/heldout_v9", "blind"),
                                            ("us_dev/us_dev_themes_l", "dev"),
                                            ("us_dev/us_dev_themes_m", "dev"),
                                            ("us_dev/us_dev_themes_n", "dev"),
                                            ("us_dev/us_dev_themes_o", "dev"),
                                            ("us_dev/us_dev_v4", "dev"),
                                            ("us_dev/us_dev_v5", "dev"),
                                            ("us_dev/us_dev_v6", "dev"),
                                            ("us_dev/us_dev_v7", "dev"),
                                            ("us_dev/us_dev_v8", "dev"),
                                            ("us_dev/us_dev_v9", "dev"),
                                            ("us_dev/us_dev_v10", "dev")])
def test_records_of_a_set_are_all_in_its_half(name: str, side: str) -> None:
    rows = _rows(name)
    assert rows and [r["id"] for r in rows if half(_record_key(r)) != side] == []
