//! A lease's terms as entered: the checks that need no database. (The province's rent support
//! is not a term of the lease: it comes from support programmes, `billing::support`.)

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::error::{AppResult, Problems, reason};
use crate::estate::RentSchedule;
use crate::ids::{FirmId, PlotId};
use crate::values::Vnd;

/// The raw terms of a lease.
#[derive(Clone, Debug)]
pub struct LeaseInput {
    pub firm_id: FirmId,
    pub plot_ids: Vec<PlotId>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub rent_per_m2_year: i64,
    pub rent_schedule: RentSchedule,
    pub maintenance_fee_per_m2_month: Option<i64>,
    pub deposit: i64,
    pub escalation_bp: i32,
    pub escalation_every_years: Option<i32>,
    /// The contract's late-payment rate, basis points a year; none: the operator's default.
    pub late_interest_bp: Option<i32>,
    /// Confirms a commercial-law basis for a rate above 20% a year.
    pub late_interest_commercial: bool,
    /// The land rent paid to the State per m² a year, deducted from the rent's VAT base.
    pub deductible_land_price_per_m2_year: Option<i64>,
    /// The land lease decision that price comes from; required with it.
    pub deductible_land_basis: Option<String>,
}

/// Terms that passed the checks that need no database.
#[derive(Clone, Debug)]
pub struct LeaseTerms(pub(super) LeaseInput);

impl LeaseTerms {
    pub fn parse(mut input: LeaseInput) -> AppResult<Self> {
        let mut problems = Problems::new();
        if input.plot_ids.is_empty() {
            problems.add(
                "input.plotIds",
                reason!("choose_least_plot", "choose at least one plot"),
            );
        }
        let unique: HashSet<_> = input.plot_ids.iter().collect();
        if unique.len() != input.plot_ids.len() {
            problems.add(
                "input.plotIds",
                reason!("plot_listed_twice", "a plot is listed twice"),
            );
        }
        if input.ends_on <= input.starts_on {
            problems.add(
                "input.endsOn",
                reason!(
                    "lease_end_after_starts",
                    "the lease must end after it starts"
                ),
            );
        }
        problems.check(Vnd::parse(input.rent_per_m2_year, "input.rentPerM2Year"));
        if let Some(fee) = input.maintenance_fee_per_m2_month {
            problems.check(Vnd::parse(fee, "input.maintenanceFeePerM2Month"));
        }
        problems.check(Vnd::parse(input.deposit, "input.deposit"));
        if !(0..=10_000).contains(&input.escalation_bp) {
            problems.add(
                "input.escalationBp",
                reason!(
                    "give_escalation_basis_points",
                    "give the escalation in basis points, 0 to 10000"
                ),
            );
        }
        if input.escalation_bp > 0 && input.escalation_every_years.is_none_or(|y| y < 1) {
            problems.add(
                "input.escalationEveryYears",
                reason!(
                    "say_every_how_many",
                    "say every how many years the rent escalates"
                ),
            );
        }
        if let Some(bp) = input.late_interest_bp
            && let Err(message) =
                crate::billing::settings::check_late_interest(bp, input.late_interest_commercial)
        {
            problems.add("input.lateInterestBp", message);
        }
        input.deductible_land_basis = input
            .deductible_land_basis
            .map(|b| b.trim().to_owned())
            .filter(|b| !b.is_empty());
        if let Some(price) = input.deductible_land_price_per_m2_year {
            let field = "input.deductibleLandPricePerM2Year";
            if problems.check(Vnd::parse(price, field)).is_some() && price > input.rent_per_m2_year
            {
                problems.add(
                    field,
                    reason!(
                        "deductible_land_price_above_rent",
                        "the land rent paid to the State cannot exceed the rent: at most {rent} đồng per m² a year",
                        rent = input.rent_per_m2_year
                    ),
                );
            }
            if input.deductible_land_basis.is_none() {
                problems.add(
                    "input.deductibleLandBasis",
                    reason!(
                        "deductible_land_basis_required",
                        "name the State's land lease decision the deductible price comes from"
                    ),
                );
            }
        }
        problems.finish()?;
        if input.escalation_bp == 0 {
            input.escalation_every_years = None;
        }
        Ok(Self(input))
    }
}
