//! Integer đồng arithmetic: exact fractions, one rounding per line (half away from zero), VAT,
//! billing periods and the share of a month or year a span of days covers.

use chrono::{Datelike, Months, NaiveDate};

/// The rounding rule printed on invoices.
pub const ROUNDING_RULE_VI: &str =
    "Số tiền mỗi dòng được làm tròn đến đồng, nửa đồng làm tròn ra xa số 0.";
pub const ROUNDING_RULE_EN: &str = "Each line is rounded to the whole đồng, halves away from zero.";

/// `numerator / denominator` rounded half away from zero. `denominator` must be positive.
pub fn div_round(numerator: i128, denominator: i128) -> i64 {
    debug_assert!(denominator > 0);
    let half = denominator / 2;
    let rounded = if numerator >= 0 {
        (numerator + half) / denominator
    } else {
        -((-numerator + half) / denominator)
    };
    i64::try_from(rounded).unwrap_or(if rounded > 0 { i64::MAX } else { i64::MIN })
}

/// VAT on `amount` at `vat_bp` basis points (none: not subject to VAT).
pub fn vat(amount: i64, vat_bp: Option<i32>) -> i64 {
    match vat_bp {
        Some(bp) => div_round(i128::from(amount) * i128::from(bp), 10_000),
        None => 0,
    }
}

/// Quantities on invoice lines are in ten-thousandths: four decimals, the precision of
/// `SLuong` in the tax authority's XML (Decision 1450/QĐ-TCT, number 19,4).
pub const QUANTITY_SCALE: i64 = 10_000;

/// A line's amount: quantity (ten-thousandths) × unit price, rounded once, so the quantity
/// and the unit price printed on the invoice multiply to the amount printed beside them.
pub fn amount_of(quantity_e4: i64, unit_price: i64) -> i64 {
    div_round(
        i128::from(quantity_e4) * i128::from(unit_price),
        i128::from(QUANTITY_SCALE),
    )
}

/// An exact non-negative fraction, for shares of months and years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fraction {
    pub numerator: i128,
    pub denominator: i128,
}

impl Fraction {
    pub const ZERO: Fraction = Fraction {
        numerator: 0,
        denominator: 1,
    };

    pub fn new(numerator: i128, denominator: i128) -> Self {
        Self {
            numerator,
            denominator,
        }
    }

    pub fn plus(self, other: Fraction) -> Fraction {
        Fraction::new(
            self.numerator * other.denominator + other.numerator * self.denominator,
            self.denominator * other.denominator,
        )
        .reduced()
    }

    fn reduced(self) -> Fraction {
        let mut a = self.numerator.abs();
        let mut b = self.denominator;
        while b != 0 {
            (a, b) = (b, a % b);
        }
        if a <= 1 {
            return self;
        }
        Fraction::new(self.numerator / a, self.denominator / a)
    }

    pub fn is_zero(self) -> bool {
        self.numerator == 0
    }

    /// `value × self`, rounded once.
    pub fn of(self, value: i128) -> i64 {
        div_round(value * self.numerator, self.denominator)
    }

    /// The fraction of `quantity` whole units as a line quantity (ten-thousandths).
    pub fn quantity(self, quantity: i64) -> i64 {
        self.of(i128::from(quantity) * i128::from(QUANTITY_SCALE))
    }
}

/// The number of days of `month` (any day of it).
pub fn days_in_month(day: NaiveDate) -> i64 {
    let first = first_of_month(day);
    let next = first + Months::new(1);
    (next - first).num_days()
}

pub fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The last day of the month of `day`.
pub fn last_of_month(day: NaiveDate) -> NaiveDate {
    (first_of_month(day) + Months::new(1))
        .pred_opt()
        .unwrap_or(day)
}

/// How many months `[from, to]` covers: each calendar month counts the share of its days
/// covered (a whole month is 1, 10 days of a 31-day month 10/31).
pub fn months_covered(from: NaiveDate, to: NaiveDate) -> Fraction {
    let mut total = Fraction::ZERO;
    let mut month = first_of_month(from);
    while month <= to {
        let start = month.max(from);
        let end = last_of_month(month).min(to);
        if start <= end {
            let days = (end - start).num_days() + 1;
            total = total.plus(Fraction::new(
                i128::from(days),
                i128::from(days_in_month(month)),
            ));
        }
        month = month + Months::new(1);
    }
    total
}

/// `1234567` → `1.234.567` (the vi-VN grouping used in invoice text).
pub fn group_digits(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if amount < 0 { format!("-{out}") } else { out }
}

/// An amount as people read it: `1.234.567 ₫` in Vietnamese, `₫1,234,567` in English.
pub fn format_vnd(amount: i64, english: bool) -> String {
    let grouped = group_digits(amount);
    if english {
        format!("₫{}", grouped.replace('.', ","))
    } else {
        format!("{grouped} ₫")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(-5, 2), -3);
        assert_eq!(div_round(4, 3), 1);
        assert_eq!(div_round(-4, 3), -1);
        assert_eq!(vat(12_345, Some(1000)), 1_235); // 1234.5 → 1235
        assert_eq!(vat(-12_345, Some(1000)), -1_235);
        assert_eq!(vat(12_345, None), 0);
    }

    #[test]
    fn months_count_the_days_covered() {
        assert_eq!(
            months_covered(d("2026-10-01"), d("2026-10-31")),
            Fraction::new(1, 1)
        );
        assert_eq!(
            months_covered(d("2026-10-22"), d("2026-10-31")),
            Fraction::new(10, 31)
        );
        assert_eq!(
            months_covered(d("2026-01-01"), d("2026-03-31")),
            Fraction::new(3, 1)
        );
        assert_eq!(
            months_covered(d("2026-02-15"), d("2026-03-31")),
            Fraction::new(14, 28).plus(Fraction::new(1, 1))
        );
    }

    #[test]
    fn digits_group_by_thousands() {
        assert_eq!(group_digits(1_234_567), "1.234.567");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(-1_000), "-1.000");
        assert_eq!(format_vnd(1_234_567, false), "1.234.567 ₫");
        assert_eq!(format_vnd(1_234_567, true), "₫1,234,567");
    }

    proptest! {
        #[test]
        fn rounding_is_within_half_and_symmetric(n in -1_000_000_000_000i128..1_000_000_000_000, d in 1i128..1_000_000) {
            let r = i128::from(div_round(n, d));
            prop_assert!((r * d - n).abs() * 2 <= d);
            prop_assert_eq!(div_round(-n, d), -div_round(n, d));
        }

        #[test]
        fn a_year_of_months_is_twelve(year in 2000i32..2100) {
            let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
            prop_assert_eq!(months_covered(from, to), Fraction::new(12, 1));
        }
    }
}
