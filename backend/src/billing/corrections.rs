//! What every correction of an issued invoice shares (Decree 123/2020 art. 19 as amended by
//! Decree 70/2025): the written agreement with the buyer it rests on, and the new document it
//! issues, numbered in the operator's series on the day of issue and naming its original.
//!
//! Three corrections exist, whatever the original's payment status: a decrease (a credit note,
//! [`crate::billing::credit_notes`]), an increase (an adjustment invoice payable like any other)
//! and a replacement ([`crate::billing::replacements`]). Only drafts are deleted; an issued
//! invoice is never voided, it is corrected.

use chrono::{NaiveDate, Utc};
use sea_orm::{EntityTrait, IntoActiveModel, QuerySelect};
use uuid::Uuid;

use crate::billing::entities::{billing_setting, invoice};
use crate::billing::runs::take_numbers;
use crate::billing::settings::series_for;
use crate::billing::{Correction, InvoiceKind, InvoiceState};
use crate::db::TenantTxn;
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::InvoiceId;
use crate::values::{required_text, today};

/// The raw agreement of a correction.
#[derive(Clone, Debug, Default)]
pub struct AgreementInput {
    pub number: String,
    pub date: Option<NaiveDate>,
}

/// The written agreement (văn bản thỏa thuận) between seller and buyer a correction rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreement {
    pub number: String,
    pub date: NaiveDate,
}

/// Checks the agreement's number and date (not after today); problems go to `problems` under
/// input.agreementNumber and input.agreementDate.
pub fn parse_agreement(input: &AgreementInput, problems: &mut Problems) -> Option<Agreement> {
    let number = problems.check(required_text(&input.number, "input.agreementNumber", 100));
    let date = match input.date {
        None => {
            problems.add(
                "input.agreementDate",
                reason!(
                    "agreement_date_required",
                    "give the date of the written agreement with the buyer"
                ),
            );
            None
        }
        Some(day) if day > today() => {
            problems.add(
                "input.agreementDate",
                reason!(
                    "agreement_date_in_future",
                    "the agreement cannot be dated after today"
                ),
            );
            None
        }
        Some(day) => Some(day),
    };
    Some(Agreement {
        number: number?,
        date: date?,
    })
}

/// Ends the input checks of a correction: the problems found, else its reason and agreement.
pub fn finish(
    problems: Problems,
    reason: Option<String>,
    agreement: Option<Agreement>,
) -> AppResult<(String, Agreement)> {
    problems.finish()?;
    match agreement {
        Some(agreement) => Ok((reason.unwrap_or_default(), agreement)),
        None => Err(AppError::Internal(anyhow::anyhow!(
            "an agreement passed its checks"
        ))),
    }
}

/// Reads and locks the invoice to correct, refusing what [`check_correctable`] refuses; another
/// tenant's or a missing one is NOT_FOUND.
pub async fn lock_correctable(
    txn: &TenantTxn,
    id: InvoiceId,
    agreement: &Agreement,
) -> AppResult<invoice::Model> {
    let original = txn
        .scoped_by_id::<invoice::Entity>(id)
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    check_correctable(&original, agreement)?;
    Ok(original)
}

/// Refuses what cannot be corrected: anything but an issued invoice, a correction itself (an
/// adjustment is corrected by correcting its original), and an agreement dated before the
/// invoice it corrects.
fn check_correctable(original: &invoice::Model, agreement: &Agreement) -> AppResult<()> {
    if original.document_type == crate::billing::DocumentType::InterestNotice {
        return Err(AppError::Conflict(reason!(
            "interest_notice_not_an_invoice",
            "a late-interest notice is no VAT invoice: it has no adjustment or replacement"
        )));
    }
    if original.status == InvoiceState::Replaced {
        return Err(AppError::Conflict(reason!(
            "invoice_already_replaced",
            "this invoice was already replaced; correct its replacement instead"
        )));
    }
    if original.kind != InvoiceKind::Invoice
        || matches!(
            original.correction,
            Some(Correction::Decrease | Correction::Increase)
        )
    {
        return Err(AppError::Conflict(reason!(
            "adjustment_not_correctable",
            "an adjustment is not corrected itself; correct the invoice it adjusts"
        )));
    }
    if original.status != InvoiceState::Issued {
        return Err(AppError::Conflict(reason!(
            "issued_invoice_credited",
            "only an issued invoice can be credited"
        )));
    }
    if original
        .issued_on
        .is_some_and(|issued| agreement.date < issued)
    {
        return Err(AppError::invalid(
            "input.agreementDate",
            reason!(
                "agreement_before_invoice",
                "the agreement is dated before the invoice it corrects ({issued})",
                issued = original.issued_on.unwrap_or_default()
            ),
        ));
    }
    Ok(())
}

/// What a new correcting document says about itself.
pub struct NewDocument<'a> {
    pub original: &'a invoice::Model,
    pub correction: Correction,
    pub agreement: &'a Agreement,
    pub reason: String,
    pub subtotal: i64,
    pub vat_total: i64,
    /// The buyer's name, address and tax code when they change (a replacement); else the
    /// original's.
    pub buyer: Option<(String, String, String)>,
}

/// Inserts a correcting document for `doc.original`: issued today, numbered now in the
/// settings' series, with the seller as the settings say today and the buyer as on the
/// original. A decrease is a credit note with nothing to pay; an increase and a replacement are
/// payable from today plus the settings' due days.
pub async fn insert_document(
    txn: &TenantTxn,
    settings: &billing_setting::Model,
    doc: NewDocument<'_>,
) -> AppResult<invoice::Model> {
    let original = doc.original;
    let issued_on = today();
    let series = series_for(&settings.invoice_series, issued_on);
    let number = take_numbers(txn, &series, 1).await?;
    let payable = doc.correction != Correction::Decrease;
    let (buyer_name, buyer_address, buyer_tax_code) = doc.buyer.unwrap_or_else(|| {
        (
            original.buyer_name.clone(),
            original.buyer_address.clone(),
            original.buyer_tax_code.clone(),
        )
    });
    let model = invoice::Model {
        id: Uuid::now_v7(),
        tenant_id: txn.tenant_id().0,
        created_at: Utc::now(),
        kind: if payable {
            InvoiceKind::Invoice
        } else {
            InvoiceKind::CreditNote
        },
        run_id: None,
        lease_id: original.lease_id,
        firm_id: original.firm_id,
        cluster_id: original.cluster_id,
        corrects_id: Some(original.id),
        billing_key: None,
        status: InvoiceState::Issued,
        period_start: original.period_start,
        period_end: original.period_end,
        template: settings.invoice_template.clone(),
        series,
        number: Some(number as i32),
        issued_on: Some(issued_on),
        due_on: payable
            .then(|| issued_on + chrono::Days::new(u64::try_from(settings.due_days).unwrap_or(0))),
        subtotal: doc.subtotal,
        vat_total: doc.vat_total,
        total: doc.subtotal + doc.vat_total,
        paid: 0,
        credited: 0,
        interest_through: None,
        seller_name: settings.seller_name.clone(),
        seller_address: settings.seller_address.clone(),
        seller_tax_code: settings.seller_tax_code.clone(),
        buyer_name,
        buyer_address,
        buyer_tax_code,
        note: Some(doc.reason),
        voided_at: None,
        void_reason: None,
        correction: Some(doc.correction),
        agreement_number: Some(doc.agreement.number.clone()),
        agreement_date: Some(doc.agreement.date),
        replaced_by_id: None,
        document_type: crate::billing::DocumentType::VatInvoice,
    };
    invoice::Entity::insert(model.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;
    Ok(model)
}
