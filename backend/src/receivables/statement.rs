//! The fund statement an auditor signs, for any period: the opening balance, receipts by source
//! and month, expenses by category with their supporting documents, and the closing balance.
//! [`build`] is pure and proven (by a property test) to reconcile with the ledger: the opening
//! balance is every movement before the period, the closing one every movement up to its end.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

use crate::access::{Policy, TenantCtx};
use crate::billing::money::first_of_month;
use crate::db::Db;
use crate::error::{AppError, AppResult, reason};
use crate::estate::entities::cluster;
use crate::ids::ClusterId;
use crate::receivables::entities::fund_entry;
use crate::receivables::wording::{self, pick};
use crate::receivables::{FundAccount, FundEntryKind};
use crate::tenancy::Locale;
use crate::upkeep::AssetCategory;

/// Money in from one source in one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiptRow {
    pub month: NaiveDate,
    /// FEE_COLLECTED or ADJUSTMENT (an adjustment may be negative).
    pub source: FundEntryKind,
    pub amount: i64,
}

/// The expenses of one category (none: not assigned), with each movement.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpenseGroup {
    /// The asset category, or `None` when not assigned.
    pub category: Option<AssetCategory>,
    /// Đồng spent (positive).
    pub total: i64,
    /// Oldest first.
    pub lines: Vec<fund_entry::Model>,
}

/// The figures of a statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub opening: i64,
    pub receipts: Vec<ReceiptRow>,
    pub receipts_total: i64,
    pub expenses: Vec<ExpenseGroup>,
    /// Đồng spent (positive).
    pub expenses_total: i64,
    pub closing: i64,
}

/// Builds the statement of `[from, to]` from the account's movements (any order).
pub fn build(entries: &[fund_entry::Model], from: NaiveDate, to: NaiveDate) -> Figures {
    let mut opening = 0;
    let mut receipts: BTreeMap<(NaiveDate, &'static str), (FundEntryKind, i64)> = BTreeMap::new();
    let mut groups: BTreeMap<Option<AssetCategory>, ExpenseGroup> = BTreeMap::new();
    for e in entries {
        if e.entry_on < from {
            opening += e.amount;
            continue;
        }
        if e.entry_on > to {
            continue;
        }
        match e.kind {
            FundEntryKind::Expense => {
                let group = groups.entry(e.category).or_insert_with(|| ExpenseGroup {
                    category: e.category,
                    total: 0,
                    lines: Vec::new(),
                });
                group.total -= e.amount;
                group.lines.push(e.clone());
            }
            kind => {
                let row = receipts
                    .entry((first_of_month(e.entry_on), kind.as_str()))
                    .or_insert((kind, 0));
                row.1 += e.amount;
            }
        }
    }
    let receipts: Vec<ReceiptRow> = receipts
        .into_iter()
        .map(|((month, _), (source, amount))| ReceiptRow {
            month,
            source,
            amount,
        })
        .collect();
    let mut expenses: Vec<ExpenseGroup> = groups.into_values().collect();
    for g in &mut expenses {
        g.lines.sort_by_key(|l| (l.entry_on, l.id));
    }
    let receipts_total = receipts.iter().map(|r| r.amount).sum();
    let expenses_total = expenses.iter().map(|g| g.total).sum();
    Figures {
        from,
        to,
        opening,
        receipts,
        receipts_total,
        expenses,
        expenses_total,
        closing: opening + receipts_total - expenses_total,
    }
}

impl FundEntryKind {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FeeCollected => "FEE_COLLECTED",
            Self::Expense => "EXPENSE",
            Self::Adjustment => "ADJUSTMENT",
        }
    }
}

/// A statement with what it is of.
#[derive(Clone, Debug)]
pub struct FundStatement {
    pub cluster: cluster::Model,
    pub account: FundAccount,
    pub figures: Figures,
}

/// The statement of a cluster's account for `[from, to]` (operators).
pub async fn statement(
    db: &Db,
    ctx: &TenantCtx,
    cluster_id: ClusterId,
    account: FundAccount,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<FundStatement> {
    if to < from {
        return Err(AppError::invalid(
            "to",
            reason!(
                "period_ends_after_starts",
                "the period ends after it starts"
            ),
        ));
    }
    let txn = db.lookup(ctx, Policy::ManageBilling).await?;
    let cluster = txn
        .scoped_by_id::<cluster::Entity>(cluster_id)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    let entries = txn
        .scoped::<fund_entry::Entity>()
        .filter(fund_entry::Column::ClusterId.eq(cluster_id))
        .filter(fund_entry::Column::Account.eq(account))
        .filter(fund_entry::Column::EntryOn.lte(to))
        .order_by_asc(fund_entry::Column::EntryOn)
        .all(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(FundStatement {
        cluster,
        account,
        figures: build(&entries, from, to),
    })
}

/// The statement as CSV (UTF-8 with a byte-order mark): one row per figure, receipt and
/// expense, so a spreadsheet can total it again. Headers and descriptions in `locale`;
/// sections, sources and categories as codes either way.
pub fn to_csv(s: &FundStatement, locale: Locale) -> AppResult<String> {
    let f = &s.figures;
    let columns = match locale {
        Locale::Vi => [
            "muc",
            "thang_hoac_ngay",
            "nguon_hoac_hang_muc",
            "dien_giai",
            "so_chung_tu",
            "ngay_chung_tu",
            "so_tien",
        ],
        Locale::En => [
            "section",
            "month_or_date",
            "source_or_category",
            "description",
            "document_number",
            "document_date",
            "amount",
        ],
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    let row = |section: &str,
               date: String,
               what: &str,
               desc: &str,
               doc: &str,
               doc_date: String,
               amount: i64| {
        vec![
            section.to_owned(),
            date,
            what.to_owned(),
            desc.to_owned(),
            doc.to_owned(),
            doc_date,
            amount.to_string(),
        ]
    };
    rows.push(row(
        "OPENING",
        f.from.to_string(),
        "",
        &format!(
            "{} – {}",
            pick(locale, "Số dư đầu kỳ", "Opening balance"),
            s.cluster.name
        ),
        "",
        String::new(),
        f.opening,
    ));
    for r in &f.receipts {
        rows.push(row(
            "RECEIPT",
            r.month.format("%Y-%m").to_string(),
            r.source.as_str(),
            wording::receipt_source(r.source, locale),
            "",
            String::new(),
            r.amount,
        ));
    }
    for g in &f.expenses {
        let category = g.category.map_or("UNASSIGNED", AssetCategory::as_str);
        for l in &g.lines {
            rows.push(row(
                "EXPENSE",
                l.entry_on.to_string(),
                category,
                &l.description,
                l.document_number
                    .as_deref()
                    .or(l.document_ref.as_deref())
                    .unwrap_or(""),
                l.document_date.map(|d| d.to_string()).unwrap_or_default(),
                -l.amount,
            ));
        }
    }
    rows.push(row(
        "CLOSING",
        f.to.to_string(),
        "",
        pick(locale, "Số dư cuối kỳ", "Closing balance"),
        "",
        String::new(),
        f.closing,
    ));
    crate::spreadsheet::write(&columns, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, Utc};
    use proptest::prelude::*;
    use uuid::Uuid;

    fn entry(
        day: NaiveDate,
        kind: FundEntryKind,
        amount: i64,
        category: Option<AssetCategory>,
    ) -> fund_entry::Model {
        fund_entry::Model {
            id: Uuid::now_v7(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            cluster_id: Uuid::nil(),
            entry_on: day,
            kind,
            amount,
            description: String::new(),
            allocation_id: None,
            invoice_id: None,
            recorded_by: None,
            work_order_id: None,
            document_ref: None,
            account: FundAccount::MaintenanceFund,
            document_number: None,
            document_date: None,
            category,
        }
    }

    fn arb_entry() -> impl Strategy<Value = fund_entry::Model> {
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        (0i64..730, 0u8..3, 1i64..50_000_000, 0u8..4).prop_map(move |(d, k, amount, c)| {
            let day = start + Duration::days(d);
            let category = AssetCategory::ALL.get(c as usize).copied();
            match k {
                0 => entry(day, FundEntryKind::FeeCollected, amount, None),
                1 => entry(day, FundEntryKind::Expense, -amount, category),
                _ => entry(day, FundEntryKind::Adjustment, amount - 25_000_000, None),
            }
        })
    }

    proptest! {
        #[test]
        fn the_statement_reconciles_to_the_ledger_for_any_period(
            entries in proptest::collection::vec(arb_entry(), 0..300),
            a in 0i64..800,
            b in 0i64..800,
        ) {
            let start = NaiveDate::from_ymd_opt(2024, 12, 1).unwrap();
            let (from, to) = (start + Duration::days(a.min(b)), start + Duration::days(a.max(b)));
            let f = build(&entries, from, to);
            let ledger = |until: NaiveDate| -> i64 {
                entries.iter().filter(|e| e.entry_on <= until).map(|e| e.amount).sum()
            };
            prop_assert_eq!(f.opening, ledger(from - Duration::days(1)));
            prop_assert_eq!(f.closing, ledger(to));
            prop_assert_eq!(f.receipts_total, f.receipts.iter().map(|r| r.amount).sum::<i64>());
            let in_period: Vec<&fund_entry::Model> =
                entries.iter().filter(|e| e.entry_on >= from && e.entry_on <= to).collect();
            let spent: i64 = in_period.iter().filter(|e| e.kind == FundEntryKind::Expense).map(|e| -e.amount).sum();
            prop_assert_eq!(f.expenses_total, spent);
            let lines: usize = f.expenses.iter().map(|g| g.lines.len()).sum();
            prop_assert_eq!(lines, in_period.iter().filter(|e| e.kind == FundEntryKind::Expense).count());
            for g in &f.expenses {
                prop_assert_eq!(g.total, g.lines.iter().map(|l| -l.amount).sum::<i64>());
                prop_assert!(g.lines.iter().all(|l| l.category == g.category));
            }
        }
    }

    #[test]
    fn receipts_are_grouped_by_month_and_source() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let entries = vec![
            entry(d(1, 5), FundEntryKind::FeeCollected, 100, None),
            entry(d(1, 20), FundEntryKind::FeeCollected, 50, None),
            entry(d(1, 21), FundEntryKind::Adjustment, -30, None),
            entry(
                d(2, 1),
                FundEntryKind::Expense,
                -70,
                Some(AssetCategory::InternalRoads),
            ),
            entry(d(3, 1), FundEntryKind::FeeCollected, 999, None),
        ];
        let f = build(&entries, d(1, 10), d(2, 28));
        assert_eq!(f.opening, 100);
        assert_eq!(
            f.receipts,
            vec![
                ReceiptRow {
                    month: d(1, 1),
                    source: FundEntryKind::Adjustment,
                    amount: -30
                },
                ReceiptRow {
                    month: d(1, 1),
                    source: FundEntryKind::FeeCollected,
                    amount: 50
                },
            ]
        );
        assert_eq!(f.expenses_total, 70);
        assert_eq!(f.closing, 50);
    }
}
