//! The province's rent support (audit A7), as programmes: a provincial decision (number, date,
//! who decided), the period of rent it supports, the cluster it covers (or every cluster of
//! the operator), the share of the rent, and the mechanism:
//!
//! - `OPERATOR_DISCOUNT`: the operator grants the support on its own invoice, a discount line
//!   citing the decision (a commercial discount in the e-invoice) that lowers rent and VAT;
//! - `BUDGET_FUNDED`: the budget pays the firm; the invoice carries the full rent and VAT, and
//!   the operator reports, per firm and period, the rent billed and the support due.
//!
//! Either way a billing run records a claim per invoice and programme (the rent of the days
//! the programme covers, the support on it), which the claim report ([`report`]) lists.
//!
//! Who is eligible is the law's rule, not a choice: small and medium *enterprises* (SME Support
//! Law 04/2017/QH14) with fully domestic capital, known by their tax code; a household
//! business or an individual (a 12-digit personal number) is not an enterprise. Programmes of
//! the same cluster may not overlap, so a day of rent is supported once.

pub mod report;

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::SupportMechanism;
use crate::billing::entities::{support_claim, support_programme};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::estate::entities::{cluster, lease};
use crate::ids::{ClusterId, SupportProgrammeId};
use crate::tenancy::CapitalOrigin;
use crate::tenancy::entities::firm;
use crate::values::{optional_text, required_text};

/// A programme as entered.
#[derive(Clone, Debug)]
pub struct ProgrammeInput {
    /// None: every cluster of the operator.
    pub cluster_id: Option<ClusterId>,
    pub name: String,
    pub decision_number: String,
    pub decision_date: NaiveDate,
    pub issued_by: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub rate_bp: i32,
    pub mechanism: SupportMechanism,
}

/// Whether `firm` is one the support is for: a small or medium enterprise with fully domestic
/// capital, an enterprise by its tax code (10 digits, or a branch's 13). A household business
/// or an individual, taxed under a 12-digit personal number, is not an enterprise; a firm
/// without a tax code cannot show it is one.
pub fn eligible(firm: &firm::Model) -> bool {
    firm.is_sme
        && firm.capital_origin == CapitalOrigin::Domestic
        && firm.tax_code.as_deref().is_some_and(|code| {
            crate::values::kind_of_tax_code(code) != crate::values::TaxCodeKind::PersonalId
        })
}

/// Whether `programme` covers leases of `cluster`.
pub fn covers(programme: &support_programme::Model, cluster: Uuid) -> bool {
    programme.cluster_id.is_none_or(|c| c == cluster)
}

/// How the decision is cited on an invoice line and the claim report: "Quyết định số
/// 15/2026/QĐ-UBND ngày 20/01/2026 của UBND tỉnh Phú Thọ".
pub fn citation(programme: &support_programme::Model, english: bool) -> String {
    let by = programme.issued_by.as_deref().map_or(String::new(), |by| {
        if english {
            format!(" of {by}")
        } else {
            format!(" của {by}")
        }
    });
    let day = programme.decision_date.format("%d/%m/%Y");
    if english {
        format!("Decision No. {} dated {day}{by}", programme.decision_number)
    } else {
        format!("Quyết định số {} ngày {day}{by}", programme.decision_number)
    }
}

fn parse(mut input: ProgrammeInput) -> AppResult<ProgrammeInput> {
    let mut problems = Problems::new();
    if let Some(v) = problems.check(required_text(&input.name, "input.name", 200)) {
        input.name = v;
    }
    if let Some(v) = problems.check(required_text(
        &input.decision_number,
        "input.decisionNumber",
        100,
    )) {
        input.decision_number = v;
    }
    if let Some(v) = problems.check(optional_text(
        input.issued_by.as_deref(),
        "input.issuedBy",
        200,
    )) {
        input.issued_by = v;
    }
    if input.ends_on < input.starts_on {
        problems.add(
            "input.endsOn",
            reason!(
                "support_period_ends_before_start",
                "the programme's period ends before it starts ({starts_on})",
                starts_on = input.starts_on
            ),
        );
    }
    if !(1..=10_000).contains(&input.rate_bp) {
        problems.add(
            "input.rateBp",
            reason!(
                "support_rate_basis_points",
                "give the share of the rent supported in basis points, 1 to 10000 (1000 = 10%)"
            ),
        );
    }
    problems.finish()?;
    Ok(input)
}

/// Every programme of the tenant, latest first.
pub async fn list(db: &Db, ctx: &TenantCtx) -> AppResult<Vec<support_programme::Model>> {
    let txn = db.read(ctx, Policy::ManageBilling).await?;
    let rows = all(&txn).await?;
    txn.commit().await?;
    Ok(rows)
}

/// Every programme, latest first (a run bills with them).
pub(crate) async fn all(txn: &TenantTxn) -> AppResult<Vec<support_programme::Model>> {
    Ok(txn
        .scoped::<support_programme::Entity>()
        .order_by_desc(support_programme::Column::StartsOn)
        .order_by_asc(support_programme::Column::Name)
        .all(txn.conn())
        .await?)
}

/// One programme; another tenant's is NOT_FOUND, as a missing one.
pub async fn get(
    db: &Db,
    ctx: &TenantCtx,
    id: SupportProgrammeId,
) -> AppResult<support_programme::Model> {
    let txn = db.read(ctx, Policy::ManageBilling).await?;
    let found = find(&txn, id).await?;
    txn.commit().await?;
    Ok(found)
}

async fn find(txn: &TenantTxn, id: SupportProgrammeId) -> AppResult<support_programme::Model> {
    txn.scoped_by_id::<support_programme::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)
}

/// The programmes `lease` qualifies for (its cluster's, when its firm is eligible), latest
/// first. For whoever may read the lease.
pub async fn for_lease(
    db: &Db,
    ctx: &TenantCtx,
    lease: &lease::Model,
    firm: &firm::Model,
) -> AppResult<Vec<support_programme::Model>> {
    if !eligible(firm) {
        return Ok(Vec::new());
    }
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let rows = all(&txn).await?;
    txn.commit().await?;
    Ok(rows
        .into_iter()
        .filter(|p| covers(p, lease.cluster_id))
        .collect())
}

/// Checks the cluster and that no programme of the same clusters overlaps `input`'s period
/// (`except` the one being edited).
async fn check_scope(
    txn: &TenantTxn,
    input: &ProgrammeInput,
    except: Option<Uuid>,
) -> AppResult<()> {
    if let Some(cluster) = input.cluster_id {
        txn.scoped_by_id::<cluster::Entity>(cluster)
            .one(txn.conn())
            .await?
            .ok_or_else(|| {
                AppError::invalid(
                    "input.clusterId",
                    reason!("no_such_cluster", "no such cluster"),
                )
            })?;
    }
    let mut scope = Condition::any().add(support_programme::Column::ClusterId.is_null());
    if let Some(cluster) = input.cluster_id {
        scope = scope.add(support_programme::Column::ClusterId.eq(cluster.0));
    }
    let mut overlapping = txn
        .scoped::<support_programme::Entity>()
        .filter(support_programme::Column::StartsOn.lte(input.ends_on))
        .filter(support_programme::Column::EndsOn.gte(input.starts_on));
    if input.cluster_id.is_some() {
        overlapping = overlapping.filter(scope);
    }
    if let Some(id) = except {
        overlapping = overlapping.filter(support_programme::Column::Id.ne(id));
    }
    if let Some(other) = overlapping.one(txn.conn()).await? {
        return Err(AppError::invalid(
            "input.startsOn",
            reason!(
                "support_programmes_overlap",
                "{other} already supports rent from {from} to {to} in these clusters; a day of rent is supported once",
                other = other.name,
                from = other.starts_on,
                to = other.ends_on
            ),
        ));
    }
    Ok(())
}

/// Adds a programme (operator admins: it changes what firms pay or what is claimed).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(
    db: &Db,
    ctx: &TenantCtx,
    input: ProgrammeInput,
) -> AppResult<support_programme::Model> {
    ctx.require(Policy::ConfigureBilling)?;
    let input = parse(input)?;
    let txn = db.tenant(ctx, Policy::ConfigureBilling).await?;
    check_scope(&txn, &input, None).await?;
    let model = support_programme::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        cluster_id: input.cluster_id.map(|c| c.0),
        name: input.name,
        decision_number: input.decision_number,
        decision_date: input.decision_date,
        issued_by: input.issued_by,
        starts_on: input.starts_on,
        ends_on: input.ends_on,
        rate_bp: input.rate_bp,
        mechanism: input.mechanism,
    };
    support_programme::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "SupportProgramme", model.id, &model).await?;
    txn.commit().await?;
    Ok(model)
}

/// Changes a programme. Invoices already issued keep the support they were billed with, and
/// their claims keep the rate and amounts they were issued with.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: SupportProgrammeId,
    input: ProgrammeInput,
) -> AppResult<support_programme::Model> {
    ctx.require(Policy::ConfigureBilling)?;
    let input = parse(input)?;
    let txn = db.tenant(ctx, Policy::ConfigureBilling).await?;
    let before = find(&txn, id).await?;
    check_scope(&txn, &input, Some(before.id)).await?;
    let mut model = before.clone().into_active_model();
    model.cluster_id = Set(input.cluster_id.map(|c| c.0));
    model.name = Set(input.name);
    model.decision_number = Set(input.decision_number);
    model.decision_date = Set(input.decision_date);
    model.issued_by = Set(input.issued_by);
    model.starts_on = Set(input.starts_on);
    model.ends_on = Set(input.ends_on);
    model.rate_bp = Set(input.rate_bp);
    model.mechanism = Set(input.mechanism);
    let after = model.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "SupportProgramme",
        after.id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Deletes a programme no invoice has used yet; one with claims is a record of support given
/// and stays (CONFLICT `support_programme_in_use`).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn delete(db: &Db, ctx: &TenantCtx, id: SupportProgrammeId) -> AppResult<()> {
    let txn = db.tenant(ctx, Policy::ConfigureBilling).await?;
    let before = find(&txn, id).await?;
    let claims = txn
        .scoped::<support_claim::Entity>()
        .filter(support_claim::Column::ProgrammeId.eq(before.id))
        .count(txn.conn())
        .await?;
    if claims > 0 {
        return Err(AppError::Conflict(reason!(
            "support_programme_in_use",
            "{claims} invoices already carry this programme's support; it stays on record (end it instead)",
            claims = claims
        )));
    }
    support_programme::Entity::delete_by_id(before.id)
        .exec(txn.conn())
        .await?;
    audit::record(
        &txn,
        ctx,
        "SupportProgramme",
        before.id,
        "deleted",
        Some(&before),
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Moves the claims of a replaced invoice to its replacement: the replacement bills the same
/// rent, and the replaced invoice is no longer in the books.
pub(crate) async fn move_claims(txn: &TenantTxn, from: Uuid, to: Uuid) -> AppResult<()> {
    support_claim::Entity::update_many()
        .col_expr(
            support_claim::Column::InvoiceId,
            sea_orm::sea_query::Expr::value(to),
        )
        .filter(support_claim::Column::TenantId.eq(txn.tenant_id().0))
        .filter(support_claim::Column::InvoiceId.eq(from))
        .exec(txn.conn())
        .await?;
    Ok(())
}
