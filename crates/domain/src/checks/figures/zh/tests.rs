//! What the Chinese reader finds in text: each text with the figures a reader sees in it.

use super::figures;
use crate::checks::figures::{Approx, Currency, Kind, assert_reads};

use Approx::{About, Exact, LessThan, Magnitude, MoreThan, Nearly};
use Kind::{Date, Decade, Fraction, Month, Number, Percent};

const YUAN: Kind = Kind::Money(Currency::Yuan);
const USD: Kind = Kind::Money(Currency::UsDollar);
const HKD: Kind = Kind::Money(Currency::HkDollar);

type Expected<'a> = &'a [(f64, Kind, Approx, &'a str)];

fn check(cases: &[(&str, Expected<'_>)]) {
    assert_reads(figures, cases);
}

#[test]
fn digits_in_ascii_and_full_width_read_as_numbers() {
    check(&[
        ("有12人", &[(12.0, Number, Exact, "12")]),
        ("有１２人", &[(12.0, Number, Exact, "１２")]),
        ("共4,000人", &[(4_000.0, Number, Exact, "4,000")]),
        ("共4，000人", &[(4_000.0, Number, Exact, "4，000")]),
        ("是去年的2.4倍", &[(2.4, Number, Exact, "2.4")]),
        ("达１２.５米", &[(12.5, Number, Exact, "１２.５")]),
        ("重5千克", &[(5.0, Number, Exact, "5")]),
        (
            "1，2，3",
            &[
                (1.0, Number, Exact, "1"),
                (2.0, Number, Exact, "2"),
                (3.0, Number, Exact, "3"),
            ],
        ),
    ]);
}

#[test]
fn chinese_numerals_read_as_numbers() {
    check(&[
        ("两千人", &[(2_000.0, Number, Exact, "两千")]),
        ("二十三个", &[(23.0, Number, Exact, "二十三")]),
        ("十五人", &[(15.0, Number, Exact, "十五")]),
        ("一百零五岁", &[(105.0, Number, Exact, "一百零五")]),
        ("三千零二十户", &[(3_020.0, Number, Exact, "三千零二十")]),
        ("一万二千人", &[(12_000.0, Number, Exact, "一万二千")]),
        (
            "一亿五千万人",
            &[(150_000_000.0, Number, Exact, "一亿五千万")],
        ),
        ("壹佰贰拾叁", &[(123.0, Number, Exact, "壹佰贰拾叁")]),
        (
            "一億五千萬人",
            &[(150_000_000.0, Number, Exact, "一億五千萬")],
        ),
    ]);
}

#[test]
fn digits_with_chinese_units_read_as_one_number() {
    check(&[
        ("2.4万人", &[(24_000.0, Number, Exact, "2.4万")]),
        ("1600亿", &[(160_000_000_000.0, Number, Exact, "1600亿")]),
        ("3万5千人", &[(35_000.0, Number, Exact, "3万5千")]),
        ("4000多人", &[(4_000.0, Number, MoreThan, "4000多")]),
        ("300余人", &[(300.0, Number, MoreThan, "300余")]),
        ("40余万人", &[(400_000.0, Number, MoreThan, "40余万")]),
    ]);
}

#[test]
fn fractions_and_percentages_read_as_such() {
    check(&[
        ("三分之二的人", &[(2.0 / 3.0, Fraction, Exact, "三分之二")]),
        ("三分之一", &[(1.0 / 3.0, Fraction, Exact, "三分之一")]),
        ("百分之四十", &[(40.0, Percent, Exact, "百分之四十")]),
        ("增长40%", &[(40.0, Percent, Exact, "40%")]),
        ("增长40％", &[(40.0, Percent, Exact, "40％")]),
        (
            "百分之五十五点五",
            &[(55.5, Percent, Exact, "百分之五十五点五")],
        ),
        ("一半的人", &[(0.5, Fraction, Exact, "一半")]),
        ("百分之百", &[(100.0, Percent, Exact, "百分之百")]),
    ]);
}

#[test]
fn approximations_around_a_number_are_kept() {
    check(&[
        ("4000多人", &[(4_000.0, Number, MoreThan, "4000多")]),
        ("300余人", &[(300.0, Number, MoreThan, "300余")]),
        ("50人以上", &[(50.0, Number, Exact, "50")]),
        ("50%以上", &[(50.0, Percent, MoreThan, "50%以上")]),
        (
            "近3000人",
            &[(3_000.0, Nearly, "近3000")].map(|(v, a, s)| (v, Number, a, s)),
        ),
        ("将近一万人", &[(10_000.0, Number, Nearly, "将近一万")]),
        ("將近一萬人", &[(10_000.0, Number, Nearly, "將近一萬")]),
        ("接近两千", &[(2_000.0, Number, Nearly, "接近两千")]),
        ("约2000人", &[(2_000.0, Number, About, "约2000")]),
        ("大約兩千", &[(2_000.0, Number, About, "大約兩千")]),
        ("2000左右", &[(2_000.0, Number, About, "2000左右")]),
        ("最近3年", &[(3.0, Number, Exact, "3")]),
        ("十几个", &[(10.0, Number, MoreThan, "十几")]),
        ("十几万人", &[(100_000.0, Number, MoreThan, "十几万")]),
        ("一半以上", &[(0.5, Fraction, MoreThan, "一半以上")]),
        ("5月30日左右", &[(530.0, Date, About, "5月30日左右")]),
    ]);
}

#[test]
fn orders_of_magnitude_read_as_magnitudes() {
    check(&[
        ("几十人", &[(10.0, Number, Magnitude, "几十")]),
        ("幾十人", &[(10.0, Number, Magnitude, "幾十")]),
        ("几百人", &[(100.0, Number, Magnitude, "几百")]),
        ("数千人", &[(1_000.0, Number, Magnitude, "数千")]),
        ("數千人", &[(1_000.0, Number, Magnitude, "數千")]),
        ("数万人", &[(10_000.0, Number, Magnitude, "数万")]),
        (
            "数以亿计",
            &[(100_000_000.0, Number, Magnitude, "数以亿计")],
        ),
        (
            "數以億計",
            &[(100_000_000.0, Number, Magnitude, "數以億計")],
        ),
        ("上千人", &[(1_000.0, Number, Magnitude, "上千")]),
        ("成千上万的人", &[(1_000.0, Number, Magnitude, "成千上万")]),
        ("数亿美元", &[(100_000_000.0, USD, Magnitude, "数亿美元")]),
    ]);
}

#[test]
fn sums_of_money_read_in_their_currency() {
    check(&[
        ("100元", &[(100.0, YUAN, Exact, "100元")]),
        ("5块钱", &[(5.0, YUAN, Exact, "5块")]),
        ("100人民币", &[(100.0, YUAN, Exact, "100人民币")]),
        ("人民币100", &[(100.0, YUAN, Exact, "人民币100")]),
        ("2.4万元", &[(24_000.0, YUAN, Exact, "2.4万元")]),
        (
            "1600亿美元",
            &[(160_000_000_000.0, USD, Exact, "1600亿美元")],
        ),
        ("50港元", &[(50.0, HKD, Exact, "50港元")]),
        ("50港币", &[(50.0, HKD, Exact, "50港币")]),
        ("50港幣", &[(50.0, HKD, Exact, "50港幣")]),
        ("4000多元", &[(4_000.0, YUAN, MoreThan, "4000多元")]),
        ("一元", &[(1.0, YUAN, Exact, "一元")]),
        ("约3亿美元", &[(300_000_000.0, USD, About, "约3亿美元")]),
    ]);
}

#[test]
fn dates_months_and_decades_read_as_such() {
    check(&[
        (
            "2022年5月30日",
            &[(20_220_530.0, Date, Exact, "2022年5月30日")],
        ),
        ("2022年5月", &[(20_220_500.0, Date, Exact, "2022年5月")]),
        ("2022年", &[(20_220_000.0, Date, Exact, "2022年")]),
        (
            "二〇二二年五月三十日",
            &[(20_220_530.0, Date, Exact, "二〇二二年五月三十日")],
        ),
        ("5月30日", &[(530.0, Date, Exact, "5月30日")]),
        ("5月30号", &[(530.0, Date, Exact, "5月30号")]),
        ("9月份", &[(9.0, Month, Exact, "9月份")]),
        ("九月", &[(9.0, Month, Exact, "九月")]),
        ("一月", &[(1.0, Month, Exact, "一月")]),
        ("90年代", &[(1_990.0, Decade, Exact, "90年代")]),
        ("1990年代", &[(1_990.0, Decade, Exact, "1990年代")]),
        (
            "二十世纪九十年代",
            &[(1_990.0, Decade, Exact, "二十世纪九十年代")],
        ),
        ("12个月", &[(12.0, Number, Exact, "12")]),
        ("六个季度", &[(6.0, Number, Exact, "六")]),
        ("三天", &[(3.0, Number, Exact, "三")]),
        ("3年", &[(3.0, Number, Exact, "3")]),
    ]);
}

#[test]
fn words_written_with_numerals_are_not_figures() {
    let none: Expected<'_> = &[];
    for text in [
        "一直",
        "一起",
        "一些",
        "一样",
        "一般",
        "一定",
        "一切",
        "统一",
        "唯一",
        "第一",
        "第二",
        "第12届",
        "万一",
        "一旦",
        "十分重要",
        "老百姓",
        "千万不要",
        "千萬別",
        "三明治",
        "COVID-19",
        "G7",
        "H5N1",
        "波音737",
        "737型",
        "3号线",
        "一个人",
        "两岸",
        "星期三",
        "周三下午",
        "周三晚间",
        "工作日晚间开放至十点",
        "营业到九点",
        "在二楼开设自习区",
        "住在12樓",
        "七国集团",
        "二十國集團",
        "歼-20",
        "iPhone 15",
        "Windows 11发布",
        "參加",
        "大陸",
        "隊伍",
        "下午3点",
        "10点半",
        "15时30分",
        "三点钟",
        "一成不变",
        "增长了2倍",
        "提高三倍",
    ] {
        check(&[(text, none)]);
    }
}

#[test]
fn figures_in_a_sentence_are_found_in_order_without_overlap() {
    check(&[
        (
            "2022年5月30日，该公司以2.4万元收购了40%的股份，近三分之二的员工留任。",
            &[
                (20_220_530.0, Date, Exact, "2022年5月30日"),
                (24_000.0, YUAN, Exact, "2.4万元"),
                (40.0, Percent, Exact, "40%"),
                (2.0 / 3.0, Fraction, Nearly, "近三分之二"),
            ],
        ),
        ("十分钟", &[(10.0, Number, Exact, "十")]),
        ("千万人", &[(10_000_000.0, Number, Exact, "千万")]),
    ]);
}

#[test]
fn bounds_below_and_above_are_read() {
    check(&[
        ("不到300人", &[(300.0, Number, LessThan, "不到300")]),
        ("不足50人", &[(50.0, Number, LessThan, "不足50")]),
        ("低於5%", &[(5.0, Percent, LessThan, "低於5%")]),
        ("超过1000个", &[(1_000.0, Number, MoreThan, "超过1000")]),
        ("逾百万人", &[(1_000_000.0, Number, MoreThan, "逾百万")]),
        ("50%以下", &[(50.0, Percent, LessThan, "50%以下")]),
    ]);
}

#[test]
fn ranges_read_both_ends_with_the_unit_written_once() {
    check(&[
        (
            "三四十人",
            &[
                (30.0, Number, About, "三四十"),
                (40.0, Number, About, "三四十"),
            ],
        ),
        (
            "兩三百人",
            &[
                (200.0, Number, About, "兩三百"),
                (300.0, Number, About, "兩三百"),
            ],
        ),
        (
            "一两周",
            &[(1.0, Number, About, "一两"), (2.0, Number, About, "一两")],
        ),
        (
            "十三四岁",
            &[
                (13.0, Number, About, "十三四"),
                (14.0, Number, About, "十三四"),
            ],
        ),
        (
            "二十五六万人",
            &[
                (250_000.0, Number, About, "二十五六万"),
                (260_000.0, Number, About, "二十五六万"),
            ],
        ),
        (
            "约三四十人",
            &[
                (30.0, Number, About, "约三四十"),
                (40.0, Number, About, "约三四十"),
            ],
        ),
        (
            "3至5万人",
            &[
                (30_000.0, Number, Exact, "3"),
                (50_000.0, Number, Exact, "5万"),
            ],
        ),
        (
            "2到3亿美元",
            &[
                (200_000_000.0, USD, Exact, "2"),
                (300_000_000.0, USD, Exact, "3亿美元"),
            ],
        ),
        (
            "5至6%",
            &[(5.0, Percent, Exact, "5"), (6.0, Percent, Exact, "6%")],
        ),
        (
            "一至兩成",
            &[(10.0, Percent, Exact, "一"), (20.0, Percent, Exact, "兩成")],
        ),
        (
            "3万至500万元",
            &[
                (30_000.0, Number, Exact, "3万"),
                (5_000_000.0, YUAN, Exact, "500万元"),
            ],
        ),
    ]);
}

#[test]
fn what_reads_like_a_name_or_a_weekday_but_counts_is_read() {
    check(&[
        ("每周三次", &[(3.0, Number, Exact, "三")]),
        ("每周三天", &[(3.0, Number, Exact, "三")]),
        ("零下15度", &[(15.0, Number, Exact, "15")]),
        (
            "下调0.25个百分点",
            &[(0.25, Percent, Exact, "0.25个百分点")],
        ),
        ("高出3個百分點", &[(3.0, Percent, Exact, "3個百分點")]),
        ("约三成", &[(30.0, Percent, About, "约三成")]),
        ("GDP 5%", &[(5.0, Percent, Exact, "5%")]),
        ("5点建议", &[(5.0, Number, Exact, "5")]),
        ("是去年的3倍", &[(3.0, Number, Exact, "3")]),
        ("壹佰贰拾叁元", &[(123.0, YUAN, Exact, "壹佰贰拾叁元")]),
    ]);
}
