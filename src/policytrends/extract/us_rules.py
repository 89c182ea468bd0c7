"""Phrasing of White House and State Department records (data for extract/us.py)."""

from __future__ import annotations

import re
from datetime import date

from ..regex_guard import guarded
from .people_rules import TITLE_HEADS

# Record genres told by the title; checked in order, first match wins.
TITLE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("fact_sheet", re.compile(r"\bFact ?Sheets?\b|\bFactsheets?\b", re.I)),
    ("remarks", re.compile(
        r"^(?:Remarks|Transcript|Press Briefing|Press Gaggle|Background Press Call|"
        r"On-the-Record|Briefing|Interview|Readout of a Background)|\bRemarks\b|\bBefore (?:Their|"
        r"the|a|Bilateral|Trilateral|Expanded)\b.*\bMeeting\b|\bPress Conference\b|"
        r"\bPress Availability\b|\bGaggle\b|\bin Conversation\b|\bTestimony\b|\bInterview\b",
        re.I)),
    ("announcement", re.compile(
        r"\bUpcoming\b|\bTravel(?:s)? to\b|\bTrip to\b|\bWill (?:Travel|Host|Meet|Welcome|"
        r"Visit|Attend|Participate)\b|\bto (?:Travel|Host|Visit|Welcome)\b|\bAnnounces? "
        r"(?:the )?(?:Travel|Trip|Visit)\b", re.I)),
    ("other", re.compile(r"\bPublic Schedule\b|^Schedule\b|\bDaily Schedule\b", re.I)),
    ("statement", re.compile(r"\bNational Day\b|\bIndependence Day\b|\bPassing of\b|"
                             r"\bDeath of\b|\bCondolences?\b|"
                             # gatherings with remarks, not meetings of sides; a meeting
                             # or call with someone the title names is one, wherever held
                             # ("... Meeting with X on the Margins of the Ceremony")
                             r"^(?!.*\b(?:Meeting|Meetings|Meets|Met|Call|Calls|Talks)\s+"
                             r"(?:with|between)\b).*"
                             r"\b(?:Event|Reception|Celebration|Ceremony)\b",
                             re.I)),
)
# Words one of which every match of a TITLE_KINDS pattern holds, in lower case: a title
# without any is not searched (a pattern added above needs its words here; tests check).
TITLE_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "fact_sheet": ("fact",),
    "remarks": ("remarks", "transcript", "press", "briefing", "background", "on-the-record",
                "interview", "before", "gaggle", "conversation", "testimony"),
    "announcement": ("upcoming", "travel", "trip", "will", "host", "visit", "welcome"),
    "other": ("schedule",),
    "statement": ("day", "passing", "death", "condolence", "event", "reception",
                  "celebration", "ceremony"),
}

# A first paragraph announcing what will happen.
FUTURE_TRIP = re.compile(r"\bwill\s+(?:\w+\s+){0,2}(?:meet|travel|host|hold|visit|welcome|"
                         r"lead|attend|participate|depart)\b")
FUTURE = re.compile(r"\bwill\b|\bplans? to\b|\bis scheduled\b")

# Titles that name a meeting, call or video conference.
MEETING_TITLE = re.compile(
    r"\b(?:Readout|Call|Calls|Meeting|Meetings|Meets|Met|Conversation|Talks|Phone|Telephone|"
    r"Video|Virtual|Consultations?|Dialogue|Visits?|Breakfast|Lunch|Dinner|Engagement)\b",
    re.I,
)

# Verbs that report a meeting that took place (third person, past or narrative present).
MEETING_VERB = re.compile(
    # (not after a hyphen, "well-met", but "co-hosted a roundtable": its hosts met)
    r"(?:(?<!-)|(?<=\bco-)(?=hosted\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:roundtable|meeting"
    r"|discussion|session|dialogue|call|conversation)\b))\b(?:(?:met|meets)(?!\s+(?:[\w-]+\s+){0,3}?(?:requirements?|standards?|criteria|"
    r"goals?|targets?|deadlines?|obligations?|needs|demands?|thresholds?|expectations|"
    r"benchmarks?|conditions)\b)|(?:spoke|speaks)(?!\s+(?:about|of)\b)|talked|conferred"
    # a participle after its noun ("the summit convened by X", "a program hosted at Y")
    # is no meeting of the subject's; nor is speaking about a subject
    r"|(?<!those )(?:convened?|hosted|gathered)"
    r"(?!\s+(?:[a-z]+\s+)?by\s+(?!(?:phone|telephone|video|videoconference)\b))"
    r"(?<!hosted(?=\s(?:at|in|across)\b))"
    r"|(?:held|had|hold|holds|joined|participated in|took part in)\s+(?:(?:a|an|the|their|his|"
    r"her|two|separate)\s+)?(?:[\w’'-]+(?:\.[\w’'-]+)*\.?\s+){0,4}?(?:call|calls|meeting|"
    r"meetings|conversation|talks|video ?conference|videoconference|[Dd]ialogue|"
    r"[Cc]onsultations?|discussions?|"
    r"exchange|breakfast|lunch|dinner|bilateral|[Ss]ummit|[Rr]oundtable|session)"
    r"|called(?!\s+(?:on|upon|for)\b)|received a (?:phone )?call"
    # "welcomed Defense Minister Prince Khalid bin Salman Al Saud and his delegation to the
    # White House" (a name's lower-case particles; the guest's delegation)
    r"|welcomed(?=\s+(?:(?:His|Her)\s+\w+\s+)?(?:(?:[A-Z][\w’'.-]*|bin|bint|ibn|al|el|de|da"
    r"|dos|del|van|von|der)(?:,\s+(?=[A-Z]))?\s+){1,16}"
    r"(?:of\s+(?:the\s+)?[A-Z][\w’'-]*\s+){0,2}"
    r"(?:,?\s+(?=and\s))?"
    r"(?:and\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}delegations?\s+)?"
    r"to\s+(?:the\s+)?(?:White House|Washington|Camp David|Oval Office|"
    r"State Department|Department of State|United States|Vice President)"
    # "welcomed President X and Prime Minister Y for a joint meeting at the White House"
    # (over abbreviations: "Minister of External Affairs Dr. S. Jaishankar for the Fourth
    # U.S.-India 2+2 Ministerial Dialogue"), within one clause: "welcomed the ceasefire and
    # called for a return to talks" is no meeting
    r"|(?:(?![;:]|\b(?:and|but)\s+(?:also\s+|then\s+)?(?:[a-z]+ed|said|spoke|made|took|gave|sought"
    r"|met|held)\b|,\s+(?:but|which|while|whereas)\b)(?:[^.]|(?<=\b[A-Z])\.|(?<=\bDr)\."
    r"|(?<=\bMr)\.|(?<=\bMs)\.)){0,220}?\bfor\s+(?:a|an|the"
    r"|their)\s+(?:[\w.+’'-]+\s+){0,5}?(?:meeting|bilateral|discussion|roundtable|round table"
    r"|dinner|lunch|breakfast|talks|call|conversation|[Dd]ialogue|[Cc]onsultations?"
    r"|[Mm]inisterial|[Ss]ummit)\b)"
    # "the U.S.-X Consultations concluded today": checked in code for a meeting noun before
    r"|concluded(?=\s+(?:today|yesterday|on|after|in)\b)"
    # "X and Y led a high-level delegation of ... officials to meet with President Z"
    r"|led\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?delegation\b[^.;]{0,160}?\bto\s+meet\s+with)\b"
)
# Where the lead officials of a readout title end ("Readout of X's Call with ...").
# Titles whose first words speak and whose later ones took part ("Statement from X on Call
# with Y"): no possessive lead.
TITLE_SPEAKER_FIRST = re.compile(r"(?:Joint\s+)?Statement\b|Readout\s+from\b")
# A readout title that names the reporting side's officials first ("Readout of President X’s
# Call with ...", "Readout of Vice President X Meeting with ...").
READOUT_LEAD_TITLE = re.compile(r"^Readout\s+of\s+(?!(?:the\s+)?(?:Meeting|Call|Trilateral|"
                                r"Bilateral|Joint)\b)")
# A possessive ending a title's lead, right before what the lead did ("Secretary X’s Call").
POSSESSIVE_LEAD = re.compile(r"(?:[’']s?)?\s+(?:Virtual\s+|Video\s+|Phone\s+|Telephone\s+)?"
                             r"(?:Call|Calls|Meeting|Meetings|Conversation|Visit|Trip|Travel"
                             r"|Participation|Engagement)\b")
# A spokesperson who reads a record out, named first in its title ("Readout by NSC
# Spokesperson A B of the Council's Roundtable with ...", "Statement from Press Secretary A B
# on ..."): the reader took no part (the gold README: spokespeople are no participants).
TITLE_READER = re.compile(r"^(?:Readout|Statement)\s+(?:by|from)\s+(?:the\s+)?(?:[\w.’'-]+\s+)"
                          r"{0,4}?(?:Spokesperson|Spokesman|Spokeswoman|Press\s+Secretary)"
                          r"(?:\s+[A-Z][\w.’'-]*){1,4}?(?=\s+(?:of|on)\s)")
# What describes a person named with a style alone ("Dr. A B") as holding a post outside
# government, right after the name: "B, who is the Glimp Professor of Economics at X
# University", "B, the founder of Y".
PRIVATE_DESCRIBED = re.compile(r",\s+(?:who\s+is\s+)?(?:the|a|an)\s+[^.;,]{0,100}?\b(?:Professor|"
                               r"professor|University|College|Institute|Foundation|founder|"
                               r"Founder|CEO|Chief\s+Executive|economist\s+at)\b")
# A leader's spouse's style in a title ("First Lady", "Second Gentleman").
SPOUSE_TITLE = re.compile(r"\b(?:First|Second)\s+(?:Lady|Gentleman)\b")
# Where the officials a speaker's title reports on begin ("Statement by X on ...").
TITLE_SPEAKER_ON = re.compile(r"\s+on\s+")
# Where a title's other side begins: after "with"/"between", or all the officials of a
# "Meeting of A, B and C" (a name of two capitalised words follows within four words).
TITLE_OTHER_SIDE = re.compile(r"\b(?:with|between)\b|\bMeeting\s+of\b(?=\s+(?:[A-Z][\w.’'-]*\s+)"
                              r"{0,3}[A-Z][\w’'-]*\s+[A-Z])")
TITLE_LEAD_END = re.compile(r"\b(?:Call|Calls|Meeting|Meetings|Conversation|Visit|Trip|Travel|"
                            r"Participation|Engagement|Trilateral|Bilateral|Virtual|Video|"
                            r"Phone|Telephone|Talks|Breakfast|Lunch|Dinner)\b")
# Second choice, for records whose title names a meeting: "In separate calls, X discussed
# ... with Y".
MEETING_VERB_WEAK = re.compile(
    r"\b(?:discussed|consulted|exchanged views|reviewed)\b"
    r"(?=[^.]{0,300}\bwith\s+(?!respect\b|regard\b|a view\b))"
    r"|\b(?:(?:attended|joined|chaired|co-chaired|briefed)(?!\s+by\b)|engaged|participated"
    r"|made\s+(?:\w+\s+)?"
    r"calls?|held\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}(?:roundtables?|sessions?|summit|"
    r"discussions?|events?)|had the opportunity to engage|by meeting with"
    r"|led\s+(?:an?\s+|another\s+)?(?:[\w.-]+\s+){0,3}?delegation"
    # "the fourth meeting of the Committee was co-chaired by A, B and C", "The meeting was
    # convened by A", "Today, the European Council was joined by President A"
    r"|(?:was|were)\s+(?:(?:co-)?chaired|convened|joined)\s+by"
    # "Secretary A warmly congratulated B today on ..." (a call's readout)
    r"|congratulated"
    r"|trav(?:e|el)led\s+to\b(?=[^.]{0,120}\b(?:for\s+(?:\w+\s+){0,2}(?:meetings?|talks|"
    r"consultations)|to\s+meet\s+with)\b)"
    # "President A was briefed today by senior staff on ...": a meeting of the President's
    # (not one with the press: "were briefed by reporters")
    r"|(?:was|were)\s+(?:also\s+)?briefed\s+(?:(?:today|yesterday|this\s+\w+)\s+)?by\b"
    r"(?!\s+(?:reporters|journalists|the\s+press|the\s+media)\b)"
    # "The White House was pleased to host the fourth convening of ...", "was honored to
    # welcome Prime Minister A"
    r"|(?:was|were)\s+(?:pleased|honou?red|proud|delighted|glad)\s+to\s+(?:host|welcome"
    r"|convene|meet\s+with)"
    r")\b")
# The words each match of MEETING_VERB and MEETING_VERB_WEAK begins with: a pattern is
# tried only where one of them starts (tried at every character, the long patterns are
# slow); a word added to a pattern must be added here too (tests/test_extract_us.py).
MEETING_VERB_HEADS = ("met", "meets", "spoke", "speaks", "talked", "conferred", "convene",
                      "hosted", "gathered", "held", "had", "hold", "joined", "participated in",
                      "took part in", "called", "received a", "welcomed", "concluded", "led")
# "concluded" reports a meeting only after the meeting's name ("... Annual Bilateral
# Consultations (ABCs) concluded today"), a meeting that may have lasted several days
# ("concluded after two days": it began the day before).
CONCLUDED_AFTER_MEETING = re.compile(
    r"\b(?:Consultations|Dialogue|Talks|Meeting|Meetings|Summit|Session|Negotiations|Round|"
    r"Conference|Ministerial|Forum)(?:\s*\([^()]{1,30}\))?\s*$")
DAYS_LONG = re.compile(r"\bafter\s+(?P<n>two|three|four|five|\d)\s+days\b", re.I)
DAY_COUNTS: dict[str, int] = {"two": 2, "three": 3, "four": 4, "five": 5}
# A meeting named in a sentence's lead, its officials then the subject of what they did
# ("In a March 14 trilateral call, X, Y and Z discussed ..."); not a call with the press.
MEETING_LEAD = re.compile(
    r"^(?:In|During)\s+(?:a|an|the|their|his|her)\s+(?:[\w’'-]+\s+){0,5}?(?:call|calls|meeting|"
    r"video ?conference|conversation|talks|audience|visit(?=\s+with\b))\b"
    r"(?!\s+with\s+(?:the\s+)?(?:reporters|press|media|"
    r"journalists))[^,]{0,80},\s*")
LEAD_VERB = re.compile(r"\b(?:discussed|reviewed|exchanged views|consulted|agreed|reaffirmed"
                       r"|stressed|emphasi[sz]ed|underscored|conveyed|expressed|highlighted"
                       r"|raised|welcomed|thanked|reiterated|noted)\b")
MEETING_VERB_WEAK_HEADS = ("discussed", "consulted", "exchanged views", "reviewed", "attended",
                           "joined", "chaired", "co-chaired", "briefed", "engaged",
                           "participated", "made", "held", "had the opportunity",
                           "by meeting with", "led", "trav", "was", "were", "congratulated")
# Weak verbs only count in records whose title reports a meeting in these words.
READOUT_TITLE = re.compile(r"^(?:Joint\s+)?Readout\b|\b(?:Call|Calls|Meeting|Meetings"
                           r"|Conversation|Participation|Engagement|Roundtable|Consultations?)\b",
                           re.I)
# Words before the verb that make it future, hypothetical or infinitive.
NOT_PAST = re.compile(r"\b(?:will|would|to|plans?|planned|expects?|expected|looks? forward"
                      r"|intends?|shall|may|might|could|should)\s+(?:\w+\s+){0,2}$"
                      r"|\b(?:were|was|be|been|being|is|are)\s+(?:\w+ly\s+)?$"
                      r"|\b(?:not|never)\s+$"
                      r"|\b(?:has|have|had)\s+(?:\w+\s+)?$", re.I)
# A future main verb earlier in the sentence: what follows is not yet done.
FUTURE_MAIN = re.compile(r"\b(?:will|shall)\s+(?:\w+\s+){0,2}?(?:take place|be held|meet|"
                         r"convene|begin|start|open|host)\b", re.I)
# A meeting sentence whose date lies further from publication than this tells of
# another event (an earlier summit, a future programme): the record's own meeting is
# told elsewhere, if at all.
MAX_DAYS_BEFORE = 30
MAX_DAYS_AFTER = 2
# A date that names another event: "the April 22-23 Leaders Summit"; after the verb, a
# date followed by a capitalised word ("Commission on October 7 Crimes").
DATE_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?!(?:on|in|at|of|for|with|since|from|by|and|or|to)\s)[a-z]+\s+){0,2}$")
# ... when a noun follows the date ("the horrific October 7 attacks", not "met the leaders
# on May 3 in Paris").
# A possessive date ("today's launches") names another event unless a meeting follows.
DATE_POSSESSIVE = re.compile(r"[’']s\s+(?!(?:[\w-]+\s+){0,3}?(?:meeting|call|conversation|"
                             r"talks|discussion|session|summit|dialogue|consultations)\b)")
# A day's possessive naming the meeting itself ("Participants in today’s roundtable"): in
# the meeting's paragraph, it dates a meeting whose sentence states no day.
DAY_OF_MEETING_AFTER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:meeting|roundtable|convening|"
                                  r"session|call|conversation|discussion|gathering|summit)\b")
# A time the meeting sentence gives that is no day ("earlier this week", "recently"): the
# record's opening day is then no date of this meeting.
VAGUE_TIME = re.compile(r"\b(?:(?:earlier\s+)?this|last|next)\s+(?:week|month|weekend)\b"
                        r"|\brecently\b|\bearlier\s+this\b", re.I)
# A meeting sentence pointing back at the gathering the sentence before told ("X also
# attended the convening"): that sentence's day is the meeting's.
BACK_TO_GATHERING = re.compile(r"\balso\b|\b(?:[Tt]he|[Tt]his)\s+(?:meeting|convening|roundtable|"
                               r"session|gathering|discussion|summit|visit|event)\b")
DATE_NOUN_AFTER = re.compile(
    r"\s*(?:,\s*(?:19|20)\d\d\s+)?\s(?!(?:in|at|on|with|to|and|by|for|from|when|during|as|"
    r"after|before|via|while|between|among|where|that|which|local|or|but|the|a|an|is|was|"
    r"were|are)\b)[A-Za-z]")
DATE_ATTRIBUTIVE_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A sentence about an earlier event ("Leaders met for the first time a year ago").
EARLIER = re.compile(r"\bago\b|\b[Ll]ast (?:year|month|spring|summer|fall|autumn|winter)\b|"
                     r"\bearlier this year\b|\bpreviously\b|\bin (?:19|20)\d\d\b(?! ?[,–-])")
# The sentence's own time after an opening clause about an earlier one ("Building on the act
# signed last month, today A convened ..."): what comes before it is passed over.
OWN_TIME_AFTER_EARLIER = re.compile(r"(?<=,\s)(?:today|yesterday|this\s+(?:morning|afternoon"
                                    r"|evening|week))\b", re.I)
# A meeting the sentence recalls ("Recalling that A and B met in May", "A and B, recalling
# that they met ..."): an earlier meeting, not the record's own (the lead's ruling 6).
# (the noun is none: "Following the recall of Ambassador X ...", "Ahead of the recall vote")
_RECALL = (r"(?<!\bthe\s)(?<!\ba\s)\b[Rr]ecall(?:ing|s|ed)?\s+"
           r"(?!of\b|votes?\b|elections?\b|petitions?\b)(?:that\s+)?[^,;:]*")
RECALLED_BEFORE = re.compile(_RECALL + "$")
# ... and the clause that recalls it, closed before the sentence's own verb ("Recalling that
# they met in Lima last year, the two leaders met again today"): its time is the earlier
# meeting's, not the record's
RECALLED_CLAUSE = re.compile(_RECALL + "[,;:]")
FIRST_PERSON = re.compile(r"(?:^|[\s“\"(])(?:I|We|we)\b(?!-)")
# "joined" sentences add participants ("Zelenskyy joined the beginning of the meeting").
JOINED = re.compile(
    r"\bjoined\s+(?:(?:the|this|a)\s+)?(?:(?:beginning|start|end|part|portion)\s+of\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:meeting|call|conversation|discussion)\b|\b(?:were|was)\s+"
    r"(?:also\s+)?joined\s+(?:on\s+the\s+(?:call|meeting)\s+)?by\b"
    # "Additionally, Advisor A met separately with Secretary General B": another meeting of
    # the record's (ruling 10)
    r"|\bmet\s+separately\s+with\b"
    # "He was briefed by Administrator A, Director B" (a moderator may be a journalist)
    r"|(?<![Rr]eporters\s)(?<![Jj]ournalists\s)(?<![Pp]ress\s)\b(?:were|was)\s+(?:also\s+)?"
    r"briefed\s+by\b"
    # "Ambassador X was accompanied by Deputy Assistant Secretary Y": Y took part too
    r"|\b(?:were|was)\s+accompanied\s+by\b"
    # "Congresswoman A and Mayor B also participated in the event": its subjects took part
    r"|\b(?:also\s+)?(?:participated|took\s+part)\s+in\s+(?:the|this|today[’']s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:meeting|call|conversation|discussion|event|roundtable|session"
    r"|convening|forum|listening\s+session)\b"
    # "President X dropped by the meeting": a short visit is taking part
    r"|\b(?:dropped|stopped)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|call|conversation"
    r"|discussion|roundtable|session)\b", re.I)
# "The DNI was joined by A and B." in the sentences just before the meeting's (within
# JOINED_BEFORE_SPAN characters): A and B took part.
JOINED_BY = re.compile(r"\b(?:was|were)\s+(?:also\s+)?joined\s+by\b")
JOINED_BEFORE_SPAN = 400
# "X was accompanied by Y": Y took part on X's side.
ACCOMPANIED_BY = re.compile(r"\b(?:were|was)\s+accompanied\s+by\b")
# Whom and where a list opened by "Joining" joins: "Joining him were", "Joining President A
# and Secretary B on the call were", "Joining the President virtually at the meeting were".
# (The patterns using them are case-blind: a word is any word.)
# (a word ends in a full stop only as an initial: "joining NATO. It was ..." opens no list)
_JOINED_ONE = r"(?:(?:the|his|her)\s+)?(?:\w\.|[\w’'-]+)(?:\s+(?:\w\.|[\w’'-]+)){0,2}?"
JOINING_WHOM = rf"(?:him|her|them|{_JOINED_ONE}(?:\s+and\s+{_JOINED_ONE})?)"
JOINING_WHERE = (r"(?:virtually\s+|in\s+person\s+)?(?:(?:in|on|at)\s+(?:the|this)\s+(?:[\w-]+\s+)?"
                 r"(?:call|meeting|conversation|videoconference|discussion)\s+)?")
# Cues that start a list of participants (rest of the paragraph and following lines).
PARTICIPANT_LIST = re.compile(
    r"(?:Participants\s+(?:in|on)\s+the\s+(?:call|meeting)\s+(?:included|were)|"
    # "Officials from the Administration taking part in the meeting included A, B and C"
    r"\bofficials\s+(?:(?:from|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)?(?:taking\s+part\s+in"
    r"|participating\s+in|attending|at)\s+the\s+(?:meeting|call|roundtable|discussion|convening"
    r"|event)\s+(?:included|were)\b|"
    # "Participants in today’s roundtable included:", "Participants included:"
    r"Participants\s+(?:(?:in|on|at)\s+(?:the|this|today[’']s|yesterday[’']s)\s+(?:[\w-]+\s+)"
    r"{0,3}?(?:call|meeting|roundtable|discussion|session|convening|event)\s+)?"
    r"(?:included|include|were)\s*:|"
    # "Participants joining Japan and the United States in the ... Meeting included ..."
    r"Participants\s+joining\s+(?:[\w’'().-]+\s+){1,16}?(?:included|were)\b|"
    r"joined\s+(?:on|in)\s+the\s+(?:call|meeting)\s+by|(?<!Industry )Participants\s*:|"
    # "The Vice President was joined by: • A, Title • B, Title"
    r"(?:was|were)\s+joined\s+by\s*:|"
    # "In attendance were A, Senior Advisor ..., and other officials"
    r"\b[Ii]n\s+attendance\s+(?:were|was)\b|"
    # "Joining the call were the following leaders:", "Joining President A at the meeting
    # were the following leaders:"
    r"Joining\s+(?:the|this)\s+(?:call|meeting|conversation)\s+(?:were|was)\b|"
    rf"Joining\s+{JOINING_WHOM}\s+{JOINING_WHERE}(?:were|was)\b(?=[^.\n]{{0,40}}:)|"
    # "In addition to the Vice President, the meeting included: Prime Minister A of X, ..."
    r"(?:meeting|call)\s+included\s*:|"
    r"^(?:[\W_]|<[^>]*>)*(?:Administration|U\.S\.|US|Government|Federal)\s+Participants\b|"
    # a delegation's list: "Representing Mexico were ...", "Canada was represented by ...",
    # "The U.S. delegation was led by A and included B, C"
    r"Representing\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:were|was)\b|"
    r"(?:was|were)\s+represented\s+by\b|delegation\s+(?:was|were)\s+led\s+by\b|"
    # "The Canadian delegation included A, B, and C."
    r"\bdelegation\s+(?:also\s+)?(?:included|comprised|consisted\s+of)\b|"
    # "Senior Administration officials included:", "White House officials included:"
    r"^(?:[\W_]|<[^>]*>)*(?:Senior\s+)?(?:Administration|White\s+House|U\.S\.|Federal)\s+"
    r"officials\s+(?:included|include|were)\b|"
    # a heading naming the government's offices: "White House and Department of Agriculture
    # Participants"
    r"^(?:[\W_]|<[^>]*>)*(?:(?:[A-Z][\w’'.-]*|and|of|the|for|&)\s+){0,6}?(?:White\s+House"
    r"|Administration|Department\s+of\s+[A-Z][\w’'-]*|Government|Federal|Agency)\s+"
    r"(?:(?:[A-Z][\w’'.-]*|and|of|the|for|&)\s+){0,6}?Participants(?:[\W_]|<[^>]*>)*$|"
    r"^(?:[\W_]|<[^>]*>)*Participants(?:[\W_]|<[^>]*>)*$|"
    # a heading line naming who attended or spoke ("Senior White House attendees included:",
    # "Meeting Speakers", "Participating state legislators included:")
    r"^(?:[\W_]|<[^>]*>)*(?:[\w’'&.-]+\s+){0,4}?(?:Attendees|Speakers)(?:\s+(?:included|include"
    r"|were))?\s*:?(?:[\W_]|<[^>]*>)*$|"
    # a heading naming a group of officials: "State legislative leaders included:",
    # "Participating governors and mayors were:", "State and local officials included:"
    r"^(?:[\W_]|<[^>]*>)*(?:[\w’'&.-]+\s+){0,5}?(?:legislators|lawmakers|officials|governors"
    r"|mayors|ministers|ambassadors|senators|(?:state|local|tribal|elected|county|city|"
    r"legislative|world|government)\s+leaders)\s+(?:(?:who|that)\s+(?:participated|attended"
    r"|took\s+part)\s+)?(?:included|include|were)\s*:(?:[\W_]|<[^>]*>)*$|"
    # "Presenters and Biden-Harris Administration representatives included:"
    r"^(?:[\W_]|<[^>]*>)*(?:[\w’'&.-]+\s+){0,6}?(?:representatives|presenters)\s+(?:included"
    r"|include|were)\s*:(?:[\W_]|<[^>]*>)*$|"
    r"^(?:[\W_]|<[^>]*>)*Participating\s+(?:[\w’'-]+\s+){0,5}?(?:included|include|were)\s*:"
    r"(?:[\W_]|<[^>]*>)*$|"
    # "The Leaders that participated:", "Officials who attended:"
    r"^(?:[\W_]|<[^>]*>)*(?:The\s+)?(?:[\w’'-]+\s+){0,3}?(?:that|who)\s+(?:participated|attended"
    r"|took\s+part)\s*:(?:[\W_]|<[^>]*>)*$|"
    # "Participants, including Special Envoy A, also discussed ...": to the sentence's end
    r"\bParticipants,?\s+including\b|"
    # a list headed by the reporting side's office ("From the White House:")
    r"^(?:[\W_]|<[^>]*>)*From\s+the\s+(?:White\s+House|State\s+Department|Department\s+of"
    r"\s+State|U\.S\.\s+Government|(?:[\w’'-]+\s+){0,2}?Administration)\s*:"
    r"(?:[\W_]|<[^>]*>)*$)", re.I | re.M)
# The words (lowered) a PARTICIPANT_LIST match at a line's start opens with after
# non-word characters, in a text without "participants" and without markup ("<"): the
# first words of the branches that hold no "participants" (a heading's hold it).
LIST_LINE_WORDS = ("senior", "administration", "white", "u.s.", "federal", "from", "join",
                   "meeting", "call", "representing", "was", "were", "delegation",
                   "officials", "participating")
# Words of the headings that may open a line with any word ("Senior White House attendees
# included:", "Meeting Speakers"): their lines are tried too.
ANY_WORD_HEADINGS = ("participants", "attendees", "speakers", "participated:", "attended:",
                     "took part:", "representatives included:", "presenters included:",
                     "leaders included:", "officials included:", "legislators included:")
# A gathering told as a programme of speeches ("The day-long summit featured remarks and
# panel discussions"): a conference or event, not a meeting between officials. (Remarks
# alone are no programme: "The summit featured remarks by both leaders on climate" may
# still tell a summit meeting.)
PROGRAMME_FEATURED = re.compile(
    r"\b(?:summit|conference|convening|event|forum|festival)\s+featured\s+(?:[\w-]+\s+){0,3}?"
    r"(?:panels?|panel\s+discussions|performances|keynotes?|workshops|breakout\s+sessions)\b",
    re.I)
# Where an aside naming participants ends ("Participants, including A, also discussed").
ASIDE_END = re.compile(r",|(?<![A-Z])\.(?:\s|$)")
# Where a participant list ends: the next list's heading or cue ("Agriculture, Conservation,
# and Environmental Participants", "Participants included:"), whoever it lists.
NEXT_LIST = re.compile(r"^(?:[\W_]|<[^>]*>)*[^\n.:]{0,80}\bParticipants\b(?:\s+include[sd]?)?"
                       r"(?:[\W_]|<[^>]*>)*$|\bParticipants\s+include[sd]?\s*:"
                       r"|\bofficials\s+included\s*:"
                       # a heading of the next group ("Participating arts leaders included:")
                       r"|^(?:[\W_]|<[^>]*>)*[^\n:]{0,100}\bincluded\s*:(?:[\W_]|<[^>]*>)*$",
                       re.I | re.M)
# The organisation a listed person works for ("Name, President, Company"): unless it names a
# government body, a country or an international organisation, the person holds no office.
GOVERNMENT_BODY = re.compile(
    r"\b(?:Department|Dept|Office|White\s+House|Council|Interagency|Administration|Agency|Bureau"
    r"|Commission|Embassy|Consulate|Ministry|Government|Senate|House|Congress|Mission|Cabinet"
    r"|Service|Authority|Command|Army|Navy|Air\s+Force|Marine|Police|Treasury|State\s+of"
    r"|City\s+of|County|Governor|Legislature|Assembly|Parliament|Court|Secretariat|Federal"
    r"|Institute\s+of\s+Health|USDA|EPA|HHS|DOT|DOE|DHS|DOJ|DOL|DOD|DoD|HUD|NSC|OMB|OSTP"
    r"|CEQ|NEC|DPC|USAID|FEMA|NASA|SBA|USTR|FDA|CDC|NIH|NOAA|FBI|CIA|IRS|SEC|FTC|FCC|OPM"
    r"|GSA|NSF|ODNI|CISA|USG)\b"
    # (the White House's own posts: "Deputy Assistant to the President, and Deputy ...")
    r"|\bto\s+the\s+(?:Vice\s+)?President\b(?!\s+(?:of|and\s+CEO)\b)")
# A country's name in a company's or campaign's name ("Malta Inc.", "the Flights UK
# campaign"): no side met.
COMPANY_AFTER = re.compile(r"\*{0,2}\s+(?:Inc|LLC|Ltd|Corp|Corporation|Company|campaign"
                           r"|Campaign)\b")
# Words of a company's job title that name no government ("Vice President, Government
# Affairs, Acme Airlines").
NOT_GOVERNMENT_BODY = re.compile(r"\bGovernment\s+(?:Affairs|Relations)\b")
# Words that call an organisation a company, an association or the like (after a list
# line's "Title of"): its people hold no office.
NON_GOVERNMENT_ORG = re.compile(
    r"\b(?:Inc|LLC|Ltd|Corporation|Company|Foundation|Association|Network|Campaign|Center"
    r"|Centre|Coalition|Alliance|Society|Federation|Union|University|College|Church|Conference"
    r"|League|Trust|Project|Initiative|Institute|Partners|Matter|Advancing|Organization|Group"
    r"|Organisation)\b")
# ... of which a company's legal form outweighs any government word ("National Council
# for Women, Inc.").
COMPANY_FORM = re.compile(r"\b(?:Inc|LLC|Ltd|Corporation)\b")
NON_OFFICIAL_LIST = re.compile(r"^(?:[\W_]|<[^>]*>)*(?:Industry|Private Sector|Business|"
                               r"Company|Corporate|"
                               r"Civil Society|Other)\s+Participants", re.I | re.M)

# A list of participants run into a sentence, with no colon ("Participants included A, B and
# C.", "Other attendees included ...", "Administration officials participating included ...",
# "The convening was attended by ..."): the officials named up to the sentence's end took
# part. (With a colon the list may run over lines: PARTICIPANT_LIST.)
PROSE_PARTICIPANT_LIST = re.compile(
    r"\b(?:participants|attendees)\s+(?:also\s+)?(?:included|include\b(?!\s+(?:the\s+)?"
    r"(?:a|an|only)\b)|were(?=\s+(?:the\s+)?[A-Z]))(?!\s*:)"
    r"|\b(?:officials|leaders|representatives|members|guests)\s+(?:(?:from|of)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){1,4}?)?(?:taking\s+part|participating|attending|present|in\s+attendance)"
    r"\s+(?:(?:in|at|on)\s+(?:the|this|today[’']s|yesterday[’']s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:call|meeting|roundtable|discussion|session|convening|event|summit|conversation)s?\s+)?"
    r"(?:also\s+)?(?:included|include|were)\b(?!\s*:)"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:attended|co-chaired|chaired|co-hosted|co-led)\s+by\b"
    # "The forum featured senior Administration officials, including A, B and C",
    # "participants heard from Administration officials – including A, B ..."
    r"|\b(?:featured|featuring|heard\s+from)\s+(?:[\w’'-]+\s+){0,4}?officials\s*(?:,|[–—-])"
    r"\s*including\b"
    # "Participating were A of X, B of Y", "Joining the President were A and B", "Joining
    # President A on the call were B of X, C of Y"
    rf"|\b(?:participating|joining\s+{JOINING_WHOM})"
    rf"\s+{JOINING_WHERE}(?:were|was)\b(?!\s*:)"
    # "The United States delegation, led by Assistant Secretary A, reiterated ..."
    r"|\b(?:delegations?|side|team)\s*,?\s+(?:which\s+was\s+|was\s+|were\s+)?(?:co-)?"
    r"(?:led|headed)\s+by\b", re.I)
# A sentence whose subject led a delegation ("Director General A, Narcotics Bureau, led the
# Indian delegation", "B, C and D jointly led the U.S. delegation") or went with the lead
# ("A, B and C accompanied Dr. D on the trip"): the officials before the verb took part.
SUBJECT_TOOK_PART = re.compile(r"\b(?:jointly\s+|co-)?(?:led|headed)\s+(?:the|their)\s+"
                               r"(?:[\w.’'-]+\s+){0,3}?delegations?\b"
                               r"|\b(?:also\s+)?accompanied\s+(?:(?:the|Dr\.|Mr\.|Ms\.)\s+)?"
                               r"(?=[A-Z])")
# Words (lowered) one of which every SUBJECT_TOOK_PART match holds.
SUBJECT_TOOK_PART_WORDS = ("delegation", "accompanied")
# A later sentence of the record telling who hosted whom ("A and B hosted C, Deputy
# Secretary, Department of X; D, ..."): its officials took part (unless it tells of an
# earlier occasion, EARLIER).
# So does "A spoke individually with Senators B and C, Mayor D" (the same outreach, one by
# one).
HOSTED_OFFICIALS = re.compile(r"\b(?:(?:co-)?(?:hosted|convened)|spoke\s+individually\s+with)"
                              r"\s+(?=[A-Z][\w’'.-]*\s+[A-Z])")
# The words (lowered) each PROSE_PARTICIPANT_LIST match opens with (it is tried only at them).
PROSE_LIST_OPENINGS = ("participants", "attendees", "officials", "leaders", "representatives",
                       "members", "guests", "was", "were", "participating", "joining",
                       "delegation", "side", "team", "featured", "featuring", "heard")
# ... and those of HOSTED_OFFICIALS (case kept; "co-" may come before the first two).
HOSTED_OPENINGS = ("hosted", "convened", "spoke")
# Words (lowered) one of which every PROSE_PARTICIPANT_LIST match holds.
PROSE_LIST_WORDS = ("participants", "attendees", "participating", "attending", "taking part",
                    "joining", "officials, including", "officials – including",
                    "officials — including",
                    "present", "in attendance", "attended by", "chaired by", "hosted by",
                    "led by", "headed by")
# A sentence's end: a full stop after a word that is no initial or short title ("Sen.",
# "Jr."), or a blank line.
SENTENCE_END = re.compile(r"(?<!\bU\.S)(?<!\b[A-Z])(?<!\b(?:Jr|Sr|Dr|Mr|Ms|St|Lt))"
                          r"(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Amb))\.(?:\s|$)|\n\n")
# Where a venue aside gives way to the officials there: "convened state leaders in
# Annapolis, Md., including Governor A, Mayor B ...": those named after it took part.
# (an official's title after "including": "including NATO cooperation" names none)
# So does ", led by" ("convened the Dialogue on May 3 in Washington, D.C., led by Secretary A
# and Chairperson B").
VENUE_ASIDE_STOP = re.compile(
    r",\s+including\s+(?=(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}?(?:"
    + "|".join(sorted((re.escape(w) for w in TITLE_HEADS), key=len, reverse=True)) + r")\s)"
    r"|,\s+(?:co-)?(?:led|hosted|chaired|co-chaired|headed)\s+by\b")

# Places of the US that a list's line may give after a state or local official besides the
# states' names (countries_rules.US_STATES): "Mayor A B, Washington, D.C.".
US_STATE_PARTS = frozenset({"D.C", "DC", "District of Columbia", "Puerto Rico", "Guam",
                            "U.S. Virgin Islands", "American Samoa", "Northern Mariana Islands"})

# A line break that wraps prose at a fixed width: after a line of 40 characters or more that
# ends in no colon, before a line that opens with a letter (no bullet, number, blank or
# heading mark). A list's entries are shorter lines, or open with a bullet. (The lookahead
# first: a blank that no line break follows then fails before the 40-character lookbehind.)
SOFT_WRAP = re.compile(r"(?=[ \t]*\n)(?<=[^\n]{40})(?<!:)(?<!:[ \t])[ \t]*\n(?=[^\W\d_])")

# Where the meeting clause stops: a purpose clause, a new finite verb, a venue aside.
CLAUSE_END = re.compile(
    # (a purpose that is the meeting itself goes on: "traveled to X to meet with Y")
    r"\s+(?:to|in order to)\s+(?!the\b|a\b|an\b|[A-Z]|meet\s+with\b)[a-z]+\b"
    r"|,?\s+and\s+(?:(?:they|he|she)\b|"
    r"(?:[a-z]+ly\s+)?[a-z]+ed\b)|;|\s+(?:where|which|who)\b|\s+as part of\b"
    r"|\s+following\b|\s+after\b|\s+amid\b|\s+regarding\b|\s+about\b"
    r"|\s+(?:in advance|ahead)\s+of\b",
)
# A venue aside: countries named after it are the place, not the other side.
VENUE_START = re.compile(
    r"\s(?:in|at)\s+(?=[A-Z]|the\s+[A-Z])|\s+(?:on|in)\s+the\s+(?:margins|sidelines)\b|\s+during\b"
    r"|\s+on\s+(?:the\s+)?(?:occasion|eve)\b")
# Verbs of taking part in a meeting the clause goes on to name ("participated in the X Meeting"),
# and where that meeting's host is named ("... Meeting hosted by Prime Minister Y").
TOOK_PART = re.compile(r"participated|took part|joined|attended")
HOSTED_BY = re.compile(r"\bwith\b|\b(?:hosted|co-hosted|chaired|co-chaired|convened)\s+by\b")
LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:On|At|In|During|Following|Earlier|Today|Yesterday|This|Last|Later|Ahead of|"
    r"After|Before|Between)\b(?:[^,–—]|,\s*(?:19|20)\d\d\b){0,120},\s*)"
    # (no dash inside: "Today the leaders – A of X, B of Y – convened" sets off the subject)
    # then "as (a) follow(-)up to the May 26, 2023 call between A and B,": another event
    r"(?:(?:[Aa]s\s+(?:a\s+)?follow[- ]?up\s+to|[Ff]ollowing)\b"
    r"(?:[^,]|,\s*(?:19|20)\d\d\b){0,200},\s*)?")

# Mode words.
VIDEO = re.compile(r"\b(?:virtual(?:ly)?|video|videoconference|video-?conference|"
                   r"teleconference by video)\b", re.I)
# The meeting told as virtual in the sentences after the one reporting it ("Today, X
# convened the Task Force. During the virtual meeting, ..."): a video meeting.
VIRTUAL_AFTER = re.compile(r"\b(?:during|in|at|of|throughout)\s+(?:the|this|today[’']s|"
                           r"yesterday[’']s)\s+"
                           r"virtual\s+(?:[\w-]+\s+){0,2}?(?:meeting|convening|session|roundtable"
                           r"|discussion|call|conversation|gathering)\b", re.I)
# How far after the meeting's sentence VIRTUAL_AFTER is looked for (characters).
VIRTUAL_AFTER_SPAN = 600
PHONE_TITLE = re.compile(r"\b(?:Call|Calls|Phone|Telephone)\b|\bcalls?\s+with\b")
MEET_TITLE = re.compile(r"\b(?:Meeting|Meetings)\s+(?:with|between|of)\b|\bMeets\b|\bMet\b"
                        r"|\b(?:Bilateral|Trilateral|Virtual)\s+Meeting\b|\bBreakfast\b|"
                        r"\bLunch\b|\bDinner\b|\bTalks\s+in\b|\bVisits?\b|\bAudience\s+with\b",
                        re.I)
# A call word that names a telephone call: not an appeal ("called for restraint", "to call
# on Congress to act"; a call "on Monday" or "on the 5th" still is one).
# (only "call" is an appeal: "a conversation on climate ambition to prepare for ..." is one)
CALL_WORD = re.compile(
    # (a conversation someone convened or hosted, or a roundtable's, gathered people: no call)
    r"\b(?:phone|telephone)\b|(?<!convened\sa\s)(?<!hosted\sa\s)(?<!roundtable\s)"
    r"\bconversation\b|\b(?:call|calls|called)\b(?!\s+for\b)"
    r"(?!\s+(?:on|upon)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|the\s+\d|\d)\b)(?:[\w’'.-]+\s+){1,6}?to\s+[a-z])", re.I)
PHONE_TEXT = re.compile(r"\b(?:call|calls|phone|telephone|spoke|speaks|called|talked)\b", re.I)
MEET_TEXT = re.compile(r"\b(?:met|meets|meeting|talks|breakfast|lunch|dinner)\b", re.I)
# A delegation sent to meet: in person, whatever earlier call the sentence recalls.
DELEGATION_SENT = re.compile(r"^led\b.*\bdelegation\b", re.S)
# A delegation's destination before a country's name: "to Geneva, Switzerland", "to Japan".
DESTINATION_BEFORE = re.compile(r"\bto\s+(?:the\s+)?(?:[A-Z][\w’'.-]*,?\s+){0,3}$")
HOST_TEXT = re.compile(r"\b(?:hosted|welcomed|received)\b", re.I)
# Hosting visitors (in person), not hosting a meeting (which may have been virtual).
HOSTED_VISITORS = re.compile(
    r"\b(?:hosted|welcomed|received)\s+(?!(?:a|an|the|their|his|her|this)\s+(?:[\w/().’'-]+\s+)"
    r"{0,12}?(?:meeting|call|conference|consultations?|dialogue|session|summit|roundtable"
    r"|discussion|forum|event)\b)(?!a\s+(?:phone\s+)?call\b)")
DURING_EVENT = re.compile(r"\b(?:during|at|on the (?:margins|sidelines) of)\s+(?:the\s+)?"
                          r"(?:[\w’'-]+\s+){0,6}(?:Meeting|Summit|Conference|Forum|Assembly|"
                          r"Dialogue|Ministerial)\b"
                          # (a gathering named by a quoted title: "during the White House
                          # “Building Better Towns” event", "at a day-long forum")
                          r"|\b(?:during|at)\s+(?:the|a|an|this|today[’']s)\s+[^.;]{0,100}?"
                          r"\b(?:event|forum|convening|summit|roundtable|gathering)\b")
SEPARATE = re.compile(r"\bseparate(?:ly)?\b|\bbilaterally\b", re.I)
# A domestic meeting whose sentence names no mode met in person, unless what was held is a
# bare "conversation" (held on a line or a screen as often as at a table; a "roundtable
# conversation" gathered people).
MODE_OPEN_GATHERING = re.compile(r"\b(?:convened|hosted|held|led)\s+(?:a|an)\s+"
                                 r"(?:(?!roundtable\b)[a-z]+\s+)?conversations?\b")

# "... held the Strategic Dialogue in Washington, which included consultations between
# Foreign Minister X and Secretary Y": the officials of the meeting.
INCLUDED_MEETING = re.compile(r"\bwhich\s+included\s+(?:consultations|a\s+meeting|meetings|talks"
                              r"|a\s+call|discussions)\s+(?:between|with)\b")

# A full stop that ends a sentence (not that of "U.S." or an initial).
FULL_STOP = re.compile(r"(?<!\bU\.S)(?<!\b[A-Z])\.(?:\s|$)|\n\n")

# Burma's National Unity Government (the opposition's government) met as Burma's side.
BURMA_NUG = re.compile(r"\b(?:NUG|National Unity Government)\b")
# Officials named after a plural role with no title of their own ("NUG representatives Aung
# Myo Min and Moe Zaw Oo", "representatives, including Zin Mar Aung"): group 1 the role,
# group 2 the names.
NAMES_AFTER_ROLE = re.compile(
    r"\b((?:[A-Z]{2,}\s+)?(?:representatives?|officials?|ministers))(?:,?\s+including)?\s+"
    r"((?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})(?:(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})*)")

# Officials named after a plural title they share ("Senior Directors A B and C D", "Deputy
# Assistant Secretaries A B, C D, and E F"): group 1 the title, group 2 the names.
# Each name may have its place after it ("Governors A B of Utah and C D (D-MI)").
_PLURAL_HEADS = (r"(?:Directors|Secretaries|Ambassadors|Senators|Governors|Mayors|Ministers"
                 r"|Advisors|Advisers|Envoys|Coordinators|Administrators|Commissioners"
                 r"|Representatives|Congressmembers|Congressmen|Congresswomen|Councilmembers)")
# (a name is no next plural title: "Governors A of X and B of Y, and Mayors C of Z")
_NAME_WORDS = rf"(?!{_PLURAL_HEADS}\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}"
_PLACE_AFTER = (r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}"
                r"|\s*\([^()\n]{1,20}\))?")
_PLURAL_NAME = _NAME_WORDS + _PLACE_AFTER
NAMES_AFTER_PLURAL_TITLE = re.compile(
    r"\b((?:(?:Senior|Deputy|Assistant|Principal|Special|Under|Foreign|State|U\.S\.|Lieutenant)"
    r"\s+){0,3}"
    rf"{_PLURAL_HEADS})\s+({_PLURAL_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_PLURAL_NAME})+)")
# One name of such a list (group "name"), with its place.
PLURAL_TITLE_NAME = re.compile(rf"(?P<name>{_NAME_WORDS}){_PLACE_AFTER}")
# The singular of such a title's last word.
PLURAL_TITLES = {"Secretaries": "Secretary", "Congressmen": "Congressman",
                 "Congresswomen": "Congresswoman"}
# A recalled event opening the meeting's sentence, led or attended by officials listed up to
# the item after ", and" ("Following the May Summit led by A of X, B of Y, and C of Z, the
# advisers met ..."): they took no part in this meeting.
RECALLED_EVENT_LEAD = re.compile(
    r"(?:Following|After|Building\s+on)\s+(?:the|their|last|this)\b[^.;]{0,200}?\b"
    r"(?:led|hosted|attended|chaired|convened)\s+by\b")
# The EU's institutions named as a side met.
EU_BODIES = re.compile(r"\bEuropean\s+(?:Commission|Council)\b")
# A state's formal name before its short name on a participant list's line ("People’s
# Republic of Bangladesh"), and the organisations such a line may name as the side
# ("Secretary-General A B, United Nations"; not a grouping of states such as the G7).
STATE_FORM = re.compile(r"(?:the\s+)?(?:(?:People[’']s|Democratic|Federal|Islamic|Socialist|Arab"
                        r"|Federative|Plurinational|Bolivarian|United|Hashemite)\s+)*(?:Republic"
                        r"|Kingdom|Commonwealth|State|Federation|Principality|Sultanate|Emirate)"
                        r"\s+of\s+(?:the\s+)?")
LISTED_ORGANISATIONS: frozenset[str] = frozenset({"UN", "EU", "AU", "NATO"})

# A sentence telling who led, hosted or took part in a meeting named before it.
SIDES_LED = re.compile(r"\b(?:hosted|met|led by|co-led|chaired|co-chaired|headed|welcomed|"
                       r"joined|participated|attended)\b|\bled\s+(?:the|a|an|their)\b")

# A side named as led by the officials that follow ("while the U.S. side was co-chaired by
# Ms. A and Mr. B", "The Japanese side was co-chaired by ..."): group 1 names the side.
SIDE_LED_BY = re.compile(
    r"\b(?:the\s+|a\s+)?(?:senior\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:side|delegation)"
    r",?\s+(?:was\s+|were\s+)?(?:co-)?(?:led|chaired|headed)\s+by\b")
# A delegation's list names its side before the officials ("Representing Mexico were the
# Secretary of ..., A; ...", "Canada was represented by ...", "The U.S. delegation was led
# by A and included B"): the last such head in the paragraph gives their side.
LISTED_SIDE = re.compile(
    r"\bRepresenting\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:were|was)\b"
    r"|\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:was|were)\s+represented\s+by\b"
    r"|\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:high-level\s+)?delegation\s+(?:(?:was|were)"
    r"\s+led\s+by|(?:also\s+)?included|comprised|consisted\s+of)\b")
SIDE_WORDS = ("side", "delegation")  # every match holds one: a text without is not searched
# ... or as leading it after the name ("Mr. X, Senior Advisor to the Director, led the U.S.
# delegation"), with no other official or clause between.
LEADS_SIDE = re.compile(
    r"[^.;]{0,160}?\s(?:co-)?led\s+the\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)"
    r"\s+(?:side|delegation)\b")
# how far from its start a LEADS_SIDE match's "led" ends at most (160 + a blank + "co-led")
LEADS_SIDE_REACH = 160 + 1 + len("co-led")
SIDE_SWITCH = re.compile(r"\bwhile\b|\bwhereas\b|;|(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)"
                         r"(?<!\b[A-Z])\.\s|\b(?:hosted|met|welcomed|received|spoke|discussed)\b")
US_SIDE_NAMES = frozenset({"U.S.", "US", "American", "United States", "America"})

# The US side as the object of the meeting verb ("X of Mexico hosted a U.S. delegation led
# by ..."): the subject is then the other side, the officials after it are the US side's.
US_OBJECT = re.compile(r"\s+(?:(?:a|the)\s+)?(?:senior\s+)?(?:U\.S\.|US|American|United States)"
                       r"\s+(?:government\s+)?(?:delegation|officials|team)\b")

# Offices of the US government named without "U.S.": an official holding one, with no
# country stated, is on the reporting side ("Deputy Secretary of State Wendy Sherman's
# meeting with ..."). Other governments' secretaries of state carry a portfolio ("for").
# So is a bare "Assistant Secretary" (the rank of a US department's bureau heads, "Deputy
# Assistant Secretary Dan Kim", "Assistant Secretary for Western Hemisphere Affairs"):
# another government's is written with its country (not "Assistant Secretary-General").
REPORTING_OFFICES = re.compile(
    r"(?:U\.S\.\s+)?(?:Acting\s+)?(?:Principal\s+)?(?:(?:Deputy|Under|Assistant)\s+)?Secretary"
    r"\s+of\s+(?:State|Defense|the\s+Treasury|Commerce|Homeland\s+Security|Energy|Agriculture)"
    r"(?:\s+for\s+\S.*)?"
    r"|(?:U\.S\.\s+)?(?:Acting\s+)?(?:Principal\s+)?(?:Deputy\s+)?Assistant\s+Secretary"
    r"(?:\s+for\s+\S.*)?"
    # the White House's staff ("Special Assistant to the President and Senior Director for
    # Energy"; not "Assistant to the President of Russia")
    r"|(?:(?:Principal\s+)?Deputy\s+|Special\s+)?Assistant\s+to\s+the\s+President(?!\s+of\b)"
    r"(?:\s*(?:,|and\b|&|for\b)\s*\S.*)?")

# A country an official's title is for ("the Personal Envoy for Western Sahara", "Special
# Representative for the DPRK", "Ambassador to Japan"): the portfolio, not a side met.
PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Envoy|Representative|Coordinator|Advis[eo]r|Ambassador|Commissioner|Rapporteur)"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:for|to|on)\s+(?:the\s+)?"
    # ("Special Rapporteur on the Situation of Human Rights in Cuba")
    r"(?:(?:[\w’'-]+\s+){1,6}?in\s+(?:the\s+)?)?$")

# A later event the clause names beside the sides ("the leaders of Saudi Arabia, our hosts
# for the upcoming Summit with the GCC countries plus Egypt, Iraq, and Jordan"): the
# countries of that event are not met here.
LATER_EVENT_BEFORE = re.compile(
    r"\b(?:upcoming|forthcoming|next|future)\s+(?:[\w’'-]+\s+){0,4}?(?:[Ss]ummit|[Mm]eeting"
    r"|[Cc]onference|[Vv]isit|[Dd]ialogue|[Mm]inisterial)\b[^.;:]*$")

# Offices the US government has not: an official holding one is of another side.
# (a devolved government's "First Minister" is of no country in the table: not guessed)
# ("Minister Counselor", with or without a hyphen, is an embassy rank of any side)
FOREIGN_ONLY_TITLE = re.compile(r"\b(?:(?:Prime\s+)?(?<!First\s)Minister(?![-\s]+Counsel+or\b)"
                                r"|Premier|Chancellor|State\s+Councilor|King|Queen|Emir|Amir"
                                r"|Sultan|Taoiseach|(?:Crown\s+)?Prince|Emperor|Grand\s+Duke"
                                r"|General\s+Secretary)\b")

# Offices an official met on a trip abroad may hold on the US side (the US's own envoys
# there): such an official is not taken for the host country's.
OWN_ENVOY_TITLE = re.compile(r"\b(?:Ambassador|Charg[ée]|Consul|Senator|Congress\w*|Governor"
                             r"|Representative|Delegate)\b")

# A head of state or government right after a country ("to the French President"): the
# country is the adviser's own, not a portfolio.
HEAD_AFTER = re.compile(r"\s+(?:President|Prime\s+Minister|Chancellor|Premier|King|Government)\b")

# A subject "in" a country ("Human Rights in Cuba", "the crisis in Sudan", "Investment in
# Kenya"): what is discussed or someone's portfolio, not where the meeting was.
TOPIC_IN_BEFORE = re.compile(
    r"\b(?:[Hh]uman\s+[Rr]ights|[Dd]emocracy|[Ff]reedoms?|[Ss]ituation|[Cc]risis|[Ww]ar|"
    r"[Cc]onflict|[Vv]iolence|[Ee]lections?|[Pp]eace|[Ss]tability|[Ii]nvestments?|[Rr]eforms?"
    r"|[Rr]econstruction|[Rr]ule\s+of\s+[Ll]aw|[Aa]ttacks?|[Ff]ighting|[Hh]ostilities"
    r"|[Ss]hootings?|[Ee]arthquakes?|[Ff]loods?|[Hh]ostages?|[Ee]vents)\s+in\s+(?:the\s+)?$")
# An office's country right after its title word ("Ambassador to the United States"):
# not where the meeting took place.
OFFICE_FOR_BEFORE = re.compile(
    r"\b(?:Envoy|Representative|Coordinator|Advis[eo]r|Ambassador|Commissioner)(?:-designate)?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"  # "Ambassador of X to"
    r"\s+(?:for|to|on)\s+(?:the\s+)?$")

# A country named as the origin of people who hold no office ("Philippine labor leaders",
# "Afghan civil society representatives"): no government side was met.
NON_OFFICIAL_GROUP_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:labor|labour|trade union|union|business|civil society|religious"
    r"|faith|community|student|youth|women|women’s|women's|human rights|democracy|opposition"
    # (a demonym before "American" names Americans of that origin: "Cuban American leaders")
    r"|diaspora|private sector|industry|American)\s+(?:leaders|representatives|activists|advocates"
    r"|groups|organizations|organisations|defenders|delegation|members|community|communities)\b"
    # people who hold no office by what they are ("a group of Korean groundbreaking women")
    r"|\s+(?:[\w’'-]+\s+){0,2}?(?:women|youth|students|activists|advocates|entrepreneurs"
    r"|artists|scholars|journalists|executives|CEOs)\b")

# ... or as where they come from ("activists from Burma", "opposition leader Jane Roe of
# Belarus").
NON_OFFICIAL_GROUP_BEFORE = re.compile(
    r"\b(?:activists?|dissidents?|journalists?|(?:human rights|democracy) defenders?"
    r"|(?:civil society|business|religious|faith|labor|labour|student|opposition|pro-democracy)"
    r"\s+(?:leaders?|representatives|activists|figures|members|advocates))"
    r"\s+(?:(?:[A-Z][\w’'.-]*\s+){1,4}(?=of\s))?(?:from|of|in)\s+(?:the\s+)?$")

# A role holding no office right before a name ("democratic opposition leader Jane Roe").
NON_OFFICIAL_ROLE_BEFORE = re.compile(r"\b(?:[Oo]pposition\s+[Ll]eader|[Aa]ctivist|[Dd]issident"
                                      r"|[Jj]ournalist)\s+$")

# A grouping named as its members ("our eastern flank NATO Allies", "EU member states"): the
# members met, not the organisation.
GROUPING_MEMBERS_AFTER = re.compile(r"\s+(?:Allies|allies|[Mm]ember\s+(?:[Ss]tates|countries|"
                                    r"nations)|members|partners)\b")

# An official named inside another's title, as the principal of an attached office
# ("Bjoern Seibert, Chief of Staff for European Commission President Ursula von der Leyen"):
# not a participant.
PRINCIPAL_BEFORE = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:for|to)\s+(?:the\s+)?$")
# An office attached to the official just named, in the possessive ("President Biden’s
# Special Advisor for the Americas X"): the principal is not at the meeting.
# A person an event is held for ("returning from the State Funeral for Queen A", "a memorial
# service for Senator B"): honoured, not present at the meeting.
HONOREE_BEFORE = re.compile(r"\b(?:[Ff]uneral|[Mm]emorial(?:\s+[Ss]ervice)?|[Cc]elebration"
                            r"\s+of\s+(?:the\s+)?[Ll]ife)\s+(?:for|of)\s+(?:the\s+late\s+)?")
# A meeting's title ending with the place it was held ("... Roundtable with Clean Energy
# Leaders in Thailand"; not "Investing in America"): a meeting there, in person.
TITLE_HELD_IN = re.compile(r"(?<!ing)\s+in\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
                           r"\s*$")
# An official's act or programme named after a possessive ("as set out by President A’s January
# 27 executive order", "President A’s budget"): the official is named, not present.
ACT_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:[Ee]xecutive\s+[Oo]rders?|directives?|budget|agenda|plan|"
    r"proclamation|memorandum|law)\b")
# A title's official named in the possessive before a programme, not a meeting ("... with
# Companies Who Support President A’s Climate and Investing in America Agenda"): named, not met.
PROGRAMME_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:(?:[A-Z][\w.-]*|and|in|of|for|the|&)\s+){0,6}?(?:Agenda|Plan|Law|Act|Policy"
    r"|Policies|Initiative|Strategy|Program|Programme|Budget|Order|Framework|Priorities"
    r"|Legislation|Bill)\b")
OFFICE_AFTER_POSSESSIVE = re.compile(
    r"\s+(?:[A-Z][\w.-]*\s+){0,3}?(?:Special\s+|Senior\s+|Deputy\s+|Personal\s+)*(?:Advis[eo]r|Envoy"
    r"|Representative|Coordinator|Counselor|Counsellor|Chief\s+of\s+Staff|Spokesperson"
    r"|Press\s+Secretary|Delegation)\b")  # "President-elect X’s Policy Consultation Delegation"

# Leaders of a grouping's members (the G7): in a meeting of the grouping's leaders, a head
# of government named where the text speaks of the grouping ("thanked Prime Minister X for
# her leadership of the G7") took part.
GROUPING_LEADERS: dict[str, re.Pattern[str]] = {"G7": re.compile(r"\bG7\b|\bG-7\b")}

# Unnamed sides: rank of a group named by role.
GROUP_RANKS: tuple[tuple[re.Pattern[str], str], ...] = (
    # a leader named by office alone ("the President of the French Republic met ...")
    (re.compile(r"\bthe\s+(?:President|Prime\s+Minister|Chancellor|King|Emir|Amir|Taoiseach)"
                r"\s+of\b"), "head"),
    (re.compile(r"\b(?:leaders?|heads of (?:state|government)|(?<!vice )(?<!vice-)presidents"
                r"|prime ministers|chancellors)\b", re.I), "head"),
    (re.compile(r"\b(?:foreign ministers?|ministers?|secretaries)\b"
                r"|(?<!vice-)(?<!vice )\bministerial\b", re.I), "cabinet"),
    (re.compile(r"\b(?:officials|representatives|officers|envoys|diplomats|experts"
                r"|ambassadors)\b", re.I), "other"),
)
# The US side named as a group below cabinet rank where no official leads it in the meeting's
# clause ("Senior Administration Official Travel to X", "A U.S. interagency delegation ...
# traveled to Y"): level other.
# (searched over a record's text before the meeting's clause: guarded, see regex_guard)
US_GROUP_LEAD = guarded(re.compile(
    r"\b(?:Senior\s+(?:Administration\s+|State\s+Department\s+|U\.S\.\s+)?Officials?"
    r"|(?:U\.S\.|[Ii]nteragency|American)\s+(?:[\w-]+\s+)?[Dd]elegation)\b"))
# What comes before a grouping that is an office's portfolio, not a second hat ("Deputy Prime
# Minister for EU Funds", "Minister of State for EU Affairs").
TITLE_PORTFOLIO_BEFORE = re.compile(r"\b(?:for|on)\s+(?:the\s+)?$")
# A trip report's title: "Senior Official Travel to X", "A’s Trip to Y", "A Visits Z".
TITLE_TRAVEL = re.compile(r"\b(?:Travel|Trip|Visit)s?\s+to\b|\bVisits\s+[A-Z]")
# A foreign side met but no country named: the meeting's object is a group of other
# governments' people ("spoke with Pacific Island ambassadors", "met her counterparts"),
# or the paragraph counts the governments that took part ("More than 30 governments ...
# participated"). Level by rank (officials when no rank is said), parties unknown.
UNNAMED_FOREIGN_OBJECT = re.compile(
    r"(?<!U\.S\. )(?<!American )(?<!our )\b(?:ambassadors|counterparts|foreign (?:ministers"
    r"|officials|delegations|governments)|(?:delegations|representatives|officials|leaders)"
    r"\s+(?:of|from)\s+(?:\w+\s+){0,3}?(?:governments|countries|nations))\b")
# (a count of others, three or more: "both countries joined", "the two nations participated
# in" are the sides a readout names)
_COUNT_OF_OTHERS = (
    r"(?:(?:more|fewer)\s+than|over|nearly|almost|some|about|around|roughly|at\s+least)\s+"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)|(?![12]\b)\d[\d,]*|(?:three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?|a\s+dozen"
    r"|(?:dozens|scores)\s+of")
UNNAMED_FOREIGN_COUNT = re.compile(
    rf"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)\b(?:{_COUNT_OF_OTHERS})\s+(?:other\s+)?"
    r"(?:governments|countries|nations)\b[^.]{0,160}?"
    r"\b(?:participated|attended|took part|joined)\b")
# every match holds one of these: a paragraph without is not searched
UNNAMED_FOREIGN_COUNT_WORDS = ("governments", "countries", "nations")
# Groupings whose members are not listed: the number of parties is unknown.
# A forum with no officials of its own named for a role of an official's own state ("G7/G20
# Sherpa", "G20 Presidency"): no side.
GROUPING_ROLE_AFTER = re.compile(r"(?:/[A-Z][A-Za-z0-9]*)*\s+(?:(?:Sous-)?Sherpas?|Presidency"
                                 r"|presidency)\b")
# States met whose names the meeting's clause leaves out ("met with leaders of Pacific Island
# nations"): no count of parties. (Not the sides themselves: "the ties between our countries",
# "both nations".)
UNLISTED_STATES = re.compile(r"(?<!\bour\s)(?<!\bboth\s)(?<!\btwo\s)(?<!\btheir\s)"
                             r"\b(?:nations|countries)\b")
OPEN_GROUPINGS: frozenset[str] = frozenset({"G7", "G20", "ASEAN", "QUAD", "APEC"})

# An organisation of the meeting's clause taking part as a side: named as one entry of a
# list of the states at the table ("Representatives of the Arab League, Egypt, and France
# met"; "Kenya, INTERPOL, and Japan"), or as the forum whose meeting it is ("took part in
# the APEC Leaders' Meeting", "joined the CARICOM Heads of Government Conference").
# (what parts two entries of a list; matched whole)
ORG_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:the\s+)?")
ORG_FORUM_AFTER = re.compile(
    r"(?:\s*\([A-Z]{2,10}\))?(?:[’'‘]s)?\s+(?:[A-Z][\w’'-]*\s+){0,3}?(?:(?:Leaders|Ministers"
    r"|Ministerial|Summit|Meeting|Conference|Council|Heads\s+of\s+(?:State|Government))\b)")

# A later sentence of a record telling several separate meetings (the lead's ruling 10): one
# opening with the place of the next stop ("In Amman, the Secretary met with King A"), or
# one telling another meeting of the same visit ("She also met with Foreign Minister B"), or
# a stop told by the place the lead came from or went on to ("He arrived in X from Riyadh,
# Saudi Arabia, where he held talks with ...", "She then flew to Y, where she met with ...").
_TRIP_PLACE = (r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:,\s+(?:the\s+)?[A-Z][\w’'.-]*"
               r"(?:\s+[A-Z][\w’'.-]*){0,2})?")
# (the lead's own travel, not others' earlier trip: "senators who returned from a delegation to
# X, where they met ...")
_TRAVELLED = (r"(?:arrived|travell?ed|flew|went|continued|proceeded|moved\s+on|departed|left"
              r"|visited)\b")
# (a sentence's words: no full stop but a short title's, "Mr. A also met with")
_IN_SENTENCE = r"(?:[^.;]|(?<=Mr|Ms|Dr)\.|(?<=Mrs)\.)"
TRIP_MEETING = re.compile(
    rf"(?:(?:(?:Later,?\s+)?(?:In|While\s+in|At)\s+(?P<place>{_TRIP_PLACE}),\s+"
    rf"(?:(?!,){_IN_SENTENCE}{{0,60}}?\s)?|{_IN_SENTENCE}{{0,80}}?\balso\s+)(?:met|meets)\s+"
    rf"(?:separately\s+)?|{_IN_SENTENCE}{{0,80}}?\b{_TRAVELLED}{_IN_SENTENCE}{{0,60}}?"
    rf"\b(?:in|from|to)\s+(?P<where>{_TRIP_PLACE}),\s+where\s+(?:he|she|they)"
    r"\s+(?:also\s+)?(?:met|held\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks|discussions"
    r"|consultations)|had\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks|discussions))\s+)with\b")
# how far after the meeting's sentence such sentences are looked for (characters)
TRIP_MEETING_SPAN = 2500
# The lead's tour of several states: the verb, its list of places to where the list ends
# ("... traveled to X, Y, and Z to meet with officials", "visited X and Y on May 4-5").
TOUR = re.compile(rf"\b{_TRAVELLED}\s+(?:to\s+)?(?=(?:the\s+)?[A-Z])")
TOUR_LIST_END = re.compile(r"\s(?:to|for|on|from|in\s+order|where|this|last|earlier)\b"
                           r"|[;(]")
# What parts two officials of one list of those met (glue, no sentence's end): "A of X,
# President B", "A, President B, and C" (the country's name after the first may end it).
LIST_CONTINUES = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?"
                            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[^.;,()]{0,80}")
# A sentence opening with another time ("In 2021, ...", "Last March, ..."): no stop of this
# trip.
OTHER_TIME_LEAD = re.compile(
    r"(?:In|During|Since|Last|Earlier\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b(?!\s+\d))")

# Venues that are not city names.
_AT_SEAT = r"\b(?:at|in|to|inside|outside|from)\s+(?:the\s+)?"
VENUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:Windsor Castle|Buckingham Palace|Chequers|10 Downing Street"
                r"|Lancaster House)\b"), "GBR"),
    # other governments' seats and guest houses, and international organisations' seats, as
    # the place of a meeting ("at the Blue House"; not "Blue House officials")
    (re.compile(_AT_SEAT + r"(?:[ÉE]lys[ée]e\s+Palace|Quai\s+d[’']Orsay)\b"), "FRA"),
    (re.compile(_AT_SEAT + r"(?:Akasaka\s+Palace|Iikura\s+House)\b"), "JPN"),
    (re.compile(_AT_SEAT + r"(?:Yongsan\s+Presidential\s+Office|Blue\s+House"
                r"|Cheong\s+Wa\s+Dae)\b"), "KOR"),
    (re.compile(_AT_SEAT + r"(?:Great\s+Hall\s+of\s+the\s+People|Diaoyutai"
                r"|Zhongnanhai)\b"), "CHN"),
    (re.compile(_AT_SEAT + r"(?:Hyderabad\s+House|Rashtrapati\s+Bhavan)\b"), "IND"),
    (re.compile(_AT_SEAT + r"(?:Mariinsky\s+Palace)\b"), "UKR"),
    (re.compile(_AT_SEAT + r"(?:Rideau\s+Hall|Parliament\s+Hill)\b"), "CAN"),
    (re.compile(_AT_SEAT + r"(?:Palazzo\s+Chigi|Quirinal(?:e)?\s+Palace)\b"), "ITA"),
    (re.compile(_AT_SEAT + r"(?:Moncloa\s+Palace|Palacio\s+de\s+la\s+Moncloa)\b"), "ESP"),
    (re.compile(_AT_SEAT + r"(?:NATO|EU|European\s+Union|European\s+Commission)"
                r"\s+[Hh]eadquarters\b|\bBerlaymont\b"), "BEL"),
    (re.compile(_AT_SEAT + r"(?:UN|U\.N\.|United\s+Nations)\s+[Hh]eadquarters\b"), "USA"),
    (re.compile(r"\b(?:Oval Office|Roosevelt Room|Cabinet Room|Situation Room|"
                r"Vice President[’']s Residence|Naval Observatory|Eisenhower Executive Office "
                r"Building|Camp David|Blair House|Harry S\. Truman Building|State Dining Room|"
                r"East Room|Indian Treaty Room|South Court Auditorium|Rose Garden)\b"
                # a government's seat as a place ("at the White House"), not inside an
                # office's name ("Director of the White House Office of ...")
                r"|\b(?:at|in|to|inside|outside)\s+the\s+(?:White House|State Department"
                r"|Department of State|Pentagon)\b(?!\s+(?:Office|Council|Counsel|Coordinator|"
                r"Press|Chief|Senior|Director|Deputy|Special|Gender|Domestic|Competition)\b)"),
     "USA"),
)
# The government's seats named anywhere in the meeting sentence, even in an office's name
# ("the White House Office of ... convened"): a meeting held by them is taken as in person
# (the mode only; the place needs a venue above).
SEAT_NAMED = re.compile(r"\b(?:the White House|State Department|Department of State|Pentagon)\b")
# A later sentence naming where the meeting was held ("At the meeting, held in Washington,
# D.C., ..."; "The talks were held in Geneva"): group "prep" is the "in" / "at". The place
# is this meeting's only when set off or stated ("X, held in", "X was held in"): a bare
# "the summit held in Y" and "the last meeting, held in Y" recall another one.
# (also "The in-person convening took place in the Roosevelt Room", "Today’s meeting in
# Philadelphia, Pennsylvania follows ...")
_HELD_NOUNS = (r"(?:meeting|talks|dialogue|consultations?|session|summit|ministerial|call"
               r"|convening|roundtable|gathering)s?")
MEETING_HELD_AT = re.compile(
    r"(?:\b" + _HELD_NOUNS + r"(?:(?:,\s+(?:which\s+(?:was|were)\s+)?|\s+(?:which\s+)?"
    r"(?:was|were)\s+)held|\s+(?:which\s+)?took\s+place)"
    r"|\b(?:today|yesterday)[’']s\s+(?:[\w-]+\s+)?" + _HELD_NOUNS + r")\s+(?P<prep>in|at)\s", re.I)
# every match holds one of these (in some case): a text without is not searched
HELD = ("held", "took place", "today’s", "today's", "yesterday’s", "yesterday's")
# ... unless another occasion is meant ("the last ministerial meeting, held in Y").
# (also an event looked forward to: "looked forward to the APEC ministerial, held in ...",
# "look ahead to the regional summit")
OTHER_OCCASION_BEFORE = re.compile(
    r"\b(?:last|next|previous|prior|first|earlier|upcoming|former|forward\s+to|ahead\s+to)"
    r"\s+(?:[\w-]+\s+){0,2}$", re.I)
# (a particle inside the name is tried first: "in Rio de Janeiro", "Port of Spain")
PLACE_AFTER = re.compile(r"\b(?:[Ii]n|[Aa]t|to|visited|Visits?)\s+(?:the\s+)?((?:[A-Z][\w’'.\-]*"
                         r"(?:\s+(?:of|de|del|da|do|es|el|al)\s+(?=[A-Z])|,?\s+)?){1,4})")

# An official who opens a later sentence of a meeting record by speaking in it ("Energy
# Secretary A previewed ...", "During the meeting, Congresswoman B emphasized ...") took part.
# (an appositive may come between: "Congresswoman A, the first woman to ..., discussed")
SPEAKER_AFTER = re.compile(
    r"(?:,\s+(?:the|a|an)\s[^,;.]{0,80},)?,?\s+(?:also\s+|then\s+)?(?:previewed|discussed|emphasized|emphasised|highlighted"
    r"|underscored|noted|shared|spoke|stressed|outlined|described|reiterated|explained|detailed"
    r"|briefed|updated|presented|thanked|urged"
    r"|(?:provided|gave)\s+(?:an?\s+)?(?:update|briefing|overview))\b"
    # (not to the press afterwards: "Secretary A briefed reporters on the outcome")
    r"(?!\s+(?:with\s+|to\s+)?(?:reporters|the\s+(?:press|media)|journalists)\b)")
# What joins two officials who speak together ("Chair A and Acting Director B discussed").
SPEAKERS_JOINED = re.compile(r",?\s+and\s+(?:the\s+)?")
# ... and what joins the officials of a list who speak together ("A, B, and C discussed").
SPEAKERS_LISTED = re.compile(r",?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?")
# (a sentence opened by "Later" or "Then" tells a later event unless it stays in the meeting:
# "Later, Secretary A spoke with ..." is another event, "Later in the call, A stressed" is not)
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][”\"’)]?\s+|\n)(?:(?:During|At|In"
                                   r"|(?:Later|Then)\s+(?:in|during)\s+the)\b"
                                   r"[^.,;\n]{0,60},\s*)?$")

# The President of the United States, in a White House readout that names him only as
# "the President" ("This afternoon, the President met with ..."): the office holder on the
# day, by the dates each term began.
# (not an adviser's title: "Assistant to the President", "Senior Advisor to the President")
# A leader's spouse named with the style ("First Lady Jill Roe", "Second Gentleman Sam Lee"):
# groups "style" and "name". (The US side's: another country's is named "of X" and
# taken no further here.)
SPOUSE_NAMED = re.compile(r"\b(?P<style>First\s+Lady|Second\s+Gentleman)\s+(?:Dr\.\s+)?"
                          r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2})"
                          r"(?![\w’'-]|\s+of\b)")
THE_VICE_PRESIDENT = re.compile(r"(?<!\bto )(?<!\bof )(?<!\bfor )\b[Tt]he\s+(?:President\s+and\s+)?"
                                r"Vice\s+President\b(?![\s-]*(?:of\b|elect\b|[’']s\b|[A-Z]))")
THE_PRESIDENT = re.compile(r"(?<!\bto )(?<!\bof )(?<!\bfor )\b[Tt]he\s+President\b"
                           r"(?![\s-]*(?:of\b|elect\b|[’']s\b))")
# (the Vice President likewise, when the text names the holder: "Vice President Kamala
# Harris" of a White House or State record is of the US side)
US_VICE_PRESIDENTS: tuple[tuple[date, str], ...] = (
    (date(2001, 1, 20), "Richard B. Cheney"),
    (date(2009, 1, 20), "Joseph R. Biden"),
    (date(2017, 1, 20), "Michael R. Pence"),
    (date(2021, 1, 20), "Kamala D. Harris"),
    (date(2025, 1, 20), "JD Vance"),
)
US_PRESIDENTS: tuple[tuple[date, str], ...] = (
    (date(2001, 1, 20), "George W. Bush"),
    (date(2009, 1, 20), "Barack Obama"),
    (date(2017, 1, 20), "Donald J. Trump"),
    (date(2021, 1, 20), "Joseph R. Biden"),
    (date(2025, 1, 20), "Donald J. Trump"),
)

# Stated start time and length.
START_TIME = re.compile(
    r"\b(?:at|from|beginning at|starting at)\s+(?:around\s+|about\s+|approximately\s+)?"
    r"(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm|AM|PM)?"
    r"(?:\s*\((?:local time|[A-Z]{2,4})\)|\s+local time|\s+[A-Z]{2,4}\b)?", re.I)
DURATION = re.compile(
    r"\b(?:for|lasting|lasted|which lasted)\s+(?:about\s+|approximately\s+|around\s+|some\s+|"
    r"nearly\s+|more than\s+|over\s+|roughly\s+)?(?P<n>\d+|an?|one|two|three|four|five|six|"
    r"ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|one and a half|"
    r"two and a half|half an)\s+(?P<u>minutes?|hours?)\b", re.I)
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
    "fifty": 50, "sixty": 60, "ninety": 90, "one and a half": 1.5, "two and a half": 2.5,
    "half an": 0.5,
}

# Searched over whole sentences and paragraphs, and opening with a boundary, a lookbehind
# or a blank, which the regex engine cannot scan for: told the characters they start with
# (the same matches; see regex_guard).
(CLAUSE_END, VENUE_START, VIDEO, SIDE_LED_BY, UNNAMED_FOREIGN_COUNT, START_TIME, NOT_PAST,
 NAMES_AFTER_ROLE, EU_BODIES, INCLUDED_MEETING, PLACE_AFTER) = map(guarded, (
    CLAUSE_END, VENUE_START, VIDEO, SIDE_LED_BY, UNNAMED_FOREIGN_COUNT, START_TIME, NOT_PAST,
    NAMES_AFTER_ROLE, EU_BODIES, INCLUDED_MEETING, PLACE_AFTER))
# the same, for the searches of whole texts and of the windows before each name or country
# that cost most on the real White House records (the officials after a plural title alone
# ~3% of a readout's time before)
(NAMES_AFTER_PLURAL_TITLE, PORTFOLIO_BEFORE, HONOREE_BEFORE, NON_OFFICIAL_ROLE_BEFORE,
 CALL_WORD, MEET_TITLE, BURMA_NUG, THE_PRESIDENT, THE_VICE_PRESIDENT, JOINED, SEPARATE,
 ACCOMPANIED_BY, FOREIGN_ONLY_TITLE, UNNAMED_FOREIGN_OBJECT) = map(guarded, (
    NAMES_AFTER_PLURAL_TITLE, PORTFOLIO_BEFORE, HONOREE_BEFORE, NON_OFFICIAL_ROLE_BEFORE,
    CALL_WORD, MEET_TITLE, BURMA_NUG, THE_PRESIDENT, THE_VICE_PRESIDENT, JOINED, SEPARATE,
    ACCOMPANIED_BY, FOREIGN_ONLY_TITLE, UNNAMED_FOREIGN_OBJECT))
# and the participants' lines and lists: the soft line breaks of wrapped prose (a 40-character
# lookbehind tried at every position: ~4% of a readout's time), lists run into a sentence,
# their hosts and subjects, and the sentence ends they run to
(SOFT_WRAP, PROSE_PARTICIPANT_LIST, HOSTED_OFFICIALS, SUBJECT_TOOK_PART, SENTENCE_END,
 LATER_EVENT_BEFORE) = map(guarded, (
    SOFT_WRAP, PROSE_PARTICIPANT_LIST, HOSTED_OFFICIALS, SUBJECT_TOOK_PART, SENTENCE_END,
    LATER_EVENT_BEFORE))
# and the ones tests/test_rule_scans.py finds searched over a thousand characters or more of
# real records (whole texts, the paragraphs after the meeting's, the text after a list)
(DURATION, FUTURE, MEETING_HELD_AT, NOT_GOVERNMENT_BODY, PROGRAMME_FEATURED, SPOUSE_NAMED,
 FULL_STOP, LISTED_SIDE) = map(guarded, (
    DURATION, FUTURE, MEETING_HELD_AT, NOT_GOVERNMENT_BODY, PROGRAMME_FEATURED, SPOUSE_NAMED,
    FULL_STOP, LISTED_SIDE))
