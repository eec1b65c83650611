//! GraphQL types of the estate domain.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::graphql::scalars::Day;

use crate::access::TenantCtx;
use crate::error::AppResult;
use crate::estate::entities::{cluster, plot};
use crate::estate::leases::LeaseView;
use crate::estate::occupancy::{Occupancy as Figures, ProvinceCluster as ProvinceRow};
use crate::estate::{clusters, leases, occupancy, plots};
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::limits::ROW_QUERY;
use crate::graphql::node::NodeType;
use crate::graphql::tenancy::types::Firm;
use crate::ids::{ClusterId, LeaseId, PlotId};
use crate::values::today;

/// Where a cluster is in its life.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::estate::ClusterStatus")]
pub enum ClusterStatus {
    Planned,
    UnderConstruction,
    Operating,
}

/// The state of a wastewater treatment plant.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::estate::WwtpStatus")]
pub enum WwtpStatus {
    Operating,
    UnderConstruction,
    /// No plant although the rules require one.
    None,
}

/// How rent is paid.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::estate::RentSchedule")]
pub enum RentSchedule {
    Monthly,
    Quarterly,
    Yearly,
    /// The whole term at the start.
    Upfront,
}

/// Where a lease is in its life (EXPIRED: active, past its end date).
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::estate::LeaseStatus")]
pub enum LeaseStatus {
    /// Entered, not activated: holds no plot and is not billed.
    Draft,
    /// Activated and not past its end date; it holds its plots from its start date.
    Active,
    /// Ended early; it held its plots until `terminatedOn`.
    Terminated,
    /// Activated, and its end date has passed.
    Expired,
}

/// What the clusters list can be sorted by.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::estate::clusters::ClusterSort")]
pub enum ClusterOrderField {
    Name,
    /// Province, district, then name.
    Province,
    LeasableArea,
    EstablishedOn,
    Status,
}

/// What the plots list can be sorted by.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::estate::plots::PlotSort")]
pub enum PlotOrderField {
    /// Cluster, then plot code.
    Code,
    Area,
    LandUse,
}

/// What the leases list can be sorted by.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::estate::leases::LeaseSort")]
pub enum LeaseOrderField {
    StartsOn,
    /// The end date, or the termination date of a terminated lease.
    EndsOn,
    Rent,
    /// When the lease was entered.
    Registered,
}

/// Whether a plot is held by a lease on the date asked about.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::estate::plots::Availability")]
pub enum PlotStatus {
    Free,
    Leased,
}

/// Occupancy figures (tỷ lệ lấp đầy) on one date.
#[derive(SimpleObject, Clone)]
pub struct Occupancy {
    /// The date the figures are for.
    pub on: Day,
    /// Leasable industrial area, m².
    pub leasable_area_m2: i64,
    /// Area of the plots held by a lease on the date, m².
    pub leased_area_m2: i64,
    /// Leased over leasable area, in basis points (10000 = 100%).
    pub rate_bp: i64,
    /// Plots in the cluster (or clusters).
    pub plots_total: i64,
    /// Plots no lease holds on the date.
    pub plots_free: i64,
    /// Firms holding a lease on the date.
    pub firms: i64,
    /// Their declared workforce.
    pub workforce: i64,
}

impl Occupancy {
    pub fn new(on: Day, figures: &Figures) -> Self {
        Self {
            on,
            leasable_area_m2: figures.leasable_area_m2,
            leased_area_m2: figures.leased_area_m2,
            rate_bp: figures.rate_bp(),
            plots_total: figures.plots_total,
            plots_free: figures.plots_free,
            firms: figures.firms,
            workforce: figures.workforce,
        }
    }
}

/// A cluster's wastewater treatment. Many clusters operate without the plant the rules
/// require; this makes it visible.
#[derive(SimpleObject, Clone)]
pub struct Wastewater {
    /// Whether a plant exists.
    pub present: bool,
    /// Design capacity, m³/day.
    pub capacity_m3_per_day: Option<i64>,
    /// The plant's state; NONE when there is none although the rules require one.
    pub status: WwtpStatus,
    /// When the discharge permit expires.
    pub permit_expires_on: Option<Day>,
    /// A plant that operates with a permit valid today.
    pub compliant: bool,
}

impl Wastewater {
    pub fn of(c: &cluster::Model) -> Self {
        Self {
            present: c.wwtp_present,
            capacity_m3_per_day: c.wwtp_capacity_m3_day,
            status: c.wwtp_status.into(),
            permit_expires_on: c.wwtp_permit_expires_on.map(Day),
            compliant: crate::estate::clusters::wastewater_compliant(c, crate::values::today()),
        }
    }
}

/// An industrial cluster (cụm công nghiệp).
pub struct Cluster {
    pub model: cluster::Model,
    pub occupancy: Occupancy,
}

/// An industrial cluster (cụm công nghiệp) the operator runs: its area, establishment,
/// wastewater treatment plant and occupancy (operators).
#[Object(name = "Cluster")]
impl Cluster {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<ClusterId>(self.model.id)
    }
    /// The cluster's name, e.g. "CCN Đồng Sóc".
    async fn name(&self) -> &str {
        &self.model.name
    }
    /// Province, as text (administrative units change).
    async fn province(&self) -> &str {
        &self.model.province
    }
    /// Optional administrative code of the province.
    async fn province_code(&self) -> Option<&str> {
        self.model.province_code.as_deref()
    }
    /// The commune or ward (xã/phường) the cluster lies in, as text; older records may still
    /// name the district, a level abolished on 1 July 2025.
    async fn district(&self) -> &str {
        &self.model.district
    }
    /// Optional administrative code of the district.
    async fn district_code(&self) -> Option<&str> {
        self.model.district_code.as_deref()
    }
    /// Total area, m² (1 ha = 10 000 m²).
    async fn total_area_m2(&self) -> i64 {
        self.model.total_area_m2
    }
    /// Leasable industrial area, m².
    async fn leasable_area_m2(&self) -> i64 {
        self.model.leasable_area_m2
    }
    /// Date of the establishment decision.
    async fn established_on(&self) -> Option<Day> {
        self.model.established_on.map(Day)
    }
    /// Number of the establishment decision.
    async fn decision_number(&self) -> Option<&str> {
        self.model.decision_number.as_deref()
    }
    /// Planned, under construction or operating.
    async fn status(&self) -> ClusterStatus {
        self.model.status.into()
    }
    /// The wastewater treatment plant.
    async fn wastewater(&self) -> Wastewater {
        Wastewater::of(&self.model)
    }
    /// True when the newest effluent sample of any of its plants is over a discharge limit.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn effluent_over_limit(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let services = ctx.data::<Services>()?;
        crate::upkeep::effluent::cluster_flagged(
            &services.db,
            &tenant(ctx)?,
            ClusterId(self.model.id),
        )
        .await
        .gql()
    }
    /// Occupancy on the date the query asked for (today by default).
    async fn occupancy(&self) -> &Occupancy {
        &self.occupancy
    }
    /// Who changed what, newest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn audit_trail(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<AuditEntry>> {
        audit_trail(ctx, "Cluster", self.model.id).await
    }
}

/// A cluster's id and name, where a list shows where something is.
#[derive(SimpleObject, Clone)]
pub struct ClusterSummary {
    /// The cluster's global ID.
    pub id: ID,
    /// The cluster's name.
    pub name: String,
}

impl From<&cluster::Model> for ClusterSummary {
    fn from(c: &cluster::Model) -> Self {
        Self {
            id: ids::of::<ClusterId>(c.id),
            name: c.name.clone(),
        }
    }
}

/// A plot (lô đất) of a cluster.
pub struct Plot {
    pub model: plot::Model,
    pub cluster: ClusterSummary,
    pub status: Option<crate::estate::plots::Availability>,
}

/// A plot (lô đất) of a cluster, leased to firms (operators).
#[Object(name = "Plot")]
impl Plot {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<PlotId>(self.model.id)
    }
    /// Code, unique within the cluster.
    async fn code(&self) -> &str {
        &self.model.code
    }
    /// Area, m².
    async fn area_m2(&self) -> i64 {
        self.model.area_m2
    }
    /// Land-use purpose.
    async fn land_use(&self) -> &str {
        &self.model.land_use
    }
    /// Cadastral reference (số thửa, tờ bản đồ).
    async fn cadastral_ref(&self) -> Option<&str> {
        self.model.cadastral_ref.as_deref()
    }
    /// The operator's notes.
    async fn notes(&self) -> Option<&str> {
        self.model.notes.as_deref()
    }
    /// The cluster it is in.
    async fn cluster(&self) -> &ClusterSummary {
        &self.cluster
    }
    /// Free or leased on the date the query asked for (null where not computed).
    async fn status(&self) -> Option<PlotStatus> {
        self.status.map(Into::into)
    }
    /// Who changed what, newest first.
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn audit_trail(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<AuditEntry>> {
        audit_trail(ctx, "Plot", self.model.id).await
    }
}

/// A plot as a lease lists it.
#[derive(SimpleObject, Clone)]
pub struct LeasedPlot {
    /// The plot's global ID.
    pub id: ID,
    /// The plot's code, unique within the cluster.
    pub code: String,
    /// Area, m².
    pub area_m2: i64,
}

/// A firm's lease (hợp đồng thuê lại đất) of plots in one cluster.
pub struct Lease(pub LeaseView);

/// A firm's lease (hợp đồng thuê lại đất) of plots in one cluster: its term, rent and fees.
/// Operators see every lease; an enterprise user only their own firm's.
#[Object(name = "Lease")]
impl Lease {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::of::<LeaseId>(self.0.lease.id)
    }
    /// The firm leasing the plots.
    async fn firm(&self) -> Firm {
        Firm(self.0.firm.clone())
    }
    /// The cluster the plots are in.
    async fn cluster(&self) -> ClusterSummary {
        ClusterSummary::from(&self.0.cluster)
    }
    /// The plots leased.
    async fn plots(&self) -> Vec<LeasedPlot> {
        self.0
            .plots
            .iter()
            .map(|p| LeasedPlot {
                id: ids::of::<PlotId>(p.id),
                code: p.code.clone(),
                area_m2: p.area_m2,
            })
            .collect()
    }
    /// Total area of the plots, m².
    async fn area_m2(&self) -> i64 {
        self.0.area_m2()
    }
    /// First day of the term.
    async fn starts_on(&self) -> Day {
        Day(self.0.lease.starts_on)
    }
    /// Last day of the term as agreed; an early end is `terminatedOn`.
    async fn ends_on(&self) -> Day {
        Day(self.0.lease.ends_on)
    }
    /// Rent, đồng per m² per year.
    async fn rent_per_m2_year(&self) -> i64 {
        self.0.lease.rent_per_m2_year
    }
    /// How often rent is billed.
    async fn rent_schedule(&self) -> RentSchedule {
        self.0.lease.rent_schedule.into()
    }
    /// A maintenance fee fixed by the contract, đồng per m² per month; null: the cluster tariff.
    async fn maintenance_fee_per_m2_month(&self) -> Option<i64> {
        self.0.lease.maintenance_fee_per_m2_month
    }
    /// Deposit, đồng.
    async fn deposit(&self) -> i64 {
        self.0.lease.deposit
    }
    /// Rent escalation in basis points (1000 = 10%)…
    async fn escalation_bp(&self) -> i32 {
        self.0.lease.escalation_bp
    }
    /// …every this many years.
    async fn escalation_every_years(&self) -> Option<i32> {
        self.0.lease.escalation_every_years
    }
    /// The province's rent support programmes this lease qualifies for, latest first: those
    /// of its cluster (or of every cluster) when its firm is a small or medium enterprise with
    /// fully domestic capital (operators; an enterprise user sees their own).
    async fn support_programmes(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<crate::graphql::billing::support::SupportProgramme>> {
        let services = ctx.data::<Services>()?;
        let programmes = crate::billing::support::for_lease(
            &services.db,
            &tenant(ctx)?,
            &self.0.lease,
            &self.0.firm,
        )
        .await?;
        Ok(programmes
            .into_iter()
            .map(crate::graphql::billing::support::SupportProgramme)
            .collect())
    }
    /// The contract's late-payment interest, basis points a year; null: the operator's
    /// default from the billing settings applies.
    async fn late_interest_bp(&self) -> Option<i32> {
        self.0.lease.late_interest_bp
    }
    /// Whether the operator confirmed a commercial-law basis for a rate above 20% a year.
    async fn late_interest_commercial(&self) -> bool {
        self.0.lease.late_interest_commercial
    }
    /// The land rent paid to the State, đồng per m² a year, deducted from the rent's VAT base;
    /// null: none.
    async fn deductible_land_price_per_m2_year(&self) -> Option<i64> {
        self.0.lease.deductible_land_price_per_m2_year
    }
    /// The State's land lease decision the deductible price comes from.
    async fn deductible_land_basis(&self) -> Option<&str> {
        self.0.lease.deductible_land_basis.as_deref()
    }
    /// Where the lease stands today (Asia/Ho_Chi_Minh).
    async fn status(&self) -> LeaseStatus {
        self.0.status().into()
    }
    /// The last day of a terminated lease.
    async fn terminated_on(&self) -> Option<Day> {
        self.0.lease.terminated_on.map(Day)
    }
    /// Why it was terminated; null unless TERMINATED.
    async fn termination_reason(&self) -> Option<&str> {
        self.0.lease.termination_reason.as_deref()
    }
    /// The lease this one renews.
    async fn renewed_from_id(&self) -> Option<ID> {
        self.0.lease.renewed_from_id.map(ids::of::<LeaseId>)
    }
    /// When the lease was entered.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.lease.created_at
    }
    /// Who changed what, newest first (operators).
    #[graphql(complexity = "ROW_QUERY + child_complexity")]
    async fn audit_trail(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<AuditEntry>> {
        audit_trail(ctx, "Lease", self.0.lease.id).await
    }
}

/// One change to an object.
#[derive(SimpleObject)]
pub struct AuditEntry {
    /// created, updated, activated, terminated, renewed…
    pub action: String,
    /// When the change was made.
    pub at: DateTime<Utc>,
    /// The state before, as JSON (null for a creation).
    pub before: Option<String>,
    /// The state after, as JSON.
    pub after: Option<String>,
    /// Who made the change (none for work the system did).
    pub actor_email: Option<String>,
}

pub async fn audit_trail(
    ctx: &Context<'_>,
    entity_type: &str,
    id: uuid::Uuid,
) -> async_graphql::Result<Vec<AuditEntry>> {
    let services = ctx.data::<Services>()?;
    let tenant_ctx = tenant(ctx)?;
    let entries = crate::audit::trail(&services.db, &tenant_ctx, entity_type, id, 100)
        .await
        .gql()?;
    Ok(entries.into_iter().map(entry).collect())
}

fn entry(e: crate::audit::TrailEntry) -> AuditEntry {
    AuditEntry {
        action: e.entry.action,
        at: e.entry.created_at,
        before: e.entry.before,
        after: e.entry.after,
        actor_email: e.actor_email,
    }
}

/// A lease that already holds a plot in the period asked about.
#[derive(SimpleObject)]
pub struct LeaseConflict {
    /// The lease holding the plot.
    pub lease_id: ID,
    /// The plot's code.
    pub plot_code: String,
    /// First day that lease holds the plot.
    pub starts_on: Day,
    /// Last day that lease holds the plot (its termination date, if terminated).
    pub ends_on: Day,
}

/// The operator's estate on one date: every cluster and the totals.
#[derive(SimpleObject)]
pub struct EstateOverview {
    /// The date the figures are for.
    pub on: Day,
    /// Each of the operator's clusters.
    pub clusters: Vec<ClusterOccupancy>,
    /// The figures over all of them.
    pub total: Occupancy,
}

/// A cluster's name, wastewater plant and occupancy.
#[derive(SimpleObject)]
pub struct ClusterOccupancy {
    /// Which cluster.
    pub cluster: ClusterSummary,
    /// Its wastewater treatment plant.
    pub wastewater: Wastewater,
    /// Its occupancy on the overview's date.
    pub occupancy: Occupancy,
}

/// One cluster of the province as the authority sees it: aggregates only, no rents, invoices
/// or firm contacts.
#[derive(SimpleObject)]
pub struct ProvinceCluster {
    /// The infrastructure investor running it.
    pub operator_name: String,
    /// The cluster's name.
    pub cluster_name: String,
    /// The commune or ward (or, in older records, the district), as the operator's records name it.
    pub district: String,
    /// Planned, under construction or operating.
    pub status: ClusterStatus,
    /// Total area, m² (1 ha = 10 000 m²).
    pub total_area_m2: i64,
    /// Its wastewater treatment plant.
    pub wastewater: Wastewater,
    /// Leased area, plots, firms and workforce on the overview's date.
    pub occupancy: Occupancy,
    /// Its plant, effluent, urgent work and upkeep done against plan.
    pub upkeep: crate::graphql::upkeep::province::ProvinceUpkeep,
}

impl ProvinceCluster {
    pub fn new(on: Day, row: &ProvinceRow) -> Self {
        Self {
            operator_name: row.operator_name.clone(),
            cluster_name: row.cluster.name.clone(),
            district: row.cluster.district.clone(),
            status: row.cluster.status.into(),
            total_area_m2: row.cluster.total_area_m2,
            wastewater: Wastewater::of(&row.cluster),
            occupancy: Occupancy::new(on, &row.occupancy),
            upkeep: Default::default(),
        }
    }
}

/// The province's clusters on one date (authority viewers).
#[derive(SimpleObject)]
pub struct ProvinceOverview {
    /// The authority's province.
    pub province: String,
    /// The date the figures are for.
    pub on: Day,
    /// Every operator's clusters in the province.
    pub clusters: Vec<ProvinceCluster>,
    /// The figures over all of them.
    pub total: Occupancy,
}

/// One problem in one row of an imported file (row 1 is the header).
#[derive(SimpleObject)]
pub struct ImportProblem {
    /// The row of the file (row 1 is the header).
    pub row: i32,
    /// The column, as named in the header.
    pub column: String,
    /// What is wrong, and what the cell should hold (English text).
    pub message: String,
    /// The same as a code with parameters, for the reader's language.
    pub reason: crate::graphql::reason::Reason,
}

/// What an import found; with `commit`, what it wrote (nothing unless every row is valid).
#[derive(SimpleObject)]
pub struct ImportResult {
    /// Data rows read.
    pub rows: i32,
    /// True when no row has a problem.
    pub valid: bool,
    /// Rows written: 0 for a preview or an invalid file.
    pub created: i32,
    /// Every problem found; any one of them keeps `commit` from writing anything.
    pub problems: Vec<ImportProblem>,
}

impl From<crate::estate::csv_files::RowProblem> for ImportProblem {
    fn from(p: crate::estate::csv_files::RowProblem) -> Self {
        Self {
            row: p.row as i32,
            column: p.column,
            message: p.reason.english(),
            reason: (&p.reason).into(),
        }
    }
}

impl From<crate::estate::csv_files::ImportReport> for ImportResult {
    fn from(report: crate::estate::csv_files::ImportReport) -> Self {
        Self {
            rows: report.rows as i32,
            valid: report.problems.is_empty(),
            created: report.created as i32,
            problems: report.problems.into_iter().map(Into::into).collect(),
        }
    }
}

impl Cluster {
    /// A cluster with its occupancy today.
    pub async fn with_occupancy(
        services: &Services,
        ctx: &TenantCtx,
        model: cluster::Model,
    ) -> AppResult<Self> {
        let on = today();
        let figures =
            occupancy::of_clusters(&services.db, ctx, std::slice::from_ref(&model), on).await?;
        Ok(Self {
            occupancy: Occupancy::new(
                Day(on),
                &figures.get(&model.id).cloned().unwrap_or_default(),
            ),
            model,
        })
    }
}

impl NodeType for Cluster {
    type Id = ClusterId;

    async fn load(services: &Services, ctx: &TenantCtx, id: ClusterId) -> AppResult<Self> {
        let model = clusters::get(&services.db, ctx, id).await?;
        Self::with_occupancy(services, ctx, model).await
    }
}

impl Plot {
    /// A plot with its cluster's name (no availability: that needs a date).
    pub async fn with_cluster(
        services: &Services,
        ctx: &TenantCtx,
        model: plot::Model,
    ) -> AppResult<Self> {
        let cluster = clusters::get(&services.db, ctx, ClusterId(model.cluster_id)).await?;
        Ok(Self {
            cluster: ClusterSummary::from(&cluster),
            model,
            status: None,
        })
    }
}

impl NodeType for Plot {
    type Id = PlotId;

    async fn load(services: &Services, ctx: &TenantCtx, id: PlotId) -> AppResult<Self> {
        let model = plots::get(&services.db, ctx, id).await?;
        Self::with_cluster(services, ctx, model).await
    }
}

impl NodeType for Lease {
    type Id = LeaseId;

    async fn load(services: &Services, ctx: &TenantCtx, id: LeaseId) -> AppResult<Self> {
        Ok(Self(leases::get(&services.db, ctx, id).await?))
    }
}
