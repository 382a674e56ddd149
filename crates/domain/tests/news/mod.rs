//! Correct bilingual news articles, paragraph by paragraph, written for these tests: paragraphs
//! of very different lengths, figures, names, quotations that run over a paragraph, questions
//! asked directly and reported. Each is a list of (Chinese, English) pairs.

#![allow(dead_code)]

/// A flood report, written in Chinese and rendered into English.
pub const FLOOD: &[(&str, &str)] = &[
    (
        "受连日暴雨影响，南江市已有4000多名居民被紧急转移，全市12所学校周三停课。",
        "Days of heavy rain have forced more than 4,000 residents of Nanjiang to leave their homes, and 12 schools across the city closed on Wednesday.",
    ),
    (
        "市防汛指挥部副指挥长陈立新在周三晚间的新闻发布会上说，截至下午六点，全市平均降雨量已达286毫米，为1998年以来同期最高。“我们最担心的是今晚到明天上午，”他说，“上游水库的泄洪会让江水继续上涨。”",
        "Chen Lixin, deputy head of the city’s flood control headquarters, told a news conference on Wednesday evening that average rainfall across the city had reached 286 millimetres by 6 p.m., the highest for the period since 1998. “What worries us most is tonight and tomorrow morning,” he said. “Water released from the reservoirs upstream will keep the river rising.”",
    ),
    (
        "气象部门预计，降雨将持续到周五。",
        "Forecasters expect the rain to last until Friday.",
    ),
    (
        "在受灾最严重的河西区，积水一度没过汽车轮胎。当地居民王秀英说，她家一楼的商铺已经进水，损失约2.4万元。“水来得太快了，我们只来得及把电脑搬上楼。”",
        "In Hexi district, the worst hit, water at one point rose above car tyres. Wang Xiuying, a resident, said the shop on the ground floor of her home had flooded, with losses of about 24,000 yuan. “The water came so fast that we only had time to carry the computers upstairs.”",
    ),
    (
        "据新华社报道，国家防总已派出工作组赶赴南江，协助地方开展抢险。",
        "A working group from the national flood control headquarters has been sent to Nanjiang to help with rescue work, Xinhua reported.",
    ),
    (
        "南江是长江中游的重要港口城市，人口约380万。该市上一次遭遇类似规模的洪水是在2016年，当时直接经济损失超过15亿元。",
        "Nanjiang, an important port on the middle reaches of the Yangtze, has a population of about 3.8 million. The last flood of a similar scale struck the city in 2016, when direct economic losses exceeded 1.5 billion yuan.",
    ),
    (
        "一些居民质疑，为什么预警发布得这么晚？市气象台回应称，周二下午的雨量远超模型预测。",
        "Some residents asked why the warning had come so late. The city’s weather bureau said rainfall on Tuesday afternoon had far exceeded what its models predicted.",
    ),
    (
        "截至周三晚，全市共开放安置点37个，为受灾群众提供食物、饮用水和药品。志愿者李明在一所中学的安置点说：“今天一共来了600多人，最小的才两个月大。",
        "By Wednesday evening the city had opened 37 shelters offering food, drinking water and medicine. Li Ming, a volunteer at a shelter in a secondary school, said: “More than 600 people have come today, and the youngest is just two months old.",
    ),
    (
        "“大家都很累，但没有人抱怨。”",
        "“Everyone is tired, but nobody is complaining.”",
    ),
    (
        "铁路部门表示，途经南江的28趟列车停运或绕行，G7次等高铁列车推迟发车。",
        "The railway authorities said 28 trains through Nanjiang had been cancelled or diverted, and high-speed services such as the G7 were leaving late.",
    ),
    (
        "陈立新说，如果江水水位突破警戒线，沿江低洼地区的居民将在24小时内全部撤离。",
        "If the river breaks through the warning level, residents of low-lying areas along the bank will all be evacuated within 24 hours, Chen said.",
    ),
];

/// A company report, written in English and rendered into Chinese.
pub const CARMAKER: &[(&str, &str)] = &[
    (
        "电动汽车制造商地平线汽车周二下调全年销量预期，将原因归咎于中国的价格战和欧洲需求疲软，其股价随即下跌8%。",
        "Shares in Horizon Motors fell 8% on Tuesday after the electric-car maker cut its sales forecast for the year, blaming a price war in China and weaker demand in Europe.",
    ),
    (
        "该公司目前预计2024年交付41万至43万辆汽车，此前的目标为50万辆。",
        "The company now expects to deliver between 410,000 and 430,000 vehicles in 2024, down from an earlier target of 500,000.",
    ),
    (
        "首席执行官劳拉·伯格在与分析师的电话会议上说：“市场变化之快超出了所有人的预期。我们不会不惜代价追求销量。”",
        "“The market has changed faster than anyone expected,” chief executive Laura Berg told analysts on a call. “We are not going to chase volume at any price.”",
    ),
    (
        "伯格说，原定明年春季推出的低价车型Model S2将推迟至少六个月。",
        "Berg said the company would delay the launch of its cheaper Model S2, originally planned for next spring, by at least six months.",
    ),
    (
        "摩根士丹利的分析师表示，此次下调幅度超出他们的担忧。他们在给客户的报告中写道：“现在的问题是，地平线能否保住利润率。”",
        "Analysts at Morgan Stanley said the cut was larger than they had feared. “The question now is whether Horizon can protect its margins,” they wrote in a note to clients.",
    ),
    (
        "第三季度营收增长3%，至62亿美元，营业利润则下降近三分之一。",
        "Revenue for the third quarter rose 3% to $6.2 billion, while operating profit fell by nearly a third.",
    ),
    (
        "价格战结束了吗？伯格说还没有，并表示预计激烈的竞争将持续到明年。",
        "Is the price war over? Not yet, Berg said, adding that she expected competition to remain fierce well into next year.",
    ),
    (
        "该公司在全球约有3.8万名员工，其中9000人在莱比锡附近的工厂工作。",
        "The company employs about 38,000 people worldwide, including 9,000 at its plant near Leipzig.",
    ),
    (
        "地平线表示，目前没有裁员计划。",
        "Horizon said it had no plans to cut jobs.",
    ),
    (
        "该公司股价今年以来已累计下跌约40%，市值蒸发逾200亿美元。不过，伯格对公司的长期前景仍然乐观。她说，明年下半年推出的两款新车型将帮助公司在价格更低的细分市场站稳脚跟，而位于德国的第二座工厂也将在2026年投产，届时产能将提高一半。",
        "The shares have lost about 40% of their value this year, wiping out more than $20 billion. Berg nonetheless remained upbeat about the long term. Two new models due in the second half of next year would help the company gain a foothold in cheaper segments of the market, she said, and its second German plant would start production in 2026, raising capacity by half.",
    ),
];

/// The Chinese side of an article, paragraphs joined with blank lines.
pub fn chinese(article: &[(&str, &str)]) -> String {
    article.iter().map(|p| p.0).collect::<Vec<_>>().join("\n\n")
}

/// The English side of an article, paragraphs joined with blank lines.
pub fn english(article: &[(&str, &str)]) -> String {
    article.iter().map(|p| p.1).collect::<Vec<_>>().join("\n\n")
}
