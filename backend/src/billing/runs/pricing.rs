//! The pure part of a billing run: what one lease owes for a period. Rent by the lease's schedule
//! (prorated by days, escalated every n full years), the province's rent support, the
//! maintenance fee and the other tariff charges by their units, metered wastewater, and
//! late-payment interest on overdue invoices. No database, no clock: table-tested below.

use chrono::{Datelike, Months, NaiveDate};
use uuid::Uuid;

use crate::billing::entities::{billing_setting, invoice, tariff};
use crate::billing::interest::{Overdue, accrue};
use crate::billing::labels::{invoice_label, percent};
use crate::billing::money::{Fraction, div_round, group_digits, months_covered, vat};
use crate::billing::runs::DraftLine;
use crate::billing::{Charge, LineKind, TariffUnit};
use crate::estate::RentSchedule;
use crate::estate::entities::lease;
use crate::values::Period;

/// The last day a lease holds its plots.
fn term_end(l: &lease::Model) -> NaiveDate {
    l.terminated_on.unwrap_or(l.ends_on).min(l.ends_on)
}

/// Whole years from `from` to `to`.
fn full_years(from: NaiveDate, to: NaiveDate) -> i32 {
    let mut years = to.year() - from.year();
    if (to.month(), to.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years.max(0)
}

/// The yearly rent rate on `day`, after the lease's escalations (compounded, rounded each time).
fn escalated_rate(l: &lease::Model, day: NaiveDate) -> i64 {
    let mut rate = l.rent_per_m2_year;
    if let Some(every) = l.escalation_every_years.filter(|n| *n > 0)
        && l.escalation_bp > 0
    {
        let steps = full_years(l.starts_on, day) / every;
        for _ in 0..steps {
            rate = div_round(
                i128::from(rate) * i128::from(10_000 + l.escalation_bp),
                10_000,
            );
        }
    }
    rate
}

/// The calendar window (month, quarter, year or the whole term) of `schedule` containing `day`.
fn window(schedule: RentSchedule, day: NaiveDate, l: &lease::Model) -> (NaiveDate, NaiveDate) {
    let month_start = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(day);
    let (start, months) = match schedule {
        RentSchedule::Monthly => (month_start(day.year(), day.month()), 1),
        RentSchedule::Quarterly => (month_start(day.year(), (day.month() - 1) / 3 * 3 + 1), 3),
        RentSchedule::Yearly => (month_start(day.year(), 1), 12),
        RentSchedule::Upfront => return (l.starts_on, term_end(l)),
    };
    let end = (start + Months::new(months)).pred_opt().unwrap_or(start);
    (start, end)
}

/// The rent windows billed in `period`: each window of the lease's schedule whose first day
/// within the term falls in the period, as (covered from, covered to, yearly rate).
fn rent_windows(l: &lease::Model, period: &Period) -> Vec<(NaiveDate, NaiveDate, i64)> {
    let (term_start, term_end) = (l.starts_on, term_end(l));
    let mut windows = Vec::new();
    let mut day = period.start.max(term_start);
    while day <= period.end && day <= term_end {
        let (start, end) = window(l.rent_schedule, day, l);
        let first = start.max(term_start);
        let last = end.min(term_end);
        if period.contains(first) && first <= last {
            windows.push((first, last, escalated_rate(l, first)));
        }
        day = match end.succ_opt() {
            Some(next) => next,
            None => break,
        };
    }
    windows
}

fn milli(value: i64) -> i64 {
    value.saturating_mul(1000)
}

fn date_vi(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

#[allow(clippy::too_many_arguments)]
fn line(
    kind: LineKind,
    vi: String,
    en: String,
    quantity_milli: i64,
    unit: &str,
    unit_price: i64,
    amount: i64,
    vat_bp: Option<i32>,
    tariff_id: Option<Uuid>,
) -> DraftLine {
    DraftLine {
        kind,
        description_vi: vi,
        description_en: en,
        quantity_milli,
        unit: unit.to_owned(),
        unit_price,
        amount,
        vat_bp,
        vat_amount: vat(amount, vat_bp),
        tariff_id,
    }
}

/// An overdue invoice of the lease, with what interest needs to know of it.
pub(super) struct OverdueFacts<'a> {
    pub(super) invoice: &'a invoice::Model,
    pub(super) overdue: Overdue,
}

/// What a run needs to know about one lease.
pub(super) struct LeaseFacts<'a> {
    pub(super) lease: &'a lease::Model,
    pub(super) area_m2: i64,
    pub(super) tariffs: &'a [tariff::Model],
    pub(super) wastewater_m3: i64,
    pub(super) overdue: &'a [OverdueFacts<'a>],
    /// The lease's late-payment rate, basis points a year (its own, or the operator's).
    pub(super) interest_bp: i32,
}

/// The lines of one lease's invoice for `period`.
pub(super) fn lines_for(
    facts: &LeaseFacts,
    period: &Period,
    settings: &billing_setting::Model,
) -> Vec<DraftLine> {
    let l = facts.lease;
    let area = i128::from(facts.area_m2);
    let mut lines = Vec::new();
    let label = period.label();

    // Rent, by the lease's schedule.
    let windows = rent_windows(l, period);
    let mut rent = 0;
    if let (Some(first), Some(last)) = (windows.first(), windows.last()) {
        // Σ rate × months, exact; divided by 12 and rounded once.
        let mut rate_months = Fraction::ZERO;
        let mut months = Fraction::ZERO;
        for (from, to, rate) in &windows {
            let covered = months_covered(*from, *to);
            months = months.plus(covered);
            rate_months = rate_months.plus(Fraction::new(
                covered.numerator * i128::from(*rate),
                covered.denominator,
            ));
        }
        rent = div_round(area * rate_months.numerator, rate_months.denominator * 12);
        let years = Fraction::new(months.numerator, months.denominator * 12);
        lines.push(line(
            LineKind::Rent,
            format!(
                "Tiền thuê đất {} – {} ({} m²)",
                date_vi(first.0),
                date_vi(last.1),
                group_digits(facts.area_m2)
            ),
            format!("Land rent {} – {} ({} m²)", first.0, last.1, facts.area_m2),
            years.of(area * 1000),
            "m²·năm",
            first.2,
            rent,
            Some(settings.rent_vat_bp),
            None,
        ));
    }
    if l.rent_support_bp > 0 && rent > 0 {
        let discount = -div_round(i128::from(rent) * i128::from(l.rent_support_bp), 10_000);
        let percent = format!("{}%", percent(l.rent_support_bp));
        lines.push(line(
            LineKind::RentSupport,
            format!(
                "Hỗ trợ tiền thuê đất {percent} ({})",
                l.rent_support_basis.clone().unwrap_or_default()
            ),
            format!(
                "Provincial rent support {percent} ({})",
                l.rent_support_basis.clone().unwrap_or_default()
            ),
            1000,
            "lần",
            discount,
            discount,
            Some(settings.rent_vat_bp),
            None,
        ));
    }

    // The maintenance fee and the other area-based charges, for the days of the period the
    // lease holds its plots.
    let from = period.start.max(l.starts_on);
    let to = period.end.min(term_end(l));
    let months = if from <= to {
        months_covered(from, to)
    } else {
        Fraction::ZERO
    };
    let contract_fee = l.maintenance_fee_per_m2_month;
    if let Some(rate) = contract_fee
        && !months.is_zero()
    {
        let vat_bp = facts
            .tariffs
            .iter()
            .find(|t| t.charge == Charge::MaintenanceFee)
            .map(|t| t.vat_bp)
            .unwrap_or(settings.rent_vat_bp);
        lines.push(line(
            LineKind::MaintenanceFee,
            format!("Phí duy tu, bảo dưỡng hạ tầng {label} (giá theo hợp đồng)"),
            format!("Infrastructure maintenance fee {label} (contract rate)"),
            months.of(area * 1000),
            "m²·tháng",
            rate,
            months.of(area * i128::from(rate)),
            Some(vat_bp),
            None,
        ));
    }
    for t in facts.tariffs {
        let (kind, quantity_milli, amount) = match (t.charge, t.unit) {
            (Charge::MaintenanceFee, _) if contract_fee.is_some() => continue,
            (Charge::Wastewater, _) => {
                if facts.wastewater_m3 <= 0 {
                    continue;
                }
                (
                    LineKind::Wastewater,
                    milli(facts.wastewater_m3),
                    facts.wastewater_m3.saturating_mul(t.rate),
                )
            }
            (charge, TariffUnit::M2Month) => (
                kind_of(charge),
                months.of(area * 1000),
                months.of(area * i128::from(t.rate)),
            ),
            (charge, TariffUnit::M2Year) => {
                let years = Fraction::new(months.numerator, months.denominator * 12);
                (
                    kind_of(charge),
                    years.of(area * 1000),
                    years.of(area * i128::from(t.rate)),
                )
            }
            (charge, TariffUnit::M2) if !months.is_zero() => (
                kind_of(charge),
                milli(facts.area_m2),
                facts.area_m2.saturating_mul(t.rate),
            ),
            (charge, TariffUnit::FixedPeriod) if !months.is_zero() => {
                (kind_of(charge), 1000, t.rate)
            }
            (charge, TariffUnit::OneOff) if period.contains(l.starts_on) => (
                kind_of(charge),
                milli(facts.area_m2),
                facts.area_m2.saturating_mul(t.rate),
            ),
            _ => continue,
        };
        if amount == 0 {
            continue;
        }
        lines.push(line(
            kind,
            format!("{} {label}", t.name_vi),
            format!("{} {label}", t.name_en),
            quantity_milli,
            unit_label(t.unit),
            t.rate,
            amount,
            Some(t.vat_bp),
            Some(t.id),
        ));
    }

    // Late-payment interest on each overdue invoice, day by day on its outstanding principal,
    // for the days not charged before, up to the day before the period.
    if let Some(through) = period.start.pred_opt() {
        for o in facts.overdue {
            let Some(due) = o.invoice.due_on else {
                continue;
            };
            let since = o.invoice.interest_through.unwrap_or(due).max(due);
            let accrued = accrue(&o.overdue, facts.interest_bp, since, through);
            if accrued.amount == 0 {
                continue;
            }
            let number = invoice_label(o.invoice);
            let rate = percent(facts.interest_bp);
            let days = accrued.days;
            let from = since.succ_opt().unwrap_or(since);
            // Σ outstanding × days: with one balance throughout, that balance × the days.
            let constant = (accrued.balance_days % i128::from(days.max(1)) == 0)
                .then(|| i64::try_from(accrued.balance_days / i128::from(days.max(1))).ok())
                .flatten();
            let (base_vi, base_en) = match constant {
                Some(balance) => (
                    format!("{} ₫ × {rate}%/năm × {days} ngày", group_digits(balance)),
                    format!(
                        "₫{} × {rate}%/year × {days} days",
                        group_digits(balance).replace('.', ",")
                    ),
                ),
                None => {
                    let sum = i64::try_from(accrued.balance_days).unwrap_or(i64::MAX);
                    (
                        format!(
                            "{rate}%/năm × Σ dư nợ gốc từng ngày {} ₫·ngày / 365 ({days} ngày)",
                            group_digits(sum)
                        ),
                        format!(
                            "{rate}%/year × Σ daily principal due ₫{}·days / 365 ({days} days)",
                            group_digits(sum).replace('.', ",")
                        ),
                    )
                }
            };
            lines.push(line(
                LineKind::LateInterest,
                format!(
                    "Lãi chậm thanh toán HĐ {number}: {base_vi} ({} – {})",
                    date_vi(from),
                    date_vi(through)
                ),
                format!(
                    "Late-payment interest on invoice {number}: {base_en} ({from} – {through})"
                ),
                1000,
                "lần",
                accrued.amount,
                accrued.amount,
                None,
                None,
            ));
        }
    }
    lines
}

fn kind_of(charge: Charge) -> LineKind {
    match charge {
        Charge::MaintenanceFee => LineKind::MaintenanceFee,
        Charge::Wastewater => LineKind::Wastewater,
        Charge::Other => LineKind::Other,
    }
}

fn unit_label(unit: TariffUnit) -> &'static str {
    match unit {
        TariffUnit::M2 => "m²",
        TariffUnit::M2Month => "m²·tháng",
        TariffUnit::M2Year => "m²·năm",
        TariffUnit::M3 => "m³",
        TariffUnit::FixedPeriod => "kỳ",
        TariffUnit::OneOff => "m²",
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::billing::InvoiceState;
    use crate::estate::LeaseStatus;
    use crate::values::PeriodKind;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn lease(schedule: RentSchedule, starts: &str, ends: &str) -> lease::Model {
        lease::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            firm_id: Uuid::nil(),
            cluster_id: Uuid::nil(),
            starts_on: d(starts),
            ends_on: d(ends),
            rent_per_m2_year: 60_000,
            rent_schedule: schedule,
            maintenance_fee_per_m2_month: None,
            deposit: 0,
            escalation_bp: 0,
            escalation_every_years: None,
            rent_support_bp: 0,
            rent_support_basis: None,
            late_interest_bp: None,
            late_interest_commercial: false,
            status: LeaseStatus::Active,
            terminated_on: None,
            termination_reason: None,
            renewed_from_id: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    fn month(start: &str) -> Period {
        Period::parse(PeriodKind::Month, d(start), "p").unwrap()
    }

    #[test]
    fn monthly_rent_is_billed_every_month_and_prorated_in_the_first() {
        let l = lease(RentSchedule::Monthly, "2026-10-22", "2031-10-21");
        assert_eq!(
            rent_windows(&l, &month("2026-10-01")),
            vec![(d("2026-10-22"), d("2026-10-31"), 60_000)]
        );
        assert_eq!(
            rent_windows(&l, &month("2026-11-01")),
            vec![(d("2026-11-01"), d("2026-11-30"), 60_000)]
        );
        assert!(rent_windows(&l, &month("2026-09-01")).is_empty());
    }

    #[test]
    fn quarterly_and_yearly_rent_is_billed_in_the_month_the_window_starts() {
        let q = lease(RentSchedule::Quarterly, "2026-01-01", "2030-12-31");
        assert_eq!(
            rent_windows(&q, &month("2026-04-01")),
            vec![(d("2026-04-01"), d("2026-06-30"), 60_000)]
        );
        assert!(rent_windows(&q, &month("2026-05-01")).is_empty());
        let y = lease(RentSchedule::Yearly, "2026-06-15", "2030-06-14");
        assert_eq!(
            rent_windows(&y, &month("2026-06-01")),
            vec![(d("2026-06-15"), d("2026-12-31"), 60_000)]
        );
        assert!(rent_windows(&y, &month("2026-07-01")).is_empty());
        let u = lease(RentSchedule::Upfront, "2026-06-15", "2030-06-14");
        assert_eq!(
            rent_windows(&u, &month("2026-06-01")),
            vec![(d("2026-06-15"), d("2030-06-14"), 60_000)]
        );
    }

    #[test]
    fn escalation_compounds_every_n_full_years() {
        let mut l = lease(RentSchedule::Monthly, "2020-03-01", "2040-02-28");
        l.escalation_bp = 2000;
        l.escalation_every_years = Some(5);
        assert_eq!(escalated_rate(&l, d("2025-02-28")), 60_000);
        assert_eq!(escalated_rate(&l, d("2025-03-01")), 72_000);
        assert_eq!(escalated_rate(&l, d("2030-03-01")), 86_400);
    }

    fn settings(late_interest_bp: i32) -> billing_setting::Model {
        billing_setting::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            invoice_template: "1".into(),
            invoice_series: "CTAA".into(),
            due_days: 15,
            late_interest_bp,
            late_interest_basis: String::new(),
            late_interest_commercial: false,
            rent_vat_bp: 1000,
            seller_name: String::new(),
            seller_address: String::new(),
            seller_tax_code: String::new(),
            bank_bin: String::new(),
            bank_account: String::new(),
            bank_account_name: String::new(),
            updated_at: Utc::now(),
        }
    }

    fn tariff(charge: Charge, unit: TariffUnit, rate: i64) -> tariff::Model {
        tariff::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            cluster_id: Uuid::nil(),
            charge,
            name_vi: "Phí".into(),
            name_en: "Fee".into(),
            unit,
            rate,
            vat_bp: 1000,
            vat_basis: String::new(),
            effective_from: d("2020-01-01"),
            effective_to: None,
            legal_basis: String::new(),
        }
    }

    fn overdue(open: i64, due: &str) -> invoice::Model {
        invoice::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            kind: crate::billing::InvoiceKind::Invoice,
            run_id: None,
            lease_id: None,
            firm_id: Uuid::nil(),
            cluster_id: Uuid::nil(),
            corrects_id: None,
            billing_key: None,
            status: InvoiceState::Issued,
            period_start: d("2026-09-01"),
            period_end: d("2026-09-30"),
            template: "1".into(),
            series: "C26TAA".into(),
            number: Some(7),
            issued_on: Some(d("2026-09-01")),
            due_on: Some(d(due)),
            subtotal: open,
            vat_total: 0,
            total: open,
            paid: 0,
            credited: 0,
            interest_through: None,
            seller_name: String::new(),
            seller_address: String::new(),
            seller_tax_code: String::new(),
            buyer_name: String::new(),
            buyer_address: String::new(),
            buyer_tax_code: String::new(),
            note: None,
            voided_at: None,
            void_reason: None,
            correction: None,
            agreement_number: None,
            agreement_date: None,
            replaced_by_id: None,
        }
    }

    /// The lines of a 1,000 m² monthly lease (60,000 đ/m²/year) for `period`.
    fn priced(
        l: &lease::Model,
        tariffs: &[tariff::Model],
        wastewater_m3: i64,
        overdue: &[invoice::Model],
        period: &Period,
        late_interest_bp: i32,
    ) -> Vec<DraftLine> {
        let overdue: Vec<OverdueFacts> = overdue
            .iter()
            .map(|i| OverdueFacts {
                invoice: i,
                overdue: Overdue {
                    due_on: i.due_on.unwrap(),
                    principal: i.total,
                    payments: Vec::new(),
                },
            })
            .collect();
        let facts = LeaseFacts {
            lease: l,
            area_m2: 1_000,
            tariffs,
            wastewater_m3,
            overdue: &overdue,
            interest_bp: l.late_interest_bp.unwrap_or(late_interest_bp),
        };
        lines_for(&facts, period, &settings(late_interest_bp))
    }

    fn amounts(lines: &[DraftLine]) -> Vec<(LineKind, i64)> {
        lines.iter().map(|l| (l.kind, l.amount)).collect()
    }

    #[test]
    fn each_tariff_unit_bills_its_own_quantity() {
        let l = lease(RentSchedule::Monthly, "2026-01-01", "2030-12-31");
        let november = month("2026-11-01");
        // (unit, rate, the amount billed for November on 1,000 m²)
        let table = [
            (TariffUnit::M2Month, 2_000, 2_000_000),
            (TariffUnit::M2Year, 24_000, 2_000_000),
            (TariffUnit::FixedPeriod, 500_000, 500_000),
            // A one-off charge is billed only in the month the lease starts.
            (TariffUnit::OneOff, 10_000, 0),
            (TariffUnit::M2, 3, 3_000),
        ];
        for (unit, rate, expected) in table {
            let lines = priced(
                &l,
                &[tariff(Charge::Other, unit, rate)],
                0,
                &[],
                &november,
                0,
            );
            let other: i64 = lines
                .iter()
                .filter(|x| x.kind == LineKind::Other)
                .map(|x| x.amount)
                .sum();
            assert_eq!(other, expected, "{unit:?}");
        }
        let first = month("2026-01-01");
        let lines = priced(
            &l,
            &[tariff(Charge::Other, TariffUnit::OneOff, 10_000)],
            0,
            &[],
            &first,
            0,
        );
        assert!(amounts(&lines).contains(&(LineKind::Other, 10_000_000)));
    }

    #[test]
    fn the_maintenance_fee_is_prorated_by_days_and_the_contract_rate_wins() {
        let mut l = lease(RentSchedule::Monthly, "2026-11-16", "2030-12-31");
        let fee = [tariff(Charge::MaintenanceFee, TariffUnit::M2Month, 3_000)];
        let november = month("2026-11-01");
        // 15 of 30 days of 1,000 m² at 3,000 đ.
        let lines = priced(&l, &fee, 0, &[], &november, 0);
        assert!(amounts(&lines).contains(&(LineKind::MaintenanceFee, 1_500_000)));
        // A fee fixed by the contract replaces the tariff.
        l.maintenance_fee_per_m2_month = Some(2_000);
        let lines = priced(&l, &fee, 0, &[], &november, 0);
        let fees: Vec<_> = amounts(&lines)
            .into_iter()
            .filter(|(k, _)| *k == LineKind::MaintenanceFee)
            .collect();
        assert_eq!(fees, vec![(LineKind::MaintenanceFee, 1_000_000)]);
    }

    #[test]
    fn rent_support_takes_its_share_of_the_rent_off() {
        let mut l = lease(RentSchedule::Monthly, "2026-01-01", "2030-12-31");
        l.rent_support_bp = 1000;
        let lines = priced(&l, &[], 0, &[], &month("2026-11-01"), 0);
        // 1,000 m² × 60,000 đ / 12 = 5,000,000 đ of rent; 10% off.
        assert_eq!(
            amounts(&lines),
            vec![
                (LineKind::Rent, 5_000_000),
                (LineKind::RentSupport, -500_000)
            ]
        );
        assert_eq!(lines[1].vat_amount, -50_000);
    }

    #[test]
    fn wastewater_is_metered_cubic_metres_times_the_rate() {
        let l = lease(RentSchedule::Monthly, "2026-01-01", "2030-12-31");
        let water = [tariff(Charge::Wastewater, TariffUnit::M3, 9_650)];
        let lines = priced(&l, &water, 120, &[], &month("2026-11-01"), 0);
        let line = lines
            .iter()
            .find(|x| x.kind == LineKind::Wastewater)
            .unwrap();
        assert_eq!((line.quantity_milli, line.amount), (120_000, 1_158_000));
        assert!(
            priced(&l, &water, 0, &[], &month("2026-11-01"), 0)
                .iter()
                .all(|x| x.kind != LineKind::Wastewater)
        );
    }

    #[test]
    fn late_interest_runs_per_day_to_the_day_before_the_period() {
        let l = lease(RentSchedule::Monthly, "2026-01-01", "2030-12-31");
        let late = [overdue(10_000_000, "2026-10-15")];
        // 10% a year on 10,000,000 đ from 16/10 to 31/10: 16 days.
        let lines = priced(&l, &[], 0, &late, &month("2026-11-01"), 1000);
        let interest = lines
            .iter()
            .find(|x| x.kind == LineKind::LateInterest)
            .unwrap();
        assert_eq!(interest.amount, 43_836);
        assert_eq!(interest.vat_bp, None);
        // No rate, no interest.
        assert!(
            priced(&l, &[], 0, &late, &month("2026-11-01"), 0)
                .iter()
                .all(|x| x.kind != LineKind::LateInterest)
        );
    }
}
