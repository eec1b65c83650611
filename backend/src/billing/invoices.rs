//! Invoices: the list with filters, one invoice with its lines and payments, voiding an unpaid
//! invoice, and what an enterprise user may see (their own firm's issued invoices).

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QueryResult, QuerySelect, QueryTrait, Select, SelectorTrait,
};
use uuid::Uuid;

use crate::access::{Policy, Reach, TenantCtx};
use crate::audit;
use crate::billing::documents::vietqr;
use crate::billing::entities::{invoice, invoice_line};
use crate::billing::{InvoiceKind, InvoiceState, InvoiceStatus};
use crate::db::{ALSO_NAME, AlsoNamed, Db, Page, PageRequest, TenantTxn, fetch_page, page_of};
use crate::error::{AppError, AppResult, reason};
use crate::estate::entities::cluster;
use crate::ids::{ClusterId, FirmId, InvoiceId};
use crate::receivables::entities::payment_allocation;
use crate::values::Search;
use crate::values::required_text;
use crate::values::today;

/// How to narrow the invoice list.
#[derive(Clone, Debug, Default)]
pub struct InvoiceFilter {
    pub status: Option<InvoiceStatus>,
    pub cluster_id: Option<ClusterId>,
    pub firm_id: Option<FirmId>,
    /// Invoices whose period overlaps `[from, to]`.
    pub period_from: Option<NaiveDate>,
    pub period_to: Option<NaiveDate>,
    /// Part of the buyer's name or the invoice number.
    pub search: Option<String>,
}

/// Which of an invoice's columns a list reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvoiceColumns {
    /// Every column, and the cluster's name.
    All,
    /// The id and these columns, and the cluster's name if `cluster_name`: a list that shows a
    /// few fields. Every other field of the invoices it returns is blank
    /// ([`invoice::Model::from_columns`]).
    Only {
        columns: invoice::Columns,
        cluster_name: bool,
    },
}

/// Something is still to pay: `paid + credited < total`.
pub fn is_open() -> sea_orm::sea_query::SimpleExpr {
    Expr::col(invoice::Column::Paid)
        .add(Expr::col(invoice::Column::Credited))
        .lt(Expr::col(invoice::Column::Total))
}

/// Nothing is left to pay: `paid + credited >= total`.
fn is_settled() -> sea_orm::sea_query::SimpleExpr {
    Expr::col(invoice::Column::Paid)
        .add(Expr::col(invoice::Column::Credited))
        .gte(Expr::col(invoice::Column::Total))
}

/// `status` as a condition on the stored state, payments and the due date.
fn with_status(
    select: Select<invoice::Entity>,
    status: InvoiceStatus,
    day: NaiveDate,
) -> Select<invoice::Entity> {
    let paid_up = is_settled();
    let open = is_open();
    let credit_note = invoice::Column::Kind.eq(InvoiceKind::CreditNote);
    let issued = select
        .clone()
        .filter(invoice::Column::Status.eq(InvoiceState::Issued));
    let issued_invoice = issued
        .clone()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice));
    match status {
        InvoiceStatus::Draft => select.filter(invoice::Column::Status.eq(InvoiceState::Draft)),
        InvoiceStatus::Void => select.filter(invoice::Column::Status.eq(InvoiceState::Void)),
        InvoiceStatus::Replaced => {
            select.filter(invoice::Column::Status.eq(InvoiceState::Replaced))
        }
        InvoiceStatus::Paid => issued_invoice.filter(paid_up),
        InvoiceStatus::Overdue => issued_invoice
            .filter(open)
            .filter(invoice::Column::DueOn.lt(day)),
        InvoiceStatus::PartiallyPaid => issued_invoice
            .filter(open)
            .filter(invoice::Column::Paid.gt(0))
            .filter(invoice::Column::DueOn.gte(day)),
        InvoiceStatus::Issued => issued.filter(
            sea_orm::Condition::any().add(credit_note).add(
                sea_orm::Condition::all()
                    .add(open)
                    .add(invoice::Column::Paid.eq(0))
                    .add(invoice::Column::DueOn.gte(day)),
            ),
        ),
    }
}

/// Invoices, newest first, each with its cluster's name: an operator's all, an enterprise
/// user's own firm's issued ones. One statement (two with the count), in one transaction; on
/// PostgreSQL a page without its count is read in two round trips (`Db::read_many`), and only
/// the `columns` asked for (a page with its count reads them all).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    filter: InvoiceFilter,
    page: PageRequest,
    columns: InvoiceColumns,
) -> AppResult<Page<(invoice::Model, String)>> {
    let reach = ctx.require(Policy::ReadAccounts)?;
    let search = Search::parse(filter.search.clone())?;
    let listed = |tenant: Uuid| listed(tenant, reach, &filter, search.as_ref());
    if page.count {
        let txn = db.read(ctx, Policy::ReadAccounts).await?;
        let page = fetch_page(listed(txn.tenant_id().0), txn.conn(), page).await?;
        let names = txn
            .names::<cluster::Entity>(page.items.iter().map(|i| i.cluster_id))
            .await?;
        txn.commit().await?;
        return Ok(page.map(|invoice| {
            let name = names.get(&invoice.cluster_id).cloned().unwrap_or_default();
            (invoice, name)
        }));
    }
    let rows = db
        .read_many(
            ctx,
            reach,
            |backend, tenant| {
                columns
                    .select(listed(tenant))
                    .offset(page.offset)
                    .limit(page.limit_and_one())
                    .build(backend)
            },
            |row| columns.decode(row),
        )
        .await?;
    Ok(page_of(rows, page))
}

impl InvoiceColumns {
    /// `select` reading these columns, and the cluster's name when asked.
    fn select(&self, select: Select<invoice::Entity>) -> Select<invoice::Entity> {
        let (columns, cluster_name) = match self {
            Self::All => return named(select),
            Self::Only {
                columns,
                cluster_name,
            } => (columns, *cluster_name),
        };
        let select = select
            .select_only()
            .column(invoice::Column::Id)
            .columns(columns.iter());
        if cluster_name { named(select) } else { select }
    }

    /// An invoice and its cluster's name (empty unless asked) from a row of [`Self::select`].
    fn decode(&self, row: QueryResult) -> Result<(invoice::Model, String), DbErr> {
        let (columns, cluster_name) = match self {
            Self::All => return AlsoNamed::<invoice::Model>::from_raw_query_result(row),
            Self::Only {
                columns,
                cluster_name,
            } => (*columns, *cluster_name),
        };
        let name = match cluster_name {
            true => row.try_get::<Option<String>>("", ALSO_NAME)?,
            false => None,
        };
        Ok((
            invoice::Model::from_columns(&row, columns)?,
            name.unwrap_or_default(),
        ))
    }

    /// These columns and those that decide whether a caller may see an invoice.
    fn and_visibility(self) -> Self {
        match self {
            Self::All => Self::All,
            Self::Only {
                columns,
                cluster_name,
            } => Self::Only {
                columns: columns
                    .with(invoice::Column::FirmId)
                    .with(invoice::Column::Status),
                cluster_name,
            },
        }
    }
}

/// `select` with its invoices' cluster names, as [`AlsoNamed`] reads them.
fn named(select: Select<invoice::Entity>) -> Select<invoice::Entity> {
    select
        .join(sea_orm::JoinType::LeftJoin, its_cluster())
        .column_as(cluster::Column::Name, ALSO_NAME)
}

/// The invoices `filter` selects of `tenant` that a caller of `reach` may see, newest first.
fn listed(
    tenant: Uuid,
    reach: Reach,
    filter: &InvoiceFilter,
    search: Option<&Search>,
) -> Select<invoice::Entity> {
    let mut select = invoice::Entity::find().filter(invoice::Column::TenantId.eq(tenant));
    if let Some(firm) = reach.firm().map(|f| f.0) {
        select = select
            .filter(invoice::Column::FirmId.eq(firm))
            .filter(invoice::Column::Status.ne(InvoiceState::Draft));
    }
    if let Some(firm) = filter.firm_id {
        select = select.filter(invoice::Column::FirmId.eq(firm));
    }
    if let Some(cluster) = filter.cluster_id {
        select = select.filter(invoice::Column::ClusterId.eq(cluster));
    }
    if let Some(from) = filter.period_from {
        select = select.filter(invoice::Column::PeriodEnd.gte(from));
    }
    if let Some(to) = filter.period_to {
        select = select.filter(invoice::Column::PeriodStart.lte(to));
    }
    if let Some(search) = search {
        let number = search
            .as_str()
            .rsplit(' ')
            .next()
            .and_then(|n| n.parse::<i32>().ok());
        let mut any = sea_orm::Condition::any().add(search.within(invoice::Column::BuyerName));
        if let Some(n) = number {
            any = any.add(invoice::Column::Number.eq(n));
        }
        select = select.filter(any);
    }
    if let Some(status) = filter.status {
        select = with_status(select, status, today());
    }
    select
        .order_by_desc(invoice::Column::IssuedOn)
        .order_by_desc(invoice::Column::Number)
        .order_by_desc(invoice::Column::Id)
}

/// An invoice's cluster, for a join.
fn its_cluster() -> sea_orm::RelationDef {
    invoice::Entity::belongs_to(cluster::Entity)
        .from(invoice::Column::ClusterId)
        .to(cluster::Column::Id)
        .into()
}

/// One invoice the transaction's caller may see (else `NOT_FOUND`, as if it did not exist):
/// any of the tenant's, or for an enterprise user their own firm's issued ones.
pub async fn visible(txn: &TenantTxn, id: InvoiceId) -> AppResult<invoice::Model> {
    let found = txn
        .scoped_by_id::<invoice::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    seen_by(txn, found)
}

/// `found` if the transaction's caller may see it, else NOT_FOUND.
pub(crate) fn seen_by(txn: &TenantTxn, found: invoice::Model) -> AppResult<invoice::Model> {
    seen_within(txn.reach(), found)
}

/// `found` if a caller of `reach` may see it, else NOT_FOUND.
fn seen_within(reach: Reach, found: invoice::Model) -> AppResult<invoice::Model> {
    if let Some(firm) = reach.firm().map(|f| f.0)
        && (found.firm_id != firm || found.status == InvoiceState::Draft)
    {
        return Err(AppError::NotFound);
    }
    Ok(found)
}

/// One invoice.
pub async fn get(db: &Db, ctx: &TenantCtx, id: InvoiceId) -> AppResult<invoice::Model> {
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    let found = visible(&txn, id).await?;
    txn.commit().await?;
    Ok(found)
}

/// One invoice with its cluster's name, reading the `columns` asked for, in one statement and
/// (PostgreSQL) one round trip: the point lookup `node(id)` makes.
pub async fn get_named(
    db: &Db,
    ctx: &TenantCtx,
    id: InvoiceId,
    columns: InvoiceColumns,
) -> AppResult<(invoice::Model, String)> {
    let reach = ctx.reach(Policy::ReadAccounts).ok_or(AppError::NotFound)?;
    let columns = columns.and_visibility();
    let rows = db
        .read_once(
            ctx,
            reach,
            |backend, tenant| {
                columns
                    .select(
                        invoice::Entity::find_by_id(id.0)
                            .filter(invoice::Column::TenantId.eq(tenant)),
                    )
                    .limit(1)
                    .build(backend)
            },
            |row| columns.decode(row),
        )
        .await?;
    let (found, cluster_name) = rows.into_iter().next().ok_or(AppError::NotFound)?;
    Ok((seen_within(reach, found)?, cluster_name))
}

/// The lines of the given invoices, in order, in one statement.
pub async fn lines_of(
    db: &Db,
    ctx: &TenantCtx,
    ids: &[Uuid],
) -> AppResult<HashMap<Uuid, Vec<invoice_line::Model>>> {
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let rows = txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::InvoiceId.is_in(ids.iter().copied()))
        .order_by_asc(invoice_line::Column::InvoiceId)
        .order_by_asc(invoice_line::Column::Position)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let mut grouped: HashMap<Uuid, Vec<invoice_line::Model>> = HashMap::new();
    for row in rows {
        grouped.entry(row.invoice_id).or_default().push(row);
    }
    Ok(grouped)
}

/// The payments allocated to an invoice.
pub async fn allocations_of(
    db: &Db,
    ctx: &TenantCtx,
    id: InvoiceId,
) -> AppResult<Vec<payment_allocation::Model>> {
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    visible(&txn, id).await?;
    let rows = txn
        .scoped::<payment_allocation::Entity>()
        .filter(payment_allocation::Column::InvoiceId.eq(id))
        .filter(payment_allocation::Column::Amount.gt(0))
        .order_by_asc(payment_allocation::Column::CreatedAt)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(rows)
}

/// The VAT of an invoice at one rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VatRow {
    /// None: not subject to VAT.
    pub vat_bp: Option<i32>,
    /// The amounts before VAT at this rate.
    pub base: i64,
    /// What VAT is computed on: `base` less what was deducted from it (the land rent paid to
    /// the State on rent lines); `base` when nothing was.
    pub taxable: i64,
    pub vat: i64,
}

/// The VAT summary of an invoice's lines: one row per rate, lines not subject to VAT first,
/// then by rate. The API, the PDF and the e-invoice XML all list it from here, so the three
/// documents agree.
pub fn vat_by_rate<'a>(lines: impl IntoIterator<Item = &'a invoice_line::Model>) -> Vec<VatRow> {
    let mut rows: std::collections::BTreeMap<Option<i32>, VatRow> = Default::default();
    for line in lines {
        let row = rows.entry(line.vat_bp).or_insert(VatRow {
            vat_bp: line.vat_bp,
            base: 0,
            taxable: 0,
            vat: 0,
        });
        row.base += line.amount;
        row.taxable += line.amount - line.vat_deduction;
        row.vat += line.vat_amount;
    }
    rows.into_values().collect()
}

/// The VietQR payload paying what is still open on the invoice, or none when nothing is open or
/// the operator has not entered its bank account.
pub fn vietqr_for(invoice: &invoice::Model, bank_bin: &str, bank_account: &str) -> Option<String> {
    let open = invoice.open();
    if open <= 0
        || invoice.status != InvoiceState::Issued
        || bank_bin.is_empty()
        || bank_account.is_empty()
    {
        return None;
    }
    let number = invoice.number?;
    Some(vietqr::payload(
        bank_bin,
        bank_account,
        open,
        &payment_purpose(&invoice.series, number),
    ))
}

/// The transfer description that identifies an invoice: `TT HD C26TAA 00000123`.
pub fn payment_purpose(series: &str, number: i32) -> String {
    format!("TT HD {series} {number:08}")
}

/// Voids a draft invoice, or waives an issued late-interest notice nothing was paid on
/// (operator admins): a notice is no invoice, and waiving interest is the operator's to agree
/// (the days it charged are not charged again). An issued invoice is never voided: it is
/// corrected by an adjustment or a replacement (Decree 70/2025), so voiding one is CONFLICT.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn void(
    db: &Db,
    ctx: &TenantCtx,
    id: InvoiceId,
    reason: String,
) -> AppResult<invoice::Model> {
    ctx.require(Policy::CorrectInvoices)?;
    let reason = required_text(&reason, "reason", 500)?;
    let txn = db.tenant(ctx, Policy::CorrectInvoices).await?;
    let found = txn
        .scoped_by_id::<invoice::Entity>(id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    if found.status == InvoiceState::Void {
        return Err(AppError::Conflict(reason!(
            "invoice_already_void",
            "the invoice is already void"
        )));
    }
    let notice = found.document_type == crate::billing::DocumentType::InterestNotice;
    if found.status != InvoiceState::Draft && !notice {
        return Err(AppError::Conflict(reason!(
            "issued_invoice_corrected_not_voided",
            "an issued invoice is not voided; correct it with an adjustment or a replacement"
        )));
    }
    if notice && found.paid != 0 {
        return Err(AppError::Conflict(reason!(
            "paid_notice_not_waived",
            "{paid} đồng was paid on this notice; it is not waived (refund the firm's credit instead)",
            paid = found.paid
        )));
    }
    let before = found.clone();
    let mut update = found.into_active_model();
    update.status = Set(InvoiceState::Void);
    update.billing_key = Set(None);
    update.voided_at = Set(Some(Utc::now()));
    update.void_reason = Set(Some(reason));
    let after = update.update(txn.conn()).await?;
    crate::notify::outbox::cancel_waiting(txn.conn(), txn.tenant_id(), &[after.id]).await?;
    audit::record(
        &txn,
        ctx,
        "Invoice",
        id,
        "voided",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// The names of the given clusters of the tenant, in one statement (an invoice shows its
/// cluster's name to whoever may see the invoice).
pub async fn cluster_names(
    db: &Db,
    ctx: &TenantCtx,
    ids: &[Uuid],
) -> AppResult<HashMap<Uuid, String>> {
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let names = txn.names::<cluster::Entity>(ids.iter().copied()).await?;
    txn.commit().await?;
    Ok(names)
}
