"""Rules of the events linker (data for events.py): roles, occasions, tolerances.

A meeting is reported by several records (readouts of two governments, remarks, joint
statements, fact sheets). What tells one meeting from another, and how much two records
of one meeting may disagree, is written here so it can be read and changed apart from the
linking logic.
"""

from __future__ import annotations

import re

# Role of a record that reports a meeting (it has a `meetings` row).
MEETING_ROLE = "readout"
# Roles of the other records, told by their title; first match wins. A record whose title
# matches none is about no meeting (a statement, an announcement, a speech).
TITLE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("joint_statement", re.compile(
        r"\bJoint (?:Leaders[’']? )?(?:Statement|Readout|Declaration|Communiqu[eé])\b"
        r"|\bLeaders[’']? (?:Joint )?Statement\b|共同声明|共同発表", re.I)),
    ("fact_sheet", re.compile(r"\bFact ?Sheets?\b|ファクトシート", re.I)),
    ("press_conference", re.compile(
        r"\b(?:Joint )?Press (?:Conference|Availability)\b|共同記者会見", re.I)),
    ("remarks", re.compile(r"\bRemarks\b|\bToasts?\b|\bStatements? to the Press\b", re.I)),
)
# Roles a record that reports a meeting may take from its title (else it is a readout).
MEETING_TITLE_ROLES = frozenset({"joint_statement", "press_conference"})
ROLES = ("readout", "remarks", "joint_statement", "fact_sheet", "press_conference", "other")

# Remarks that come with a meeting: only these may found an event of their own when no
# readout reports the meeting (Biden-Kishida, 2023-01-13: remarks and a joint statement).
MEETING_CUE = re.compile(
    r"\b(?:Before|After|During|Following|At|Ahead of|in)\s+(?:(?:an?|the|Their)\s+)?"
    r"(?:Expanded\s+|Restricted\s+|Official\s+|Working\s+)?"
    r"(?:Bilateral|Trilateral|Multilateral)?\s*Meeting\b"
    r"|\bBilateral Meeting\b|\bTrilateral Meeting\b", re.I)

# Records that look ahead to a meeting or brief on it from the outside are about no
# meeting: a background call previewing a visit, an announcement of one.
NOT_ABOUT = re.compile(r"\bBackground (?:Press )?Call\b|\bPreview(?:ing|s)?\b|\bUpcoming\b"
                       r"|\bWill (?:Host|Meet|Travel|Welcome|Visit)\b|\bto Host\b", re.I)

# Kinds of record that are about no meeting, whatever their title (UN speeches).
NO_ROLE_KINDS = frozenset({"speech"})
# One pattern any title with a role matches (RE2 syntax: a first pass over every title in
# Arrow; role_of decides).
ANY_ROLE_TITLE = "|".join([*(rx.pattern for _, rx in TITLE_ROLES), MEETING_CUE.pattern])

# The occasion of a meeting, told by its record's title: a state dinner and the talks of
# the same day are two events. Records of different occasions never join. A title that
# names talks as well ("Courtesy Call ... and Dinner hosted by ...") is of the talks.
OCCASIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("meal", re.compile(r"\b(?:State )?(?:Dinner|Luncheon|Lunch|Breakfast|Banquet)\b"
                        r"|夕食|昼食|晩餐|朝食|会食|ワーキング・ランチ|ワーキング・ディナー",
                        re.I)),
)
TALKS = re.compile(r"\b(?:Meeting|Courtesy Call|Talks?|Call|Summit)\b|会談|表敬|電話", re.I)

# Ranks of Japanese titles as MOFA's Japanese pages write them (the English ones are
# ranks.rank_of's); checked in order: "副大臣" before "大臣".
JA_RANKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("other", re.compile(r"副大臣|政務官|次官|補佐官|審議官|局長|大使|特使|顧問|副長官")),
    ("head", re.compile(r"総理|首相|大統領|国王|首長|皇太子|主席|議長|事務総長")),
    ("cabinet", re.compile(r"大臣|長官|相$|外相|国務委員")),
)

# How far two records' meeting dates may be apart and still be one meeting. Records of
# one government state one local date; another government's record of a call may state
# the next or the previous day (Washington evening is Tokyo morning).
DATE_SLACK_SAME_GOVERNMENT = 0
DATE_SLACK_OTHER_GOVERNMENT = 1
# Two stated start times (HH:MM, local) further apart than this are two meetings.
START_SLACK_MIN = 30
# Days between a remarks page's, joint statement's or fact sheet's publication date and
# the meeting it is about: (earliest, latest) of published - meeting date. A remarks page
# is dated by its upload (the same day or the next); a fact sheet may come out the day
# before the meeting.
ATTACH_WINDOW: dict[str, tuple[int, int]] = {
    "remarks": (0, 1),
    "press_conference": (0, 1),
    "joint_statement": (0, 1),
    "fact_sheet": (-1, 1),
    "other": (0, 0),
}

# Officials a remarks title names that must be at the event (or all, when it names
# fewer): "President Biden and Prime Minister Kishida" joins Biden and Kishida's meeting,
# not Vice President Harris's with Kishida.
TITLE_NAMES_TO_MATCH = 2

# A joint statement or fact sheet that fits more than one event of its day goes to the
# one event of this level, if there is exactly one (the leaders' statement of a visit
# belongs to the leaders' meeting, not to the Vice President's with the same guest).
AMBIGUOUS_PREFER_LEVEL: dict[str, str] = {"joint_statement": "summit", "fact_sheet": "summit"}
# Mode of a meeting known only from remarks: in person unless the title says otherwise.
REMARKS_MODES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video", re.compile(r"\bVirtual\b|\bVideo\b|\bVideoconference\b", re.I)),
    ("telephone", re.compile(r"\bPhone\b|\bTelephone\b", re.I)),
)
REMARKS_DEFAULT_MODE = "in_person"

# Characters that mark a Japanese-language record (MOFA's Japanese pages).
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
