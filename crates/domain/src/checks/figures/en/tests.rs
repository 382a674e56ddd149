//! What the English reader finds in sentences a newsroom writes.

use super::figures;
use crate::checks::figures::{Approx, Currency, Kind, assert_reads};

use Approx::{About, Exact, LessThan, Magnitude, MoreThan, Nearly};
use Kind::{Date, Decade, Fraction, Money, Month, Number, Percent};

const USD: Kind = Money(Currency::UsDollar);
const HKD: Kind = Money(Currency::HkDollar);
const CNY: Kind = Money(Currency::Yuan);

type Expected = (f64, Kind, Approx, &'static str);

fn check(cases: &[(&str, &[Expected])]) {
    assert_reads(figures, cases);
}

#[test]
fn digits_read_with_separators_decimals_and_scale_words() {
    check(&[
        (
            "It employs 4,000 people.",
            &[(4000.0, Number, Exact, "4,000")],
        ),
        (
            "Growth was 2.4 and 0.5.",
            &[(2.4, Number, Exact, "2.4"), (0.5, Number, Exact, "0.5")],
        ),
        (
            "A total of 1,600,000 votes",
            &[(1_600_000.0, Number, Exact, "1,600,000")],
        ),
        (
            "2.4 million people",
            &[(2_400_000.0, Number, Exact, "2.4 million")],
        ),
        (
            "160 billion trees",
            &[(1.6e11, Number, Exact, "160 billion")],
        ),
        (
            "24 thousand fans",
            &[(24_000.0, Number, Exact, "24 thousand")],
        ),
        ("a loss of 1.6bn", &[(1.6e9, Number, Exact, "1.6bn")]),
        ("a 2.4m run", &[]),
        (
            "1,2 and 3",
            &[
                (1.0, Number, Exact, "1"),
                (2.0, Number, Exact, "2"),
                (3.0, Number, Exact, "3"),
            ],
        ),
    ]);
}

#[test]
fn number_words_read_as_numbers() {
    check(&[
        ("six people", &[(6.0, Number, Exact, "six")]),
        ("Six people died.", &[(6.0, Number, Exact, "Six")]),
        (
            "twenty-three cases",
            &[(23.0, Number, Exact, "twenty-three")],
        ),
        ("a hundred days", &[(100.0, Number, Exact, "a hundred")]),
        (
            "one hundred and five years",
            &[(105.0, Number, Exact, "one hundred and five")],
        ),
        (
            "two thousand troops",
            &[(2000.0, Number, Exact, "two thousand")],
        ),
        (
            "fifty and a dozen",
            &[
                (50.0, Number, Exact, "fifty"),
                (12.0, Number, Exact, "a dozen"),
            ],
        ),
        (
            "one and a half times",
            &[(1.5, Number, Exact, "one and a half")],
        ),
        (
            "half a million",
            &[(500_000.0, Number, Exact, "half a million")],
        ),
    ]);
}

#[test]
fn fractions_and_percentages_read_as_such() {
    check(&[
        (
            "two-thirds of voters",
            &[(2.0 / 3.0, Fraction, Exact, "two-thirds")],
        ),
        (
            "two thirds of voters",
            &[(2.0 / 3.0, Fraction, Exact, "two thirds")],
        ),
        (
            "a third of them",
            &[(1.0 / 3.0, Fraction, Exact, "a third")],
        ),
        ("a quarter of them", &[(0.25, Fraction, Exact, "a quarter")]),
        (
            "three-quarters agreed",
            &[(0.75, Fraction, Exact, "three-quarters")],
        ),
        ("half of them", &[(0.5, Fraction, Exact, "half")]),
        ("a half", &[(0.5, Fraction, Exact, "a half")]),
        ("one half of it", &[(0.5, Fraction, Exact, "one half")]),
        ("up 40%", &[(40.0, Percent, Exact, "40%")]),
        ("40 percent", &[(40.0, Percent, Exact, "40 percent")]),
        ("40 per cent", &[(40.0, Percent, Exact, "40 per cent")]),
        ("forty percent", &[(40.0, Percent, Exact, "forty percent")]),
        ("in the first half of the year", &[]),
        ("a third term", &[]),
    ]);
}

#[test]
fn approximations_before_a_number_are_kept() {
    check(&[
        (
            "more than 4,000",
            &[(4000.0, Number, MoreThan, "more than 4,000")],
        ),
        ("over 40%", &[(40.0, Percent, MoreThan, "over 40%")]),
        ("above 5", &[(5.0, Number, MoreThan, "above 5")]),
        (
            "upwards of 300",
            &[(300.0, Number, MoreThan, "upwards of 300")],
        ),
        (
            "nearly two-thirds",
            &[(2.0 / 3.0, Fraction, Nearly, "nearly two-thirds")],
        ),
        ("almost 100", &[(100.0, Number, Nearly, "almost 100")]),
        ("close to 50", &[(50.0, Number, Nearly, "close to 50")]),
        ("just under 7", &[(7.0, Number, Nearly, "just under 7")]),
        ("About 30 died", &[(30.0, Number, About, "About 30")]),
        ("around 12", &[(12.0, Number, About, "around 12")]),
        (
            "roughly a third of",
            &[(1.0 / 3.0, Fraction, About, "roughly a third")],
        ),
        (
            "approximately 9",
            &[(9.0, Number, About, "approximately 9")],
        ),
        (
            "some 4,000 troops",
            &[(4000.0, Number, About, "some 4,000")],
        ),
        ("some of them", &[]),
    ]);
}

#[test]
fn orders_of_magnitude_are_not_numbers() {
    check(&[
        ("dozens of people", &[(10.0, Number, Magnitude, "dozens")]),
        (
            "hundreds were hurt",
            &[(100.0, Number, Magnitude, "hundreds")],
        ),
        (
            "thousands marched",
            &[(1000.0, Number, Magnitude, "thousands")],
        ),
        (
            "tens of thousands marched",
            &[(1e4, Number, Magnitude, "tens of thousands")],
        ),
        ("millions watched", &[(1e6, Number, Magnitude, "millions")]),
        (
            "hundreds of millions of dollars",
            &[(1e8, USD, Magnitude, "hundreds of millions of dollars")],
        ),
        ("2 million", &[(2e6, Number, Exact, "2 million")]),
    ]);
}

#[test]
fn sums_of_money_read_with_their_currency() {
    check(&[
        ("$4,000", &[(4000.0, USD, Exact, "$4,000")]),
        ("US$160 billion", &[(1.6e11, USD, Exact, "US$160 billion")]),
        ("U.S.$5", &[(5.0, USD, Exact, "U.S.$5")]),
        ("USD 300", &[(300.0, USD, Exact, "USD 300")]),
        ("300 dollars", &[(300.0, USD, Exact, "300 dollars")]),
        (
            "$2.4m and $1.6bn",
            &[(2.4e6, USD, Exact, "$2.4m"), (1.6e9, USD, Exact, "$1.6bn")],
        ),
        ("HK$24,000", &[(24_000.0, HKD, Exact, "HK$24,000")]),
        (
            "5 Hong Kong dollars",
            &[(5.0, HKD, Exact, "5 Hong Kong dollars")],
        ),
        ("24,000 yuan", &[(24_000.0, CNY, Exact, "24,000 yuan")]),
        (
            "2.4 million yuan",
            &[(2.4e6, CNY, Exact, "2.4 million yuan")],
        ),
        (
            "RMB 300 and ¥5",
            &[(300.0, CNY, Exact, "RMB 300"), (5.0, CNY, Exact, "¥5")],
        ),
        (
            "300 renminbi or CNY 4",
            &[
                (300.0, CNY, Exact, "300 renminbi"),
                (4.0, CNY, Exact, "CNY 4"),
            ],
        ),
        (
            "more than US$2 billion",
            &[(2e9, USD, MoreThan, "more than US$2 billion")],
        ),
    ]);
}

#[test]
fn dates_months_years_and_decades_are_read_as_calendar_figures() {
    check(&[
        (
            "On May 30, 2022, it rained.",
            &[(20_220_530.0, Date, Exact, "May 30, 2022")],
        ),
        (
            "On 30 May 2022 it rained.",
            &[(20_220_530.0, Date, Exact, "30 May 2022")],
        ),
        ("in May 2022", &[(20_220_500.0, Date, Exact, "May 2022")]),
        ("on May 30", &[(530.0, Date, Exact, "May 30")]),
        ("in September", &[(9.0, Month, Exact, "September")]),
        ("since May", &[(5.0, Month, Exact, "May")]),
        ("You May go.", &[]),
        ("in 2022", &[(20_220_000.0, Date, Exact, "2022")]),
        ("The 2020 election", &[(20_200_000.0, Date, Exact, "2020")]),
        ("2,022 people", &[(2022.0, Number, Exact, "2,022")]),
        ("the 1990s", &[(1990.0, Decade, Exact, "1990s")]),
        ("the '90s", &[(1990.0, Decade, Exact, "'90s")]),
        ("the nineties", &[(1990.0, Decade, Exact, "nineties")]),
        ("12 months", &[(12.0, Number, Exact, "12")]),
        ("six quarters", &[(6.0, Number, Exact, "six")]),
    ]);
}

#[test]
fn names_codes_ordinals_and_pronouns_are_not_figures() {
    check(&[
        ("COVID-19 and G7, G20 and H5N1", &[]),
        ("the Boeing 737 and the Airbus A320", &[]),
        ("an iPhone 15 running Windows 11", &[]),
        ("flight MH370 on 5G", &[]),
        ("the first, 2nd and 21st time", &[]),
        ("the twenty-first century", &[]),
        ("one of the best", &[]),
        ("no one came", &[]),
        ("someone said the one thing", &[]),
        ("One day it will", &[]),
        ("at 10:30", &[]),
        ("one person", &[(1.0, Number, Exact, "one")]),
    ]);
}

#[test]
fn names_at_the_start_of_a_sentence_and_common_variants_are_told_apart() {
    check(&[
        ("Boeing 737 jets.", &[]),
        (
            "In 2022, sales rose.",
            &[(20_220_000.0, Date, Exact, "2022")],
        ),
        (
            "Over 300 came. The Big Four met.",
            &[(300.0, Number, MoreThan, "Over 300")],
        ),
        ("in the 1990's", &[(1990.0, Decade, Exact, "1990's")]),
        (
            "on Sept. 5, 2022",
            &[(20_220_905.0, Date, Exact, "Sept. 5, 2022")],
        ),
        ("by May 30th", &[(530.0, Date, Exact, "May 30th")]),
        (
            "several hundred homes",
            &[(100.0, Number, Magnitude, "several hundred")],
        ),
        (
            "one or two",
            &[(1.0, Number, Exact, "one"), (2.0, Number, Exact, "two")],
        ),
        ("a 5-year plan", &[(5.0, Number, Exact, "5")]),
    ]);
}

#[test]
fn bounds_below_are_read_as_less_than() {
    check(&[
        (
            "fewer than 300 people",
            &[(300.0, Number, LessThan, "fewer than 300")],
        ),
        (
            "less than 10% of it",
            &[(10.0, Percent, LessThan, "less than 10%")],
        ),
        (
            "Under 200 homes stood.",
            &[(200.0, Number, LessThan, "Under 200")],
        ),
        (
            "up to 5,000 jobs",
            &[(5_000.0, Number, LessThan, "up to 5,000")],
        ),
    ]);
}

#[test]
fn ranges_give_the_first_end_the_scale_written_after_the_second() {
    check(&[
        (
            "3 to 5 million yuan",
            &[(3e6, CNY, Exact, "3"), (5e6, CNY, Exact, "5 million yuan")],
        ),
        (
            "two or three hundred people",
            &[
                (200.0, Number, Exact, "two"),
                (300.0, Number, Exact, "three hundred"),
            ],
        ),
        (
            "rose 2 to 3 percent",
            &[
                (2.0, Percent, Exact, "2"),
                (3.0, Percent, Exact, "3 percent"),
            ],
        ),
        (
            "between 100 and 300 yuan",
            &[(100.0, CNY, Exact, "100"), (300.0, CNY, Exact, "300 yuan")],
        ),
        (
            "10-12 weeks",
            &[(10.0, Number, Exact, "10"), (12.0, Number, Exact, "12")],
        ),
        (
            "twenty to twenty-five people",
            &[
                (20.0, Number, Exact, "twenty"),
                (25.0, Number, Exact, "twenty-five"),
            ],
        ),
    ]);
}

#[test]
fn units_glued_to_numbers_and_adverbs_starting_a_sentence_keep_the_number() {
    check(&[
        ("a 3.5km runway", &[(3.5, Number, Exact, "3.5km")]),
        ("It weighed 20kg.", &[(20.0, Number, Exact, "20kg")]),
        ("It fell to -8C.", &[(8.0, Number, Exact, "8C")]),
        ("Barely 40 people came.", &[(40.0, Number, Exact, "40")]),
        ("Perhaps 300 gathered.", &[(300.0, Number, Exact, "300")]),
        ("Altogether 65 were saved.", &[(65.0, Number, Exact, "65")]),
        ("Apollo 11 landed.", &[]),
    ]);
}

#[test]
fn hours_of_the_day_are_not_figures() {
    let none: &[Expected] = &[];
    for text in [
        "at 3pm on Friday",
        "at 11 p.m.",
        "open until ten on weekdays",
        "stays open till 9, when it closes",
        "at 7 a.m. sharp",
        "at five o'clock",
        "at 10:30 every night",
    ] {
        check(&[(text, none)]);
    }
}

#[test]
fn a_number_after_until_that_counts_something_is_read() {
    check(&[
        (
            "they waited until 10 people had arrived",
            &[(10.0, Number, Exact, "10")],
        ),
        (
            "it ran until 2019 and then closed",
            &[(20_190_000.0, Date, Exact, "2019")],
        ),
    ]);
}
