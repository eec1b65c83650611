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
        late_interest_bp: None,
        late_interest_commercial: false,
        deductible_land_price_per_m2_year: None,
        deductible_land_basis: None,
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
        invoice_date_policy: crate::billing::InvoiceDatePolicy::RunDate,
        interest_on_invoice: false,
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
        document_type: crate::billing::DocumentType::VatInvoice,
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
        programmes: Vec::new(),
        interest_through: period.start.pred_opt().unwrap(),
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

fn programme(
    mechanism: SupportMechanism,
    (starts_on, ends_on): (NaiveDate, NaiveDate),
    rate_bp: i32,
) -> support_programme::Model {
    support_programme::Model {
        id: Uuid::nil(),
        tenant_id: Uuid::nil(),
        created_at: Utc::now(),
        cluster_id: None,
        name: "Hỗ trợ DNNVV".into(),
        decision_number: "15/2026/QĐ-UBND".into(),
        decision_date: d("2026-01-20"),
        issued_by: Some("UBND tỉnh Phú Thọ".into()),
        starts_on,
        ends_on,
        rate_bp,
        mechanism,
    }
}

/// A support share as (mechanism, first day, last day, rent, support).
type Share = (SupportMechanism, NaiveDate, NaiveDate, i64, i64);

/// The lines and the support shares of a 1,000 m² lease (60,000 đ/m²/year) for `period`.
fn supported(
    l: &lease::Model,
    programmes: &[support_programme::Model],
    period: &Period,
) -> (Vec<DraftLine>, Vec<Share>) {
    let facts = LeaseFacts {
        lease: l,
        area_m2: 1_000,
        tariffs: &[],
        wastewater_m3: 0,
        overdue: &[],
        interest_bp: 0,
        programmes: programmes.iter().collect(),
        interest_through: period.start.pred_opt().unwrap(),
    };
    let shares = support_shares(&facts, period)
        .into_iter()
        .map(|s| (s.mechanism, s.from, s.to, s.rent, s.amount))
        .collect();
    (lines_for(&facts, period, &settings(0)), shares)
}

#[test]
fn a_discount_programme_takes_its_share_of_the_rent_off_and_cites_its_decision() {
    let l = lease(RentSchedule::Monthly, "2026-01-01", "2030-12-31");
    let all_year = (d("2026-01-01"), d("2026-12-31"));
    let (lines, shares) = supported(
        &l,
        &[programme(
            SupportMechanism::OperatorDiscount,
            all_year,
            1000,
        )],
        &month("2026-11-01"),
    );
    // 1,000 m² × 60,000 đ / 12 = 5,000,000 đ of rent; 10% off.
    assert_eq!(
        amounts(&lines),
        vec![
            (LineKind::Rent, 5_000_000),
            (LineKind::RentSupport, -500_000)
        ]
    );
    assert_eq!(lines[1].vat_amount, -50_000);
    assert_eq!(
        lines[1].description_vi,
        "Hỗ trợ tiền thuê đất 10% (01/11/2026 – 30/11/2026) theo Quyết định số 15/2026/QĐ-UBND ngày 20/01/2026 của UBND tỉnh Phú Thọ"
    );
    assert_eq!(
        shares,
        vec![(
            SupportMechanism::OperatorDiscount,
            d("2026-11-01"),
            d("2026-11-30"),
            5_000_000,
            500_000
        )]
    );
}

#[test]
fn a_budget_funded_programme_leaves_the_full_rent_on_the_invoice_and_claims_its_share() {
    let l = lease(RentSchedule::Monthly, "2026-01-01", "2030-12-31");
    let all_year = (d("2026-01-01"), d("2026-12-31"));
    let (lines, shares) = supported(
        &l,
        &[programme(SupportMechanism::BudgetFunded, all_year, 1000)],
        &month("2026-11-01"),
    );
    assert_eq!(amounts(&lines), vec![(LineKind::Rent, 5_000_000)]);
    assert_eq!(lines[0].vat_amount, 500_000);
    assert_eq!(shares[0].3, 5_000_000);
    assert_eq!(shares[0].4, 500_000);
}

#[test]
fn support_covers_only_the_days_inside_the_programme_and_each_programme_its_own() {
    // A quarter of rent billed in October; the programme ends on 15 November: a month and
    // a half of rent (Nov: 15 of 30 days) is supported.
    let l = lease(RentSchedule::Quarterly, "2026-01-01", "2030-12-31");
    let (_, shares) = supported(
        &l,
        &[programme(
            SupportMechanism::BudgetFunded,
            (d("2025-01-01"), d("2026-11-15")),
            1000,
        )],
        &month("2026-10-01"),
    );
    assert_eq!(
        shares,
        vec![(
            SupportMechanism::BudgetFunded,
            d("2026-10-01"),
            d("2026-11-15"),
            7_500_000,
            750_000
        )]
    );
    // A year billed in January under two programmes, 10% to June and 20% from July: each
    // supports its half.
    let l = lease(RentSchedule::Yearly, "2026-01-01", "2030-12-31");
    let (lines, shares) = supported(
        &l,
        &[
            programme(
                SupportMechanism::OperatorDiscount,
                (d("2026-01-01"), d("2026-06-30")),
                1000,
            ),
            programme(
                SupportMechanism::OperatorDiscount,
                (d("2026-07-01"), d("2026-12-31")),
                2000,
            ),
        ],
        &month("2026-01-01"),
    );
    assert_eq!(
        amounts(&lines),
        vec![
            (LineKind::Rent, 60_000_000),
            (LineKind::RentSupport, -3_000_000),
            (LineKind::RentSupport, -6_000_000)
        ]
    );
    assert_eq!(shares.len(), 2);
    // Outside its period a programme supports nothing.
    let (lines, shares) = supported(
        &lease(RentSchedule::Monthly, "2026-01-01", "2030-12-31"),
        &[programme(
            SupportMechanism::OperatorDiscount,
            (d("2027-01-01"), d("2027-12-31")),
            1000,
        )],
        &month("2026-11-01"),
    );
    assert_eq!(amounts(&lines), vec![(LineKind::Rent, 5_000_000)]);
    assert!(shares.is_empty());
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
    assert_eq!((line.quantity_e4, line.amount), (1_200_000, 1_158_000));
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

#[test]
fn a_rate_not_divisible_by_twelve_is_priced_per_year_and_each_rate_has_its_line() {
    // 55,000 đ/m²/year cannot be written as whole đồng a month: the line is per m² a year.
    let mut l = lease(RentSchedule::Quarterly, "2021-02-01", "2040-12-31");
    l.rent_per_m2_year = 55_000;
    let lines = priced(&l, &[], 0, &[], &month("2026-01-01"), 0);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].unit, "m²·năm");
    assert_eq!(lines[0].unit_price, 55_000);
    // 1,000 m² × 3/12 year = 250 m²·năm.
    assert_eq!(lines[0].quantity_e4, 2_500_000);
    assert_eq!(lines[0].amount, 13_750_000);
    // A quarter billed on a monthly lease whose escalation falls in it: one line per rate.
    let runs = rent_runs(&[
        (d("2026-01-01"), d("2026-06-30"), 60_000),
        (d("2026-07-01"), d("2026-12-31"), 66_000),
    ]);
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0].3, Fraction::new(6, 1));
    assert_eq!(runs[1].2, 66_000);
    let mut m = lease(RentSchedule::Monthly, "2021-05-01", "2040-12-31");
    m.escalation_bp = 1000;
    m.escalation_every_years = Some(5);
    let quarter = Period::parse(PeriodKind::Quarter, d("2026-04-01"), "q").unwrap();
    let lines = priced(&m, &[], 0, &[], &quarter, 0);
    let rent: Vec<_> = lines
        .iter()
        .map(|l| (l.unit.as_str(), l.unit_price, l.quantity_e4, l.amount))
        .collect();
    // April at 60,000 (5,000 a month), May and June at 66,000 (5,500 a month), 1,000 m².
    assert_eq!(
        rent,
        vec![
            ("m²·tháng", 5_000, 10_000_000, 5_000_000),
            ("m²·tháng", 5_500, 20_000_000, 11_000_000)
        ]
    );
}

/// A lease as the property test draws it.
fn drawn_lease(
    schedule: u8,
    start_day: i64,
    years: u32,
    rate: i64,
    escalation: (i32, Option<i32>),
    terminated_after_days: Option<i64>,
) -> lease::Model {
    let starts = d("2020-01-01") + chrono::Duration::days(start_day);
    let schedule = match schedule % 4 {
        0 => RentSchedule::Monthly,
        1 => RentSchedule::Quarterly,
        2 => RentSchedule::Yearly,
        _ => RentSchedule::Upfront,
    };
    let mut l = lease(schedule, "2020-01-01", "2020-01-01");
    l.starts_on = starts;
    l.ends_on = (starts + Months::new(12 * years)).pred_opt().unwrap();
    l.rent_per_m2_year = rate;
    (l.escalation_bp, l.escalation_every_years) = escalation;
    l.terminated_on = terminated_after_days.map(|n| starts + chrono::Duration::days(n));
    l
}

proptest::proptest! {
    /// On every line of random leases and periods, quantity × unit price is the amount, and
    /// the rent lines add up to the contract's rent (area × Σ yearly rate × months / 12) within
    /// what four-decimal quantities and one rounding per line allow.
    #[test]
    fn every_line_is_quantity_times_price_and_rent_follows_the_contract(
        schedule in 0u8..4,
        start_day in 0i64..3000,
        years in 1u32..25,
        rate in 1_000i64..3_000_000,
        escalation_bp in 0i32..3000,
        every in proptest::option::of(1i32..6),
        terminated in proptest::option::of(0i64..4000),
        area in 1i64..300_000,
        fee in 0i64..20_000,
        yearly in 0i64..300_000,
        month_offset in 0u32..180,
        support_from in 0i64..6000,
        support_days in 0i64..2000,
    ) {
        let l = drawn_lease(schedule, start_day, years, rate, (escalation_bp, every), terminated);
        let from = d("2019-01-01") + chrono::Duration::days(support_from);
        let programme = programme(
            SupportMechanism::BudgetFunded,
            (from, from + chrono::Duration::days(support_days)),
            1000,
        );
        let start = d("2020-01-01") + Months::new(month_offset);
        let period = month(&start.to_string());
        let tariffs = [
            tariff(Charge::MaintenanceFee, TariffUnit::M2Month, fee),
            tariff(Charge::Other, TariffUnit::M2Year, yearly),
        ];
        let facts = LeaseFacts {
            lease: &l,
            area_m2: area,
            tariffs: &tariffs,
            wastewater_m3: 0,
            overdue: &[],
            interest_bp: 0,
            programmes: vec![&programme],
            interest_through: period.start.pred_opt().unwrap(),
        };
        let lines = lines_for(&facts, &period, &settings(0));
        let mut rent = 0i64;
        let mut slack = 0i64;
        for line in &lines {
            proptest::prop_assert_eq!(
                line.amount,
                amount_of(line.quantity_e4, line.unit_price),
                "{:?}", line
            );
            proptest::prop_assert_eq!(line.vat_amount, vat(line.amount, line.vat_bp));
            if line.kind == LineKind::Rent {
                rent += line.amount;
                // Half a đồng of rounding, and half a ten-thousandth of a unit at its price.
                slack += 1 + line.unit_price / 20_000 + 1;
            }
        }
        let mut exact = Fraction::ZERO;
        for (from, to, rate) in rent_windows(&l, &period) {
            let covered = months_covered(from, to);
            exact = exact.plus(Fraction::new(covered.numerator * i128::from(rate), covered.denominator));
        }
        let contract = div_round(i128::from(area) * exact.numerator, exact.denominator * 12);
        proptest::prop_assert!(
            (rent - contract).abs() <= slack,
            "rent {} contract {} slack {}", rent, contract, slack
        );
        // A budget-funded programme adds no line, and supports at most the rent billed: all of
        // it when it covers every day billed.
        proptest::prop_assert!(lines.iter().all(|l| l.kind != LineKind::RentSupport));
        let windows = rent_windows(&l, &period);
        match support_shares(&facts, &period).as_slice() {
            [] => {}
            [share] => {
                proptest::prop_assert!(share.rent <= rent + slack, "{:?} of {}", share, rent);
                proptest::prop_assert_eq!(share.amount, div_round(i128::from(share.rent) * 1000, 10_000));
                proptest::prop_assert!(share.from >= programme.starts_on && share.to <= programme.ends_on);
                let inside = windows.iter().all(|&(f, t, _)| f >= programme.starts_on && t <= programme.ends_on);
                if inside {
                    proptest::prop_assert_eq!(share.rent, rent);
                }
            }
            more => proptest::prop_assert!(false, "one programme, {} shares", more.len()),
        }
    }
}

#[test]
fn the_land_rent_paid_to_the_state_comes_off_the_vat_base_of_the_rent_only() {
    let mut l = lease(RentSchedule::Monthly, "2026-01-01", "2030-12-31");
    l.deductible_land_price_per_m2_year = Some(20_000);
    l.deductible_land_basis = Some("QĐ 1/QĐ-UBND".into());
    let fee = [tariff(Charge::MaintenanceFee, TariffUnit::M2Month, 3_000)];
    let lines = priced(&l, &fee, 0, &[], &month("2026-11-01"), 0);
    // 1,000 m² × 5,000 đ a month of rent, 1,000 × 20,000 / 12 of it paid to the State.
    assert_eq!(lines[0].kind, LineKind::Rent);
    assert_eq!(lines[0].amount, 5_000_000);
    assert_eq!(lines[0].vat_deduction, 1_666_667);
    assert_eq!(lines[0].vat_amount, 333_333);
    assert!(lines[0].description_vi.contains("QĐ 1/QĐ-UBND"));
    // The fee keeps its whole amount as its base.
    assert!(lines[1..].iter().all(|l| l.vat_deduction == 0));
    assert_eq!(lines[1].vat_amount, 300_000);
}
