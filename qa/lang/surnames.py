"""Chinese surnames, titles, honorifics and place suffixes: the word lists name finding relies on."""

from __future__ import annotations

TITLES = frozenset(
    "总书记 秘书长 副秘书长 书记 副书记 主任 副主任 同志 主席 副主席 总理 副总理 委员长 部长 副部长 "
    "省长 市长 县长 区长 镇长 乡长 村长 局长 院长 厅长 处长 科长 校长 总统 先生 女士 小姐 教授 博士 "
    "将军 司令 委员 常委 检察长 行长 董事长 总经理 经理 主编 大使 领事 首相 国王 皇帝 太后 夫人".split()
)
# Titles that follow a name and never precede one: 李登辉先生曾任… does not make 曾任 a titled name.
TITLES_AFTER_ONLY = frozenset("先生 女士 小姐 同志 夫人 太后".split())
HONORIFICS = frozenset("君 公 王 侯 氏 翁 老 帝 后 妃 子".split())
PLACE_SUFFIXES = ("自治区", "自治州", "自治县", "特别行政区", "街道", "省", "市", "县", "旗", "盟", "区",
                  "镇", "乡", "村", "州", "府", "岛", "港")

# What follows a name to make a word of it, never a name's last character: kin and address (夫人, 老, 哥), a
# family, a body or a place (家, 委, 局, 市), the name's case (孙小果案).
NOT_A_NAME_END = frozenset("夫人 老 家 氏 哥 姐 妹 嫂 娘 爷 叔 婶 儿 们 子 府 任 委 部 局 院 厅 办 会 社 报 台 司 处 "
                           "组 队 网 站 所 校 馆 店 厂 行 省 市 县 区 案".split())
# A person's body or belongings, which the sentence goes on about after the name (王军脚受伤, 王军眼含热泪, 王军钱已
# 花光): never the third character of a name jieba cut after two (qa.lang.zh_names).
BODY_AND_BELONGINGS = frozenset("眼 手 脚 腿 头 脸 嘴 肩 腰 背 身 耳 鼻 足 泪 牙 颈 胸 腹 臂 钱".split())

# The common Chinese surnames, most frequent first (王 李 张 刘 陈 … as the census ranks them).
SURNAMES_BY_FREQUENCY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习"
)
SURNAMES = frozenset(SURNAMES_BY_FREQUENCY)
# Characters of foreign names written in Chinese (杜鲁门, 默克尔, 朔尔茨) that Chinese given names hardly use.
TRANSLITERATION_CHARS = frozenset("尔斯鲁门顿勒瑟兹茨姆赫蒂娃丝莎娜埃奥默普弗萨瓦孜塞拉纳")
# Every character foreign names written in Chinese are commonly made of (马克龙, 莫斯科, 叙利亚): the
# characters above and those Chinese names share. A name made only of these may be a transliteration.
TRANSLITERATION_SYLLABLE_CHARS = TRANSLITERATION_CHARS | frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕波伯勃博布查达戴丹道德得登迪狄帝丁东杜顿多俄厄恩尔耳法凡范菲"
    "斐费芬丰佛夫弗伏福富盖甘冈刚戈哥格根古瓜圭哈海汗汉翰豪赫黑亨洪胡华惠霍基吉及济加迦贾简杰捷金京卡凯坎康"
    "考柯科克肯孔库夸奎昆拉喇腊莱赖兰朗劳勒雷蕾黎李里理丽利莉历连列林琳龙隆卢鲁陆路伦罗洛马玛迈麦曼芒毛梅美"
    "门蒙孟米密敏明摩莫墨默姆木穆那纳娜乃奈南内尼妮涅宁纽努诺欧帕潘庞培佩彭蓬皮平珀蒲普齐奇其恰乔切钦琼丘"
    "让热茹瑞若撒萨塞赛桑瑟森沙莎山善尚绍舍申什圣盛施史士舒司斯丝松苏索塔泰坦汤唐特提蒂廷通图土托陀瓦万旺"
    "威韦维温文沃乌伍武西希锡夏谢辛休修叙许逊雅亚扬耶叶伊因英尤于约泽扎詹哲珍治朱卓兹茨宗佐娅"
    "敦柏朔也辅第的底思罕汀喀拿代都别荷宾当干察几他来札以季各良可易茱奴烈非留依彻星支黛坡吕嘉席歇庇弥玻额伽"
    "芭梯珊垂立日涅俾侯堡高白"
)
