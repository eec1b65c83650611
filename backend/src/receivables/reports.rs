//! Receivables reports: a firm's statement of account for a date range, the aging of what is
//! open by days past due (per cluster and firm), and what was invoiced and collected per month.
//! Balances are what the firm owes: invoices add, credit notes and payments take off.

use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use uuid::Uuid;

use crate::access::{Policy, Reach, TenantCtx};
use crate::billing::entities::invoice;
use crate::billing::labels::invoice_label;
use crate::billing::{InvoiceKind, InvoiceState};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, reason};
use crate::estate::entities::cluster;
use crate::ids::{ClusterId, FirmId};
use crate::receivables::entities::{payment, payment_allocation, refund};
use crate::receivables::wording::pick;
use crate::spreadsheet;
use crate::tenancy::Locale;
use crate::tenancy::entities::firm;
use crate::values::today;

/// What a statement line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntryKind {
    Invoice,
    CreditNote,
    Payment,
    /// Money given back to the firm out of its credit.
    Refund,
}

/// One line of a statement of account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementEntry {
    pub on: NaiveDate,
    pub kind: EntryKind,
    pub reference: String,
    /// What it is, in Vietnamese (see [`StatementEntry::description_in`]).
    pub description: String,
    /// Invoices and credit notes: the period billed.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Credit notes: the reason given.
    pub note: Option<String>,
    /// Payments: how the money arrived.
    pub method: Option<crate::receivables::PaymentMethod>,
    pub debit: i64,
    pub credit: i64,
    pub balance: i64,
    /// The invoice, credit note or payment.
    pub document_id: Uuid,
}

/// A firm's statement of account for `[from, to]`.
#[derive(Clone, Debug)]
pub struct Statement {
    pub firm: firm::Model,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub opening_balance: i64,
    pub invoiced: i64,
    pub credited: i64,
    pub paid: i64,
    /// Given back to the firm out of its credit.
    pub refunded: i64,
    pub closing_balance: i64,
    pub unallocated_credit: i64,
    pub entries: Vec<StatementEntry>,
}

/// The firm a reader may see the statement of: an enterprise user their own (any other is
/// NOT_FOUND), an operator the one asked for.
pub(crate) fn statement_firm(ctx: &TenantCtx, asked: Option<FirmId>) -> AppResult<FirmId> {
    match ctx.require(Policy::ReadAccounts)? {
        Reach::Firm(own) => match asked {
            Some(other) if other != own => Err(AppError::NotFound),
            _ => Ok(own),
        },
        Reach::Tenant => asked
            .ok_or_else(|| AppError::invalid("firmId", reason!("choose_firm", "choose a firm"))),
    }
}

/// A firm's statement of account: opening balance on `from`, every invoice, credit note and
/// payment up to `to` with a running balance, and the closing balance.
pub async fn statement(
    db: &Db,
    ctx: &TenantCtx,
    firm_id: Option<FirmId>,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<Statement> {
    let firm_id = statement_firm(ctx, firm_id)?;
    if to < from {
        return Err(AppError::invalid(
            "to",
            reason!("end_comes_before_start", "the end comes before the start"),
        ));
    }
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let firm = txn
        .scoped_by_id::<firm::Entity>(firm_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let documents = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::FirmId.eq(firm_id))
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .filter(invoice::Column::IssuedOn.lte(to))
        .order_by_asc(invoice::Column::IssuedOn)
        .order_by_asc(invoice::Column::Series)
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?;
    let payments = txn
        .scoped::<payment::Entity>()
        .filter(payment::Column::FirmId.eq(firm_id))
        .order_by_asc(payment::Column::ReceivedOn)
        .order_by_asc(payment::Column::Id)
        .all(txn.conn())
        .await?;
    let refunds = crate::receivables::refunds::of_firm(&txn, firm_id.0, to).await?;
    txn.commit().await?;
    Ok(assemble(firm, from, to, &documents, &payments, &refunds))
}

/// The entry with its Vietnamese description, as the API has always given it.
fn described(entry: StatementEntry) -> StatementEntry {
    StatementEntry {
        description: entry.description_in(Locale::Vi),
        ..entry
    }
}

/// The statement from the firm's documents and payments (pure, for testing).
fn assemble(
    firm: firm::Model,
    from: NaiveDate,
    to: NaiveDate,
    documents: &[invoice::Model],
    payments: &[payment::Model],
    refunds: &[refund::Model],
) -> Statement {
    let mut entries = Vec::new();
    let mut opening = 0;
    for d in documents {
        let Some(on) = d.issued_on else { continue };
        if on < from {
            opening += d.total;
            continue;
        }
        let kind = match d.kind {
            InvoiceKind::Invoice => EntryKind::Invoice,
            InvoiceKind::CreditNote => EntryKind::CreditNote,
        };
        entries.push(described(StatementEntry {
            on,
            kind,
            reference: invoice_label(d),
            description: String::new(),
            period: Some((d.period_start, d.period_end)),
            note: (kind == EntryKind::CreditNote).then(|| d.note.clone().unwrap_or_default()),
            method: None,
            debit: std::cmp::max(d.total, 0),
            credit: std::cmp::max(-d.total, 0),
            balance: 0,
            document_id: d.id,
        }));
    }
    for p in payments.iter().filter(|p| p.received_on <= to) {
        if p.received_on < from {
            opening -= p.amount;
            continue;
        }
        entries.push(described(StatementEntry {
            on: p.received_on,
            kind: EntryKind::Payment,
            reference: p.bank_reference.clone().unwrap_or_default(),
            description: String::new(),
            period: None,
            note: None,
            method: Some(p.method),
            debit: 0,
            credit: p.amount,
            balance: 0,
            document_id: p.id,
        }));
    }
    for r in refunds.iter().filter(|r| r.refunded_on <= to) {
        if r.refunded_on < from {
            opening += r.amount;
            continue;
        }
        entries.push(described(StatementEntry {
            on: r.refunded_on,
            kind: EntryKind::Refund,
            reference: r.bank_reference.clone(),
            description: String::new(),
            period: None,
            note: r.note.clone(),
            method: None,
            debit: r.amount,
            credit: 0,
            balance: 0,
            document_id: r.id,
        }));
    }
    // Stable: by day, invoices before credit notes before payments before refunds, then as
    // read.
    entries.sort_by_key(|e| (e.on, e.kind));
    let mut balance = opening;
    let (mut invoiced, mut credited, mut paid, mut refunded) = (0, 0, 0, 0);
    for e in &mut entries {
        balance += e.debit - e.credit;
        e.balance = balance;
        match e.kind {
            EntryKind::Invoice => invoiced += e.debit - e.credit,
            EntryKind::CreditNote => credited += e.credit - e.debit,
            EntryKind::Payment => paid += e.credit,
            EntryKind::Refund => refunded += e.debit,
        }
    }
    Statement {
        firm,
        from,
        to,
        opening_balance: opening,
        invoiced,
        credited,
        paid,
        refunded,
        closing_balance: balance,
        unallocated_credit: payments.iter().map(|p| p.unallocated).sum(),
        entries,
    }
}

/// The statement as CSV (UTF-8 with a byte-order mark), for spreadsheets: the headers and
/// descriptions in `locale`; kinds, dates and amounts as codes and numbers either way.
pub async fn statement_csv(
    db: &Db,
    ctx: &TenantCtx,
    firm_id: Option<FirmId>,
    from: NaiveDate,
    to: NaiveDate,
    locale: Locale,
) -> AppResult<(String, String)> {
    let s = statement(db, ctx, firm_id, from, to).await?;
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(s.entries.len() + 2);
    rows.push(vec![
        s.from.to_string(),
        "OPENING".into(),
        String::new(),
        format!(
            "{} – {} ({} {})",
            pick(locale, "Số dư đầu kỳ", "Opening balance"),
            s.firm.name,
            pick(locale, "MST", "tax code"),
            s.firm.tax_code.as_deref().unwrap_or("–")
        ),
        String::new(),
        String::new(),
        s.opening_balance.to_string(),
    ]);
    for e in &s.entries {
        let kind = match e.kind {
            EntryKind::Invoice => "INVOICE",
            EntryKind::CreditNote => "CREDIT_NOTE",
            EntryKind::Payment => "PAYMENT",
            EntryKind::Refund => "REFUND",
        };
        rows.push(vec![
            e.on.to_string(),
            kind.into(),
            e.reference.clone(),
            e.description_in(locale),
            e.debit.to_string(),
            e.credit.to_string(),
            e.balance.to_string(),
        ]);
    }
    rows.push(vec![
        s.to.to_string(),
        "CLOSING".into(),
        String::new(),
        pick(locale, "Số dư cuối kỳ", "Closing balance").into(),
        (s.invoiced + s.refunded).to_string(),
        (s.credited + s.paid).to_string(),
        s.closing_balance.to_string(),
    ]);
    let columns = match locale {
        Locale::Vi => [
            "ngay",
            "loai",
            "so_chung_tu",
            "dien_giai",
            "phat_sinh_no",
            "phat_sinh_co",
            "so_du",
        ],
        Locale::En => [
            "date",
            "kind",
            "reference",
            "description",
            "debit",
            "credit",
            "balance",
        ],
    };
    let text = spreadsheet::write(&columns, rows)?;
    Ok((statement_file_name(&s), text))
}

/// The statement's file name without extension, the same for the CSV and the PDF.
pub fn statement_file_name(s: &Statement) -> String {
    format!(
        "sao-ke-{}-{}-{}",
        s.firm.tax_code.as_deref().unwrap_or("firm"),
        s.from,
        s.to
    )
}

/// Open amounts in the five aging buckets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Buckets {
    pub current: i64,
    pub days_1_30: i64,
    pub days_31_60: i64,
    pub days_61_90: i64,
    pub over_90: i64,
}

impl Buckets {
    /// Adds `amount` that is `days_past_due` late (zero or less: not yet due).
    pub fn add(&mut self, days_past_due: i64, amount: i64) {
        let slot = match days_past_due {
            ..=0 => &mut self.current,
            1..=30 => &mut self.days_1_30,
            31..=60 => &mut self.days_31_60,
            61..=90 => &mut self.days_61_90,
            _ => &mut self.over_90,
        };
        *slot += amount;
    }

    pub fn total(&self) -> i64 {
        self.current + self.days_1_30 + self.days_31_60 + self.days_61_90 + self.over_90
    }
}

/// One cluster's or firm's row of the aging report.
#[derive(Clone, Debug)]
pub struct AgingRow {
    pub id: Uuid,
    pub name: String,
    pub buckets: Buckets,
}

/// Receivables by days past due on `as_of`.
#[derive(Clone, Debug)]
pub struct Aging {
    pub as_of: NaiveDate,
    pub total: Buckets,
    pub clusters: Vec<AgingRow>,
    pub firms: Vec<AgingRow>,
}

/// What was open on each invoice at the end of `as_of`: invoices issued by then, less the
/// credit notes and payments allocated by then. Invoices settled since are put back.
async fn open_on(
    txn: &TenantTxn,
    as_of: NaiveDate,
    cluster_id: Option<ClusterId>,
) -> AppResult<Vec<(invoice::Model, i64)>> {
    let tenant = txn.tenant_id().0;
    let paid_later = Query::select()
        .column(payment_allocation::Column::InvoiceId)
        .from(payment_allocation::Entity)
        .and_where(payment_allocation::Column::TenantId.eq(tenant))
        .and_where(payment_allocation::Column::AllocatedOn.gt(as_of))
        .to_owned();
    let credited_later = Query::select()
        .column(invoice::Column::CorrectsId)
        .from(invoice::Entity)
        .and_where(invoice::Column::TenantId.eq(tenant))
        .and_where(invoice::Column::Kind.eq(InvoiceKind::CreditNote))
        .and_where(invoice::Column::IssuedOn.gt(as_of))
        .to_owned();
    let mut select = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .filter(invoice::Column::IssuedOn.lte(as_of))
        .filter(
            sea_orm::Condition::any()
                .add(crate::billing::invoices::is_open())
                .add(Expr::col(invoice::Column::Id).in_subquery(paid_later))
                .add(Expr::col(invoice::Column::Id).in_subquery(credited_later)),
        );
    if let Some(cluster) = cluster_id {
        select = select.filter(invoice::Column::ClusterId.eq(cluster));
    }
    let invoices = select.all(txn.conn()).await?;
    let mut later: HashMap<Uuid, i64> = HashMap::new();
    let ids: Vec<Uuid> = invoices.iter().map(|i| i.id).collect();
    for chunk in ids.chunks(800) {
        let allocations: Vec<(Uuid, i64)> = txn
            .scoped::<payment_allocation::Entity>()
            .select_only()
            .column(payment_allocation::Column::InvoiceId)
            .column(payment_allocation::Column::Amount)
            .filter(payment_allocation::Column::AllocatedOn.gt(as_of))
            .filter(payment_allocation::Column::InvoiceId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(txn.conn())
            .await?;
        let credits: Vec<(Option<Uuid>, i64)> = txn
            .scoped::<invoice::Entity>()
            .select_only()
            .column(invoice::Column::CorrectsId)
            .column(invoice::Column::Total)
            .filter(invoice::Column::Kind.eq(InvoiceKind::CreditNote))
            .filter(invoice::Column::Status.eq(InvoiceState::Issued))
            .filter(invoice::Column::IssuedOn.gt(as_of))
            .filter(invoice::Column::CorrectsId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(txn.conn())
            .await?;
        for (id, amount) in allocations {
            *later.entry(id).or_default() += amount;
        }
        for (id, total) in credits {
            if let Some(id) = id {
                *later.entry(id).or_default() += -total;
            }
        }
    }
    Ok(invoices
        .into_iter()
        .filter_map(|i| {
            let open = i.open() + later.get(&i.id).copied().unwrap_or(0);
            (open > 0).then_some((i, open))
        })
        .collect())
}

/// Receivables aging on `as_of` (default today), per cluster and per firm (operators).
pub async fn aging(
    db: &Db,
    ctx: &TenantCtx,
    as_of: Option<NaiveDate>,
    cluster_id: Option<ClusterId>,
) -> AppResult<Aging> {
    ctx.require(Policy::ManageBilling)?;
    let as_of = as_of.unwrap_or_else(today);
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    if let Some(cluster) = cluster_id {
        txn.scoped_by_id::<cluster::Entity>(cluster)
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
    }
    let open = open_on(&txn, as_of, cluster_id).await?;
    let mut total = Buckets::default();
    let mut by_cluster: HashMap<Uuid, Buckets> = HashMap::new();
    let mut by_firm: HashMap<Uuid, Buckets> = HashMap::new();
    for (invoice, amount) in &open {
        let late = invoice.due_on.map_or(0, |due| (as_of - due).num_days());
        total.add(late, *amount);
        by_cluster
            .entry(invoice.cluster_id)
            .or_default()
            .add(late, *amount);
        by_firm
            .entry(invoice.firm_id)
            .or_default()
            .add(late, *amount);
    }
    let clusters = txn
        .names::<cluster::Entity>(by_cluster.keys().copied())
        .await?;
    let firms = txn.names::<firm::Entity>(by_firm.keys().copied()).await?;
    txn.commit().await?;
    let rows = |map: HashMap<Uuid, Buckets>, names: &HashMap<Uuid, String>| {
        let mut rows: Vec<AgingRow> = map
            .into_iter()
            .map(|(id, buckets)| AgingRow {
                id,
                name: names.get(&id).cloned().unwrap_or_default(),
                buckets,
            })
            .collect();
        rows.sort_by(|a, b| {
            b.buckets
                .total()
                .cmp(&a.buckets.total())
                .then_with(|| a.name.cmp(&b.name))
        });
        rows
    };
    let mut clusters = rows(by_cluster, &clusters);
    clusters.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Aging {
        as_of,
        total,
        clusters,
        firms: rows(by_firm, &firms),
    })
}

/// What was invoiced and collected in one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectionMonth {
    /// The first day of the month.
    pub month: NaiveDate,
    pub invoiced: i64,
    pub collected: i64,
}

/// Invoiced (issued invoices less credit notes, VAT included) and collected (allocated
/// payments) per month, the last `months` months up to this one, oldest first (operators).
pub async fn collections(
    db: &Db,
    ctx: &TenantCtx,
    months: i32,
    cluster_id: Option<ClusterId>,
) -> AppResult<Vec<CollectionMonth>> {
    ctx.require(Policy::ManageBilling)?;
    if !(1..=36).contains(&months) {
        return Err(AppError::invalid(
            "months",
            reason!("one_to_36_months", "1 to 36 months"),
        ));
    }
    let this_month = today().with_day(1).unwrap_or_else(today);
    let start = this_month
        .checked_sub_months(Months::new(months as u32 - 1))
        .unwrap_or(this_month);
    let end = this_month
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(this_month);
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let tenant = txn.tenant_id().0;
    if let Some(cluster) = cluster_id {
        txn.scoped_by_id::<cluster::Entity>(cluster)
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
    }
    // Summed by the database per day; the days are folded into months here.
    let mut invoiced = txn
        .scoped::<invoice::Entity>()
        .select_only()
        .column(invoice::Column::IssuedOn)
        .expr_as(
            Expr::col(invoice::Column::Total).sum().cast_as("BIGINT"),
            "amount",
        )
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        .filter(invoice::Column::IssuedOn.gte(start))
        .filter(invoice::Column::IssuedOn.lte(end))
        .group_by(invoice::Column::IssuedOn);
    let mut collected = txn
        .scoped::<payment_allocation::Entity>()
        .select_only()
        .column(payment_allocation::Column::AllocatedOn)
        .expr_as(
            Expr::col(payment_allocation::Column::Amount)
                .sum()
                .cast_as("BIGINT"),
            "amount",
        )
        .filter(payment_allocation::Column::AllocatedOn.gte(start))
        .filter(payment_allocation::Column::AllocatedOn.lte(end))
        .group_by(payment_allocation::Column::AllocatedOn);
    if let Some(cluster) = cluster_id {
        invoiced = invoiced.filter(invoice::Column::ClusterId.eq(cluster));
        collected = collected.filter(
            Expr::col(payment_allocation::Column::InvoiceId).in_subquery(
                Query::select()
                    .column(invoice::Column::Id)
                    .from(invoice::Entity)
                    .and_where(invoice::Column::TenantId.eq(tenant))
                    .and_where(invoice::Column::ClusterId.eq(cluster))
                    .to_owned(),
            ),
        );
    }
    let invoiced: Vec<(Option<NaiveDate>, Option<i64>)> =
        invoiced.into_tuple().all(txn.conn()).await?;
    let collected: Vec<(NaiveDate, Option<i64>)> = collected.into_tuple().all(txn.conn()).await?;
    txn.commit().await?;
    let mut out: Vec<CollectionMonth> = (0..months as u32)
        .filter_map(|i| start.checked_add_months(Months::new(i)))
        .map(|month| CollectionMonth {
            month,
            invoiced: 0,
            collected: 0,
        })
        .collect();
    let slot = |day: NaiveDate| {
        let index = (day.year() - start.year()) * 12 + day.month() as i32 - start.month() as i32;
        usize::try_from(index).ok()
    };
    for (day, amount) in invoiced {
        if let Some(i) = day.and_then(slot)
            && let Some(m) = out.get_mut(i)
        {
            m.invoiced += amount.unwrap_or(0);
        }
    }
    for (day, amount) in collected {
        if let Some(i) = slot(day)
            && let Some(m) = out.get_mut(i)
        {
            m.collected += amount.unwrap_or(0);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_split_at_30_60_90_days() {
        let mut b = Buckets::default();
        for (days, amount) in [
            (-3, 1),
            (0, 2),
            (1, 10),
            (30, 20),
            (31, 100),
            (60, 200),
            (61, 1000),
            (90, 2000),
            (91, 10_000),
        ] {
            b.add(days, amount);
        }
        assert_eq!(
            b,
            Buckets {
                current: 3,
                days_1_30: 30,
                days_31_60: 300,
                days_61_90: 3000,
                over_90: 10_000
            }
        );
        assert_eq!(b.total(), 13_333);
    }
}
