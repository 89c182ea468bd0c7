"""Vocabularies for finding officials' names in English text (data, not logic)."""

from __future__ import annotations

import re

from ..regex_guard import guarded

# Capitalised words that end (or sit inside) an official title: the name follows them.
TITLE_WORDS: frozenset[str] = frozenset("""
President Minister Minster Secretary Advisor Adviser Representative Director General Chancellor
Pope Prince Princess King Queen Emperor Empress Ambassador Governor Administrator
Chairperson Chairman Chairwoman Chair Member Envoy Commissioner Commission Counselor
Counsellor Premier Emir Amir Sultan Holiness Majesty Highness Excellency Officer Chief Staff
Affairs Bureau Security Resources Management Secretariat Office Council Assembly Leader
Spokesperson Spokesman Senator Speaker Mayor Defence Defense Energy Treasury Commerce
Engagement Technology Cyber Deputy Vice Foreign First Second Under Assistant Acting Special
State National Prime Crown Supreme Grand Duke Senior Principal Executive Coordinator
Head Cabinet Diplomatic Attorney Justice Finance Trade Economy Interior Home Health
Agriculture Education Labor Labour Transportation Environment Climate Development
Cooperation Intelligence Homeland Intergovernmental Public Policy Economic Council Staff
Politburo Party Communist Peace Peninsula Korean Asian Oceanian Eastern Western Near
Southern Northern Central European Union Nations African Americas Pacific Indo-Pacific
Management Department Ministry Mission Delegation Commander Admiral Lieutenant Colonel
Captain Major Sergeant Justice Judge Chairperson Chancellor High Reverend Cardinal Bishop
Archbishop Sheikh Crown Headquarters Command Forces Navy Army Air Strategic Global
Operations Programs Multilateral Bilateral Regional International Trilateral Integration
Mr. Ms. Mrs. Dr. Sir Dame Lord Lady H.E. Hon. Secretary-General Under-Secretary
President-Elect Vice-President Counsel Gentleman Taoiseach Tánaiste Tanaiste Councilor Councillor
Minister-Counselor Minister-Counsellor Assemblywoman Assemblyman Assemblymember
Congressman Congresswoman Chairman-in-Office Chairperson-in-Office Chair-in-Office
Economist Gen. Lt. Col. Adm. Sgt. Maj. Capt. Amb. Sen. Rep. Gov. Prof. Medical Operating Financial
Innovation Implementation Rescue Plan Advisers Advisors Infrastructure Science Scientific
Legislative Legal Communications Equity Domestic Research Veterans Women Hemisphere
President-elect President-designate Minister-designate Minister-Designate President-Designate
Minister-elect Minister-Elect Investment Maritime Coordinating Industry Rapporteur
Tourism Transport Fisheries Mines Mining Petroleum Oil Water Housing Urban Rural Culture Sports
Information Communication Digital Telecommunications Planning Statistics Revenue Customs
Immigration Citizenship Undersecretary Under-Secretary
Migration Refugees Humanitarian Relief Reconstruction Religious Endowments Parliamentary
Relations Overseas External Works Forestry Social Welfare Family Children Gender Employment
Solidarity Digital Higher Sustainable Green Transition Commerce Banking Monetary
Lady Expatriates Narcotics Counternarcotics Counterterrorism Enforcement Human Services Rights
Unification Economics Prosecutor Prosecutors Anti-Corruption Corruption Port
Emigrants Diaspora
Co-Chair Co-Chairs Co-Chairman Co-Chairwoman Co-Chairperson Vice-Chair Vice-Chairman
Vice-Chairwoman
County Auditor Treasurer Comptroller Supervisor Councilmember Councilwoman Councilman
Alderman Alderwoman Delegate Democracy Plans Civilian Outreach Oceanic Oceanographic
Atmospheric Change Prevention Terrorism Violence Participation Civic Resilience
Preparedness Protection Safety
Promotion Ecology Ecological Territorial Cohesion Exports Export Transformation Demographic
Challenge
""".split())

# Given names written short with a full stop ("Hon. Ma. Lourdes Reyes" on Philippine pages,
# "Mohd." and "Md." in Malay and Bangladeshi names, older English "Wm.", "Jos."): the stop
# ends no sentence and no name
GIVEN_NAME_ABBREVIATIONS: tuple[str, ...] = (
    "Ma.", "Mohd.", "Muhd.", "Md.", "Wm.", "Jos.", "Chas.", "Thos.", "Jas.", "Geo.", "Fco.")

# Nouns that end an institution's name ("National Space Council").
INSTITUTIONS: frozenset[str] = frozenset("""
Council Commission Office Bureau Committee Agency Center Centre Institute Program Programme
Forum Initiative Secretariat Department Ministry Board Authority Fund Bank Organization
Organisation Association Foundation Society Academy University School Group Force Summit
Conference Dialogue Partnership Strategy Administration Service Corps Command Coalition
Policy Parliament Congress Senate Legislature Knesset Majlis Embassy Consulate Consulate-General
""".split())

# Words that start a title; the honorifics alone can introduce a name ("Mr. Sullivan").
HONORIFICS: frozenset[str] = frozenset({"Mr.", "Ms.", "Mrs.", "Dr.", "Sir", "Dame", "Shri"})

# Styles of royalty and address: a title made of these alone names no office ("His Royal
# Highness Prince"), so an office written after the name is the title.
STYLES: frozenset[str] = frozenset("""
His Her Their Royal Highness Highnesses Majesty Excellency Prince Princess Sheikh Sheikha
H.E. Hon. Honorable Honourable The
""".split())

# Titles of people who hold no public office: business people and the heads of private
# institutes and foundations ("Chair of the Institute for the Study of ..."); a leader's
# spouse ("accompanied by Second Gentleman X": the dev labels name spouses as mentioned).
# (searched in every title found: told the characters its matches start with, see
# regex_guard)
NON_OFFICIAL_TITLE = guarded(re.compile(r"Executive Officer|\bCEO\b|Founder|Chairman and"
                                        r"|Managing Director|\b(?:Institute|Foundation"
                                        r"|University|Museum)\b|\bOpposition\s+Leader\b"
                                        r"|\bActivist\b|\bDissident\b|\bJournalist\b"
                                        # (the spouse, not the staff: "Director of Policy
                                        # for the First Lady A" is an official)
                                        r"|(?<!\bthe\s)\b(?:First|Second)\s+(?:Lady|Gentleman)"
                                        r"\b"))

# Offices attached to a principal named after them with "of" ("Head of Cabinet of the
# European Commission President X", "Chief of Staff of the Prime Minister X").
ATTACHED_OFFICE_WORDS: frozenset[str] = frozenset({"Cabinet", "Staff"})

# Words of a record's headline that end what comes before them: an official's title starts
# after the last one ("Joint Release ... on Consultations Between Deputy Secretary X").
TITLE_BREAKS: frozenset[str] = frozenset({"Between", "With", "Consultations", "Meeting",
                                          "Meetings", "Call", "Calls", "Release", "Readout",
                                          "Statement"})

# Title heads: one of these must occur in the title phrase before a name.
TITLE_HEADS: frozenset[str] = frozenset("""
President Minister Minster Secretary Advisor Adviser Representative Director Chancellor Pope Prince
King Queen Emperor Ambassador Governor Administrator Chairperson Chairman Chairwoman Chair
Member Envoy Commissioner Counselor Counsellor Premier Emir Amir Sultan Holiness Majesty
Highness Spokesperson Spokesman Senator Speaker Mayor Leader Head Staff Officer Chief
Commander Admiral Sheikh Mr. Ms. Mrs. Dr. Sir Dame General Secretary-General
President-Elect Vice-President Counsel Gentleman Taoiseach Tánaiste Tanaiste Councilor
Councillor Economist Gen. Lt. Col. Adm. Sgt. Maj. Capt. Amb. Sen. Rep. Gov. Prof. Shri
President-elect President-designate Minister-designate Prime-Minister Minister-Designate
President-Designate Minister-elect Minister-Elect Chancellor-elect Chancellor-designate
Coordinator Rapporteur Prosecutor Undersecretary
Minister-Counselor Minister-Counsellor Assemblywoman Assemblyman Assemblymember
Congressman Congresswoman Chairman-in-Office Chairperson-in-Office Chair-in-Office
Executive Auditor Treasurer Comptroller Supervisor Councilmember Councilwoman Councilman
Alderman Alderwoman Delegate Official Co-Chair Co-Chairs Co-Chairman Co-Chairwoman
Co-Chairperson Vice-Chair Vice-Chairman Vice-Chairwoman
""".split())

# Title words that are also family names: after a given name, with no capitalised word
# after them, they end the name ("Minister of Energy Floyd Green, ...").
TITLE_SURNAMES: frozenset[str] = frozenset({"Green", "King", "Bishop", "Judge", "Major",
                                            "Marshall", "Chancellor", "Counsel"})

# Lower-case or particle tokens that may sit inside a personal name.
NAME_PARTICLES: frozenset[str] = frozenset({
    "von", "der", "van", "den", "de", "del", "da", "dos", "das", "di", "du", "la", "le",
    "bin", "bint", "ibn", "al", "el", "ben", "Ben", "abu", "Abu", "Al", "Bin",
})

# Lower-case particles that may open a family name written alone after a title's head
# ("President von der Leyen", "Minister van Dijk", "Ambassador de la Torre"). ("al", "el",
# "bin" are left out: they also join Arabic given names and patronymics.)
PARTICLE_FAMILY_OPENINGS: frozenset[str] = frozenset({
    "von", "van", "de", "del", "della", "da", "das", "dos", "di", "du", "le", "la", "ter",
})

# Name suffixes dropped from names.
NAME_SUFFIXES: frozenset[str] = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})

# Capitalised words that are never part of a name.
NOT_NAMES: frozenset[str] = frozenset("""
The A An And Or Of For In On At To With By From During After Before Today Yesterday This
That These Those Both Each All Alliance Summit Meeting Call Statement Readout Joint
Government Administration White House Oval Residence Palace Headquarters They He She We I
It His Her Their Our Its Begin Text End Office Bureau Council Assembly Ministry Department
Olympic Olympics Paralympic Games Framework Partnership Dialogue Strategy Initiative Act
Treaty Agreement Declaration Charter Conference Forum Group Leaders Ministers Secretaries
Officials Governors Members Partners Allies Federation Kingdom Republic Democratic People's
People’s Islamic United States Union Nations Islands Coast Guard Guard Sea Strait Peninsula
Indo-Pacific Pacific Atlantic Transatlantic Euro-Atlantic Affairs Security Defense Defence
Participants Industry Delegation Diaspora Jr. Sr. However Additionally Together Earlier
Later Also Mr Ms Mrs Consultation Consultations Committee Program Agency Level Parliament
Month Week Day Year Regarding Concerning Ahead Amid Via Over Hemisphere Women Men Youth
Leading Following Including Featuring Marking Celebrating Discussing Launching Announcing
Hosting Welcoming Foundation Liaison Store Magazine Persons League Center Mobility Control
Order Orders Metro Leadership
Data Technologist Improvement Directors Budget Performing Manager War Officers Authority
Partnerships Policy Anniversary Unity Growth Shri Smt
Congress Senate Cabinet Kingdom Government Court Party Legislature Diet Majlis Knesset
Sahara Sahel Balkans Caucasus Arctic Caribbean Gulf Asia Africa Europe America Americas
Mediterranean Middle East West North South Oceania Baltic Baltics Levant Horn Great Lakes
Gaza Tigray Darfur Crimea Donbas Xinjiang Tibet Kashmir
Excellence Opportunity Equity Prosperity Resilience
""".split())

# Per-country naming rules (family name first, two surnames, ...) are in data/naming.toml.

# Organisations an official may belong to (participants' country field), by a phrase
# that names them in a title.
ORGANISATIONS: tuple[tuple[str, str], ...] = (
    ("European Commission", "EU"), ("European Council", "EU"), ("European Union", "EU"),
    ("European External Action Service", "EU"), ("EEAS", "EU"),
    ("High Representative", "EU"), ("African Union", "AU"), ("AU", "AU"), ("NATO", "NATO"),
    ("North Atlantic Treaty Organization", "NATO"), ("United Nations", "UN"),
    ("UN Secretary", "UN"), ("U.N.", "UN"), ("ASEAN", "ASEAN"), ("OECD", "OECD"),
    ("Organisation for Economic Co-operation", "OECD"), ("Organization for Economic", "OECD"),
    ("International Monetary Fund", "IMF"), ("IMF", "IMF"), ("World Bank", "WB"),
    ("World Health Organization", "WHO"), ("World Trade Organization", "WTO"),
    ("Pope", "VAT"), ("Holy See", "VAT"), ("IAEA", "IAEA"),
    ("International Atomic Energy Agency", "IAEA"), ("OSCE", "OSCE"),
    ("Organization of Islamic Cooperation", "OIC"), ("OIC", "OIC"),
    ("Organization of American States", "OAS"), ("OAS", "OAS"),
    ("Gulf Cooperation Council", "GCC"), ("GCC", "GCC"),
    ("Pacific Islands Forum", "PIF"), ("PIF", "PIF"),
    ("Asia-Pacific Economic Cooperation", "APEC"), ("APEC", "APEC"),
    ("Caribbean Community", "CARICOM"), ("CARICOM", "CARICOM"),
    ("Arab League", "LAS"), ("League of Arab States", "LAS"),
    ("INTERPOL", "INTERPOL"), ("Interpol", "INTERPOL"),
    ("Organisation for the Prohibition of Chemical Weapons", "OPCW"),
    ("Organization for the Prohibition of Chemical Weapons", "OPCW"), ("OPCW", "OPCW"),
    ("Asian Development Bank", "ADB"), ("Mekong River Commission", "MRC"),
    ("International Committee of the Red Cross", "ICRC"), ("ICRC", "ICRC"),
    # (the international community's office in Bosnia and Herzegovina, not the EU's)
    ("High Representative for Bosnia and Herzegovina", "OHR"),
    ("Office of the High Representative", "OHR"),
    ("Council of Europe", "COE"), ("Economic Community of West African States", "ECOWAS"),
    ("ECOWAS", "ECOWAS"), ("Global Forum on Cyber Expertise", "GFCE"),
)
# The same phrases as whole-word patterns, with the phrase, longest phrase first (a list of
# participants takes the longest phrase at each place: "World Health Organization" before
# "WHO").
ORGANISATION_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (phrase, re.compile(rf"\b{re.escape(phrase)}\b"), code)
    for phrase, code in sorted(ORGANISATIONS, key=lambda pc: -len(pc[0])))

# Words of a title naming a devolved government's part of a state ("Scottish First Minister",
# "First Minister of Wales"): its officials are that state's side.
STATE_PARTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:Scottish|Scotland|Welsh|Wales|Northern Ireland)\b"), "GBR"),
)
