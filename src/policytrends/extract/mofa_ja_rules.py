"""Rule tables for Japanese MOFA readouts (data only; logic in mofa_ja.py).

Patterns are written for width-folded text (NFKC: ASCII digits, "(" for "（", ":" for "：").
See ../shared/formats/MOFA.md (Japanese section) and ../shared/gold/README.md.
"""

from __future__ import annotations

import re

# --- kind --------------------------------------------------------------------------------
# the meeting verb of a lead: 会談を行いました, 電話会談を実施しました, 表敬を受けました ...
MEETING_NOUN = (r"(?:首脳|外相|外務大臣|電話|テレビ|オンライン|ビデオ)?(?:会談|会合|会議|協議|対話|"
                r"表敬|会食|懇談|立ち話|面会|意見交換|ワーキング・?ランチ|ワーキング・?ディナー|"
                r"ワーキング・?ブレックファスト|昼食会|夕食会|朝食会|夕食懇談会|昼食懇談会|"
                # an exchange at a venue: 「…との間でやりとりを行ったところ」
                r"やりとり|やり取り|"
                # the foreign and defence ministers' meeting by its short name:
                # 「日豪「2+2」を行い」
                r"「2\+2」)")
MEETING_VERB = re.compile(
    rf"(?:{MEETING_NOUN}[^。]{{0,12}}?を[^。]{{0,10}}?(?:行|実施|受け|開催|持)|"
    # a meeting of several hosted (not a meal hosted: 「…首脳夫妻主催の夕食会」, 「夕食会を主催」)
    rf"(?:外相|首脳|閣僚)(?:会合|会議)を主催|"
    rf"(?:{MEETING_NOUN}|委員会|「2\+2」)[^。]{{0,20}}?が(?:(?:開催|実施)され|行われ)|"
    rf"(?:と|との間で)(?:会談|懇談|面会|立ち話)し|を表敬(?:訪問)?し|の表敬を受け|"
    # an audience with a monarch: 「…国王陛下を拝謁したところ」, 「…に謁見し」
    rf"(?:を|に)(?:拝謁|謁見)し|"
    rf"(?:朝食|昼食|夕食|食事)を共にし|電話を(?:受け|かけ)|"
    rf"(?:に|へ)(?:参加|出席)し(?=[たま、])|と電話で会談|と(?:会談|会食)しました)"
)
# an event attended, not a meeting held: 「…記念レセプションに出席したところ」
EVENT_ATTENDED = re.compile(r"(?:レセプション|式典|祝賀会|記念行事|セレモニー|開会式|閉会式|葬儀|"
                            r"国葬儀|追悼式|授賞式|記念式典)(?:等)?(?:に|へ)(?:参加|出席)し")
# an event hosted by another that the lead's official attended (「…州首相主催の夕食会に出席」)
HOSTED_EVENT_ATTENDED = re.compile(r"主催(?:の|する)?[^。、,]{0,12}?(?:夕食会|昼食会|晩餐会|朝食会|"
                                   r"レセプション|会合|会議)に(?:出席|参加)")
# a numbered point of the body, never the lead: 「(2)その他、…意見交換を行いました」,
# 「両外相は、…」, 「林大臣から、…」
BODY_POINT = re.compile(r"^(?:\(\d{1,2}\)|[(]?[アイウエオカキクケコ][)]|"
                        r"両(?:外相|首脳|大臣|者|国|副大臣)|"
                        r"双方|[一-龥々]{1,4}(?:大臣|総理|長官|外相|首相)から)")
# the Japanese side as the subject of a sentence: 「林外務大臣は」
SUBJECT = re.compile(r"(?:大臣|総理|首相|外相|政務官|局長|長官|大使|議員|代表)は")
SUBJECT_END = re.compile(r"(?:大臣|総理|首相|外相|政務官|局長|官|長|大使|議員|代表)は[、,]?")
# a wish, not a meeting held: 「安倍総理と会談したい旨」
WISH = re.compile(r"(?:い|け|ち)?たい")
FUTURE = re.compile(r"予定です|予定である|予定となって|行う予定|予定しています|"
                    r"(?:開催|実施|出席|参加|訪問|会談|協議)します|行います")
# a lead numbered as the first point: "1. 本22日..." / "1 本22日"
LEAD_NUMBER = re.compile(r"^\d{1,2}(?:\.\s*|\s+)(?!月|日|時)")
# (older pages write 通り in kanji: 「概要は以下の通りです」)
OVERVIEW = re.compile(r"(?:ところ|。)?[、,]?\s*(?:その)?概要は?(?:以下|次)の?(?:とおり|通り)"
                      r"(?:です)?[。.]?")
# titles that are not meeting readouts
KIND_BY_TITLE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("remarks", re.compile(r"記者会見|会見記録|ぶら下がり|インタビュー|スピーチ|演説|"
                           r"挨拶$|あいさつ$")),
    ("statement", re.compile(r"談話|声明|(?:についての|に関する)(?:外務)?(?:大臣|報道官)?"
                             r"(?:コメント|談話)")),
)
# a transcript: speakers in brackets (「【林外務大臣】」, 「【記者】」); older records put them
# in round brackets, a journalist as 「(問)」 (「(小野寺副大臣)本日官邸におきまして…」); the words
# follow on the label's line (a heading alone on its line is none: 「【ポイント】」), or on the
# next when the label names a speaker (「【林外務大臣】」, 「【記者】」 alone on their lines)
SPEAKER = re.compile(r"^(?:(?:【[^】]{1,20}】|\((?:問|答|記者|[^()、,。]{1,10}?(?:大臣|副大臣|"
                     r"政務官|報道官|長官))\))(?=\S)|【(?:問|答|記者|司会|[^】]{0,16}?(?:大臣|"
                     r"副大臣|政務官|報道官|長官))】\s*$)", re.M)
# an older overview of a foreign leader's visit to Japan (「ピニェラ・チリ大統領の訪日(概要)」):
# numbered points only, the schedule's point telling the talks held (「(3)29日には,…総理との
# 首脳会談…が行われた」) and the guest named in the title
VISIT_TO_JAPAN_TITLE = re.compile(r"の(?:訪日|来日)(?:\((?:概要|結果)\)|\s*(?:概要|結果))$")
POINT_NUMBER = re.compile(r"^\(\d{1,2}\)\s*")  # (the schedule's point number: 「(3)」)
MEETING_TITLE = re.compile(r"会談|会合|表敬|会食|懇談|立ち話|電話|テレビ会議|協議|対話|"
                           r"ランチ|ディナー|拝謁|謁見")
ANNOUNCEMENT = re.compile(r"予定|の訪日$|の来日$|の訪問$|訪問について$|の招へい|招待$")

# --- mode --------------------------------------------------------------------------------
MODES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video", re.compile(r"テレビ会議|テレビ会談|テレビ会合|オンライン|ビデオ会議|ビデオ会談|"
                         r"ウェブ会議|テレビ電話")),
    ("telephone", re.compile(r"電話会談|電話会合|電話で(?:会談|協議|意見交換)|電話による|"
                             r"電話にて|電話協議|との電話")),
)

# --- dates and times -------------------------------------------------------------------
LOCAL_MARK = "現地時間"
JAPAN_MARK = "日本時間"
# 6月2日, 2022年6月2日, 令和4年6月2日 (the day may carry a weekday: 6月2日(木))
DATE = re.compile(r"(?:(?P<era>令和|平成)(?P<eyear>元|\d{1,2})年|(?P<year>\d{4})年)?"
                  r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
# a day without its month: 「21日(午前11時35分から…)」, 「28日(土曜日)」, 「29日8時半」,
# a day with a time of day in words: 「19日正午」, 「3日夕刻」, 「8日未明」, 「7日早朝」,
# 「11日晩」, 「12日明け方」; the first of two days, 「6日及び7日」
DAY_ONLY = re.compile(r"(?:^|(?<=[、,\s]|間))(?:現地時間の?)?(?P<day>\d{1,2})日"
                      r"(?=[(、,夜朝昼午晩\d]|\s|には|正午|夕|未明|深夜|早朝|明け方|及び|に(?!は))")
# the local day in a bracket after Japan's date: 「12月7日(現地時間6日午後4時45分から…)」
LOCAL_DAY = re.compile(r"現地時間\s*(?P<day>\d{1,2})日")
# 本22日 / 本日 / 同日: the page's day
THIS_DAY = re.compile(r"本(?P<day>\d{1,2})日|本日|^同日")
# a day just past: 「昨22日(現地時間)」, 「去る15日」 (on or before the page date)
PAST_DAY = re.compile(r"(?:昨|去る|先般の?|同)(?P<day>\d{1,2})日")
# 午後5時35分 / 午前11時 / 17時50分 / 午後3時半 / 正午 / 16:30 (newer pages' colon clock)
TIME = re.compile(r"(?P<ap>午前|午後)?(?P<h>\d{1,2})時(?!間)(?:(?P<m>\d{1,2})分|(?P<half>半))?"
                  r"|(?P<noon>正午)|(?<![\d:])(?P<ch>[0-2]?\d):(?P<cm>[0-5]\d)(?![\d:])")
# a bracket with another clock: (日本時間6月3日午前0時15分) / (現地時間...)
PAREN = re.compile(r"\([^()]{0,60}\)")
# --- durations --------------------------------------------------------------------------
# 約1時間30分 / 約45分間 / 1時間半 / 約100分間 / 約2時間にわたり
DURATION = re.compile(r"(?<![\d時])(?P<about>約|およそ|凡そ)?"
                      r"(?:(?P<h>\d{1,2})時間(?:(?P<hm>\d{1,2})分|(?P<half>半))?"
                      r"|(?P<m>\d{1,3})分)(?P<span>間|程度|ほど|弱|強|にわたり|にわたって)?")
# a clock time that is a bound, not a start: 「午前8時前から」
TIME_BEFORE = re.compile(r"\s*前")
# a meeting told in parts, each with its length: 「少人数会合…約20分間…全体会合…約35分間」
IN_PARTS = re.compile(r"少人数|全体会[合談]|拡大会[合談]|テタテ|第[1一]部|前半")
# a later meeting of the lead at its own clock: 「…と外相会談を行い、その後午後5時から30分間、
# …大統領を表敬しました」 (two meetings, each timed: no one length covers both)
# (a meal after the talks is the same meeting continued: the talks' own length stands; and
# an event that is no meeting, 「その後午後4時から約20分間、共同記者発表を行った」, leaves it too)
LATER_MEETING = re.compile(r"(?:その後|引き続き|続いて)[、,]?\s*(?:同日)?\s*(?:午前|午後)?\d{1,2}時"
                           r"(?![^。]*?(?:ランチ|昼食|夕食|朝食|晩餐|会食|ディナー))"
                           r"(?=[^。]*?(?:会談|表敬|懇談|会合|立ち話|意見交換))")
# officials named after the lead (a passive lead: 「…が開催されました。」 then 「日本側からは…」)
ATTENDANCE = re.compile(r"出席|参加|同席")
# between two time ranges of one meeting held in parts: 「…まで,また,…」
PART_JOINED = re.compile(r"\s*[、,]?\s*(?:また|及び|並びに)\s*[、,]?\s*")
# a time range: 午後3時から午後3時45分まで (「17時30分過ぎから18時50分まで」; older pages end
# it with the clause: 「午前8時30分から10時、…において」)
TIME_RANGE = re.compile(rf"(?P<a>{TIME.pattern.replace('?P<', '?P<a_')})(?:頃|ごろ|過ぎ)?"
                        rf"(?:から|より|~|-)(?P<b>{TIME.pattern.replace('?P<', '?P<b_')})"
                        r"(?:頃|ごろ)?"
                        r"(?:まで|(?=[、,]))")

# --- places ------------------------------------------------------------------------------
IN_JAPAN = re.compile(r"訪日中|来日中|日本に立ち寄|訪日した|来日した|滞日中|の訪日|の来日|"
                      r"飯倉公館|外務省|"
                      r"総理大臣官邸|首相官邸|官邸|迎賓館|東京都内|都内|東京において|東京で|"
                      # the Prime Minister's residence and Tokyo's hotels of state meals
                      r"総理大臣公邸|総理公邸|首相公邸|帝国ホテル|ホテルニューオータニ")
VISITING = re.compile(r"(?P<place>[^、,。のはがを]{1,20}?)\s*(?:を|に)?"
                      # 「ラオスを公式訪問中」, 「…を国賓として訪問中」
                      r"(?:公式|公式実務|実務|国賓として|公賓として)?"
                      r"(?:訪問中|訪問している|滞在中|出張中)")
VISITING_WORDS = ("訪問中", "訪問している", "滞在中", "出張中")  # one is in every match
# a visit, then the talks in the same clause: 「…はギリシャを訪問し,同国要人と会談等を行った」
VISITED_AND_MET = re.compile(r"(?P<place>[^、,。のはがを\s]{1,20}?)を(?:公式)?訪問し[、,]"
                             r"[^。]{0,40}?(?:と(?:の)?(?:会談|懇談|意見交換)|を表敬)")
# a mission visited for the meeting: 「駐日ペルー共和国大使館を訪問し」 (in Japan: see MISSION)
MISSION_VISITED = re.compile(r"(?P<place>[^、,。はがを]{1,30}?(?:大使館|大使公邸|総領事館|代表部))"
                             r"を訪問し")
MISSION_VISITED_WORDS = ("を訪問し",)  # in every match
# an official attending the UN General Assembly meets others where it sits (New York) when
# the lead names no other place: 「国連総会出席中の…総理は,…ホテル内で」
AT_UN_GENERAL_ASSEMBLY = re.compile(r"国連総会(?:ハイレベル・?ウィーク)?(?:に|へ)?(?:出席|参加)"
                                    r"(?:のため|中|する)|"
                                    # 「…国連総会ハイレベルウィークの機会に」
                                    r"国連総会(?:ハイレベル・?ウィーク)?(?:の機会|の際|に際し)")
UN_GENERAL_ASSEMBLY_SEAT = "USA"
# a title naming the conference attended by its city, the place of the meetings the page
# tells when its lead names none: 「…大臣の第44回ミュンヘン安全保障会議出席」,
# 「…総理のダボス会議出席」, 「…大臣のG20リオデジャネイロ外相会合参加」 (the city right before
# the conference's words)
# ... or a lead's occasion: 「G7広島サミットの際に」, 「G20大阪サミットの機会に」
CONFERENCE_OCCASION = re.compile(
    r"(?:^|[、,\s])(?:第\d{1,3}回)?(?P<place>[^\s、,。の()]{2,24}?)"
    r"(?:安全保障会議|(?:外相|首脳|閣僚|財務相)?会(?:議|合)|サミット|フォーラム)"
    r"(?:の(?:際|機会|場|合間|会場)|に際し|に(?:出席|参加)(?:する|した|中)|(?:出席|参加)(?:のため|中))")
CONFERENCE_ATTENDED_TITLE = re.compile(
    r"の(?:第\d{1,3}回)?(?P<place>[^\s、,。の()]{2,24}?)"
    r"(?:安全保障会議|(?:外相|首脳|閣僚|財務相)?会(?:議|合)|サミット|フォーラム|対話)(?:への)?(?:出席|参加)")
# a visit to Japan welcomed in the first point: the meeting was in Japan
# (or the visit made: 「…の機会に訪日されたことを歓迎する」)
VISIT_TO_JAPAN_WELCOMED = re.compile(r"の(?:初)?(?:訪日|来日)を歓迎|"
                                     r"(?:訪日|来日)された(?:こと)?を(?:心から)?歓迎")
# the officials whose visit to Japan the first point welcomes came to the meeting: 「…から、
# テオ首相及びパナパ外相の訪日と…再会について歓迎」 (a visit now: not one to come or past,
# 「来月予定されている…の訪日を歓迎」, 「昨年の…の訪日」, 「本年秋の」, 「年内の」, 「次回の」,
# 「2019年の」; the visit now also 「…の今回の訪日」, 「…のこのたびの来日」; not 「30年ぶりの訪日」)
GUESTS_WELCOMED = re.compile(r"の(?:今回の|今般の|このたびの|この度の)?(?:初めての|初)?"
                             r"(?:訪日|来日)(?=[^。]{0,40}歓迎)")
NOT_THIS_VISIT = re.compile(r"予定|来月|来年|昨年|先月|先般|前回|かつて|以前|これまで|"
                            r"(?:本年|今年)(?:[春夏秋冬]|中|内|後半|前半|末)|年内|次回|先日|今後|"
                            r"将来|早期|\d{4}年(?!ぶり)")
# the first point of a lead without a place says where the meeting was: the guest's visit
# welcomed by abbreviation (「岸田大臣の訪韓を歓迎」 -> KOR), the guest welcomed to a place
# (「シュタインマイヤー外相を再び広島にお迎えできる」), the place it was held in
# (「…の就任後,韓国で開催された初めての会談」)
# (each says it of this meeting only: the visit right after the visitor's title or name, not
# one to come, 「総理の来月の訪米を歓迎」; the welcome now, not a wish, 「来年ワシントンにお迎え
# したい」; the meeting held as the sentence's end, not another one whose outcome it names,
# 「東京で開催された首脳会談の成果」)
VISIT_WELCOMED = re.compile(r"(?:(?<=大臣)|(?<=総理)|(?<=長官)|(?<=首相)|(?<=外相)|(?<=大統領)"
                            r"|(?<=閣下)|(?<=氏)|(?<=殿下)|(?<=陛下))"
                            r"の(?:初(?:めて)?の?|今次|今回の)?"
                            r"訪(?P<code>[米中韓露英仏独印豪伊加比越泰朝])を(?:心から)?歓迎")
WELCOMED_TO = re.compile(r"(?P<place>[^、,。はがをで\s]{1,12}?)にお迎え"
                         r"(?:でき(?:る|た)|し(?:た(?!い)|ている))"
                         r"(?![^、,。]{0,16}?(?:楽しみ|期待))")
# the visitor's own words on being there, in the first point: 「ウルグアイを訪問することができ光栄」
# (a visit hoped for, not made or to be arranged is none: 「…を訪問したい」, 「…を訪問することが
# できれば」, 「…できなかった」, 「…できるよう」)
VISIT_MADE = re.compile(r"(?P<place>[^、,。はがをで\s]{1,12}?)を(?:公式)?訪問"
                        r"(?:することができ(?!れば|な|る)|でき(?:た(?!ら)|て))")
# a time before this meeting's, earlier in VISIT_MADE's sentence: the visit told is an
# earlier one, not this meeting's place (「2年前に日本を訪問できたことは良い思い出」,
# 「昨年…を公式訪問できた」)
EARLIER_TIME = re.compile(r"(?:[0-9０-９一二三四五六七八九十数]+(?:年|か月|ヶ月|カ月|ケ月)前"
                          r"|一昨年|昨年|去年|先年|以前|かつて|前回)")
HELD_HERE = re.compile(r"(?P<place>[^、,。はがを\s]{1,12}?)で開催された(?:初めての|初の)?"
                       r"(?:[^、,。]{0,6}?)(?:会談|会合)(?![のをにへ]|で(?![あし]))")
# a trip report's opening: 「…は,X,Y及びZを訪問したところ,概要は以下のとおりです」
# (「カンボジアを公式訪問したところ」)
TRIP = re.compile(r"(?:を|に)(?:公式|公式実務|実務)?(?:訪問|歴訪|出張)し(?:た|ました|[,、])")
# a schedule's day line in a trip report: 「6月30日(月曜日)」 (the day of the items below it)
# (numbered, or with the time of day: 「(1)8月26日(金曜日)午前」)
TRIP_DAY_LINE = re.compile(r"^(?:\(\d{1,2}\)\s*)?(?:\d{1,2}月)?\d{1,2}日(?:\([^()]{1,4}\))?"
                           r"(?:午前|午後|夕刻|夜|朝|昼)?$")
# in a trip report's sections: a sentence of meeting, the country visited there, the day
# of the month, an intergovernmental dialogue that names no official
TRIP_MEETING = re.compile(r"会談|表敬|会食|懇談|意見交換|面会|対話|協議|同席|立ち話|"
                          # a meal with an official: 「ルベッキン外務大臣との昼食会」
                          r"(?:朝食|昼食|夕食|晩餐)会?|ランチ|ディナー|"
                          # greetings exchanged with an official, in a schedule's item or its
                          # section: 「X大統領との挨拶」, 「X大統領と挨拶を交わし」 (not a
                          # speech's 「冒頭挨拶」)
                          r"との挨拶|と挨拶を交わ")
# a photo caption in a trip report's section: a short noun phrase, a paragraph of one line
# (「プナ首相との会談」, 「歓迎式典の様子」: the bullets the reader turns into paragraphs), no
# clause in it; a section that also tells its meetings in sentences names its officials
# there, the captions only repeat them (or name what the capture's text no longer tells)
CAPTION = re.compile(r"[^、,。\n]{1,40}")
PROSE = re.compile(r"[、,。]")
# ... a run of such lines is a photo strip when one of them says what a photo shows (a
# run of sub-headings whose accounts the capture lost, 「X副大統領との会談」, 「Y外務大臣との
# 昼食会」, names meetings held: those stay)
PHOTO_CAPTION = re.compile(r"様子|式典|握手|記念撮影|写真|視察|献花|署名式")
TRIP_VISIT = re.compile(r"(?P<place>[^、,。はがを]{1,20}?)を訪問し")
# a section that opens with its country: 「(1)アンゴラでは、…副大統領への表敬訪問を行った他」
TRIP_SECTION_PLACE = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.\s])?\s*(?P<place>[^、,。()]{1,20}?)"
                                r"(?:では|において(?:は)?)[、,]")
TRIP_BRACKET_DAY = re.compile(r"\((?P<day>\d{1,2})日\)")  # 「…と会談した(3日)」
TRIP_DAY = re.compile(r"(?:^|[、,\s])(?P<day>\d{1,2})日(?=[、,(午夜朝昼]|\s)")
TRIP_DIALOGUE = re.compile(r"日・?[^、,。]{1,16}?(?:政策対話|戦略対話|対話|協議|合同委員会|"
                           r"パートナーシップ・フォーラム)")
HELD_IN = re.compile(r"(?P<place>[^、,。はがを\s]{1,24}?)"
                     r"(?:において|にて|での|市内で|で(?=開催|行われ|会談|実施|会食|懇談|朝食|昼食|夕食))")
# a place phrase's district words after the city: 「ハノイ市内」, 「ロンドン郊外」
CITY_DISTRICT = re.compile(r"(?:市内|市街|郊外|近郊|市)$")
# a place in Japan named by its prefecture: 「北海道恵庭市の…」, 「静岡県…」
JAPANESE_PREFECTURE = re.compile(r"北海道|東京都|京都府|大阪府|[一-龥]{1,3}県")
# a clock stated in a city's time: 「29日8時半(ニューヨーク時間)」
CITY_TIME = re.compile(r"\((?P<place>[^()、,。]{1,12}?)時間\)")
# on a visit named by abbreviation: 「安倍総理の訪中に同行している」, 「訪米中の」
VISIT_ABBREVIATED = re.compile(r"訪(?P<code>[米中韓露英仏独印豪伊加比越泰朝])"
                               r"(?:中|に同行|の機会|した際)")
# the side a listed official belongs to: 「日本側からは」, 「韓国から」, 「米側から」
SIDE_FROM = re.compile(r"(?P<who>[^、,。\s()]{1,12}?)側?(?:から|より)(?:は)?")
# Japan's side named without the country: 「我が国より安倍総理,…が出席」
OWN_SIDE = frozenset({"我が国", "本邦", "我が方", "当方"})
CITIES: dict[str, str] = {
    "ニューヨーク": "USA", "ワシントン": "USA", "ワシントンD.C.": "USA", "ワシントンDC": "USA",
    "ホノルル": "USA",
    "ハワイ": "USA", "サンフランシスコ": "USA", "ロサンゼルス": "USA",
    "ジュネーブ": "CHE", "ブリュッセル": "BEL", "ロンドン": "GBR", "パリ": "FRA",
    "ベルリン": "DEU", "ミュンヘン": "DEU", "ローマ": "ITA", "北京": "CHN", "上海": "CHN",
    "ソウル": "KOR", "釜山": "KOR", "ジャカルタ": "IDN", "バリ": "IDN", "バンコク": "THA",
    "ハノイ": "VNM", "マニラ": "PHL", "クアラルンプール": "MYS", "プノンペン": "KHM",
    "ビエンチャン": "LAO", "ニューデリー": "IND", "デリー": "IND", "キャンベラ": "AUS",
    "シドニー": "AUS", "メルボルン": "AUS", "オタワ": "CAN", "モスクワ": "RUS", "キーウ": "UKR",
    "キエフ": "UKR", "ウェリントン": "NZL", "東京": "JPN", "大阪": "JPN", "広島": "JPN",
    "軽井沢": "JPN", "京都": "JPN", "那覇": "JPN", "長崎": "JPN", "名古屋": "JPN", "横浜": "JPN",
    "神戸": "JPN", "福岡": "JPN", "札幌": "JPN", "仙台": "JPN", "伊勢志摩": "JPN", "箱根": "JPN",
    "沖縄": "JPN", "奈良": "JPN", "新潟": "JPN", "富山": "JPN", "飯倉公館": "JPN",
    "スバ": "FJI", "パリキール": "FSM", "アピア": "WSM", "ポートモレスビー": "PNG",
    "ウランバートル": "MNG", "ドーハ": "QAT", "NY": "USA", "N.Y.": "USA",
    "リヤド": "SAU", "アブダビ": "ARE", "ドバイ": "ARE", "テヘラン": "IRN", "カイロ": "EGY",
    "アンカラ": "TUR", "イスタンブール": "TUR", "マドリード": "ESP", "ハーグ": "NLD",
    "ワルシャワ": "POL", "ウィーン": "AUT", "ストックホルム": "SWE", "ヘルシンキ": "FIN",
    "ビリニュス": "LTU", "マドリッド": "ESP", "ブラジリア": "BRA", "リマ": "PER",
    "ブエノスアイレス": "ARG", "メキシコシティ": "MEX", "ナイロビ": "KEN", "アディスアベバ": "ETH",
    "ヨハネスブルグ": "ZAF", "ネピドー": "MMR", "ヤンゴン": "MMR", "シンガポール": "SGP",
    "ビシュケク": "KGZ", "タシケント": "UZB", "アスタナ": "KAZ", "ヌルスルタン": "KAZ",
    # capitals and venues of summits and ministerial meetings (as in countries_rules)
    "ミラノ": "ITA", "フィレンツェ": "ITA", "ナポリ": "ITA", "タオルミーナ": "ITA",
    "カプリ": "ITA", "プーリア": "ITA", "バチカン": "VAT",
    "ニース": "FRA", "ビアリッツ": "FRA", "ドーヴィル": "FRA", "ストラスブール": "FRA",
    "フランクフルト": "DEU", "ハンブルク": "DEU", "エルマウ": "DEU", "ボン": "DEU",
    "グラスゴー": "GBR", "エディンバラ": "GBR", "コーンウォール": "GBR", "リバプール": "GBR",
    "ダブリン": "IRL", "リスボン": "PRT", "アテネ": "GRC", "アムステルダム": "NLD",
    "コペンハーゲン": "DNK", "オスロ": "NOR", "レイキャビク": "ISL", "タリン": "EST",
    "リガ": "LVA", "ヴィリニュス": "LTU", "ビルニュス": "LTU", "プラハ": "CZE",
    "ブダペスト": "HUN", "ブラチスラバ": "SVK", "ブカレスト": "ROU", "ソフィア": "BGR",
    "ベオグラード": "SRB", "ザグレブ": "HRV", "リュブリャナ": "SVN", "キシナウ": "MDA",
    "トビリシ": "GEO", "バクー": "AZE", "エレバン": "ARM", "ミンスク": "BLR",
    "ジュネーヴ": "CHE", "ダボス": "CHE", "ベルン": "CHE", "チューリッヒ": "CHE",
    "ルクセンブルク": "LUX", "サンクトペテルブルク": "RUS", "ウラジオストク": "RUS",
    "ボストン": "USA", "シカゴ": "USA", "ヒューストン": "USA", "シアトル": "USA",
    "キャンプ・デービッド": "USA", "パームビーチ": "USA", "アンカレッジ": "USA",
    "トロント": "CAN", "バンクーバー": "CAN", "モントリオール": "CAN", "ケベック": "CAN",
    "ハバナ": "CUB", "ボゴタ": "COL", "サンティアゴ": "CHL", "カラカス": "VEN",
    "キト": "ECU", "パナマシティ": "PAN", "サンパウロ": "BRA", "リオデジャネイロ": "BRA",
    "モンテビデオ": "URY", "アスンシオン": "PRY", "ラパス": "BOL",
    "台北": "TWN", "香港": "HKG", "平壌": "PRK", "大連": "CHN", "天津": "CHN", "杭州": "CHN",
    "広州": "CHN", "済州": "KOR", "仁川": "KOR", "ホーチミン": "VNM", "ダナン": "VNM",
    "セブ": "PHL", "ヌサドゥア": "IDN", "ペナン": "MYS", "バンダルスリブガワン": "BRN",
    "ディリ": "TLS", "イスラマバード": "PAK", "カラチ": "PAK", "カブール": "AFG",
    "ダッカ": "BGD", "コロンボ": "LKA", "カトマンズ": "NPL", "ムンバイ": "IND",
    "ベンガルール": "IND", "コルカタ": "IND", "チェンナイ": "IND", "マレ": "MDV",
    "オークランド": "NZL", "パース": "AUS", "ブリスベン": "AUS", "ダーウィン": "AUS",
    "ヌクアロファ": "TON", "ポートビラ": "VUT", "ホニアラ": "SLB", "マジュロ": "MHL",
    "コロール": "PLW", "タラワ": "KIR", "フナフティ": "TUV",
    "エルサレム": "ISR", "テルアビブ": "ISR", "ラマッラ": "PSE", "アンマン": "JOR",
    "ベイルート": "LBN", "ダマスカス": "SYR", "バグダッド": "IRQ", "マスカット": "OMN",
    "マナーマ": "BHR", "クウェート市": "KWT", "ジッダ": "SAU", "ジェッダ": "SAU",
    "シャルム・エル・シェイク": "EGY", "チュニス": "TUN", "ラバト": "MAR", "アルジェ": "DZA",
    "トリポリ": "LBY", "ハルツーム": "SDN", "アクラ": "GHA", "アブジャ": "NGA",
    "ラゴス": "NGA", "ダカール": "SEN", "アビジャン": "CIV", "キガリ": "RWA",
    "キンシャサ": "COD", "ルアンダ": "AGO", "マプト": "MOZ", "ルサカ": "ZMB",
    "ハラレ": "ZWE", "ダルエスサラーム": "TZA", "カンパラ": "UGA", "プレトリア": "ZAF",
    "ケープタウン": "ZAF", "ヨハネスブルク": "ZAF", "アンタナナリボ": "MDG",
    "ウィントフック": "NAM", "ハボローネ": "BWA", "ジブチ": "DJI",
    # seats of government a meeting is held in
    "ホワイトハウス": "USA", "国連本部": "USA", "エリゼ宮": "FRA",
    "ダウニング街": "GBR", "クレムリン": "RUS", "青瓦台": "KOR", "人民大会堂": "CHN",
    "釣魚台国賓館": "CHN", "釣魚台": "CHN", "マラカニアン宮殿": "PHL",
}
# a country's mission is not in that country: 「カタール国連代表部にて」 (in New York), unless
# it is one in Japan: 「駐日カタール大使公邸において」
MISSION = re.compile(r"(?:国連代表部|政府代表部|代表部|大使館|大使公邸|公邸|総領事館|領事館)$")
MISSION_IN_JAPAN = re.compile(r"駐日|在京|在日")
# a venue after its city, read off before the city is looked up: 「広島市内のホテル」,
# 「リマの大統領府」, 「ハノイ国家会議場」 (the city is the place)
VENUE = re.compile(r"(?:市内|市)?の?[^の\s]{0,12}?(?:ホテル|迎賓館|国際会議場|会議場|会議センター|"
                   r"センター|宮殿|公館|庁舎|大統領府|首相府|大統領官邸|首相官邸)$")
# a ministry or embassy of another country is no place in Japan: 「ドイツ外務省において」
FOREIGN_OFFICE = ("外務省", "外務省において", "外務省にて")

# --- people ------------------------------------------------------------------------------
# official titles, longest first when matched; rank: head, cabinet, other
TITLE_RANKS: dict[str, str] = {
    "内閣総理大臣": "head", "総理大臣": "head", "首相": "head", "総理": "head", "大統領": "head",
    "国家主席": "head", "国王": "head", "首長": "head", "皇太子": "head", "国家元首": "head",
    "執政": "head",  # サンマリノの執政 (the two Captains Regent, heads of state)
    "国連事務総長": "head", "国際連合事務総長": "head", "欧州委員会委員長": "head",
    "欧州理事会議長": "head", "NATO事務総長": "cabinet", "北大西洋条約機構事務総長": "cabinet",
    "ASEAN事務総長": "other",
    "国務院総理": "head", "連邦首相": "head", "首席大臣": "head",
    "外務大臣": "cabinet", "外相": "cabinet", "国務長官": "cabinet", "外交部長官": "cabinet",
    "外交部長": "cabinet", "国務委員兼外交部長": "cabinet", "外務・英連邦・開発大臣": "cabinet",
    "外務相": "cabinet", "欧州・外務相": "cabinet",
    "外務・英連邦大臣": "cabinet", "欧州・外務大臣": "cabinet", "外務・英連邦・開発相": "cabinet",
    "外務・欧州問題大臣": "cabinet", "外務・国際協力大臣": "cabinet",
    "外務貿易大臣": "cabinet", "外務・貿易大臣": "cabinet", "外務・移民大臣": "cabinet",
    "防衛大臣": "cabinet", "国防長官": "cabinet", "国防大臣": "cabinet", "国防相": "cabinet",
    "副大統領": "cabinet", "副首相": "cabinet", "副総理": "cabinet", "大臣": "cabinet",
    "長官": "cabinet", "上級代表": "cabinet", "事務総長": "cabinet", "国務委員": "cabinet",
    "外交担当国務大臣": "cabinet", "官房長官": "cabinet", "内閣官房長官": "cabinet",
    "経済産業大臣": "cabinet", "財務大臣": "cabinet", "通商代表": "cabinet", "商務長官": "cabinet",
    "財務長官": "cabinet",
    "副大臣": "other", "外務副大臣": "other", "大臣政務官": "other", "外務大臣政務官": "other",
    "政務官": "other", "国務副長官": "other", "国務次官": "other", "国務次官補": "other",
    "次官補": "other", "次官": "other", "事務次官": "other", "外務審議官": "other",
    "審議官": "other", "局長": "other", "大使": "other", "特命全権大使": "other",
    "駐日大使": "other", "補佐官": "other", "国家安全保障担当大統領補佐官": "other",
    "国家安全保障局長": "other", "副長官": "other", "議員": "other", "上院議員": "other",
    "下院議員": "other", "下院議長": "other", "上院議長": "other", "議長": "other",
    "外務長官": "cabinet", "内閣筆頭長官": "cabinet", "国王顧問": "other",
    "事務局長": "other", "専務理事": "other",
    "特使": "other", "首相特使": "other", "大統領特使": "other", "特別代表": "other",
    "事務次長": "other", "総裁": "other", "副外相": "other",
    "外務次官": "other", "外務副大臣政務官": "other", "第一副大臣": "other", "知事": "other",
    "市長": "other", "委員長": "other", "外交顧問": "other", "首席補佐官": "other",
    "副部長": "other", "外交部副部長": "other", "第1次官": "other", "第2次官": "other",
    "第一次官": "other", "第二次官": "other", "外交部第1次官": "other",
    # a head of state written without 国家: 「習近平・中華人民共和国主席」
    "主席": "head",
    # envoys to the UN and sub-ministerial secretaries of state: 「オマーン国連常駐代表」,
    # 「パレスチナ国連常駐オブザーバー」, 「外務・協力省付領事長官」
    "常駐代表": "other", "国連常駐代表": "other", "常駐オブザーバー": "other",
    "国連常駐オブザーバー": "other", "領事長官": "other",
    # a ministry's secretary of state, below its minister: 「外務・協力省長官」
    "省長官": "other",
    "議員連盟会長": "other", "議員連盟副会長": "other", "議連会長": "other",
    "議連副会長": "other", "議員連盟幹事長": "other",
    "中央政治局委員": "cabinet", "中央政治局常務委員": "cabinet",
    "中央外事工作委員会弁公室主任": "cabinet", "外交通商部長官": "cabinet",
    "外交通商部第1次官": "other", "外交通商部第2次官": "other",
    "元首相": "other", "前首相": "other", "元大統領": "other", "前大統領": "other",
    "元総理大臣": "other", "元外相": "other", "前外相": "other", "元外務大臣": "other",
    "前外務大臣": "other",
    "外務・安全保障政策上級代表": "cabinet", "担当委員": "cabinet", "担当欧州委員": "cabinet",
    "外務・安全保障政策上級代表兼欧州委員会副委員長": "cabinet",
    # Japan's deputy chief cabinet secretary, below the cabinet: 「西村明宏官房副長官」
    "官房副長官": "other", "内閣官房副長官": "other",
    # a chargé d'affaires: 「ポサダ・コロンビア臨時代理大使」
    "臨時代理大使": "other", "代理大使": "other",
    # an acting minister: 「バルベルデ・ウルグアイ東方共和国内務大臣代行」
    "大臣代行": "cabinet",
    # a member of a parliament sent to a meeting: 「ドゥベイ・ナウル国会議員」
    "国会議員": "other",
    # a party's department head, no minister of the government: 「王家瑞・中国共産党中央対外連絡
    # 部長」
    "中央対外連絡部長": "other", "対外連絡部長": "other",
}
# an office not yet taken, marked before its title (「エブラル・メキシコ合衆国次期外務大臣」),
# ranks below every cabinet office: a designate holds none yet
DESIGNATE = "次期"
# a courtesy call received from people who hold no office, named by what they are and how
# many (「…からの若手日系人3名の表敬を受けた」, 「…プログラム参加者一行の表敬」): no meeting between
# officials when the lead names no official on their side
UNOFFICIAL_CALLERS = re.compile(
    # (not a government's or a parliament's people: 「米国政府関係者一行の表敬」)
    r"(?:日系人|学生|大学生|高校生|留学生|研修員|研修生|青年|参加者|招へい者"
    r"|(?<!政府)(?<!議会)(?<!当局)(?<!省)関係者)"
    r"(?:[0-9]{1,3}名|ら|等)?(?:一行)?(?:の|による)表敬を受け")
# foreign envoys met as a group the lead does not name (「東南アジア諸国の駐日大使等と会談」,
# 「中南米諸国の駐日大使による表敬」): the other side, ranked as envoys
UNNAMED_ENVOYS = re.compile(r"駐日[^、,。]{0,12}?大使(?:等|ら|たち)?(?:と|の|による|から)")
UNNAMED_ENVOYS_RANK = "other"
# a Japanese family name that begins with 兼 (「兼原内閣官房副長官補」 in an attendee list),
# which NOT_A_NAME otherwise reads as a piece of a compound title (「首相兼外務大臣」)
KEN_FAMILY_NAME = re.compile(r"兼[\u4e00-\u9fff]{1,2}")
# an office once held, written before the title: 「バーセム・アワダッラー前国王顧問」 (a former
# official met is at the table; the mark stays with the title)
FORMER = ("前", "元")
DESIGNATE_RANK = "other"
# titles written with parts: 「外務・英連邦・開発大臣」, 「首相兼外務・移民担当大臣」 (tried first)
# portfolios before 「大臣」: 「財務大臣」, 「貿易・産業大臣」, 「エネルギー担当大臣」
PORTFOLIOS = ("外務", "外交", "防衛", "国防", "財務", "経済", "企画", "貿易", "商務", "商工",
              "産業",
              "通商", "投資", "エネルギー", "資源", "環境", "気候", "保健", "厚生", "労働",
              "内務", "法務", "司法", "教育", "文化", "運輸", "交通", "国土", "開発", "国際協力",
              "農業", "水産", "観光", "デジタル", "科学", "技術", "計画", "移民", "欧州",
              "英連邦", "国家安全保障", "農林", "総務", "文部", "国土交通", "金融", "財政",
              "情報", "通信", "社会", "福祉", "行政", "復興", "海洋", "漁業", "鉱業", "石油",
              "宇宙", "スポーツ", "女性", "青年", "地方", "内閣府", "国際貿易", "工業", "芸術",
              "遺跡", "国際関係", "協力", "電力", "水", "住宅", "都市", "公共事業", "中小企業",
              "森林", "畜産", "鉱物", "天然資源", "観光・文化", "鉄道")
# (a compound is never the head of a longer title: 「外務大臣政務官」 is not 「外務大臣」)
_NOT_LONGER = r"(?!政務官|補佐官)"
COMPOUND_TITLES = (
    # a head's envoy is no head: 「クウェート首長特使」, 「国王特別代表」 (ranked by 特使, 特別代表)
    r"(?:首長|国王|皇太子|国家主席|大統領|首相)(?:特使|特別代表)",
    # (or a secretary's: 「ガンボア外務協力長官」; acting: 「内務大臣代行」)
    rf"(?:{'|'.join(PORTFOLIOS)})(?:・?(?:{'|'.join(PORTFOLIOS)}))*(?:担当)?副?(?:大臣|相|長官)"
    r"(?:代行)?" + _NOT_LONGER,
    r"(?:首相|副首相|副大統領|国務委員|内閣筆頭長官)兼[^、,。()「」]{1,24}?(?:大臣|部長|長官)"
    + _NOT_LONGER,
    # (or a secretary's: 「外務・ディアスポラ担当長官」, 「外務・政務・司法長官」)
    r"(?:欧州・)?外務(?:・[^、,。()「」・]{1,12}){1,3}?(?:担当)?(?:大臣|長官)" + _NOT_LONGER,
    # the first of several deputies: 「筆頭外務副大臣」, 「筆頭外務次官」 (ranked by the office)
    r"筆頭(?:外務)?(?:副大臣|次官)",
    # an office under a ministry: 「外務・協力省付領事長官」 (ranked by its last word)
    r"外務(?:・[^、,。()「」・]{1,12})?省付?[^、,。()「」]{0,8}?長官",
    # a senior official of a ministry named by its portfolios: 「豪州外務貿易省次官」
    rf"(?:{'|'.join(PORTFOLIOS)})(?:・?(?:{'|'.join(PORTFOLIOS)}))*省(?:次官補|次官|局長|審議官|"
    r"報道官)",
    # a director of one of MOFA's own bureaus: 「髙瀨寧中南米局長」 (the region is the bureau,
    # not part of the name), 「外務省中東アフリカ局審議官」
    r"(?:外務省)?(?:中南米|北米|欧州|中東アフリカ|アジア大洋州|総合外交政策|経済|国際協力|"
    r"国際法|領事)局(?:長|審議官|参事官)|(?:アフリカ|南部アジア)部(?:長|参事官)",
    # a European Commissioner: 「(欧州委員会)貿易担当委員」, 「通商担当欧州委員」
    rf"(?:{'|'.join(PORTFOLIOS)})(?:・?(?:{'|'.join(PORTFOLIOS)}))*担当(?:欧州)?委員(?!会|長)",
    # a parliamentary friendship league's or an assembly's officer: 「日葡友好議員連盟会長」,
    # 「日レバノン友好議連会長」, 「諮問評議会副議長」, 「国民議会議長」
    r"(?:日[^、,。()「」\s]{1,6}?)?(?:友好議員連盟|友好議連|議員連盟|議連)(?:会長|副会長|幹事長)",
    r"[一-龥]{1,6}?(?:評議会|議会|国会|上院|下院|議院)副?議長",
    # a former holder of an office: 「セニオラ元首相」 (no office now)
    r"(?:元|前)(?:首相|大統領|総理大臣|外相|外務大臣)",
    # a Chinese official's party rank before (or as) the office: 「中国共産党中央政治局委員兼
    # 外交部長」, 「中国共産党中央政治局委員・中央外事工作委員会弁公室主任」
    r"(?:中国共産党)?中央政治局(?:常務)?委員(?:[兼・](?:中央外事工作委員会弁公室主任|外交部長|"
    r"国務院副総理|国家副主席))?",
    # (the head of its International Department: 「中国共産党中央対外連絡部長」)
    r"(?:中国共産党)?中央対外連絡部長",
    # the EU's foreign-policy chief, one office with the Commission's vice-presidency:
    # 「欧州連合外務・安全保障政策上級代表兼欧州委員会副委員長」 (the EU named before it)
    r"外務・安全保障政策上級代表(?:兼[^、,。()「」]{1,16}?副委員長)?",
    # a minister or secretary at a head's office: 「大統領府付大臣」, 「首相府担当大臣」
    r"(?:大統領|首相|総理|内閣|国王|王宮)府付?[^、,。()「」]{0,6}?(?:大臣|長官|次官)"
    + _NOT_LONGER,
)
# particles that belong to a family name in katakana: 「ル・ドリアン」, 「デル・ロサリオ」
NAME_PARTICLES = frozenset({"ル", "ラ", "デ", "デル", "ダ", "ド", "ドス", "ダス", "フォン",
                            "ファン", "デア", "ヴァン", "ヴァン・デル", "ディ", "デッラ", "ドゥ",
                            "ロ", "オ",
                            # Arabic 'father of' leads the name it is part of: 「アブー・アル・
                            # ハサン特使」 (Abu Al-Hassan), not 「アル・ハサン」
                            "アブー", "アブ"})
# after a monarch's title, a royal couple named together (「…国王王妃両陛下」): guests
# honoured, not the monarch as an official at the table
ROYAL_COUPLE = re.compile(r"(?:王妃|女王)?両陛下")
# a Chinese name in katakana from a country whose names may end in a two-part given name
# (naming table's chinese_given_last): the family name is one syllable, at most this many
# kana (「リー」, 「ゴー」, 「ウォン」 not counting the small 「ォ」), the given name longer
SYLLABLE_KANA_MAX = 2
# ... and a given name written in two parts has parts of at most this many kana each
# (「チョク」, 「トン」, 「ヒエン」; as naming.toml's syllable_max for the Latin form)
GIVEN_SYLLABLE_KANA_MAX = 3
SMALL_KANA = frozenset("ァィゥェォャュョヮッ")
# what a page's slip adds to a katakana name: a long-vowel mark or a small kana
SLIP_KANA = SMALL_KANA | {"ー"}
# patronymic words in katakana: an Arab official is called by the given name
# (「ファイサル外相」); which countries name how is the naming table (data/naming.toml)
PATRONYMIC = frozenset({"ビン", "ブン", "ビント", "イブン"})
# an Arab ruling house in the Latin form a page gives after the title, where its katakana
# name stops at the patronymic: 「ムハンマド・ビン・サルマン…(H.R.H. Prince Mohammed bin Salman
# bin Abdulaziz Al-Saud, …)」 (the house is the family name: the lead's ruling 3)
# (after the rest of a title the finder read in part: 「皇太子|兼首相(H.R.H. …)」)
LATIN_BRACKET_AFTER = re.compile(r"[^()、,。]{0,12}\([^()\u3040-\u30ff\u4e00-\u9fff]{0,300}\)")
# ... after a name, the country and title perhaps between (「ロペス・オブラドール・メキシコ合衆国
# 次期大統領(H.E.Mr. Andres Manuel LOPEZ OBRADOR, …)」)
LATIN_BRACKET_AFTER_NAME = re.compile(r"[^()、,。]{0,30}\([^()\u3040-\u30ff\u4e00-\u9fff]{0,300}\)")
# the styles before a name in such a Latin form (「(H. E. Mr. Luis Lacalle Pou, President …)」)
# (and Spanish styles: 「(Excmo. Sr. Luis Soto Vega)」, 「(S.E. el Sr. …)」, 「(Excma. Sra. …)」)
LATIN_STYLE = re.compile(r"^(?:(?:H\.\s?E\.|S\.\s?E\.|H\.R\.H\.|His|Her|Excellency|the|el|la|"
                         r"Hon\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Sr\.|Sra\.|Excm[oa]\.)\s*)+")
RULING_HOUSE_LATIN = re.compile(r"\bAl[- ](?:Saud|Thani|Nahyan|Maktoum|Khalifa|Sabah|Said|Qasimi|"
                                r"Nuaimi|Sharqi|Mualla)\b")
# Arabic articles: not part of the family name as the page uses it (「アッサーフ外務担当国務大臣」)
ARTICLES = frozenset({"アル", "アール", "エル"})
# 「X大臣の表敬を受け」: the official named before 「の」 is at the table after all
# (or the guest of a meal held for them: 「X外務大臣の歓迎夕食会を開催」)
# (or one of several met: 「サラーム首相のほか,ラフミエ外務次官…と会談」)
CALL_RECEIVED = re.compile(r"の(?:表敬|訪問を受け|(?:歓迎|送別)?(?:夕食|昼食|朝食|晩餐)会|"
                           r"(?:ほか|他)[,、])")
# a meeting of Japan and several states named by their abbreviations: 「日米韓外相会合」,
# 「日米豪印首脳会合」, 「日中韓外相会議」 (every state of the name is a counterpart)
COMPOUND_MEETING = re.compile(r"日・?(?P<members>[^\s、,。はがをの「」()]{2,8}?)"
                              r"(?:外相|首脳|外務・防衛閣僚|閣僚|外務次官|次官)?(?:会合|会談|会議|協議)")
# the lead's meeting is Japan's with a grouping whose members it does not list: 「日・ASEAN外相
# 会議が開催された」, 「日ASEAN首脳会議に出席」 (the grouping leads the counterparts, before the
# states of the officials named, a chair's; the number at the table is not given)
GROUPING_MEETING = re.compile(r"日・?(?P<group>ASEAN|AU|アフリカ連合)(?:特別)?(?:外相|首脳|閣僚)?"
                              r"(?:会議|会合)(?:が(?:開催|行われ)|に(?:出席|参加)|を(?:開催|主催))")
# a multilateral meeting joined: 「G7外相会合に参加」, 「ASEAN関連外相会議に出席」
JOINED_MEETING = re.compile(r"(?P<meeting>[^、,。はをの\s]{1,30}?(?:会合|会議|サミット|首脳会議))に"
                            r"(?:参加|出席)し(?:た|ました)")
# international organisations whose heads meet Japan's ministers, written in Japanese:
# their own codes, as the English pages give them (mofa_rules.ORGANISATION_TITLES)
ORGANISATIONS_JA: dict[str, str] = {
    "国際原子力機関": "IAEA", "IAEA": "IAEA", "経済協力開発機構": "OECD", "OECD": "OECD",
    "欧州安全保障協力機構": "OSCE", "OSCE": "OSCE", "日中韓三国協力事務局": "TCS",
    "アフリカ連合委員会": "AU", "AUC": "AU",
    # (its Secretary General among a Pacific leaders' meeting's attendees)
    "太平洋諸島フォーラム事務局": "PIF", "太平洋諸島フォーラム": "PIF",
    "中米統合機構": "SICA", "SICA": "SICA",
}
# island states written short between a name and a title in attendee lists (「プナ・クック
# 首相」, 「ロヤック・マーシャル大統領」); never elsewhere, where they are names or regions
STATES_SHORT_BEFORE_TITLE: dict[str, str] = {
    "クック": "COK", "ソロモン": "SLB", "マーシャル": "MHL", "ミクロネシア": "FSM",
}
# words of a title that name the official's country: 「中国共産党中央政治局委員」
TITLE_COUNTRY_WORDS: dict[str, str] = {"中国共産党": "CHN", "朝鮮労働党": "PRK"}
# titles that name the organisation the official belongs to
TITLE_ORGANISATIONS: dict[str, str] = {
    "国連事務総長": "UN", "国際連合事務総長": "UN", "欧州委員会委員長": "EU",
    "欧州理事会議長": "EU",
    "NATO事務総長": "NATO", "北大西洋条約機構事務総長": "NATO", "ASEAN事務総長": "ASEAN",
}
# a title word followed by these is not a person's title (外相会談, 首脳会合, 大臣間)
NOT_A_TITLE_AFTER = re.compile(r"会談|会合|会議|電話|テレビ|オンライン|ワーキング|夕食|昼食|朝食|"
                               r"戦略|間|同士|レベル|級|クラス|就任|経験|声明|"
                               r"談話|会見|夫妻の|官邸|公邸|室|府|省|庁|宛|"
                               # an event hosted, but the host of the meal that is the meeting
                               # is at the table: 「X外務副大臣主催Y議長歓迎昼食会」
                               r"主催(?![^、,。]{0,30}?(?:昼食会|夕食会|朝食会|晩餐会|午餐会)"
                               r"(?:が|を|に)(?:行われ|開催され|行い|開催し|実施|出席|参加))"
                               # (a meal named by its host: 「X副首相主催昼食会」, 「X副大臣
                               # 主催の昼食会において」)
                               r"(?!の?(?:歓迎|送別)?(?:昼食会|夕食会|朝食会|晩餐会|午餐会)"
                               r"(?:[、,]|において|にて|で|では|$))")
# a title followed by a visit the meeting is held for: the official is named, not at the
# table (「X大統領訪日のため訪日中のY大臣」)
# (「…タミーム首長訪日の成果を踏まえ」: a past visit referred to)
NOT_AT_THE_TABLE = re.compile(r"(?:の)?(?:訪日|来日|訪問)(?:のため|に先立|を控え|に向け|の準備|"
                              r"の成果|の結果|以来|のフォローアップ"
                              # (an occasion of talks told right after is this visit's:
                              # 「X大統領訪日の際に首脳会談を行った」)
                              r"|の際(?!(?:に|には)?[、,]?[^。、,]{0,12}?(?:会談|表敬|会見|懇談)))"
                              # the host of an event attended, not of the meal that is the
                              # meeting: 「タミーム…首長が主催する第18回ドーハ・フォーラムに出席」
                              # (a meal in katakana too: 「…が主催するワーキング・ランチ」)
                              r"|が主催(?:する|した)(?![^、,。]{0,30}?(?:昼食会|夕食会|朝食会|"
                              r"晩餐会|午餐会|会食|ランチ|ディナー|ブレックファスト))")
# an envoy's posting before the country: 「駐日ジンバブエ大使」 (Zimbabwe's, to Japan),
# 「駐中国大使」 (Japan's, to China); 「在京チリ臨時代理大使」 (Chile's, in Tokyo),
# 「在インドネシア大使」 (Japan's, in Indonesia)
POSTED_TO = re.compile(r"(?:在東京|在京|在日|駐日|駐|在)$")
POSTED_IN_JAPAN = ("在東京", "在京", "在日", "駐日")
# words a name is never: 両外相, 同大臣, 各国外相
# (an acronym is an organisation or forum: 「APEC議長であるフィリピン」)
NOT_A_NAME = re.compile(r"^[A-Z0-9]{2,6}$|"
                        r"^(?:両|同|各|各国|前|元|新|現|次期|当時|歴代|首脳|閣僚|本|副|我が国|"
                        r"政府|国連|首席|筆頭|関係|主要|域内|全|他|本邦|我が|その|この|当該)$"
                        # words of titles and places, not names: 「外務移民大臣」, 「クック諸島」
                        r"|[臣兼務省庁]|担当|諸島$|共和国$|王国$|連邦$|機構$|機関$"
                        # every country's envoys: 「在欧州各国日本国大使」
                        r"|各国$|諸国$"
                        # an office, not a person: 「大統領府付(大臣)」
                        r"|[府付]$")
# qualifiers between a country and a title: 連邦, 共和国, 王国, 政府, 国, 国連
# (東方: 「ウルグアイ東方共和国」)
TITLE_QUALIFIER = re.compile(r"(?:連邦|社会主義|民主|人民|イスラム|アラブ|首長国|共和国|合衆国|"
                             # (「サモア独立国」)
                             r"東方|独立国|"
                             # a portfolio before the title: 「オマーン国閣僚評議会担当副首相」
                             r"[\u4e00-\u9fff]{1,8}担当|"
                             r"王国|大公国|"
                             # (a state's council between the country and the title:
                             # 「中国国務院副総理」)
                             r"国務院|"
                             # (an office not yet taken: 「…合衆国次期外務大臣」)
                             r"政府|国|欧州・|・|次期)*")
# a Japanese official's given name written in hiragana after the family name (「牧野たかお
# 大臣政務官」, 「吉川ゆうみ外務大臣政務官」): words before a title that end like these are
# verbs, auxiliaries or particles, not given names (「出席した大臣」, 「関係するたち」)
HIRAGANA_NOT_A_GIVEN_NAME = re.compile(r"(?:した|する|して|され|される|された|します|ました|"
                                       r"ない|たい|いる|れる|られる|など|ほか|ら|たち|ような|"
                                       r"よる|おける|ついて|として|とも|から|まで|より|ずつ|"
                                       r"および|ならびに|なる|なった|べき|ある|あった|いう)$")
# two-character Chinese and Korean family names
DOUBLE_SURNAMES = frozenset({"欧陽", "司馬", "諸葛", "南宮", "皇甫", "鮮于", "独孤", "西門"})
# how a page refers back to an official: 林大臣, 茂木外相, 岸田総理, 朴長官, 王部長
REFERENCE_TITLES = ("大臣", "外相", "総理", "首相", "長官", "部長", "大統領", "副大臣", "政務官",
                    "議員", "大使", "局長", "委員", "次官", "主席", "国王", "氏", "代表")
# Japanese family names of one character: 「林芳正」 is 林 + 芳正 when the page never says 林大臣
ONE_CHARACTER_FAMILY_NAMES = frozenset("林森岸菅堀原関辻")
# Japanese family names of three or four characters: 「小野寺五典」 is 小野寺 + 五典 when the
# page never says 小野寺大臣 (common surnames, not a list of officials)
LONG_FAMILY_NAMES = frozenset("""
長谷川 小野寺 五十嵐 久保田 大久保 小笠原 宇佐美 小野田 中曽根 御法川 黄川田 小此木 宇都宮
阿久津 小山田 大和田 小田切 伊集院 西園寺 長谷部 小早川 大河内 東海林 小宮山 佐久間 大河原
勅使河原 五百旗頭 小松原 長曽我部 日比野 加賀美 安孫子 我孫子 四十物 波多野 小野塚 八木橋
""".split())
# Japanese given names of one character, which end a three-character full name written
# without a space (「堀井巌」 = 堀井 + 巌, 「石破茂」): the page may repeat such a full name
# with a title (「堀井巌政務官」) and it is still not a family name of three characters
# (「黄川田政務官」)
ONE_CHARACTER_GIVEN_NAMES = frozenset("巌茂誠薫修聡亨剛肇勉稔徹崇篤潤隆浩博宏豊進学忍馨譲淳彰寛衛")

# ambassadors of several countries met together: 「…加盟国(ペルー,チリ,…)の大使ら4名及び
# フィリピンの大使と会談」 (every state named before them is a counterpart)
ENVOYS_MET = re.compile(r"(?:大使|臨時代理大使|常駐代表)(?:ら|等|たち)?(?:\d{1,2}名)?"
                        r"(?:及び|並びに|と(?:の間で)?(?:会談|懇談|面会|意見交換|昼食|夕食)|"
                        r"(?:の|による)表敬)")
# a lead of separate meetings with each official it names, one page for them: 「A外務次官及び
# B外務次官による表敬を受けたところ,それぞれの概要は…」, 「A首相,B大統領とそれぞれ会談」
SEPARATE_MEETINGS = re.compile(r"それぞれの概要|(?:と|との間で)?それぞれ"
                               r"(?:会談|表敬|電話会談|会食|懇談|立ち話)")
# a visitor's arrival before the meeting's own day: 「10月28日,…が来日し,29日,…昼食会が行われ」
ARRIVAL_THEN_DAY = re.compile(r"[^。]{0,200}?(?:来日|訪日|到着|入国)し[、,]\s*(?P<day>\d{1,2})日")

# --- attendee lists ------------------------------------------------------------------------
# a multilateral page's attendee section: 「1 出席者」 then lines of 「国名:氏名 役職」 items
# (or a bracketed heading of one side's attendees: 「(太平洋島嶼国側出席者)」, then one official a
# line, 「トン・キリバス大統領」)
ATTENDEE_SECTION = re.compile(r"^(?:\d{1,2}[.\s]*|\(\d{1,2}\)\s*|[一二三四五]\s)?"
                              r"\(?(?:[^()、,。\s]{1,12}?側)?(?:出席者|参加者|出席国・機関)\)?$")
ATTENDEE_SECTION_LINES = 20
SECTION_HEADING = re.compile(r"^(?:\d{1,2}[.\s]|\(\d{1,2}\)|[一二三四五六七八九十]\s)")
LISTED_ITEM_SPLIT = re.compile(r"[、,]|\s-\s")
LISTED_UNDER = re.compile(r"^(?:-\s*)?(?P<where>[^:()]{1,20}):\s*(?P<who>.+)$")
LISTED_NOTE = re.compile(r"\([^()]*\)")  # 「(共同議長)」, 「(オブザーバー)」
# a section heading that is one official of a page of several exchanges (「各国首脳と立ち話を
# 行ったところ」, then 「1 ハーパー・カナダ首相」, 「2 サン・ベトナム国家主席」)
HEADED_OFFICIAL = re.compile(r"^(?:\d{1,2}[.\s]\s*|\(\d{1,2}\)\s*)(?P<who>[^。、,]{2,40})$")
HEADED_SECTIONS = 40  # paragraphs read for such headings
# a heading that names the exchange with its official: 「2. X米国防長官との立ち話」,
# 「3 Y外相への表敬」 (the official is the heading without it)
HEADED_EXCHANGE = re.compile(r"(?:との(?:立ち話|会談|懇談|会食|電話会談|昼食会|夕食会|朝食会)|"
                             r"(?:への)?表敬(?:訪問)?)$")
# brackets that close such a heading: the official's name in Latin letters and the meeting's
# time (「1 ブルーノ・X・バヌアツ共和国外務大臣(Hon. Bruno X, Minister ...)(16日午後3時35分から
# 約25分間)」)
HEADING_BRACKETS = re.compile(r"(?:\s*\([^()]*\))+\s*$")
# the titles of Japan's leaders that a multilateral meeting's 「(出席者:…)」 gives after the family
# name alone (「菅総理」, 「岸田外務大臣」): a Japanese item with another title is not read
# as a name with its country (「EU外務・安全保障上級代表」 is a post)
LISTED_JAPANESE_TITLES = ("総理", "総理大臣", "内閣総理大臣", "外務大臣", "外相")
# 「(同席者:日本側から,杉山外務審議官,…ほか,韓国側から,…)」, 「(日本側:横井駐中国大使,…同席。)」
ATTENDEES_OPEN = re.compile(r"\((?=\s*(?:当方|我が方|先方)?(?:同席者|出席者|陪席者)\s*:|"
                            r"[^()、,:]{1,8}側\s*(?:から|:)|"
                            # 「(当方:齋藤官房副長官…他同席)」, 「(加藤内閣官房副長官,…他同席)」
                            r"\s*(?:当方|我が方|先方)\s*:|"
                            r"[^()]*(?:\([^()]*\)[^()]*)*(?:他|ほか|等)?同席\))")
ATTENDEES_LABEL = re.compile(r"^\s*(?:同席者|出席者|陪席者)\s*(?::\s*|\s+)")
# 「会談には、磯崎内閣官房副長官他が同席しました」
# (or a sentence of sides: 「英国側からはブラウン外務次官…が,日本側からは川口外務審議官が
# 同席しました」)
ATTENDEES_SENTENCE = re.compile(r"(?:(?:会談|会合|会議|会食|表敬|懇談|昼食会|夕食会)には[、,]|"
                                r"(?:^|(?<=。))\s*(?=[^、,。()]{0,8}?(?:側|先方|当方)(?:から|より)))"
                                r"(?P<who>[^。]{1,150}?)"
                                r"(?:ほか|他|等)?が"
                                r"(?:同席|陪席)")
# (a side's attendees labelled as such: 「当方同席者:…ほか,先方同席者:…ほか」)
ATTENDEE_SIDE = re.compile(r"^(?:(?P<who>[^、,:\s]{1,8}?)側(?:\s*(?:から(?:は)?|:)|\s+)|"
                           r"(?P<own>当方|我が方|先方)\s*(?:同席者|出席者|陪席者)?\s*"
                           r"(?::|から(?:は)?|より(?:は)?))\s*")
# a side marked in brackets before its officials: 「(先方)マルコ・ベガ外務次官」, 「【当方】…」,
# 「〔ペルー側〕…」, 「〈先方〉…」, 「[当方]…」, 「《チリ側》…」 (read as 「先方:」)
ATTENDEE_SIDE_BRACKETED = re.compile(r"^\s*[(【〔<〈《\[]\s*(?P<side>当方|我が方|先方|"
                                     r"[^()、,:【】〔〕<>〈〉《》\[\]]{1,8}?側)\s*[)】〕>〉》\]]\s*")
# a foreign official written title first (older layouts): 「ペルー共和国外務大臣ルイス・ソト氏」,
# 「…国務長官 ジョン・スミス閣下」 (the honorific closes the name), or the name then the title in
# brackets, 「ルイス・ソト氏(ペルー共和国外務大臣)」
NAME_HONORIFIC = r"(?:氏|閣下)"
NAME_HONORIFIC_CHARS = re.compile(r"氏|閣下|\)")
# an attendee written title first, a space, then the name: 「外務次官 マルコ・ベガ」,
# 「中南米局長 川村一郎」, 「中南米局長 川村 一郎」 (a space inside a Japanese name); not a title
# after a title (「外務大臣 補佐官」: an aide, no name)
_TITLE_END = "官長使臣員事表補佐監"
TITLE_THEN_NAME = re.compile(rf"^(?P<title>[^\s()]{{2,20}}?[{_TITLE_END}])\s+"
                             rf"(?P<name>[^\s()、,]{{1,10}}(?:\s[^\s()、,\u30a0-\u30ff]{{1,10}})?)"
                             rf"(?<![{_TITLE_END}])$")
# (a side's list ends 「…ほかが」 before the next side's: 「日本側から西村官房副長官ほかが、
# インド側から…ほかが同席しました」)
ATTENDEE_END = re.compile(r"(?:ほか|他|等|など)?が?(?:同席|陪席)?[。.]?$")
# where an attendee's title begins after the family name: 「杉山|外務審議官」, 「別所|駐韓大使」
TITLE_STARTS = ("外務", "外交", "駐", "在", "総合", "北米", "欧州", "中東", "中南米", "国際",
                "経済",
                "領事", "大臣", "審議官", "局長", "大使", "次官", "報道", "官房", "儀典", "内閣",
                "国家", "総理", "首相", "副", "南部", "北東", "東北", "南東", "地球", "軍縮",
                "国連", "条約", "防衛", "統合", "政務", "事務", "特命", "特別", "参事", "公使",
                "首席", "主席", "長官", "補佐", "司長", "部長", "参議院", "衆議院", "議員")
