//! Mutations: billing settings, tariff versions, meter readings, billing runs, voiding and
//! crediting invoices.

use crate::graphql::scalars::Day;
use async_graphql::{Context, ID, InputObject, Object};

use crate::billing::corrections::AgreementInput;
use crate::billing::credit_notes::{CreditLine, CreditNoteInput};
use crate::billing::meters::ReadingInput;
use crate::billing::replacements::{self, ReplacementInput, ReplacementLine};
use crate::billing::runs::{self};
use crate::billing::settings::SettingsInput;
use crate::billing::tariffs::TariffInput;
use crate::billing::{credit_notes, invoices, meters, settings, tariffs};
use crate::graphql::Services;
use crate::graphql::billing::invoices::{Invoice, with_cluster_names};
use crate::graphql::billing::queries::BillingRunInput;
use crate::graphql::billing::types::{
    BillingRun, BillingSettings, Charge, InvoiceCorrection, InvoiceDatePolicy, MeterReading,
    Tariff, TariffUnit, UnreachableFirm,
};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::estate::types::ImportResult;
use crate::graphql::ids;
use crate::ids::{
    BillingRunId, ClusterId, FirmId, InvoiceId, InvoiceLineId, LeaseId, MeterReadingId,
};

/// An operator's billing settings.
#[derive(InputObject)]
pub struct BillingSettingsFields {
    /// Four letters: C (coded) or K, then T, then two letters, e.g. `CTAA` (→ `C26TAA`).
    pub invoice_series: String,
    /// Days from the issue date to the due date, 0 to 120.
    pub due_days: i32,
    /// The default annual late-payment interest, basis points (1000 = 10%), for leases that
    /// state none. Above 2000 (the Civil Code's 20%, art. 468) it needs
    /// `lateInterestCommercial`, else VALIDATION on `input.lateInterestBp`.
    pub late_interest_bp: i32,
    /// Confirms the operator's contracts are commercial, so a rate above 20% a year rests on
    /// the Commercial Law (art. 306).
    #[graphql(default)]
    pub late_interest_commercial: bool,
    /// The legal basis of the late-payment rate (the contract clause, the law's article).
    pub late_interest_basis: String,
    /// VAT on rent, basis points.
    pub rent_vat_bp: i32,
    /// Which day billing runs date their invoices; omitted: the saved policy stays.
    pub invoice_date_policy: Option<InvoiceDatePolicy>,
    /// Late interest as a line of the VAT invoice (outside VAT, KKKNT) instead of a
    /// late-interest notice of its own; omitted: the saved choice stays.
    pub interest_on_invoice: Option<bool>,
    /// The seller's name as invoices print it; not empty.
    pub seller_name: String,
    /// The seller's address as invoices print it.
    pub seller_address: String,
    /// The seller's tax code: 10 digits, or 10 + "-" + 3 for a branch; may be empty.
    pub seller_tax_code: String,
    /// The bank's six-digit BIN (NAPAS), e.g. 970436.
    pub bank_bin: String,
    /// The account VietQR codes pay into: letters and digits, at most 19; empty: no VietQR.
    pub bank_account: String,
    /// The account holder's name.
    pub bank_account_name: String,
}

/// A new version of a tariff charge.
#[derive(InputObject)]
pub struct TariffFields {
    /// The cluster whose tariff it is.
    pub cluster_id: ID,
    /// Which charge it prices.
    pub charge: Charge,
    /// The charge's name on invoice lines, in Vietnamese; not empty.
    pub name_vi: String,
    /// The charge's name on invoice lines, in English; not empty.
    pub name_en: String,
    /// What the rate is per: M2_MONTH or M2_YEAR for the maintenance fee, M3 for
    /// wastewater, any but M3 for other charges.
    pub unit: TariffUnit,
    /// Đồng per unit, 0 or more.
    pub rate: i64,
    /// VAT, basis points (1000 = 10%).
    pub vat_bp: i32,
    /// Why that VAT rate applies (the law or decision); not empty.
    pub vat_basis: String,
    /// First day in effect; the version in effect before it ends the day before.
    pub effective_from: Day,
    /// The contract or decision the rate rests on.
    pub legal_basis: String,
}

/// A meter reading.
#[derive(InputObject)]
pub struct MeterReadingFields {
    /// The lease whose meter was read.
    pub lease_id: ID,
    /// Any day of the month the reading closes.
    pub period: Day,
    /// The day the meter was read.
    pub read_on: Day,
    /// The cumulative meter value, m³.
    pub meter_m3: i64,
}

/// Đồng to take off one line of an invoice.
#[derive(InputObject)]
pub struct CreditNoteLineFields {
    /// A line of the invoice (`InvoiceLine.id`).
    pub line_id: ID,
    /// Before VAT: positive, at most the line's `creditable`.
    pub amount: i64,
}

/// A credit note to issue.
#[derive(InputObject)]
pub struct CreditNoteFields {
    /// The issued invoice to correct.
    pub invoice_id: ID,
    /// Why the invoice is corrected (printed on the credit note).
    pub reason: String,
    /// The number of the written agreement with the buyer (required; Decree 70/2025).
    pub agreement_number: Option<String>,
    /// The date of that agreement: not before the invoice, not after today (required).
    pub agreement_date: Option<Day>,
    /// What to take off, line by line.
    pub lines: Vec<CreditNoteLineFields>,
}

/// An adjustment of an issued invoice, either way.
#[derive(InputObject)]
pub struct AdjustmentFields {
    /// The issued invoice to adjust.
    pub invoice_id: ID,
    /// DECREASE (a credit note) or INCREASE (an adjustment invoice, payable).
    pub direction: InvoiceCorrection,
    /// Why the invoice is adjusted (printed on the adjustment).
    pub reason: String,
    /// The number of the written agreement with the buyer (required; Decree 70/2025).
    pub agreement_number: String,
    /// The date of that agreement: not before the invoice, not after today.
    pub agreement_date: Option<Day>,
    /// What to take off or add, line by line (positive amounts before VAT; a decrease at most
    /// the line's `creditable`).
    pub lines: Vec<CreditNoteLineFields>,
}

/// A line of the original as its replacement should say it; what is not given is copied.
#[derive(InputObject)]
pub struct ReplacementLineFields {
    /// A line of the invoice (`InvoiceLine.id`).
    pub line_id: ID,
    /// The corrected description.
    pub description: Option<String>,
    /// The corrected unit price before VAT, đồng; the amount becomes quantity × unit price.
    pub unit_price: Option<i64>,
}

/// A replacement of an issued invoice.
#[derive(InputObject)]
pub struct ReplacementFields {
    /// The issued invoice to replace.
    pub invoice_id: ID,
    /// Why it is replaced (printed on the replacement).
    pub reason: String,
    /// The number of the written agreement with the buyer.
    pub agreement_number: String,
    /// The date of that agreement: not before the invoice, not after today.
    pub agreement_date: Option<Day>,
    /// Lines whose description or price change; the buyer is taken from the firm's register
    /// entry as it is now.
    pub lines: Vec<ReplacementLineFields>,
}

/// Issues an adjustment either way and answers it with its cluster's name.
async fn adjust(ctx: &Context<'_>, input: AdjustmentFields) -> async_graphql::Result<Invoice> {
    let services = ctx.data::<Services>()?;
    let tenant_ctx = tenant(ctx)?;
    let invoice_id = ids::decode::<InvoiceId>(&input.invoice_id, "input.invoiceId").gql()?;
    let lines = credit_lines(&input.lines).gql()?;
    let adjustment = credit_notes::issue(
        &services.db,
        &tenant_ctx,
        CreditNoteInput {
            invoice_id,
            direction: input.direction.into(),
            reason: input.reason,
            agreement: AgreementInput {
                number: input.agreement_number,
                date: input.agreement_date.map(|d| d.0),
            },
            lines,
        },
    )
    .await
    .gql()?;
    Ok(with_cluster_names(services, &tenant_ctx, vec![adjustment])
        .await
        .gql()?
        .remove(0))
}

/// The lines of an adjustment, their ids decoded.
fn credit_lines(lines: &[CreditNoteLineFields]) -> crate::error::AppResult<Vec<CreditLine>> {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            ids::decode::<InvoiceLineId>(&l.line_id, &format!("input.lines.{i}.lineId")).map(
                |line_id| CreditLine {
                    line_id,
                    amount: l.amount,
                },
            )
        })
        .collect()
}

#[derive(Default)]
pub struct BillingMutations;

#[Object]
impl BillingMutations {
    /// Saves the billing settings (operator admins).
    async fn update_billing_settings(
        &self,
        ctx: &Context<'_>,
        input: BillingSettingsFields,
    ) -> async_graphql::Result<BillingSettings> {
        let services = ctx.data::<Services>()?;
        let saved = settings::update(
            &services.db,
            &tenant(ctx)?,
            SettingsInput {
                invoice_series: input.invoice_series,
                due_days: input.due_days,
                late_interest_bp: input.late_interest_bp,
                late_interest_basis: input.late_interest_basis,
                late_interest_commercial: input.late_interest_commercial,
                rent_vat_bp: input.rent_vat_bp,
                invoice_date_policy: input.invoice_date_policy.map(Into::into),
                interest_on_invoice: input.interest_on_invoice,
                seller_name: input.seller_name,
                seller_address: input.seller_address,
                seller_tax_code: input.seller_tax_code,
                bank_bin: input.bank_bin,
                bank_account: input.bank_account,
                bank_account_name: input.bank_account_name,
            },
        )
        .await
        .gql()?;
        Ok(BillingSettings(saved))
    }

    /// Adds a version of a tariff charge; the previous version ends the day before (operators).
    async fn add_tariff_version(
        &self,
        ctx: &Context<'_>,
        input: TariffFields,
    ) -> async_graphql::Result<Tariff> {
        let services = ctx.data::<Services>()?;
        let cluster_id = ids::decode::<ClusterId>(&input.cluster_id, "input.clusterId").gql()?;
        let saved = tariffs::add_version(
            &services.db,
            &tenant(ctx)?,
            TariffInput {
                cluster_id,
                charge: input.charge.into(),
                name_vi: input.name_vi,
                name_en: input.name_en,
                unit: input.unit.into(),
                rate: input.rate,
                vat_bp: input.vat_bp,
                vat_basis: input.vat_basis,
                effective_from: input.effective_from.0,
                legal_basis: input.legal_basis,
            },
        )
        .await
        .gql()?;
        Ok(Tariff(saved))
    }

    /// Records a month's meter reading of a lease (operators).
    async fn record_meter_reading(
        &self,
        ctx: &Context<'_>,
        input: MeterReadingFields,
    ) -> async_graphql::Result<MeterReading> {
        let services = ctx.data::<Services>()?;
        let lease_id = ids::decode::<LeaseId>(&input.lease_id, "input.leaseId").gql()?;
        let saved = meters::record(
            &services.db,
            &tenant(ctx)?,
            ReadingInput {
                lease_id,
                period: input.period.0,
                read_on: input.read_on.0,
                meter_m3: input.meter_m3,
            },
        )
        .await
        .gql()?;
        Ok(MeterReading(saved))
    }

    /// Corrects the latest reading of a lease; the wrong one stays on record (operators).
    async fn correct_meter_reading(
        &self,
        ctx: &Context<'_>,
        reading_id: ID,
        meter_m3: i64,
        read_on: Day,
        reason: String,
    ) -> async_graphql::Result<MeterReading> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<MeterReadingId>(&reading_id, "readingId").gql()?;
        let saved = meters::correct(&services.db, &tenant(ctx)?, id, meter_m3, read_on.0, reason)
            .await
            .gql()?;
        Ok(MeterReading(saved))
    }

    /// Issues a billing run: the invoices its preview shows, numbered without gaps (operators).
    async fn issue_billing_run(
        &self,
        ctx: &Context<'_>,
        input: BillingRunInput,
    ) -> async_graphql::Result<BillingRun> {
        let services = ctx.data::<Services>()?;
        let request = input.request().gql()?;
        let announce = runs::Announce {
            outbox: &services.outbox,
            link: services.auth.link("/invoices"),
        };
        let issued = runs::issue(&services.db, &tenant(ctx)?, request, &announce)
            .await
            .gql()?;
        let run = issued.run;
        Ok(BillingRun {
            id: ids::of::<BillingRunId>(run.id),
            period_kind: run.period_kind.into(),
            period_start: Day(run.period_start),
            period_end: Day(run.period_end),
            invoice_count: run.invoices,
            line_count: run.lines,
            total: run.total,
            first_number: issued.first_number,
            last_number: issued.last_number,
            notice_count: issued.notice_count,
            first_notice_number: issued.first_notice_number,
            last_notice_number: issued.last_notice_number,
            emails_queued: issued.emails_queued.try_into().unwrap_or(i32::MAX),
            firms_without_email: issued
                .firms_without_email
                .into_iter()
                .map(|(id, name)| UnreachableFirm {
                    id: ids::of::<FirmId>(id),
                    name,
                })
                .collect(),
            created_at: run.created_at,
        })
    }

    /// Voids a draft invoice, or waives an issued late-interest notice nothing was paid on
    /// (CONFLICT `paid_notice_not_waived` otherwise; the days it charged are not charged
    /// again) (operator admins). An issued invoice is corrected by an adjustment or a
    /// replacement, never voided: CONFLICT.
    async fn void_invoice(
        &self,
        ctx: &Context<'_>,
        invoice_id: ID,
        reason: String,
    ) -> async_graphql::Result<Invoice> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<InvoiceId>(&invoice_id, "invoiceId").gql()?;
        let voided = invoices::void(&services.db, &tenant_ctx, id, reason)
            .await
            .gql()?;
        Ok(with_cluster_names(services, &tenant_ctx, vec![voided])
            .await
            .gql()?
            .remove(0))
    }

    /// Issues a credit note correcting an issued invoice, paid or not: negative lines for the
    /// chosen amounts with the original lines' VAT rates, numbered in the invoice's series; what
    /// was paid beyond the new total becomes the firm's credit. The same as `adjustInvoice` with
    /// direction DECREASE (operator admins).
    async fn issue_credit_note(
        &self,
        ctx: &Context<'_>,
        input: CreditNoteFields,
    ) -> async_graphql::Result<Invoice> {
        adjust(
            ctx,
            AdjustmentFields {
                invoice_id: input.invoice_id,
                direction: InvoiceCorrection::Decrease,
                reason: input.reason,
                agreement_number: input.agreement_number.unwrap_or_default(),
                agreement_date: input.agreement_date,
                lines: input.lines,
            },
        )
        .await
    }

    /// Adjusts an issued invoice, whatever its payment status (Decree 123/2020 art. 19 as
    /// amended by Decree 70/2025): DECREASE issues a credit note, and what was paid beyond the
    /// new total becomes the firm's credit; INCREASE issues an adjustment invoice, payable like
    /// any other. Both need the written agreement with the buyer (VALIDATION on
    /// input.agreementNumber / input.agreementDate); adjusting a replaced invoice or an
    /// adjustment is CONFLICT (operator admins).
    async fn adjust_invoice(
        &self,
        ctx: &Context<'_>,
        input: AdjustmentFields,
    ) -> async_graphql::Result<Invoice> {
        adjust(ctx, input).await
    }

    /// Replaces an issued invoice with a new one that names it, whatever its payment status:
    /// the original becomes REPLACED and owes nothing; what was paid on it pays the
    /// replacement. Needs the written agreement with the buyer; an invoice with adjustments or
    /// already replaced is CONFLICT; a replacement that changes nothing is VALIDATION on
    /// input.lines (operator admins).
    async fn replace_invoice(
        &self,
        ctx: &Context<'_>,
        input: ReplacementFields,
    ) -> async_graphql::Result<Invoice> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let invoice_id = ids::decode::<InvoiceId>(&input.invoice_id, "input.invoiceId").gql()?;
        let lines = input
            .lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                ids::decode::<InvoiceLineId>(&l.line_id, &format!("input.lines.{i}.lineId")).map(
                    |line_id| ReplacementLine {
                        line_id,
                        description: l.description,
                        unit_price: l.unit_price,
                    },
                )
            })
            .collect::<Result<Vec<_>, _>>()
            .gql()?;
        let replacement = replacements::replace(
            &services.db,
            &tenant_ctx,
            ReplacementInput {
                invoice_id,
                reason: input.reason,
                agreement: AgreementInput {
                    number: input.agreement_number,
                    date: input.agreement_date.map(|d| d.0),
                },
                lines,
            },
        )
        .await
        .gql()?;
        Ok(with_cluster_names(services, &tenant_ctx, vec![replacement])
            .await
            .gql()?
            .remove(0))
    }

    /// Imports wastewater meter readings (CSV columns: cluster,plot,month,reading_m3,read_on;
    /// month as YYYY-MM; read_on YYYY-MM-DD, may be empty: the month's last day). The reading
    /// goes to the lease holding the plot in that month. Same preview-then-commit rules as
    /// importPlots (operators).
    async fn import_meter_readings(
        &self,
        ctx: &Context<'_>,
        csv: String,
        commit: Option<bool>,
    ) -> async_graphql::Result<ImportResult> {
        let services = ctx.data::<Services>()?;
        let report = meters::import(&services.db, &tenant(ctx)?, &csv, commit.unwrap_or(false))
            .await
            .gql()?;
        Ok(report.into())
    }
}
