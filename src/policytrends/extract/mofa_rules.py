"""Phrasing of MOFA English readouts, as data: the logic lives in `mofa.py`.

Every pattern here was written from the variants in ../shared/formats/MOFA.md.
"""

from __future__ import annotations

import re

from ..regex_guard import guarded
from .dates import MONTHS, WEEKDAYS  # month and weekday names (with abbreviations) -> numbers

# full names first, then abbreviations with or without their dot ("Sept", "Dec.")
MONTH_RX = "|".join(sorted({re.escape(m.rstrip(".")) + r"\.?" for m in MONTHS}, key=len,
                           reverse=True))

# --- dates in the lead: "On July 9 (Tue)", "On 27 September", "on Tuesday, August 22, 2017"
DATE_MD = re.compile(
    rf"(?:\b(?P<wd>{'|'.join(WEEKDAYS)}),?\s+)?\b(?P<mon>{MONTH_RX})\s+(?P<day>\d{{1,2}})"
    r"(?:st|nd|rd|th)?\b(?:\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\b)?"
    r"(?:\s*\([^)]{1,12}\))?(?:\s*,?\s*(?P<year>(?:19|20)\d\d)\b)?"
)
DATE_DM = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH_RX})\b"
    r"(?:\s*,?\s*(?P<year>(?:19|20)\d\d)\b)?"
)
WEEKDAY_ONLY = re.compile(
    rf"\b[Oo]n\s+(?P<wd>{'|'.join(WEEKDAYS)})\b(?!,?\s+(?:{MONTH_RX}|\d))")
PAREN = re.compile(r"\([^()]*\)")
# a day told relative to the page's date ("Today, ...", "Yesterday (Monday), ...", "On the
# 4th (Thu), ..."): gold/README.md resolves it against the publication date
RELATIVE_DAY = re.compile(r"\b(?P<word>[Tt]oday|[Yy]esterday)\b(?!['’]s)")
# (an ordinal that goes on with a lower-case noun counts something else: "on the 20th
# anniversary of ...", "on the 3rd round of ...")
DAY_OF_MONTH = re.compile(rf"\b[Oo]n\s+the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b"
                          rf"(?!\s+(?:of\s+)?(?:{MONTH_RX}))"
                          r"(?!\s+(?!(?:a|an|the|at|from|in|on|he|she|they|his|her|after|before"
                          r"|during|following|when|while|and|local)\b)[a-z])")

# --- the lead --------------------------------------------------------------------------
# "1. " before a lead; a lead's usual first words ("On January 15, ...")
LEAD_NUMBER = re.compile(r"^(?:\d{1,2}\.\s*)+")
LEAD_START = re.compile(rf"^On\s+(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:{MONTH_RX}|\d{{1,2}}\s)")
# The sentence that closes the lead: "The overview of the meeting is as follows."
OVERVIEW = re.compile(
    r"(?:The|An)\s+(?:overview|outline|summary|gist)\s+(?:of\s+(?:the\s+)?[\w\s’'\-]{0,60}?)?"
    r"(?:is|are|was|were)\s+as\s+follows|Key points (?:from|of) the [\w\s]+ (?:is|are) as follows"
    r"|The following is (?:an|the|a) (?:overview|outline|summary) of",
    re.IGNORECASE,
)
# a bracketed note right after the overview sentence that gives the meeting's length and
# start ("... is as follows. (Talks of about 45 minutes from 3:10 p.m., then a working
# dinner ...)"), read when the lead gives neither
# (or who attended: "(From the Japanese side, Mr. X, ... and others attended the meeting.
# From the ROK side, ...)", "... the meeting's overview (Participant on the Japanese
# side included Mr. X, ..., and on the other side included Mr. Y, ...)")
# (the note may hold a bracket of its own: "Mr. X, Adviser (on behalf of H.E. Mr. Y,
# Minister ...)"; the overview sentence may capitalise its noun: "overview of the Meeting")
# (a note some pages leave unclosed ends with its paragraph)
# (the meeting's noun may have words before it: "an overview of the 20-minute meeting (...")
OVERVIEW_NOTE = re.compile(r"[^()]{0,120}?\b(?:follows|(?i:overview of the (?:[\w\-]+\s+){0,2}?"
                           r"(?:meeting|talks?|call|dialogue)))\b[.:]?\s*"
                           r"\((?P<note>(?:[^()]|\([^()]*\)){5,1200})(?:\)|$)")
# a bracket in the lead's sentence, after its verb, that lists who attended by side ("...
# who was on his working visit to Japan (participants from the X side: Mr. A, Title; ...;
# participants from the Japanese side: Mr. B, ...)"): read as a side-marked list, not as
# the officials met
ATTENDEE_BRACKET = re.compile(r"\((?P<note>(?:[^()]|\([^()]*\)){20,1200})\)")
# a side named by its officials in a list ("Japanese officials also in attendance included
# Mr. A ... and among other Chinese officials present was Ms. B"): read as "from the X side"
# (a country of two words: "New Zealand officials in attendance included ...")
OFFICIALS_SIDE = re.compile(r"\b(?:among\s+(?:the\s+)?(?:other\s+)?)?"
                            r"(?P<side>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+officials\b")
# the words that open a bracketed list of attendees ("The participants included ...")
LIST_LEAD_IN = re.compile(r"^(?:[Tt]he\s+)?(?:[Pp]articipants|[Aa]ttendees)\s+(?:included|were)"
                          r"\s*:?\s*")
# the sentence right after the overview sentence that gives the meeting's length and clock
# ("... as follows. The meeting was held for about ninety minutes overall, talks from
# 9:30 a.m. to 10:15 a.m. (local time) and ..."), read when the lead gives neither
OVERVIEW_THEN_HELD = re.compile(r"[^()]{0,120}?\bfollows\b[.:]?\s*(?P<note>The\s+(?:meeting|talks?|"
                                r"dialogue|consultations?)\s+(?:was|were)\s+held\s+for\s.{5,400}?)"
                                r"(?=\.\s*$|\.\s+[A-Z(])")
# a sentence that names who else was there, before its verb ("Mr. X, Minister for Foreign
# Affairs, was also present during the call.")
# (or that they attended or took part in it: "Mr. X, Deputy Chief Cabinet Secretary, among
# others, attended the meeting.", "From Japanese side, Chief Cabinet Secretary Mr. Y, ... and
# other government officials participated in the talks.")
ALSO_PRESENT = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b"
                          r"|(?:,\s*among\s+others,)?\s+(?:also\s+)?(?:attended|participated\s+in"
                          r"|joined)\s+the\s+(?:meeting|talks?|call|conversation|telephone\s+talks?"
                          r"|courtesy\s+call)\s*\."
                          # "On the Japanese side, Mr. X, Title, attended, and on the Y side, ..."
                          r"|,\s+attended(?=\s*[,.;]|\s+and\s+on\b)")
# a note that tells who attended
ATTENDANCE_NOTE = re.compile(r"\battend(?:ed|ees?|ing|ance)\b|\bparticipants?\b|\bpresent\b"
                             # ("(the V4 was represented by H.E. Mr. X, Prime Minister of ...")
                             r"|\bjoined\b|\brepresented\s+by\b"
                             # (or its sides labelled: "(Japanese side: Mr. X, ...; Y side:")
                             r"|^\s*(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?\s+side\s*[:\-–]",
                             re.IGNORECASE)
# the most non-space characters an overview sentence has before its "follows" when it is
# not a "Key points" one: "The", "overview", "of", "the", 60 characters, "were", "as"
OVERVIEW_HEAD = len("The" "overview" "of" "the") + 60 + len("were" "as")
# "held a Foreign Ministers' Meeting with", "met with", "paid a courtesy call on" ...
MEETING_VERB = re.compile(
    r"\b(?:held|holds|had|conducted|hosted|chaired|co-chaired)\s+[“\"]?(?:an?\s+|the\s+)?"
    r"(?:first\s+|bilateral\s+|[\w\-.’'()+“”\"]+\s+){0,8}?(?:meeting|meetings|talk|talks|summit|conversation|"
    r"teleconference|video\s*conference|videoconference|call|dialogue|consultations?|"
    r"lunch|luncheon|dinner|breakfast|discussion|exchange of views|committee|session|conference)\b"
    r"|\bmet\s+(?:with\s+)?(?=(?:the\s+|H\.E\.|Mr|Ms|Dr|Mrs|Senator|His|Her|[A-Z]))"
    # ("paid a courtesy visit to H.E. Dr. X": a courtesy call)
    r"|\b(?:paid|pays|received|receives)\s+(?:an?\s+)?(?:courtesy\s+(?:calls?|visit)|visit"
    r"|(?:tele)?(?:phone\s+)?call)\b"
    # a day's narrative: "moved to a government building to hold talks with Mr. X"
    # (with a named official: "to hold talks with the President of the Senate" names nobody
    # met, and the day's summit told later is the record's meeting)
    r"|\b(?:moved|went|proceeded|headed|came)\s+to\s+[^.;]{0,80}?\bto\s+hold\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:talks?|meetings?|discussions?)\s+with\b(?!\s+the\b)"
    # an audience with a monarch ("was granted an audience to King X")
    r"|\b(?:was|were)\s+granted\s+an\s+audience\b"
    r"|\b(?:made|make)\s+(?:an?\s+)?courtesy\s+call\b|\bcalled on\b|\bconferred\s+with\b"
    r"|\b(?:gave|made|placed)\s+(?:an?\s+)?(?:tele)?(?:phone\s+)?call\s+to\b"
    r"|\b(?:spoke|talked)\s+(?:(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone\s+)?with\b"
    # an older lead's verb ("At talks held in Bangkok ..., Mr. X exchanged views with H.E.
    # Mr. Y"): views exchanged with an official named next
    r"|\bexchanged\s+(?:views|opinions)\s+with\s+(?=(?:the\s+)?(?:H\.E\.|Mr|Ms|Dr|Mrs|His|Her|[A-Z]))"
    r"|\b(?:was|were)\s+(?:held|convened)\b|\btook\s+place\b"
    # a multilateral meeting: "attended the G7 Foreign Ministers' Meeting", "joined the G7
    # Leaders' Video Conference", "joined a teleconference of the Quad leaders"
    r"|\b(?:attended|participated\s+(?:(?:online|virtually|remotely)\s+)?in|joined)\s+"
    r"(?:the\s+|an?\s+)?"
    r"(?:[\w\-.’'()+“”\"]+\s+){0,8}?(?:meeting|summit|conference|sessions?|dialogue"
    r"|teleconference|videoconference)\b"
    # talks one takes part in with a named side ("took part in Japan-X Foreign Ministers'
    # talks with the Rt. Hon. Y", "engaged in a discussion with Mr. Z")
    r"|\b(?:took\s+part|engaged|participated)\s+in\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\-.’'()+“”\"]+\s+){0,8}?(?:meeting|talks?|summit|conversation|dialogue"
    r"|consultations?|discussions?)\s+with\b(?!\s+(?:the\s+)?(?:press|media|reporters)\b)"
    # a ceremony first, then the meeting: "took part in an arrival ceremony at the palace,
    # followed by a meeting with H.E. Ms. X"
    # (not the press: "followed by a meeting with the press")
    r"|\bfollowed\s+by\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:meeting|talks?|summit)\s+with\b"
    r"(?!\s+(?:the\s+)?(?:press|media|reporters|journalists)\b)",
    re.IGNORECASE,
)
# a meal the other side hosted ("attended a luncheon hosted by Mr. X, Ambassador of ..."):
# the host is the other side; the meeting verb of a lead that has no other (a lead that
# tells a dinner and then the meeting held the next day is the meeting's)
HOSTED_MEAL = re.compile(r"\b(?:attended|joined)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
                         r"(?:lunch|luncheon|dinner|breakfast|banquet)\s+(?:hosted|given)\s+by\b",
                         re.IGNORECASE)
# a page's title that names more than one meeting ("X Foreign Ministers' Meeting and the
# Meeting between Foreign Minister Y and Energy Minister Z", "Courtesy Call on ..., Summit
# Meeting, and Luncheon Hosted by Prime Minister W"): each official it names who is not in
# the lead is another meeting's other side (the lead's ruling 10); no one length covers them
# (titles are written in title case: a headline's verb is no name, "The Prime Minister
# Receives a Courtesy Call from ...")
HEADLINE_VERBS = frozenset("""
Receives Meets Holds Visits Pays Attends Hosts Calls Makes Delivers Has Talks Welcomes Signs
Issues Exchanges Joins Chairs Co-chairs Leads Speaks Gives Offers Receive Meet Hold Visit
""".split())
TITLE_MEETING_WORD = re.compile(r"\b(?:Meeting|Call|Talks?|Luncheon|Lunch|Dinner|Breakfast"
                                r"|Conversation|Audience)\b")
# a day's separate encounters in one sentence ("held informal talks with A, informal talks
# with B, and a conversation with C"): each bilateral, every official met is the record's
# (the lead's ruling 10)
NEXT_ENCOUNTER = re.compile(r",\s*(?:and\s+)?(?:followed\s+by\s+|then\s+)?(?:an?\s+)?"
                            r"(?:[\w\-]+\s+){0,2}(?:talks?|conversations?|meetings?|calls?)\s+with\b",
                            re.IGNORECASE)
# ... told as a list of separate talks ("held talks with A; followed by talks with B; and
# then talks with C"): each is a bilateral meeting (two parties)
SEPARATE_TALKS = re.compile(r"[,;]\s*(?:and\s+)?(?:followed\s+by|then)\s+(?:an?\s+)?"
                            r"(?:[\w\-]+\s+){0,2}(?:talks?|conversations?|meetings?|calls?)\s+with\b",
                            re.IGNORECASE)
# ... or a delegation met as one side ("met with a delegation of the X Forum, headed by ...",
# its members from several countries): two sides
DELEGATION_SIDE = re.compile(r"^\S+(?:\s+\S+){0,4}?\s+with\s+(?:the\s+|a\s+)?delegation\s+"
                             r"(?:of|from)\b", re.IGNORECASE)
# the word that closes a list of officials met separately ("... with A and B, respectively"):
# no part of the last official's title
RESPECTIVELY = re.compile(r",?\s*\brespectively\b", re.IGNORECASE)
# a later sentence of the page telling another of the official's meetings that day (the
# lead's ruling 10: a page telling several separate meetings lists every official met):
# "Prime Minister X then held talks with ...", "... also held talks with ...", "..., which
# was followed by a meeting with ...", "... then paid a courtesy call on ..."; a meal or
# ceremony only named ("attended a dinner hosted by ...") is no meeting told
LATER_ENCOUNTER = re.compile(
    r"\b(?:then|also|subsequently)\s+(?:held|had)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:talks|meetings?|conversations?)\s+with\s"
    r"|\b(?:then|also|subsequently)\s+(?:paid\s+a\s+courtesy\s+call\s+on|met\s+with)\s"
    r"|\bfollowed\s+by\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:talks|meetings?)\s+with\s")
# ... or in a sentence of its own that opens with the day's order, its subject before the
# verb ("On the same day, commencing at 11:00 a.m. ..., Minister X paid a courtesy call on
# H.E. Mr. Y, ...", "Following this, he held a meeting with ..."; read at a sentence's start)
# (also "Next, ... before holding a summit meeting with ...", "After that, ... had a
# conversation with ...", "Then,", "Later,", "In the afternoon,", "Following the meeting,",
# "After the talks,"; "paid a courtesy call to", "met H.E. ...", "had a brief talk with")
# ... but not a meeting reported in what was said, or one to come ("Next, the Prime Minister
# noted that, having held talks with ...", "... looked forward to holding a meeting with"):
# no word of speech, intent or time to come between the opening and the verb, and the verb
# in no past perfect
_DAY_ORDER_OPENING = (
    r"On\s+the\s+same\s+day|Afterwards?|Subsequently|Next|Then|Thereafter"
    r"|Later(?:\s+(?:that|the\s+same)\s+day|\s+on)?|In\s+the\s+(?:morning|afternoon|evening)"
    r"|(?:Following|After)\s+(?:this|that|the\s+(?:meeting|talks|summit|session|dinner|lunch"
    r"|luncheon|ceremony))")
_NOT_SPEECH = (r"(?:(?!\b(?:said|says|stated|noted|explained|mentioned|expressed|hoped|"
               r"remarked|recalled|that|forward|would|will|plans?|planned|intends?|intended)\b)"
               r"[^\n])")
DAY_ORDER_ENCOUNTER = re.compile(
    rf"(?:{_DAY_ORDER_OPENING}),{_NOT_SPEECH}{{0,240}}?\b(?<!\bhad\s)(?<!\bhaving\s)"
    r"(?:paid\s+(?:a\s+)?courtesy\s+calls?\s+(?:on|to)|(?:held|had|holding|having)\s+"
    r"(?:an?\s+|the\s+)?(?:(?!held\b|met\b)[\w\-’']+\s+){0,3}?(?:talks?|meetings?|"
    r"conversations?)\s+with|met(?:\s+with)?)\s")
# what stands right before a sentence's start (the text's start, a line break, a full stop)
SENTENCE_BEFORE = re.compile(r"(?:^|\n|[.;]\s)$")
# the words one of those openings has (a cheap test before reading the page's later meetings)
DAY_ORDER_WORDS = ("same day", "Following", "Afterward", "Subsequently", "Later", "Next",
                   "After th", "Thereafter", "Then", "In the morning", "In the afternoon",
                   "In the evening")
# ... whose subject is the page's own official ("Prime Minister X", "the Prime Minister",
# "he"), not the other side's ("President Y also held talks with ...")
# (at a sentence's start too: "The Prime Minister also held talks with ...")
LATER_SUBJECT = re.compile(r"\b(?:[Tt]he\s+(?:Prime\s+|Foreign\s+)?Minister|[Hh]e)\b")
# an official who joined the meeting told: a passive "... were joined by British Prime
# Minister X" (the officials after it: the sides, plural, were joined; "the Prime Minister was
# joined by ..." tells who came with one side, to any event), or the official before "joined
# the talks", "also joined the meeting partway through", "joined midway" (the last one named
# before the verb);
# not a country or a body that joined something else ("Japan joined the partnership", "since
# he joined the Cabinet"), and not in what someone said ("... welcomed that Y had joined")
_JOINED_WHAT = (r"(?:the|this|these|that)\s+(?:[\w\-’']+\s+){0,4}?(?:meetings?|talks|summit|"
                r"discussions?|conversations?|sessions?|dinner|lunch(?:eon)?|breakfast|call)\b")
_JOINED_WHEN = r"(?:partway(?:\s+through)?|midway(?:\s+through)?|part\s+of\s+the\s+way|later)"
JOINED_BY = re.compile(rf"\bwere\s+(?:also\s+|later\s+)?joined\s+(?:{_JOINED_WHEN}\s+)?"
                       r"by\s+(?!the\s+(?:two|both)\b)")
JOINED_VERB = re.compile(rf"\s(?:also\s+|later\s+|then\s+)?joined\s+(?:{_JOINED_WHAT}"
                         rf"|(?:in\s+)?{_JOINED_WHEN}\b)")
# several courtesy calls told at once, in a later sentence of the lead ("... had audience with
# ..., paid courtesy calls on Speaker ... Mr. A and Prime Minister Mr. B"; the lead's ruling 10)
COURTESY_CALLS = re.compile(r"\bpaid\s+courtesy\s+calls\s+(?:on|to)\s+(?=\S)")
JOINED_PARAGRAPHS = 3  # paragraphs after the lead read for officials who joined
# the words of speech or of a wish before the verb: what was said, not who sat at the table
JOINED_IN_SPEECH = re.compile(r"\b(?:said|says|stated|noted|explained|mentioned|expressed|"
                              r"hoped|welcomed|appreciated|that|would|will|invited|asked)\b")
# a year in the sentence: a joining of the past ("In 2015, Mr. X joined the six-party talks")
JOINED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a meeting with a named official told in a sentence of its own (for the lengths of separate
# meetings: "he held a meeting with H.E. Mr. X, ... for approximately two hours")
MEETING_WITH_OFFICIAL = re.compile(
    r"\b(?:(?:held|had)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:talks|meeting)\s+with"
    r"|paid\s+a\s+courtesy\s+call\s+on)\s+(?:H\.\s?E\.\s+|the\s+Hon\w*\.?\s+)?"
    r"(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)")
SEPARATELY = re.compile(r"\bseparately\s+with\b"
                        # (the "respectively" of the meeting clause, not of what the sides
                        # went on to agree: "... with A and B, and the leaders agreed to hold
                        # talks in June and July, respectively")
                        r"|\bwith\b(?:(?!\b(?:agreed|decided|confirmed|affirmed|welcomed)\b)"
                        r"[^;]){0,300}?\brespectively\b"
                        # "held meetings, respectively, with A; B; and C" (a kantei day page;
                        # not "respectively, with a view to ...")
                        r"|\brespectively,?\s+with\b(?!\s+(?:a\s+view|the\s+aim|an\s+eye)\b)",
                        re.IGNORECASE)
# a page whose capture starts inside its overview, with no title and no lead ("At the
# beginning, Prime Minister Aso stated ...", "At the start of the meeting, ..."): a readout
# all the same, told from its first point
READOUT_POINT = re.compile(r"^(?:At|In)\s+the\s+(?:beginning|start|outset|opening)"
                           r"(?:\s+of\s+the\s+(?:meeting|talks?|summit|conversation|call))?,\s")
# a heading that names the meeting the next paragraph tells, on a visit's page that lists
# its events first ("(1) Meeting with H.R.H. Prince X, the Prime Minister of Y")
# (or, numbered, the meeting's own name: "3. Japan-Malaysia Summit Meeting")
# a visit's page whose meeting is told under a numbered heading of its own after the visit's
# itinerary, with no lead sentence of its own ("1. Main itinerary" ... "2. Japan-Chile Summit
# Meeting" / "(1) Opening remarks" / "At the beginning, President X welcomed ...")
VISIT_MEETING_HEADING = re.compile(r"^(?:\(?\d{1,2}\)|\d{1,2}\.)\s*(?P<name>Japan\s*[-–]\s*"
                                   r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s+(?:Summit|"
                                   r"Foreign\s+Ministers['’]?)\s+(?:Meeting|Talks?))$")
# ... the itinerary's day lines ("July 31"): the day of the events listed under each
ITINERARY_DAY = re.compile(rf"^(?P<month>{MONTH_RX})\s+(?P<day>\d{{1,2}})$")
MEETING_HEADING = re.compile(r"^(?:\(?\d{1,2}\)|\d{1,2}\.|[A-Z]\.)?\s*"
                             r"(?:Summit\s+|Foreign\s+Ministers['’]?\s+)?"
                             r"(?:Meeting|Talks?|Courtesy\s+Call)\s+(?:with|on)\s+\S"
                             r"|^(?:\(?\d{1,2}\)|\d{1,2}\.)\s*(?:(?:Overview|Outline|Summary)\s+of"
                             r"\s+(?:the\s+)?)?Japan\s*[-–]\s*[A-Z][\w.’'\-]*"
                             r"(?:\s+[A-Z][\w.’'\-]*){0,3}\s+(?:Summit\s+)?(?:Meeting|Talks?)$")
# a lead that tells a day's several meetings and gives their overviews one by one ("...,
# where he paid a courtesy call on X, held a summit meeting, and attended a luncheon hosted
# by Y. An overview of the meetings is as follows."), each under its own heading ("1.
# Courtesy call on President X") with its own paragraph: the first one is the record's
# a lead telling several meetings in the plural ("held summit meetings with A, ... and B,
# ...", "held bilateral meetings with ..."): one meeting with each, each bilateral (the
# lead's ruling 10), not one meeting of all
PLURAL_MEETINGS = re.compile(r"(?:held|had)\s+(?:separate\s+|bilateral\s+|individual\s+)?"
                             r"(?:summit\s+|bilateral\s+|foreign\s+ministers['’]?\s+)?meetings\s+with\b",
                             re.IGNORECASE)
OVERVIEW_OF_MEETINGS = re.compile(r"\b(?:overview|outline|summary)\s+of\s+the\s+(?:meetings|talks)"
                                  r"\s+(?:is|are)\s+as\s+follows\b", re.IGNORECASE)
SECTION_HEADING = re.compile(r"^(?:\(?\d{1,2}\)|\d{1,2}\.)\s*(?:Summit\s+)?(?:Meeting|Talks?"
                             r"|Courtesy\s+[Cc]all|Telephone\s+[Tt]alk)\s+(?:with|on)\s+\S"
                             # (or the meeting's own name: "1. Japan-Malaysia summit meeting")
                             r"|^(?:\(?\d{1,2}\)|\d{1,2}\.)\s*Japan\s*[-–]\s*[A-Z][\w.’'\-]*"
                             r"(?:\s+[A-Z][\w.’'\-]*){0,3}\s+(?:[Ss]ummit\s+)?(?:[Mm]eeting|[Tt]alks?)$")
# the opening of a visit's page ("On Saturday, August 24, Mr. X visited the Kingdom of Y")
VISITED = re.compile(r"\b(?:visited|is\s+visiting|was\s+visiting"
                     r"|paid\s+an?\s+(?:official\s+)?visit\s+to)\b")
# a visit's meetings told as a schedule ("... met with officials of the Government of X. His
# schedule was as follows:" then "(1) Ambassador A, Deputy Secretary of State: some 50
# minutes from 4:20 p.m. on June 2 (a breakfast)"): the page's meeting is the
# first item, whose official is the other side and whose clause after the colon tells when
SCHEDULE_INTRO = re.compile(r"\bschedule\s+(?:was|is)\s+as\s+follows\b", re.IGNORECASE)
SCHEDULE_ITEM = re.compile(r"^\(1\)\s+(?P<who>[^:\n]{5,200}?):\s*(?P<when>[^\n]{5,300})$")
# a meeting verb in the passive: who took part is told in the next sentence; in a passive
# lead ("the Senior Officials Meeting ... was held online. Mr. X, ..., and ... participated")
# the officials after the verb are no one's other side
PASSIVE_VERB = re.compile(r"(?:was|were)\s+(?:held|convened)\b|took\s+place\b", re.IGNORECASE)
# records that are not meetings whatever they mention, known from the title (first match wins)
KIND_BY_TITLE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("remarks", re.compile(r"\bPress Conference\b|\bPress Briefing\b|\bInterview\b"
                           r"|\bPress Occasion\b|\bDoorstep\b|\bPress Encounter\b"
                           r"|\bPress Remarks\b|\bRemarks (?:by|to the Press)\b", re.I)),
    # (the Prime Minister's report to the Diet on his visits abroad is an address)
    ("speech", re.compile(r"\b(?:Speech|Address|Keynote)\s+(?:by|of|at)\b"
                          r"|^Report\s+by\s+(?:the\s+)?Prime\s+Minister\b", re.I)),
    ("statement", re.compile(r"\bStatement\s+by\b|\bComment\s+by\b|\bJoint Statement\b|"
                             r"\bJoint Press Statement\b|^Statement\b|\(Statement\)", re.I)),
    # the Prime Minister's Office: a month's index of items ("March 2018"), the day a
    # Cabinet takes office
    ("other", re.compile(rf"^(?:{MONTH_RX}),?\s+\d{{4}}$|\bInauguration of the \w+ Cabinet\b")),
)
# a joint statement whose body tells in the third person that the signatories met ("Mr. X,
# Minister for Foreign Affairs of Japan, and Mr. Y, ..., had a meeting on April 26, during
# ...") is a meeting record (the lead's ruling 6); one in its signatories' own voice ("We,
# the leaders ...") or with no meeting told is a statement
JOINT_STATEMENT_TITLE = re.compile(r"\bJoint (?:Press )?Statement\b", re.I)
# the paragraph after the lead gives the Japanese side's own words at its own event ("In
# his address, the Prime Minister said", "In the opening, the Prime Minister said", "Based
# on the discussion at the meeting, Prime Minister Kan said"): with no other official
# named, the page is an address, not a meeting between officials
OWN_ADDRESS = re.compile(
    r"^(?:(?:In\s+(?:his|her|the)\s+(?:opening\s+)?(?:address|remarks|speech|opening)\b"
    r"|Based\s+on\s+the\s+discussions?\b)[^“\"]*?\bsa(?:id|ying)\b"
    r"|(?:The\s+)?Prime\s+Minister(?:\s+[A-Z][\w\-]+){0,2}\s+said\s+in\s+(?:his|her)\s+"
    r"(?:opening\s+)?(?:address|remarks|speech)\b)",
    re.IGNORECASE)
# a 'Prime Minister in Action' day page that names the talks as one of the day's events
# (a guard of honour, a press announcement, a banquet) and then gives the Prime Minister's
# address at one of them, with no account of the talks outside the quoted words, is the
# address, not a meeting record (the lead's ruling 7, session 10): the line that introduces
# the address ("Finally, the Prime Minister hosted a banquet, and said in his address,",
# "In his greetings, the Prime Minister made the following remarks:") ...
ADDRESS_INTRO = re.compile(
    r"\b(?:said|stated|remarked)(?:\s+in\s+(?:his|her)\s+(?:opening\s+)?"
    r"(?:address|remarks|greetings|speech))?\s*[,:]$"
    r"|\bmade\s+the\s+following\s+(?:remarks|address)\s*:$", re.IGNORECASE)
# ... but remarks introduced as given after the talks ("After the Japan-Russia summit
# meeting, the Prime Minister said,") are his own account of them, not an address
REMARKS_AFTER_TALKS = re.compile(
    r"^after\s+the\s+[^.,;:]{0,60}?\b(?:meeting|talks?|conversation)s?\s*,\s*the\s+prime\s+"
    r"minister\s+(?:said|stated|remarked)", re.IGNORECASE)
# ... the day's other events, in the title ("... Summit Meeting and Other Events") or told
# before the address ...
DAY_EVENTS = re.compile(r"\band\s+other\s+events\b|\bbanquet\b|\bdinner\b|\bluncheon\b"
                        r"|\bguard\s+of\s+honou?r\b|\bpress\s+(?:announcement|occasion)\b"
                        r"|\bworking\s+lunch\b|\bsigning\s+ceremony\b", re.IGNORECASE)
# ... and what an account of the talks says (outside the quoted address)
TALKS_ACCOUNT = re.compile(
    r"\b(?:the\s+two|both|the)\s+(?:leaders|sides|ministers|prime\s+ministers)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:exchanged|discussed|confirmed|agreed|concurred|shared|affirmed"
    r"|reaffirmed|welcomed|expressed|stated|talked)\b"
    r"|\bexchanged\s+(?:views|opinions)\b|\bas\s+follows\b"
    r"|\b(?:overview|summary|outline)\s+of\s+the\s+(?:meeting|talks?)\b"
    # (what the talks were on: "The two leaders held talks on the economy and security")
    r"|\bheld\s+(?:talks|discussions)\s+(?:on|about|regarding|concerning)\b"
    # (the leaders by name: "During the meeting, Prime Minister X and Prime Minister Y
    # discussed ...")
    r"|\b(?:during|at|in)\s+the\s+(?:summit\s+)?(?:meeting|talks)\b[^.]{0,160}?"
    r"\b(?:exchanged|discussed|confirmed|agreed|concurred|affirmed|reaffirmed|talked)\b",
    re.IGNORECASE)
# quotation marks that open and close an address's paragraphs
QUOTE_OPEN = ("“", '"')
QUOTE_CLOSE = ("”", '"')
# the Prime Minister's Office reports the Prime Minister's meetings with private persons
# too (a readers' roundtable, a courtesy call by schoolchildren or by a forum's members, a
# dialogue with invited citizens, a meeting with victims' families): with no official of
# another side named, such a page is no meeting between officials (gold/README.md)
PRIVATE_PERSONS = (r"(?:junior\s+)?reporters|readers|students|pupils|schoolchildren|children"
                   # a visit's dinner with its own country's companies' representatives
                   r"|(?:business\s+)?representatives\s+of\s+(?:[\w\-]+\s+){0,2}?"
                   r"(?:companies|businesses|firms|enterprises)|business\s+(?:leaders|representatives)"
                   r"|citizens|residents|young\s+people|youths?|athletes|medall?ists|winners"
                   r"|performers|guests|families|victims|survivors|volunteers|trainees|alumni"
                   r"|members\s+of\s+the\s+[\w\-]+(?:\s+[\w\-]+){0,5}?\s+"
                   r"(?:Forum|Association|Club|Society)")
PRIVATE_BODIES = (r"Partnership|Coalition|(?<!Russian )Federation|Association(?!\s+of\s+South)"
                  r"|Keidanren|Chamber\s+of\s+Commerce|Foundation|Network|Club|Companies")
PRIVATE_PARTNERS = re.compile(
    r"\b(?:courtesy\s+call\s+(?:from|by)|(?:meeting|discussion|dialogue|talks?)\s+with"
    r"|met\s+with|exchanged\s+(?:views|opinions)\s+with|invited)\s+(?:(?:a|the|some)\s+)?"
    # (a programme's or a place's name may stand before them: "young JICA Overseas
    # Cooperation Volunteers")
    r"(?:group\s+of\s+|total\s+of\s+\w+\s+)?(?:[\w\-]+\s+){0,5}?"
    rf"(?:{PRIVATE_PERSONS})\b"
    rf"|\b(?:{PRIVATE_PERSONS}|people)\b(?:\s+who\s+[^.]{{0,80}}?)?\s+(?:are|were)\s+invited\b"
    # (or one person named with a private calling: "met with Mr. X, a Brazilian marathon
    # runner who won ...", "received a courtesy call from Ms. Y, a renowned violinist")
    r"|\b(?:met\s+with|courtesy\s+call\s+(?:from|by))\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"(?:[A-Z][\w’'\-]*\s+){0,4}?[A-Z][\w’'\-]*,\s+"
    r"(?-i:an?)\s+(?:[\w\-]+\s+){0,2}?(?:runner|athlete|player|artist|singer|actor|actress"
    r"|writer|author|novelist|musician|businessman|businesswoman|entrepreneur|coach|pianist"
    r"|violinist|cellist|guitarist|conductor|composer|dancer|comedian|performer|skater"
    r"|swimmer|golfer|boxer|wrestler|designer|chef)\b"
    # (or a private body by its name alone: "received a courtesy call from Japan Climate
    # Partnership (JCP)", "from the X Chamber of Commerce and Industry"; not a state's name,
    # "the Russian Federation", nor ASEAN's)
    rf"|\bcourtesy\s+call\s+(?:from|by)\s+(?:the\s+|an?\s+delegation\s+(?:of|from)\s+(?:the\s+)?)?"
    rf"(?-i:(?:[A-Z][\w’'\-&]*\s+){{0,8}}?(?:{PRIVATE_BODIES}))\b",
    re.IGNORECASE)
# paragraphs read for them: up to the lead and the ones after it
PRIVATE_PARTNERS_NEAR = 3
# ... or named with a private body's post ("Mr. TASHIMA Kohzo, President of the Japan
# Football Association", a team's coach, a company's chairman): no government's official
# (not a union of states or parliaments: "the International Telecommunication Union", "the
# Inter-Parliamentary Union", "the Eurasian Economic Union")
PRIVATE_BODY_TITLE = re.compile(
    r"\b(?:Association|Federation|(?<!Telecommunication )(?<!Postal )(?<!Parliamentary )"
    r"(?<!Economic )Union|Team|Club|Company|Corporation|Co\.|Inc\.|University"
    r"|Foundation|Institute|Keidanren|League|Players?|Coach|Athletes?|Chief\s+Executive"
    r"|CEO|Chairman\s+of\s+the\s+Board)\b")
# a photo's caption ("Photograph of the leaders shaking hands", "(Photo) ...", "• Photo 2:
# ...", or one cut short: "Photogra")
PHOTO_CAPTION = re.compile(r"^(?:[•*\-]\s*)?\(?Photo(?:graph|gra|gr|g)?s?\b\)?")
# a speaker telling the press about a meeting ("A short while ago, I had a telephone talk
# with ...", "PRIME MINISTER: I have just held ..."): a transcript, not a readout
SPEAKER_LABEL = re.compile(r"^(?:[A-Z][A-Z.'’]+ ){0,5}[A-Z][A-Z.'’]+\s*:\s")  # "REPORTER: ..."
FIRST_PERSON_LEAD = re.compile(r"^(?:[A-Z][A-Z .']{2,40}:\s*)?(?:[^.]{0,40},\s*)?(?:I|We)\s+"
                               r"(?:have\s+|had\s+)?(?:just\s+|earlier\s+)?(?:had|held|met|spoke"
                               r"|talked|received)\b")
# a visit or meeting still to come
ANNOUNCEMENT = re.compile(r"\bwill\s+(?:visit|pay|hold|attend|make|meet|be\s+held|take\s+place)\b"
                          r"|\bis scheduled to\b"
                          r"|\bVisit to\b.*\bby\b", re.I)
FUTURE_MEETING = re.compile(r"\bwill\s+(?:hold|visit|meet)\b")
# a title that names both officials ("Meeting between Ms. A, Parliamentary Vice-Minister
# for Foreign Affairs, and Mr. B, Vice Foreign Minister of C (Overview)"), on an older page
# whose text goes straight to the points: the title is the lead, the second official the
# other side
TITLE_BETWEEN = re.compile(
    r"^(?:Meeting|Talks?|Telephone\s+(?:Talks?|Conversation)|Working\s+(?:Lunch|Dinner))"
    r"\s+between\s+.+?,?\s+and\s+(?P<other>(?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr)\.?\s.+)$")
# a title that names a meeting (used when a page has no lead sentence)
MEETING_TITLE = re.compile(
    r"\b(?:Meeting|Talks?|Summit|Telephone|Teleconference|Courtesy Call|Working (?:Lunch|Dinner)"
    r"|Dialogue|Conversation|Consultations?|Meets)\b", re.I)

# a side's name in a list of who attended: a country or its demonym, one or two words ("the
# Japanese side", "the Costa Rica side", "the New Zealand side")
_SIDE = r"[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?"
# an honorific that opens a list of attendees ("Mr. X", "H.E. Ms. Y")
_LIST_HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|H\.\s?E|Prof|Amb)\.?\s"
# attendee lists: "The meeting was also attended by Mr. X, Deputy Chief Cabinet Secretary, ..."
# (also "Those who attended from the Japanese side included ...", "attended on the Japanese
# side by ...", "Also present at the meeting were ..."; the list ends at a
# closing bracket or a full stop that is not an honorific's or an initial's: "Amb. Maria
# ...", "John F. Kerry")
ATTENDED_BY = re.compile(rf"(?:\battended\s+(?:on\s+the\s+{_SIDE}\s+side\s+)?by,?"
                         # (a passive with its "by" left out: "was attended Mr. X, ...")
                         rf"|\b(?:was|were)\s+(?:also\s+)?attended(?=\s+{_LIST_HONORIFIC})"
                         # "(attending on the Singaporean side included Mr. X, ...)"
                         rf"|\b[Aa]ttending\s+on\s+the\s+{_SIDE}\s+side\s+(?:included|were|was)"
                         r"|\bwho\s+attended(?:\s+from\s+(?:the\s+)?[A-Z][\w.’']*"
                         r"(?:\s+[A-Z][\w.’']*)?(?:\s+side)?)?\s+(?:included|were|was)"
                         # "Also present at the meeting on the Japanese side were ...",
                         # "Participants on the ROK side included ..."
                         r"|\b[Aa]lso\s+present\s+(?:at\s+the\s+\w+\s+)?"
                         rf"(?:(?:on|from)\s+the\s+{_SIDE}\s+side\s+)?(?:were|was)"
                         rf"|\bParticipants\s+(?:on|from)\s+the\s+{_SIDE}\s+side\s+"
                         r"(?:included|were)"
                         # "Those attending the meeting in addition to Prime Minister X were:"
                         r"|\bThose\s+attending\s+the\s+\w+(?:\s+in\s+addition\s+to\s+[^:]{1,80}?)?"
                         r"\s+were:?"
                         # "Attending the meeting were: from the Japanese side, ...", "Present
                         # from the Japanese side was Mr. X, ..., and from the Y side ..."
                         # (the side may come first: "Attending the meeting on the Japanese
                         # side were Mr. X, ... . Attending the meeting on the Y side were ...")
                         r"|\bAttending\s+the\s+(?:meeting|talks?|dialogue|consultations?)\s+"
                         rf"(?:(?:on|from)\s+the\s+{_SIDE}\s+side\s+)?were:?"
                         rf"|\b[Pp]resent\s+(?:at\s+the\s+\w+\s+)?(?:from|on)\s+the\s+{_SIDE}\s+"
                         r"side\s+(?:were|was)"
                         # "The Swedish delegation included H.E. Mr. X, ..."
                         r"|\b[Tt]he\s+[A-Z][\w.’']*\s+delegation\s+included)\s+"
                         r"(?P<who>.+?)(?=\)|(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Dr)"
                         r"(?<!\bAmb)(?<!\bProf)(?<!\bGen)(?<!\bCol)(?<!\bAdm)(?<!\bLt)"
                         r"(?<!\s[A-Z])(?<!\.[A-Z])\.\s+[A-Z]|\.?$)")
# the heads of each side, told after a lead that names nobody ("On October 5, the Political
# Consultations were held in Tokyo." then "Mr. X, Title, represented Japan and Ms. Y,
# Title, represented Z", "Japan was represented by Mr. X, and Z by Ms. Y", "The talks were
# co-chaired by Mr. X ... and Mr. Y ...", "The Japanese delegation was headed by Mr. X"):
# a sentence with one of these words names them
DELEGATION_HEADS = re.compile(r"\brepresented\b|\b(?:co-)?chaired\s+by\b|\bco-chaired\b"
                              r"|\b(?:headed|led)\s+by\b|\b(?:headed|led)\s+the\s+[A-Z]")
# ... the country an official represented, right after the official ("..., represented
# Spain", "who represented the Republic of Korea")
REPRESENTED_AFTER = re.compile(r",?\s*(?:who\s+)?represented\s+(?:the\s+)?"
                               rf"(?P<side>{_SIDE}(?:\s+of\s+{_SIDE})?)")
# ... or right before, with its honorific ("Japan was represented by Mr. X", "and Spain by
# Ms. Y", "the Japanese delegation was headed by Mr. X")
REPRESENTED_BEFORE = re.compile(rf"\b(?:[Tt]he\s+)?(?P<side>{_SIDE})(?:\s+delegation)?\s+"
                                r"(?:was\s+(?:represented|headed|led)\s+)?by\s+"
                                r"(?:(?:H\.\s?E|Mr|Ms|Mrs|Dr|Prof|Amb)\.?\s+)*$")
REPRESENTED_REACH = 80  # characters before an official read for REPRESENTED_BEFORE
DELEGATION_HEADS_PARAGRAPHS = 2  # paragraphs after such a lead read for the heads

# the other side's official named in the lead by office alone ("held a summit meeting with
# the President of the Republic of Kenya, who is visiting Japan"): the office and country,
# then the name the page's next paragraphs give after the office ("President Ruto's visit")
OFFICE_MET = re.compile(r"\bwith\s+the\s+(?P<office>(?:[A-Z][a-z]+\s+){0,3}?(?:President|Prime\s+"
                        r"Minister|Minister|Secretary|Chancellor|Premier|Vice\s+President))"
                        # (a portfolio: "Cabinet Secretary for Foreign Affairs of Kenya")
                        r"(?:\s+for(?:\s+(?:and\s+)?[A-Z][a-z]+){1,4}?)?\s+"
                        r"of\s+(?P<country>(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                        r"[A-Z][\w.’'\-]*){0,5})")
OFFICE_NAMED_PARAGRAPHS = 4  # paragraphs after the lead read for the office's holder
# the other sides named in the lead by their countries alone ("held summit meetings with the
# leaders of X and Y"), their officials named in the next paragraphs, each where a meeting with
# them is told ("In the meeting with President A of X, ...", "Prime Minister Z held a meeting
# with Prime Minister B of Y"): of those countries only
LEADERS_MET = re.compile(r"\bwith\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)"
                         r"|Presidents|Prime\s+Ministers|Foreign\s+Ministers)\s+of\s+"
                         r"(?P<countries>[^.;]{3,200})")
MEETING_WITH_NAMED = re.compile(r"\b(?:(?:In|At|During)\s+the\s+(?:[\w\-’']+\s+){0,3}?"
                                r"(?:meeting|talks|summit)\s+with"
                                r"|(?:held|had)\s+(?:an?\s+)?(?:[\w\-’']+\s+){0,3}?"
                                r"(?:meeting|talks)\s+with)\s+")

# a delegation's list named by its demonym ("The Swedish delegation included ..."): its side
DELEGATION_INCLUDED = re.compile(r"[Tt]he\s+(?P<side>[A-Z][\w.’']*)\s+delegation\s+included\b")
# whose the officials of a list are: "... from the Japanese side and ... from the U.S.
# side" (after them), "from Thailand, Mr. X" / "From Japan, Mr. Y" / "on the U.S. side by
# Mr. Z" / "Attending for the Japanese side were Mr. Z" (before them)
SIDE_MARK = re.compile(r"\b(?:[Ff]rom|(?:on|for)(?=\s+the\s+\S+(?:\s+[A-Z]\S*)?\s+side\b))\s+"
                       r"(?:the\s+)?"
                       r"(?P<side>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)(?P<word>\s+side\b)?")
# a side named before its officials (what follows the mark: "on the U.S. side by ...")
# (a role may come between: "Attending from the Japanese side as co-chairman was Mr. X")
SIDE_MARK_BEFORE = re.compile(r"\s*(?:as\s+(?:co-\s*)?chair(?:man|woman|person)?\s+)?"
                              r"(?:(?:also\s+)?(?:in\s+attendance|present)\s+)?"
                              r"(?:,|:|included\b|were\b|was\b|by\b)")
# the other side's official named as the subject's counterpart, with no honorific ("met
# with his Australian counterpart Julia Gillard", "held talks with her Chilean counterpart,
# Ana Soto"): same office as the subject, the demonym's country
COUNTERPART_NAMED = re.compile(r"\b(?:his|her)\s+(?P<side>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+"
                               r"counterpart,?\s+(?P<name>(?:[A-Z][\w’'\-]+\s+){1,3}"
                               r"[A-Z][\w’'\-]+)\b")
# ... or with an honorific, before the name: the name's country is the demonym's ("Talks
# between the Foreign Minister of Japan Mr. X and his Chinese counterpart Mr. Y by telephone
# took place ...": Y is China's, though both stand before the verb)
COUNTERPART_BEFORE = re.compile(r"\b(?:his|her|their)\s+"
                                r"(?P<side>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+counterparts?,?\s+(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*$")
# the words before an official that make him the one a meeting was with ("a summit meeting
# with President X was held"), though he stands before the verb
MET_WITH_BEFORE = re.compile(r"\b(?:meeting|talks?|summit|conversation|call|dinner|lunch(?:eon)?)"
                             r"\s+with\s+(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*$")
# a ruler named by style and no office ("His Majesty Sultan Haji X of Y", "Her Majesty Queen
# X", "His Highness the Amir Sheikh X"), right before the name: a head of state. (Not a
# royal style alone: "His Royal Highness Prince X" may hold no office at all.)
RULER_STYLE_BEFORE = re.compile(
    r"\b(?:His|Her)\s+(?:Majesty(?:\s+(?:the\s+)?(?:King|Queen|Sultan|Emperor|Yang\s+di-Pertuan"
    r"\s+Agong))?|Highness\s+(?:the\s+)?(?:Amir|Emir|Sultan|Grand\s+Duke))"
    r"(?:\s+(?:Sheikh|Haji|Sheikha|Sayyid))?\s+$")
# a second office in brackets right after an official's title, past an abbreviation's
# bracket ("President of the NNth session of the UN General Assembly (UNGA) (Minister of
# Foreign Affairs of X)"): the official holds both
SECOND_OFFICE = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?\((?P<office>[A-Z][^()]{2,120})\)")
# an attendance sentence of any wording after the meeting's own sentence (the phrasings
# above are only some of the ways the pages write it: "Also attending the meeting were ...",
# "In attendance from the Japanese side were ...", "Joining the meeting were ...", "The
# Japanese side was joined by ...", "(Attendees: Japanese side - Mr. X, ...)"): a word of
# attendance, and the meeting or a side named with it
ATTENDANCE_WORD = re.compile(r"\b(?:[Aa]ttend(?:ed|ing|ees?|ance)|[Pp]articipat(?:ed|ing|ants?)"
                             r"|[Pp]resent|[Jj]oin(?:ed|ing)|[Aa]ccompanied)\b")
# ... but not a sentence that reports what someone said or did in the talks ("Minister X
# welcomed that the Y side had joined the initiative led by Mr. Z", "Minister X stated that
# President Y, who was present at the summit last year, ..."): an attendance sentence tells
# only who attended
REPORTED_SPEECH = re.compile(r"\b(?:stated|said|says|welcomed|expressed|noted|explained|appreciated"
                             r"|agreed|emphasi[sz]ed|mentioned|thanked|congratulated|hoped"
                             r"|confirmed|affirmed|reiterated|pointed\s+out|requested|asked"
                             r"|exchanged|discussed)\b")
ATTENDANCE_OF = re.compile(r"\b(?:side|sides|delegations?)\b|\bthe\s+(?:meeting|talks|call"
                           r"|dialogue|summit|consultations?|conversation)\b")
# how the sentence names its sides, rewritten as "from the X side" (the form
# `attendees_by_side` reads): "(Japanese side)", "Japanese side - Mr. X", "Japanese side:
# Mr. X", "The Japanese side was joined by Mr. X", "and the Y side by Mr. Z"
SIDE_IN_BRACKETS = re.compile(r"\((?:the\s+)?(?P<side>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+side\)")
SIDE_LABEL = re.compile(r"(?:(?<=[(;:,\n])|(?<=[a-z\d]\.)|^)\s*(?:and\s+)?(?:[Tt]he\s+)?"
                        r"(?P<side>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+side"
                        r"(?:\s*[-–:]|\s+(?:was|were)\s+(?:also\s+)?(?:joined|attended|represented)\s+by"
                        r"|\s+by)\s+")
# a title of an office no longer held ("former Prime Minister of Japan")
FORMER_TITLE = re.compile(r"\s*(?:a\s+|the\s+)?former\b", re.IGNORECASE)
# an attendance bracket's own label ("(Attendees:", "Participants:")
ATTENDANCE_LABEL = re.compile(r"\b(?:Attendees|Participants|Attendance)\s*:\s*")
# a side's mark that closes the list before it, whatever follows: the list goes on with
# "and" ("... Chairperson X on the Y side, and Mr. Z, Title ... on the Japanese side")
SIDE_MARK_CLOSES = re.compile(r"\s*[,;]?\s*and\s")
# the first official of a side's list written "Given Family, Title" with no honorific
# ("... from the Japanese side as co-chairman was Jiro Tanabe, Senior Vice-Minister of
# a ministry."): a name only because the side's list begins there
SIDE_FIRST_BARE = re.compile(r"\s*(?:as\s+(?:co-\s*)?chair(?:man|woman|person)?\s+)?"
                             r"(?:,|:|included|were|was|by)\s+"
                             r"(?P<name>(?:[A-Z][\w’'\-]*\s+){1,2}[A-Z][\w’'\-]+),\s+"
                             r"(?P<title>[A-Z][^,;()]{3,120}?)(?=[,;(]|\.\s|\.?$)")
# an attendee list of "Given Family, Title" items separated by semicolons, with no
# honorific (2009-2012 summit pages: "(Mary Roe, Secretary of State; John Doe, Secretary of
# the Treasury, etc. joined from the U.S. side; and Taro Yamada, Deputy Chief Cabinet
# Secretary joined from the Japanese side)"): one item, its name first
NAME_TITLE_ITEM = re.compile(r"^(?:and\s+)?(?P<name>(?:[A-Z][\w’'\-]*\s+){1,3}[A-Z][\w’'\-]+),\s*"
                             r"(?P<title>[A-Z][^;]*?)\s*$")
# an envoy's item with the post after the name ("Ambassador Fujisaki to the U.S.",
# "Ambassador Rice to the United Nations"): the name between the rank and its post
ENVOY_ITEM = re.compile(r"^(?P<rank>(?:[A-Z][\w.’'\-]*\s+)*?(?:Ambassador|Representative|Envoy))\s+"
                        r"(?P<name>[A-Z][\w’'\-]+)\s+to\s+(?P<post>(?:the\s+)?[A-Z][\w.’' ]*)$")
# a side's mark written right before its first honorific, with no comma or verb between
# ("From the Japanese side Mr. X, Title, Mr. Y, Title and from the ROK side Mr. Z, ...")
SIDE_MARK_BEFORE_NAME = re.compile(r"\s+(?=(?:Mr|Ms|Mrs|Dr|Amb|H\.\s?E)\.?\s)")
# a paragraph after the lead that lists one side's delegation ("Chinese side: Vice Premier
# X, Minister of Commerce Y, ..., and others.")
SIDE_LIST = re.compile(r"^\(?(?:The\s+)?(?P<side>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+[Ss]ide\)?"
                       r"\s*[:：]\s*(?P<who>.+)$", re.DOTALL)
# a bracketed paragraph after the lead that lists each side by its country's name ("(Japan:
# Foreign Minister A, Ambassador B etc. The U.S.: Secretary C, ... etc.)"): where a side's
# list begins
COUNTRY_LABEL = re.compile(r"(?:^|(?<=[.;])\s+)(?P<side>(?:The\s+)?[A-Z][\w.’']*"
                           r"(?:\s+[A-Z][\w.’']*)?)\s*:\s+")
# a line anywhere on the page that lists one country's delegation by the country's name
# ("Australia: Mr. Justin Hayhurst, Deputy Secretary ..., from Department of ...")
COUNTRY_DELEGATION = re.compile(r"^(?P<side>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,2})\s*[:：]\s*"
                                r"(?P<who>(?:Mr|Ms|Mrs|Dr|H\.\s?E|Prof|Amb)\b.+)$", re.MULTILINE)
# a paragraph after the lead that says who attended ("The Meeting was attended by ...")
# (the meeting may be named in full and each side's list come after its side: "The Summit
# Meeting was attended on the Japanese side by Mr. X, ...; and on the Malaysian side by ...")
ATTENDANCE_PARAGRAPH = re.compile(r"^(?:\d{1,2}\.\s+)?\(?(?:Th(?:e|is)\s+(?:[\w\-]+\s+){0,2}?"
                                  r"(?:meeting|talks?|call|dialogue)\s+(?:was|were)\s+(?:also\s+)?attended\s+"
                                  rf"(?:(?:on\s+the\s+{_SIDE}\s+side\s+)?by|(?={_LIST_HONORIFIC}))"
                                  r"|Those\s+(?:who\s+attended|attending)"
                                  r"|Also\s+present\s+(?:at|on|from)\s+the\b"
                                  r"|Attending\s+the\s+(?:meeting|talks?|dialogue|consultations?)\s+"
                                  r"(?:(?:on|from)\s+the\s+\S+(?:\s+\S+)?\s+side\s+)?were"
                                  r"|Present\s+(?:at\s+the\s+\w+\s+)?(?:from|on)\s+the\s+\S+(?:\s+\S+)?\s+side\b"
                                  r"|The\s+[A-Z][\w.’']*\s+delegation\s+included\b"
                                  r"|Participants\s+(?:on|from)\s+the\s+\S+(?:\s+\S+)?\s+side\b)",
                                  re.IGNORECASE)
# a meeting one official chaired ("Mr. X ... chaired the meeting", "the chair of the
# meeting") had three or more parties (a bilateral meeting is not chaired, at most co-chaired)
CHAIRED = re.compile(r"(?<!co-)\bchaired\s+the\s+(?:meeting|session|dialogue)\b"
                     r"|\bthe\s+chair\s+of\s+the\s+(?:meeting|session|dialogue)\b", re.IGNORECASE)
CHAIR = "chair"  # (lowered) in every CHAIRED match
# how many paragraphs after the lead may list the delegations
ATTENDANCE_PARAGRAPHS = 3
OTHERS = re.compile(r"\s*(?:,\s*)?\b(?:and|among)\s+others\b.*$")

# the meeting's own name: "Japan-U.S.-ROK Trilateral ...", "Japan-Australia Foreign Ministers'"
JAPAN_X_NAME = re.compile(
    r"\bJapan[-–]([\w.’' ]+?(?:[-–][\w.’' ]+?)*)\s+(?:Summit|Foreign|Leaders|Ministers|"
    r"Ministerial|Telephone|Video|Trilateral|Meeting|Talks?|Vice|Defense|Strategic|Security|"
    r"Economic|Relations|Working|Joint|Bilateral|Political|Policy|Consultations?|Dialogue|"
    r"Directors?[- ]General|Deputy|Senior|High[- ]Level)")
ATTENDED = re.compile(r"(?:attended|participated\s+(?:(?:online|virtually|remotely)\s+)?in"
                      r"|joined)\b[^.;]*")
# the members a grouping's name adds to the grouping itself ("the ASEAN Plus Three Summit",
# "ASEAN+3"): sides met when the record names them too (China, the ROK), else the
# grouping alone
# (the East Asia Summit, ASEAN-led, adds the eight partners beyond ASEAN: see
# GATHERING_GROUPING)
EAST_ASIA_SUMMIT = re.compile(r"\bEast\s+Asia\s+Summit\b|\bEAS\s+(?:Summit|Foreign\s+Ministers"
                              r"|Leaders|Ministers|Senior\s+Officials)\b")
GROUPING_PARTNERS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bASEAN\s*(?:[Pp]lus\s+(?:Three|3)|\+\s*(?:3|Three))\b|\bAPT\s+(?:Summit|"
                r"Foreign\s+Ministers|Leaders|Ministers)"), ("CHN", "KOR")),
    (EAST_ASIA_SUMMIT, ("AUS", "CHN", "IND", "KOR", "NZL", "RUS", "USA")),
)
# gatherings whose name holds no grouping's code but which a grouping leads: the grouping is
# the side met when the lead finds none ("the 14th East Asia Summit (EAS) was held in X.
# Prime Minister Y attended", "attended the East Asia Summit"), with the partners its name
# brings that the record names (GROUPING_PARTNERS)
GATHERING_GROUPING: tuple[tuple[re.Pattern[str], str], ...] = (
    (EAST_ASIA_SUMMIT, "ASEAN"),
)
# a grouping's member states met through their envoys or ministers, neither named nor
# counted ("attended a meeting of ambassadors of European Union (EU) Member States", "with
# the foreign ministers of the ASEAN member countries"): sides at the table beyond the two
MEMBERS_MET = re.compile(r"\b(?:ambassadors?|ministers?|representatives|leaders|heads\s+of\s+"
                         r"(?:missions?|state|government))\s+of\s+(?:the\s+)?"
                         r"(?:[\w()\-]+\s+){0,5}?member\s+(?:states|countries|nations)\b",
                         re.IGNORECASE)
# the overview's first point headed by the relations it is about ("1. Japan-U.S. Relations
# (including security affairs)"): the other side when the lead names no country
RELATIONS_HEADING = re.compile(r"^(?:\(?\d{1,2}[.)]|[A-Z][.)])?\s*Japan[-–][\w.’' ]{2,40}?\s+"
                               r"Relations\b")
# the lead's subject came to Japan ("Secretary of State X visited Japan as her first
# destination"): the visitor, whatever the titles say
SUBJECT_VISITED_JAPAN = re.compile(r"\b(?:visited|(?:is|was)\s+visiting|came\s+to)\s+Japan\b")
# a session the Japanese side attended, told in its first point: who held it ("was held by
# the Swiss government", "hosted by the Government of X") and who attended among many ("with
# the attendance of leaders of more than 100 countries, including Mr. X, President of Y"):
# the host and the named attendees are the other sides; a count of "more than N" countries
# leaves the parties unknown
SESSION_HOST = re.compile(
    r"\b(?:was|were|is|are)\s+(?:held|hosted|organi[sz]ed|convened)\s+by\s+the\s+"
    r"(?:(?P<demonym>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+[Gg]overnment\b"
    r"|Government\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3}))")
SESSION_ATTENDEES = re.compile(
    r"\b(?:attendance|participation)\s+of\b[^.;]{0,200}?\bincluding\s+"
    # the sentence's rest (an honorific's full stop is no sentence's end: "Mr. X")
    r"(?P<who>(?:[^.;]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\bH)\.|(?<=\bE)\.)"
    r"{5,300})")
SESSION_MANY = re.compile(r"\bmore\s+than\s+\d+\s+(?:countries|nations|states)\b", re.IGNORECASE)
# the first points read for them
SESSION_POINTS = 2
# the countries whose unnamed officials took part, listed in brackets ("vice-ministers of
# five Central Asian countries (Kazakhstan, Kyrgyzstan, ..., and Uzbekistan)", "three
# countries of the region (Armenia, Azerbaijan and Georgia)")
COUNTRY_LIST = re.compile(r"\bcountries\b[^().;]{0,30}?\((?P<list>[^()]{3,300})\)")

# --- mode (checked on the lead first, then the title) ------------------------------------
MODES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video", re.compile(r"\bvideo\s*(?:tele)?conferenc\w*|\bvideoconferenc\w*|\bvideo call\b"
                         r"|\bonline (?:meeting|talks?|format)\b|\bvirtual(?:ly)?\b|\bvia video\b"
                         r"|\b(?:held|conducted|convened|took place|met|joined|participated"
                         r"|attended)\s+online\b|\b(?:by|through)\s+video\b"
                         r"|\bparticipated\s+(?:online|virtually|remotely)\b"
                         # ("held a meeting with Minister X online.", "a web conference")
                         r"|\bonline(?=\s*(?:[.,;]|$|for\b|from\b|at\b|on\b|with\b))"
                         r"|\bweb[\s-]*(?:conferenc\w*|meeting|talks?)\b",
                         re.I)),
    ("telephone", re.compile(r"\btelephone\b|\bphone call\b|\b(?:by|over|on) the phone\b"
                             r"|\bby phone\b|\bphone talks?\b"
                             r"|\bteleconference\b|\bconference call\b", re.I)),
)
# a meeting some sides joined online and the Japanese side attended in person ("attended the
# summit in person", "in an in-person format", "in a hybrid format ... Prime Minister X took
# part in person"): in person, whatever the lead says of the others ("some leaders joined
# virtually")
IN_PERSON = re.compile(r"\bin[- ]person\b(?!\s+(?:meetings?|talks|visits?|exchanges?|dialogue)"
                       r"\b(?:\s+\w+){0,3}?\s+(?:in\s+the\s+(?:near\s+)?future|soon|again|next"
                       r"|resum))",
                       re.IGNORECASE)
# words (lowered) every match of a mode's pattern has
MODE_WORDS = {"video": ("video", "online", "virtual", "web", "remote"),
              "telephone": ("phone", "teleconference", "conference call")}

# --- level fallback from the title, when no official's title is known ----------------
# the other side named by its officials' title alone, right after the verb ("received a
# courtesy call from Ambassadors of eight countries to NATO", "held a meeting with the
# Vice Ministers of ..."): their rank is the side's
UNNAMED_SIDE = re.compile(
    r"^[^.;]{0,60}?\b(?:from|by|with|on)\s+(?:the\s+|an?\s+|some\s+)?(?P<title>(?:[A-Z][\w’'\-]*\s+)"
    r"{0,4}(?:Ambassadors?|Ministers?|Vice[- ]Ministers?|Secretar(?:y|ies)|Directors?[- ]General"
    r"|Deputy\s+[A-Z][\w\-]*|Commanders?|Generals?|Admirals?|Chiefs?\s+of\s+Staff|Envoys?"
    r"|Governors?|Senators?|Parliamentarians|Members\s+of\s+Parliament)\b)")
# a plural rank read as its singular for its rank ("Ministers" -> "Minister")
PLURAL_RANK = re.compile(r"\b(Ambassador|Minister|Director|Commander|General|Admiral|Envoy|Governor"
                         r"|Senator|Chief|Member)s\b|\b(Secretar)ies\b")
# a courtesy call is paid by one side on the other: two sides, even when the caller is a
# grouping's officials whom the page does not name
COURTESY_CALL = re.compile(r"\bcourtesy\s+call\b", re.IGNORECASE)
LEVEL_BY_TITLE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("summit", re.compile(r"\bSummit\b|\bLeaders[’']?\b|\bPrime Minister\b.*\bPresident\b"
                          # (a head's visit: "Visit to Japan of His Excellency Dr. X, Prime
                          # Minister of Y", "Visit to Z by Prime Minister W")
                          r"|\bVisit\s+to\s+[^()]{2,40}?\s+(?:of|by)\s+[^()]{0,80}?"
                          r"(?<!Vice )(?<!Vice-)(?<!Deputy )(?<!Deputy-)"
                          r"\b(?:Prime\s+Minister|President|King|Queen|Emir|Amir|Sultan"
                          r"|Chancellor)\b(?!\s+of\s+the\s+(?:Senate|National\s+Assembly))"
                          # (the UN's Secretary-General counts as a head: gold/README.md)
                          r"|\b(?:UN|United\s+Nations)\s+Secretary[- ]General\b"
                          r"|\bSecretary[- ]General\s+of\s+the\s+United\s+Nations\b",
                          re.I)),
    # (officials' talks named by their level: "Vice-Ministerial-level Political
    # Consultations", "Director-General-level Consultations", "Working-level Talks")
    ("other", re.compile(r"\b(?:Vice[- ]Minister(?:ial)?|Deputy[- ]Minister(?:ial)?"
                         r"|Directors?[- ]General|Working)[- ]level\b"
                         r"|\bVice[- ]Ministerial\b", re.I)),
    # (not a junior minister's title: "Vice-Minister", "State Minister" are below cabinet)
    # (a "Prime Minister" is no minister's level, a "Deputy Prime Minister" is)
    ("ministerial", re.compile(r"(?<!Vice-)(?<!Vice )(?<!Deputy )(?<!State )(?<!Prime )"
                               r"\bMinisters?[’']?\b|\bDeputy[- ]Prime\s+Minister\b"
                               # (another organisation's chief: NATO's, ASEAN's, the OECD's)
                               r"|(?<!Deputy )(?<!Assistant )(?<!Under-)\bSecretary[- ]General\b"
                               r"|\bMinisterial\b|\b2\s*\+\s*2\b", re.I)),
)
PARTIES_BY_TITLE: tuple[tuple[int, re.Pattern[str]], ...] = (
    # (the Trilateral Cooperation Secretariat is one organisation, not three sides)
    (3, re.compile(r"\bTrilateral\b(?!\s+Cooperation\s+Secretariat)|\bJapan-[\w.]+-[\w.]+\s",
                   re.I)),
    (4, re.compile(r"\bJapan-[\w.]+-[\w.]+-[\w.]+\s|\bQuadrilateral\b", re.I)),
)

# --- location ------------------------------------------------------------------------
# "who is visiting the United Kingdom, to attend ..." -> the place ends before these words;
# two ministers "who were both visiting the UK" are there together
VISITING = re.compile(r"\b(?:(?:is|was|are|were|while)\s+(?:(?:both|all)\s+)?(?:currently\s+)?"
                      r"(?:visiting|in|"
                      # (some pages capitalise the kind of visit: "paying an Official
                      # Working Visit to Japan")
                      r"(?:paying|on)\s+an?\s+(?i:(?:(?:official|working|state|first|short)\s+)*visit)"
                      r"\s+to)"
                      # (", visiting Malaysia to attend ...": a place right after it, not a
                      # post: ", visiting professor at the X Institute in Boston")
                      # (also "who came to Japan to attend ...", ", currently visiting X,")
                      r"|who\s+(?:visited|came\s+to|(?:has|had)\s+come\s+to)"
                      r"|(?<=,\s)(?:currently\s+|now\s+)?visiting(?=\s+(?:the\s+)?[A-Z])"
                      r"(?!\s+(?:Professor|Fellow|Scholar|Researcher|Lecturer|Senior)\b)"
                      # "Prime Minister X made an official visit to Y, where he ..."
                      r"|\b(?:made|paid)\s+an?\s+(?i:(?:(?:official|working|state|first|short)\s+)+"
                      r"visit)\s+to"
                      r"|(?:during|on)\s+(?:his|her|their|the|an?)\s+(?:(?:official|working|state|"
                      r"first|short|recent)\s+)*(?:visit|stay|trip)\s+(?:to|in)"
                      # "The meeting was held during Foreign Minister X's visit to the UK"
                      r"|\bduring\s+(?:[A-Z][\w.\-]*\s+){1,4}?[A-Z][\w\-]*['’]s\s+(?:(?:official|"
                      r"working|state|first|short|recent)\s+)*(?:visit|stay|trip)\s+(?:to|in))\s+"
                      # (the place ends at a full stop that is not an abbreviation's: "visit
                      # to the U.S. to attend", "visiting N.Y. to attend")
                      r"(?P<place>.{2,80}?)(?=,?\s+(?:to|for|in order|on|from|and|held|where|as)\b"
                      r"|[;(]|(?<!\b[A-Z])\.|,\s*held|,\s*(?:Mr|Ms|Dr|H\.\s?E)\b|$"
                      # (the clause ends where the subject's own verb comes: "X, who is
                      # visiting Honolulu in the United States, visited the memorial")
                      r"|,\s+(?:visited|attended|arrived|met|received|hosted|paid|made)\b)")
# a visit told with a time of its own ("a proposal made by Prime Minister X during his visit
# to Japan in March", "... last year"): another visit's, not the meeting's place
# (also "ten years ago", "several times", "as a young trainee in 1996": read up to
# EARLIER_VISIT_NEAR characters after the place)
EARLIER_VISIT = re.compile(rf"\s(?:in\s+(?:{MONTH_RX})|last\s+(?:year|month|week)"
                           rf"|in\s+(?:19|20)\d\d|(?:\w+\s+)?(?:years?|months?)\s+ago"
                           rf"|(?:several|many|a\s+few|numerous)\s+times|previously)\b")
# the place and day that open a lead, before its subject ("During his tour of the Middle
# East, in the Kingdom of X on July 25, Mr. Y, Minister for Foreign Affairs, ..."): there
OPENING_PLACE = re.compile(
    rf"(?:^|,\s*)in\s+(?P<place>(?:the\s+)?[A-Z][\w.’']*(?:\s+(?:of\s+)?[A-Z][\w.’']*){{0,4}})"
    rf"\s+on\s+(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:(?:{MONTH_RX})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_RX}))")
# the Japanese side is there for a gathering held in a named place ("who is attending the
# Asia-Europe Summit in Mongolia"): that place
ATTENDING_IN = re.compile(
    r"\b(?:is|was|are|were)\s+(?:currently\s+)?(?:attending|participating\s+in)\s+(?:the\s+)?"
    r"[^.;]{0,100}?\s(?:in|at)\s+(?P<place>(?:the\s+)?[A-Z][\w.’'\-]*"
    r"(?:[ ,]+(?:the\s+|of\s+)?[A-Z][\w.’'\-]*){0,4})")
# "arrived in New York, the United States, to attend ...", "visited the State of Delaware,
# the United States of America.", "left ... on the morning of May 3 for Hanoi, the capital of
# Viet Nam" (or "for an official visit to ..."), told before a day's meetings: "left" a
# place, or "on" a plane or a day, "from" a place (not what remains: "little time was left
# for ...", "the time left for ...")
ARRIVED_IN = re.compile(r"\b(?:arrived\s+(?:in|at)|visited"
                        # (a visit told before the day's meetings: "H.E. Mr. X paid an
                        # official working visit to Japan from May 2 to May 4")
                        r"|paid\s+an?\s+(?i:(?:(?:official|working|state|first|short)\s+)*visit)"
                        r"\s+to"
                        r"|(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
                        r"(?<!\btime )(?<!\blittle )(?<!\bnothing )(?<!\bmuch )"
                        # (a departure tells where the trip goes next: "X, who was visiting
                        # Y, departed for Z": Z, not Y)
                        r"(?:left|departed)(?:\s+(?:[A-Z]|(?:on|from|by|aboard|in)\b)[^.;]{0,120}?)?\s+"
                        r"for(?:\s+an?\s+(?:\w+\s+)?visit\s+to)?)\s+"
                        r"(?:the\s+(?:capital(?:\s+city)?\s+of\s+)?)?(?P<place>[A-Z].{1,80}?)"
                        r"(?=,?\s+(?:to|for|in order|on|from|and|at|as)\b|[;(]|(?<!\bSt)\.\s"
                        r"|\.$|$)")
# "on the occasion of Prime Minister X's visit to Japan": the visitor came to Japan
# the days of a visit ("who visited Japan from 13th to 16th March 2016", "paid an
# official visit to X from July 25 to 27"): not a meeting's day when the lead has another
VISIT_DAYS = re.compile(r"\bvisit(?:ed|ing|s)?\b[^.;]{0,80}?\b(?:from\s+(?P<days>[^.;,]{1,30}?"
                        r"\s+(?:to|until|till|through)\s+[^.;,]{1,24})"
                        # (or two days named: "visited India on August 21 (Sat) and August 22
                        # (Sun) to hold ...")
                        r"|on\s+(?P<pair>[^.;,]{1,30}?\s+and\s+[^.;,]{1,30}?)"
                        r"(?=\s+(?:to|for|in\s+order|and)\b|[,;.]))")
# a later sentence of the lead whose subject is the meeting and that times it ("The call
# went on for some 40 minutes from 9:10 a.m. on May 2"): its date is
# the meeting's when the meeting's own sentence gives none
# ... not another meeting of the same series named there ("The previous meeting was held in
# Santiago on March 3, 2021", "The first such meeting took place in 2015")
OTHER_MEETING_BEFORE = re.compile(r"\b(?:previous|last|next|first|second|third|earlier|former"
                                  r"|such|inaugural|upcoming|\d+(?:st|nd|rd|th))\s+"
                                  r"(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
OTHER_MEETING_REACH = 40  # characters before the meeting's noun read for OTHER_MEETING_BEFORE
MEETING_TIMED = re.compile(r"\b(?:meeting|talks?|call|conversation|dinner|lunch(?:eon)?|breakfast)"
                           r"\s+(?:lasted|was\s+held|were\s+held|took\s+place|began|started)\b")
# the end of a sentence (not "Mr.", "H.E.", "U.S.", an initial)
SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<![A-Z])\.\s+(?=[A-Z“\"(])")
# the end of the meeting's own sentence: a stricter SENTENCE_END that also keeps "the
# Hon.", "St. Petersburg", "10 a.m. (local time)" and other abbreviations inside
_ABBREVIATIONS = ("Mr", "Ms", "Dr", "Mrs", "Rt", "St", "Jr", "Sr", "Hon", "Gen", "Adm", "Col", "Lt",
                  "Amb", "Prof", "Rev", "No", "Co", "Maj", "Brig", "Capt", "Sen", "Gov", "Rep")
# (the full stop first, then what stands before it looked at behind it: a pattern that opens
# with a literal is scanned for it, one that opens with lookbehinds is tried in full at every
# position of the text; the same matches, tests/test_speed_mofa.py)
MEETING_SENTENCE_END = re.compile(
    r"\." + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
    + r"(?<![A-Z]\.)(?<!\.[a-z]\.)\s+(?=[A-Z“\"])")
VISIT_TO_JAPAN = re.compile(r"\b(?:(?i:visit)(?:ing)?\s+(?:to\s+)?|visited\s+|trip\s+to\s+)Japan\b")
# the rest of a country's name after its "and" ("Trinidad| and Tobago", "Saint Vincent| and
# the Grenadines"), where a place phrase stops
AND_NAME_REST = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?")
IN_PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>(?:the\s+)?[A-Z][\w.’'\-]*(?:[ ,]+(?:the\s+|of\s+)?"
                      r"[A-Z][\w.’'\-]*){0,5})")
# a diplomatic mission named as the venue ("at the Australian Embassy, Tokyo"): it stands in
# the country it is posted to, named by the city or country written with it
MISSION_VENUE = re.compile(r"\b(?:Embassy|Consulate(?:[- ]General)?|(?:Permanent\s+)?Mission)\b")
MISSION_HOST_AFTER = re.compile(r"\s+in\s+(?P<place>(?:the\s+)?[A-Z][\w.’'\-]*"
                                r"(?:\s+[A-Z][\w.’'\-]*){0,3})")
# "commencing at 1:15 p.m. (France time)": the clock of the place where the meeting was
PLACE_TIME = re.compile(r"\((?P<place>[A-Z][\w.’' ]{1,40}?)\s+(?:[Tt]ime|[Ss]tandard\s+[Tt]ime)\)")
# clocks named by an abbreviation or a zone of one country, not a place's name ("(NY time)",
# "(U.S. Eastern time)"): that country
CLOCK_NAMES: dict[str, str] = {
    "NY": "USA", "N.Y.": "USA", "NYC": "USA", "U.S. Eastern": "USA", "US Eastern": "USA",
    "Eastern": "USA", "U.S. Pacific": "USA", "US Pacific": "USA", "Hawaii-Aleutian": "USA",
    "Indian": "IND", "British Summer": "GBR",
}
# a venue named with another country or city after it ("of X", "in Y") is not Japan's
_NOT_ABROAD = r"(?!,? (?:of|in) (?!Japan\b|Tokyo\b))"
# venues that name no city, and the country they are in (first match wins)
VENUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (another government's office is named with its demonym or its country: "at the
    # Turkish Prime Minister's office in Istanbul", "at the Prime Minister's Office of X";
    # or with its city: "at the Prime Minister's Office in Islamabad", "at the Ministry of
    # Foreign Affairs in Hanoi", "at the State Guest House in Hanoi")
    # (not an office attached to a head's: Singapore's "Minister in the Prime Minister's
    # Office")
    ("JPN", re.compile(r"Iikura (?:Guest )?House|(?:(?<=\bthe )|(?<=\bat ))"
                       r"(?<!Minister in the )(?<!Minister at the )(?<!State in the )"
                       r"Prime Minister[’']s (?:Official )?(?:Office|Residence|"
                       rf"Residential Quarters){_NOT_ABROAD}|Akasaka Palace"
                       rf"|State Guest House{_NOT_ABROAD}"
                       rf"|\bat the Ministry of Foreign Affairs{_NOT_ABROAD}|Diet Building"
                       r"|Kantei|Imperial Palace",
                       re.IGNORECASE)),
    ("USA", re.compile(r"\bthe White House\b|\bCamp David\b|\bDepartment of State\b"
                       # the United Nations' seat is in New York (its offices elsewhere are
                       # named by their city: "the United Nations Office at Geneva")
                       # (the acronym may stand in brackets after the name: "the United
                       # Nations (UN) Headquarters")
                       r"|\b(?:United Nations(?: \((?:UN|U\.N\.)\))?|UN|U\.N\.) Headquarters\b"
                       r"(?!\s+(?:in|at)\s+(?!New York))")),
)
# other governments' seats and guest houses, named without their city ("at the Élysée
# Palace", "at the Blue House", "at the Istana"): their country (names no other country
# uses for a building of its own)
SEATS_OF_GOVERNMENT: dict[str, tuple[str, ...]] = {
    "FRA": ("Élysée Palace", "Elysée Palace", "Elysee Palace", "Hôtel de Matignon",
            "Hotel Matignon", "Quai d'Orsay"),
    "GBR": ("Downing Street", "Chequers", "Lancaster House"),
    "RUS": ("Kremlin",),
    "CHN": ("Great Hall of the People", "Zhongnanhai", "Diaoyutai State Guest ?house",
            "Diaoyutai"),
    "KOR": ("Blue House", "Cheong Wa Dae", "Yongsan Presidential Office"),
    "SGP": ("Istana",),
    "PHL": ("Malaca[ñn]ang Palace", "Malaca[ñn]an Palace"),
    "ITA": ("Quirinal Palace", "Palazzo Chigi", "Chigi Palace", "Villa Madama", "Farnesina"),
    "IND": ("Rashtrapati Bhavan", "Hyderabad House"),
    "BRA": ("Planalto Palace", "Palácio do Planalto", "Itamaraty Palace", "Alvorada Palace"),
    "CHL": ("La Moneda Palace", "Palacio de (?:La|la) Moneda"),
    "ARG": ("Casa Rosada",),
    "ESP": ("Moncloa Palace", "Palacio de (?:La|la) Moncloa"),
    "IDN": ("Merdeka Palace", "Bogor Palace", "Bogor Presidential Palace"),
    "MYS": ("Perdana Putra", "Seri Perdana", "Wisma Putra"),
    "CAN": ("Rideau Hall", "Parliament Hill"),
    "VAT": ("Apostolic Palace",),
    "BEL": ("Egmont Palace", "Berlaymont"),
}
VENUES += tuple((code, re.compile(rf"\b(?:{'|'.join(names)})\b"))
                for code, names in SEATS_OF_GOVERNMENT.items())
# an organisation visited as such ("welcomed Prime Minister X's visit to the UN", "who is
# visiting the United Nations to attend ..."): the country of its seat (matched whole: its
# offices elsewhere are named with their city, "the UN Office at Geneva")
# the organisations and where their seats are: (country, the names they go by); the
# acronym may follow the name in brackets, and "Headquarters" or "Secretariat" the name
_SEATS: tuple[tuple[str, str], ...] = (
    ("USA", r"United\s+Nations|UN|U\.N\.|World\s+Bank|International\s+Monetary\s+Fund|IMF"
            r"|Organization\s+of\s+American\s+States|OAS"),
    ("FRA", r"Organi[sz]ation\s+for\s+Economic\s+Co-?operation\s+and\s+Development|OECD"
            r"|UNESCO|International\s+Energy\s+Agency|IEA"),
    ("BEL", r"North\s+Atlantic\s+Treaty\s+Organi[sz]ation|NATO|European\s+Commission"),
    ("IDN", r"ASEAN\s+Secretariat|Secretariat\s+of\s+ASEAN"),
    ("AUT", r"International\s+Atomic\s+Energy\s+Agency|IAEA|OSCE|CTBTO|UNIDO"
            r"|Organi[sz]ation\s+for\s+Security\s+and\s+Co-?operation\s+in\s+Europe"),
    ("CHE", r"World\s+Trade\s+Organi[sz]ation|WTO|World\s+Health\s+Organi[sz]ation|WHO"
            r"|International\s+Committee\s+of\s+the\s+Red\s+Cross|ICRC|WIPO|ILO"),
    ("NLD", r"Organi[sz]ation\s+for\s+the\s+Prohibition\s+of\s+Chemical\s+Weapons|OPCW"
            r"|International\s+Criminal\s+Court"),
    ("ITA", r"Food\s+and\s+Agriculture\s+Organi[sz]ation|FAO|World\s+Food\s+Programme|WFP"),
    ("ETH", r"African\s+Union(?:\s+Commission)?|AU(?:\s+Commission)?"),
    ("PHL", r"Asian\s+Development\s+Bank|ADB"),
    ("FJI", r"Pacific\s+Islands\s+Forum\s+Secretariat"),
)
ORGANISATION_SEATS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(rf"(?:the\s+)?(?:{names})(?:\s+\([A-Z][A-Za-z.]+\))?"
                      r"(?:\s+(?:Headquarters|headquarters|Secretariat|HQ))?"))
    for code, names in _SEATS)
# any of them named in a text (whole words)
SEAT_NAMED = re.compile(rf"\b(?:{'|'.join(names for _, names in _SEATS)})(?!\w)")
# a venue every government has ("at the Prime Minister's Office"): Japan's, unless the page
# told the trip's arrival abroad before the lead ("arrived at Prague, ...")
OFFICE_ANYWHERE = re.compile(r"\bPrime Minister[’']s Office\b")
# venues and phrases that are Japan's wherever the trip went
JAPAN_ONLY_VENUE = re.compile(r"Official Residence|Residential Quarters|Kantei|Akasaka Palace"
                              r"|Iikura|\b(?:visit(?:ing)?\s+(?:to\s+)?|visited\s+)Japan\b")
# words (lowered) a venue match has one of (a cheap test before the scans)
VENUE_WORDS = ("iikura", "minister", "akasaka", "guest house", "ministry", "diet", "kantei",
               "imperial", "white house", "camp david", "department of state", "headquarters",
               # (a seat of government's first word: "élysée", "kremlin", "istana", ...)
               *{re.split(r"[ \[(]", name)[0].lower() for names in SEATS_OF_GOVERNMENT.values()
                 for name in names})
# a courtesy call or meeting received or hosted by the Japanese side, with no place said,
# is in Japan
RECEIVED_IN_JAPAN = re.compile(r"\b(?:received|receives)\s+(?:an?\s+)?(?:courtesy\s+)?call\s+"
                               r"(?:from|by)\b|\bhosted\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}?"
                               r"(?:meeting|summit|dinner|lunch|banquet|talks?)\b", re.IGNORECASE)
# the clock of the place is "local time": the meeting was not in Japan
LOCAL_TIME = re.compile(r"\blocal time\b", re.IGNORECASE)
# an envoy posted to Japan ("Ms. X, U.S. Ambassador to Japan", "Ms. Y, Chargé d'Affaires ad
# interim, Embassy of Z in Japan"): the post is no venue, and a courtesy call the
# Japanese side received from the envoy says nothing of where it was (dev sets: null)
ENVOY_IN_JAPAN = re.compile(r"\b(?:Ambassador|Charg[ée]\s+d['’]Affaires|Embassy)\b[^.;]{0,80}?"
                            r"\b(?:to|in)\s+Japan\b")
ENVOY_POST_BEFORE = re.compile(r"\b(?:Embassy|Ambassador|Mission)\s+(?:of|to)\s+[^,.;]{1,60}$")
# ... and when the Japanese side is there to attend a meeting ("who is attending the OECD
# Ministerial Council Meeting"), that local clock is the meeting's venue's, not the
# counterpart's country's
ATTENDING = re.compile(r"\b(?:is|was|are|were)\s+(?:currently\s+)?attending\b|\bto\s+attend\b")
# the opening point welcomes the visit that brought the meeting about ("Minister Hayashi
# welcomed Minister Balakrishnan’s visit to Japan", "... would like the visit to Japan by
# Minister Vieira to be ..."): the place of a meeting whose lead names none (not a visit to
# come: "the upcoming visit to Japan")
# (also "Minister Morioka welcomed Minister Dubois to Tokyo": a title and name, then the place)
# a heading of the overview's points: a number and a few words, no sentence
POINT_HEADING = re.compile(r"^(?:\(?\d{1,2}[.)]|[A-Z][.)])\s*[^.;:]{0,60}$")
# (the words between may hold an honorific's or an initial's full stop: "welcomed Mr. X’s
# first visit to Japan", "H.E. Dr. Y")
_NO_SENTENCE_END = r"(?:[^.]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.)"
# (how long since the last one, between "visit" and its place: "the first visit in six
# years to Japan", "visit in over a decade to X", "the first visit since 2015 to Y")
_VISIT_GAP = (r"(?:(?:in|for|since)\s+(?:(?:over|more\s+than|about|some|nearly|almost)\s+)?"
              r"(?:\w+\s+(?:years?|decades?)|a\s+decade|\d{4})\s+)?")
WELCOMED_VISIT = re.compile(
    rf"(?:\b(?:welcom\w*|pleased|glad|delighted|would like)\b{_NO_SENTENCE_END}{{0,80}}?"
    r"(?<!upcoming )"
    rf"(?<!planned )(?<!forthcoming )(?<!next )(?<!future )\bvisit\s+{_VISIT_GAP}to"
    # (the present visit named as such, by either side: "take this visit to Japan as an
    # opportunity")
    # (not a visit to come told later in the clause: "this visit to Japan by its Prime
    # Minister next month")
    r"|\b(?:this|the\s+present|the\s+current)\s+(?:(?:official|working|first)\s+)*visit\s+"
    rf"{_VISIT_GAP}to"
    r"(?![^.;]{0,80}?\b(?:next|later\s+this|planned|scheduled|coming)\b)"
    # (or "... was pleased to welcome Prime Minister X in Hiroshima": the host's city; not
    # a welcome to come: "looked forward to welcoming Prime Minister X in India")
    r"|(?<!forward to )(?<!hope to )(?<!hopes to )(?<!hoped to )(?<!like to )(?<!wish to )"
    r"(?<!wished to )\bwelcom\w*\s+(?:[A-Z][\w.’'\-]*\s+){1,5}(?:to|in)"
    # (thanks for the visit itself: "expressed his appreciation for the visit by Minister X
    # to Japan to attend ...")
    # (or a welcome to it: "welcomed the visit by H.E. Mr. X Y Z to Japan")
    r"|\b(?:(?:appreciation|gratitude|thanks)\s+for|welcom(?:ed|es|ing))\s+the\s+visit\s+"
    r"(?:by|of)\s+(?:(?:H\.E\.|[A-Z][\w.’'\-]*)\s+){1,6}to"
    # (the meeting is "the first to be held in Y since Minister X took office"; not a
    # meeting to come: "the first 2+2 to be held in Canberra would take place in autumn",
    # "plans for the first ...", "will be the first ...")
    r"|(?<!\bplans for )(?<!\bplan for )(?<!\bwould be )(?<!\bwill be )(?<!\bis to be )"
    r"\bthe\s+first\b(?![^.]{0,60}?\bto\s+be\s+held\s+in\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){1,4}"
    r"(?:would|will|shall|is\s+to|are\s+to|is\s+planned|is\s+scheduled)\b)"
    r"[^.]{0,60}?\bto\s+be\s+held\s+in)"
    r"\s+(?P<place>(?:the\s+)?[A-Z][\w.’']*"
    r"(?:\s+[A-Z][\w.’']*){0,3})(?!\s+(?:next|later|in the (?:near )?future|scheduled|planned"
    r"|at an early (?:date|opportunity)|soon|again))")
# thanks for the host's hospitality in the opening points ("Prime Minister X expressed his
# gratitude for Prime Minister Y's hospitality", "thanked Minister Y for the warm
# hospitality of Japan", "thanked Japan for its hospitality", "for the hospitality shown by
# the Government of Y"; any words praising it before it: "cordial", "gracious"): the meeting
# is in the host's country; the host is a country or an official named before "'s" (not a
# past event's hospitality: "for Japan's hospitality at the Summit last year", "three years
# ago"; nor one shown to others: "its hospitality toward our students", "to evacuees")
_PRAISE = r"(?:[a-z]+\s+){0,2}"
HOSPITALITY = re.compile(
    r"\b(?:gratitude|thanks|appreciation|thanked|grateful|appreciated)\b[^.;]{0,80}?\b(?:"
    rf"(?P<owner>(?:[A-Z][\w.\-]*\s+){{0,3}}[A-Z][\w\-]*)['’]s\s+{_PRAISE}hospitality"
    rf"|(?:the\s+)?{_PRAISE}hospitality\s+(?:(?:extended|shown|accorded|offered|provided|given)"
    r"\s+)?(?:of|by)"
    r"\s+(?P<of>(?:the\s+)?(?:[A-Z][\w.\-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w\-]*)"
    rf"|(?P<thanked>Japan|[A-Z][\w\-]*)\s+for\s+(?:its|their|the)\s+{_PRAISE}hospitality)"
    r"(?![^.;]{0,60}?\b(?:last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|in\s+(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)"
    r"|(?:\w+\s+)?(?:years?|months?|weeks?)\s+ago|previous)\b)"
    r"(?!\s+(?:toward|towards|to|for)\s+(?!(?:him|her|them|us|the\s+(?:Prime|President|Foreign|"
    r"Minister|delegation|Japanese\s+delegation)|his|their\s+delegation)\b))")
# a day's page that tells the arrival first and the meeting "On the next day, ..."
NEXT_DAY = re.compile(r"^(?:On\s+)?the\s+(?:next|following)\s+day\b", re.IGNORECASE)
# a page titled "Visit to India by ..., Prime Minister of Japan"
# (or "Prime Minister Visits Mongolia", the older pages' title of a visit's day)
TITLE_VISIT = re.compile(r"\bVisit to (?P<place>(?:the\s+)?[A-Z][\w.’' ]{1,40}?)\s+(?:by|of)\b"
                         r"|\bPrime Minister Visits\s+"
                         r"(?P<visits>(?:the\s+)?[A-Z][\w.’' ]{1,40}?)\s*$")
# a city named in an event the talks were about, not where they were held ("discussed
# security arrangements for the World Expo 2025 Osaka", "cooperation toward the Paris
# Olympic Games", "exchanged views on the Busan Expo bid"); not the gathering attended ("on
# the margins of the G20 Osaka Summit", "on the occasion of the Hiroshima Summit")
CITY_AS_SUBJECT = re.compile(
    r"\b(?:for|toward|towards|about|regarding|concerning|success\s+of|hosting(?:\s+of)?"
    r"|(?:views|talks|ideas|opinions)\s+on|discuss(?:ed|es|ing)?)\s+(?:the\s+)?"
    # (not a length or a time said with "for": "for 30 minutes in Tokyo", "for the first
    # time in Rome")
    r"(?:(?!(?:in|at|minutes?|hours?|time|days?|years?)\b)[\w\-]+\s+){0,3}(?:in\s+)?$")
CITY_AS_SUBJECT_REACH = 60  # characters before a city read for CITY_AS_SUBJECT
# a title naming the gathering the meeting was held at ("Japan-X Summit Meeting on the
# Margins of the G20 Summit in Hangzhou", "... at the APEC Leaders' Meeting (Lima)", "...
# during the G7 Hiroshima Summit"): the gathering's words, read for its place when the lead
# names none
TITLE_OCCASION = re.compile(r"\b(?:on\s+the\s+(?:margins?|sidelines?|occasion)\s+of|at|during"
                            r"|in\s+the\s+margins?\s+of)\s+(?P<event>the\s+[^;]{3,160})$",
                            re.IGNORECASE)
# the gathering's place in those words: "in <place>" or "(<city>)" after its name
# (a city's particles too: "Rio de Janeiro, Brazil")
_OCCASION_PLACE_WORD = r"[ ,]+(?:the\s+|of\s+|(?:de|da|do|del|la|el|es)\s+)?[A-Z][\w.’'\-]*"
OCCASION_IN = re.compile(rf"\s(?:in|at)\s+(?P<place>(?:the\s+)?[A-Z][\w.’'\-]*"
                         rf"(?:{_OCCASION_PLACE_WORD}){{0,4}})"
                         r"|\((?P<city>[A-Z][\w.’' \-]{1,30})\)")
# a visit's title naming the visitor ("Visit to Japan of His Excellency Dr. X, Prime Minister
# of Y (Summary)", "Official Visit to Japan by President X of Y")
TITLE_VISITOR = re.compile(r"\bVisit\s+to\s+Japan\s+(?:of|by)\s+(?P<who>[^()]{3,160})")
VISITING_JAPAN = re.compile(r"\b(?:visiting|visit to|in)\s+Japan\b")

# --- times ---------------------------------------------------------------------------
TIME = re.compile(
    # ("12 noon", "12:00 noon": noon, one time)
    r"(?<![\d:])12(?:\s*[:.]\s*00)?\s+(?P<noon12>noon)\b"
    r"|(?<![\d:])(?P<h>[012]?\d)(?:\s*[:.]\s*(?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\.?(?![a-z])|[AP]\.?\s?M\.?(?![a-z]))?"
    # (not a word that qualifies a noun: "over a midday working lunch", "the noon session")
    r"|\b(?P<noon>[Nn]oon|[Mm]idday|midnight)\b(?![\s\-]+(?!(?:for|on|to|until|till|local|and"
    r"|of|in|at|the|when|with|JST)\b)[a-z])",
)
TIME_MARK = re.compile(
    r"(?P<local>local\s+time|same day local time)"
    # (a bracket that gives the Japan-time equivalent after a colon follows a local time:
    # "around noon (Japan time: dawn of September 17)"; its own day is Japan's)
    r"|(?P<equivalent>\(\s*(?:Japan(?:ese)?\s+(?:Standard\s+)?time|JST|Tokyo\s+time)\s*:)"
    r"|(?P<japan>Japan(?:ese)?\s+(?:Standard\s+)?time|\bJST\b|Tokyo\s+time)",
    re.IGNORECASE,
)
# time words that introduce the meeting's own start ("commencing at", "from") ...
TIME_LEAD_IN = re.compile(
    r"(?:commencing|starting|beginning|began|begin|from|at|after|around|approximately|"
    r"about|shortly|since|\(|;|,)\s*$", re.IGNORECASE)
# ... and events whose times are not the meeting's
OTHER_EVENT = re.compile(r"\b(?:reception|banquet|ceremony|dinner hosted|arrival|departure)\b"
                         r"[^.]{0,40}$", re.IGNORECASE)
# ... also when the event's place comes between it and its time ("at the Washoku Reception
# held in the official residence of the Ambassador ... from 7:00 p.m."): the reception's
OTHER_EVENT_HELD = re.compile(r"\b(?:reception|banquet|ceremony)\b\W{0,3}\s+held\s+(?:in|at)\b"
                              r"[^.]{0,100}$", re.IGNORECASE)
OTHER_EVENT_REACH = 140  # characters before a time read for OTHER_EVENT_HELD
# (a range may follow the lead's own start word: "commencing at 10:25 a.m. until 10:45 a.m.")
TIME_RANGE = re.compile(r"\b(?:from|between|(?:commencing|starting|beginning)\s+at)\s+"
                        r"(?:approximately\s+|about\s+|around\s+)?"
                        r"(?P<a>[^,;()]{1,14}?)\s+(?:to|until|till|and|-|–)\s+(?:approximately\s+|"
                        # (an end said loosely: "until shortly after 7:00 p.m.", "to just
                        # before 3 p.m."): the clock given
                        r"about\s+|around\s+|(?:shortly|just|a\s+little)\s+(?:after|before|past)\s+)?"
                        r"(?P<b>[^,;()]{1,14}?)(?=[\s,;.()]|$)", re.IGNORECASE)

# a meeting in two parts: their durations add up
# (also a small-group meeting followed by a plenary or expanded one: "held a small group
# meeting ... for approximately 15 minutes, and a plenary meeting ... for approximately 90")
# (a plenary meeting alone is no part: "on the margins of the UN General Assembly plenary
# meeting"; the pair of a small one and a full one in the same passage is)
# (the small one also without its noun: "in a small group for 30 minutes", "a tete-a-tete")
_SMALL_PART = (r"\b(?:(?:small[- ]group|tete-a-tete|tête-à-tête|one-on-one|restricted)\s+"
               r"(?:meeting|format|session)|in\s+a\s+small[- ]group\b|tete-a-tete\b|tête-à-tête)")
_FULL_PART = r"\b(?:plenary|expanded|enlarged)\s+(?:meeting|format|session)\b"
# (the halves of a meeting, not of anything else: "in the first half of the year", "of
# FY2024", "of March", "of the 2010s", "of his term")
_HALF = (r"\b(?:first|second)\s+half\b(?!\s+of\s+(?!(?:the|this|that|their)\s+"
         r"(?:meeting|talks|session|summit|dialogue|consultations?)\b))")
IN_PARTS = re.compile(r"\bin two parts\b|\btwo sessions\b|\bresumed\b"
                      rf"|{_HALF}|\bin total\b|{_SMALL_PART}[\s\S]{{0,400}}?{_FULL_PART}"
                      rf"|{_FULL_PART}[\s\S]{{0,400}}?{_SMALL_PART}")
# a length said to be the whole ("for approximately 90 minutes in total (a small group
# meeting for 30 minutes and ...)", "for a total of two hours"): the parts told beside it are
# in it, not added to it
# ("for a combined 80 minutes", "for 80 minutes combined")
TOTAL_AFTER = re.compile(r"\s*(?:in\s+total|in\s+all|altogether|overall|combined)\b",
                         re.IGNORECASE)
TOTAL_BEFORE = re.compile(r"\b(?:(?:a\s+)?(?:combined\s+)?total\s+of|totall?ing|in\s+total"
                          r"|combined)\s+(?:(?:approximately|about|around|some|roughly|"
                          r"just\s+(?:under|over))\s+)?$", re.IGNORECASE)

# --- durations ---------------------------------------------------------------------------
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# "a", "one" ... "ninety-nine" ("approximately seventy minutes", "sixty-five minutes")
NUMBER_WORDS = {
    "a": 1, "an": 1, **{w: k for k, w in enumerate(_UNITS, 1)},
    **{w: k for k, w in enumerate(("ten", "eleven", "twelve", "thirteen", "fourteen",
                                   "fifteen", "sixteen", "seventeen", "eighteen",
                                   "nineteen"), 10)},
    **{t: 10 * k for k, t in enumerate(_TENS, 2)},
    **{f"{t}-{u}": 10 * k + j for k, t in enumerate(_TENS, 2) for j, u in enumerate(_UNITS, 1)},
}
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# a meal named between two time ranges of a lead ("held a summit meeting (from 10:30 to
# 11:15) and a working lunch (from 11:40 to 12:25)"): the second range is the meal's, a
# separate event, not a part of the meeting
# ... unless a part of the meeting is named beside it: the meal is that part's form ("and
# then in an expanded format over lunch for 50 minutes", "an expanded meeting including a
# working lunch")
MEAL_AS_PART = re.compile(_FULL_PART, re.IGNORECASE)
MEAL_NAMED = re.compile(r"\b(?:lunch|luncheon|dinner|breakfast|banquet|reception)\b",
                        re.IGNORECASE)
# a multilateral meeting "held ... with the participation of leaders and representatives
# from N countries and regions, including Japan, X, Y and Z, and the Secretary General of
# the W Forum": that many sides, and one more for each organisation the list names; the
# countries and organisations it names are sides met
PARTICIPATION = re.compile(
    rf"\bwith\s+the\s+participation\s+of\s+[^.;]{{0,80}}?\bfrom\s+(?P<n>{_NUM})\s+"
    rf"(?:countries|nations)(?:\s+and\s+(?:regions|territories))?"
    rf"(?:,?\s+including\s+(?P<list>[^.;]+))?"
    # (or told with its own verb: "The leaders and representatives of N countries and regions
    # (the X Leaders) participated, including Japan, ...")
    # (not in a clause about another gathering: "on the margins of the Summit, in which the
    # heads of 30 countries participated")
    rf"|(?<!\bwhich\s)(?<!\bwhich\sthe\s)(?<!\bwhere\s)(?<!\bwhere\sthe\s)"
    rf"\b(?:leaders|representatives|heads)\b[^.;]{{0,60}}?\bof\s+(?P<n2>{_NUM})\s+"
    rf"(?:countries|nations)(?:\s+and\s+(?:regions|territories))?(?:\s+\([^()]{{0,60}}\))?"
    rf"\s+(?:participated|took\s+part)(?:,?\s+including\s+(?P<list2>[^.;]+))?",
    re.IGNORECASE)
# ... and a country's word that is part of a longer name ("French Polynesia") names none
NAME_GOES_ON = re.compile(r"\s+[A-Z]")
# (a number glued to its unit is a slip some pages make: "for approximately 45minutes")
# (a unit misspelled is a slip some pages make too: "for approximately 75miniutes")
_MINUTES = r"(?:minutes?|miniutes?|minuites?|mintues?)"
DURATION = re.compile(
    # ("two and a half hours", and as some pages put it, "two hours and a half")
    rf"(?:(?P<h>{_NUM})(?P<half>\s+and\s+(?:a\s+)?half)?\s*hours?(?P<half_after>\s+and\s+a\s+half\b)?"
    rf"|(?P<halfhour>half\s+an?\s+hour))"
    rf"(?:\s*(?:and|,)?\s*(?P<hm>{_NUM})\s*{_MINUTES})?"
    # ("for approximately 1.5 hours")
    r"|(?P<hdec>\d{1,2}\.\d{1,2})\s*hours?"
    rf"|(?P<m>{_NUM})\s*{_MINUTES}"
    r"|(?P<hour>an\s+hour)",
    re.IGNORECASE,
)
# the words a duration has one of, lowered (a cheap test before the scan)
DURATION_UNITS = ("hour", "minute", "miniute", "minuite", "mintue")
# the most non-space characters a duration has before its first "hour" or "minute"
# ("twenty-five and a half hours": a number, "and a half"); spaces may be any number
DURATION_HEAD = max(map(len, NUMBER_WORDS)) + len("and" "a" "half")
# a length written as an adjective of the meeting ("hosted a one-hour working dinner",
# "held a 30-minute telephone talk"), read when no length is stated otherwise
ADJECTIVAL_DURATION = re.compile(
    # ("an approximately 45-minute long Foreign Ministers' Meeting")
    # ("a two-and-a-half hour meeting and working dinner": a half after the number)
    rf"\ban?\s+(?:(?:approximately|about|around|some)\s+)?(?P<n>{_NUM})"
    rf"(?:(?P<half>[\s\-]and[\s\-]a[\s\-]half)[\s\-]|-)(?P<unit>hour|minute)"
    rf"(?:[\s\-]long)?\s+(?:[\w\-’']+\s+){{0,3}}?(?:meeting|talks?"
    r"|dinner|lunch|luncheon|breakfast|conversation|call|discussion|session|conference)\b",
    re.IGNORECASE)
# ... or as the adjective in the overview sentence after the lead ("The following is an
# overview of the 20-minute meeting (...)"), read when the lead gives no length
OVERVIEW_OF_LENGTH = re.compile(
    rf"\b(?:overview|outline|summary)\s+of\s+the\s+(?P<n>{_NUM})-(?P<unit>hour|minute)"
    r"(?:[\s\-]long)?\s+(?:[\w\-’']+\s+){0,2}?(?:meeting|talks?|call|conversation|discussion)\b",
    re.IGNORECASE)
# the duration phrase must be introduced by one of these words (not "within 10 minutes of")
DURATION_LEAD_IN = re.compile(
    r"(?:for|lasted|lasting|of|some|approximately|about|around|roughly|nearly|almost|just|"
    r"under|over|a little|little|more than|less than|totaling|totalling|total of|in total|combined|"
    r"approx\.)\s*$", re.IGNORECASE)

# --- people ---------------------------------------------------------------------------
# words of a title (see TITLE_WORD)
_TITLE_WORDS = (
    r"Minister|President|Secretary|Chancellor|King|Queen|Prince|Princess|Premier|"
    r"Vice|Chairman|Chairperson|Chair|Director|Ambassador|Governor|Councilor|Councillor|"
    r"Commissioner|Representative|Adviser|Advisor|General|Chief|Senator|Speaker|Leader|"
    r"Mayor|Deputy|High|Emir|Amir|Sultan|Emperor|Head|Coordinator|Envoy|Administrator|"
    r"Under|Assistant|Officer|Member|Chairwoman|Spokesperson|Taoiseach|Crown|State|"
    r"Foreign|Defense|Defence|Counsellor|Counselor|Justice|Attorney|Commander|Undersecretary|"
    r"Chargé|Charge")
_NOT_IN_NAME = rf"(?:{_TITLE_WORDS}|CEO|Executive)\b"  # a name after a bare rank
# the words of Khmer honorific titles after "Samdech" (spellings vary: Bovor, Borvor)
_KHMER_STYLES = "|".join(rf"{w}\b" for w in """
Akka Moha Sena Padei Techo Bovor Borvor Thipadei Pichey Vibol Pheakdey Pheakdei Krala Hom
Kralahom Chakrei Thomma Pothisal Rattanak""".split())
# offices "Chief" heads that the title words above do not hold ("Chief Negotiator X,"): no
# chieftaincy title before them
_CHIEF_OFFICES = (r"(?:Negotiator|Scientist|Economist|Inspector|Prosecutor|Strategist|Engineer"
                  r"|Whip|Rabbi|Mufti|Imam|Priest|Editor|Correspondent|Auditor|Architect"
                  r"|Superintendent|Constable|Marshal|Clerk|Steward|Medical|Technology"
                  r"|Information|Operating|Financial|Investment|Digital|Security|Military"
                  r"|Judge|Rapporteur|Commander|Controller|Statistician|Coordinator)\b")
HONORIFIC = (
    r"(?:(?:Senator|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?(?:the\s+)?(?:Rt\.?\s*Hon(?:ou?rable|\.)?|"
    r"Right\s+Honou?rable|Hon(?:ou?rable|\.)?(?=\s)|His\s+Excellency|Her\s+Excellency|"
    r"H\.\s?E\.|H\.\s?H\.|H\.\s?R\.\s?H\.|His\s+(?:Royal\s+)?Highness|Her\s+(?:Royal\s+)?Highness|"
    # (royal styles written without full stops, before a royal title: "HRH Prince X", "HIH",
    # "HSH"; not letters that begin a place's name, "the HRH Centre")
    r"(?:HRH|HIH|HSH)(?=\s+(?:Crown\s+)?(?:Prince|Princess|Sultan|King|Queen|Sheikh|Sheikha"
    r"|Duke|Duchess|Grand|Sayyid|Tunku|Tengku|Pengiran)\b)|"
    r"His\s+Majesty|Her\s+Majesty)"
    r"|\b(?:Mr|Ms|Mrs|Dr|Prof(?:essor)?|Amb|Madam|Madame|Mme|Sheikh|Shaikh|Daw|U(?=\s+[A-Z][a-z])"
    # a clergyman's, an engineer's, an Indian lady's style; a pilgrim's (Haji) and a
    # Bruneian noble's (Pehin) before a Malay name: none is part of the name
    r"|Rev(?:erend)?|Engr|Smt|Shrimati|Haji|Hajjah|Pehin"
    # a noble's style ("Lord Tu'ivakano, Prime Minister of the Kingdom of Tonga"), not an
    # office's first word ("the Lord Mayor", "Lord Chancellor")
    r"|Lord(?=\s+(?!Mayor|Chancellor|Chief|President|Speaker|Justice|Advocate|Privy"
    r"|Chamberlain|Lieutenant|High)[A-Z])"
    # Malaysian styles and titles of honour, one or several before the name ("Y.A.B. Dato'
    # Seri Anwar", "Dato’Seri Diraja Dr. Zambry", "Tengku Datuk Seri Utama Zafrul", "Tuan
    # Mohd Rafizi"): none is part of the name
    # (after "Mr." or another name word Tuan is a given name: "Mr. Tuan Pham", "Pham Tuan
    # Minh", "NGUYEN Tuan Anh")
    r"|Y\.\s?A\.\s?B|Y\.\s?B|Y\.\s?Bhg|Tengku|Tunku"
    r"|(?=[TP]uan\s)(?<!Mr\.\s)(?<!Ms\.\s)(?<!Mrs\.\s)(?<!Dr\.\s)"
    + "".join(rf"(?<![A-Z][A-Za-z]{{{k}}}\s)" for k in range(1, 13))
    + r"(?:Tuan|Puan)|Datin(?:\s+Paduka)?"
    r"|(?:Dato['’]?|Datuk)(?:\s*Seri|\s*Sri)?(?:\s+(?:Diraja|Utama|Panglima|Paduka))*"
    r"|Tan\s+Sri|Tun|Toh\s+Puan"
    # a Nigerian chieftaincy title before a full name ("Chief Olusegun Obasanjo, the
    # President"), not an office ("Chief Justice Ann Roe,", "Chief Secretary Lee,", "Deputy
    # Chief Cabinet Secretary,")
    rf"|Chief(?=\s+(?!{_NOT_IN_NAME}|{_CHIEF_OFFICES}|Justice|Executive|Cabinet)[A-Z][a-z]+"
    rf"\s+(?!{_NOT_IN_NAME})[A-Z][a-z]+,)"
    # Khmer honorific titles, their words in any of the spellings the pages use ("Samdech
    # Akka Moha Sena Padei Techo Hun Sen", "Samdech Moha Borvor Thipadei Hun Manet", "Samdech
    # Vibol Sena Pheakdey")
    rf"|Samdech(?:\s+(?:{_KHMER_STYLES}))*)"
    r"(?:\.?(?=\s)|\.(?=[A-Z][a-z]))"  # (or its full stop touching the name: "Mr.Jan Roe")
    # (Myanmar's highest ranks: "Senior General Min Aung Hlaing", "Vice-Senior General X")
    r"|\b(?:(?:Lt\.|Lieutenant|Maj\.|Major|Brig\.|Brigadier|(?:Vice[- ])?Senior)\s+"
    r"(?:Gen\.|General)|Gen\.|"
    r"(?:Rear|Vice)\s+(?:Adm\.|Admiral)|Admiral|Adm\.|Col\.|Colonel)"
    r"(?:\s*\((?:res\.|ret\.|Retired|retired)\))?(?=\s+[A-Z])"
    # a bare military rank before a full name ("from General Anna B. Moretti, Commander of
    # ..."): not the end of a title ("Secretary General", "Director-General": no capitalised
    # word or hyphen just before) nor of a body's name ("the General Assembly": the name is
    # capitalised words, initials among them, closed by a comma or a bracket); the rank
    # is looked for first, so that the look back runs only before one
    + r"|(?=General\b|Air\s|Marshal\b)"
    + "".join(rf"(?<![A-Z][a-z]{{{k}}}\s)" for k in range(1, 16))
    + r"(?<!-)\b(?:General|Air\s+Chief\s+Marshal|Marshal)"
    # (nor a title that begins with it: "General Secretary Nguyen Phu Trong"; nor a firm's
    # name before its officer's title: "General Motors Chairman Ann Roe,")
    r"(?=\s+(?!(?:Assembly|Secretariat|Staff|Headquarters|Affairs|Council|Conference"
    r"|Manager|Counsel|Consul|Command|Office|Administration|Election|Agreement|Debate)\b)"
    rf"(?:(?!{_NOT_IN_NAME})[A-Z][\w’'\-]*\.?\s+){{1,3}}(?!{_NOT_IN_NAME})[A-Z][\w’'\-]+"
    r"(?:,|\s+\())"
)
# (an abbreviated honorific may touch the name, its space left out: "Mr.Jan Roe", "H.E.Mr.")
_TOUCHING = r"(?<=\.)(?=[A-Z][a-z])"
HONORIFIC_RX = re.compile(rf"(?:{HONORIFIC})(?:(?:\s+|{_TOUCHING})(?:{HONORIFIC}))*"
                          rf"(?:\s+|{_TOUCHING})")
# an honorific right before a name, read in the few characters before it
# (or an abbreviated one touching it: "Mr.Jan Roe")
HONORIFIC_BEFORE = re.compile(rf"(?:(?:{HONORIFIC})\.?\s+"
                              r"|\b(?:Mr|Ms|Mrs|Mme|Dr|Prof|Amb|Hon|H\.\s?E)\.)$")
HONORIFIC_BEFORE_REACH = 24  # characters before a name where its honorific ends
# the styles the pages give only to other countries' officials, right before a name
# ("H.E. Ms. X", "His Excellency Mr. Y", "the Hon. Z")
FOREIGN_STYLE_BEFORE = re.compile(r"(?:H\.\s?E\.|(?:His|Her)\s+Excellency|Hon\.|Honou?rable)"
                                  r"(?:\s+(?:Mr|Ms|Mrs|Dr|Prof)\.?)?\s+$")
NAME_SUFFIXES = ("Jr.", "Jr", "Sr.", "MP", "M.P.", "P.C.", "AC", "QC", "KC", "AO", "CBE",
                 "OBE", "KBE", "MBE", "PC", "GCMG",
                 # honours after a Commonwealth Caribbean or Pacific leader's name ("the Most
                 # Hon. A, ON, PC, MP"; "Rt. Hon. B, ONZ, GNZM")
                 "ON", "OJ", "CD", "ONZ", "GNZM", "KCMG", "CMG", "GCB", "CH", "OM", "DBE",
                 "GCVO", "KStJ", "SC", "CF", "GCL",
                 # a member of Ireland's parliament ("Mr. Enda Kenny, T.D., Taoiseach")
                 "T.D.", "TD")
NAME_PARTICLES = ("de", "del", "della", "da", "das", "dos", "do", "van", "von", "der", "den",
                  "ter", "la", "le", "di", "bin", "binti", "bint", "al", "el", "Al", "El", "ibn",
                  "y")
# ... and the Arabic article written joined to the name by a hyphen, in small letters
# ("Ibrahim al-Jaafari", "Abdel Fattah el-Sisi", "Mohammed Shia as-Sudani"): a name word
ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z]")
# words that make a comma clause a title rather than more of the name
TITLE_WORD = re.compile(rf"\b(?:{_TITLE_WORDS})\b")
# MOFA writes Japanese names family name first from this year on ("Mr. Iwaya Takeshi"),
# usually with the family name in capitals
JAPANESE_FAMILY_FIRST_FROM = 2020
# "Minister Tanabe", "Prime Minister Sawada": a family name used alone after a title
TITLE_BEFORE_FAMILY = (r"\b(?:Minister|Prime Minister|Foreign Minister|Secretary|President"
                       r"|Mr\.|Ms\.)")
# titles written before a name with no honorific: "Minister for Foreign Affairs Kenji Tanabe"
# (also "Secretary Clinton", "Secretary-General Guterres", and "Minister for Foreign
# Affairs, Koichiro Gemba," with a comma between the title and the name)
# the words of a ministry's portfolio, which older pages write between "Minister of" and the
# name ("Minister of Finance, Planning and Economic Development Gerald Roe", "Minister of
# Agriculture, Irrigation and Food Security Anna Doe"): the name is what follows them
PORTFOLIO_WORDS = (
    "Finance", "Planning", "Economic", "Economy", "Development", "Agriculture", "Irrigation",
    "Food", "Security", "Trade", "Industry", "Commerce", "Health", "Education", "Defence",
    "Defense", "Justice", "Interior", "Home", "Energy", "Tourism", "Environment", "Transport",
    "Labour", "Labor", "Culture", "Information", "Communications", "Science", "Technology",
    "Natural", "Resources", "Fisheries", "Forestry", "Water", "Land", "Infrastructure",
    "Public", "Works", "Social", "Welfare", "Investment", "Cooperation", "Youth", "Sports",
    "Mines", "Mining", "Petroleum", "Power", "Housing", "Urban", "Rural", "Budget",
    "Employment", "Enterprise", "Integration", "Livestock", "Research", "Foreign", "Affairs",
    "External", "Relations", "International", "National",
    # (Korea's "Minister of Oceans and Fisheries", "of Gender Equality and Family", "of
    # Unification"; Viet Nam's "Minister of Labour, Invalids and Social Affairs")
    "Unification", "Oceans", "Maritime", "Gender", "Equality", "Family", "Invalids",
    "Veterans", "Telecommunications",
    # (Cambodia's "Minister of Foreign Affairs and International Cooperation", Viet Nam's and
    # others' "... and Trade Promotion", France's "Minister of Ecology and Territorial
    # Cohesion", "... for Ecological Transition")
    "Promotion", "Export", "Exports", "Ecology", "Ecological", "Transition", "Territorial",
    "Cohesion", "Solidarity", "Sustainable", "Digital", "Climate",
    # ("Minister of Climate Change and Environment", "for Digital Transformation", Spain's
    # "for Ecological Transition and Demographic Challenge")
    "Change", "Transformation", "Demographic", "Challenge")
_PORTFOLIO = "|".join(sorted(set(PORTFOLIO_WORDS), key=len, reverse=True))
TITLE_FIRST = re.compile(
    r"(?P<title>(?:Former\s+)?(?P<adj>(?:Japanese|Japan(?:’s|'s)?|U\.\s?S\.|[A-Z][a-z]+(?:an|ese|ish|i))\s+)?"
    r"(?:Prime Minister|Minister for Foreign Affairs|Foreign Minister|President|Vice President|"
    # ("Secretary of State for Foreign and Commonwealth Affairs Jack Straw")
    r"(?:Secretary of State|Minister|Secretary) for (?:[A-Z][a-z]+\s+(?:and\s+)?){1,4}?Affairs|"
    r"Secretary of (?:State|Defen[cs]e|the Treasury|Commerce)|Chancellor|"
    r"State Councilor(?: and Foreign Minister)?|Premier|"
    r"Minister of Foreign Affairs|Defense Minister|Minister of Defense|"
    # (a secretary's portfolio as a minister's: the Philippines' "Secretary of Foreign Affairs
    # X", "Secretary of National Defense Y")
    rf"(?:Minister|Secretary) (?:of|for) (?:{_PORTFOLIO})"
    rf"(?:(?:,\s+|\s+and\s+|\s+)(?:{_PORTFOLIO}))*(?=\s+(?!(?:{_PORTFOLIO})\b)[A-Z])|Minister|"
    r"Secretary[- ]General|Director[- ]General|High Representative|Vice Premier|Secretary|"
    # (Bangladesh's head of an interim government: "Chief Adviser Yunus")
    r"Chief Advis[eo]r|"
    # (Myanmar's "State Counsellor X", Ireland's "Taoiseach Y", a realm's "Governor-General Z")
    r"State Counsell?or|Taoiseach|Governor[- ]General|"
    r"King|Queen|Crown Prince|Prince|Emir|Amir|Sultan|Ambassador|Senator|Representative|Congressman"
    r"|Congresswoman))"
    r"(?:,\s*|\s+)"
    # (a royal style between the office and the name is neither: "Energy Minister Prince
    # Khalid", "Foreign Minister Sheikh Ahmed")
    r"(?:(?:Prince|Princess|Sheikh|Sheikha)\s+(?=[A-Z][a-z]))?"
    # (a word that ends in a full stop is an initial or the sentence's end: "President
    # Whitfield. In addition, ...")
    r"(?P<name>(?:[A-Z]\.\s+|[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]+)"
)
# the title and its country, then the name: "the President of the Republic of X, Anna
# Roe, at the Presidential Palace"
# (older pages leave out "the" after "with": "held a meeting with Secretary of State for
# Foreign and Commonwealth Affairs of the U.K., Jack Roe for about 40 minutes")
TITLE_OF_COUNTRY_NAME = re.compile(
    r"(?:\bthe\s+|(?<=\bwith\s))(?P<title>(?:Prime Minister|President|Chancellor|Premier"
    r"|Vice President|(?:Foreign\s+)?Minister(?:\s+(?:for|of)\s+Foreign\s+Affairs)?"
    r"|(?:Secretary of State|Minister|Secretary) for (?:[A-Z][a-z]+\s+(?:and\s+)?){1,4}?Affairs"
    r"|Secretary of State)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w.’' ]{1,60}?),\s+"
    r"(?P<name>(?:(?:[A-Z][\w’'\-]*|da|de|del|dos|van|von|bin)\s+){0,4}[A-Z][\w’'\-]+)"
    r"(?=,|\.|;|\s+(?:at|in|on|who|and|for|from)\b|$)")
# older pages (2002-2012) put the title with its country right before the full name, with
# no comma and no honorific: "held a meeting with President of Russia Dmitry Medvedev,",
# "Prime Minister of Japan Naoto Kan held ..."; where the country ends and the name begins
# is told by the country names (mofa_people._country_then_name); the tail stops before the
# next such title, as two officials may be joined ("Prime Minister of Japan X and President
# of the Republic of Korea Y held ...": each keeps his own title)
TITLE_OF_COUNTRY_FULL_NAME = re.compile(
    r"(?<![\w’'])(?P<title>(?:Prime Minister|President|Chancellor|Premier|Vice President"
    r"|(?:Foreign\s+)?Minister(?:\s+(?:for|of)\s+Foreign\s+Affairs)?|Secretary of State))\s+of\s+"
    r"(?P<tail>(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:of|the|and|da|de|del|dos|van|von|bin"
    r"|(?!(?:Prime|President|Chancellor|Premier|Vice|Foreign|Minister|Secretary)\b)"
    r"[A-Z][\w’'\-]*)){2,14})"
    r"(?=\s*[,.;(]|\s+(?:who|held|had|met|at|on|in|from|for|and|during|to|was|is)\b|\s*$)")
# a person named as the dead ("visiting Japan for the funeral of former Prime Minister X",
# "condolences on the passing of Mr. Y", "the late Z"): mentioned, not at the table
DECEASED_BEFORE = re.compile(r"(?:\b(?:funeral|passing|death|memorial(?:\s+service)?)\s+"
                             r"(?:of|for)\s+(?:the\s+)?(?:late\s+)?|\b[Tt]he\s+late\s+)(?:former\s+)?"
                             r"(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*$")
# (the characters before a mention read for DECEASED_BEFORE)
DECEASED_REACH = 40
# an attendee list's item written title, family name, then the office ("Director Ueda of
# the Cabinet Counsellors' Office on External Affairs", "Director General Sato of the Asian
# Affairs Bureau"; older pages)
TITLE_NAME_OF_OFFICE = re.compile(
    r"^(?P<title>(?:[A-Z][\w\-’']*\s+){1,4})(?P<name>[A-Z][a-z’'\-]+)"
    r"\s+of\s+the\s+(?P<office>[A-Z][^,;]{2,80}?\b(?:Office|Bureau|Department|Division|Agency"
    r"|Secretariat|Council|Headquarters|Ministry)\b[^,;]{0,60})$")
# the one a visitor came with, named in the visitor's own clause ("..., who is visiting Japan
# along with H.E. Dr. X, President of Y, as part of ..."): the visit's company, not the
# meeting's (a person met is named after the verb, not inside that clause)
# (or "visiting Japan with President X", "visiting Japan accompanying President X" right
# after the place, not "visiting India to hold a meeting with X"; a title may come before
# the name)
# the host whose invitation brought a visitor ("who is visiting Japan upon the invitation of
# Mr. X, Speaker of the House of Representatives", "at the invitation of H.E. Dr. Y",
# "invited by Mr. Z"): named, not met in the meeting told
INVITER_BEFORE = re.compile(r"\b(?:(?:at|upon|on|by)\s+(?:the\s+)?(?:kind\s+)?invitations?\s+"
                            r"(?:extended\s+)?(?:of|from|by)|invited\s+by|as\s+(?:a|the)\s+"
                            r"guests?\s+of)\s+(?:the\s+)?(?:[A-Z][\w.\-’']*\s+){0,4}$")
# ... unless the two then meet: "The two Foreign Ministers met", "the two leaders held talks"
INVITER_MET_AFTER = re.compile(r"\b[Tt]he\s+two\s+(?:[A-Z][\w\-]*\s+){0,2}"
                               r"(?:[Mm]inisters|[Ll]eaders|[Ss]ides|[Ss]peakers|[Pp]residents|[Pp]rime\s+[Mm]inisters)"
                               r"(?:\s+(?:then|also))?(?:\s*$|\s+(?:met|held|had|exchanged|discussed)\b)")
# (a stretch may end right before the verb: "... The two Foreign Ministers")
VISIT_COMPANION_BEFORE = re.compile(r"\bwho\s+(?:is|was|are|were)\s+(?:visiting|in)\s+"
                                    r"(?:[^,.;()]{1,40}?\s+(?:along|together)\s+with"
                                    r"|(?:the\s+)?(?:[A-Z][\w.\-’']*\s+){1,4}(?:with|accompanying))"
                                    r"\s+(?:[A-Z][\w.\-’']*\s+){0,4}$"
                                    # (the one a visitor accompanies: "(who was accompanying
                                    # H.E. Mr. X, President of Y, on a working visit to Japan)",
                                    # "(Minister Z is accompanying H.E. Mr. X, ...)")
                                    r"|\b(?:is|was|are|were)\s+accompanying\s+"
                                    r"(?:[A-Z][\w.\-’']*\s+){0,4}$")
# an honorific ending the words before a name ("... along with H.E. Dr. ")
HONORIFIC_TAIL = re.compile(r"(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|the\s+Hon\.?|Hon\.?)\s+)+$")
# a person named as an official's spouse ("Mrs. X, the spouse of Prime Minister Y") is a
# guest, not an official at the table
SPOUSE_TITLE = re.compile(r"\b(?:spouse|wife|husband)\b", re.IGNORECASE)
# the style of an official's spouse named beside the official with no title of her own
# ("H.E. Mr. X, President of Y, and Mrs. Z X")
SPOUSE_HONORIFIC = re.compile(r"(?:Mrs|Madame?)\.?\s")
# the least and most words such a full name has ("Naoto Kan" ... "José Luis Rodríguez Zapatero")
FULL_NAME_WORDS = (2, 5)
# the other side named after "with", then its title, no honorific: "met with Jan Roe,
# President of an international body, at ..."
WITH_NAME_TITLE = re.compile(
    r"\bwith\s+(?P<name>(?:[A-Z][\w’'\-]*\s+){1,3}[A-Z][\w’'\-]+),\s+"
    r"(?P<title>(?:President|Prime Minister|Chancellor|Premier|Vice President|King|Queen"
    r"|Secretary[- ]General|(?:Foreign\s+)?Minister)\b[^,;()]{0,80}?\bof\s+(?:the\s+)?"
    r"[A-Z][^,;()]{1,60}?)(?=,|;|\.|\s+(?:at|in|on|who)\b|$)")
# a name without honorific, then its title: "IWAYA Takeshi, Minister for Foreign Affairs of Japan"
# (also after "with"/"on"/"from": "held a meeting with Mélanie Joly, Minister of ...")
NAME_COMMA_TITLE = re.compile(
    r"(?:^|,\s*|\b(?:with|on|from)\s+)(?P<name>(?:[A-Z][\w’'\-]*\s+){1,3}[A-Z][\w’'\-]+),\s+"
    r"(?P<title>[A-Z][^,;()]{3,120}?)(?=,|;|\(|\s+who\s|\s+held\s|$)")
# words of a state's formal name before the country ("the Federative Republic of Brazil")
STATE_FORM_WORDS = frozenset({
    "the", "of", "and", "socialist", "federal", "federative", "democratic", "islamic",
    "people's", "people’s", "united", "hashemite", "independent", "state", "republic",
    "kingdom", "commonwealth", "sultanate", "principality", "federation", "grand", "duchy",
    "plurinational", "bolivarian", "oriental", "arab", "co-operative", "cooperative", "union",
    "lao", "popular", "constitutional", "emirates", "sovereign",
})
# Japanese side titles that carry no country ("Minister for Foreign Affairs", ...)
JAPAN_ONLY_TITLES = re.compile(r"^(?:Minister for Foreign Affairs|Prime Minister|"
                               r"Parliamentary (?:Senior )?Vice-Minister|State Minister)\b")
# "Secretary of State of the United States": "of State" belongs to the title
# the meeting's day or the official's role in it told right after a title ("H.E. Mr. X,
# Minister for Foreign Affairs of Japan on June 17", "..., Prime Minister of Y as the
# co-chairs"): no part of the title
TITLE_THEN_DAY = re.compile(rf"\s+on\s+(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:(?:{MONTH_RX})\s+"
                            rf"\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RX}))"
                            rf"(?:,?\s+\d{{4}})?$"
                            r"|\s+as\s+(?:the\s+)?(?:co-?)?chair(?:s|man|woman|person)?\b.*$")
OF_STATE = re.compile(r"^State\b(?!\s+of\s+(?:Israel|Qatar|Kuwait|Eritrea|Palestine|Libya)\b)")
# the President of the UN General Assembly, often his country's sitting foreign minister,
# meets Japan's ministers as the President: the UN is the side met, whichever office at home
# is named besides ("President of the 76th Session of the United Nations General Assembly and
# Minister of Foreign Affairs of X", "..., who is also Minister of Foreign Affairs of X"); the
# other office is kept in the title for its rank (in brackets: SECOND_OFFICE)
PGA_AND_OFFICE = re.compile(r"^(?P<pga>President\s+of\s+the\s+(?:[\w-]+\s+){0,6}?General\s+Assembly"
                            r"(?:\s*\([A-Z]{2,6}\))?)\s+and\s+(?=[A-Z])")
# (not an office held "until" a time: "who was also Minister of Foreign Affairs of X until
# 2020" is a former one)
PGA_ALSO_OFFICE = re.compile(r",\s+who\s+(?:is|was)\s+also\s+(?:the\s+)?"
                             r"(?![^,.;()]*\buntil\b)"
                             r"(?P<office>[^,.;()]*\bMinister\b[^,.;()]*)")
# officials of organisations: their code is the organisation's
# (and titles that belong to one state's head: "Custodian of the Two Holy Mosques" is the
# King of Saudi Arabia's)
ORGANISATION_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("SAU", re.compile(r"\bCustodian of the Two Holy Mosques\b")),
    ("EU", re.compile(r"\bEuropean (?:Commission|Council|Union)\b"
                      r"|\bHigh Representative of the Union\b")),
    ("UN", re.compile(r"\bUnited Nations\b|\bUN\b")),
    ("NATO", re.compile(r"\bNATO\b|North Atlantic Treaty Organization")),
    ("ASEAN", re.compile(r"\bASEAN\b")),
    # other organisations whose heads call on Japan's ministers: their own codes, as the
    # groupings above (not groupings counted in countries_mentioned)
    ("OSCE", re.compile(r"\bOSCE\b|Organi[sz]ation for Security and Co-operation in Europe")),
    ("OECD", re.compile(r"\bOECD\b|Organi[sz]ation for Economic Co-operation and Development")),
    ("IAEA", re.compile(r"\bIAEA\b|International Atomic Energy Agency")),
    ("TCS", re.compile(r"\bTrilateral Cooperation Secretariat\b")),
    ("PIF", re.compile(r"\bPIF\b|\bPacific Islands Forum\b")),
    ("WHO", re.compile(r"\bWorld Health Organi[sz]ation\b|\bWHO\b")),
)
# a lead's subject that is the Prime Minister with no name ("Afterwards, the Prime Minister
# held talks with ..."; not another country's: "the Prime Minister of X")
UNNAMED_HEAD = re.compile(r"\b[Tt]he\s+Prime\s+Minister(?!\s+of\b)(?![’']s)\b")
# where a page first names the Prime Minister ("Prime Minister Taro Yamada visited ..."): a
# name of one or two capitalised words, not another country's head ("Prime Minister X of Y");
# or named with Japan's title ("Mr. YAMADA Taro, Prime Minister of Japan,")
NAMED_HEAD = re.compile(r"\bPrime\s+Minister\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
                        r"(?![’']s)(?!,?\s+(?:of|the\s+Prime)\b)"
                        r"|\bMr\.\s+(?P<caps>[A-Z]{2,}\s+[A-Z][a-z]+),\s+Prime\s+Minister\s+of\s+Japan\b")
# a word before "Prime Minister" that makes it another's ("Jamaican", "Deputy", "Former")
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w.’'\-]*\s+$")

# the organisations a multilateral meeting's list of participants names (PARTICIPATION): the
# state whose head's title ORGANISATION_TITLES also knows is none
PARTICIPATING_BODIES = tuple((code, rx) for code, rx in ORGANISATION_TITLES if code != "SAU")
# the Japanese official before the verb written "FAMILY Given," with no honorific or title
# (a slip for "Mr.": "..., Mt. MOTEGI Toshimitsu, held a telephone talk with ..."): the family
# name in capitals makes it a name on MOFA's pages
CAPS_NAME_BARE = re.compile(r"(?<![\w.’'\-])"
                            r"(?P<name>[A-Z]{2,}(?:-[A-Z]{2,})?\s+[A-Z][a-z][\w’'\-]*)(?=\s*,)")
# the other side met as a body ("a delegation of the Australian Parliament led by ...", "a
# delegation from the United States Senate (Senator X; ...)"): its country for the
# officials whose titles name none
DELEGATION_OF = re.compile(r"\bdelegation\s+(?:of|from)\s+(?:the\s+)?"
                           r"(?P<who>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3})")
# a reference note after the overview that lists the delegation met, one official a line
# ("(Reference) Members of the delegation" / "(Reference) U.S. Congressional Delegation
# visiting Japan", then "Ms. X, Chief of Staff, ..." lines, bullets or not)
REFERENCE_MEMBERS = re.compile(
    r"^[(\[]Reference\s*\d*[)\]][^\n]*\b(?:[Dd]elegation|[Mm]embers|[Pp]articipants|[Aa]ttendees)\b"
    r"[^\n]*$", re.MULTILINE)
# a line of such a list: an optional bullet or number, then the official
REFERENCE_ITEM = re.compile(r"^\s*(?:[-•・*]|\(\d+\)|\d+\.)?\s*")
# ... whose officials may each follow their side's name and a colon, several on a line
# ("Japanese side: Mr. X, Title; Kenyan side: Mr. Y, Title"): the marks (at the line's
# start or after a comma or semicolon; group "word" is the word "side")
REFERENCE_COUNTRY = re.compile(r"(?:^|[,;]\s*)(?P<side>[A-Z][\w.’']*(?:\s+(?:of\s+(?:the\s+)?)?"
                               r"[A-Z][\w.’']*){0,3})(?P<word>\s+[Ss]ide)?\s*:\s*")

# --- visit overviews told by their itinerary (mofa_trips) ---------------------------------
# the opening of a visit's overview page, in the past: "Prime Minister X paid an official
# visit to A, B and C from July 25 to 27. An overview of the visit is as follows.", "Mr. X
# ... made an official visit to Peru. An overview of his visit is as follows:"
TRIP_OPENING = re.compile(
    r"\b(?:visited|(?:made|paid)\s+an?\s+(?:(?:official|working|state|first|short)\s+)*visit"
    r"\s+to)\s+(?P<places>[^.]{2,160}?)(?=\s+(?:from|on|to|for|in\s+order)\b|[.(]|,\s*(?:from|"
    r"on)\b)"
    r"[^\n]*?\b(?:overview|outline|summary|major\s+events|results)\b[^.\n]{0,80}?"
    r"\bas\s+follows\b", re.IGNORECASE)
# (an older overview page's opening tells the visit with no "as follows": "Parliamentary
# Secretary X visited A, B and C from August 29 to September 9, 2004, to express ...",
# "Mr. X visited the Republic of Y from January 3 (Sun.) to 4 (Mon.). ... The following is
# an overview and assessment of the visit."): the visit alone, read when the page's title or
# its first lines call it an overview (TRIP_OVERVIEW)
TRIP_VISIT = re.compile(
    r"\b(?:visited|(?:made|paid)\s+an?\s+(?:(?:official|working|state|first|short)\s+)*visit"
    r"\s+to)\s+(?P<places>[^.]{2,160}?)(?=\s+(?:from|on|to|for|in\s+order|and\s+(?:held|met|"
    r"attended))\b|[.(]|,\s*(?:from|on|to)\b)")
# a visit's days as a range ("from April 5 to 7", "from January 3 (Sun.) to 4 (Mon.)",
# "August 29 to September 9"): no one day of its meetings
DAY_RANGE = re.compile(rf"\b(?:{MONTH_RX})\s+\d{{1,2}}(?:\s*\([^()]{{1,8}}\))?\s*(?:to|-|–|and|"
                       rf"through)\s*(?:(?:{MONTH_RX})\s+)?\d{{1,2}}\b")
# the page is the visit's own report, not a meeting's on a visit: its title names the visit
# or the page gives an overview of the visit itself
VISIT_PAGE = re.compile(r"^Visit\b|\bVisit to\b|\b(?:overview|summary|outline|assessment|"
                        r"evaluation)\s+(?:and\s+\w+\s+)?of\s+(?:his|her|the)\s+visit\b"
                        r"|\((?:Overview|Summary)\s+and\b", re.IGNORECASE | re.MULTILINE)
TRIP_OVERVIEW = re.compile(r"\b(?:overview|summary|outline|assessment|evaluation|major\s+events"
                           r"|main\s+schedule|itinerary|schedule\s+of)\b", re.IGNORECASE)
# (lowered) one is in every TRIP_OVERVIEW match, "visit" in every TRIP_VISIT one: a text
# without them is not searched
TRIP_OVERVIEW_WORDS = ("overview", "summary", "outline", "assessment", "evaluation", "major",
                       "main", "itinerary", "schedule")
TRIP_VISIT_WORD = "visit"
# a meeting told in a sentence of a visit's overview ("During his stay in X, Mr. Y held
# meetings with President Z, ..., then in W with ...", "In V, he met with President U"): the
# officials named after it, to the sentence's end
TRIP_PROSE_MEETING = re.compile(
    r"\b(?:held\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:meetings?|talks)\s+with|met\s+with"
    r"|paid\s+(?:a\s+)?courtesy\s+calls?\s+on|called\s+on)\s+")
# an itinerary's heading: a country or a part of the visit with its day or days in brackets
# ("1. Malaysia (July 25-26)", "(2) Thailand (May 4)", "1. Schedule of visit (June 9)"),
# numbered either way, or a day alone ("August 1
# (Fri)", "October 28")
TRIP_HEADING = re.compile(
    rf"^(?P<day>(?:{MONTH_RX})\s+\d{{1,2}})(?:\s*\((?:{'|'.join(WEEKDAYS)}|[A-Z][a-z]{{1,3}})\.?\))?:?$"
    rf"|^(?:\(?\d{{1,2}}[.)]?\s*)?(?P<label>[A-Z][^()\n;.]{{0,60}}?)?\s*"
    rf"\(\s*(?P<days>(?:{MONTH_RX})\s+\d[^()]{{0,30}})\)$")
# one day ("June 9", "August 1"), not a range ("July 25-26", "July 25 to 27")
ONE_DAY = re.compile(rf"^(?P<mon>{MONTH_RX})\s+(?P<day>\d{{1,2}})$")
# where a line of events is cut into events: a semicolon, or a comma before the next noun
# phrase ("..., a summit meeting with ..., a luncheon hosted by ...")
TRIP_EVENT_SPLIT = re.compile(
    r";\s*|\n\s*|,\s+(?=(?:and\s+)?(?:an?|the)\s|(?:and\s+)?(?:[a-z][\w\-’']*\s+){0,3}"
    r"(?:meeting|call|lunch|luncheon|dinner|banquet|breakfast|conference|ceremony|visit|speech"
    r"|reception|remarks|interaction|tour)\b)")
# an event with officials: a meeting, call or meal with or hosted by them ("A summit meeting
# with Prime Minister X", "courtesy call on H.E. Mr. Y", "a courtesy call by U.S. Vice
# President Z", "Working lunch with ...", "luncheon hosted by ..."); a reception, a
# ceremony, a speech or a visit to a site is none
TRIP_EVENT = re.compile(
    r"^(?:\(\d{1,2}\)\s*)?(?:and\s+)?(?:an?\s+|the\s+)?(?:[\w’'\-]+\s+){0,3}?"
    r"(?P<what>meeting|talks?|courtesy\s+call|lunch(?:eon)?|dinner|banquet|breakfast)\s+"
    r"(?:(?:with|on)|hosted\s+by|by)\s+(?P<who>\S.*)$", re.IGNORECASE)
TRIP_PARAGRAPHS = 30  # paragraphs of a visit's page read for its itinerary

# Searched over leads, paragraphs and pages, and opening with a boundary, a lookbehind or an
# alternation, which the regex engine cannot scan for: told the characters they start with
# (the same matches; see regex_guard). Each was measured faster so over the cached pages.
GUARDED = ("CHAIRED", "LATER_ENCOUNTER", "TRIP_OVERVIEW", "TRIP_VISIT", "MEETING_VERB",
           "VISITING", "SCHEDULE_INTRO", "WELCOMED_VISIT", "OVERVIEW_OF_MEETINGS", "ATTENDED_BY",
           "ADDRESS_INTRO", "RESPECTIVELY", "SEPARATELY", "TITLE_FIRST")
(CHAIRED, LATER_ENCOUNTER, TRIP_OVERVIEW, TRIP_VISIT, MEETING_VERB, VISITING, SCHEDULE_INTRO,
 WELCOMED_VISIT, OVERVIEW_OF_MEETINGS, ATTENDED_BY, ADDRESS_INTRO, RESPECTIVELY, SEPARATELY,
 TITLE_FIRST) = map(guarded, (
    CHAIRED, LATER_ENCOUNTER, TRIP_OVERVIEW, TRIP_VISIT, MEETING_VERB, VISITING, SCHEDULE_INTRO,
    WELCOMED_VISIT, OVERVIEW_OF_MEETINGS, ATTENDED_BY, ADDRESS_INTRO, RESPECTIVELY, SEPARATELY,
    TITLE_FIRST))
