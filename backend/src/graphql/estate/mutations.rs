//! Mutations: clusters, plots, firms and leases.

use crate::graphql::scalars::Day;
use async_graphql::{Context, ID, InputObject, Object};

use crate::error::AppResult;
use crate::estate::clusters::{ClusterInput, ClusterRecord};
use crate::estate::leases::{LeaseInput, LeaseTerms};
use crate::estate::plots::{PlotInput, PlotRecord};
use crate::estate::{clusters, csv_files, leases, plots};
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::estate::types::{
    Cluster, ClusterStatus, ImportResult, Lease, Plot, RentSchedule, WwtpStatus,
};
use crate::graphql::ids;
use crate::graphql::tenancy::types::{CapitalOrigin, Firm, FirmStatus};
use crate::ids::{ClusterId, FirmId, LeaseId, PlotId};
use crate::tenancy::firms::{self, FirmInput as DomainFirmInput, FirmRecord};

/// A cluster's facts.
#[derive(InputObject)]
pub struct ClusterFields {
    /// The cluster's name; not empty.
    pub name: String,
    /// Province, as text (administrative units change).
    pub province: String,
    /// Optional administrative code of the province.
    pub province_code: Option<String>,
    /// The commune or ward (xã/phường) since the district level was abolished on 1 July 2025,
    /// as text, not empty.
    pub district: String,
    /// Optional administrative code of the district.
    pub district_code: Option<String>,
    /// Total area, m² (1 ha = 10 000 m²).
    pub total_area_m2: i64,
    /// Leasable industrial area, m².
    pub leasable_area_m2: i64,
    /// Date of the establishment decision.
    pub established_on: Option<Day>,
    /// Number of the establishment decision.
    pub decision_number: Option<String>,
    /// Planned, under construction or operating.
    pub status: ClusterStatus,
    /// Whether a wastewater treatment plant exists.
    pub wwtp_present: bool,
    /// Design capacity of the plant, m³/day; omit when there is none.
    pub wwtp_capacity_m3_day: Option<i64>,
    /// The plant's state; NONE when there is none.
    pub wwtp_status: WwtpStatus,
    /// When the plant's discharge permit expires.
    pub wwtp_permit_expires_on: Option<Day>,
}

impl ClusterFields {
    fn parse(self) -> AppResult<ClusterRecord> {
        ClusterRecord::parse(ClusterInput {
            name: self.name,
            province: self.province,
            province_code: self.province_code,
            district: self.district,
            district_code: self.district_code,
            total_area_m2: self.total_area_m2,
            leasable_area_m2: self.leasable_area_m2,
            established_on: self.established_on.map(|d| d.0),
            decision_number: self.decision_number,
            status: self.status.into(),
            wwtp_present: self.wwtp_present,
            wwtp_capacity_m3_day: self.wwtp_capacity_m3_day,
            wwtp_status: self.wwtp_status.into(),
            wwtp_permit_expires_on: self.wwtp_permit_expires_on.map(|d| d.0),
        })
    }
}

/// A plot's facts.
#[derive(InputObject)]
pub struct PlotFields {
    /// The cluster it is in.
    pub cluster_id: ID,
    /// Unique within the cluster.
    pub code: String,
    /// Area, m², more than 0.
    pub area_m2: i64,
    /// Land-use purpose; not empty.
    pub land_use: String,
    /// Cadastral reference (số thửa, tờ bản đồ).
    pub cadastral_ref: Option<String>,
    /// The operator's notes.
    pub notes: Option<String>,
}

impl PlotFields {
    fn parse(self) -> AppResult<PlotRecord> {
        let cluster_id = ids::decode::<ClusterId>(&self.cluster_id, "input.clusterId")?;
        PlotRecord::parse(
            PlotInput {
                cluster_id,
                code: self.code,
                area_m2: self.area_m2,
                land_use: self.land_use,
                cadastral_ref: self.cadastral_ref,
                notes: self.notes,
            },
            "input",
        )
    }
}

/// A firm's register entry.
#[derive(InputObject)]
pub struct FirmFields {
    /// The firm's registered name; not empty.
    pub name: String,
    /// 10 digits, or 10 digits, "-" and 3 digits for a branch; unique in the tenant.
    pub tax_code: String,
    /// Registered address, as text.
    pub address: Option<String>,
    /// Where the capital comes from; DOMESTIC when omitted.
    pub capital_origin: Option<CapitalOrigin>,
    #[graphql(default)]
    /// A small or medium enterprise (SME Support Law); with DOMESTIC capital and an
    /// enterprise's tax code its leases are in the operator's rent support programmes. False
    /// when omitted.
    pub is_sme: bool,
    /// Industry (VSIC code): a section letter or up to 5 digits.
    pub vsic_code: Option<String>,
    #[graphql(default)]
    /// Declared workforce, 0 or more; 0 when omitted.
    pub workforce: i32,
    #[graphql(default)]
    /// Where invoice emails go; none when omitted.
    pub billing_emails: Vec<String>,
    /// ACTIVE when omitted.
    pub status: Option<FirmStatus>,
}

impl FirmFields {
    fn parse(self) -> AppResult<FirmRecord> {
        FirmRecord::parse(
            DomainFirmInput {
                name: self.name,
                tax_code: self.tax_code,
                address: self.address,
                capital_origin: self.capital_origin.map(Into::into),
                is_sme: self.is_sme,
                vsic_code: self.vsic_code,
                workforce: self.workforce,
                billing_emails: self.billing_emails,
                status: self.status.map(Into::into),
            },
            "input",
        )
    }
}

/// A lease's terms.
#[derive(InputObject)]
pub struct LeaseFields {
    /// The firm leasing the plots.
    pub firm_id: ID,
    /// One or more plots of one cluster.
    pub plot_ids: Vec<ID>,
    /// First day of the term.
    pub starts_on: Day,
    /// Last day of the term.
    pub ends_on: Day,
    /// Rent, đồng per m² per year.
    pub rent_per_m2_year: i64,
    /// How often rent is billed.
    pub rent_schedule: RentSchedule,
    /// A fee fixed by the contract, đồng per m² per month; omit to use the cluster tariff.
    pub maintenance_fee_per_m2_month: Option<i64>,
    #[graphql(default)]
    /// Deposit, đồng; 0 when omitted.
    pub deposit: i64,
    /// Escalation in basis points (1000 = 10%)…
    #[graphql(default)]
    pub escalation_bp: i32,
    /// …every this many years.
    pub escalation_every_years: Option<i32>,
    /// The contract's late-payment interest, basis points a year (1000 = 10%); omit to use
    /// the operator's default from the billing settings. Above 2000 (the Civil Code's 20%,
    /// art. 468) it needs `lateInterestCommercial`.
    pub late_interest_bp: Option<i32>,
    /// Confirms the contract is commercial, so a rate above 20% a year rests on the Commercial
    /// Law (art. 306); without it such a rate is VALIDATION on `input.lateInterestBp`.
    #[graphql(default)]
    pub late_interest_commercial: bool,
    /// The land rent the operator pays the State for this land, đồng per m² a year (from its
    /// land lease decision): VAT on the rent is computed on the rent less it (Circular
    /// 219/2013 art. 7(10)(a.3)). At most the rent (VALIDATION on
    /// `input.deductibleLandPricePerM2Year`); needs `deductibleLandBasis`. Omit: no deduction.
    pub deductible_land_price_per_m2_year: Option<i64>,
    /// The State's land lease decision that price comes from (number and date).
    pub deductible_land_basis: Option<String>,
}

impl LeaseFields {
    fn parse(self) -> AppResult<LeaseTerms> {
        let firm_id = ids::decode::<FirmId>(&self.firm_id, "input.firmId")?;
        let plot_ids = ids::decode_all::<PlotId>(&self.plot_ids, "input.plotIds")?;
        LeaseTerms::parse(LeaseInput {
            firm_id,
            plot_ids,
            starts_on: self.starts_on.0,
            ends_on: self.ends_on.0,
            rent_per_m2_year: self.rent_per_m2_year,
            rent_schedule: self.rent_schedule.into(),
            maintenance_fee_per_m2_month: self.maintenance_fee_per_m2_month,
            deposit: self.deposit,
            escalation_bp: self.escalation_bp,
            escalation_every_years: self.escalation_every_years,
            late_interest_bp: self.late_interest_bp,
            late_interest_commercial: self.late_interest_commercial,
            deductible_land_price_per_m2_year: self.deductible_land_price_per_m2_year,
            deductible_land_basis: self.deductible_land_basis,
        })
    }
}

#[derive(Default)]
pub struct EstateMutations;

#[Object]
impl EstateMutations {
    /// Add a cluster (operators).
    async fn create_cluster(
        &self,
        ctx: &Context<'_>,
        input: ClusterFields,
    ) -> async_graphql::Result<Cluster> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let record = input.parse().gql()?;
        let model = clusters::create(&services.db, &tenant_ctx, record)
            .await
            .gql()?;
        Cluster::with_occupancy(services, &tenant_ctx, model)
            .await
            .gql()
    }

    /// Change a cluster (operators).
    async fn update_cluster(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: ClusterFields,
    ) -> async_graphql::Result<Cluster> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<ClusterId>(&id, "id").gql()?;
        let record = input.parse().gql()?;
        let model = clusters::update(&services.db, &tenant_ctx, id, record)
            .await
            .gql()?;
        Cluster::with_occupancy(services, &tenant_ctx, model)
            .await
            .gql()
    }

    /// Add a plot (operators).
    async fn create_plot(
        &self,
        ctx: &Context<'_>,
        input: PlotFields,
    ) -> async_graphql::Result<Plot> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let record = input.parse().gql()?;
        let model = plots::create(&services.db, &tenant_ctx, record)
            .await
            .gql()?;
        Plot::with_cluster(services, &tenant_ctx, model).await.gql()
    }

    /// Change a plot (operators).
    async fn update_plot(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: PlotFields,
    ) -> async_graphql::Result<Plot> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<PlotId>(&id, "id").gql()?;
        let record = input.parse().gql()?;
        let model = plots::update(&services.db, &tenant_ctx, id, record)
            .await
            .gql()?;
        Plot::with_cluster(services, &tenant_ctx, model).await.gql()
    }

    /// Add a firm to the register (operators).
    async fn create_firm(
        &self,
        ctx: &Context<'_>,
        input: FirmFields,
    ) -> async_graphql::Result<Firm> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let record = input.parse().gql()?;
        Ok(Firm(
            firms::create(&services.db, &tenant_ctx, record)
                .await
                .gql()?,
        ))
    }

    /// Change a firm's register entry (operators).
    async fn update_firm(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: FirmFields,
    ) -> async_graphql::Result<Firm> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<FirmId>(&id, "id").gql()?;
        let record = input.parse().gql()?;
        Ok(Firm(
            firms::update(&services.db, &tenant_ctx, id, record)
                .await
                .gql()?,
        ))
    }

    /// Create a lease: a draft, or active at once with `activate: true`, which fails with
    /// CONFLICT when another lease holds one of the plots in the period (operators).
    async fn create_lease(
        &self,
        ctx: &Context<'_>,
        input: LeaseFields,
        activate: Option<bool>,
    ) -> async_graphql::Result<Lease> {
        let activate = activate.unwrap_or(false);
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let terms = input.parse().gql()?;
        Ok(Lease(
            leases::create(&services.db, &tenant_ctx, terms, activate)
                .await
                .gql()?,
        ))
    }

    /// Change a draft or active lease; a terminated lease is CONFLICT (operators).
    async fn update_lease(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: LeaseFields,
    ) -> async_graphql::Result<Lease> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<LeaseId>(&id, "id").gql()?;
        let terms = input.parse().gql()?;
        Ok(Lease(
            leases::update(&services.db, &tenant_ctx, id, terms)
                .await
                .gql()?,
        ))
    }

    /// Activate a draft lease; CONFLICT when another lease holds a plot in its period (operators).
    async fn activate_lease(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Lease> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<LeaseId>(&id, "id").gql()?;
        Ok(Lease(
            leases::activate(&services.db, &tenant_ctx, id)
                .await
                .gql()?,
        ))
    }

    /// End an active lease early; `on` is its last day (operators).
    async fn terminate_lease(
        &self,
        ctx: &Context<'_>,
        id: ID,
        on: Day,
        reason: String,
    ) -> async_graphql::Result<Lease> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<LeaseId>(&id, "id").gql()?;
        Ok(Lease(
            leases::terminate(&services.db, &tenant_ctx, id, on.0, &reason)
                .await
                .gql()?,
        ))
    }

    /// Import plots from CSV (columns: cluster,code,area_m2,land_use,cadastral_ref,notes).
    /// Without `commit` it only previews; with it, it writes every row or, if any row has a
    /// problem, nothing. A wrong header or a file that is not UTF-8 is VALIDATION (operators).
    async fn import_plots(
        &self,
        ctx: &Context<'_>,
        csv: String,
        commit: Option<bool>,
    ) -> async_graphql::Result<ImportResult> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let report =
            csv_files::import_plots(&services.db, &tenant_ctx, &csv, commit.unwrap_or(false))
                .await
                .gql()?;
        Ok(report.into())
    }

    /// Import firms from CSV (columns: name,tax_code,address,capital_origin,is_sme,vsic_code,
    /// workforce,billing_emails,status; emails separated by ";"). Same rules as `importPlots`.
    async fn import_firms(
        &self,
        ctx: &Context<'_>,
        csv: String,
        commit: Option<bool>,
    ) -> async_graphql::Result<ImportResult> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let report =
            csv_files::import_firms(&services.db, &tenant_ctx, &csv, commit.unwrap_or(false))
                .await
                .gql()?;
        Ok(report.into())
    }

    /// Renew an active or expired lease: a linked draft from the day after it ends to
    /// `endsOn`, at the old rent unless a new one is given (operators).
    async fn renew_lease(
        &self,
        ctx: &Context<'_>,
        id: ID,
        ends_on: Day,
        rent_per_m2_year: Option<i64>,
    ) -> async_graphql::Result<Lease> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<LeaseId>(&id, "id").gql()?;
        Ok(Lease(
            leases::renew(&services.db, &tenant_ctx, id, ends_on.0, rent_per_m2_year)
                .await
                .gql()?,
        ))
    }
}
