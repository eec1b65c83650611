//! Bank statements: incoming transfers imported from the bank's CSV, matched to open invoices
//! by the invoice number in the transfer description (`TT HD C26TAA 00000123`, as the VietQR
//! code and the invoice print it) and by amount. Nothing is paid until the operator confirms a
//! line, which records an ordinary idempotent payment; unmatched lines stay listed until they
//! are confirmed against an invoice the operator picks or set aside. A line is unique by the
//! bank's reference, so importing the same statement twice adds nothing.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::invoice;
use crate::billing::labels::invoice_label;
use crate::billing::{InvoiceKind, InvoiceState};
use crate::db::{Db, Page, PageRequest, TenantTxn, fetch_page};
use crate::error::{AppError, AppResult};
use crate::estate::csv_files::{self, RowProblem};
use crate::ids::{BankLineId, FirmId, InvoiceId};
use crate::receivables::entities::bank_line;
use crate::receivables::payments;
use crate::receivables::payments::PaymentInput;
use crate::receivables::{BankLineStatus, BankMatch, PaymentMethod};
use crate::tenancy::entities::firm;
use crate::values::required_text;

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
    pub matched: Option<(BankMatch, invoice::Model)>,
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

/// The invoice series and number named in a transfer description, e.g. `C26TAA` and 123 in
/// "CONG TY KCC TT HD C26TAA 00000123 THANG 10". Diacritics and case are ignored. Both coded
/// (`C…`) and uncoded (`K…`) series are read. Banks often strip spaces and separators
/// ("TTHDC26TDS00000123"), so a series glued to the word before it counts too when that word
/// ends in `HD` or `TT` (hóa đơn, thanh toán), or when the number has the eight digits the
/// VietQR purpose prints.
pub fn invoice_reference(description: &str) -> Option<(String, i32)> {
    let text: Vec<char> = deunicode::deunicode(description)
        .to_uppercase()
        .chars()
        .collect();
    let mut i = 0;
    while i + 6 <= text.len() {
        let series = &text[i..i + 6];
        let starts_word = i == 0 || !text[i - 1].is_ascii_alphanumeric();
        let after_keyword = !starts_word && {
            let before: String = text[..i].iter().collect();
            before.ends_with("HD") || before.ends_with("TT")
        };
        let shaped = matches!(series[0], 'C' | 'K')
            && series[1].is_ascii_digit()
            && series[2].is_ascii_digit()
            && series[3..].iter().all(char::is_ascii_uppercase);
        if shaped {
            let mut j = i + 6;
            while j < text.len() && matches!(text[j], ' ' | '-' | '_' | '.' | ':' | '/' | '#') {
                j += 1;
            }
            let digits: String = text[j..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let placed = starts_word || after_keyword || digits.len() == 8;
            if placed
                && !digits.is_empty()
                && digits.len() <= 9
                && let Ok(number) = digits.parse::<i32>()
                && number > 0
            {
                return Some((series.iter().collect(), number));
            }
        }
        i += 1;
    }
    None
}

/// A whole number of đồng as banks print it: `1.234.567`, `1,234,567` or `1234567`.
fn parse_amount(raw: &str) -> Option<i64> {
    let cleaned: String = raw
        .trim()
        .trim_end_matches("VND")
        .trim_end_matches('đ')
        .trim()
        .replace(['.', ',', ' '], "");
    cleaned.parse().ok()
}

fn parse_day(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(raw, "%d/%m/%Y"))
        .ok()
        .filter(|day| crate::values::day_in_range(*day))
}

/// An open, issued invoice of exactly `amount`, as a condition.
fn open_exactly(amount: i64) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .add(invoice::Column::Status.eq(InvoiceState::Issued))
        .add(
            Expr::col(invoice::Column::Total)
                .sub(Expr::col(invoice::Column::Credited))
                .sub(Expr::col(invoice::Column::Paid))
                .eq(amount),
        )
}

/// The invoice a transfer most likely pays, and why.
async fn suggest(
    txn: &TenantTxn,
    description: &str,
    amount: i64,
    payer: Option<Uuid>,
) -> AppResult<Option<(BankMatch, invoice::Model)>> {
    if let Some((series, number)) = invoice_reference(description)
        && let Some(found) = txn
            .scoped::<invoice::Entity>()
            .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
            .filter(invoice::Column::Status.eq(InvoiceState::Issued))
            .filter(invoice::Column::Series.eq(series))
            .filter(invoice::Column::Number.eq(number))
            .one(txn.conn())
            .await?
    {
        let kind = if found.open() == amount {
            BankMatch::NumberAndAmount
        } else {
            BankMatch::Number
        };
        return Ok(Some((kind, found)));
    }
    if let Some(firm) = payer {
        let found = txn
            .scoped::<invoice::Entity>()
            .filter(open_exactly(amount))
            .filter(invoice::Column::FirmId.eq(firm))
            .order_by_asc(invoice::Column::DueOn)
            .order_by_asc(invoice::Column::Number)
            .one(txn.conn())
            .await?;
        return Ok(found.map(|i| (BankMatch::FirmAndAmount, i)));
    }
    let mut only = txn
        .scoped::<invoice::Entity>()
        .filter(open_exactly(amount))
        .limit(2)
        .all(txn.conn())
        .await?;
    Ok(match only.len() {
        1 => only.pop().map(|i| (BankMatch::Amount, i)),
        _ => None,
    })
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
        let mut problem = |column: &str, message: &str| {
            report.problems.push(RowProblem {
                row: *row,
                column: column.into(),
                message: message.into(),
            })
        };
        let booked_on = parse_day(&values["date"]);
        if booked_on.is_none() {
            problem("date", "write the day as YYYY-MM-DD or DD/MM/YYYY");
        }
        let amount = parse_amount(&values["amount"]);
        match amount {
            None => problem("amount", "write the amount as a whole number of đồng"),
            Some(a) if a <= 0 => problem(
                "amount",
                "only incoming transfers (positive amounts) can pay invoices",
            ),
            Some(_) => {}
        }
        let reference = values["reference"].trim().to_owned();
        if reference.is_empty() || reference.chars().count() > 100 {
            problem(
                "reference",
                "the bank's transaction reference, 1 to 100 characters",
            );
        }
        let description = values["description"].trim().to_owned();
        if description.chars().count() > 500 {
            problem("description", "at most 500 characters");
        }
        let payer_tax_code =
            Some(values["payer_tax_code"].trim().to_owned()).filter(|t| !t.is_empty());
        let payer = match &payer_tax_code {
            Some(code) => match firms.get(code) {
                Some(found) => Some(found.clone()),
                None => {
                    problem("payer_tax_code", "no firm has this tax code");
                    None
                }
            },
            None => None,
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
            matched
                .as_ref()
                .map(|(_, i)| (i.firm_id, i.buyer_name.clone()))
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
                    match_kind: l.matched.as_ref().map(|(k, _)| *k),
                    invoice_id: l.matched.as_ref().map(|(_, i)| i.id),
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
                        AppError::Conflict(
                            "another import added some of these lines meanwhile; import again"
                                .into(),
                        )
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

async fn views(txn: &TenantTxn, lines: Vec<bank_line::Model>) -> AppResult<Vec<LineView>> {
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
    let firms: HashMap<Uuid, String> = if firm_ids.is_empty() {
        HashMap::new()
    } else {
        txn.scoped::<firm::Entity>()
            .select_only()
            .column(firm::Column::Id)
            .column(firm::Column::Name)
            .filter(firm::Column::Id.is_in(firm_ids))
            .into_tuple::<(Uuid, String)>()
            .all(txn.conn())
            .await?
            .into_iter()
            .collect()
    };
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
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
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

async fn lock_pending(txn: &TenantTxn, id: BankLineId) -> AppResult<bank_line::Model> {
    let line = txn
        .scoped_by_id::<bank_line::Entity>(id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    match line.status {
        BankLineStatus::Confirmed => Err(AppError::Conflict(
            "this line is already confirmed as a payment".into(),
        )),
        BankLineStatus::Ignored => Err(AppError::Conflict("this line was set aside".into())),
        _ => Ok(line),
    }
}

/// Confirms a line as a payment of its amount: to `invoice_id`, else the suggested invoice,
/// up to what is open on it (the rest is the firm's credit); a line with only a known payer
/// pays that firm's oldest open invoices (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn confirm(
    db: &Db,
    ctx: &TenantCtx,
    id: BankLineId,
    invoice_id: Option<InvoiceId>,
) -> AppResult<LineView> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let line = lock_pending(&txn, id).await?;
    let target = match invoice_id.or(line.invoice_id.map(InvoiceId)) {
        Some(chosen) => {
            let found = txn
                .scoped_by_id::<invoice::Entity>(chosen)
                .one(txn.conn())
                .await?
                .filter(|i| i.kind == InvoiceKind::Invoice && i.status == InvoiceState::Issued)
                .ok_or_else(|| AppError::invalid("invoiceId", "not an issued invoice"))?;
            Some(found)
        }
        None => None,
    };
    let firm_id = match (&target, line.firm_id) {
        (Some(invoice), _) => FirmId(invoice.firm_id),
        (None, Some(firm)) => FirmId(firm),
        (None, None) => {
            return Err(AppError::invalid(
                "invoiceId",
                "choose the invoice this transfer pays",
            ));
        }
    };
    let allocations = target.as_ref().map(|invoice| {
        let amount = std::cmp::min(invoice.open(), line.amount);
        if amount > 0 {
            vec![(InvoiceId(invoice.id), amount)]
        } else {
            Vec::new()
        }
    });
    let recorded = payments::record_in_txn(
        &txn,
        ctx,
        PaymentInput {
            firm_id,
            amount: line.amount,
            received_on: line.booked_on,
            method: PaymentMethod::BankTransfer,
            bank_reference: Some(line.reference.clone()),
            idempotency_key: format!("bank-line:{}", line.id),
            allocations,
        },
    )
    .await?;
    let before = line.clone();
    let mut update = line.into_active_model();
    update.status = Set(BankLineStatus::Confirmed);
    update.invoice_id = Set(target.as_ref().map(|i| i.id));
    update.firm_id = Set(Some(firm_id.0));
    update.payment_id = Set(Some(recorded.payment.id));
    update.updated_at = Set(Utc::now());
    if invoice_id.is_some() && invoice_id != before.invoice_id.map(InvoiceId) {
        update.match_kind = Set(None);
    }
    settle(txn, ctx, before, update, "confirmed").await
}

/// Sets a line aside: not a payment to the operator, or handled elsewhere (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn ignore(
    db: &Db,
    ctx: &TenantCtx,
    id: BankLineId,
    reason: String,
) -> AppResult<LineView> {
    ctx.require(Policy::ManageBilling)?;
    let reason = required_text(&reason, "reason", 300)?;
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let line = lock_pending(&txn, id).await?;
    let before = line.clone();
    let mut update = line.into_active_model();
    update.status = Set(BankLineStatus::Ignored);
    update.ignore_reason = Set(Some(reason));
    update.updated_at = Set(Utc::now());
    settle(txn, ctx, before, update, "ignored").await
}

/// Saves a line's new state, audits it and commits; returns the line as lists show it.
async fn settle(
    txn: TenantTxn,
    ctx: &TenantCtx,
    before: bank_line::Model,
    update: bank_line::ActiveModel,
    action: &str,
) -> AppResult<LineView> {
    let after = update.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "BankLine",
        after.id,
        action,
        Some(&before),
        Some(&after),
    )
    .await?;
    let view = views(&txn, vec![after])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_invoice_number_in_a_transfer_description() {
        for (text, expected) in [
            ("TT HD C26TAA 00000123", Some(("C26TAA", 123))),
            (
                "cong ty kcc tt hd c26taa-0000042 thang 10",
                Some(("C26TAA", 42)),
            ),
            ("Thanh toán HĐ C25TDS 17", Some(("C25TDS", 17))),
            ("KCC chuyen tien C26TAA", None),
            ("MAC26TAA 1", None),
            ("TT HD 00000123", None),
            // Uncoded (K) series.
            ("TT HD K26TAA 00000123", Some(("K26TAA", 123))),
            ("thanh toan hoa don k26tyl-45", Some(("K26TYL", 45))),
            // Spaces and separators stripped by the bank.
            ("TTHDC26TDS00000123", Some(("C26TDS", 123))),
            ("KCC VINA TTHDK26TDS00000007 THANG 11", Some(("K26TDS", 7))),
            ("HDC26TDS 42", Some(("C26TDS", 42))),
            ("CKC26TDS00000123", Some(("C26TDS", 123))),
            ("FT26330C26TDS00000123", Some(("C26TDS", 123))),
            // Glued to an unrelated word with a short number: not a reference.
            ("MAC26TAA1", None),
            ("KCC26TAA 15", None),
        ] {
            assert_eq!(
                invoice_reference(text),
                expected.map(|(s, n)| (s.to_owned(), n)),
                "{text}"
            );
        }
    }

    #[test]
    fn reads_amounts_and_days_as_banks_print_them() {
        assert_eq!(parse_amount("1.234.567"), Some(1_234_567));
        assert_eq!(parse_amount("1,234,567 VND"), Some(1_234_567));
        assert_eq!(parse_amount("-500000"), Some(-500_000));
        assert_eq!(parse_amount("12a"), None);
        assert_eq!(
            parse_day("2026-10-05"),
            NaiveDate::from_ymd_opt(2026, 10, 5)
        );
        assert_eq!(
            parse_day("05/10/2026"),
            NaiveDate::from_ymd_opt(2026, 10, 5)
        );
        assert_eq!(parse_day("10-05-2026"), None);
    }
}
