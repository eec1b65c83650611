//! The e-invoice files people download: one invoice's XML document, and every invoice issued
//! in a range as a ZIP of one XML document each (the format has no list root: each document is
//! one `HDon`, which the provider signs and sends on its own).

use std::collections::{HashMap, HashSet};
use std::io::Write;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::{Document, render};
use crate::access::{Policy, TenantCtx};
use crate::billing::documents::bundle::entry_name;
use crate::billing::entities::{billing_setting, invoice, invoice_line};
use crate::billing::labels::invoice_label;
use crate::billing::{DocumentType, InvoiceState};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, reason};
use crate::ids::InvoiceId;

/// What the documents of some invoices need besides the invoices: their lines, the invoices
/// they adjust and the units of the lines they adjust.
struct Loaded {
    lines: HashMap<Uuid, Vec<invoice_line::Model>>,
    related: HashMap<Uuid, invoice::Model>,
    units: HashMap<Uuid, String>,
}

impl Loaded {
    fn document<'a>(
        &'a self,
        invoice: &'a invoice::Model,
        settings: &'a billing_setting::Model,
    ) -> Document<'a> {
        Document {
            invoice,
            lines: self.lines.get(&invoice.id).map_or(&[], Vec::as_slice),
            related: invoice.corrects_id.and_then(|id| self.related.get(&id)),
            units: &self.units,
            settings,
        }
    }
}

async fn load(txn: &TenantTxn, invoices: &[invoice::Model]) -> AppResult<Loaded> {
    let ids: Vec<Uuid> = invoices.iter().map(|i| i.id).collect();
    let mut lines: HashMap<Uuid, Vec<invoice_line::Model>> = HashMap::new();
    for chunk in ids.chunks(800) {
        for line in txn
            .scoped::<invoice_line::Entity>()
            .filter(invoice_line::Column::InvoiceId.is_in(chunk.iter().copied()))
            .order_by_asc(invoice_line::Column::Position)
            .all(txn.conn())
            .await?
        {
            lines.entry(line.invoice_id).or_default().push(line);
        }
    }
    let corrected: HashSet<Uuid> = invoices.iter().filter_map(|i| i.corrects_id).collect();
    let corrected: Vec<Uuid> = corrected.into_iter().collect();
    let mut related = HashMap::new();
    for chunk in corrected.chunks(800) {
        for original in txn
            .scoped::<invoice::Entity>()
            .filter(invoice::Column::Id.is_in(chunk.iter().copied()))
            .all(txn.conn())
            .await?
        {
            related.insert(original.id, original);
        }
    }
    let adjusted: HashSet<Uuid> = lines
        .values()
        .flatten()
        .filter_map(|l| l.corrects_line_id)
        .collect();
    let adjusted: Vec<Uuid> = adjusted.into_iter().collect();
    let mut units = HashMap::new();
    for chunk in adjusted.chunks(800) {
        for line in txn
            .scoped::<invoice_line::Entity>()
            .filter(invoice_line::Column::Id.is_in(chunk.iter().copied()))
            .all(txn.conn())
            .await?
        {
            units.insert(line.id, line.unit);
        }
    }
    Ok(Loaded {
        lines,
        related,
        units,
    })
}

/// One issued invoice or credit note as e-invoice XML, for its operator and its firm; returns
/// the file name and the text.
pub async fn for_invoice(db: &Db, ctx: &TenantCtx, id: InvoiceId) -> AppResult<(String, String)> {
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    let invoice = crate::billing::invoices::visible(&txn, id).await?;
    if invoice.status != InvoiceState::Issued {
        return Err(AppError::Conflict(reason!(
            "issued_invoice_e_invoice",
            "only an issued invoice has an e-invoice"
        )));
    }
    if invoice.document_type == DocumentType::InterestNotice {
        return Err(AppError::Conflict(reason!(
            "interest_notice_no_e_invoice",
            "a late-interest notice is no VAT invoice and has no e-invoice XML"
        )));
    }
    let settings = crate::billing::settings::load(&txn).await?;
    let file = invoice_label(&invoice).replace(' ', "-");
    let loaded = load(&txn, std::slice::from_ref(&invoice)).await?;
    txn.commit().await?;
    Ok((file, render(&loaded.document(&invoice, &settings))?))
}

/// Every invoice and credit note issued in `[from, to]` (operators; not the late-interest
/// notices, which are no invoices), as a ZIP holding one XML
/// document per invoice, named as the single download names it (`hoa-don-C26TAA-00000123.xml`).
pub async fn issued_between(
    db: &Db,
    ctx: &TenantCtx,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<Vec<u8>> {
    ctx.require(Policy::ManageBilling)?;
    if to < from {
        return Err(AppError::invalid(
            "to",
            reason!("end_comes_before_start", "the end comes before the start"),
        ));
    }
    if (to - from).num_days() > 366 {
        return Err(AppError::invalid(
            "to",
            reason!("export_most_year_time", "export at most a year at a time"),
        ));
    }
    let txn = db.tenant(ctx, Policy::ManageBilling).await?;
    let invoices = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Status.eq(InvoiceState::Issued))
        // Late-interest notices are no invoices (audit A2): never in the export.
        .filter(invoice::Column::DocumentType.eq(DocumentType::VatInvoice))
        .filter(invoice::Column::IssuedOn.gte(from))
        .filter(invoice::Column::IssuedOn.lte(to))
        .order_by_asc(invoice::Column::Series)
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?;
    let settings = crate::billing::settings::load(&txn).await?;
    let loaded = load(&txn, &invoices).await?;
    txn.commit().await?;
    tokio::task::spawn_blocking(move || {
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        let mut names = HashSet::new();
        for invoice in &invoices {
            let xml = render(&loaded.document(invoice, &settings))?;
            let name = entry_name(&invoice_label(invoice), "xml", &mut names);
            zip.start_file(name, options).map_err(zip_error)?;
            zip.write_all(xml.as_bytes())
                .map_err(|e| AppError::Internal(anyhow::anyhow!("writing zip: {e}")))?;
        }
        Ok(zip.finish().map_err(zip_error)?.into_inner())
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("zip task: {e}")))?
}

fn zip_error(e: zip::result::ZipError) -> AppError {
    AppError::Internal(anyhow::anyhow!("writing zip: {e}"))
}
