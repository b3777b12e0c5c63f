"""The number grammar on general text in both scripts (issue 15, item 3; issue 11, item 4).

Every sentence is real: from CMRC 2018 and DRCD contexts (the development gold's paragraphs and their dev
files), or the seed article where issue 11 found the defect. Expected spans follow docs/guidelines.md.
"""

import pytest

from annotate.prelabel.rules import find_numbers


def found(text):
    return [(text[s.start:s.end], s.label) for s in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    # era-name and regnal years, one DATE with the era name; a dynasty word before it stays outside
    ("建安十六年（211年），马超与韩遂反抗曹操", [("建安十六年", "DATE"), ("211年", "DATE")]),
    ("清嘉庆九年(1804年)，祖籍福建且家族世居广州的潘仕成出生", [("嘉庆九年", "DATE"), ("1804年", "DATE")]),
    ("但卻是出自明治3年1月3日明治天皇", [("明治3年1月3日", "DATE")]),
    ("在1871年（明治4年）及1875年", [("1871年", "DATE"), ("明治4年", "DATE"), ("1875年", "DATE")]),
    ("康熙三年，分湖廣為湖北、湖南", [("康熙三年", "DATE")]),
    ("義熙十四年，劉裕接受相國、總百揆、揚州牧的官職", [("義熙十四年", "DATE")]),
    ("元熙元年，劉裕進爵為宋王", [("元熙元年", "DATE")]),
    ("宣统元年六月癸卯（1909年8月11日）于大佛头山麓改置为南田厅",
     [("宣统元年六月癸卯", "DATE"), ("1909年8月11日", "DATE")]),
    ("道光8年（1828年）起外放", [("道光8年", "DATE"), ("1828年", "DATE")]),
    ("民国二年（1913年）石浦等地复归象山县", [("民国二年", "DATE"), ("1913年", "DATE")]),
    ("大約在公元前100年的時候，阿拉瓦克印第安人", [("公元前100年", "DATE")]),
    ("元朝由元世祖忽必烈於西元1260年所建", [("西元1260年", "DATE")]),
    # centuries and decades
    ("餐館在13世紀的中國杭州發展起來", [("13世紀", "DATE")]),
    ("自19世紀晚期，天城文被定為", [("19世紀晚期", "DATE")]),
    ("60-70年代，不少第三世界國家", [("60-70年代", "DATE")]),
    ("香港自十九世纪以来即为英国殖民地", [("十九世纪", "DATE")]),
    # ranges are one span whatever joins them
    ("昌昌于850年至1470年间逐渐建成，15世纪时被印加帝国所毁灭", [("850年至1470年", "DATE"), ("15世纪", "DATE")]),
    ("从10世纪到14世纪是中世纪法国国王的王宫", [("10世纪到14世纪", "DATE")]),
    ("於2008年6月7日至29日在奧地利及瑞士舉行", [("2008年6月7日至29日", "DATE")]),
    ("从1980年1月28日到1983年5月11日的星期一至星期五版各1页",
     [("1980年1月28日到1983年5月11日", "DATE"), ("星期一至星期五", "DATE"), ("1页", "QUANTITY")]),
    ("机会为8,000至80,000次分娩中出现一次", [("8,000至80,000次", "QUANTITY")]),
    ("生长于海拔200米至2,300米的地区，株高20－100厘米", [("200米至2,300米", "QUANTITY"), ("20－100厘米", "QUANTITY")]),
    ("再以溫水發芽18至22個小時，規模通常為7至9人", [("18至22個小時", "DATE"), ("7至9人", "QUANTITY")]),
    # ages
    ("當時17歲的比利與加林查", [("17歲", "QUANTITY")]),
    ("年仅两岁的其子毛利幸松丸被拥立为下任当主", [("两岁", "QUANTITY")]),
    # units of measure
    ("關島最高點為閃電山，高度為海拔406公尺。", [("406公尺", "QUANTITY")]),
    ("年平均降雪大約133公分", [("大約133公分", "QUANTITY")]),
    ("距离太阳大约14.2光年", [("大约14.2光年", "QUANTITY")]),
    ("平均高溫為30℃而平均低溫為24℃", [("30℃", "QUANTITY"), ("24℃", "QUANTITY")]),
    ("熔点-166°C，沸点-72.5°C", [("-166°C", "QUANTITY"), ("-72.5°C", "QUANTITY")]),
    ("音频文件大小约300MB", [("约300MB", "QUANTITY")]),
    ("位于纽西兰东北部的吉斯伯恩岛发生了6.8级的强烈地震", [("6.8级", "QUANTITY")]),
    # traditional numerals and classifiers
    ("遊客數量大約為150萬人", [("150萬人", "QUANTITY")]),
    ("這艘7萬噸的油輪是阿森松島的燃料儲備庫", [("7萬噸", "QUANTITY")]),
    ("庫頁島面積約7.64萬平方公里，人口約49.3萬人", [("約7.64萬平方公里", "QUANTITY"), ("約49.3萬人", "QUANTITY")]),
    ("印第安納大學有110多個本科學科", [("110多個", "QUANTITY")]),
    ("它有三層神經細胞和兩層神經元", [("三層", "QUANTITY"), ("兩層", "QUANTITY")]),
    ("甚至超過美國人的兩倍以上", [("兩倍以上", "PERCENT")]),
    # foreign currencies
    ("1999年5月，歐盟計劃出資150萬美元建設柏培拉港", [("1999年5月", "DATE"), ("150萬美元", "MONEY")]),
    ("日本總務省每年花費2,112萬日圓", [("2,112萬日圓", "MONEY")]),
    ("最初的注册资本为30亿越南盾", [("30亿越南盾", "MONEY")]),
    ("由加拿大联邦政府出资5000万加元作为初始资本", [("5000万加元", "MONEY")]),
    ("資產規模達到5760.72億元人民幣", [("5760.72億元人民幣", "MONEY")]),
    ("第二程车费减收HK$1.0", [("HK$1.0", "MONEY")]),
    ("曾捐官20万两白银使自己成为二品官", [("20万两", "MONEY")]),
    # a clock time written with its date is part of it (issue 11); a time of day alone is not
    ("2014年8月11日8时8分，上海自贸区", [("2014年8月11日8时8分", "DATE")]),
    ("确认于1999年9月9日零时9分9秒太阳系第10行星", [("1999年9月9日零时9分9秒", "DATE")]),
    ("6月26日上午08时15分，执行本次航班任务", [("6月26日上午08时15分", "DATE")]),
    ("在2007年12月20日晚间发生了地震", [("2007年12月20日", "DATE")]),
    ("华视周六晚间单元剧，星期日休息", [("周六", "DATE"), ("星期日", "DATE")]),
    # 一 + classifier counts after 只有/仅有 …, not elsewhere
    ("人和靈長目動物只有一個中央窩，有些鳥有兩個中央窩", [("一個", "QUANTITY"), ("兩個", "QUANTITY")]),
])
def test_general_text(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 约 of 续约 is not "about" (issue 11): the word before 约/近/超 is read as a word
    ("双方续约3年，合约5年", [("3年", "DATE"), ("5年", "DATE")]),
    ("人口约33,700人，接近3000人，英超20支球队", [("约33,700人", "QUANTITY"), ("3000人", "QUANTITY"), ("20支", "QUANTITY")]),
    # N号 alone is a jersey, room or house number, not a day (issue 11); after its month it is a day
    ("身披10号球衣，住在302号房间，3月28号开幕", [("3月28号", "DATE")]),
    ("校舍位于香港铜锣湾大坑径17号", []),
    # an era name that is also a city is left out of the era list: 在保定三年 is three years in Baoding
    ("在保定三年，由5号线转乘", [("三年", "DATE")]),
    ("每周一次，两周一次", [("两周", "DATE")]),  # 周一 inside 每周一次 is no weekday
])
def test_issue_11_number_defects(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "参加70公斤级举重比赛",               # a weight class is not a quantity
    "唯一两名不是来自于上海申花的球员",     # 一两 across 唯一
    "第一年场均，第二轮",                 # ordinals
])
def test_general_negatives(text):
    assert found(text) == []
