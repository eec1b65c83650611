//! Bank statements: incoming transfers imported from the bank's CSV, matched to open invoices
//! by the invoice number in the transfer description (`TT HD C26TAA 00000123`, as the VietQR
//! code and the invoice print it) and by amount. Nothing is paid until the operator confirms a
//! line, which records an ordinary idempotent payment; unmatched lines stay listed until they
//! are confirmed against an invoice the operator picks or set aside. A line is unique by the
//! bank's reference, so importing the same statement twice adds nothing.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::invoice;
use crate::billing::labels::invoice_label;
use crate::db::{Db, Page, PageRequest, TenantTxn, fetch_page};
use crate::error::{AppError, AppResult, Reason, reason};
use crate::estate::csv_files::{self, RowProblem};
use crate::ids::BankLineId;
use crate::receivables::BankLineStatus;
use crate::receivables::entities::bank_line;
use crate::tenancy::entities::firm;

mod confirm;
mod matching;

pub use confirm::{confirm, confirm_exact_matches, ignore};
pub use matching::{
    Suggestion, invoice_reference, invoice_references, named_invoices, tax_code_in,
};
use matching::{parse_amount, parse_day, suggest};

/// The columns of a bank statement file, in order.
pub const BANK_COLUMNS: [&str; 5] = [
    "date",
    "amount",
    "description",
    "reference",
    "payer_tax_code",
];

/// One line of a bank file as the import read it.
#[derive(Clone, Debug)]
pub struct ImportLine {
    pub row: usize,
    pub booked_on: NaiveDate,
    pub amount: i64,
    pub description: String,
    pub reference: String,
    pub payer_tax_code: Option<String>,
    /// Imported before (or twice in this file): skipped.
    pub duplicate: bool,
    pub matched: Option<Suggestion>,
    pub firm: Option<(Uuid, String)>,
}

/// What an import found, and whether it wrote.
#[derive(Clone, Debug, Default)]
pub struct BankImportReport {
    pub rows: usize,
    pub problems: Vec<RowProblem>,
    pub created: usize,
    pub duplicates: usize,
    pub matched: usize,
    pub lines: Vec<ImportLine>,
}

/// Reads a bank statement; with `commit`, keeps every new line if (and only if) no row has a
/// problem (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn import(
    db: &Db,
    ctx: &TenantCtx,
    text: &str,
    commit: bool,
) -> AppResult<BankImportReport> {
    ctx.require(Policy::ManageBilling)?;
    let rows = csv_files::read(text, &BANK_COLUMNS)?;
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let firms: HashMap<String, (Uuid, String)> = txn
        .scoped::<firm::Entity>()
        .all(txn.conn())
        .await?
        .into_iter()
        .filter_map(|f| f.tax_code.clone().map(|t| (t, (f.id, f.name))))
        .collect();
    let references: Vec<String> = rows.iter().map(|(_, v)| v["reference"].clone()).collect();
    let mut seen: HashSet<String> = HashSet::new();
    for chunk in references.chunks(800) {
        let known: Vec<String> = txn
            .scoped::<bank_line::Entity>()
            .select_only()
            .column(bank_line::Column::Reference)
            .filter(bank_line::Column::Reference.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(txn.conn())
            .await?;
        seen.extend(known);
    }
    let mut report = BankImportReport {
        rows: rows.len(),
        ..Default::default()
    };
    for (row, values) in &rows {
        let mut problem = |column: &str, reason: Reason| {
            report.problems.push(RowProblem {
                row: *row,
                column: column.into(),
                reason,
            })
        };
        let booked_on = parse_day(&values["date"]);
        if booked_on.is_none() {
            problem(
                "date",
                reason!("day_format", "write the day as YYYY-MM-DD or DD/MM/YYYY"),
            );
        }
        let amount = parse_amount(&values["amount"]);
        match amount {
            None => problem(
                "amount",
                reason!(
                    "amount_format",
                    "write the amount as a whole number of đồng"
                ),
            ),
            Some(a) if a <= 0 => problem(
                "amount",
                reason!(
                    "incoming_transfers_only",
                    "only incoming transfers (positive amounts) can pay invoices"
                ),
            ),
            Some(_) => {}
        }
        let reference = values["reference"].trim().to_owned();
        if reference.is_empty() || reference.chars().count() > 100 {
            problem(
                "reference",
                reason!(
                    "bank_reference_expected",
                    "the bank's transaction reference, 1 to 100 characters"
                ),
            );
        }
        let description = values["description"].trim().to_owned();
        if description.chars().count() > 500 {
            problem(
                "description",
                reason!("at_most_500_characters", "at most 500 characters"),
            );
        }
        let payer_tax_code =
            Some(values["payer_tax_code"].trim().to_owned()).filter(|t| !t.is_empty());
        let payer = match &payer_tax_code {
            Some(code) => match firms.get(code) {
                Some(found) => Some(found.clone()),
                None => {
                    problem(
                        "payer_tax_code",
                        reason!("no_firm_with_tax_code", "no firm has this tax code"),
                    );
                    None
                }
            },
            // A tax code the payer wrote in the description identifies them too; an unknown
            // one is only not used.
            None => matching::tax_code_in(&description).and_then(|code| firms.get(&code).cloned()),
        };
        let (Some(booked_on), Some(amount)) = (booked_on, amount) else {
            continue;
        };
        if amount <= 0 || reference.is_empty() {
            continue;
        }
        let duplicate = !seen.insert(reference.clone());
        let matched = if duplicate {
            None
        } else {
            suggest(&txn, &description, amount, payer.as_ref().map(|p| p.0)).await?
        };
        let firm = payer.or_else(|| {
            let invoice = matched.as_ref()?.invoice.as_ref()?;
            Some((invoice.firm_id, invoice.buyer_name.clone()))
        });
        report.duplicates += usize::from(duplicate);
        report.matched += usize::from(matched.is_some());
        report.lines.push(ImportLine {
            row: *row,
            booked_on,
            amount,
            description,
            reference,
            payer_tax_code,
            duplicate,
            matched,
            firm,
        });
    }
    if commit && report.problems.is_empty() {
        let now = Utc::now();
        let tenant = txn.tenant_id().0;
        let fresh: Vec<bank_line::ActiveModel> = report
            .lines
            .iter()
            .filter(|l| !l.duplicate)
            .map(|l| {
                bank_line::Model {
                    id: Uuid::now_v7(),
                    tenant_id: tenant,
                    created_at: now,
                    booked_on: l.booked_on,
                    amount: l.amount,
                    description: l.description.clone(),
                    reference: l.reference.clone(),
                    payer_tax_code: l.payer_tax_code.clone(),
                    status: if l.matched.is_some() {
                        BankLineStatus::Suggested
                    } else {
                        BankLineStatus::Unmatched
                    },
                    match_kind: l.matched.as_ref().map(|m| m.kind),
                    invoice_id: l
                        .matched
                        .as_ref()
                        .and_then(|m| m.invoice.as_ref())
                        .map(|i| i.id),
                    firm_id: l.firm.as_ref().map(|f| f.0),
                    payment_id: None,
                    ignore_reason: None,
                    imported_by: Some(ctx.user_id().0),
                    updated_at: now,
                }
                .into_active_model()
            })
            .collect();
        report.created = fresh.len();
        for batch in fresh.chunks(500) {
            bank_line::Entity::insert_many(batch.to_vec())
                .exec_without_returning(txn.conn())
                .await
                .map_err(|e| {
                    if crate::error::is_unique_violation(&e) {
                        AppError::Conflict(reason!(
                            "another_import_added_some",
                            "another import added some of these lines meanwhile; import again"
                        ))
                    } else {
                        e.into()
                    }
                })?;
        }
        audit::record(
            &txn,
            ctx,
            "BankStatement",
            Uuid::now_v7(),
            "imported",
            None::<&()>,
            Some(&serde_json::json!({
                "rows": report.rows,
                "created": report.created,
                "duplicates": report.duplicates,
                "matched": report.matched,
            })),
        )
        .await?;
        txn.commit().await?;
    }
    Ok(report)
}

/// A bank line with what its list shows of the invoice and firm.
#[derive(Clone, Debug)]
pub struct LineView {
    pub line: bank_line::Model,
    pub invoice: Option<invoice::Model>,
    pub firm_name: Option<String>,
}

pub(super) async fn views(
    txn: &TenantTxn,
    lines: Vec<bank_line::Model>,
) -> AppResult<Vec<LineView>> {
    let invoice_ids: Vec<Uuid> = lines.iter().filter_map(|l| l.invoice_id).collect();
    let firm_ids: Vec<Uuid> = lines.iter().filter_map(|l| l.firm_id).collect();
    let invoices: HashMap<Uuid, invoice::Model> = if invoice_ids.is_empty() {
        HashMap::new()
    } else {
        txn.scoped::<invoice::Entity>()
            .filter(invoice::Column::Id.is_in(invoice_ids))
            .all(txn.conn())
            .await?
            .into_iter()
            .map(|i| (i.id, i))
            .collect()
    };
    let firms = txn.names::<firm::Entity>(firm_ids).await?;
    Ok(lines
        .into_iter()
        .map(|line| LineView {
            invoice: line.invoice_id.and_then(|i| invoices.get(&i).cloned()),
            firm_name: line.firm_id.and_then(|f| firms.get(&f).cloned()),
            line,
        })
        .collect())
}

/// Imported lines, newest booking first, optionally by status (operators).
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    status: Option<BankLineStatus>,
    page: PageRequest,
) -> AppResult<Page<LineView>> {
    let txn = db.read(ctx, Policy::ManageBilling).await?;
    let mut select = txn.scoped::<bank_line::Entity>();
    if let Some(status) = status {
        select = select.filter(bank_line::Column::Status.eq(status));
    }
    let select = select
        .order_by_desc(bank_line::Column::BookedOn)
        .order_by_desc(bank_line::Column::Id);
    let page = fetch_page(select, txn.conn(), page).await?;
    let items = views(&txn, page.items).await?;
    txn.commit().await?;
    Ok(Page {
        items,
        total: page.total,
    })
}

/// How many lines stand in each status, for the workbench's tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub unmatched: u64,
    pub suggested: u64,
    pub confirmed: u64,
    pub ignored: u64,
}

/// The tenant's lines counted by status, in one grouped query (operators).
pub async fn counts(db: &Db, ctx: &TenantCtx) -> AppResult<StatusCounts> {
    let txn = db.read(ctx, Policy::ManageBilling).await?;
    let rows: Vec<(BankLineStatus, i64)> = txn
        .scoped::<bank_line::Entity>()
        .select_only()
        .column(bank_line::Column::Status)
        .column_as(bank_line::Column::Id.count(), "n")
        .group_by(bank_line::Column::Status)
        .into_tuple()
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    let mut counts = StatusCounts::default();
    for (status, n) in rows {
        let n = u64::try_from(n).unwrap_or_default();
        match status {
            BankLineStatus::Unmatched => counts.unmatched = n,
            BankLineStatus::Suggested => counts.suggested = n,
            BankLineStatus::Confirmed => counts.confirmed = n,
            BankLineStatus::Ignored => counts.ignored = n,
        }
    }
    Ok(counts)
}

/// One line, for `node(id)` (operators; to anyone else it does not exist).
pub async fn get(db: &Db, ctx: &TenantCtx, id: BankLineId) -> AppResult<LineView> {
    let txn = db.lookup(ctx, Policy::ManageBilling).await?;
    let line = txn
        .scoped_by_id::<bank_line::Entity>(id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let view = views(&txn, vec![line])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    txn.commit().await?;
    Ok(view)
}

/// The label of a line's invoice, for lists.
pub fn label_of(view: &LineView) -> Option<String> {
    view.invoice.as_ref().map(invoice_label)
}
