//! Receivables: what happens after an invoice is issued. Payments and their allocation, bank
//! statements and their matching, statements of account, aging and collections, and each
//! cluster's maintenance fund, which the fee share of every payment feeds.

pub mod amount_due;
pub mod bank;
pub mod coverage;
pub mod entities;
pub mod fund;
pub mod payments;
pub mod receipt;
pub mod refunds;
pub mod reports;
pub mod statement;
pub mod today;
pub mod wording;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

/// How a payment arrived.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PaymentMethod {
    #[sea_orm(string_value = "BANK_TRANSFER")]
    BankTransfer,
    #[sea_orm(string_value = "CASH")]
    Cash,
    #[sea_orm(string_value = "VIETQR")]
    Vietqr,
}
/// A movement of the maintenance fund.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FundEntryKind {
    /// The maintenance-fee share of a payment (cash basis).
    #[sea_orm(string_value = "FEE_COLLECTED")]
    FeeCollected,
    /// Upkeep spending.
    #[sea_orm(string_value = "EXPENSE")]
    Expense,
    #[sea_orm(string_value = "ADJUSTMENT")]
    Adjustment,
}

crate::maintenance::db_enum!(
    /// Which account pays a cost (and which balance a movement counts in): the maintenance fund,
    /// fed by the maintenance fee, or the wastewater account, fed by the wastewater price. The
    /// fund's balance, coverage and break-even fee count only the maintenance fund.
    FundAccount {
        MaintenanceFund = "MAINTENANCE_FUND",
        Wastewater = "WASTEWATER",
    }
);

/// Where an imported bank line stands.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum BankLineStatus {
    #[sea_orm(string_value = "UNMATCHED")]
    Unmatched,
    #[sea_orm(string_value = "SUGGESTED")]
    Suggested,
    #[sea_orm(string_value = "CONFIRMED")]
    Confirmed,
    #[sea_orm(string_value = "IGNORED")]
    Ignored,
}
/// Why a bank line was matched to an invoice.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum BankMatch {
    /// The invoice number is in the description and the amount is what is open.
    #[sea_orm(string_value = "NUMBER_AND_AMOUNT")]
    NumberAndAmount,
    /// The invoice number is in the description; the amount differs.
    #[sea_orm(string_value = "NUMBER")]
    Number,
    /// The payer's tax code, and an open invoice of exactly that amount.
    #[sea_orm(string_value = "FIRM_AND_AMOUNT")]
    FirmAndAmount,
    /// The only open invoice of exactly that amount.
    #[sea_orm(string_value = "AMOUNT")]
    Amount,
    /// Several invoices of one firm named in the description (the pay-everything VietQR), and
    /// the amount is what is open on them together.
    #[sea_orm(string_value = "INVOICES_AND_AMOUNT")]
    InvoicesAndAmount,
    /// The payer's tax code (in the file or after `MST` in the description), and the amount is
    /// that firm's whole open balance.
    #[sea_orm(string_value = "FIRM_BALANCE")]
    FirmBalance,
}
