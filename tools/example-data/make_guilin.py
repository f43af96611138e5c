#!/usr/bin/env python3
"""Generate examples/data/guilin-2022-11.json, the library's example round.

The round is the Guilin epidemic-prevention supervision of November 2022, built from the
article described in the data set's "notes" field. Facts from the article are written out by
hand below; everything else (names, most units, the other inspections and findings, dates
the article does not give) is illustrative and drawn from a seeded random generator, so the
output is the same on every run and every machine: fixed seed, no clock, no environment.

Standard library only. Usage: python3 tools/example-data/make_guilin.py [OUTPUT]
The script checks the data contract of DESIGN.md section 4 with asserts before writing.
"""

import datetime as dt
import json
import os
import random
import re
import sys

SEED = 20221130
AS_OF = dt.date(2022, 11, 30)
PERIOD_START = dt.date(2022, 11, 1)
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                      "examples", "data", "guilin-2022-11.json")

rng = random.Random(SEED)


def d(day):
    """A date in November 2022 (or later days of the following month via overflow)."""
    return dt.date(2022, 11, 1) + dt.timedelta(days=day - 1)


def iso(x):
    return x.isoformat()


def add_working_days(start, n):
    """The n-th working day after start (期限从次日起算). November and December 2022
    have no public holidays or adjusted working days, so working days are Mon-Fri."""
    x = start
    while n > 0:
        x += dt.timedelta(days=1)
        if x.weekday() < 5:
            n -= 1
    assert x < dt.date(2022, 12, 31), "holiday-free Mon-Fri assumption only holds before 2022-12-31"
    return x


# ---------------------------------------------------------------------------------------------
# Focus areas. F1-F4 are named in the article; F5 and F6 are a plausible completion.
# ---------------------------------------------------------------------------------------------
FOCUS_AREAS = [
    ("F1", "疫情防控责任落实情况"),
    ("F2", "快速推进风险人员隔离与转运工作落实情况"),
    ("F3", "监督发现问题是否整改到位"),
    ("F4", "纠治疫情防控中“四风”突出问题"),
    ("F5", "核酸检测点组织管理和秩序维护情况"),
    ("F6", "群众就医购药等民生保障情况"),
]

# ---------------------------------------------------------------------------------------------
# Units. Counties and districts carry their real administrative division codes; the towns are
# real towns of each county; places below them (test points, checkpoints, shops, clinics,
# schools) are generic illustrative names.
# ---------------------------------------------------------------------------------------------
# (id, name, kind, divisionCode, [(town id, town name, town kind)]) -- the first town is the seat.
COUNTIES = [
    ("xiufeng", "秀峰区", "district", "450302",
     [("xiufeng-jd", "秀峰街道", "subdistrict"), ("lijun-jd", "丽君街道", "subdistrict"),
      ("jiashan-jd", "甲山街道", "subdistrict")]),
    ("diecai", "叠彩区", "district", "450303",
     [("diecai-jd", "叠彩街道", "subdistrict"), ("beimen-jd", "北门街道", "subdistrict"),
      ("dahe", "大河乡", "township")]),
    ("xiangshan", "象山区", "district", "450304",
     [("xiangshan-jd", "象山街道", "subdistrict"), ("nanmen-jd", "南门街道", "subdistrict"),
      ("ertang-xs", "二塘乡", "township")]),
    ("qixing", "七星区", "district", "450305",
     [("qixing-jd", "七星街道", "subdistrict"), ("dongjiang-jd", "东江街道", "subdistrict"),
      ("chaoyang", "朝阳乡", "township")]),
    ("yanshan", "雁山区", "district", "450311",
     [("yanshan-zhen", "雁山镇", "town"), ("zhemu", "柘木镇", "town"), ("dabu", "大埠乡", "township")]),
    ("lingui", "临桂区", "district", "450312",
     [("lingui-zhen", "临桂镇", "town"), ("liangjiang", "两江镇", "town"), ("huixian", "会仙镇", "town")]),
    ("yangshuo", "阳朔县", "county", "450321",
     [("yangshuo-zhen", "阳朔镇", "town"), ("baisha", "白沙镇", "town"), ("xingping", "兴坪镇", "town")]),
    ("lingchuan", "灵川县", "county", "450323",
     [("lingchuan-zhen", "灵川镇", "town"), ("dingjiang", "定江镇", "town"), ("daxu", "大圩镇", "town")]),
    ("quanzhou", "全州县", "county", "450324",
     [("quanzhou-zhen", "全州镇", "town"), ("huangshahe", "黄沙河镇", "town"), ("wenqiao", "文桥镇", "town"),
      ("caiwan", "才湾镇", "town"), ("shaoshui", "绍水镇", "town")]),
    ("xing-an", "兴安县", "county", "450325",
     [("xing-an-zhen", "兴安镇", "town"), ("jieshou", "界首镇", "town"), ("rongjiang", "溶江镇", "town")]),
    ("yongfu", "永福县", "county", "450326",
     [("yongfu-zhen", "永福镇", "town"), ("suqiao", "苏桥镇", "town"), ("luojin", "罗锦镇", "town")]),
    ("guanyang", "灌阳县", "county", "450327",
     [("guanyang-zhen", "灌阳镇", "town"), ("xinjie", "新街镇", "town"), ("wenshi", "文市镇", "town")]),
    ("longsheng", "龙胜各族自治县", "county", "450328",
     [("longsheng-zhen", "龙胜镇", "town"), ("piaoli", "瓢里镇", "town"), ("heping", "和平乡", "township")]),
    ("ziyuan", "资源县", "county", "450329",
     [("ziyuan-zhen", "资源镇", "town"), ("meixi", "梅溪镇", "town"), ("zhongfeng", "中峰镇", "town")]),
    ("pingle", "平乐县", "county", "450330",
     [("pingle-zhen", "平乐镇", "town"), ("shazi", "沙子镇", "town"), ("tongan", "同安镇", "town")]),
    ("gongcheng", "恭城瑶族自治县", "county", "450332",
     [("gongcheng-zhen", "恭城镇", "town"), ("limu", "栗木镇", "town"), ("lianhua", "莲花镇", "town")]),
    ("lipu", "荔浦市", "county", "450381",
     [("licheng", "荔城镇", "town"), ("dongchang", "东昌镇", "town"), ("xinping", "新坪镇", "town")]),
]

units = {}          # id -> dict (key order as in DESIGN.md section 4)
unit_order = []     # creation order, used for the sorted output
short_name = {}     # id -> name without the county prefix, used to build place names and positions
county_of = {}      # id -> county id
towns_of = {}       # county id -> [town ids]


def add_unit(uid, name, kind, parent=None, code=None, short=None, county=None):
    assert uid not in units, uid
    u = {"id": uid, "name": name, "kind": kind}
    if parent:
        u["parent"] = parent
    if code:
        u["divisionCode"] = code
    units[uid] = u
    unit_order.append(uid)
    short_name[uid] = short or name
    if county:
        county_of[uid] = county
    return uid


add_unit("guilin", "桂林市", "city", code="450300")
add_unit("guilin-cdi", "桂林市纪委监委", "department", parent="guilin", short="市纪委监委")
add_unit("guilin-hq", "桂林市疫情防控联合指挥部", "department", parent="guilin")

for cid, cname, ckind, code, towns in COUNTIES:
    add_unit(cid, cname, ckind, parent="guilin", code=code, county=cid)
    towns_of[cid] = []
    for tid, tname, tkind in towns:
        add_unit(tid, cname + tname, tkind, parent=cid, short=tname, county=cid)
        towns_of[cid].append(tid)

# Units named in the article.
add_unit("hsh-checkpoint", "黄沙河镇高速路口疫情防控临时检查站", "checkpoint", parent="huangshahe", county="quanzhou")
add_unit("pingshuidi", "梅溪镇坪水底村", "village", parent="meixi", short="坪水底村", county="ziyuan")
add_unit("sanyuan", "临桂区三元社区", "community", parent="lingui", short="三元社区", county="lingui")
add_unit("shanshui-fenghuang", "山水凤凰城小区", "other", parent="sanyuan", county="lingui")
add_unit("huirong-guilin", "汇荣桂林桂林小区", "other", parent="sanyuan", county="lingui")
add_unit("meixi-hq", "梅溪镇疫情防控指挥部", "department", parent="meixi", county="ziyuan")

PLACE_KINDS = {
    # key: (suffix builder, unit kind)
    "testpoint": (lambda t: t + "便民核酸采样点", "other"),
    "checkpoint": (lambda t: t + "疫情防控执勤卡点", "checkpoint"),
    "supermarket": (lambda t: t + "某超市", "market"),
    "market": (lambda t: t + "农贸市场", "market"),
    "hospital": (lambda t: t + ("社区卫生服务中心" if t.endswith("街道") else "卫生院"), "hospital"),
    "school": (lambda t: t + "中心学校", "school"),
}


def place(town, key):
    """The illustrative place of the given key in a town, created on first use."""
    uid = town + "-" + key
    if uid not in units:
        build, kind = PLACE_KINDS[key]
        add_unit(uid, build(short_name[town]), kind, parent=town, county=county_of[town])
    return uid


DEPARTMENTS = {
    "health": ("卫生健康局", "局长"),
    "edu": ("教育局", "局长"),
    "samr": ("市场监督管理局", "局长"),
    "hq": ("疫情防控指挥部办公室", "主任"),
    "isolation": ("集中隔离医学观察点", "负责人"),
    "transport": ("交通运输局", "局长"),
    "cdi": ("纪委监委", "副书记"),
}


def dept(county, key):
    uid = county + "-" + key
    if uid not in units:
        suffix, _ = DEPARTMENTS[key]
        kind = "other" if key == "isolation" else "department"
        add_unit(uid, units[county]["name"] + suffix, kind, parent=county, county=county)
    return uid


# ---------------------------------------------------------------------------------------------
# People. Full names are invented (surname + an invented given name from a separate seeded generator, so
# that the rest of the data set draws the same numbers as before): internal documents show them, public
# ones mask them per disclosure, and the masking can be seen at work.
# ---------------------------------------------------------------------------------------------
SURNAMES = [
    ("张", "zhang"), ("王", "wang"), ("李", "li"), ("赵", "zhao"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"), ("胡", "hu"),
    ("朱", "zhu"), ("高", "gao"), ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"),
    ("罗", "luo"), ("梁", "liang"), ("宋", "song"), ("郑", "zheng"), ("谢", "xie"), ("韩", "han"),
    ("唐", "tang"), ("冯", "feng"), ("于", "yu"), ("董", "dong"), ("萧", "xiao"), ("程", "cheng"),
    ("曹", "cao"), ("袁", "yuan"), ("邓", "deng"), ("许", "xu2"), ("傅", "fu"), ("沈", "shen"),
    ("曾", "zeng"), ("彭", "peng"), ("吕", "lyu"), ("苏", "su"), ("卢", "lu"), ("蒋", "jiang"),
    ("蔡", "cai"), ("贾", "jia"), ("丁", "ding"), ("魏", "wei"), ("薛", "xue"), ("叶", "ye"),
    ("阎", "yan"), ("余", "yu2"), ("潘", "pan"), ("杜", "du"), ("戴", "dai"), ("夏", "xia"),
    ("钟", "zhong"), ("汪", "wang2"), ("田", "tian"), ("任", "ren"), ("姜", "jiang2"), ("范", "fan"),
    ("方", "fang"), ("石", "shi"), ("姚", "yao"), ("谭", "tan"), ("廖", "liao"), ("邹", "zou"),
    ("熊", "xiong"), ("金", "jin"), ("陆", "lu2"), ("郝", "hao"), ("孔", "kong"), ("白", "bai"),
    ("崔", "cui"), ("康", "kang"), ("毛", "mao"), ("邱", "qiu"), ("秦", "qin"), ("江", "jiang3"),
    ("史", "shi2"), ("顾", "gu"), ("侯", "hou"), ("邵", "shao"), ("孟", "meng"), ("龙", "long"),
    ("万", "wan"), ("段", "duan"), ("钱", "qian"), ("汤", "tang2"), ("尹", "yin"), ("黎", "li2"),
    ("易", "yi"), ("常", "chang"), ("武", "wu2"), ("乔", "qiao"), ("贺", "he2"), ("赖", "lai"),
    ("龚", "gong"), ("文", "wen"), ("莫", "mo"), ("覃", "qin2"), ("韦", "wei2"), ("蒙", "meng2"),
    ("蓝", "lan"), ("陶", "tao"), ("骆", "luo2"), ("温", "wen2"), ("容", "rong"), ("伍", "wu3"),
    ("欧阳", "ouyang"), ("上官", "shangguan"),
]
rng.shuffle(SURNAMES)
# Make sure the compound surname 欧阳 is handed out early, to exercise the explicit "surname".
SURNAMES.remove(("欧阳", "ouyang"))
SURNAMES.insert(4, ("欧阳", "ouyang"))
_surnames = iter(SURNAMES)
people = {}

# Given names of two characters, common in the region; drawn without repetition.
GIVEN = ("建华 志强 海燕 国平 丽萍 小军 永刚 春梅 德明 秀英 文斌 红霞 卫东 桂芳 立新 晓东 家豪 玉兰 俊杰 宏伟 "
         "雪梅 振华 金凤 少华 明辉 翠萍 光荣 慧敏 世杰 碧云 耀祖 美玲 远航 芳芳 成刚 淑珍 子健 凤英 昌盛 秋菊 "
         "胜利 婉婷 国栋 艳红 学文 月娥 伟民 素琴 启明 兰英 庆丰 丽华 志远 瑞芳 树林 冬梅 长青 佩玲 忠良 晓燕 "
         "鹏飞 海英 保国 彩霞 泽民 巧玲 锦华 春燕 继红 少峰 焕章 秀兰 德胜 静怡 连生 爱华 建新 丹丹 永福 玉梅 "
         "宗仁 雅琴 铁军 桂香 宝山 晓红 天佑 美华 文杰 素梅 光明 小燕 国强 丽娟 振宇 红梅 绍华 艳萍 福生 慧芳").split()
_given_rng = random.Random(SEED + 1)
_given = _given_rng.sample(GIVEN, len(GIVEN))


def add_person(position, unit=None, party=True, disclosure=None, surname=None, pinyin=None,
               explicit_surname=False, given=None):
    """A new person with a surname not used before, so every name in the set is distinct."""
    if surname is None:
        surname, pinyin = next(_surnames)
    pid = "p-" + pinyin
    assert pid not in people, pid
    p = {"id": pid, "name": surname + (given or _given.pop())}
    if explicit_surname or len(surname) > 1:
        p["surname"] = surname
    p["position"] = position
    if unit:
        p["unit"] = unit
    p["partyMember"] = party
    if disclosure:
        p["disclosure"] = disclosure
    people[pid] = p
    return pid


# Names the generator must not hand out: 刘 is the village secretary of the article.
SURNAMES[:] = [s for s in SURNAMES if s[0] != "刘"]
_surnames = iter(SURNAMES)

TOWN_HEAD = {"town": ("党委副书记、镇长", "镇"), "township": ("党委副书记、乡长", "乡"),
             "subdistrict": ("党工委副书记、办事处主任", "街道")}
_owner = {}


def owner_of(uid):
    """The person answerable for rectification in a unit (镇长, 局长, 院长 ...), created on first use."""
    if uid in _owner:
        return _owner[uid]
    u = units[uid]
    kind = u["kind"]
    if kind in TOWN_HEAD:
        pos = short_name[uid] + TOWN_HEAD[kind][0]
    elif kind == "hospital":
        pos = short_name[uid] + ("主任" if short_name[uid].endswith("中心") else "院长")
    elif kind == "school":
        pos = short_name[uid] + "校长"
    elif kind == "community":
        pos = short_name[uid] + "党委书记、居委会主任"
    elif kind == "village":
        pos = short_name[uid] + "党总支部书记、村民委员会主任"
    elif kind == "checkpoint":
        pos = short_name[uid] + "负责人"
    elif uid.rsplit("-", 1)[-1] in DEPARTMENTS:
        pos = units[uid]["name"] + DEPARTMENTS[uid.rsplit("-", 1)[-1]][1]
    else:
        pos = units[uid]["name"] + "负责人"
    _owner[uid] = add_person(pos, unit=uid)
    return _owner[uid]


# ---------------------------------------------------------------------------------------------
# Groups: ten 室组地 groups, each led by a director of a supervision office (监督检查室) with a
# leader of a stationed group (派驻纪检监察组) and a deputy secretary of a county commission.
# ---------------------------------------------------------------------------------------------
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
GROUP_AREAS = [
    ["xiufeng", "diecai"],
    ["xiangshan", "qixing"],
    ["yanshan", "lingui"],
    ["yangshuo", "lipu"],
    ["lingchuan", "xing-an"],
    ["quanzhou"],
    ["guanyang", "gongcheng"],
    ["yongfu", "longsheng"],
    ["ziyuan"],
    ["pingle"],
]
groups = []
for i, areas in enumerate(GROUP_AREAS):
    n = i + 1
    leader = add_person("市纪委监委第%s监督检查室主任" % CN_NUM[i] if i < 6
                        else "市纪委监委案件监督管理室副主任" if i == 6
                        else "市纪委监委党风政风监督室副主任" if i == 7
                        else "市纪委监委信访室副主任" if i == 8
                        else "市纪委监委第%s审查调查室副主任" % CN_NUM[i - 9],
                        unit="guilin-cdi")
    m1 = add_person("市纪委监委派驻第%s纪检监察组组长" % CN_NUM[i], unit="guilin-cdi")
    m2 = add_person(units[areas[0]]["name"] + "纪委副书记、监委副主任", unit=dept(areas[0], "cdi"))
    groups.append({
        "id": "g%02d" % n,
        "name": "第%s监督检查组" % CN_NUM[i],
        "composition": "room-group-locality",
        "leader": leader,
        "members": [m1, m2],
        "areas": list(areas),
    })
group_of_county = {a: g["id"] for g in groups for a in g["areas"]}
QZ_GROUP = group_of_county["quanzhou"]   # 第六监督检查组
LG_GROUP = group_of_county["lingui"]     # 第三监督检查组

# ---------------------------------------------------------------------------------------------
# Problem templates: (category, focus area, severity, where, responsible, summary, description,
# rectification measures). "where" is a place key, "town", or a department key; "responsible" is
# "town" (the town of the place), "self" (the place itself) or a department key.
# ---------------------------------------------------------------------------------------------

# The 23 formalism and bureaucratism problems found in 全州县 with the 三督三查 method. The article
# gives their number and kinds (推诿扯皮、敷衍塞责等); their content here is illustrative.
QUANZHOU_23 = [
    ("perfunctory", "F5", "general", "testpoint", "town",
     "核酸采样点未落实“一米线”间隔要求，群众聚集排队",
     "检查发现，该采样点现场引导人员不足，未设置“一米线”间隔标识，排队群众间距过近，部分群众未规范佩戴口罩。",
     "增派2名引导人员，施划“一米线”标识，设置排队隔离带，安排专人巡回提醒规范佩戴口罩。"),
    ("formalism", "F5", "general", "testpoint", "health",
     "核酸采样点消杀记录事后集中补填，与实际消杀情况不符",
     "检查发现，该采样点当日消杀记录已提前填写至下午时段，现场未见消杀作业，记录流于形式。",
     "对采样点消杀记录逐日核对，实行消杀作业与记录同步、现场拍照留存，由镇卫生院每日抽查。"),
    ("bureaucratism", "F5", "minor", "testpoint", "town",
     "核酸采样点未为老年人、残疾人等特殊群体设置绿色通道",
     "检查发现，采样点未设置特殊群体优先通道，行动不便的老年人需与其他群众一同长时间排队，现场工作人员未主动提供帮助。",
     "设置“老幼病残孕”优先通道并张贴标识，安排志愿者为特殊群体提供引导和代为扫码服务。"),
    ("perfunctory", "F5", "general", "testpoint", "health",
     "核酸采样点医疗废物未按规定分类收集、及时转运",
     "检查发现，采样点使用后的防护用品与生活垃圾混放，医疗废物暂存超过24小时未转运。",
     "配齐医疗废物专用收集桶，明确专人负责分类收集，与医疗废物处置单位建立每日转运机制。"),
    ("buck-passing", "F5", "general", "testpoint", "town",
     "核酸采样点开放时间临时调整未及时公告，镇、村相互推诿",
     "群众反映采样点开放时间临时调整后未获通知，多次往返未能采样；经核查，镇、村两级均认为公告发布不属本级职责。",
     "明确由镇疫情防控指挥部统一发布采样点开放信息，通过村级微信群、广播和公示牌同步告知。"),
    ("perfunctory", "F1", "serious", "checkpoint", "town",
     "执勤卡点值守人员脱岗，过往车辆人员无人登记",
     "夜间暗访时，该卡点仅1名值守人员在岗且在车内休息，过往车辆未停车接受查验，登记工作中断约1小时。",
     "调整卡点排班，实行“三班倒”并确保每班不少于3人在岗，镇分管领导每晚带班巡查。"),
    ("formalism", "F1", "general", "checkpoint", "town",
     "卡点登记台账信息不全，只登记车牌未登记人员行程",
     "查阅卡点登记台账发现，近三日登记信息多数仅有车牌号码，缺少车内人员身份、来源地和行程信息，无法用于追踪排查。",
     "统一卡点登记表式，逐车逐人登记身份、来源地和行程信息，每日交镇疫情防控指挥部汇总核查。"),
    ("perfunctory", "F1", "general", "checkpoint", "town",
     "卡点查验“场所码”“行程码”走过场，未逐人核验",
     "检查发现，卡点工作人员仅查验驾驶员健康码，对车内其他乘员未逐人查验，对外地返乡人员未主动询问行程。",
     "组织卡点人员专题培训，落实逐人扫码、逐人测温、逐人询问行程，对外地返乡人员即时推送村（社区）落实管控。"),
    ("buck-passing", "F2", "serious", "checkpoint", "hq",
     "卡点发现外地返乡人员后，镇、村两级相互推诿，未及时落实报备和管控",
     "卡点发现2名外地返乡人员后，镇里要求村里接人，村里称应由镇统一安排，人员在卡点滞留约3小时，报备和管控措施未及时落实。",
     "县疫情防控指挥部办公室明确卡点发现返乡人员的移交流程和责任主体，建立卡点、镇、村三方即时对接机制。"),
    ("perfunctory", "F1", "general", "supermarket", "samr",
     "超市入口未安排专人查验“场所码”、测量体温",
     "检查发现，该超市入口测温设备闲置，未安排专人值守，顾客进出未扫“场所码”。",
     "超市在出入口安排专人值守，落实扫码、测温、佩戴口罩“三件套”，市场监管所每日抽查。"),
    ("formalism", "F1", "minor", "supermarket", "samr",
     "超市防疫消杀记录千篇一律，存在照搬照抄现象",
     "查阅资料发现，该超市近半月消杀记录内容、时间完全相同，笔迹一致，系一次性填写。",
     "超市重新建立消杀台账，实行消杀责任人签字、时间据实填写，市场监管所纳入日常检查内容。"),
    ("perfunctory", "F1", "general", "market", "samr",
     "农贸市场从业人员未按要求定期开展核酸检测",
     "核查发现，该市场68名从业人员中有11人超过规定周期未进行核酸检测，市场管理方未建立从业人员检测台账。",
     "建立从业人员核酸检测台账，安排集中补检，对未按期检测人员暂停入场经营。"),
    ("bureaucratism", "F4", "general", "market", "samr",
     "市场主管部门检查只看台账不看现场，经营户不戴口罩问题长期存在",
     "检查发现，市场监管所对该市场的检查记录均为查阅台账，部分经营户长期不戴口罩经营，未被发现和督促纠正。",
     "市场监管所改进检查方式，实行“台账+现场”检查，对经营户逐户提醒，对屡教不改的依规处理。"),
    ("perfunctory", "F6", "serious", "hospital", "self",
     "卫生院预检分诊落实不到位，发热患者未按流程引导至发热诊室",
     "暗访发现，该卫生院预检分诊台无人值守，1名发热患者直接进入普通门诊候诊区，未按流程引导至发热诊室。",
     "预检分诊台实行全时段专人值守，完善发热患者引导流程和标识，对相关医护人员开展培训。"),
    ("formalism", "F4", "minor", "hospital", "health",
     "卫生院疫情防控应急预案照搬上级文件，未结合本院实际",
     "查阅资料发现，该卫生院应急预案与县级预案内容基本一致，未明确本院隔离区域、转运流程和人员分工。",
     "结合本院实际修订应急预案，明确隔离区域、转运流程和岗位分工，并组织一次实战演练。"),
    ("buck-passing", "F2", "serious", "hospital", "health",
     "卫生院与镇政府在发热人员转运上职责不清、相互推诿",
     "检查发现，该卫生院接诊1名发热人员后，就转运车辆由谁安排与镇政府相互推诿，患者在院等待转运近4小时。",
     "县卫生健康局明确发热人员转运责任分工和联系人，建立卫生院、镇政府、县转运专班“一键通”联络机制。"),
    ("bureaucratism", "F6", "general", "hospital", "self",
     "卫生院陪护人员管理制度执行不严，陪护人员未持核酸阴性证明进入病区",
     "检查发现，该卫生院住院部陪护人员凭口头说明即可进入病区，未查验核酸检测阴性证明，未做到“一患一陪护”。",
     "严格执行陪护管理制度，病区入口设专人查验，建立陪护人员登记台账。"),
    ("perfunctory", "F1", "general", "school", "edu",
     "学校晨午检记录不全，学生因病缺课追踪登记未落实",
     "查阅资料发现，该校多个班级晨午检记录缺失，学生因病缺课未追踪登记原因。",
     "学校落实晨午检“日报告、零报告”，班主任逐日追踪缺课学生原因，校医每日汇总核查。"),
    ("formalism", "F1", "minor", "school", "edu",
     "学校疫情防控应急演练“以会代练”，方案停留在纸面",
     "检查发现，该校11月应急演练仅召开会议传达方案，未组织实地演练，教职工对处置流程不熟悉。",
     "学校组织全体师生开展疫情处置实地演练，县教育局对演练情况进行抽查。"),
    ("perfunctory", "F1", "general", "school", "self",
     "学校门卫未严格落实外来人员登记查验",
     "检查发现，该校门卫对进入校园的送货人员未查验健康码、行程码，未进行登记。",
     "学校门卫室落实外来人员“扫码、测温、登记”，非必要人员不得进入校园，送货实行校门外交接。"),
    ("formalism", "F4", "general", "town", "town",
     "镇疫情防控工作“以文件落实文件”，部署要求层层照转",
     "查阅资料发现，该镇近期印发的疫情防控文件多为照转上级文件，未结合本镇实际提出具体措施和责任分工。",
     "镇党委专题研究本镇疫情防控工作，制定具体措施清单，明确责任领导、责任人和完成时限。"),
    ("bureaucratism", "F4", "general", "town", "town",
     "镇挂村干部下沉督导不实，对村内返乡人员底数不清",
     "抽查发现，该镇部分挂村干部对所联系村返乡人员数量、管控措施等情况不了解，督导工作以电话代替实地。",
     "挂村干部每日到村实地督导，建立返乡人员“一人一档”，镇疫情防控指挥部每周通报督导情况。"),
    ("buck-passing", "F6", "general", "town", "town",
     "群众反映核酸检测结果异常问题，镇与卫生院相互推诿，未及时答复",
     "群众反映核酸检测结果长时间显示异常，向镇政府和卫生院反映均被告知“不归本单位管”，3天未获答复。",
     "镇政府明确群众疫情防控诉求首问负责制，指定专人对接卫生院和县检测机构，限时答复群众。"),
]
assert len(QUANZHOU_23) == 23
assert {t[0] for t in QUANZHOU_23} <= {"buck-passing", "perfunctory", "formalism", "bureaucratism"}

# Other violations across the city (all illustrative).
OTHER_VIOLATIONS = [
    ("inaction", "F2", "general", "town", "town",
     "未按要求对辖区内中高风险地区来（返）桂人员开展排查，底数不清",
     "检查发现，该街道对上级推送的中高风险地区来（返）桂人员名单未逐一核查，部分人员管控措施未落实。",
     "对推送名单逐人电话核查和上门核实，建立排查台账，次日报告排查结果。"),
    ("inaction", "F2", "serious", "town", "town",
     "对居家隔离人员上门核酸采样不及时，群众多次反映未获回应",
     "群众反映，居家隔离人员连续两日未按要求上门采样，多次致电社区未获回应。",
     "建立居家隔离人员上门采样日程表，明确采样小组和联系人，采样情况每日报镇疫情防控指挥部。"),
    ("inaction", "F2", "serious", "hq", "hq",
     "对上级推送的风险人员协查信息流转不及时",
     "核查发现，该县疫情防控指挥部办公室接收的一批协查信息延迟约20小时才推送至乡镇，超出规定时限。",
     "实行协查信息专人24小时值守、接收即流转、2小时内反馈，建立流转记录台账。"),
    ("inaction", "F2", "serious", "transport", "transport",
     "转运专班车辆调度不及时，密接人员转运滞后",
     "核查发现，该县转运专班接到转运指令后未及时调派车辆，部分密接人员等待转运超过6小时。",
     "增加备用转运车辆和驾驶员，实行转运指令“接单即派”，专班负责人全天在岗调度。"),
    ("inaction", "F6", "general", "hospital", "self",
     "卫生院发热门诊夜间无人值守",
     "夜间暗访发现，该卫生院发热门诊无医护人员值守，患者需电话联系值班医生。",
     "发热门诊实行24小时值守，公布值班电话，院领导带班检查。"),
    ("discount", "F2", "serious", "isolation", "hq",
     "集中隔离点未严格执行“单人单间”要求",
     "检查发现，该隔离点有3个房间安排2名非同户人员同住，不符合“单人单间”隔离要求。",
     "立即对同住人员分开安置，严格落实“单人单间”，每日核对入住台账。"),
    ("discount", "F2", "serious", "isolation", "health",
     "隔离点工作人员闭环管理未落实，有人员擅自外出",
     "检查发现，该隔离点2名保障人员在闭环管理期间擅自外出购物，出入登记缺失。",
     "对隔离点工作人员实行封闭管理和出入登记，对擅自外出人员予以批评教育并按规定落实健康监测。"),
    ("discount", "F5", "general", "testpoint", "health",
     "核酸采样点擅自突破混采比例要求",
     "检查发现，该采样点为加快进度，部分时段采用超出规定比例的混采方式。",
     "严格按照规定比例混采，县卫生健康局对采样点混采情况开展专项抽查。"),
    ("discount", "F2", "general", "town", "town",
     "隔离期满人员未按要求落实后续居家健康监测",
     "核查发现，该镇3名集中隔离期满返家人员未纳入居家健康监测，村（社区）未开展健康随访。",
     "将隔离期满人员全部纳入居家健康监测，落实每日随访和规定频次核酸检测。"),
    ("lax-enforcement", "F1", "serious", "checkpoint", "town",
     "卡点对来自风险地区车辆人员未落实“落地检”",
     "检查发现，该卡点对外省风险地区来桂车辆仅登记放行，未引导车内人员开展“落地检”。",
     "卡点设置“落地检”采样台，对风险地区来桂人员逐人采样并推送属地落实管控。"),
    ("over-enforcement", "F1", "serious", "town", "town",
     "村组擅自设卡封堵道路，影响群众正常出行",
     "检查发现，该镇部分村组未经批准用土堆、车辆封堵进村道路，群众就医、农资运输受阻。",
     "立即拆除擅自设置的路障，保障道路畅通，对确需设置的卡点依规报批。"),
    ("over-enforcement", "F2", "serious", "town", "town",
     "对低风险地区来桂人员擅自要求集中隔离",
     "群众反映，该街道要求低风险地区来桂人员一律集中隔离，超出防控政策要求。",
     "立即纠正，按照防控方案对来桂人员分类管理，对已被错误隔离人员解除隔离并做好解释工作。"),
    ("over-enforcement", "F1", "general", "town", "town",
     "要求外来务工人员多次提供核酸阴性证明方可返岗",
     "检查发现，该镇要求辖区企业外来务工人员提供连续多次核酸阴性证明方可返岗，超出政策规定。",
     "撤销不合规要求，向辖区企业重新明确返岗防控要求。"),
    ("over-enforcement", "F6", "general", "town", "town",
     "小区物业擅自禁止业主车辆出入",
     "群众反映，辖区部分小区物业在无管控要求的情况下禁止业主车辆出入，影响群众正常生活。",
     "街道约谈物业企业，立即恢复车辆正常通行，明确小区管控措施须按规定报批。"),
    ("one-size-fits-all", "F1", "serious", "town", "town",
     "擅自要求辖区商铺一律关门停业",
     "检查发现，该镇在无相关管控要求的情况下，要求镇区商铺一律关门停业，影响群众生活和经营主体正常经营。",
     "立即纠正“一刀切”做法，按风险等级分类管理，通知商铺恢复营业。"),
    ("one-size-fits-all", "F6", "general", "market", "samr",
     "农贸市场“一关了之”，群众买菜难",
     "检查发现，该农贸市场因附近发现1例无症状感染者被整体关闭，未落实替代保供措施，周边群众买菜难。",
     "经评估后有序恢复开放，实行分区限流，同时设置临时便民售菜点。"),
    ("one-size-fits-all", "F6", "serious", "hospital", "self",
     "对急危重症患者就医设置核酸阴性证明前置条件",
     "群众反映，该卫生院要求急危重症患者出示核酸阴性证明后方可接诊，延误救治。",
     "严格执行首诊负责制，急危重症患者先救治后检测，设立缓冲诊室。"),
    ("one-size-fits-all", "F6", "general", "supermarket", "samr",
     "药店一律拒售退热等“四类药品”，群众购药难",
     "群众反映，该镇区药店对退热、止咳、抗病毒、抗生素等“四类药品”一律拒售。",
     "恢复“四类药品”销售，落实购药实名登记和信息推送，不得拒售。"),
    ("lax-enforcement", "F5", "general", "testpoint", "health",
     "核酸采样人员未按规定更换手套、手部消毒",
     "检查发现，该采样点部分采样人员连续采样未按规定进行手部消毒，个别人员未及时更换手套。",
     "组织采样人员重新培训院感防控规范，设置消毒提示，每个采样台配备督导员。"),
    ("lax-enforcement", "F1", "general", "supermarket", "samr",
     "超市未落实扫码测温，人员进出无人值守",
     "检查发现，该超市出入口无人值守，顾客进出未扫码测温。",
     "超市安排专人值守出入口，落实扫码、测温、戴口罩要求。"),
    ("lax-enforcement", "F1", "serious", "checkpoint", "transport",
     "卡点对货车司机未落实“点对点”闭环管理",
     "检查发现，该卡点对来自风险地区的货车司机未落实“点对点”闭环管理，司机下车在周边自由活动。",
     "卡点落实货车司机“不下车、不停留”，对确需卸货的实行“点对点”闭环转运。"),
    ("lax-enforcement", "F6", "general", "hospital", "self",
     "医院病区出入管控落实不到位",
     "检查发现，该院住院部出入口未设专人值守，外来人员可随意进入病区。",
     "住院部出入口设专人值守，落实探视管理和出入登记。"),
    ("lax-enforcement", "F1", "general", "school", "self",
     "学校校园封闭管理落实不严，外来人员随意进出",
     "检查发现，该校侧门无人值守，外来人员可随意进出校园。",
     "关闭侧门，校门实行专人值守和出入登记。"),
    ("lax-enforcement", "F1", "general", "market", "samr",
     "进口冷链食品追溯登记不全",
     "检查发现，该市场部分经营户销售的进口冷链食品无法提供追溯信息。",
     "暂停销售无追溯信息的冷链食品，补齐追溯登记，市场监管所逐户检查。"),
    ("perfunctory", "F5", "general", "testpoint", "health",
     "核酸检测结果反馈滞后，群众反复查询无果",
     "群众反映，在该采样点采样后超过48小时仍查询不到检测结果，咨询电话无人接听。",
     "与检测机构建立结果推送对账机制，公布咨询电话并安排专人接听。"),
    ("perfunctory", "F5", "general", "testpoint", "town",
     "采样点秩序维护人员不足，群众排队时间过长",
     "检查发现，该采样点高峰时段仅1名秩序维护人员，群众排队时间超过1小时。",
     "增派秩序维护人员和志愿者，高峰时段增开采样台，分时段预约采样。"),
    ("perfunctory", "F2", "general", "town", "town",
     "风险人员排查流于形式，电话核查未留记录",
     "查阅资料发现，该镇风险人员排查台账只有“已核查”字样，无核查时间、方式和结果记录。",
     "重新组织核查，逐人记录核查时间、方式、结果和管控措施。"),
    ("perfunctory", "F3", "general", "checkpoint", "town",
     "前期监督检查发现问题整改不彻底，问题反弹",
     "复查发现，前期检查指出的卡点人员登记不全问题，经整改后再次出现。",
     "对照问题清单逐项重新整改，建立整改“回头看”机制，镇分管领导每周复查。"),
    ("formalism", "F3", "general", "town", "town",
     "整改报告“一报了之”，未见实际整改措施",
     "复查发现，该街道报送的整改报告称问题已整改到位，但现场问题依旧存在。",
     "重新制定整改方案，明确责任人和时限，整改情况附现场佐证材料，监督检查组逐项复核。"),
    ("formalism", "F4", "minor", "hq", "hq",
     "要求基层重复填报疫情防控表格，增加基层负担",
     "检查发现，该县疫情防控指挥部办公室不同工作组要求乡镇报送内容重复的统计表格，每日多达十余张。",
     "清理合并统计报表，实行“一表通”，同一数据只报一次。"),
    ("formalism", "F4", "general", "town", "town",
     "以拍照留痕代替工作落实，“打卡式”督导",
     "检查发现，该镇督导组到村督导以拍照打卡为主，未深入了解村级防控措施落实情况。",
     "改进督导方式，实行“四不两直”督导，督导记录须写明发现问题和整改要求。"),
    ("formalism", "F5", "minor", "testpoint", "town",
     "核酸采样点信息公示牌内容过时，开放时间与实际不符",
     "检查发现，该采样点公示牌开放时间、咨询电话等信息未随调整更新。",
     "更新公示信息，建立采样点信息变更即时更新制度。"),
    ("bureaucratism", "F6", "general", "hq", "hq",
     "对群众反映的隔离期间生活物资配送问题未及时回应",
     "群众反映，居家隔离期间多次联系配送生活物资未获回应，相关诉求未登记交办。",
     "建立群众诉求登记交办台账，开通生活物资配送热线，实行24小时内回应。"),
    ("bureaucratism", "F6", "general", "health", "health",
     "12345热线转办的群众就医需求办理超时",
     "核查发现，县卫生健康局对12345热线转办的2件群众就医诉求超过规定时限办理。",
     "对超时诉求逐件回访办结，建立就医诉求“接诉即办”机制，专人跟踪办理进度。"),
    ("four-winds", "F4", "serious", "town", "town",
     "个别干部在疫情防控值班期间饮酒、脱岗",
     "查实，该镇1名干部在疫情防控值班期间外出饮酒，值班岗位无人值守。",
     "镇党委召开警示教育会，严格值班纪律，实行值班领导带班和随机查岗。"),
    ("four-winds", "F4", "general", "town", "town",
     "以疫情防控检查为名接受基层安排的工作餐",
     "查实，该街道督导组到社区检查期间，接受社区安排的超标准工作餐。",
     "督导组成员退还餐费，街道重申督导检查纪律要求。"),
    ("other", "F4", "general", "health", "health",
     "防疫物资管理混乱，出入库台账缺失",
     "检查发现，该局防疫物资仓库出入库台账缺失，账实不符。",
     "全面盘点防疫物资，建立出入库台账，实行专人管理和定期核对。"),
    ("unreported", "F1", "serious", "hospital", "self",
     "卫生院接诊发热患者后未按规定及时报告",
     "核查发现，该卫生院接诊1名有风险地区旅居史的发热患者后，未按规定在2小时内报告。",
     "对全院医务人员开展报告制度培训，落实发热患者接诊即报告。"),
    ("unreported", "F2", "general", "town", "town",
     "村（社区）对返乡人员信息未及时上报",
     "核查发现，该乡部分村对外地返乡人员信息未在规定时限内上报乡疫情防控指挥部。",
     "建立返乡人员信息日报和零报告制度，村级监督员每日核对。"),
    ("buck-passing", "F6", "general", "health", "health",
     "健康码“弹窗”问题处置中，相关部门相互推诿",
     "群众反映，健康码“弹窗”后咨询卫健、大数据等部门均被告知不归本部门处理。",
     "明确“弹窗”问题牵头部门和办理流程，设立咨询专线。"),
    ("buck-passing", "F2", "serious", "transport", "transport",
     "隔离人员转运车辆调度中，交通、卫健部门相互推诿",
     "核查发现，隔离人员转运用车需求提出后，交通运输、卫生健康部门相互推诿，转运延迟。",
     "县疫情防控指挥部明确转运车辆由交通运输部门统一调度，卫生健康部门负责随车医护。"),
    ("other", "F5", "minor", "testpoint", "town",
     "核酸采样点夜间照明、保暖设施不足",
     "检查发现，该采样点夜间照明不足，采样人员和排队群众无遮风保暖设施。",
     "增设照明和挡风设施，配备取暖设备。"),
    ("inaction", "F6", "general", "town", "town",
     "社区未建立独居老人等特殊群体关爱台账",
     "检查发现，该街道部分社区未摸排独居老人、慢性病患者等特殊群体，未建立关爱服务台账。",
     "开展特殊群体摸排，建立关爱台账，落实包联干部和就医购药保障。"),
]

# Templates are written for a town (镇) in a county (县); these replacements fit them to the
# level of the unit they land on (街道, 乡; 区, 市).
LOCALIZE = [
    ("该镇区药店", "辖区药店"),
    ("该街道", "该{镇}"), ("该镇", "该{镇}"), ("该乡", "该{镇}"),
    ("街道约谈", "{镇}约谈"), ("街道重申", "{镇}重申"),
    ("镇党委召开", "{镇党委}召开"),
    ("报镇疫情防控指挥部", "报{镇}疫情防控指挥部"), ("乡疫情防控指挥部", "{镇}疫情防控指挥部"),
    ("镇分管领导", "{镇}分管领导"),
    ("该县", "该{县}"), ("县卫生健康局", "{县}卫生健康局"), ("县疫情防控指挥部", "{县}疫情防控指挥部"),
]
TOWN_WORD = {"town": ("镇", "镇党委"), "township": ("乡", "乡党委"), "subdistrict": ("街道", "街道党工委")}


def localize(text, town, county):
    for a, b in LOCALIZE:
        text = text.replace(a, b)
    word, party = TOWN_WORD[units[town]["kind"]] if town else ("镇", "镇党委")
    if word == "街道":
        text = text.replace("卫生院", "社区卫生服务中心").replace("镇区", "街道辖区")
    cword = {"district": "区", "county": "县"}[units[county]["kind"]]
    if county == "lipu":
        cword = "市"
    return text.replace("{镇党委}", party).replace("{镇}", word).replace("{县}", cword)


def town_of(uid):
    x = uid
    while x and units[x]["kind"] not in TOWN_WORD:
        x = units[x].get("parent")
    return x


# ---------------------------------------------------------------------------------------------
# Inspections.
# ---------------------------------------------------------------------------------------------
METHODS = [("unannounced", 45), ("document-review", 25), ("covert", 12), ("interview", 8),
           ("remote", 6), ("scheduled", 4)]
METHOD_NOTES = {
    "unannounced": ["采取“四不两直”方式实地走访。", "采取“四不两直”方式随机抽查重点场所。"],
    "covert": ["以群众身份暗访。", "夜间暗访，查看值守和防控措施落实情况。"],
    "document-review": ["查阅疫情防控工作台账、会议记录和文件资料。", "查阅风险人员排查、管控台账和工作记录。"],
    "interview": ["与{镇}分管负责人、村（社区）干部个别谈话，了解防控责任落实情况。"],
    "remote": ["通过视频调度系统抽查采样点、卡点运行情况。"],
    "scheduled": ["对前期反馈问题整改情况开展复查。"],
}
SANDU_SANCHA = ("会同全州县纪委监委，整合乡镇纪委、村级监督员、清廉乡村建设监督员等基层监督力量，"
                "室地联合、片区协同，推行“三督三查”工作法（督任务、督进度、督成效，查行动、查责任、查作风）。")


def pick(weighted):
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def day_weight(day):
    return 3 if day <= 18 else 2 if day <= 24 else 1


def pick_days(n, first, last, cap=2):
    days = list(range(first, last + 1))
    weights = [day_weight(x) for x in days]
    chosen = []
    while len(chosen) < n:
        x = rng.choices(days, weights=weights)[0]
        if chosen.count(x) < cap:
            chosen.append(x)
    return sorted(chosen)


def pick_town(county):
    towns = towns_of[county]
    return rng.choices(towns, weights=[2] + [1] * (len(towns) - 1))[0]


def units_for(method, county, town):
    keys = list(PLACE_KINDS)
    if method in ("unannounced", "covert"):
        return [place(town, k) for k in sorted(rng.sample(keys, rng.choice([1, 2, 2, 3])), key=keys.index)]
    if method == "remote":
        return [place(town, rng.choice(["testpoint", "checkpoint"]))]
    if method == "document-review":
        r = rng.random()
        return [town] if r < 0.7 else [dept(county, "hq")] if r < 0.85 else [dept(county, "health")]
    if method == "interview":
        return [town]
    return [town, place(town, rng.choice(keys))]


inspections = []   # ids are given after sorting by date


def add_inspection(group, day, units_, method, notes):
    insp = {"group": group, "date": iso(d(day)), "units": list(units_), "method": method}
    if notes:
        insp["notes"] = notes
    inspections.append(insp)
    return insp


# The article: 13 November, the group went to 文桥镇 and the joint checkpoint at 黄沙河镇.
i_checkpoint = add_inspection(
    QZ_GROUP, 13, ["wenqiao", "hsh-checkpoint"], "unannounced",
    "全州县文桥镇在新疆返乡车辆中发现4名阳性病例人员后，立即前往文桥镇、黄沙河镇联合守卡点——"
    "黄沙河镇高速路口疫情防控临时检查站实地调查。")
# The article: 17 November, 临桂区三元社区, two residential compounds.
i_sanyuan = add_inspection(
    LG_GROUP, 17, ["sanyuan", "shanshui-fenghuang", "huirong-guilin"], "unannounced",
    "到临桂区三元社区山水凤凰城小区、汇荣桂林桂林小区检查小区疫情防控工作。")

# 全州县: the 三督三查 inspections (with the county commission), then a follow-up round.
qz_main = []
for day in pick_days(15, 14, 26):
    town = pick_town("quanzhou")
    method = pick([("unannounced", 50), ("covert", 20), ("document-review", 30)])
    qz_main.append(add_inspection(QZ_GROUP, day, units_for(method, "quanzhou", town), method,
                                  SANDU_SANCHA + rng.choice(METHOD_NOTES[method])))
for day in (27, 28, 30):
    add_inspection(QZ_GROUP, day, [pick_town("quanzhou")], rng.choice(["scheduled", "document-review"]),
                   "对前期发现问题整改情况开展“回头看”，逐项核验整改佐证材料。")

# The other groups work their areas.
for g in groups:
    if g["id"] == QZ_GROUP:
        continue
    n = 11 if g["id"] == LG_GROUP else 12
    for day in pick_days(n, 14, 30):
        county = rng.choice(g["areas"])
        town = pick_town(county)
        method = pick(METHODS)
        add_inspection(g["id"], day, units_for(method, county, town), method,
                       localize(rng.choice(METHOD_NOTES[method]), town, county))


# ---------------------------------------------------------------------------------------------
# Findings. Each is kept as a small record while generating; "rect" is its rectification.
# ---------------------------------------------------------------------------------------------
findings = []
load = {}   # id(inspection) -> findings attached


def attach(insp, where, county=None):
    """The unit a problem is found at: a place in the inspected town, the town itself or a
    county department; it is added to the inspection's units when the group went there."""
    county = county or county_of[insp["units"][0]]
    town = town_of(insp["units"][0]) or pick_town(county)
    if where in PLACE_KINDS:
        uid = place(town, where)
    elif where == "town":
        uid = town
    else:
        uid = dept(county, where)
    if uid not in insp["units"]:
        insp["units"].append(uid)
    load[id(insp)] = load.get(id(insp), 0) + 1
    return uid, town, county


def responsible(resp, unit, town, county):
    if resp == "town":
        return town or unit
    if resp == "self":
        return unit
    return dept(county, resp)


def least_loaded(candidates):
    best = min(load.get(id(c), 0) for c in candidates)
    return rng.choice([c for c in candidates if load.get(id(c), 0) == best])


def new_finding(tmpl, insp, where_county=None, source="inspection"):
    category, focus, severity, where, resp, summary, description, measures = tmpl
    unit, town, county = attach(insp, where, where_county)
    f = {
        "inspection": insp, "source": source, "foundOn": insp["date"], "unit": unit,
        "responsibleUnit": responsible(resp, unit, town, county),
        "category": category, "focusArea": focus, "severity": severity,
        "summary": localize(summary, town, county), "description": localize(description, town, county),
        "measures": localize(measures, town, county), "county": county, "town": town,
    }
    findings.append(f)
    return f


# f001, the checkpoint case (article). The 9 people held accountable are illustrative identities.
CHECKPOINT_PEOPLE = [
    # (position, unit, party member, disclosure, measure form)
    ("黄沙河镇党委委员、副镇长，检查站站长", "huangshahe", True, None, "reminder-talk"),
    ("文桥镇党委委员、副镇长，联合守卡点文桥镇方面负责人", "wenqiao", True, None, "reminder-talk"),
    ("黄沙河镇卫生院院长，检查站医疗防疫组负责人", "huangshahe-hospital", True, None, "reminder-talk"),
    ("全州县公安局黄沙河派出所副所长，检查站交通查控组负责人", "huangshahe", True, None, "reminder-talk"),
    ("黄沙河镇干部，检查站执勤组组长", "hsh-checkpoint", True, None, "criticism-education"),
    ("文桥镇干部，检查站执勤人员", "hsh-checkpoint", True, None, "criticism-education"),
    ("黄沙河镇卫生院医务人员，检查站采样人员", "hsh-checkpoint", False, None, "criticism-education"),
    ("黄沙河派出所辅警，检查站执勤人员", "hsh-checkpoint", False, None, "criticism-education"),
    # Not a public servant: left out of public documents altogether.
    ("检查站登记员（志愿者）", "hsh-checkpoint", False, "hidden", "criticism-education"),
]
place("huangshahe", "hospital")
checkpoint_people = [add_person(pos, unit=u, party=pm, disclosure=disc) for pos, u, pm, disc, _ in CHECKPOINT_PEOPLE]
f_checkpoint = {
    "inspection": i_checkpoint, "source": "inspection", "foundOn": "2022-11-13", "unit": "hsh-checkpoint",
    "responsibleUnit": "huangshahe", "responsiblePeople": checkpoint_people,
    "category": "lax-enforcement", "focusArea": "F1", "severity": "serious",
    "summary": "黄沙河镇高速路口疫情防控临时检查站未对过往车辆应检尽检",
    "description": "11月13日，全州县文桥镇在新疆返乡车辆中发现4名阳性病例人员。监督检查组立即前往该县文桥镇、"
                   "黄沙河镇联合守卡点——黄沙河镇高速路口疫情防控临时检查站实地调查，发现工作人员落实防疫措施不严格不到位，"
                   "未对过往车辆应检尽检，存在思想麻痹、侥幸心理和厌战情绪。监督检查组及时将问题反馈至相关责任单位。",
    "rect": {
        "assignedOn": "2022-11-14", "deadline": "2022-11-15", "mode": "immediate",
        "measures": "检查站增派执勤力量，实行24小时轮班值守；对过往车辆逐车查验、对车内人员逐人扫码测温登记，"
                    "对中高风险地区来（返）人员落实“落地检”并即时推送属地管控；镇党委对检查站全体工作人员开展警示教育，"
                    "镇领导每日带班督查。",
        "owner": owner_of("huangshahe"), "status": "closed",
        "progress": [
            {"date": "2022-11-14", "status": "in-progress", "note": "检查站已增派执勤力量，对过往车辆实行逐车查验、逐人扫码测温登记。"},
            {"date": "2022-11-15", "status": "rectified", "note": "整改措施全部落实，黄沙河镇报送整改报告，建立镇领导每日带班督查制度。"},
            {"date": "2022-11-22", "status": "closed", "note": "监督检查组复查检查站运行情况，整改到位，予以销号。"},
        ],
        "completedOn": "2022-11-15", "closedOn": "2022-11-22",
    },
    "first": True,
}
load[id(i_checkpoint)] = 1
findings.append(f_checkpoint)

# The Ziyuan funeral case (article). No group inspection: 梅溪镇纪委 dealt with it.
p_liu = add_person("梅溪镇坪水底村党总支部书记、村民委员会主任", unit="pingshuidi", party=True,
                   disclosure="masked", surname="刘", pinyin="liu", explicit_surname=True, given="建华")
_owner["pingshuidi"] = p_liu
f_funeral = {
    "inspection": None, "source": "referral", "foundOn": "2022-11-21", "unit": "pingshuidi",
    "responsibleUnit": "pingshuidi", "responsiblePeople": [p_liu],
    "category": "unreported", "focusArea": "F1", "severity": "serious",
    "summary": "坪水底村党总支部书记、村民委员会主任对村民丧事办理事宜未及时向镇疫情防控指挥部报备",
    "description": "资源县梅溪镇坪水底村小里溪组某村民去世，家属将办理丧事相关事宜书面报备至村委，"
                   "但该村党总支部书记、村民委员会主任刘建华未及时向梅溪镇疫情防控指挥部报备，"
                   "违反了疫情防控工作相关规定，为该镇疫情防控工作带来极大隐患，造成不良影响。",
    "rect": {
        "assignedOn": "2022-11-21", "deadline": "2022-11-22", "mode": "immediate",
        "measures": "村“两委”立即向梅溪镇疫情防控指挥部补报，落实丧事简办和参加人员健康监测；"
                    "梅溪镇建立红白喜事报备台账，实行村级即报、镇级审核。",
        "owner": p_liu, "status": "closed",
        "progress": [
            {"date": "2022-11-21", "status": "in-progress", "note": "已向梅溪镇疫情防控指挥部补报，落实丧事简办和参加人员健康监测。"},
            {"date": "2022-11-22", "status": "rectified", "note": "梅溪镇建立红白喜事报备台账，实行村级即报、镇级审核。"},
            {"date": "2022-11-25", "status": "closed", "note": "经镇纪委复核，整改到位，予以销号。"},
        ],
        "completedOn": "2022-11-22", "closedOn": "2022-11-25",
    },
    "county": "ziyuan", "town": "meixi",
}
findings.append(f_funeral)

# The Lingui service problem (article).
f_lingui = {
    "inspection": i_sanyuan, "source": "public-report", "foundOn": "2022-11-17", "unit": "sanyuan",
    "responsibleUnit": "sanyuan",
    "category": "other", "focusArea": "F5", "severity": "general", "kind": "service",
    "summary": "部分包联单位工作人员不熟悉小区情况，对接不畅，医务人员无法迅速开展核酸检测",
    "description": "监督检查组到临桂区三元社区山水凤凰城小区、汇荣桂林桂林小区检查时，接到医务人员反映，"
                   "部分包联单位工作人员因不熟悉小区情况，对接工作不畅，导致医务人员无法迅速开展核酸检测等相关工作。"
                   "监督检查组及时将存在问题反馈给包联单位。",
    "rect": {
        "assignedOn": "2022-11-17", "mode": "immediate",
        "measures": "要求包联单位落实专岗专人对接小区疫情防控工作；协调社区成立党员志愿服务队；"
                    "为社区工作人员和执勤人员印发小区疫情防控应知应会手册，帮助其尽快熟悉小区情况，增加服务力量。",
        "owner": owner_of("sanyuan"), "status": "closed",
        "progress": [
            {"date": "2022-11-17", "status": "in-progress", "note": "包联单位落实专岗专人对接小区疫情防控工作。"},
            {"date": "2022-11-18", "status": "in-progress", "note": "协调社区成立党员志愿服务队，增加服务力量。"},
            {"date": "2022-11-19", "status": "rectified", "note": "为社区工作人员和执勤人员印发小区疫情防控应知应会手册。"},
            {"date": "2022-11-21", "status": "closed", "note": "医务人员与包联单位对接顺畅，核酸检测工作有序开展，予以销号。"},
        ],
        "completedOn": "2022-11-19", "closedOn": "2022-11-21",
    },
    "county": "lingui", "town": None,
}
load[id(i_sanyuan)] = 1
findings.append(f_lingui)

# The 23 全州县 problems, on the 三督三查 inspections.
qz23 = []
for tmpl in rng.sample(QUANZHOU_23, len(QUANZHOU_23)):
    f = new_finding(tmpl, least_loaded(qz_main))
    f["profile"] = "done"
    qz23.append(f)

# Other violations. Some templates carry a designed outcome and a window for the date found.
DESIGNED = {
    # summary prefix: (profile, first day, last day)
    "转运专班车辆调度不及时": ("ext-open", 15, 19),
    "防疫物资管理混乱": ("ext-met", 14, 17),
    "要求基层重复填报": ("overdue-open", 15, 21),
    "12345热线转办": ("overdue", 15, 22),
    "隔离人员转运车辆调度中": ("overdue", 15, 22),
    "核酸检测结果反馈滞后": ("overdue-open", 15, 21),
    "社区未建立独居老人": ("overdue", 15, 22),
    "风险人员排查流于形式": ("ongoing", 14, 24),
    "村（社区）对返乡人员信息": ("ongoing", 14, 24),
    "以拍照留痕代替": ("ongoing-done", 14, 20),
    "个别干部在疫情防控值班期间": ("done", 14, 20),
    "村组擅自设卡封堵道路": ("done", 14, 20),
    "整改报告“一报了之”": ("done", 16, 22),
    "前期监督检查发现问题整改不彻底": ("done", 20, 26),
    "对急危重症患者就医": ("done", 14, 22),
    "卫生院接诊发热患者后": ("done", 14, 22),
}
other_groups = [g["id"] for g in groups if g["id"] != QZ_GROUP]
rng.shuffle(other_groups)
by_group = {g: [i for i in inspections if i["group"] == g and i is not i_sanyuan] for g in other_groups}
others = []
for n, tmpl in enumerate(OTHER_VIOLATIONS):
    profile, first, last = next((v for k, v in DESIGNED.items() if tmpl[5].startswith(k)), (None, 14, 30))
    # Most groups take a share in turn; a designed finding goes to the next group with a fitting date.
    for k in range(len(other_groups)):
        g = other_groups[(n + k) % len(other_groups)]
        cands = [i for i in by_group[g] if first <= int(i["date"][-2:]) <= last]
        if cands:
            break
    f = new_finding(tmpl, least_loaded(cands))
    f["profile"] = profile
    others.append(f)

# Further service problems (illustrative).
SERVICE = [
    ("qixing", "other", "F6", "general", "town", "health",
     "居家隔离的血液透析患者就医转运渠道不畅",
     "群众反映，辖区1名居家隔离的尿毒症患者需每周透析，联系就医和转运车辆多次未果。",
     "协调区卫生健康局开通透析患者就医绿色通道，安排专车“点对点”接送，建立特殊群体就医需求台账。", True),
    ("xiufeng", "other", "F6", "general", "town", "town",
     "临时管控区域群众反映买菜难、生活物资配送不及时",
     "监督检查组接到群众反映后，协调街道联系保供企业，设立线上订购和无接触配送点，当日解决群众买菜难问题。",
     None, False),
    ("pingle", "other", "F5", "minor", "testpoint", "town",
     "核酸采样点排队时间长，老年人等候困难",
     "监督检查组发现采样点高峰时段排队时间较长，老年人等候困难，当即与镇疫情防控指挥部沟通。",
     "增设1个采样点，延长开放时间，设置老年人优先通道。", True),
]
services = []
for county, category, focus, severity, where, resp, summary, description, measures, has_rect in SERVICE:
    g = group_of_county[county]
    cands = [i for i in by_group[g] if county_of[i["units"][0]] == county and int(i["date"][-2:]) <= 26]
    insp = least_loaded(cands)
    f = new_finding((category, focus, severity, where, resp, summary, description, measures or ""), insp)
    f["source"] = "public-report" if "反映" in description else "inspection"
    f["kind"] = "service"
    f["profile"] = "service" if has_rect else "no-rect"
    services.append(f)


# ---------------------------------------------------------------------------------------------
# Rectification of the generated findings, by designed profile.
# ---------------------------------------------------------------------------------------------
NOTE_IN_PROGRESS = ["责任单位已召开专题会议研究整改，明确责任人和整改时限。", "已制定整改方案，正在逐项落实整改措施。",
                    "已完成部分整改事项，其余事项正在推进。"]
NOTE_RECTIFIED = ["整改措施已落实，责任单位报送整改报告及佐证材料。", "经现场核查，问题已整改到位。",
                  "整改完成，相关制度已建立并执行。"]
NOTE_CLOSED = ["监督检查组复查验收合格，予以销号。", "经“回头看”复查，未见问题反弹，予以销号。",
               "整改佐证材料经审核完整，现场复查合格，予以销号。"]
NOTE_OPEN = "问题已交办责任单位，尚未报送整改方案。"


def days_between(a, b):
    return (b - a).days


def effective_deadline(r):
    if "workingDays" in r:
        base = add_working_days(dt.date.fromisoformat(r["assignedOn"]), r["workingDays"])
    elif "deadline" in r:
        base = dt.date.fromisoformat(r["deadline"])
    else:
        return None
    for e in r.get("extensions", []):
        if dt.date.fromisoformat(e["grantedOn"]) <= AS_OF:
            base = dt.date.fromisoformat(e["newDeadline"])
    return base


def set_deadline(r, assigned, mode, latest=None, earliest=None):
    """Pick a deadline for the mode: immediate 1-3 days, time-limited 5 or 10 working days or
    7-15 days. latest/earliest bound the effective deadline (retrying with the next choice)."""
    for _ in range(200):
        r.pop("deadline", None)
        r.pop("workingDays", None)
        if mode == "immediate":
            r["deadline"] = iso(assigned + dt.timedelta(days=rng.randint(1, 3)))
        elif rng.random() < 0.5:
            r["workingDays"] = rng.choice([5, 10])
        else:
            r["deadline"] = iso(assigned + dt.timedelta(days=rng.randint(7, 15)))
        eff = effective_deadline(r)
        if (latest is None or eff <= latest) and (earliest is None or eff >= earliest):
            return eff
    raise AssertionError("no deadline fits")


def rect_for(f):
    profile = f["profile"]
    found = dt.date.fromisoformat(f["foundOn"])
    if profile == "done" and found > d(26):
        profile = "pending"
    assigned = min(found + dt.timedelta(days=rng.choice([0, 0, 1])), AS_OF)
    r = {"assignedOn": iso(assigned)}
    mode = "ongoing" if profile.startswith("ongoing") else \
        "time-limited" if profile.startswith(("ext", "overdue")) else \
        ("immediate" if f["severity"] == "serious" or rng.random() < 0.5 else "time-limited")
    r["mode"] = mode
    r["measures"] = f["measures"]
    r["owner"] = owner_of(f["responsibleUnit"])
    progress = []

    def step(day, status, note):
        progress.append({"date": iso(day), "status": status, "note": note})

    def finish(completed, allow_close=True):
        if completed > assigned:
            step(assigned + dt.timedelta(days=rng.randint(0, days_between(assigned, completed) - 1)),
                 "in-progress", rng.choice(NOTE_IN_PROGRESS))
        step(completed, "rectified", rng.choice(NOTE_RECTIFIED))
        r["completedOn"] = iso(completed)
        if allow_close and completed < AS_OF and rng.random() < 0.75:
            closed = completed + dt.timedelta(days=rng.randint(1, min(4, days_between(completed, AS_OF))))
            step(closed, "closed", rng.choice(NOTE_CLOSED))
            r["closedOn"] = iso(closed)
            r["status"] = "closed"
        else:
            r["status"] = "rectified"

    if profile == "done":
        eff = set_deadline(r, assigned, mode)
        last = min(eff, AS_OF - dt.timedelta(days=1))
        finish(assigned + dt.timedelta(days=rng.randint(0, max(0, min(6, days_between(assigned, last))))))
    elif profile == "late":
        eff = set_deadline(r, assigned, mode, latest=AS_OF - dt.timedelta(days=2))
        finish(min(eff + dt.timedelta(days=rng.randint(1, 3)), AS_OF))
    elif profile in ("overdue", "overdue-open"):
        eff = set_deadline(r, assigned, mode, latest=AS_OF - dt.timedelta(days=1))
        if profile == "overdue":
            step(assigned + dt.timedelta(days=1), "in-progress", rng.choice(NOTE_IN_PROGRESS[:2]))
            r["status"] = "in-progress"
        else:
            step(assigned, "open", NOTE_OPEN)
            r["status"] = "open"
        step(eff + dt.timedelta(days=1), r["status"], "整改未按期完成，监督检查组已发督办通知，要求限期报送整改情况。")
    elif profile == "ext-open":
        r["deadline"] = iso(assigned + dt.timedelta(days=7))
        granted = assigned + dt.timedelta(days=6)
        step(assigned + dt.timedelta(days=1), "in-progress", "已增加备用驾驶员，实行转运指令“接单即派”，新增转运车辆正在履行采购程序。")
        r["status"] = "in-progress"
        r["extensions"] = [{"grantedOn": iso(granted), "newDeadline": "2022-12-09",
                            "reason": "新增转运车辆需履行政府采购程序，经监督检查组同意延期至12月9日。"}]
    elif profile == "ext-met":
        r["deadline"] = iso(assigned + dt.timedelta(days=5))
        granted = assigned + dt.timedelta(days=4)
        new = assigned + dt.timedelta(days=10)
        r["extensions"] = [{"grantedOn": iso(granted), "newDeadline": iso(new),
                            "reason": "防疫物资品类多、数量大，全面盘点需延长时间，经监督检查组同意延期。"}]
        finish(assigned + dt.timedelta(days=8))
    elif profile == "ongoing":
        step(assigned + dt.timedelta(days=1), "in-progress", "已建立长效工作机制，按日落实并定期报告执行情况。")
        r["status"] = "in-progress"
    elif profile == "ongoing-done":
        finish(assigned + dt.timedelta(days=3), allow_close=False)
    elif profile == "service":
        set_deadline(r, assigned, mode, latest=AS_OF)
        finish(min(assigned + dt.timedelta(days=rng.randint(1, 3)), AS_OF))
    elif profile == "pending":
        set_deadline(r, assigned, mode, earliest=AS_OF)
        if assigned < AS_OF and rng.random() < 0.6:
            step(min(assigned + dt.timedelta(days=1), AS_OF), "in-progress", rng.choice(NOTE_IN_PROGRESS[:2]))
            r["status"] = "in-progress"
        else:
            r["status"] = "open"
    else:
        raise AssertionError(profile)
    if progress:
        r["progress"] = progress
    # Key order as in DESIGN.md section 4.
    order = ["assignedOn", "deadline", "workingDays", "mode", "measures", "owner", "status", "progress",
             "completedOn", "closedOn", "extensions"]
    return {k: r[k] for k in order if k in r}


# Two of the generated findings were rectified after their deadline (the on-time rate is not 100%).
late_pool = [f for f in others if f["profile"] is None and f["foundOn"] <= "2022-11-20"]
for f in rng.sample(late_pool, 2):
    f["profile"] = "late"
for f in others:
    if f["profile"] is None:
        f["profile"] = "done"
for f in qz23 + others + services:
    if f["profile"] != "no-rect":
        f["rect"] = rect_for(f)


# ---------------------------------------------------------------------------------------------
# Accountability measures.
# ---------------------------------------------------------------------------------------------
def cdi_of(county):
    return units[county]["name"] + "纪委监委"


measures = []   # (decidedOn, finding record, order, dict without id)
for k, (pid, spec) in enumerate(zip(checkpoint_people, CHECKPOINT_PEOPLE)):
    form = spec[4]
    leader = form == "reminder-talk"
    measures.append((f_checkpoint, k, {"person": pid, "form": form, "decidedOn": "2022-11-16",
                                       "decidedBy": "全州县纪委监委",
                                       "responsibility": "important-leadership" if leader else "direct"}))
measures.append((f_funeral, 0, {"person": p_liu, "form": "admonishment", "decidedOn": "2022-11-24",
                                "decidedBy": "梅溪镇纪委", "responsibility": "direct",
                                "notes": "原文称“日前”，决定日期为示例。"}))


def by_summary(prefix):
    return next(f for f in others if f["summary"].startswith(prefix) or prefix in f["summary"])


def measure_for(prefix, person, form, after, decided_by, note=None, responsibility=None):
    f = by_summary(prefix)
    if person not in f.get("responsiblePeople", []):
        f.setdefault("responsiblePeople", []).append(person)
    m = {"person": person, "form": form,
         "decidedOn": iso(min(dt.date.fromisoformat(f["foundOn"]) + dt.timedelta(days=after), AS_OF)),
         "decidedBy": decided_by}
    if responsibility:
        m["responsibility"] = responsibility
    if note:
        m["notes"] = note
    measures.append((f, 0, m))
    return f


f_drink = by_summary("个别干部在疫情防控值班期间")
measure_for("个别干部在疫情防控值班期间",
            add_person(short_name[f_drink["town"]] + "干部", unit=f_drink["town"]),
            "party-warning", 6, cdi_of(f_drink["county"]), "同时责令其作出书面检查。", "direct")
f_transport = by_summary("转运专班车辆调度不及时")
measure_for("转运专班车辆调度不及时",
            add_person(units[f_transport["county"]]["name"] + "交通运输局副局长、转运专班负责人",
                       unit=f_transport["responsibleUnit"]),
            "circulated-criticism", 4, cdi_of(f_transport["county"]), responsibility="main-leadership")
f_report = by_summary("整改报告“一报了之”")
measure_for("整改报告“一报了之”", f_report["rect"]["owner"], "ordered-self-examination", 2, cdi_of(f_report["county"]),
            responsibility="main-leadership")
f_road = by_summary("村组擅自设卡封堵道路")
road_word = TOWN_WORD[units[f_road["town"]]["kind"]]
measure_for("村组擅自设卡封堵道路",
            add_person(short_name[f_road["town"]] + road_word[1][len(road_word[0]):] + "委员、分管应急管理工作负责人",
                       unit=f_road["town"]),
            # A member of the 街道党工委 is dealt with by the district commission, not by the 纪工委 of his own 党工委.
            "criticism-education", 3, cdi_of(f_road["county"]), responsibility="important-leadership")
f_er = by_summary("对急危重症患者就医")
# Refusing critical care over a test result delayed treatment: a sanction, not a reminder talk. The 院长 of a
# public hospital is a party member and a public official, so both a party and an administrative sanction.
measure_for("对急危重症患者就医", f_er["rect"]["owner"], "party-warning", 2, cdi_of(f_er["county"]), responsibility="direct")
measure_for("对急危重症患者就医", f_er["rect"]["owner"], "gov-demerit", 2, cdi_of(f_er["county"]), responsibility="direct")
f_fever = by_summary("接诊发热患者后")
fever_pos = short_name[f_fever["unit"]] + ("副主任" if short_name[f_fever["unit"]].endswith("中心") else "副院长")
measure_for("接诊发热患者后", add_person(fever_pos, unit=f_fever["unit"]),
            "criticism-education", 3, cdi_of(f_fever["county"]), responsibility="important-leadership")

# ---------------------------------------------------------------------------------------------
# Ids, in a stable order.
# ---------------------------------------------------------------------------------------------
inspections.sort(key=lambda i: (i["date"], i["group"], i["units"][0]))
for n, insp in enumerate(inspections, 1):
    insp["id"] = "i%03d" % n
assert i_checkpoint["id"] == "i001"

rest = [f for f in findings if f is not f_checkpoint]
rest.sort(key=lambda f: (f["foundOn"], f["inspection"]["id"] if f["inspection"] else "i999", f["summary"]))
for n, f in enumerate([f_checkpoint] + rest, 1):
    f["id"] = "f%03d" % n

measures.sort(key=lambda m: (m[2]["decidedOn"], m[0]["id"], m[1]))

notices = [
    {"id": "n1", "title": "关于全州县黄沙河镇高速路口疫情防控临时检查站落实防控措施不力问题的通报",
     "publishedOn": "2022-11-18", "findings": [f_checkpoint]},
    {"id": "n2", "title": "关于4起疫情防控工作中履职不力和违反工作纪律典型问题的通报",
     "publishedOn": "2022-11-29", "findings": sorted([f_funeral, f_drink, f_transport, f_road], key=lambda f: f["id"])},
]

EVENTS = [
    ("2022-11-13", "other", "全州县文桥镇在新疆返乡车辆中发现4名阳性病例人员"),
    ("2022-11-13", "deployment", "成立10个“室组地”监督检查组，聚焦“六项监督重点”开展监督检查"),
    ("2022-11-14", "meeting", "召开市纪委常委会会议，对疫情防控监督工作进行全面部署"),
    ("2022-11-14", "deployment", "组建工作组进驻市疫情防控联合指挥部现场办公，落实“日报制”"),
    ("2022-11-17", "meeting", "再次召开市纪委常委会会议，研究部署疫情防控监督工作"),
    ("2022-11-17", "guidance", "自治区纪委监委派出工作组进驻市疫情防控联合指挥部，蹲点指导疫情防控督查工作"),
    ("2022-11-18", "notice", "公开通报全州县黄沙河镇高速路口疫情防控临时检查站落实防控措施不力问题"),
    ("2022-11-29", "notice", "通报4起疫情防控工作中履职不力和违反工作纪律典型问题"),
    ("2022-11-30", "report", "向市委报送11月疫情防控专项监督工作情况"),
]

NOTES = (
    "本数据集依据广西纪检监察网刊发的《桂林：监督保障疫情防控更加科学精准有效》（作者潘攀、毛丽苹，来源桂林市纪委监委）一文构建，"
    "供演示和测试使用，数据截至2022年11月30日。\n"
    "来自原文的事实：11月以来桂林市持续新增本土无症状感染者；市纪委监委于11月14日、17日两次召开市纪委常委会会议部署疫情防控监督工作，"
    "组建工作组进驻市疫情防控联合指挥部现场办公，落实“日报制”；11月17日自治区纪委监委派出工作组进驻市疫情防控联合指挥部蹲点指导；"
    "成立10个“室组地”监督检查组，聚焦“六项监督重点”（原文列出其中四项，即F1至F4），采取“四不两直”方式实地走访、查阅资料，"
    "查处不担当不作为、打折扣搞变通等问题，纠治“层层加码”、防控“一刀切”等做法；"
    "11月13日全州县文桥镇在新疆返乡车辆中发现4名阳性病例人员，监督检查组前往文桥镇、黄沙河镇联合守卡点——黄沙河镇高速路口疫情防控临时检查站调查，"
    "发现工作人员落实防疫措施不严格不到位，未对过往车辆应检尽检，存在思想麻痹、侥幸心理和厌战情绪，问题反馈至相关责任单位，"
    "提醒谈话4人、批评教育5人，并公开通报该典型案例；全州县纪委监委整合乡镇纪委、村级监督员、清廉乡村建设监督员等力量，室地联合、片区协同，"
    "对核酸检测点、执勤卡点、商场超市、医院和学校开展监督检查，推行“三督三查”工作法，发现并督促整改推诿扯皮、敷衍塞责等形式主义官僚主义问题23个；"
    "资源县梅溪镇坪水底村小里溪组某村民去世，家属书面报备村委，该村党总支部书记、村民委员会主任刘某未及时向梅溪镇疫情防控指挥部报备，"
    "该镇纪委给予其诫勉处理；11月17日监督检查组在临桂区三元社区山水凤凰城小区、汇荣桂林桂林小区检查时接到医务人员反映包联单位对接不畅，"
    "反馈包联单位后落实专岗专人对接、成立党员志愿服务队、印发小区疫情防控应知应会手册。\n"
    "示例性内容（原文未载明，系虚构或合理补全）：第五、六项监督重点（F5、F6）系合理补全；全部人员姓名（虚构的全名，原文中的刘某记为刘建华，公开文本按各人公开方式隐名为刘某）、"
    "职务和身份，检查站9名被问责人员的具体身份；各监督检查组的组长、成员和分片；区县、乡镇（街道）名称和区划代码为真实行政区划，"
    "其下的核酸采样点、卡点、超市、卫生院、学校、部门等场所和单位除原文提及者外均为示例；除上述事实外的全部监督检查、问题、整改、问责和通报，"
    "包括全州县23个问题的具体内容、发生地点和整改情况；原文未载明的日期（如监督检查组成立日期、工作组进驻日期、各问题的交办、整改、销号日期，"
    "问责决定和通报发布日期，刘建华问题的发现日期和来源）；超出原文的全部数字和统计结果。"
)

# ---------------------------------------------------------------------------------------------
# Assemble the round (key order as in DESIGN.md section 4).
# ---------------------------------------------------------------------------------------------
FINDING_KEYS = ["id", "inspection", "source", "foundOn", "unit", "responsibleUnit", "responsiblePeople",
                "category", "focusArea", "severity", "kind", "summary", "description", "rectification"]


def finding_json(f):
    out = dict(f)
    out["inspection"] = f["inspection"]["id"] if f["inspection"] else None
    if f.get("responsiblePeople"):
        out["responsiblePeople"] = sorted(f["responsiblePeople"], key=lambda p: (p not in checkpoint_people,
                                                                                 checkpoint_people.index(p) if p in checkpoint_people else 0, p))
    if "rect" in f:
        out["rectification"] = f["rect"]
    return {k: out[k] for k in FINDING_KEYS if out.get(k) is not None}


def unit_tree():
    """Units in tree order (each parent before its children, siblings in creation order), without
    generated places and departments nobody refers to."""
    used = {"guilin"}
    for i in inspections:
        used.update(i["units"])
    for f in findings:
        used.update([f["unit"], f["responsibleUnit"]])
    for p in people.values():
        if "unit" in p:
            used.add(p["unit"])
    for g in groups:
        used.update(g["areas"])
    for uid, u in units.items():
        if u["kind"] in ("city", "county", "district") or u["kind"] in TOWN_WORD:
            used.add(uid)
    for uid in list(used):
        x = uid
        while x:
            used.add(x)
            x = units[x].get("parent")
    children = {}
    for uid in unit_order:
        children.setdefault(units[uid].get("parent"), []).append(uid)
    out = []

    def walk(parent):
        for c in children.get(parent, []):
            if c in used:
                out.append(units[c])
                walk(c)
    walk(None)
    return out


# A 党纪政务处分 follows a case filed for review and investigation (立案审查调查): one filing per sanctioned person and
# finding, by the deciding commission, the day after the problem was found (never after the decision).
SANCTIONS = {"party-warning", "party-serious-warning", "removal-from-party-posts", "party-probation", "expulsion-from-party",
             "gov-warning", "gov-demerit", "gov-major-demerit", "gov-downgrade", "gov-removal", "gov-dismissal"}


def case_filings():
    filings, seen = [], set()
    for f, _, m in measures:
        if m["form"] not in SANCTIONS or (m["person"], f["id"]) in seen:
            continue
        seen.add((m["person"], f["id"]))
        filed = min(dt.date.fromisoformat(f["foundOn"]) + dt.timedelta(days=1), dt.date.fromisoformat(m["decidedOn"]))
        filings.append({"id": "c%03d" % (len(filings) + 1), "person": m["person"], "findings": [f["id"]],
                        "filedOn": iso(filed), "filedBy": m["decidedBy"]})
    return filings


round_ = {
    "formatVersion": 1,
    "id": "guilin-2022-11-epidemic",
    "title": "疫情防控专项监督",
    "authority": "桂林市纪委监委",
    "timeZone": "Asia/Shanghai",
    "period": {"start": "2022-11-01", "end": "2022-11-30"},
    "notes": NOTES,
    "focusAreas": [{"code": c, "title": t} for c, t in FOCUS_AREAS],
    "units": unit_tree(),
    "people": [people[k] for k in sorted(people)],
    "groups": groups,
    "inspections": [{k: i[k] for k in ("id", "group", "date", "units", "method", "notes") if k in i} for i in inspections],
    "findings": [finding_json(f) for f in sorted(findings, key=lambda f: f["id"])],
    "measures": [dict({"id": "m%03d" % n, "person": m["person"], "findings": [f["id"]]},
                      **{k: m[k] for k in ("form", "decidedOn", "decidedBy", "responsibility", "notes") if k in m})
                 for n, (f, _, m) in enumerate(measures, 1)],
    "notices": [{"id": n["id"], "title": n["title"], "publishedOn": n["publishedOn"],
                 "findings": [f["id"] for f in n["findings"]]} for n in notices],
    "caseFilings": case_filings(),
    "events": [{"date": a, "kind": b, "title": c} for a, b, c in sorted(EVENTS)],
}

# ---------------------------------------------------------------------------------------------
# Check the data contract (DESIGN.md section 4 and the lead's decisions) before writing.
# ---------------------------------------------------------------------------------------------
UNIT_KINDS = {"city", "county", "district", "town", "township", "subdistrict", "village", "community", "checkpoint",
              "hospital", "school", "market", "enterprise", "department", "other"}
COMPOSITIONS = {"room-group-locality", "inspection-office", "stationed-group", "locality", "other"}
METHOD_SET = {"unannounced", "covert", "scheduled", "document-review", "interview", "remote"}
SOURCES = {"inspection", "public-report", "referral", "self-inspection", "data-analysis"}
SEVERITIES = {"minor", "general", "serious", "major"}
CATEGORIES = {"inaction", "discount", "over-enforcement", "one-size-fits-all", "formalism", "bureaucratism",
              "buck-passing", "perfunctory", "lax-enforcement", "unreported", "four-winds", "other"}
MODES = {"immediate", "time-limited", "ongoing"}
STATUSES = ["open", "in-progress", "rectified", "closed"]
FORMS = {"first": ["reminder-talk", "criticism-education", "ordered-self-examination", "admonishment",
                   "circulated-criticism"],
         "second": ["party-warning", "party-serious-warning", "gov-warning", "gov-demerit", "gov-major-demerit",
                    "gov-downgrade", "suspension-for-inspection", "position-adjustment", "ordered-resignation",
                    "removal-from-post", "demotion"],
         "third": ["removal-from-party-posts", "party-probation", "expulsion-from-party", "gov-removal",
                   "gov-dismissal"],
         "fourth": ["transfer-to-judiciary"]}
FORM_SET = {f for v in FORMS.values() for f in v}
EVENT_KINDS = {"meeting", "deployment", "guidance", "notice", "report", "other"}
ALLOWED = {
    "$": ["formatVersion", "id", "title", "authority", "timeZone", "period", "notes", "focusAreas", "units", "people",
          "groups", "inspections", "findings", "measures", "notices", "caseFilings", "events"],
    "period": ["start", "end"], "focusArea": ["code", "title"],
    "unit": ["id", "name", "kind", "parent", "divisionCode"],
    "person": ["id", "name", "surname", "position", "unit", "partyMember", "disclosure"],
    "group": ["id", "name", "composition", "leader", "members", "areas"],
    "inspection": ["id", "group", "date", "units", "method", "notes"],
    "finding": FINDING_KEYS,
    "rectification": ["assignedOn", "deadline", "workingDays", "mode", "measures", "owner", "status", "progress",
                      "completedOn", "closedOn", "extensions"],
    "progress": ["date", "status", "note"], "extension": ["grantedOn", "newDeadline", "reason"],
    "measure": ["id", "person", "findings", "form", "decidedOn", "decidedBy", "responsibility", "notes"],
    "notice": ["id", "title", "publishedOn", "findings"], "event": ["date", "kind", "title"],
}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
LIMITS = {"name": 200, "title": 200, "summary": 500, "description": 20000, "notes": 20000, "measures": 20000,
          "note": 20000, "reason": 20000, "position": 200, "decidedBy": 200, "authority": 200}
# Dates that say when something happened; deadlines may lie after the as-of date.
FORWARD_DATES = {"deadline", "newDeadline"}


def keys_in_order(obj, kind, path):
    allowed = ALLOWED[kind]
    assert set(obj) <= set(allowed), (path, set(obj) - set(allowed))
    positions = [allowed.index(k) for k in obj]
    assert positions == sorted(positions), (path, "key order", list(obj))


def walk_strings(node, path="$"):
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str):
                assert not CONTROL_RE.search(v.replace("\n", "").replace("\t", "")), (path, k)
                assert len(v) <= LIMITS.get(k, 200), (path, k, len(v))
                if k in ("date", "foundOn", "assignedOn", "completedOn", "closedOn", "decidedOn", "publishedOn",
                         "grantedOn", "start", "end") or k in FORWARD_DATES:
                    assert DATE_RE.match(v), (path, k, v)
                    dt.date.fromisoformat(v)
                    if k not in FORWARD_DATES:
                        assert v <= iso(AS_OF), (path, k, v, "after the as-of date")
            walk_strings(v, path + "." + k)
    elif isinstance(node, list):
        for n, v in enumerate(node):
            if isinstance(v, str):
                assert not CONTROL_RE.search(v) and len(v) <= 200, (path, n)
            walk_strings(v, "%s[%d]" % (path, n))


def validate(r):
    keys_in_order(r, "$", "$")
    keys_in_order(r["period"], "period", "$.period")
    assert r["formatVersion"] == 1 and r["timeZone"] == "Asia/Shanghai"
    walk_strings(r)

    def ids(name):
        seen = [x["id"] if "id" in x else x["code"] for x in r[name]]
        assert len(seen) == len(set(seen)), (name, "duplicate ids")
        return set(seen)

    focus, unit_ids, person_ids = ids("focusAreas"), ids("units"), ids("people")
    group_ids, insp_ids, finding_ids = ids("groups"), ids("inspections"), ids("findings")
    ids("measures"), ids("notices"), ids("caseFilings")
    for x in r["focusAreas"]:
        keys_in_order(x, "focusArea", "$.focusAreas")

    unit_by = {u["id"]: u for u in r["units"]}
    for u in r["units"]:
        keys_in_order(u, "unit", u["id"])
        assert u["kind"] in UNIT_KINDS, u
        assert u.get("parent") is None or u["parent"] in unit_ids, u
    for u in r["units"]:   # no cycles
        seen, x = set(), u["id"]
        while x:
            assert x not in seen, ("cycle", u["id"])
            seen.add(x)
            x = unit_by[x].get("parent")
    for p in r["people"]:
        keys_in_order(p, "person", p["id"])
        assert p.get("unit") is None or p["unit"] in unit_ids, p
        assert p.get("disclosure", "masked") in ("full", "masked", "hidden"), p
        assert p["name"].startswith(p.get("surname", p["name"][0])), p
    for g in r["groups"]:
        keys_in_order(g, "group", g["id"])
        assert g["composition"] in COMPOSITIONS
        assert all(x in person_ids for x in [g["leader"]] + g["members"]), g["id"]
        assert all(a in unit_ids for a in g["areas"]), g["id"]
    insp_by = {}
    for i in r["inspections"]:
        keys_in_order(i, "inspection", i["id"])
        assert i["group"] in group_ids and i["method"] in METHOD_SET, i
        assert i["units"] and all(u in unit_ids for u in i["units"]) and len(set(i["units"])) == len(i["units"]), i
        insp_by[i["id"]] = i
    order = {s: n for n, s in enumerate(STATUSES)}
    for f in r["findings"]:
        path = "$.findings." + f["id"]
        keys_in_order(f, "finding", path)
        if "inspection" in f:
            assert f["inspection"] in insp_ids, path
            assert f["foundOn"] == insp_by[f["inspection"]]["date"], path
        assert f["source"] in SOURCES and f["severity"] in SEVERITIES and f["category"] in CATEGORIES, path
        assert f.get("focusArea") is None or f["focusArea"] in focus, path
        for k in ("unit", "responsibleUnit"):
            assert f.get(k) is None or f[k] in unit_ids, (path, k)
        assert all(p in person_ids for p in f.get("responsiblePeople", [])), path
        assert f.get("kind", "violation") in ("violation", "service"), path
        if f.get("kind", "violation") == "violation":
            assert "rectification" in f, (path, "a violation needs a rectification")
        rc = f.get("rectification")
        if rc is None:
            continue
        keys_in_order(rc, "rectification", path)
        D = dt.date.fromisoformat
        assert not ("deadline" in rc and "workingDays" in rc), path
        assert rc["mode"] in MODES and rc["status"] in STATUSES, path
        assert rc.get("owner") is None or rc["owner"] in person_ids, path
        assert D(rc["assignedOn"]) >= D(f["foundOn"]), path
        if "deadline" in rc:
            assert D(rc["deadline"]) >= D(rc["assignedOn"]), path
        if "workingDays" in rc:
            assert isinstance(rc["workingDays"], int) and rc["workingDays"] > 0, path
        if "completedOn" in rc:
            assert D(rc["completedOn"]) >= D(rc["assignedOn"]), path
        if "closedOn" in rc:
            assert "completedOn" in rc and D(rc["closedOn"]) >= D(rc["completedOn"]), path
        st = rc["status"]
        if st == "closed":
            assert "closedOn" in rc and "completedOn" in rc, path
        elif st == "rectified":
            assert "completedOn" in rc and "closedOn" not in rc, path
        else:
            assert "completedOn" not in rc and "closedOn" not in rc, path
        prog = rc.get("progress", [])
        for p in prog:
            keys_in_order(p, "progress", path)
            assert p["status"] in STATUSES and D(p["date"]) >= D(rc["assignedOn"]), path
        dates = [p["date"] for p in prog]
        assert dates == sorted(dates) and len(set(dates)) == len(dates), (path, "progress dates ascending")
        ranks = [order[p["status"]] for p in prog]
        assert ranks == sorted(ranks), (path, "progress statuses go forward")
        if prog:
            assert ranks[-1] <= order[st], (path, "last progress status after the current status")
        for p in prog:
            if p["status"] == "rectified":
                assert p["date"] == rc["completedOn"], path
            if p["status"] == "closed":
                assert p["date"] == rc["closedOn"], path
        for e in rc.get("extensions", []):
            keys_in_order(e, "extension", path)
            original = effective_deadline({k: v for k, v in rc.items() if k != "extensions"})
            assert original is not None and D(e["grantedOn"]) < original < D(e["newDeadline"]), path
            assert D(e["grantedOn"]) >= D(rc["assignedOn"]), path
    for m in r["measures"]:
        keys_in_order(m, "measure", m["id"])
        assert m["person"] in person_ids and m["form"] in FORM_SET, m
        assert m["findings"] and all(x in finding_ids for x in m["findings"]), m
        for x in m["findings"]:
            found = next(f for f in r["findings"] if f["id"] == x)["foundOn"]
            assert m["decidedOn"] >= found, m
    for n in r["notices"]:
        keys_in_order(n, "notice", n["id"])
        assert n["findings"] and all(x in finding_ids for x in n["findings"]), n
    for e in r["events"]:
        keys_in_order(e, "event", "$.events")
        assert e["kind"] in EVENT_KINDS, e
        assert iso(PERIOD_START) <= e["date"] <= iso(AS_OF)
    for name in ("inspections", "findings", "measures", "notices"):
        got = [x["id"] for x in r[name]]
        assert got == sorted(got), (name, "sorted by id")


def stats(r):
    """A few of the DESIGN.md section 6 statistics as of the period end, for the summary."""
    D = dt.date.fromisoformat
    viol = [f for f in r["findings"] if f.get("kind", "violation") == "violation"]
    status = {s: 0 for s in STATUSES}
    overdue = []
    for f in viol:
        rc = f["rectification"]
        status[rc["status"]] += 1
        eff = effective_deadline(rc)
        if "completedOn" not in rc and eff is not None and eff < AS_OF:
            overdue.append((f["id"], iso(eff), rc["status"]))
    forms = {}
    for m in r["measures"]:
        forms[m["form"]] = forms.get(m["form"], 0) + 1
    return viol, status, overdue, forms


validate(round_)
viol, status_count, overdue, forms = stats(round_)

# The article's facts, and the shape the brief asks for.
F = {f["id"]: f for f in round_["findings"]}
assert F["f001"]["category"] == "lax-enforcement" and F["f001"]["inspection"] == "i001"
cp_forms = [m["form"] for m in round_["measures"] if m["findings"] == ["f001"]]
assert cp_forms.count("reminder-talk") == 4 and cp_forms.count("criticism-education") == 5
assert len({m["person"] for m in round_["measures"] if m["findings"] == ["f001"]}) == 9
assert [m["form"] for m in round_["measures"] if m["person"] == "p-liu"] == ["admonishment"]
qz_ids = {i["id"] for i in round_["inspections"] if i["group"] == QZ_GROUP}
qz_f = [f for f in round_["findings"] if f.get("inspection") in qz_ids and f["id"] != "f001"]
assert len(qz_f) == 23 and all(f["rectification"]["status"] in ("rectified", "closed") for f in qz_f)
assert all(f["category"] in ("buck-passing", "perfunctory", "formalism", "bureaucratism") for f in qz_f)
assert 110 <= len(round_["inspections"]) <= 140, len(round_["inspections"])
assert 60 <= len(viol) <= 80, len(viol)
assert 3 <= len(round_["findings"]) - len(viol) <= 5
assert 4 <= len(overdue) <= 6, overdue
ext = [f["rectification"] for f in viol if f["rectification"].get("extensions")]
assert any(dt.date.fromisoformat(rc["extensions"][-1]["newDeadline"]) > AS_OF and "completedOn" not in rc for rc in ext)
assert any("workingDays" in f["rectification"] for f in viol)
assert sum(1 for p in round_["people"] if p.get("disclosure") == "hidden") == 1
assert any(len(p.get("surname", "")) > 1 for p in round_["people"])

# ---------------------------------------------------------------------------------------------
# Write and summarise.
# ---------------------------------------------------------------------------------------------
out = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(OUTPUT)
text = json.dumps(round_, ensure_ascii=False, indent=2) + "\n"
with open(out, "w", encoding="utf-8", newline="\n") as fh:
    fh.write(text)

services_n = len(round_["findings"]) - len(viol)
print("wrote %s (%d bytes)" % (out, len(text.encode("utf-8"))))
print("units %d, people %d, groups %d, inspections %d (units visited %d)" % (
    len(round_["units"]), len(round_["people"]), len(round_["groups"]), len(round_["inspections"]),
    len({u for i in round_["inspections"] for u in i["units"]})))
print("findings %d: violations %d, service problems %d" % (len(round_["findings"]), len(viol), services_n))
print("status as of %s: %s" % (iso(AS_OF), ", ".join("%s %d" % kv for kv in status_count.items())))
print("overdue %d: %s" % (len(overdue), ", ".join("%s (due %s, %s)" % o for o in overdue)))
print("measures %d: %s" % (len(round_["measures"]), ", ".join("%s %d" % kv for kv in sorted(forms.items()))))
cats = {}
for f in viol:
    cats[f["category"]] = cats.get(f["category"], 0) + 1
print("by category: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
per_group = {}
for i in round_["inspections"]:
    per_group[i["group"]] = per_group.get(i["group"], 0) + 1
print("inspections by group: " + ", ".join("%s %d" % kv for kv in sorted(per_group.items())))
