"""Official titles -> rank, and the meeting level those ranks give.

Ranks: ``"head"`` (heads of state or government: presidents, prime ministers, kings,
chancellors, crown princes acting as head of government, the UN Secretary-General, the
Presidents of the European Commission and European Council), ``"cabinet"`` (ministers,
secretaries of state and of departments, vice presidents, deputy prime ministers,
NATO Secretary General, the African Union Commission Chairperson), ``"other"`` (everything
below: vice ministers, deputy and assistant secretaries, national security advisers,
officials).

Public API::

    rank_of("Prime Minister")            -> "head"
    rank_of("Vice Foreign Minister")     -> "other"
    level_of(["head"], ["cabinet"])      -> "ministerial"   # sides' leading ranks
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..regex_guard import guarded

__all__ = ["RANKS", "rank_of", "level_of", "best_rank"]

RANKS: tuple[str, ...] = ("head", "cabinet", "other")
_ORDER = {"head": 0, "cabinet": 1, "other": 2}

# Titles below cabinet rank even though they contain a cabinet word: checked first.
# The qualifier may be joined by a hyphen ("Vice-Minister", "Parliamentary Senior
# Vice-Minister", "Under-Secretary"), as MOFA writes its own junior ministers.
_OTHER = re.compile(
    r"\b(?:vice|deputy|assistant|under|parliamentary|junior|state)[\s-]+(?:\w+\s+)?"
    r"(?:minister|secretary)\b"
    # UK junior ministers (not the senior cabinet title "Minister of State and Foreign
    # Affairs" of Portugal and others)
    # (nor Indonesia's "Minister of State Secretariat"; Japan's "Minister of State for ...",
    # a cabinet minister, is read in `rank_of`)
    r"|\bminister\s+of\s+state\b(?!\s+(?:and|secretariat)\b)"
    r"|\bdeputy\s+chief\s+cabinet\s+secretary\b"
    r"|\b(?:deputy|associate|assistant)\s+attorney\s+general\b"
    r"|\bpermanent\s+secretary\b"  # the civil service head of a ministry
    # (an embassy's diplomatic ranks: "Minister-Counsellor", "Minister Plenipotentiary")
    r"|\bminister[\s-]+(?:counsel+or|plenipotentiary)\b"
    r"|\bsecretary[- ]general\s+of\s+(?:the\s+)?(?:national|mfa|ministry)"
    # (a national security adviser or council's officer; not a minister of it, Singapore's
    # "Coordinating Minister for National Security", "Minister of National Security")
    r"|\bmfa\b|(?<!minister for )(?<!minister of )\bnational security\b"
    r"|(?<!minister of state )\bsecretariat\b|\bspecial\b|\badvis[eo]r\b|\benvoy\b"
    # (an officer of a head's office: "Chief Secretary of the President's Office")
    r"|\bof\s+the\s+(?:prime minister|president)['’]s\s+(?:office|department)\b"
    r"|\bchief of staff\b|\bhead of cabinet\b|\bcounselor\b|\bdirectors?\b|\bambassadors?\b"
    r"|(?<!african union )(?<!\bau )\bcommission chairperson\b"
    r"|\bpolitburo\b|\bgovernor\b|\badministrator\b|\bsenator\b|\bspeaker\b",
    re.I,
)
_HEAD = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|king|queen|emperor|emir|amir|sultan"
    r"|crown prince|taoiseach|pope|supreme leader|grand duke|prince|majesty|highness)\b"
    # a ruling party's leader (Vietnam's, Laos's, China's): "General Secretary To Lam",
    # "General Secretary of the Communist Party of Vietnam" (not an agency's: "General
    # Secretary of the National Intelligence Center")
    r"|(?<!deputy )(?<!assistant )\bgeneral secretary\b(?!\s+of\b(?!\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:party|central committee)\b))"
    # a head of government by another name (Russia's "Chairman of the Government", as
    # Japan's pages translated its prime minister's title in 2008-2012)
    r"|\bchairman of the government\b|\bhead of (?:the )?government\b"
    # a collective presidency's chair (Libya's "Chairman of the Presidential Council")
    r"|\bchairman of the presiden(?:tial|cy)(?: council)?\b"
    r"|(?<!deputy )(?<!vice )\bhead of state\b(?!\s+(?!of\b|and\b)[a-z])"
    r"|\bsecretary[- ]general of the united nations\b|\bun secretary[- ]general\b"
    r"|\bunited nations secretary[- ]general\b"
    # (San Marino's two heads of state)
    r"|\bcaptains?[- ]regent\b",
    re.I,
)
_CABINET = re.compile(
    r"\b(?:minister|secretary|vice president|high representative|foreign secretary"
    r"|attorney general|deputy prime minister|secretary[- ]general"
    r"|chancellor of the (?:exchequer|duchy of lancaster))\b"
    # ministers by other names: a Swiss Federal Councillor heads a federal department ("Head
    # of the Federal Department of Foreign Affairs"); China's State Councilors sit above its
    # ministers
    r"|\bhead\s+of\s+(?:the\s+)?federal\s+department\b|\bfederal\s+council+or\b"
    r"|\bstate\s+council+or\b"
    # the head of the African Union Commission, as NATO's Secretary General: an
    # organisation's chief executive, not one of the heads the conventions name
    r"|\b(?:african union|au) commission chairperson\b"
    r"|\bchairperson of the (?:african union|au) commission\b",
    re.I,
)
# Head words that do not make a head when qualified ("Vice President", "Deputy Prime
# Minister", Israel's "Alternate Prime Minister", "President of the Senate" ...): cabinet
# instead.
_HEAD_QUALIFIED = re.compile(
    r"\b(?:vice|deputy|alternate)[- ]+(?:president|prime minister|premier|chancellor"
    r"|chairman of the government|crown prince)\b", re.I
)
# states and provinces whose heads of government are styled "Premier" (Australia's, Canada's)
_SUBNATIONAL = (r"(?:New South Wales|Victoria|Queensland|Western Australia|South Australia"
                r"|Tasmania|Northern Territory|Ontario|Quebec|Québec|British Columbia|Alberta"
                r"|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland"
                r"|Prince Edward Island)\b")
_NOT_HEAD = re.compile(
    # (the article may be left out: "President of National Assembly, Republic of X")
    r"\bpresident of (?:the )?(?:senate|national assembly|assembly|bank|world bank)\b"
    # the head of a body that is no state ("President of the Japan Football Association",
    # "President of the Japan International Cooperation Agency")
    r"|\bpresident\s+of\s+(?:the\s+)?(?:[\w\-’'.]+\s+){0,6}?(?:association|foundation|institute"
    r"|university|college|corporation|company|chamber\s+of\s+commerce|club|agency|committee"
    r"|keidanren|bank|fund|organi[sz]ation|society|institution|forum)\b"
    # a state's or province's premier within a federation ("Premier of Queensland", "Premier
    # of the Province of Ontario"): no national government's head
    rf"|\bpremier\s+of\s+(?:the\s+)?(?:(?:state|province)\s+of\s+|{_SUBNATIONAL})"
    r"|\bpresident of the european (?:investment bank|parliament)\b"
    # (a finance or cabinet office styled "Chancellor": the United Kingdom's)
    r"|\bchancellor of the (?:exchequer|duchy of lancaster)\b"
    # a minister attached to the head's office (Singapore's "Minister in the Prime
    # Minister's Office", Malaysia's "... in the Prime Minister's Department")
    r"|\b(?:prime minister|president)['’]s\s+(?:office|department)\b"
    # the chair of a session of an assembly ("President of the 67th Session of the United
    # Nations General Assembly"): no head of state or government
    r"|\bpresident\s+of\s+the\s+(?:[\w\-]+\s+){0,6}?general\s+assembly\b",
    re.I,
)
_EU_HEAD = re.compile(
    r"\b(?:european commission|european council)\b.*\bpresident\b"
    r"|\bpresident\b.*\b(?:european commission|european council)\b"
    r"|\bsecretary[- ]general\b.*\bunited nations\b|\bun\b.*\bsecretary[- ]general\b",
    re.I,
)


# The head of an interim or caretaker government styled "Chief Adviser" (Bangladesh's):
# a head, unlike an adviser to someone ("Chief Adviser to the Prime Minister"), on a
# subject ("Chief Adviser on Climate"), a deputy's or a ministry's ("Chief Adviser of the
# Ministry of Finance")
_HEAD_ADVISER = re.compile(
    r"(?<!deputy )(?<!vice )(?<!assistant )\bchief\s+advis[eo]r\b"
    r"(?!\s+(?:to|on|for|at|in)\b)(?!\s+of\s+(?!(?:the\s+)?(?:interim|caretaker)\b))", re.I)

# Countries whose "Minister of State for <portfolio>" sits in the cabinet (Japan's 国務大臣
# with a special mission), unlike the United Kingdom's or India's junior ministers of state
CABINET_MINISTERS_OF_STATE: frozenset[str] = frozenset({"JPN"})
_MINISTER_OF_STATE = re.compile(r"minister\s+of\s+state\s+(?:for|in\s+charge\s+of)\b", re.I)

# Elected or designated but not yet in office ("President-elect", "Prime
# Minister-designate"), or out of it ("Former President"): no office's rank.
_NOT_YET = re.compile(r"\w[- ](?:elect|designate)\b|\bformer\b", re.I)
# An office attached to another ("Advisor to the Vice President", "Head of the Office of
# the President"): what follows names the principal, whose rank is not the holder's.
_ATTACHED_TO = re.compile(r"\s+(?:to|(?:in|of) the office of)\s+(?:the\s+)?\S.*$", re.I)
# Styles of royalty and address ("His Royal Highness", "Prince", "Sheikh"): beside an
# office, the office ranks ("Foreign Minister Prince Faisal" is a minister).
_STYLES = re.compile(r"\b(?:(?:his|her)\s+)?(?:royal\s+)?(?:highness|majesty|excellency)\b"
                     r"|(?<!crown )\bprince(?:ss)?\b|\bsheikh(?:a)?\b", re.I)
# A title of two offices held at once ("Minister of State of the Presidency ... and Acting
# Minister of Foreign Affairs", "Deputy Chief of X and Minister for Y"): the second office
# opens with an office's word in capitals after "and"; the holder ranks by the higher one.
_SECOND_OFFICE = re.compile(
    r"\s+and\s+(?=(?:(?:Acting|Interim|First|Senior|Federal|Union)\s+)?(?:Minister|Secretary"
    r"|President|Prime\s+Minister|Premier|Chancellor|Vice|Deputy|Head\s+of|Chairman)\b)")
# searched in every official's title, and opening with a boundary the regex engine cannot
# scan for: told the characters their matches start with (the same matches; regex_guard)
_OTHER, _HEAD, _CABINET, _HEAD_ADVISER, _STYLES = map(guarded, (
    _OTHER, _HEAD, _CABINET, _HEAD_ADVISER, _STYLES))


@lru_cache(maxsize=4096)  # a few titles make most mentions ("President", "Prime Minister")
def rank_of(title: str | None, organisation: str | None = None) -> str | None:
    """Rank of one official title, or None when no title is known; a title of two offices
    joined by "and" (`_SECOND_OFFICE`) ranks by the higher of them.

    Args:
        title: the title as written ("Minister for Foreign Affairs", "Deputy Secretary").
        organisation: the official's country or organisation code; "UN" makes a
            Secretary-General a head, "NATO" a cabinet-rank official.

    Returns:
        "head", "cabinet", "other" or None.
    """
    rank = _rank_of_office(title, organisation)
    if rank in (None, "head") or title is None or _NOT_YET.search(title) or not (
            _SECOND_OFFICE.search(title)):
        return rank
    offices = _SECOND_OFFICE.split(title)
    return best_rank([rank, *(_rank_of_office(t, organisation) for t in offices)])


def _rank_of_office(title: str | None, organisation: str | None = None) -> str | None:
    """`rank_of` for one office (what the title's words make it, as a whole)."""
    if not title or not title.strip():
        return None
    t = " ".join(title.split())
    if _NOT_YET.search(t):
        return "other"
    if _HEAD_ADVISER.search(t):
        return "head"
    t = _ATTACHED_TO.sub("", t)
    office = _STYLES.sub(" ", t)
    if _HEAD.search(office) or _CABINET.search(office) or _OTHER.search(office):
        t = " ".join(office.split())
    low = t.lower()
    if organisation == "UN" and re.search(r"secretary[- ]general", low) and not re.search(
            r"envoy|special|deputy|assistant|under|personal|adviser|advisor|representative", low):
        return "head"
    if _EU_HEAD.search(t) and not re.search(
            r"envoy|special|personal|representative|head of cabinet|chief of staff|vice"
            r"|deputy", low):
        return "head"
    if _HEAD_QUALIFIED.search(t):
        return "cabinet"
    if organisation in CABINET_MINISTERS_OF_STATE and _MINISTER_OF_STATE.match(t):
        return "cabinet"  # Japan's "Minister of State for Okinawa and Northern Territories"
    if _OTHER.search(t):
        return "other"
    if _HEAD.search(t) and not _NOT_HEAD.search(t):
        return "head"
    if _CABINET.search(t):
        return "cabinet"
    return "other"


def best_rank(ranks: Iterable[str | None]) -> str | None:
    """Highest rank in ``ranks`` (the side's leading official), None if none known."""
    known = [r for r in ranks if r in _ORDER]
    return min(known, key=_ORDER.__getitem__) if known else None


def level_of(*sides: Iterable[str | None]) -> str | None:
    """Meeting level from the ranks of each side's officials.

    The level is set by the lower-ranked of the sides' leading officials: "summit" when
    every side is led by a head, "ministerial" when every side is led at least at cabinet
    rank, "other" below that. A side whose officials are all unknown is skipped; with no
    known side the level is None.

    Args:
        *sides: one iterable of ranks per side (e.g. reporting side, counterpart side).

    Returns:
        "summit", "ministerial", "other" or None.
    """
    leads = [r for r in (best_rank(side) for side in sides) if r is not None]
    if not leads:
        return None
    worst = max(leads, key=_ORDER.__getitem__)
    return {"head": "summit", "cabinet": "ministerial", "other": "other"}[worst]
