//! Mutations: billing settings, tariffs, meter readings, billing runs, invoices, payments and
//! the maintenance fund.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;

use crate::billing::meters::ReadingInput;
use crate::billing::payments::PaymentInput;
use crate::billing::settings::SettingsInput;
use crate::billing::tariffs::TariffInput;
use crate::billing::{fund, invoices, meters, payments, runs, settings, tariffs};
use crate::graphql::Services;
use crate::graphql::billing::queries::{BillingRunInput, with_cluster_names};
use crate::graphql::billing::types::{
    BillingRun, BillingSettings, Charge, FundEntry, Invoice, MeterReading, Payment, PaymentMethod,
    Tariff, TariffUnit, UpkeepPlan,
};
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::ids::{BillingRunId, ClusterId, FirmId, InvoiceId, LeaseId, MeterReadingId};

/// An operator's billing settings.
#[derive(InputObject)]
pub struct BillingSettingsFields {
    /// Four letters: C (coded) or K, then T, then two letters, e.g. `CTAA` (→ `C26TAA`).
    pub invoice_series: String,
    pub due_days: i32,
    /// Annual late-payment interest, basis points (1000 = 10%).
    pub late_interest_bp: i32,
    pub late_interest_basis: String,
    /// VAT on rent, basis points.
    pub rent_vat_bp: i32,
    pub seller_name: String,
    pub seller_address: String,
    pub seller_tax_code: String,
    /// The bank's six-digit BIN (NAPAS), e.g. 970436.
    pub bank_bin: String,
    pub bank_account: String,
    pub bank_account_name: String,
}

/// A new version of a tariff charge.
#[derive(InputObject)]
pub struct TariffFields {
    pub cluster_id: ID,
    pub charge: Charge,
    pub name_vi: String,
    pub name_en: String,
    pub unit: TariffUnit,
    /// Đồng per unit, 0 or more.
    pub rate: i64,
    /// VAT, basis points (1000 = 10%).
    pub vat_bp: i32,
    pub vat_basis: String,
    pub effective_from: NaiveDate,
    /// The contract or decision the rate rests on.
    pub legal_basis: String,
}

/// A meter reading.
#[derive(InputObject)]
pub struct MeterReadingFields {
    pub lease_id: ID,
    /// Any day of the month the reading closes.
    pub period: NaiveDate,
    pub read_on: NaiveDate,
    /// The cumulative meter value, m³.
    pub meter_m3: i64,
}

/// Part of a payment for one invoice.
#[derive(InputObject)]
pub struct AllocationFields {
    pub invoice_id: ID,
    pub amount: i64,
}

/// A payment received.
#[derive(InputObject)]
pub struct PaymentFields {
    pub firm_id: ID,
    /// Đồng, more than 0.
    pub amount: i64,
    pub received_on: NaiveDate,
    pub method: PaymentMethod,
    pub bank_reference: Option<String>,
    /// A key unique to this payment: sending it again replays the first result.
    pub idempotency_key: String,
    /// Invoices to settle and how much of each; omitted: the oldest open invoices first.
    pub allocations: Option<Vec<AllocationFields>>,
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
                rent_vat_bp: input.rent_vat_bp,
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
                effective_from: input.effective_from,
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
                period: input.period,
                read_on: input.read_on,
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
        read_on: NaiveDate,
        reason: String,
    ) -> async_graphql::Result<MeterReading> {
        let services = ctx.data::<Services>()?;
        let id = ids::decode::<MeterReadingId>(&reading_id, "readingId").gql()?;
        let saved = meters::correct(&services.db, &tenant(ctx)?, id, meter_m3, read_on, reason)
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
            period_start: run.period_start,
            period_end: run.period_end,
            invoice_count: run.invoices,
            line_count: run.lines,
            total: run.total,
            first_number: issued.first_number,
            last_number: issued.last_number,
            created_at: run.created_at,
        })
    }

    /// Voids an issued invoice nothing is paid on; its number stays used (operator admins).
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

    /// Records a payment and allocates it; the same idempotency key replays the first result
    /// (operators).
    async fn record_payment(
        &self,
        ctx: &Context<'_>,
        input: PaymentFields,
    ) -> async_graphql::Result<Payment> {
        let services = ctx.data::<Services>()?;
        let firm_id = ids::decode::<FirmId>(&input.firm_id, "input.firmId").gql()?;
        let allocations = input
            .allocations
            .map(|list| {
                list.iter()
                    .enumerate()
                    .map(|(i, a)| {
                        ids::decode::<InvoiceId>(
                            &a.invoice_id,
                            &format!("input.allocations.{i}.invoiceId"),
                        )
                        .map(|id| (id, a.amount))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()
            .gql()?;
        let recorded = payments::record(
            &services.db,
            &tenant(ctx)?,
            PaymentInput {
                firm_id,
                amount: input.amount,
                received_on: input.received_on,
                method: input.method.into(),
                bank_reference: input.bank_reference,
                idempotency_key: input.idempotency_key,
                allocations,
            },
        )
        .await
        .gql()?;
        Ok(Payment {
            model: recorded.payment,
            replayed: recorded.replayed,
        })
    }

    /// Records upkeep spending out of a cluster's fund (operators).
    async fn record_fund_expense(
        &self,
        ctx: &Context<'_>,
        cluster_id: ID,
        spent_on: NaiveDate,
        amount: i64,
        description: String,
    ) -> async_graphql::Result<FundEntry> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let saved = fund::record_expense(
            &services.db,
            &tenant(ctx)?,
            cluster,
            spent_on,
            amount,
            description,
        )
        .await
        .gql()?;
        Ok(FundEntry::from(&saved))
    }

    /// Plans upkeep spending for a month of a cluster (operators).
    async fn plan_upkeep(
        &self,
        ctx: &Context<'_>,
        cluster_id: ID,
        month: NaiveDate,
        amount: i64,
        description: String,
    ) -> async_graphql::Result<UpkeepPlan> {
        let services = ctx.data::<Services>()?;
        let cluster = ids::decode::<ClusterId>(&cluster_id, "clusterId").gql()?;
        let saved = fund::plan_upkeep(
            &services.db,
            &tenant(ctx)?,
            cluster,
            month,
            amount,
            description,
        )
        .await
        .gql()?;
        Ok(UpkeepPlan::from(&saved))
    }
}
