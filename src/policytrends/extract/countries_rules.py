"""Data tables for the country gazetteer (kept apart from the matching logic)."""

from __future__ import annotations

# Phrases that contain a country name or demonym without naming the country: seas,
# regions, peninsulas, US states. Matched like names; a match counts for nothing.
BLOCKING_PHRASES: tuple[str, ...] = (
    "South China Sea", "East China Sea", "South China Seas", "East China Seas",
    "South and East China Seas", "Sea of Japan", "Korean Peninsula", "Indian Ocean",
    "Korean peninsula", "Gulf of Mexico", "New Mexico", "Persian Gulf", "Arabian Sea",
    "Arabian Gulf", "Philippine Sea", "West Philippine Sea", "Latin America",
    "Latin American", "Latin Americans", "Central America", "Central American",
    "Central Americans", "North America", "North American", "North Americans",
    "South America", "South American", "South Americans", "African American",
    "African Americans", "Asian American", "Asian Americans", "Native American",
    "Native Americans", "American Indian", "American Indians", "Indo-Pacific", "Indo Pacific",
    "New Guinea", "Guinea worm", "Jordan River", "Georgia Governor",
    "State of Georgia", "Georgia's", "Atlanta, Georgia", "Savannah, Georgia",
    "Turkey Point", "Chinese Taipei", "Irish Sea", "Panama Canal Zone",
    "Greek Orthodox", "Hungarian goulash", "US$", "Lake Chad", "state of Georgia",
    "State of Georgia", "Georgia Ports", "Buy America", "whole-of-America",
    # a part of the United Kingdom, not Ireland
    "Northern Ireland", "Northern Irish",
    # capitals named after another country (a city alone names no country)
    "Port of Spain",
)

# Country names that are also given names or US states: a capitalised word right after
# them ("Chad Maisel", "Georgia Ports Authority") means they are not the country.
AMBIGUOUS: frozenset[str] = frozenset({"Chad", "Jordan", "Georgia"})
# Country short forms that are also a person's initials ("Mr. U. S. Tiwari, Joint
# Secretary"): they name the country only after "the" or in a compound ("Japan-U. S.",
# "U. S.-Japan"), or before a title or an organisation word ("U. S. President").
INITIALS_NAMES: frozenset[str] = frozenset({"U. S."})
# Country names that are also family names: after a given name, with perhaps an initial
# ("Lisa Monaco", "Lisa O. Monaco", "Representative Jim Jordan"), they name the person.
SURNAME_NAMES: frozenset[str] = frozenset({"Monaco", "Jordan"})
# Capitalised words before such a name that are no given names ("In Jordan", "Visit Jordan",
# "the Hashemite Jordan").
NOT_GIVEN_NAMES: frozenset[str] = frozenset({
    "In", "From", "To", "And", "With", "For", "On", "At", "By", "The", "Of", "Both", "Visit",
    "Visits", "About", "Across", "Into", "Through", "Northern", "Southern", "Eastern",
    "Western", "Central", "Greater", "Hashemite", "Principality", "Kingdom", "Republic",
    "State", "King", "Queen", "Prince", "Princess", "Crown", "Emir", "Amir", "Royal", "Like",
    "Including", "Neighboring", "Neighbouring", "Than", "Or", "But", "Also", "Welcome", "As",
    "If", "When", "While", "Then", "So", "Yet", "Even", "Only", "Since", "Because", "Unlike",
    "Near", "Toward", "Towards", "Between", "Against", "Within", "Without", "Beyond", "Via",
    "Despite", "Where", "Whether", "Until", "After", "Before", "During", "Under", "Over",
    "Among", "Amongst", "Especially", "Notably", "Namely", "Neither", "Either", "Not",
})
# A capitalised word ending in "s" before such a name is a headline's verb ("President X Hosts
# Jordan's King", "Secretary Y Thanks Jordan"), unless it is one of these given names.
GIVEN_NAMES_IN_S: frozenset[str] = frozenset({
    "James", "Thomas", "Charles", "Nicholas", "Douglas", "Dennis", "Louis", "Chris", "Carlos",
    "Lucas", "Marcus", "Andreas", "Francis", "Frances", "Agnes", "Doris", "Iris", "Lois", "Jules",
    "Jesús", "Jesus", "Nicolas", "Tomas", "Tomás", "Klaus", "Hans", "Markus", "Matthias",
    "Elias", "Jonas", "Niklas", "Silas", "Amos", "Miles", "Giles", "Rhys", "Wes", "Les",
})
INSTITUTION_WORDS: frozenset[str] = frozenset({
    "President", "Vice", "Government", "government", "Administration", "administration",
    "Secretary", "Ambassador", "Embassy", "Consul", "Consulate", "Congress", "Congressional",
    "Senate", "Senator", "Senators", "House", "Representative", "Representatives",
    "Department", "State", "Treasury", "Defense", "Defence", "Commerce", "Trade", "Forces",
    "forces", "Armed", "Army", "Navy", "Air", "Marine", "Marines", "Coast", "Military",
    "military", "Deputy", "Under", "Assistant", "Special", "Envoy", "Delegation",
    "delegation", "side", "officials", "Federal", "Cabinet", "Mission", "Permanent",
    "Chief", "Commander", "Joint", "Governor", "Mayor", "Chamber", "Agency",
})
# Country names that are also US states: after "<Place>, " they are the state ("Buena
# Vista, Georgia") unless the place is a country or one of the country's own cities.
US_STATE_NAMES: frozenset[str] = frozenset({"Georgia"})

# Capitals and frequent venue cities -> country (for meeting locations only; a city
# never counts as a country mention).
CITY_COUNTRY: dict[str, str] = {
    "Tokyo": "JPN", "Osaka": "JPN", "Hiroshima": "JPN", "Kyoto": "JPN", "Nagoya": "JPN",
    "Yokohama": "JPN", "Ise-Shima": "JPN", "Kantei": "JPN",
    "Washington": "USA", "Washington, DC": "USA", "Washington, D.C.": "USA",
    "Washington DC": "USA", "Washington D.C.": "USA", "New York": "USA",
    "New York City": "USA", "Camp David": "USA", "Honolulu": "USA", "Hawaii": "USA",
    "San Francisco": "USA", "Los Angeles": "USA", "Delaware": "USA", "Wilmington": "USA",
    "Claymont": "USA", "Rehoboth Beach": "USA", "Palm Beach": "USA", "Mar-a-Lago": "USA",
    "Seoul": "KOR", "Busan": "KOR", "Pyongyang": "PRK", "Beijing": "CHN",
    "Shanghai": "CHN", "Taipei": "TWN", "Hong Kong": "HKG",
    "London": "GBR", "Cornwall": "GBR", "Carbis Bay": "GBR", "Glasgow": "GBR",
    "Liverpool": "GBR", "Edinburgh": "GBR",
    "Paris": "FRA", "Berlin": "DEU", "Munich": "DEU", "Elmau": "DEU",
    "Schloss Elmau": "DEU", "Rome": "ITA", "Brussels": "BEL", "Madrid": "ESP",
    "Vilnius": "LTU", "Warsaw": "POL", "Rzeszow": "POL", "Rzeszów": "POL",
    "Kyiv": "UKR", "Kiev": "UKR", "Moscow": "RUS", "Geneva": "CHE", "Zurich": "CHE",
    "Davos": "CHE", "Bern": "CHE", "Vienna": "AUT", "The Hague": "NLD",
    "Amsterdam": "NLD", "Copenhagen": "DNK", "Stockholm": "SWE", "Oslo": "NOR",
    "Helsinki": "FIN", "Reykjavik": "ISL", "Dublin": "IRL", "Lisbon": "PRT",
    "Athens": "GRC", "Ankara": "TUR", "Istanbul": "TUR", "Bucharest": "ROU",
    "Sofia": "BGR", "Prague": "CZE", "Budapest": "HUN", "Bratislava": "SVK",
    "Riga": "LVA", "Tallinn": "EST", "Belgrade": "SRB", "Vatican": "VAT",
    "Vatican City": "VAT", "Luxembourg": "LUX",
    "Jakarta": "IDN", "Bali": "IDN", "Nusa Dua": "IDN", "Manila": "PHL",
    "Bangkok": "THA", "Hanoi": "VNM", "Ho Chi Minh City": "VNM", "Phnom Penh": "KHM",
    "Vientiane": "LAO", "Kuala Lumpur": "MYS", "Singapore": "SGP", "Naypyidaw": "MMR",
    "New Delhi": "IND", "Delhi": "IND", "Mumbai": "IND", "Islamabad": "PAK",
    "Kabul": "AFG", "Dhaka": "BGD", "Colombo": "LKA", "Kathmandu": "NPL",
    "Ulaanbaatar": "MNG", "Canberra": "AUS", "Sydney": "AUS", "Melbourne": "AUS",
    "Wellington": "NZL", "Auckland": "NZL", "Suva": "FJI", "Port Moresby": "PNG",
    "Ottawa": "CAN", "Toronto": "CAN", "Mexico City": "MEX", "Havana": "CUB",
    "Bogota": "COL", "Bogotá": "COL", "Lima": "PER", "Santiago": "CHL",
    "Buenos Aires": "ARG", "Brasilia": "BRA", "Brasília": "BRA", "Caracas": "VEN",
    "Quito": "ECU", "Panama City": "PAN", "San Jose": "CRI", "San José": "CRI",
    "Guatemala City": "GTM", "Tegucigalpa": "HND", "San Salvador": "SLV",
    "Managua": "NIC", "Port-au-Prince": "HTI", "Santo Domingo": "DOM",
    "Kingston": "JAM", "Bridgetown": "BRB",
    "Jerusalem": "ISR", "Tel Aviv": "ISR", "Ramallah": "PSE", "Amman": "JOR",
    "Cairo": "EGY", "Sharm el-Sheikh": "EGY", "Riyadh": "SAU", "Jeddah": "SAU",
    "Jidda": "SAU", "Abu Dhabi": "ARE", "Dubai": "ARE", "Doha": "QAT",
    "Muscat": "OMN", "Manama": "BHR", "Kuwait City": "KWT", "Baghdad": "IRQ",
    "Erbil": "IRQ", "Tehran": "IRN", "Beirut": "LBN", "Damascus": "SYR",
    "Tunis": "TUN", "Rabat": "MAR", "Algiers": "DZA", "Tripoli": "LBY",
    "Addis Ababa": "ETH", "Nairobi": "KEN", "Kinshasa": "COD", "Kigali": "RWA",
    "Abuja": "NGA", "Lagos": "NGA", "Accra": "GHA", "Dakar": "SEN",
    "Pretoria": "ZAF", "Johannesburg": "ZAF", "Cape Town": "ZAF", "Luanda": "AGO",
    "Kampala": "UGA", "Dar es Salaam": "TZA", "Khartoum": "SDN", "Mogadishu": "SOM",
    "Niamey": "NER", "Bamako": "MLI", "Djibouti": "DJI",
    "Tbilisi": "GEO", "Yerevan": "ARM", "Baku": "AZE", "Astana": "KAZ",
    "Tashkent": "UZB", "Chisinau": "MDA", "Minsk": "BLR",
    # venue cities of summits and ministerial meetings
    "Karuizawa": "JPN", "Sapporo": "JPN", "Fukuoka": "JPN", "Kobe": "JPN", "Sendai": "JPN",
    "Nagasaki": "JPN", "Naha": "JPN", "Okinawa": "JPN", "Niigata": "JPN", "Toyama": "JPN",
    "Hakone": "JPN", "Nikko": "JPN", "Toyako": "JPN", "Kanazawa": "JPN", "Takamatsu": "JPN",
    "Aichi-Nagoya": "JPN", "Shima": "JPN", "Yamanashi": "JPN",
    "Da Nang": "VNM", "Danang": "VNM", "Vladivostok": "RUS", "Sochi": "RUS",
    "St. Petersburg": "RUS", "Saint Petersburg": "RUS", "Fiuggi": "ITA", "Capri": "ITA",
    "Taormina": "ITA", "Apulia": "ITA", "Lucca": "ITA", "Milan": "ITA", "Naples": "ITA",
    "Biarritz": "FRA", "Deauville": "FRA", "Evian": "FRA", "Dinard": "FRA",
    "Hamburg": "DEU", "Bonn": "DEU", "Lübeck": "DEU", "Garmisch-Partenkirchen": "DEU",
    "Antalya": "TUR", "Hangzhou": "CHN", "Bangalore": "IND", "Bengaluru": "IND",
    "Ahmedabad": "IND", "Varanasi": "IND", "Perth": "AUS", "Brisbane": "AUS",
    "Darwin": "AUS", "Cairns": "AUS", "Phuket": "THA", "Chiang Mai": "THA", "Cebu": "PHL",
    "Davao": "PHL", "Siem Reap": "KHM", "Bandung": "IDN", "Labuan Bajo": "IDN",
    "Vancouver": "CAN", "Charlevoix": "CAN", "Quebec": "CAN", "Kananaskis": "CAN",
    "Pittsburgh": "USA", "Chicago": "USA", "Seattle": "USA", "Boston": "USA",
    "Houston": "USA", "Sea Island": "USA", "Anchorage": "USA",
    "Rio de Janeiro": "BRA", "São Paulo": "BRA", "Sao Paulo": "BRA", "Cancun": "MEX",
    "Los Cabos": "MEX", "Punta del Este": "URY", "Montevideo": "URY", "Asuncion": "PRY",
    "Asunción": "PRY", "La Paz": "BOL", "Lough Erne": "GBR", "Gleneagles": "GBR",
    "Manchester": "GBR", "Salzburg": "AUT", "Ljubljana": "SVN",
    "Zagreb": "HRV", "Nur-Sultan": "KAZ", "Bishkek": "KGZ", "Dushanbe": "TJK",
    "Ashgabat": "TKM", "Samarkand": "UZB", "Port Louis": "MUS",
    "Yokosuka": "JPN", "Nagano": "JPN", "Matsuyama": "JPN", "Hiroshima City": "JPN",
    # (older pages abbreviate New York: "visiting N.Y. to attend"; the trailing dot is
    # stripped before the look-up)
    "N.Y": "USA", "Cannes": "FRA", "Florence": "ITA", "Ningbo": "CHN",
    "Trieste": "ITA", "L'Aquila": "ITA", "Heiligendamm": "DEU",
    # more capitals (a day's page: "visited Port of Spain, capital of the Republic of ...")
    "Port of Spain": "TTO", "Ulan Bator": "MNG", "Nay Pyi Taw": "MMR", "Nay Pyi Daw": "MMR",
    "Bandar Seri Begawan": "BRN", "Dili": "TLS", "Thimphu": "BTN", "Tirana": "ALB",
    "Skopje": "MKD", "Sarajevo": "BIH", "Podgorica": "MNE", "Nicosia": "CYP",
    "Valletta": "MLT", "Nuku'alofa": "TON", "Apia": "WSM", "Port Vila": "VUT",
    "Honiara": "SLB", "Majuro": "MHL", "Palikir": "FSM", "Koror": "PLW", "Tarawa": "KIR",
    "Funafuti": "TUV", "Maputo": "MOZ", "Harare": "ZWE", "Lusaka": "ZMB", "Lilongwe": "MWI",
    "Gaborone": "BWA", "Windhoek": "NAM", "Antananarivo": "MDG", "Abidjan": "CIV",
    "Yamoussoukro": "CIV", "Ouagadougou": "BFA", "Conakry": "GIN", "Freetown": "SLE",
    "Monrovia": "LBR", "Banjul": "GMB", "Nouakchott": "MRT", "Lomé": "TGO", "Lome": "TGO",
    "Cotonou": "BEN", "Yaoundé": "CMR", "Yaounde": "CMR", "Libreville": "GAB",
    "Brazzaville": "COG", "Bangui": "CAF", "N'Djamena": "TCD", "Juba": "SSD",
    "Asmara": "ERI", "Bujumbura": "BDI", "Praia": "CPV", "Malabo": "GNQ", "Maseru": "LSO",
    "Sana'a": "YEM", "Sanaa": "YEM", "Nassau": "BHS", "Belmopan": "BLZ",
    "Paramaribo": "SUR", "Castries": "LCA", "Roseau": "DMA", "Basseterre": "KNA",
}

# US cities where meetings are held: places only, like the cities above.
CITY_COUNTRY.update(dict.fromkeys((
    "San Diego", "Chicago", "Philadelphia", "Pittsburgh", "Boston", "Seattle", "Houston",
    "Atlanta", "Miami", "Denver", "Detroit", "Baltimore", "Annapolis", "Woodside",
    "Sunnylands", "Rancho Mirage", "Palm Springs", "Dallas", "Phoenix", "Las Vegas",
    "Minneapolis"), "USA"))
# More cities where US officials meet their counterparts (places only, as above).
CITY_COUNTRY.update({
    "Lviv": "UKR", "Odesa": "UKR", "Odessa": "UKR", "Kharkiv": "UKR", "Dnipro": "UKR",
    "Krakow": "POL", "Kraków": "POL", "Gdansk": "POL", "Frankfurt": "DEU", "Ramstein": "DEU",
    "Ramstein Air Base": "DEU", "Cologne": "DEU", "Stuttgart": "DEU", "Potsdam": "DEU",
    "Belfast": "GBR", "Cardiff": "GBR", "Bletchley Park": "GBR", "Montreal": "CAN",
    "Montréal": "CAN", "Quebec City": "CAN", "Calgary": "CAN", "Halifax": "CAN",
    "AlUla": "SAU", "Al-Ula": "SAU", "Aqaba": "JOR", "Sharm El-Sheikh": "EGY",
    "Sharm El Sheikh": "EGY", "Adelaide": "AUS", "Kolkata": "IND", "Chennai": "IND",
    "Tianjin": "CHN", "Guangzhou": "CHN", "Monterrey": "MEX", "Guadalajara": "MEX",
    "Cancún": "MEX", "Pristina": "XKX", "Priština": "XKX", "Marseille": "FRA",
    "Strasbourg": "FRA", "Versailles": "FRA", "Venice": "ITA", "Turin": "ITA",
    "Porto": "PRT", "Seville": "ESP", "Barcelona": "ESP", "Thessaloniki": "GRC",
    "Lausanne": "CHE", "Basel": "CHE", "Almaty": "KAZ", "Nuuk": "GRL",
})
# Japan's prefectures, named with the word "Prefecture" ("Iwaki City, Fukushima Prefecture",
# "in Yamaguchi Prefecture"): places in Japan. Alone most of these words are also family
# names ("Mr. Yamaguchi"), so only the prefecture form is a place.
JAPANESE_PREFECTURES: tuple[str, ...] = (
    "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki",
    "Tochigi", "Gunma", "Saitama", "Chiba", "Kanagawa", "Niigata", "Toyama", "Ishikawa",
    "Fukui", "Yamanashi", "Nagano", "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto",
    "Osaka", "Hyogo", "Nara", "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima",
    "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki",
    "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa")
CITY_COUNTRY.update(dict.fromkeys((f"{p} Prefecture" for p in JAPANESE_PREFECTURES), "JPN"))
# US states, a place only after a city and a comma ("in San Diego, California"): alone a
# state's name is often part of another name ("the Montana Group"); "Georgia" is the
# country (US_STATE_NAMES), "Washington" the capital.
US_STATES: frozenset[str] = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Florida", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
    "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
    "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "West Virginia", "Wisconsin", "Wyoming"})
# Countries on one clock all year, unchanged since 2000 (no summer time, one time zone):
# minutes ahead of UTC. A time given only in Japan time (UTC+9) converts to their local
# time with certainty; countries with summer time, several zones or a change of offset in
# the period (Sri Lanka 2006, Bangladesh 2009, Kazakhstan 2024, Russia; Mongolia, with summer
# time in 2001-2006 and 2015-2016 and a second zone in the west) are not listed.
FIXED_UTC_OFFSET: dict[str, int] = {
    "JPN": 540, "KOR": 540, "CHN": 480, "TWN": 480, "HKG": 480, "PHL": 480,
    "SGP": 480, "MYS": 480, "BRN": 480, "VNM": 420, "THA": 420, "KHM": 420, "LAO": 420,
    "MMR": 390, "IND": 330, "UZB": 300, "ARE": 240, "OMN": 240, "QAT": 180, "SAU": 180,
    "KWT": 180, "BHR": 180, "KEN": 180, "ETH": 180, "TZA": 180, "UGA": 180, "DJI": 180,
    "ZAF": 120, "RWA": 120, "MOZ": 120, "NGA": 60, "GHA": 0, "SEN": 0, "CIV": 0,
}
