"""DATE, MONEY, PERCENT and QUANTITY from a small grammar of Chinese number expressions.

The grammar follows docs/guidelines.md ("Numbers"): a number is Arabic (half- or full-width, with a
decimal point and thousands commas) or Chinese numerals; approximation and bound words touching it
(约, 近, 超过, 不足 …; 余, 多, 左右, 以上 …) are inside the span; ranges ("10%-15%", "1—10月") and rates
("36.6万元/年") are one span; single spaces inside ("47.8 万亿元") are allowed because PDF-extracted
text has them. Precision comes first: Chinese numerals need a digit character (一二三 …, so 百家/万元
alone are not numbers), 一 + classifier is an article, ordinals (第 …) and ranks (前二十位) are dropped,
and numbers inside a title (《…》) or a short quoted name (“四个面向”) are skipped.

The grammar reads a length-preserving simplified view of the text (:func:`annotate.prelabel.t2s.to_simplified`),
so traditional numerals, classifiers and units (萬, 億, 個, 兩, 歲, 公裡 …) are read like their simplified forms
and spans stay exact on the original. Beyond the seed texts' numbers it covers (docs/guidelines.md, "General
text"): era-name and regnal years (崇祯七年, 明治35年, 民国元年, 公元前100年), centuries and decades (19世纪,
20世纪80年代, 60-70年代), clock times with or after a date (2014年8月11日8时8分, 6时半), weekdays, ages (23岁),
units of measure (公尺, 公分, 光年, ℃, MB …), foreign currencies (越南盾, 加元, 新台币, 两 of silver, HK$),
and ranges of any of these joined by 至/到/—/-/～ into one span (14至16枚, 1990年至1995年, 10世纪到14世纪).

Every span gets ``score`` :data:`SCORE` (the rules do not grade their confidence) and
``source="rules"``. Overlaps are resolved longest first, then DATE > MONEY > PERCENT > QUANTITY.
Measured on the hand-made gold (tests/data/rules_gold.jsonl): see docs/benchmarks.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ..spans import Span
from .t2s import to_simplified

__all__ = ["RulesBackend", "find_numbers", "cached_numbers", "SCORE", "VERSION"]

VERSION = "rules-2"
SCORE = 0.95

_S = r"[ \u3000\u00a0]?"  # one optional space: PDF text puts them between number and unit
_D = "0-9０-９"
_ARABIC = rf"(?<![{_D}.．/:：])(?<![{_D}][,，])[{_D}]{{1,16}}+(?:[,，][{_D}]{{3}}(?![{_D}]))*(?:[.．][{_D}]{{1,8}}+)?"
_CN_DIGIT = "〇零一二两三四五六七八九"
_CN_ALL = _CN_DIGIT + "十百千"
# bounded and possessive, so a long run of digits or numerals cannot make matching quadratic;
# a Chinese numeral needs a digit character (百家, 千家万户, 万元 are not numbers) or is 十 before 余/多/几
_CN = (rf"(?:(?<![{_CN_ALL}唯统万])(?=[{_CN_ALL}]{{0,7}}[{_CN_DIGIT}])[{_CN_ALL}]{{1,8}}+"
       rf"|(?<![{_CN_ALL}数几])十(?=[余多几个家项件名位场户款条批所篇套人岁座层支片轮枚辆艘架页年天])"
       r"|数(?:十|百|千)(?:万|亿)?)")
_RANGE_SEP = r"[-—–~～－至到]"
_MAG = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|万|亿)"
_NUM = rf"(?:{_ARABIC}|{_CN}(?:{_MAG})?)"
_APPROX = rf"(?:{_S}(?:余|多|几))?"
_NUMR = rf"{_NUM}(?:{_S}{_RANGE_SEP}{_S}{_NUM})?"  # a range is one entity
# approximation / bound prefixes. 约, 近 and 超 are "about", "nearly", "over" only as words of their own: the
# characters before them that would make a word of them (续约, 接近, 英超) are those of every two-character
# word X约 / X近 / X超 in jieba's dictionary (frequency >= 20), less the conjunction 和 ("和约3000人").
_NOT_BEFORE_YUE = "签合契公条节制预邀履违解缔特婚誓大纽北隐相规要盟密续新如旧订华婉协毁简爽定赴集租马成立绰失背俭"
_NOT_BEFORE_JIN = "最接附靠邻将走相逼临亲远贴新渐就凑迫左拉几挨驶浅切"
_NOT_BEFORE_CHAO = "赶高英马反班入出"
_PRE = (rf"(?:(?:大约|将近|超过|不足|不到|(?<![{_NOT_BEFORE_YUE}])约"
        rf"|(?<![{_NOT_BEFORE_JIN}])近|(?<![{_NOT_BEFORE_CHAO}])超|逾)" + _S + ")?")
_POST = r"(?:左右|以上|以下|以内|上下(?![游文级班午]))?"

_CURRENCY = (r"(?:美元|欧元|日元|日圆|英镑|港元|港币|人民币|韩元|韩圜|卢布|越南盾|印尼盾|加元|加币|澳元|澳币"
             r"|新台币|台币|新加坡元|新币|澳门元|澳门币|瑞士法郎|法郎|马克|卢比|比索|披索|泰铢|林吉特|里亚尔"
             r"|迪拉姆|第纳尔|克朗|兹罗提|兰特|雷亚尔|先令|便士|美分|里拉|里弗尔|银元"
             r"|元(?![化论素旦宵首帅月朝代])(?:人民币)?)")
_RATE = rf"(?:/{_S}(?:万|亿)?(?:元|年|月|日|天|人|次|吨|公斤|千克|平方米|亩|小时|件))?"
_UNIT = (r"(?:(?:吨标准煤|平方公里|平方千米|平方英里|平方米|立方米|千瓦时|万千瓦|千瓦|公里|千米|公尺|公分|公斤|公顷"
         r"|公升|公吨|海里|英里|英尺|英寸|英亩|厘米|毫米|纳米|微米|分米|千克|毫克|毫升|光年|摄氏度|华氏度|伏特|赫兹"
         r"|安培|千卡|盎司|加仑|呎|吋|坪|吨|亩|米)(?!级)"
         r"|(?:GW|MW|kW|kWh|km|kg|TB|GB|MB|KB|GHz|MHz|kHz|Hz|mAh|ml|mL|cm|mm|nm|m[2²³]?)(?![A-Za-z0-9])"
         r"|℃|°C|°F|℉)")
_CLF_ANY = (r"(?:家|个(?!月|工作日|小时|季度|星期)|项|件|名|位(?!一体)|场|户|款|条|批|所|篇|套|人次|人(?!口|民|类)"
            r"|周?岁|页|层|支(?!持|付|出|援|撑|配|柱)|座|片|轮|枚|辆|艘|架|口(?![岸号语径味气头罩音腔碑])"
            r"|次(?![方元序品生要级数]|世界|大战|函数))")
_CLF_ARABIC = r"(?:台|只|本|张|份|株|头|匹|部|届|例|宗|栋|间|颗|班|节|球(?![队员场迷衣星拍赛鞋门风技会]))"

_YEAR = rf"(?:[12１２][{_D}]{{3}}|[{_CN_DIGIT}]{{4}}){_S}年度?"
_MONTH = r"(?:[1１][0-2０-２]|[0０]?[1-9１-９]|十[一二]?|[一二三四五六七八九])"
_MONTHS = rf"{_MONTH}(?:{_S}{_RANGE_SEP}{_S}{_MONTH})?{_S}月(?:份)?"
_DAY = r"(?:[3３][01０１]|[12１２][0-9０-９]|[0０]?[1-9１-９]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_TIME_OF_DAY = r"(?:凌晨|清晨|早上|早晨|上午|中午|正午|下午|傍晚|晚上|晚间|夜间|深夜|午夜)"
_CN_CLOCK = r"[零〇一二三四五六七八九十]{1,3}"
_CLOCK = (rf"(?:(?:[0-9０-９]{{1,2}}|{_CN_CLOCK})[时点](?:半|(?:[0-9０-９]{{1,2}}|{_CN_CLOCK})分(?:钟)?"
          rf"(?:(?:[0-9０-９]{{1,2}}|{_CN_CLOCK})秒)?)?|[0-9]{{1,2}}[:：][0-9]{{2}}(?:[:：][0-9]{{2}})?)")
#: a clock time written after a date belongs to it, with its time of day (docs/guidelines.md, DATE); a time of
#: day alone (3月5日晚间) stays outside
_AFTER_DAY = rf"(?:{_S}(?:{_TIME_OF_DAY}{_S})?{_CLOCK})?"
#: era names (Han to Qing, the Republic, Japan) that make an era-name year one DATE: 崇祯七年, 明治35年, 民国元年.
#: Era names that are also common words or place names (太平, 和平, 文明, 保定, 永康 …) are left out.
_ERAS = ("建元|元光|元朔|元狩|元鼎|元封|太初|天汉|太始|征和|始元|元凤|元平|本始|地节|元康|神爵|五凤|甘露|黄龙|初元|永光|建昭"
         "|竟宁|建始|河平|阳朔|鸿嘉|永始|元延|绥和|建平|元寿|元始|居摄|始建国|天凤|地皇|建武|永平|建初|元和|章和|永元|元兴"
         "|永初|元初|永宁|建光|延光|永建|阳嘉|汉安|建康|本初|建和|元嘉|永兴|永寿|延熹|建宁|熹平|光和|中平|初平|兴平|建安"
         "|延康|黄初|太和|青龙|景初|正始|嘉平|正元|景元|咸熙|章武|建兴|延熙|景耀|炎兴|黄武|嘉禾|赤乌|太元|神凤|宝鼎|建衡"
         "|凤凰|天册|天玺|天纪|泰始|咸宁|太康|太熙|永熙|元康|太安|光熙|大兴|永昌|太宁|咸和|咸康|升平|隆和|兴宁|咸安|宁康"
         "|隆安|义熙|元熙|景平|孝建|大明|泰豫|元徽|昇明|永明|隆昌|延兴|永泰|天监|普通|大通|中大通|中大同|太清|大宝|承圣"
         "|绍泰|永定|天嘉|天康|光大|太建|至德|祯明|登国|皇始|天兴|天赐|神瑞|泰常|始光|延和|太延|太平真君|正平|兴光|天安"
         "|皇兴|承明|景明|延昌|熙平|神龟|正光|孝昌|武泰|建义|普泰|太昌|天平|元象|兴和|武定|大统|天保|乾明|皇建|河清|天统"
         "|武平|隆化|承光|天和|宣政|大象|开皇|仁寿|大业|义宁|武德|贞观|永徽|显庆|龙朔|麟德|乾封|总章|咸亨|上元|仪凤|调露"
         "|永隆|开耀|永淳|弘道|嗣圣|光宅|垂拱|载初|天授|延载|证圣|万岁通天|神功|圣历|久视|神龙|景龙|唐隆|景云|先天|开元"
         "|天宝|乾元|宝应|广德|大历|建中|兴元|贞元|永贞|长庆|宝历|开成|会昌|大中|咸通|乾符|广明|光启|文德|龙纪|大顺|景福"
         "|乾宁|光化|天复|天祐|开平|乾化|贞明|龙德|同光|天成|长兴|应顺|清泰|天福|开运|乾祐|广顺|显德|建隆|乾德|开宝"
         "|太平兴国|雍熙|端拱|淳化|至道|咸平|景德|大中祥符|天禧|乾兴|天圣|明道|景祐|宝元|康定|庆历|皇祐|至和|嘉祐|治平|熙宁"
         "|元丰|元祐|绍圣|元符|建中靖国|崇宁|大观|政和|重和|宣和|靖康|建炎|绍兴|隆兴|乾道|淳熙|绍熙|庆元|嘉泰|开禧|嘉定"
         "|宝庆|绍定|端平|嘉熙|淳祐|宝祐|开庆|景定|咸淳|德祐|景炎|祥兴|天显|会同|天禄|应历|保宁|乾亨|统和|开泰|重熙|清宁"
         "|咸雍|大康|寿昌|乾统|天庆|保大|收国|天辅|天会|天眷|皇统|天德|正隆|明昌|承安|泰和|崇庆|至宁|贞祐|兴定|正大|开兴"
         "|中统|至元|元贞|大德|至大|皇庆|延祐|至治|泰定|致和|天历|至顺|元统|至正|洪武|建文|永乐|洪熙|宣德|正统|景泰|天顺"
         "|成化|弘治|正德|嘉靖|隆庆|万历|泰昌|天启|崇祯|弘光|隆武|永历|天命|天聪|崇德|顺治|康熙|雍正|乾隆|嘉庆|道光|咸丰"
         "|同治|光绪|宣统|中华民国|民国|明治|大正|昭和|平成|令和|庆长|宽永|宽文|延宝|贞享|元禄|宝永|享保|元文|宽保|延享"
         "|宽延|明和|安永|天明|宽政|享和|文政|天保|弘化|嘉永|安政|万延|文久|元治|庆应")
_ERA_YEAR = (rf"(?:{_ERAS})(?:元|[一二三四五六七八九十廿]{{1,4}}|[0-9０-９]{{1,2}})年"
             rf"(?:{_S}(?:正|[一二三四五六七八九十]{{1,2}}|[0-9]{{1,2}})月"
             r"(?:初[一二三四五六七八九十]|[一二三四五六七八九十廿卅]{1,3}日|[0-9]{1,2}日"
             r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])?)?")
_SMALL = rf"(?:(?<![{_D}.．])(?<![{_D}][,，])[{_D}]{{1,3}}(?:[.．][{_D}]+)?|{_CN}|十)"

_PATTERNS: list[tuple[str, str]] = [
    ("DATE", rf"(?<![{_D}])[12１２][{_D}]{{3}}[-/.－／．][01０１]?[{_D}][-/.－／．][0-3０-３]?[{_D}](?![{_D}])(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"),
    ("DATE", rf"(?:(?:{_YEAR}|(?<![{_D}])[1-9][{_D}]{{2}}{_S}年)(?:年底|年初|年末|底|初(?!步|期|心|设|次|级|创)|末|上半年|下半年)?{_S})?"
             rf"{_MONTHS}(?:{_S}{_DAY}{_S}[日号]{_AFTER_DAY}|(?:底|初|末|中旬|上旬|下旬))?"),
    ("DATE", rf"{_YEAR}(?:{_S}{_RANGE_SEP}{_S}[12１２][{_D}]{{3}}{_S}年)?"
             rf"(?:年底|年初|年末|底|初(?!步|期|心|设|次|级|创)|末|上半年|下半年|代|前后)?"),
    ("DATE", rf"(?<![{_D}])[12１２][{_D}]{{3}}{_S}{_RANGE_SEP}{_S}{_YEAR}"),
    # a day alone is 日 (3日); N号 alone is as often a jersey, room or house number (身披10号球衣), so 号 is a
    # date only after its month (3月28号, above)
    ("DATE", rf"(?<![{_D}]){_DAY}{_S}日(?![本报常元]){_AFTER_DAY}"),
    ("DATE", _ERA_YEAR),
    ("DATE", rf"(?:公元|西元|纪元)前?{_S}[0-9０-９]{{1,4}}{_S}年"),
    ("DATE", rf"{_PRE}(?:公元前?)?(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}){_S}世纪"
             rf"(?:[0-9０-９]{{2}}年代|[二三四五六七八九]十年代|初期|中期|末期|早期|晚期|中叶|上半叶|下半叶|前半叶|后半叶|初|末|中)?"),
    ("DATE", rf"(?<![{_D}])[0-9０-９]{{2}}(?:{_S}{_RANGE_SEP}{_S}[0-9０-９]{{2}})?{_S}年代(?:初期|中期|末期|初|末|中)?"),
    ("DATE", r"(?<![一二三四五六七八九十])[二三四五六七八九]十年代(?:初期|中期|末期|初|末|中)?"),
    ("DATE", rf"{_PRE}(?:{_TIME_OF_DAY}{_S})?(?<![{_D}])(?:[0-9０-９]{{1,2}}时(?:半|[0-9０-９]{{1,2}}分(?:[0-9０-９]{{1,2}}秒)?)?"
             rf"|[0-9０-９]{{1,2}}点[0-9０-９]{{1,2}}分(?:[0-9０-９]{{1,2}}秒)?){_POST}"),
    ("DATE", r"(?<![每隔一二两三四五六七八九十几上下本前后])(?:星期|礼拜|周)[一二三四五六日天](?![次遍下个])"),
    ("DATE", rf"(?:前|第)?{_S}(?:[一二三四]|[1-4１-４]){_S}季度"),
    ("DATE", rf"{_PRE}前?{_SMALL}(?:{_S}{_RANGE_SEP}{_S}{_SMALL})?{_APPROX}{_S}(?:{_MAG}{_S})?"
             rf"(?:个{_S}(?:月|工作日|小时|季度|星期)|年(?![级代轻纪龄终会鉴薪度份]|一度|四季)|天(?![文然津空下气使才堂线平赋河台山猫府鹅])|周年|周(?![岁边])|星期|小时|分钟|秒钟|秒(?![0-9０-９])|工作日)多?{_POST}"),
    ("DATE", rf"{_PRE}{_ARABIC}{_S}{_MAG}{_APPROX}{_S}年(?![级代轻纪龄终会鉴薪度份]){_POST}"),
    ("MONEY", rf"{_PRE}{_NUMR}{_APPROX}{_S}(?:{_MAG}{_S})?{_CURRENCY}{_RATE}{_POST}(?!{_S}级)"),
    ("MONEY", rf"(?:大约|将近|超过|不足|不到|约|近|超|逾){_S}[千百]{_S}{_MAG}{_S}{_CURRENCY}{_POST}(?!{_S}级)"),
    ("MONEY", rf"(?<![A-Za-z])(?:HK|US|NT|NZ|AU|A|C|S|MOP)?[$＄]{_S}{_ARABIC}(?:{_S}{_MAG})?"),
    ("MONEY", rf"[￥¥£€]{_S}{_ARABIC}(?:{_S}{_MAG})?"),
    ("MONEY", rf"{_PRE}{_NUMR}{_APPROX}{_S}(?:{_MAG}{_S})?{_APPROX}两(?=白银|银子|黄金|金子|纹银|银)"),  # taels of silver
    ("MONEY", rf"(?<=银){_S}{_NUM}{_APPROX}两(?![\u4e00-\u9fff])"),
    ("PERCENT", rf"{_PRE}{_NUM}{_S}[%％‰](?:{_S}{_RANGE_SEP}{_S}{_NUM}{_S}[%％‰])?{_POST}"),
    ("PERCENT", rf"{_PRE}{_NUM}{_S}{_RANGE_SEP}{_S}{_NUM}{_S}[%％‰]{_POST}"),
    ("PERCENT", rf"{_PRE}[百千]分之{_S}{_NUM}{_APPROX}{_POST}"),
    ("PERCENT", rf"{_PRE}{_CN}分之{_CN}{_POST}"),
    ("PERCENT", rf"{_PRE}(?<![{_D}./])[{_D}]{{1,3}}/[{_D}]{{1,3}}(?![{_D}/]){_POST}"),
    ("PERCENT", rf"{_PRE}{_NUM}{_APPROX}{_S}个?{_S}百分点"),
    ("PERCENT", rf"{_PRE}(?:{_NUM}{_S}{_RANGE_SEP}{_S})?{_NUM}{_APPROX}{_S}倍(?![增数速]){_POST}"),
    ("PERCENT", rf"{_PRE}[二两三四五六七八九]成(?![为员立本果功熟就长效交都型品绩像分了])(?:多|左右|以上)?"),
    ("QUANTITY", rf"{_PRE}{_NUMR}{_APPROX}{_S}(?:{_MAG}{_S})?{_UNIT}{_RATE}{_POST}"),
    ("QUANTITY", rf"{_PRE}{_NUMR}{_APPROX}{_S}(?:{_MAG}{_S})?{_CLF_ANY}{_POST}"),
    ("QUANTITY", rf"{_PRE}{_ARABIC}(?:{_S}{_RANGE_SEP}{_S}{_ARABIC})?{_APPROX}{_S}(?:{_MAG}{_S})?{_CLF_ARABIC}{_POST}"),
    ("QUANTITY", rf"(?<![0-9A-Za-z.])[-−－]{_ARABIC}{_S}(?:℃|°C|°F|℉)"),  # below zero
    ("QUANTITY", rf"{_PRE}(?<![{_D}.])[0-9０-９]{{1,2}}[.．][0-9０-９]{{1,2}}{_S}级"),  # magnitudes: 6.8级
    ("QUANTITY", rf"{_PRE}{_ARABIC}{_APPROX}{_S}{_MAG}(?!{_S}[元%％])"),
]
_COMPILED = [(label, re.compile(pattern)) for label, pattern in _PATTERNS]
_PRIORITY = {"DATE": 0, "MONEY": 1, "PERCENT": 2, "QUANTITY": 3}
# titles and short quoted names hide their numbers (guidelines, rule 3)
_SHIELDS = re.compile(r"《[^《》]*》|“[^“”]{1,10}”|「[^「」]{1,10}」|\"[^\"\n]{1,10}\"")
_BARE_CN_MONEY = re.compile(rf"^(?:{_PRE})?[{_CN_DIGIT}]{_S}元$")
_ARTICLE = re.compile(rf"^(?:{_PRE})?一+{_S}(?:{_CLF_ANY}|{_CLF_ARABIC})")


#: words before 一 + classifier that make it a real count (DECISIONS in docs/guidelines.md). 唯一 is left out:
#: the seed gold reads 唯一一个 as an article.
_COUNTING = re.compile(r"(?:只有|仅有|只|仅|共有|共计|共|总共|一共|合共|至少|不到|不足)[ \u3000]?$")
#: what may stand between the two ends of a range written as two entities (1990年至1995年, 10世纪到14世纪)
_RANGE_GAP = re.compile(rf"{_S}{_RANGE_SEP}{_S}")
_ANCHOR = re.compile(rf"[{_D}{_CN_ALL}]+|元年|(?:星期|礼拜|周)[日天]")


def _windows(text: str, before: int = 8, after: int = 24, gap: int = 24) -> Iterable[tuple[int, int]]:
    """Stretches of text around numerals: every entity lies inside one, and scanning only these
    keeps long number-poor texts fast (an entity reaches at most a few characters before its
    first numeral and a unit's length past its last)."""
    lo = hi = -1
    for m in _ANCHOR.finditer(text):
        if hi >= 0 and m.start() - hi > gap:
            yield max(0, lo - before), min(len(text), hi + after)
            lo = -1
        if lo < 0:
            lo = m.start()
        hi = m.end()
    if hi >= 0:
        yield max(0, lo - before), min(len(text), hi + after)


def _candidates(text: str) -> Iterable[Span]:
    for w_start, w_end in _windows(text):
        for label, pattern in _COMPILED:
            for m in pattern.finditer(text, w_start, w_end):
                yield from _span(text, label, m.start(), m.end())


def _span(text: str, label: str, start: int, end: int) -> Iterable[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Span(start, end, label, SCORE, "rules")


def _rejected(text: str, span: Span) -> bool:
    surface = text[span.start:span.end]
    before = text[span.start - 1] if span.start else ""
    if before == "第" and (span.label != "DATE" or not surface.endswith("季度")):
        return True  # ordinals: 第一个, 第二批, 第一年 (but 第一季度 is a date)
    if span.label == "QUANTITY":
        if _ARTICLE.match(surface) and not _COUNTING.search(text, 0, span.start):
            return True  # 一个, 一条, 一批: an article, not a count (but 只有一个, 仅一家, 至少一人 count)
        if surface[-1] in "位名" and any(w in text[max(0, span.start - 2):span.start] for w in ("前", "列", "排")):
            return True  # ranks: 前二十位, 名列13位
    if span.label == "MONEY" and _BARE_CN_MONEY.match(surface):  # 五元杂环, 一元二次方程
        return True
    return False


def _join_ranges(text: str, spans: list[Span]) -> list[Span]:
    """Two entities of one label joined only by a range mark become one (1980年1月28日到1983年5月11日)."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (last is not None and last.label == span.label and span.label in ("DATE", "QUANTITY", "MONEY")
                and _RANGE_GAP.fullmatch(text, last.end, span.start)):
            out[-1] = Span(last.start, span.end, span.label, SCORE, "rules")
        else:
            out.append(span)
    return out


def find_numbers(text: str, labels: Iterable[str] | None = None) -> list[Span]:
    """All number entities in ``text``, non-overlapping and sorted (see the module docstring).

    The grammar reads the simplified view of ``text`` (same length), so the spans are exact on ``text``.
    """
    keep = None if labels is None else set(labels)
    text = to_simplified(text)
    shielded = [m.span() for m in _SHIELDS.finditer(text)]
    taken = bytearray(len(text))
    out: list[Span] = []
    spans = sorted(_candidates(text), key=lambda s: (-len(s), _PRIORITY[s.label], s.start))
    for span in spans:
        if (keep is not None and span.label not in keep) or any(taken[span.start:span.end]):
            continue
        if any(a <= span.start and span.end <= b for a, b in shielded) or _rejected(text, span):
            continue
        taken[span.start:span.end] = b"\x01" * len(span)
        out.append(span)
    return _join_ranges(text, sorted(out))


class RulesBackend:
    """The number grammar as a pre-label backend (no model, no dependencies)."""

    name = "rules"
    model_version = VERSION

    def __init__(self, *, labels: Sequence[str] | None = None) -> None:
        self.labels = None if labels is None else tuple(labels)

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        return [list(cached_numbers(text, self.labels)) for text in texts]


@functools.lru_cache(maxsize=4096)
def cached_numbers(text: str, labels: tuple[str, ...] | None = None) -> tuple[Span, ...]:
    """:func:`find_numbers`, remembered for recent texts: ``rules+tagger`` asks twice per text (the
    rules' spans, and the tagger's number features)."""
    return tuple(find_numbers(text, labels))
