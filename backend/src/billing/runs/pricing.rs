//! The pure part of a billing run: what one lease owes for a period. Rent by the lease's schedule
//! (prorated by days, escalated every n full years), the province's rent support (a discount
//! line, or the share a budget-funded programme owes), the maintenance fee and the other tariff
//! charges by their units, metered wastewater, and late-payment interest on overdue invoices.
//! No database, no clock: table-tested below.

use chrono::{Datelike, Months, NaiveDate};
use uuid::Uuid;

use crate::billing::entities::{billing_setting, invoice, support_programme, tariff};
use crate::billing::interest::{Overdue, accrue};
use crate::billing::labels::{invoice_label, percent};
use crate::billing::money::{
    Fraction, QUANTITY_SCALE, amount_of, div_round, group_digits, months_covered, vat,
};
use crate::billing::runs::DraftLine;
use crate::billing::{Charge, LineKind, SupportMechanism, TariffUnit, support};
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

/// Consecutive rent windows at the same yearly rate, merged: (from, to, rate, months covered).
fn rent_runs(
    windows: &[(NaiveDate, NaiveDate, i64)],
) -> Vec<(NaiveDate, NaiveDate, i64, Fraction)> {
    let mut runs: Vec<(NaiveDate, NaiveDate, i64, Fraction)> = Vec::new();
    for &(from, to, rate) in windows {
        let covered = months_covered(from, to);
        match runs.last_mut() {
            Some(run) if run.2 == rate => {
                run.1 = to;
                run.3 = run.3.plus(covered);
            }
            _ => runs.push((from, to, rate, covered)),
        }
    }
    runs
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

/// `value` whole units as a line quantity (ten-thousandths).
fn whole(value: i64) -> i64 {
    value.saturating_mul(QUANTITY_SCALE)
}

/// How a charge priced per m² a year is written for `months` of `area_m2`: per m² a month
/// when the yearly rate divides by 12 (a month's quantity is then the area itself, exact), per
/// m² a year otherwise. As (unit, unit price, quantity in ten-thousandths).
fn per_year(area_m2: i64, months: Fraction, rate_per_year: i64) -> (&'static str, i64, i64) {
    if rate_per_year % 12 == 0 {
        ("m²·tháng", rate_per_year / 12, months.quantity(area_m2))
    } else {
        let years = Fraction::new(months.numerator, months.denominator * 12);
        ("m²·năm", rate_per_year, years.quantity(area_m2))
    }
}

fn date_vi(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

/// A line whose amount is its quantity × its unit price, rounded once: the figures printed on
/// the invoice multiply to the amount beside them (audit B4).
fn line(
    kind: LineKind,
    (vi, en): (String, String),
    quantity_e4: i64,
    unit: &str,
    unit_price: i64,
    vat_bp: Option<i32>,
    tariff_id: Option<Uuid>,
) -> DraftLine {
    let amount = amount_of(quantity_e4, unit_price);
    DraftLine {
        kind,
        description_vi: vi,
        description_en: en,
        quantity_e4,
        unit: unit.to_owned(),
        unit_price,
        amount,
        vat_bp,
        vat_amount: vat(amount, vat_bp),
        vat_deduction: 0,
        tariff_id,
    }
}

/// Takes the land rent paid to the State off a rent line's VAT base: `price` đồng per m² a
/// year on `area_m2` for `months`, rounded once, at most the line's amount. The description
/// says what was deducted and on which decision, so the invoice shows the rent and the base.
fn deduct_land_price(
    line: &mut DraftLine,
    (area_m2, months): (i64, Fraction),
    price: i64,
    basis: &str,
) {
    let deduction = div_round(
        i128::from(area_m2) * i128::from(price) * months.numerator,
        months.denominator * 12,
    )
    .clamp(0, line.amount.max(0));
    if deduction == 0 {
        return;
    }
    let base = line.amount - deduction;
    line.vat_deduction = deduction;
    line.vat_amount = vat(base, line.vat_bp);
    line.description_vi.push_str(&format!(
        "; giá tính thuế GTGT = tiền thuê {} − tiền thuê đất nộp NSNN {} ({} ₫/m²/năm, {basis}) = {} ₫",
        group_digits(line.amount),
        group_digits(deduction),
        group_digits(price),
        group_digits(base)
    ));
    line.description_en.push_str(&format!(
        "; VAT base = rent {} − land rent paid to the State {} (₫{}/m²/year, {basis}) = ₫{}",
        group_digits(line.amount).replace('.', ","),
        group_digits(deduction).replace('.', ","),
        group_digits(price).replace('.', ","),
        group_digits(base).replace('.', ",")
    ));
}

/// An overdue invoice of the lease, with what interest needs to know of it.
pub(super) struct OverdueFacts<'a> {
    pub(super) invoice: &'a invoice::Model,
    pub(super) overdue: Overdue,
}

/// The support one programme gives one invoice's rent: the days of rent it covers, the rent
/// for them before VAT, and the support on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct SupportShare<'a> {
    pub(super) programme: &'a support_programme::Model,
    pub(super) mechanism: SupportMechanism,
    pub(super) from: NaiveDate,
    pub(super) to: NaiveDate,
    pub(super) rent: i64,
    pub(super) amount: i64,
}

/// What each programme of the lease supports of the rent billed in `period`: for each rent
/// line, the rent of the days inside the programme's period (the whole line's amount when it
/// lies inside, the same pricing for the days inside otherwise), times the programme's rate,
/// rounded once per programme.
pub(super) fn support_shares<'a>(facts: &LeaseFacts<'a>, period: &Period) -> Vec<SupportShare<'a>> {
    let runs = rent_runs(&rent_windows(facts.lease, period));
    let mut shares = Vec::new();
    for &programme in &facts.programmes {
        let (mut rent, mut from, mut to) = (0i64, None::<NaiveDate>, None::<NaiveDate>);
        for &(first, last, rate, months) in &runs {
            let (start, end) = (first.max(programme.starts_on), last.min(programme.ends_on));
            if start > end {
                continue;
            }
            let covered = if (start, end) == (first, last) {
                months
            } else {
                months_covered(start, end)
            };
            let (_, price, quantity) = per_year(facts.area_m2, covered, rate);
            rent += amount_of(quantity, price);
            from = Some(from.map_or(start, |f| f.min(start)));
            to = Some(to.map_or(end, |t| t.max(end)));
        }
        if let (Some(from), Some(to)) = (from, to)
            && rent > 0
        {
            shares.push(SupportShare {
                programme,
                mechanism: programme.mechanism,
                from,
                to,
                rent,
                amount: div_round(i128::from(rent) * i128::from(programme.rate_bp), 10_000),
            });
        }
    }
    shares
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
    /// The support programmes the lease qualifies for (its cluster's, its firm eligible).
    pub(super) programmes: Vec<&'a support_programme::Model>,
    /// The last day interest is charged for: the day before the period.
    pub(super) interest_through: NaiveDate,
}

/// The lines of one lease's invoice for `period`.
pub(super) fn lines_for(
    facts: &LeaseFacts,
    period: &Period,
    settings: &billing_setting::Model,
) -> Vec<DraftLine> {
    let l = facts.lease;
    let mut lines = Vec::new();
    let label = period.label();

    // Rent, by the lease's schedule: one line per yearly rate (an escalation inside the
    // period starts a new line), so each line has one unit price.
    for (first, last, rate, months) in rent_runs(&rent_windows(l, period)) {
        let (unit, price, quantity) = per_year(facts.area_m2, months, rate);
        let mut rent_line = line(
            LineKind::Rent,
            (
                format!(
                    "Tiền thuê đất {} – {} ({} m², {} ₫/m²/năm)",
                    date_vi(first),
                    date_vi(last),
                    group_digits(facts.area_m2),
                    group_digits(rate)
                ),
                format!(
                    "Land rent {first} – {last} ({} m², ₫{}/m²/year)",
                    facts.area_m2,
                    group_digits(rate).replace('.', ",")
                ),
            ),
            quantity,
            unit,
            price,
            Some(settings.rent_vat_bp),
            None,
        );
        if let Some(land) = l.deductible_land_price_per_m2_year {
            deduct_land_price(
                &mut rent_line,
                (facts.area_m2, months),
                land,
                l.deductible_land_basis.as_deref().unwrap_or_default(),
            );
        }
        lines.push(rent_line);
    }
    // The province's support granted as the operator's discount, one line per programme.
    for share in support_shares(facts, period) {
        if share.mechanism != SupportMechanism::OperatorDiscount {
            continue;
        }
        // One number convention per language (audit A8): 8,5% in Vietnamese, 8.5% in English.
        let percent_en = format!("{}%", percent(share.programme.rate_bp));
        let percent_vi = percent_en.replace('.', ",");
        let (from, to) = (date_vi(share.from), date_vi(share.to));
        lines.push(line(
            LineKind::RentSupport,
            (
                format!(
                    "Hỗ trợ tiền thuê đất {percent_vi} ({from} – {to}) theo {}",
                    support::citation(share.programme, false)
                ),
                format!(
                    "Rent support {percent_en} ({from} – {to}) under {}",
                    support::citation(share.programme, true)
                ),
            ),
            whole(1),
            "lần",
            -share.amount,
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
            (
                format!("Phí duy tu, bảo dưỡng hạ tầng {label} (giá theo hợp đồng)"),
                format!("Infrastructure maintenance fee {label} (contract rate)"),
            ),
            months.quantity(facts.area_m2),
            "m²·tháng",
            rate,
            Some(vat_bp),
            None,
        ));
    }
    for t in facts.tariffs {
        let unit = unit_label(t.unit);
        let (kind, unit, price, quantity) = match (t.charge, t.unit) {
            (Charge::MaintenanceFee, _) if contract_fee.is_some() => continue,
            (Charge::Wastewater, _) => {
                if facts.wastewater_m3 <= 0 {
                    continue;
                }
                (
                    LineKind::Wastewater,
                    unit,
                    t.rate,
                    whole(facts.wastewater_m3),
                )
            }
            (charge, TariffUnit::M2Month) => (
                kind_of(charge),
                unit,
                t.rate,
                months.quantity(facts.area_m2),
            ),
            (charge, TariffUnit::M2Year) => {
                let (unit, price, quantity) = per_year(facts.area_m2, months, t.rate);
                (kind_of(charge), unit, price, quantity)
            }
            (charge, TariffUnit::M2) if !months.is_zero() => {
                (kind_of(charge), unit, t.rate, whole(facts.area_m2))
            }
            (charge, TariffUnit::FixedPeriod) if !months.is_zero() => {
                (kind_of(charge), unit, t.rate, whole(1))
            }
            (charge, TariffUnit::OneOff) if period.contains(l.starts_on) => {
                (kind_of(charge), unit, t.rate, whole(facts.area_m2))
            }
            _ => continue,
        };
        let charged = line(
            kind,
            (
                format!("{} {label}", t.name_vi),
                format!("{} {label}", t.name_en),
            ),
            quantity,
            unit,
            price,
            Some(t.vat_bp),
            Some(t.id),
        );
        if charged.amount != 0 {
            lines.push(charged);
        }
    }

    // Late-payment interest on each overdue invoice, day by day on its outstanding principal,
    // for the days not charged before, up to `interest_through`.
    {
        let through = facts.interest_through;
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
                (
                    format!(
                        "Lãi chậm thanh toán HĐ {number}: {base_vi} ({} – {})",
                        date_vi(from),
                        date_vi(through)
                    ),
                    format!(
                        "Late-payment interest on invoice {number}: {base_en} ({from} – {through})"
                    ),
                ),
                whole(1),
                "lần",
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
mod tests;
