//! The province's rent support programmes in the API, and their claim report (audit A7).

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::billing::entities::support_programme;
use crate::billing::support::{self, ProgrammeInput, report};
use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::scalars::Day;
use crate::ids::{ClusterId, FirmId, InvoiceId, SupportProgrammeId};

/// How a support programme gives its support.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::billing::SupportMechanism")]
pub enum SupportMechanism {
    /// The operator grants it on its own invoice: a discount line citing the decision (a
    /// commercial discount in the e-invoice) that lowers the rent and its VAT.
    OperatorDiscount,
    /// The provincial budget pays it to the firm: the invoice carries the full rent and VAT,
    /// and the claim report lists the support due for the province.
    BudgetFunded,
}

/// A province's rent support programme.
pub struct SupportProgramme(pub support_programme::Model);

/// A province's rent support programme: its decision, the period of rent it supports, the
/// clusters, the share and the mechanism. It supports small and medium enterprises with fully
/// domestic capital (by the firm register: SME, domestic, an enterprise's tax code); household
/// businesses and individuals are not eligible.
#[Object]
impl SupportProgramme {
    /// Identifies the programme.
    async fn id(&self) -> ID {
        ids::of::<SupportProgrammeId>(self.0.id)
    }
    /// Its name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The cluster it covers; null: every cluster of the operator.
    async fn cluster_id(&self) -> Option<ID> {
        self.0.cluster_id.map(ids::of::<ClusterId>)
    }
    /// The decision's number ("15/2026/QĐ-UBND").
    async fn decision_number(&self) -> &str {
        &self.0.decision_number
    }
    /// The decision's date.
    async fn decision_date(&self) -> Day {
        Day(self.0.decision_date)
    }
    /// Who decided ("UBND tỉnh Phú Thọ"), if given.
    async fn issued_by(&self) -> Option<&str> {
        self.0.issued_by.as_deref()
    }
    /// The decision as invoices and the claim report cite it, in Vietnamese.
    async fn citation(&self) -> String {
        support::citation(&self.0, false)
    }
    /// The first day of rent it supports.
    async fn starts_on(&self) -> Day {
        Day(self.0.starts_on)
    }
    /// The last day of rent it supports.
    async fn ends_on(&self) -> Day {
        Day(self.0.ends_on)
    }
    /// The share of the rent supported, basis points (1000 = 10%).
    async fn rate_bp(&self) -> i32 {
        self.0.rate_bp
    }
    /// How the support is given.
    async fn mechanism(&self) -> SupportMechanism {
        self.0.mechanism.into()
    }
    /// When the programme was entered.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A support programme as entered.
#[derive(InputObject)]
pub struct SupportProgrammeFields {
    /// The cluster it covers; omit for every cluster of the operator.
    pub cluster_id: Option<ID>,
    /// Its name, e.g. "Hỗ trợ 10% tiền thuê mặt bằng cho DNNVV".
    pub name: String,
    /// The decision's number.
    pub decision_number: String,
    /// The decision's date.
    pub decision_date: Day,
    /// Who decided, e.g. "UBND tỉnh Phú Thọ".
    pub issued_by: Option<String>,
    /// The first day of rent it supports.
    pub starts_on: Day,
    /// The last day of rent it supports; not before `startsOn` (VALIDATION
    /// `support_period_ends_before_start` on `input.endsOn`). Programmes of the same clusters
    /// may not overlap (VALIDATION `support_programmes_overlap` on `input.startsOn`).
    pub ends_on: Day,
    /// The share of the rent supported, basis points, 1 to 10000 (1000 = 10%).
    pub rate_bp: i32,
    /// How the support is given.
    pub mechanism: SupportMechanism,
}

impl SupportProgrammeFields {
    fn parse(self) -> crate::error::AppResult<ProgrammeInput> {
        Ok(ProgrammeInput {
            cluster_id: ids::decode_opt::<ClusterId>(self.cluster_id.as_ref(), "input.clusterId")?,
            name: self.name,
            decision_number: self.decision_number,
            decision_date: self.decision_date.0,
            issued_by: self.issued_by,
            starts_on: self.starts_on.0,
            ends_on: self.ends_on.0,
            rate_bp: self.rate_bp,
            mechanism: self.mechanism.into(),
        })
    }
}

/// One claim of the report: the support one invoice's rent is due under the programme.
#[derive(SimpleObject)]
pub struct SupportClaim {
    /// The firm's global ID.
    pub firm_id: ID,
    /// The firm as invoiced.
    pub firm_name: String,
    /// Its tax code.
    pub firm_tax_code: String,
    /// The cluster of the lease.
    pub cluster_name: String,
    /// The invoice's global ID.
    pub invoice_id: ID,
    /// The invoice's number ("C26TDS 00000123").
    pub invoice_number: String,
    /// The invoice's date.
    pub invoice_date: Option<Day>,
    /// The first day of rent the programme covers on the invoice.
    pub covered_from: Day,
    /// The last day of rent the programme covers on the invoice.
    pub covered_to: Day,
    /// The rent billed for those days, before VAT, đồng.
    pub rent: i64,
    /// The programme's rate when the invoice was issued, basis points.
    pub rate_bp: i32,
    /// The support due, đồng (`rent × rateBp / 10000`, rounded).
    pub amount: i64,
    /// How it was given: a discount on the invoice, or a claim on the budget.
    pub mechanism: SupportMechanism,
}

/// What one firm is due in the report.
#[derive(SimpleObject)]
pub struct SupportFirmTotal {
    /// The firm's global ID.
    pub firm_id: ID,
    /// The firm as invoiced.
    pub firm_name: String,
    /// Its tax code.
    pub firm_tax_code: String,
    /// The rent billed for the days supported, đồng.
    pub rent: i64,
    /// The support due, đồng.
    pub amount: i64,
}

/// A programme's claim report for a range: the claims whose first covered day is in it (so
/// consecutive reports never count a claim twice), by firm. Download it as CSV at
/// `/export/support-claims.csv` and as PDF at `/documents/support-claims.pdf`, with
/// `?programme=<id>&from=…&to=…`.
#[derive(SimpleObject)]
pub struct SupportClaimReport {
    /// The programme.
    pub programme: SupportProgramme,
    /// The range's first day.
    pub from: Day,
    /// The range's last day.
    pub to: Day,
    /// One per invoice, by firm then covered days.
    pub claims: Vec<SupportClaim>,
    /// One per firm, by name.
    pub firms: Vec<SupportFirmTotal>,
    /// The rent billed for the days supported, đồng.
    pub rent: i64,
    /// The support due in all, đồng.
    pub amount: i64,
}

impl From<report::ClaimReport> for SupportClaimReport {
    fn from(r: report::ClaimReport) -> Self {
        Self {
            from: Day(r.from),
            to: Day(r.to),
            claims: r
                .rows
                .into_iter()
                .map(|row| SupportClaim {
                    firm_id: ids::of::<FirmId>(row.claim.firm_id),
                    firm_name: row.firm_name,
                    firm_tax_code: row.firm_tax_code,
                    cluster_name: row.cluster_name,
                    invoice_id: ids::of::<InvoiceId>(row.claim.invoice_id),
                    invoice_number: row.invoice_number,
                    invoice_date: row.invoice_date.map(Day),
                    covered_from: Day(row.claim.covered_from),
                    covered_to: Day(row.claim.covered_to),
                    rent: row.claim.rent,
                    rate_bp: row.claim.rate_bp,
                    amount: row.claim.amount,
                    mechanism: row.claim.mechanism.into(),
                })
                .collect(),
            firms: r
                .firms
                .into_iter()
                .map(|f| SupportFirmTotal {
                    firm_id: ids::of::<FirmId>(f.firm_id),
                    firm_name: f.firm_name,
                    firm_tax_code: f.firm_tax_code,
                    rent: f.rent,
                    amount: f.amount,
                })
                .collect(),
            rent: r.rent,
            amount: r.amount,
            programme: SupportProgramme(r.programme),
        }
    }
}

#[derive(Default)]
pub struct SupportQueries;

#[Object]
impl SupportQueries {
    /// The operator's rent support programmes, latest first (operators).
    async fn support_programmes(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<SupportProgramme>> {
        let services = ctx.data::<Services>()?;
        Ok(support::list(&services.db, &tenant(ctx)?)
            .await
            .gql()?
            .into_iter()
            .map(SupportProgramme)
            .collect())
    }

    /// A programme's claim report for `from`–`to` (default: the programme's period); `to`
    /// before `from` is VALIDATION on `to` (operators).
    async fn support_claim_report(
        &self,
        ctx: &Context<'_>,
        programme_id: ID,
        from: Option<Day>,
        to: Option<Day>,
    ) -> async_graphql::Result<SupportClaimReport> {
        let services = ctx.data::<Services>()?;
        let programme = ids::decode::<SupportProgrammeId>(&programme_id, "programmeId").gql()?;
        let report = report::claims(
            &services.db,
            &tenant(ctx)?,
            programme,
            from.map(|d| d.0),
            to.map(|d| d.0),
        )
        .await
        .gql()?;
        Ok(report.into())
    }
}

#[derive(Default)]
pub struct SupportMutations;

#[Object]
impl SupportMutations {
    /// Adds a rent support programme; the next billing runs apply it (operator admins).
    async fn create_support_programme(
        &self,
        ctx: &Context<'_>,
        input: SupportProgrammeFields,
    ) -> async_graphql::Result<SupportProgramme> {
        let services = ctx.data::<Services>()?;
        let input = input.parse().gql()?;
        let saved = support::create(&services.db, &tenant(ctx)?, input)
            .await
            .gql()?;
        Ok(SupportProgramme(saved))
    }

    /// Changes a programme; invoices already issued keep their support and claims (operator
    /// admins).
    async fn update_support_programme(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: SupportProgrammeFields,
    ) -> async_graphql::Result<SupportProgramme> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<SupportProgrammeId>(&id, "id").gql()?;
        let input = input.parse().gql()?;
        let saved = support::update(&services.db, &tenant(ctx)?, id, input)
            .await
            .gql()?;
        Ok(SupportProgramme(saved))
    }

    /// Deletes a programme no invoice has used; one with claims stays on record (CONFLICT
    /// `support_programme_in_use`) (operator admins).
    async fn delete_support_programme(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<ID> {
        let services = ctx.data::<Services>()?;
        let programme = ids::decode::<SupportProgrammeId>(&id, "id").gql()?;
        support::delete(&services.db, &tenant(ctx)?, programme)
            .await
            .gql()?;
        Ok(id)
    }
}
