//! An operator's billing settings: the seller on its invoices, the invoice series, payment terms,
//! late-payment interest and the bank account its VietQR codes pay into.

use chrono::{Datelike, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::InvoiceDatePolicy;
use crate::billing::entities::billing_setting;
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, Problems, Reason, reason};
use crate::tenancy::entities::tenant;
use crate::values::TaxCode;
use crate::values::required_text;

/// The raw input of the settings.
#[derive(Clone, Debug)]
pub struct SettingsInput {
    pub invoice_series: String,
    pub due_days: i32,
    pub late_interest_bp: i32,
    pub late_interest_basis: String,
    /// Confirms a commercial-law basis for a rate above 20% a year.
    pub late_interest_commercial: bool,
    pub rent_vat_bp: i32,
    /// Which day runs date their invoices; `None` keeps the saved policy.
    pub invoice_date_policy: Option<InvoiceDatePolicy>,
    /// Late interest on the VAT invoice instead of a notice; none keeps the saved choice.
    pub interest_on_invoice: Option<bool>,
    pub seller_name: String,
    pub seller_address: String,
    pub seller_tax_code: String,
    pub bank_bin: String,
    pub bank_account: String,
    pub bank_account_name: String,
}

/// The series symbol for invoices issued on `day`: `CTAA` → `C26TAA`.
pub fn series_for(letters: &str, day: NaiveDate) -> String {
    let (first, rest) = letters.split_at(letters.len().min(1));
    format!("{first}{:02}{rest}", day.year() % 100)
}

/// The series of late-interest notices beside the invoice series `letters` (audit A2): `L`
/// for lãi in place of the invoice's C or K, so `CTDS` numbers its notices of 2026 in `L26TDS`.
/// No e-invoice series starts with L, so a bank reference cannot confuse the two.
pub fn notice_series_for(letters: &str, day: NaiveDate) -> String {
    series_for(&format!("L{}", letters.get(1..).unwrap_or_default()), day)
}

/// The Civil Code's cap on an agreed interest rate: 20% a year (art. 468(1)).
pub const CIVIL_INTEREST_CAP_BP: i32 = 2000;

/// A late-payment rate in basis points a year: 0 to 10000, and above the Civil Code's 20% only
/// when the operator confirms a commercial-law basis (Commercial Law 2005 art. 306 lets the
/// parties of a commercial contract charge the market's overdue rate instead).
pub fn check_late_interest(bp: i32, commercial: bool) -> Result<(), Reason> {
    if !(0..=10_000).contains(&bp) {
        return Err(reason!(
            "between_basis_points",
            "between 0 and 10000 basis points"
        ));
    }
    if bp > CIVIL_INTEREST_CAP_BP && !commercial {
        return Err(reason!(
            "late_interest_above_civil_cap",
            "above 20% a year the Civil Code (art. 468) caps the rate; confirm the contract's commercial-law basis to charge more"
        ));
    }
    Ok(())
}

/// What the operator should know about a late-payment rate, if anything.
pub fn late_interest_warning(bp: i32) -> Option<&'static str> {
    (bp > CIVIL_INTEREST_CAP_BP).then_some(
        "above 20% a year: lawful only for a commercial contract (Commercial Law 2005 art. 306, the market's overdue rate); a civil-law contract is capped at 20% (Civil Code art. 468)",
    )
}

/// The defaults a new operator starts from: its name as the seller, 15 days to pay, 10% VAT
/// on rent, and an annual late rate the operator should confirm against its contracts.
fn defaults(tenant: &tenant::Model) -> SettingsInput {
    SettingsInput {
        invoice_series: "CTAA".into(),
        due_days: 15,
        late_interest_bp: 1000,
        late_interest_basis: "Hợp đồng thuê (lãi suất thỏa thuận, không quá 20%/năm theo Điều 468 Bộ luật Dân sự 2015)".into(),
        late_interest_commercial: false,
        rent_vat_bp: 1000,
        invoice_date_policy: Some(InvoiceDatePolicy::RunDate),
        interest_on_invoice: Some(false),
        seller_name: tenant.name.clone(),
        seller_address: String::new(),
        seller_tax_code: String::new(),
        bank_bin: String::new(),
        bank_account: String::new(),
        bank_account_name: String::new(),
    }
}

fn parse(mut input: SettingsInput) -> AppResult<SettingsInput> {
    let mut problems = Problems::new();
    let series = input.invoice_series.trim().to_uppercase();
    let valid_series = series.len() == 4
        && matches!(series.as_bytes()[0], b'C' | b'K')
        && series.as_bytes()[1] == b'T'
        && series.bytes().skip(2).all(|b| b.is_ascii_uppercase());
    if !valid_series {
        problems.add(
            "input.invoiceSeries",
            reason!("four_letters_c_coded", "four letters: C (coded) or K (uncoded), T, and two letters of your choice, e.g. CTAA"));
    }
    input.invoice_series = series;
    if !(0..=120).contains(&input.due_days) {
        problems.add(
            "input.dueDays",
            reason!("between_days", "between 0 and 120 days"),
        );
    }
    if let Err(message) =
        check_late_interest(input.late_interest_bp, input.late_interest_commercial)
    {
        problems.add("input.lateInterestBp", message);
    }
    if !(0..=10_000).contains(&input.rent_vat_bp) {
        problems.add(
            "input.rentVatBp",
            reason!("between_basis_points", "between 0 and 10000 basis points"),
        );
    }
    if let Some(name) = problems.check(required_text(&input.seller_name, "input.sellerName", 300)) {
        input.seller_name = name;
    }
    input.seller_address = input.seller_address.trim().to_owned();
    input.late_interest_basis = input.late_interest_basis.trim().to_owned();
    let tax = input.seller_tax_code.trim().to_owned();
    if !tax.is_empty() {
        problems.check(TaxCode::parse(&tax, "input.sellerTaxCode"));
    }
    input.seller_tax_code = tax;
    let bin = input.bank_bin.trim().to_owned();
    let bin_ok = bin.len() == 6 && bin.bytes().all(|b| b.is_ascii_digit());
    if !bin.is_empty() && !bin_ok {
        problems.add(
            "input.bankBin",
            reason!("bank_bin_format", "the bank's six-digit BIN, e.g. 970436"),
        );
    }
    input.bank_bin = bin;
    let account = input.bank_account.trim().to_owned();
    let account_ok = account.len() <= 19 && account.bytes().all(|b| b.is_ascii_alphanumeric());
    if !account.is_empty() && !account_ok {
        problems.add(
            "input.bankAccount",
            reason!("letters_digits_19", "letters and digits, at most 19"),
        );
    }
    input.bank_account = account;
    input.bank_account_name = input.bank_account_name.trim().to_owned();
    problems.finish()?;
    Ok(input)
}

/// The settings of the transaction's tenant, or the defaults if none were saved yet.
pub async fn load(txn: &TenantTxn) -> AppResult<billing_setting::Model> {
    if let Some(found) = txn
        .scoped::<billing_setting::Entity>()
        .one(txn.conn())
        .await?
    {
        return Ok(found);
    }
    let tenant = txn
        .scoped::<tenant::Entity>()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(to_model(txn.tenant_id().0, Uuid::nil(), defaults(&tenant)))
}

fn to_model(tenant: Uuid, id: Uuid, input: SettingsInput) -> billing_setting::Model {
    let now = Utc::now();
    billing_setting::Model {
        id,
        tenant_id: tenant,
        created_at: now,
        invoice_template: "1".into(),
        invoice_series: input.invoice_series,
        due_days: input.due_days,
        late_interest_bp: input.late_interest_bp,
        late_interest_basis: input.late_interest_basis,
        late_interest_commercial: input.late_interest_commercial,
        rent_vat_bp: input.rent_vat_bp,
        invoice_date_policy: input
            .invoice_date_policy
            .unwrap_or(InvoiceDatePolicy::RunDate),
        interest_on_invoice: input.interest_on_invoice.unwrap_or(false),
        seller_name: input.seller_name,
        seller_address: input.seller_address,
        seller_tax_code: input.seller_tax_code,
        bank_bin: input.bank_bin,
        bank_account: input.bank_account,
        bank_account_name: input.bank_account_name,
        updated_at: now,
    }
}

/// The tenant's billing settings (operators).
pub async fn get(db: &Db, ctx: &TenantCtx) -> AppResult<billing_setting::Model> {
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let settings = load(&txn).await?;
    txn.commit().await?;
    Ok(settings)
}

/// Saves the tenant's billing settings (operator admins).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    input: SettingsInput,
) -> AppResult<billing_setting::Model> {
    ctx.require(Policy::ConfigureBilling)?;
    let mut input = parse(input)?;
    let txn = db.tenant(ctx, Policy::ConfigureBilling).await?;
    let before = txn
        .scoped::<billing_setting::Entity>()
        .one(txn.conn())
        .await?;
    if input.interest_on_invoice.is_none() {
        input.interest_on_invoice = before.as_ref().map(|b| b.interest_on_invoice);
    }
    if input.invoice_date_policy.is_none() {
        input.invoice_date_policy = before.as_ref().map(|b| b.invoice_date_policy);
    }
    let saved = match &before {
        Some(existing) => {
            let mut next = to_model(txn.tenant_id().0, existing.id, input);
            next.created_at = existing.created_at;
            next.into_active_model()
                .reset_all()
                .update(txn.conn())
                .await?
        }
        None => {
            let model = to_model(txn.tenant_id().0, Uuid::now_v7(), input);
            billing_setting::Entity::insert(model.clone().into_active_model())
                .exec_without_returning(txn.conn())
                .await?;
            model
        }
    };
    audit::record(
        &txn,
        ctx,
        "BillingSettings",
        saved.id,
        "updated",
        before.as_ref(),
        Some(&saved),
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}

/// Settings used by the demo: `Set` fields for an insert.
pub fn demo_model(tenant: Uuid, input: SettingsInput) -> billing_setting::ActiveModel {
    let mut model = to_model(tenant, Uuid::now_v7(), input).into_active_model();
    model.id = Set(Uuid::now_v7());
    model
}

/// The settings a payer needs (the operator's bank account for VietQR), for anyone of the
/// tenant who may see an invoice.
pub async fn for_payment(db: &Db, ctx: &TenantCtx) -> AppResult<billing_setting::Model> {
    let txn = db.read(ctx, Policy::ReadAccounts).await?;
    let settings = load(&txn).await?;
    txn.commit().await?;
    Ok(settings)
}
