//! Issuing a run: gap-free numbers taken under a row lock, the invoices and lines written in
//! batches, firm credit applied, and one email per firm, all in one transaction.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QuerySelect,
};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::billing::entities::{
    billing_run, billing_setting, invoice, invoice_counter, invoice_line, support_claim,
};
use crate::billing::invoices::payment_purpose;
use crate::billing::runs::load::compute;
use crate::billing::runs::{RunPreview, RunRequest};
use crate::billing::settings::{notice_series_for, series_for};
use crate::billing::{DocumentType, InvoiceKind, InvoiceState, NOTICE_TEMPLATE};
use crate::db::{Db, TenantTxn, insert_all};
use crate::error::{AppError, AppResult, FieldError, is_unique_violation, reason};
use crate::notify::{IssuedInvoice, Mail, Outbox};
use crate::tenancy::Locale;
use crate::values::{Email, today};
use tracing::Instrument;

/// Invoices per statement that marks interest charged (an `IN` list).
const INVOICE_BATCH: usize = 800;

/// Takes `count` numbers of `series`, one after the other, under a row lock: two clerks issuing
/// at once get consecutive ranges, never the same number and never a gap.
pub(crate) async fn take_numbers(txn: &TenantTxn, series: &str, count: i64) -> AppResult<i64> {
    let seed = invoice_counter::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(txn.tenant_id().0),
        created_at: Set(Utc::now()),
        series: Set(series.to_owned()),
        last_number: Set(0),
    };
    match invoice_counter::Entity::insert(seed)
        .on_conflict(
            OnConflict::columns([
                invoice_counter::Column::TenantId,
                invoice_counter::Column::Series,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(txn.conn())
        .await
    {
        Ok(_) | Err(DbErr::RecordNotInserted) => {}
        Err(other) => return Err(other.into()),
    }
    let counter = txn
        .scoped::<invoice_counter::Entity>()
        .filter(invoice_counter::Column::Series.eq(series))
        .lock_exclusive()
        .one(txn.conn())
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("invoice counter vanished")))?;
    let first = counter.last_number + 1;
    let last = counter.last_number + count;
    if last > 99_999_999 {
        return Err(AppError::Conflict(reason!(
            "series_exhausted",
            "series {series} has no numbers left this year; choose another series",
            series = series
        )));
    }
    let mut update = counter.into_active_model();
    update.last_number = Set(last);
    update.update(txn.conn()).await?;
    Ok(first)
}

/// The date of the latest invoice of a series, if it has any.
pub(crate) async fn latest_date(
    txn: &TenantTxn,
    template: &str,
    series: &str,
) -> AppResult<Option<NaiveDate>> {
    let latest: Option<Option<NaiveDate>> = txn
        .scoped::<invoice::Entity>()
        .select_only()
        .column_as(invoice::Column::IssuedOn.max(), "latest")
        .filter(invoice::Column::Template.eq(template))
        .filter(invoice::Column::Series.eq(series))
        .into_tuple()
        .one(txn.conn())
        .await?;
    Ok(latest.flatten())
}

/// An issued run.
#[derive(Clone, Debug)]
pub struct Issued {
    pub run: billing_run::Model,
    /// The range of VAT invoice numbers taken, when the run issued any.
    pub first_number: Option<String>,
    pub last_number: Option<String>,
    /// Late-interest notices issued, and the range of their numbers (a series of their own).
    pub notice_count: i64,
    pub first_notice_number: Option<String>,
    pub last_notice_number: Option<String>,
    /// Emails queued to announce the invoices (one per billing address of each firm).
    pub emails_queued: usize,
    /// Firms billed in the run that have no valid billing email: nobody was told, so the
    /// operator hands them their invoices another way (or adds an address and resends).
    pub firms_without_email: Vec<(Uuid, String)>,
}

/// Where issued invoices are announced: the outbox, and the web app's address for the link.
pub struct Announce<'a> {
    pub outbox: &'a Outbox,
    pub link: String,
}

/// Issues the run today: every invoice of the preview, numbered, written in batches in one
/// transaction with one email per firm (operators). A period already fully billed is a `CONFLICT`.
pub async fn issue(
    db: &Db,
    ctx: &TenantCtx,
    request: RunRequest,
    announce: &Announce<'_>,
) -> AppResult<Issued> {
    let started = std::time::Instant::now();
    let result = issue_on(db, ctx, request, today(), Some(announce)).await;
    crate::telemetry::metrics().billing_run(
        result.is_ok(),
        started.elapsed(),
        result
            .as_ref()
            .map_or(0, |issued| issued.run.invoices.max(0) as usize),
    );
    result
}

/// One email to queue: to whom, in which language, what.
type Outgoing = (Email, Locale, Mail);

/// The emails of an issued run: one per billing address of each firm, listing its invoices in
/// the firm's language, and the firms (id, name) with no address to send them to.
fn announcements(
    preview: &RunPreview,
    settings: &billing_setting::Model,
    numbers: &[(String, i32)],
    due_on: NaiveDate,
    link: &str,
    locales: &HashMap<Uuid, Locale>,
) -> (Vec<Outgoing>, Vec<(Uuid, String)>) {
    let mut by_firm: Vec<(Uuid, &str, &str, Vec<IssuedInvoice>)> = Vec::new();
    for (draft, (series, number)) in preview.invoices.iter().zip(numbers) {
        let line = IssuedInvoice {
            number: format!("{series} {number:08}"),
            total: draft.total,
            due_on,
            purpose: payment_purpose(series, *number),
        };
        match by_firm.iter_mut().find(|(firm, ..)| *firm == draft.firm_id) {
            Some((.., invoices)) => invoices.push(line),
            None => by_firm.push((
                draft.firm_id,
                &draft.firm_name,
                &draft.billing_emails,
                vec![line],
            )),
        }
    }
    let mut mails = Vec::new();
    let mut unreachable = Vec::new();
    for (firm_id, firm_name, emails, invoices) in by_firm {
        let addresses = Email::list(emails);
        if addresses.is_empty() {
            unreachable.push((firm_id, firm_name.to_owned()));
        }
        for address in addresses {
            mails.push((
                address,
                crate::tenancy::languages::of(locales, firm_id),
                Mail::InvoicesIssued {
                    seller_name: settings.seller_name.clone(),
                    firm_name: firm_name.to_owned(),
                    period_label: preview.period.label(),
                    invoices: invoices.clone(),
                    link: link.to_owned(),
                },
            ));
        }
    }
    (mails, unreachable)
}

/// Issues the run on `issued_on` (the demo's history issues past months on their dates; never
/// a day to come). The invoices are dated by the settings' policy, never after `issued_on`
/// nor before the latest invoice of their series, and fall due `due_days` after `issued_on`,
/// the day the firm can have them.
/// Each phase is a span of its own, so the log shows where a run's time goes.
#[tracing::instrument(name = "billing run", skip_all, fields(tenant = %ctx.tenant_id(), invoices))]
pub async fn issue_on(
    db: &Db,
    ctx: &TenantCtx,
    request: RunRequest,
    issued_on: NaiveDate,
    announce: Option<&Announce<'_>>,
) -> AppResult<Issued> {
    ctx.require(Policy::IssueInvoices)?;
    if issued_on > today() {
        return Err(AppError::Internal(anyhow::anyhow!(
            "a billing run cannot be issued on {issued_on}, a day to come"
        )));
    }
    let txn = db.tenant(ctx, Policy::IssueInvoices).await?;
    let (preview, settings) = compute(&txn, request, issued_on)
        .instrument(tracing::info_span!("compute"))
        .await?;
    if !preview.blocking.is_empty() {
        return Err(AppError::Validation(
            preview
                .blocking
                .iter()
                .map(|b| {
                    FieldError::new(
                        "input",
                        reason!(
                            "run_blocked",
                            "{name}: {problem} (fix it, then preview again)",
                            name = b.name,
                            problem = b.problem.message()
                        ),
                    )
                })
                .collect(),
        ));
    }
    if preview.invoices.is_empty() {
        return Err(if preview.already_billed > 0 {
            AppError::Conflict(reason!(
                "period_already_billed",
                "{period} is already billed for every lease in it",
                period = preview.period.label()
            ))
        } else {
            AppError::invalid(
                "input.periodStart",
                reason!(
                    "lease_billable_period",
                    "no lease is billable in this period"
                ),
            )
        });
    }
    let tenant = txn.tenant_id().0;
    let due_on = issued_on + chrono::Duration::days(i64::from(settings.due_days));
    let mut dated = settings
        .invoice_date_policy
        .date(preview.period.end, issued_on);
    // VAT invoices and late-interest notices are numbered in series of their own (audit A2).
    let series = series_for(&settings.invoice_series, dated);
    let notice_series = notice_series_for(&settings.invoice_series, dated);
    let count = preview.invoices.len() as i64;
    let notices = preview
        .invoices
        .iter()
        .filter(|i| i.document == DocumentType::InterestNotice)
        .count() as i64;
    tracing::Span::current().record("invoices", count);
    let mut next_number = Vec::new();
    for (series, template, count) in [
        (&series, &settings.invoice_template, count - notices),
        (&notice_series, &NOTICE_TEMPLATE.to_owned(), notices),
    ] {
        if count > 0 {
            next_number.push(take_numbers(&txn, series, count).await?);
            // Numbers rise with dates: a document is not dated before one numbered lower in
            // its series (the series' counter is locked, so the latest date cannot move).
            if let Some(latest) = latest_date(&txn, template, series).await? {
                dated = dated.max(latest);
            }
        } else {
            next_number.push(1);
        }
    }
    let (first, first_notice) = (next_number[0], next_number[1]);
    let (mut vat_next, mut notice_next) = (first, first_notice);
    let numbers: Vec<(String, i32)> = preview
        .invoices
        .iter()
        .map(|draft| {
            let (series, next) = match draft.document {
                DocumentType::VatInvoice => (&series, &mut vat_next),
                DocumentType::InterestNotice => (&notice_series, &mut notice_next),
            };
            *next += 1;
            (series.clone(), (*next - 1) as i32)
        })
        .collect();
    let now = Utc::now();
    let run = billing_run::Model {
        id: Uuid::now_v7(),
        tenant_id: tenant,
        created_at: now,
        cluster_id: preview.cluster_id.map(|c| c.0),
        period_kind: preview.period.kind,
        period_start: preview.period.start,
        period_end: preview.period.end,
        invoices: count,
        lines: preview.lines as i64,
        total: preview.total,
        issued_by: Some(ctx.user_id().0),
    };
    billing_run::Entity::insert(run.clone().into_active_model())
        .exec_without_returning(txn.conn())
        .await?;

    let prepare = tracing::info_span!("prepare").entered();
    let mut invoice_rows = Vec::with_capacity(preview.invoices.len());
    let mut line_rows = Vec::with_capacity(preview.lines);
    let mut charged_interest = Vec::new();
    let mut chargebacks = Vec::new();
    let mut claim_rows = Vec::new();
    for (draft, (series, number)) in preview.invoices.iter().zip(&numbers) {
        let id = Uuid::now_v7();
        let notice = draft.document == DocumentType::InterestNotice;
        if !draft.chargebacks.is_empty() {
            chargebacks.push((id, draft.chargebacks.clone()));
        }
        invoice_rows.push(invoice::Model {
            id,
            tenant_id: tenant,
            created_at: now,
            kind: InvoiceKind::Invoice,
            run_id: Some(run.id),
            lease_id: Some(draft.lease_id),
            firm_id: draft.firm_id,
            cluster_id: draft.cluster_id,
            corrects_id: None,
            billing_key: Some(format!(
                "{}:{}:{}",
                if notice { "interest" } else { "lease" },
                draft.lease_id,
                preview.period.start
            )),
            status: InvoiceState::Issued,
            period_start: preview.period.start,
            period_end: preview.period.end,
            template: if notice {
                NOTICE_TEMPLATE.to_owned()
            } else {
                settings.invoice_template.clone()
            },
            series: series.clone(),
            number: Some(*number),
            issued_on: Some(dated),
            due_on: Some(due_on),
            subtotal: draft.subtotal,
            vat_total: draft.vat_total,
            total: draft.total,
            paid: 0,
            credited: 0,
            interest_through: None,
            seller_name: settings.seller_name.clone(),
            seller_address: settings.seller_address.clone(),
            seller_tax_code: settings.seller_tax_code.clone(),
            buyer_name: draft.firm_name.clone(),
            buyer_address: draft.firm_address.clone(),
            buyer_tax_code: draft.firm_tax_code.clone(),
            note: None,
            voided_at: None,
            void_reason: None,
            correction: None,
            agreement_number: None,
            agreement_date: None,
            replaced_by_id: None,
            document_type: draft.document,
        });
        for (position, l) in draft.lines.iter().enumerate() {
            line_rows.push(invoice_line::Model {
                id: Uuid::now_v7(),
                tenant_id: tenant,
                created_at: now,
                invoice_id: id,
                position: position as i32 + 1,
                kind: l.kind,
                description_vi: l.description_vi.clone(),
                description_en: l.description_en.clone(),
                quantity_e4: l.quantity_e4,
                unit: l.unit.clone(),
                unit_price: l.unit_price,
                amount: l.amount,
                vat_bp: l.vat_bp,
                vat_amount: l.vat_amount,
                vat_deduction: l.vat_deduction,
                tariff_id: l.tariff_id,
                corrects_line_id: None,
            });
        }
        charged_interest.extend(draft.interest_on.iter().copied());
        claim_rows.extend(draft.supports.iter().map(|s| support_claim::Model {
            id: Uuid::now_v7(),
            tenant_id: tenant,
            created_at: now,
            programme_id: s.programme_id,
            invoice_id: id,
            lease_id: draft.lease_id,
            firm_id: draft.firm_id,
            covered_from: s.from,
            covered_to: s.to,
            rent: s.rent,
            rate_bp: s.rate_bp,
            amount: s.amount,
            mechanism: s.mechanism,
        }));
    }
    let conflict = |e: DbErr| {
        if is_unique_violation(&e) {
            AppError::Conflict(reason!(
                "another_run_billed_some",
                "another run billed some of these leases meanwhile; preview again"
            ))
        } else {
            e.into()
        }
    };
    drop(prepare);
    async {
        insert_all::<invoice::Entity>(txn.conn(), invoice_rows)
            .await
            .map_err(conflict)?;
        insert_all::<invoice_line::Entity>(txn.conn(), line_rows).await?;
        insert_all::<support_claim::Entity>(txn.conn(), claim_rows).await?;
        {
            let through = preview.interest_through;
            for chunk in charged_interest.chunks(INVOICE_BATCH) {
                invoice::Entity::update_many()
                    .col_expr(invoice::Column::InterestThrough, Expr::value(through))
                    .filter(invoice::Column::TenantId.eq(tenant))
                    .filter(invoice::Column::Id.is_in(chunk.iter().copied()))
                    .exec(txn.conn())
                    .await?;
            }
        }
        for (invoice, charges) in &chargebacks {
            crate::maintenance::work_orders::mark_billed(&txn, charges, *invoice).await?;
        }
        AppResult::Ok(())
    }
    .instrument(tracing::info_span!("insert"))
    .await?;
    // A firm's credit (overpayments) pays its new invoices at once.
    let mut firms: Vec<Uuid> = preview.invoices.iter().map(|i| i.firm_id).collect();
    firms.sort_unstable();
    firms.dedup();
    crate::receivables::payments::apply_credit(&txn, &firms, issued_on)
        .instrument(tracing::info_span!("apply credit"))
        .await?;
    let (mut emails_queued, mut firms_without_email) = (0, Vec::new());
    if let Some(announce) = announce {
        let firms: Vec<Uuid> = preview.invoices.iter().map(|d| d.firm_id).collect();
        let locales =
            crate::tenancy::languages::firm_locales(txn.conn(), Some(tenant), Some(&firms)).await?;
        let (mails, unreachable) = announcements(
            &preview,
            &settings,
            &numbers,
            due_on,
            &announce.link,
            &locales,
        );
        announce
            .outbox
            .enqueue_many(txn.conn(), Some(txn.tenant_id()), &mails)
            .instrument(tracing::info_span!("announce"))
            .await?;
        emails_queued = mails.len();
        firms_without_email = unreachable;
    }
    audit::record(
        &txn,
        ctx,
        "BillingRun",
        run.id,
        "issued",
        None::<&()>,
        Some(&run),
    )
    .await?;
    txn.commit()
        .instrument(tracing::info_span!("commit"))
        .await?;
    if let Some(announce) = announce {
        announce.outbox.wake();
    }
    // Each series' range, when the run took numbers in it.
    let range = |series: &str, first: i64, count: i64| {
        let label = |n: i64| format!("{series} {n:08}");
        (count > 0)
            .then(|| (label(first), label(first + count - 1)))
            .unzip()
    };
    let (first_number, last_number) = range(&series, first, count - notices);
    let (first_notice_number, last_notice_number) = range(&notice_series, first_notice, notices);
    Ok(Issued {
        first_number,
        last_number,
        notice_count: notices,
        first_notice_number,
        last_notice_number,
        run,
        emails_queued,
        firms_without_email,
    })
}
