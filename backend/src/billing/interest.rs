//! Late-payment interest, pure: what an overdue invoice owes for a window of days, accrued day
//! by day on the balance actually outstanding, using the days payments were received.
//!
//! The law (Civil Code 2015 art. 357(2) with art. 468; Commercial Law 2005 art. 306): the
//! debtor pays interest on the late amount for the time it was late. So:
//! - a day `d` after the due date bears interest on what was still unpaid that day. Money
//!   received on day `p` counts as paid at the end of day `p`: day `p` itself is late (paid
//!   on the 11th for a due date of the 10th is one day late), the days after it are not;
//! - a partial payment lowers the balance only from the day after it was received;
//! - the base is the invoice's principal: its total less earlier interest lines (never
//!   interest on interest) and less credit notes (an amount corrected away was never owed);
//! - payments settle the principal first, so they stop interest as early as possible (the
//!   reading most favourable to the debtor where the contract says nothing);
//! - interest is rounded once, half away from zero, over the whole window:
//!   Σ balance(d) × rate / (10,000 × 365).

use chrono::NaiveDate;

use crate::billing::money::div_round;

/// An overdue invoice as interest sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overdue {
    /// The last day the invoice could be paid without interest.
    pub due_on: NaiveDate,
    /// What bears interest: the total less interest lines and credit notes, đồng.
    pub principal: i64,
    /// Money applied to the invoice, with the day each was received, in any order.
    pub payments: Vec<(NaiveDate, i64)>,
}

/// Interest charged for a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accrued {
    /// Đồng of interest.
    pub amount: i64,
    /// Days of the window that bore interest (a balance above zero).
    pub days: i64,
    /// Σ balance × days, đồng-days: the amount is this × rate / (10,000 × 365).
    pub balance_days: i128,
}

/// The interest `invoice` owes at `rate_bp` a year for the days after `after` up to and
/// including `through`, counting only days after the due date.
pub fn accrue(invoice: &Overdue, rate_bp: i32, after: NaiveDate, through: NaiveDate) -> Accrued {
    let first = after.max(invoice.due_on);
    let none = Accrued {
        amount: 0,
        days: 0,
        balance_days: 0,
    };
    if rate_bp <= 0 || invoice.principal <= 0 || through <= first {
        return none;
    }
    // Days first+1 ..= through. The balance on day d is the principal less what was received
    // before d; it changes only on the day after a payment.
    let mut payments = invoice.payments.clone();
    payments.sort();
    let mut balance = invoice.principal;
    let mut day = first; // the last day already counted
    let mut balance_days: i128 = 0;
    let mut days = 0;
    let mut count = |from_excl: NaiveDate, to_incl: NaiveDate, balance: i64| {
        if to_incl > from_excl && balance > 0 {
            let n = (to_incl - from_excl).num_days();
            balance_days += i128::from(balance) * i128::from(n);
            days += n;
        }
    };
    for (received, amount) in payments {
        // The payment lowers the balance from received + 1.
        if received >= through {
            break;
        }
        if received > day {
            count(day, received, balance);
            day = received;
        }
        balance = balance.saturating_sub(amount);
    }
    count(day, through, balance);
    if balance_days == 0 {
        return none;
    }
    Accrued {
        amount: div_round(balance_days * i128::from(rate_bp), 10_000 * 365),
        days,
        balance_days,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The law's model, one day at a time: each day after the due date in the window bears
    /// interest on the principal less what was received before it.
    fn brute_force(invoice: &Overdue, rate_bp: i32, after: NaiveDate, through: NaiveDate) -> i64 {
        let mut total: i128 = 0;
        let mut day = after.succ_opt().unwrap();
        while day <= through {
            if day > invoice.due_on {
                let received: i64 = invoice
                    .payments
                    .iter()
                    .filter(|(on, _)| *on < day)
                    .map(|(_, a)| a)
                    .sum();
                let balance = (invoice.principal - received).max(0);
                total += i128::from(balance);
            }
            day = day.succ_opt().unwrap();
        }
        if rate_bp <= 0 {
            return 0;
        }
        div_round(total * i128::from(rate_bp), 10_000 * 365)
    }

    #[test]
    fn an_invoice_paid_late_owes_the_days_it_was_late() {
        let invoice = Overdue {
            due_on: d("2026-10-15"),
            principal: 10_000_000,
            payments: vec![(d("2026-10-25"), 10_000_000)],
        };
        // 16/10 – 25/10: ten days late, none after.
        let a = accrue(&invoice, 1000, d("2026-10-01"), d("2026-10-31"));
        assert_eq!(a.days, 10);
        // 10,000,000 × 10% × 10 / 365 = 27,397.26…
        assert_eq!(a.amount, 27_397);
    }

    #[test]
    fn a_partial_payment_lowers_interest_only_from_the_day_after_it() {
        let invoice = Overdue {
            due_on: d("2026-10-15"),
            principal: 10_000_000,
            payments: vec![(d("2026-10-20"), 4_000_000)],
        };
        let a = accrue(&invoice, 1000, d("2026-10-15"), d("2026-10-31"));
        // 5 days on 10,000,000 (16–20/10), 11 days on 6,000,000 (21–31/10).
        assert_eq!(a.balance_days, 50_000_000 + 66_000_000);
        assert_eq!(a.days, 16);
        assert_eq!(a.amount, div_round(116_000_000 * 1000, 3_650_000));
    }

    #[test]
    fn only_days_after_the_due_date_and_the_window_start_count() {
        let invoice = Overdue {
            due_on: d("2026-10-15"),
            principal: 3_650_000,
            payments: vec![],
        };
        // Already charged through 31/10: November's 30 days at 1,000 đ a day.
        assert_eq!(
            accrue(&invoice, 1000, d("2026-10-31"), d("2026-11-30")).amount,
            30_000
        );
        // A window before the due date charges nothing.
        assert_eq!(
            accrue(&invoice, 1000, d("2026-10-01"), d("2026-10-15")).amount,
            0
        );
        // Paid before the due date: nothing.
        let on_time = Overdue {
            payments: vec![(d("2026-10-10"), 3_650_000)],
            ..invoice
        };
        assert_eq!(
            accrue(&on_time, 1000, d("2026-10-01"), d("2026-12-31")),
            Accrued {
                amount: 0,
                days: 0,
                balance_days: 0
            }
        );
    }

    #[test]
    fn the_daily_balance_matches_a_day_by_day_model_over_random_histories() {
        // A seeded generator: reproducible, no extra dependency.
        let mut state = 0x5eed_u64;
        let mut next = |bound: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % bound
        };
        let base = d("2026-01-01");
        for case in 0..3_000 {
            let due_on = base + chrono::Days::new(next(60));
            let principal = 1 + next(50_000_000) as i64;
            let mut payments = Vec::new();
            for _ in 0..next(6) {
                let on = base + chrono::Days::new(next(200));
                // Payments may overpay in total; the balance never goes below zero.
                payments.push((on, 1 + next(principal as u64 / 2 + 1) as i64));
            }
            let invoice = Overdue {
                due_on,
                principal,
                payments,
            };
            let rate = next(3_000) as i32;
            let after = base + chrono::Days::new(next(150));
            let through = after + chrono::Days::new(next(120));
            let fast = accrue(&invoice, rate, after, through);
            let slow = brute_force(&invoice, rate, after, through);
            assert_eq!(
                fast.amount, slow,
                "case {case}: {invoice:?} {rate} {after} {through}"
            );
            // Charging a window in two runs never charges more than in one (one rounding each).
            let middle =
                after + chrono::Days::new(next(121).min((through - after).num_days() as u64));
            let split = accrue(&invoice, rate, after, middle).balance_days
                + accrue(&invoice, rate, middle, through).balance_days;
            assert_eq!(split, fast.balance_days, "case {case}");
        }
    }
}
