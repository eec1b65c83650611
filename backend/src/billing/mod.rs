//! Billing: tariffs, meter readings, billing runs, invoices and credit notes, the billing
//! settings, and the documents (PDF, e-invoice XML, VietQR, amounts in words). What happens
//! after an invoice is issued (payments, bank lines, statements, the fund) is
//! [`crate::receivables`].
//!
//! Money is whole đồng (`i64`); every amount is rounded once, per line, half away from zero.

pub mod banks;
pub mod corrections;
pub mod credit_notes;
pub mod documents;
pub mod entities;
pub mod interest;
pub mod invoices;
pub mod labels;
pub mod meters;
pub mod money;
pub mod replacements;
pub mod runs;
pub mod settings;
pub mod support;
pub mod tariffs;

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
/// Which document an invoice row is. Late-payment interest is no sale of goods or services
/// (audit A2): it is billed on a late-interest notice, numbered in a series of its own, payable
/// like an invoice (VietQR, statements, aging, reminders), but not a VAT invoice and never in
/// the e-invoice export.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DocumentType {
    /// A VAT invoice (hóa đơn giá trị gia tăng), or a correction of one.
    #[sea_orm(string_value = "VAT_INVOICE")]
    VatInvoice,
    /// A late-payment interest notice (thông báo tiền lãi chậm thanh toán).
    #[sea_orm(string_value = "INTEREST_NOTICE")]
    InterestNotice,
}

/// What a late-interest notice records where an invoice records its form (Mẫu số): it is no
/// e-invoice form, so the PDF prints no form and the XML export leaves it out.
pub const NOTICE_TEMPLATE: &str = "TB";

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
    /// Replaced by another invoice (Decree 123/2020 art. 19 as amended by Decree 70/2025): it
    /// stays issued at the tax authority, but owes nothing; its replacement does.
    #[sea_orm(string_value = "REPLACED")]
    Replaced,
}
/// Which day a billing run dates its invoices. Decree 123/2020 art. 9(2) dates a service
/// invoice when the service is complete (or when money is collected first); whichever the
/// operator follows, no invoice is dated after the day it is issued, nor before an invoice with
/// a lower number in its series.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InvoiceDatePolicy {
    /// The day the run is issued.
    #[sea_orm(string_value = "RUN_DATE")]
    RunDate,
    /// The last day of the billed period, when the service is complete (billing in arrears);
    /// the run's day when the run is issued before the period ends.
    #[sea_orm(string_value = "PERIOD_END")]
    PeriodEnd,
}

impl InvoiceDatePolicy {
    /// The date of an invoice for a period ending `period_end`, issued on `run_day`.
    pub fn date(
        self,
        period_end: chrono::NaiveDate,
        run_day: chrono::NaiveDate,
    ) -> chrono::NaiveDate {
        match self {
            Self::RunDate => run_day,
            Self::PeriodEnd => period_end.min(run_day),
        }
    }
}

/// How a support programme gives its support (audit A7).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SupportMechanism {
    /// The operator grants it on its own invoice: a discount line (a commercial discount in the
    /// e-invoice) that lowers the rent and its VAT.
    #[sea_orm(string_value = "OPERATOR_DISCOUNT")]
    OperatorDiscount,
    /// The provincial budget pays it to the firm: the invoice carries the full rent and VAT,
    /// and the claim report lists the support due for the province.
    #[sea_orm(string_value = "BUDGET_FUNDED")]
    BudgetFunded,
}

/// Which correction of an earlier invoice a document is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Correction {
    /// An adjustment that takes amounts off the original (a credit note, kind CREDIT_NOTE).
    #[sea_orm(string_value = "DECREASE")]
    Decrease,
    /// An adjustment that adds amounts to the original; payable like an invoice.
    #[sea_orm(string_value = "INCREASE")]
    Increase,
    /// A whole new invoice that replaces the original; payable like an invoice.
    #[sea_orm(string_value = "REPLACEMENT")]
    Replacement,
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
    Replaced,
}

impl InvoiceStatus {
    /// Derives the status of `invoice` on `today`.
    pub fn of(invoice: &entities::invoice::Model, today: chrono::NaiveDate) -> Self {
        match invoice.status {
            InvoiceState::Draft => Self::Draft,
            InvoiceState::Void => Self::Void,
            InvoiceState::Replaced => Self::Replaced,
            // A credit note has nothing to pay: it is simply issued.
            InvoiceState::Issued if invoice.kind == InvoiceKind::CreditNote => Self::Issued,
            InvoiceState::Issued if invoice.open() == 0 => Self::Paid,
            InvoiceState::Issued if invoice.due_on.is_some_and(|due| due < today) => Self::Overdue,
            InvoiceState::Issued if invoice.paid > 0 => Self::PartiallyPaid,
            InvoiceState::Issued => Self::Issued,
        }
    }
}
