//! Billing: tariffs, meter readings, billing runs, invoices, payments and the maintenance fund.
//!
//! Money is whole đồng (`i64`); every amount is rounded once, per line, half away from zero.

pub mod bank;
pub mod credit_notes;
pub mod einvoice;
pub mod entities;
pub mod fund;
pub mod invoices;
pub mod meters;
pub mod money;
pub mod payments;
pub mod pdf;
pub mod reports;
pub mod runs;
pub mod settings;
pub mod tariffs;
pub mod vietqr;
pub mod words;

use sea_orm::sea_query::StringLen;
use sea_orm::{DeriveActiveEnum, EnumIter};
use serde::{Deserialize, Serialize};

/// Which charge of a cluster's tariff a rate is for.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Charge {
    /// Infrastructure maintenance fee (phí duy tu, bảo dưỡng hạ tầng), per m² per month.
    #[sea_orm(string_value = "MAINTENANCE_FEE")]
    MaintenanceFee,
    /// Wastewater treatment, per m³ metered.
    #[sea_orm(string_value = "WASTEWATER")]
    Wastewater,
    /// Any other charge the operator bills with the tariff's unit.
    #[sea_orm(string_value = "OTHER")]
    Other,
}
/// What a rate is per.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TariffUnit {
    /// Per m² of leased area, once per period.
    #[sea_orm(string_value = "M2")]
    M2,
    #[sea_orm(string_value = "M2_MONTH")]
    M2Month,
    #[sea_orm(string_value = "M2_YEAR")]
    M2Year,
    /// Per m³ metered.
    #[sea_orm(string_value = "M3")]
    M3,
    /// A fixed amount per billing period.
    #[sea_orm(string_value = "FIXED_PERIOD")]
    FixedPeriod,
    /// Once per lease, on its first invoice.
    #[sea_orm(string_value = "ONE_OFF")]
    OneOff,
}
/// How long a billing period is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PeriodKind {
    #[sea_orm(string_value = "MONTH")]
    Month,
    #[sea_orm(string_value = "QUARTER")]
    Quarter,
}
/// An invoice, or a credit note correcting one.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InvoiceKind {
    #[sea_orm(string_value = "INVOICE")]
    Invoice,
    #[sea_orm(string_value = "CREDIT_NOTE")]
    CreditNote,
}
/// What is stored of an invoice's state; paid and overdue are derived from payments and dates.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InvoiceState {
    #[sea_orm(string_value = "DRAFT")]
    Draft,
    #[sea_orm(string_value = "ISSUED")]
    Issued,
    #[sea_orm(string_value = "VOID")]
    Void,
}
/// What an invoice line charges for.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LineKind {
    #[sea_orm(string_value = "RENT")]
    Rent,
    /// The province's rent support, a negative line.
    #[sea_orm(string_value = "RENT_SUPPORT")]
    RentSupport,
    #[sea_orm(string_value = "MAINTENANCE_FEE")]
    MaintenanceFee,
    #[sea_orm(string_value = "WASTEWATER")]
    Wastewater,
    #[sea_orm(string_value = "LATE_INTEREST")]
    LateInterest,
    #[sea_orm(string_value = "OTHER")]
    Other,
}
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
}

/// The payment state shown for an invoice: stored state plus payments and the due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InvoiceStatus {
    Draft,
    Issued,
    PartiallyPaid,
    Paid,
    Overdue,
    Void,
}

impl InvoiceStatus {
    /// Derives the status of `invoice` on `today`.
    pub fn of(invoice: &entities::invoice::Model, today: chrono::NaiveDate) -> Self {
        match invoice.status {
            InvoiceState::Draft => Self::Draft,
            InvoiceState::Void => Self::Void,
            // A credit note has nothing to pay: it is simply issued.
            InvoiceState::Issued if invoice.kind == InvoiceKind::CreditNote => Self::Issued,
            InvoiceState::Issued if invoice.open() == 0 => Self::Paid,
            InvoiceState::Issued if invoice.due_on.is_some_and(|due| due < today) => Self::Overdue,
            InvoiceState::Issued if invoice.paid > 0 => Self::PartiallyPaid,
            InvoiceState::Issued => Self::Issued,
        }
    }
}
