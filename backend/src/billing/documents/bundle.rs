//! Several invoice documents at once: a ZIP holding one PDF per invoice, named by its number,
//! for an accountant who files a month's invoices or sends them on together.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use crate::access::{Policy, TenantCtx};
use crate::billing::documents::pdf::{InvoiceDocument, render};
use crate::billing::entities::{invoice, invoice_line};
use crate::billing::invoices::seen_by;
use crate::billing::labels::{invoice_label, reference_line};
use crate::db::Db;
use crate::error::{AppError, AppResult, reason};
use crate::estate::entities::cluster;
use crate::ids::InvoiceId;

/// The most invoices one ZIP holds: a large cluster's month, and a bound on the work (every
/// document is rendered in memory) one request can ask for.
pub const MAX_INVOICES: usize = 200;

/// The ZIP of the invoices `ids` (in that order, each once), for whoever may see every one of
/// them: one the caller may not see (another tenant's, another firm's, a draft for an
/// enterprise user, or none at all) makes the whole request NOT_FOUND, as for a single one.
pub async fn zip_of_invoices(
    db: &Db,
    ctx: &TenantCtx,
    ids: &[InvoiceId],
    english: bool,
) -> AppResult<Vec<u8>> {
    let mut seen = HashSet::new();
    let ids: Vec<InvoiceId> = ids.iter().copied().filter(|id| seen.insert(*id)).collect();
    if ids.is_empty() {
        return Err(AppError::invalid(
            "ids",
            reason!("choose_an_invoice", "choose at least one invoice"),
        ));
    }
    if ids.len() > MAX_INVOICES {
        return Err(AppError::invalid(
            "ids",
            reason!(
                "too_many_invoices",
                "at most {max} invoices at once",
                max = MAX_INVOICES
            ),
        ));
    }
    let uuids: Vec<uuid::Uuid> = ids.iter().map(|id| id.0).collect();
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    let mut invoices: HashMap<uuid::Uuid, invoice::Model> = HashMap::new();
    for found in txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Id.is_in(uuids.clone()))
        .all(txn.conn())
        .await?
    {
        let found = seen_by(&txn, found)?;
        invoices.insert(found.id, found);
    }
    let invoices = uuids
        .iter()
        .map(|id| invoices.remove(id).ok_or(AppError::NotFound))
        .collect::<AppResult<Vec<_>>>()?;
    let mut lines: HashMap<uuid::Uuid, Vec<invoice_line::Model>> = HashMap::new();
    for line in txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::InvoiceId.is_in(uuids))
        .order_by_asc(invoice_line::Column::Position)
        .all(txn.conn())
        .await?
    {
        lines.entry(line.invoice_id).or_default().push(line);
    }
    let cluster_ids: HashSet<uuid::Uuid> = invoices.iter().map(|i| i.cluster_id).collect();
    let clusters: HashMap<uuid::Uuid, String> = txn
        .scoped::<cluster::Entity>()
        .filter(cluster::Column::Id.is_in(cluster_ids))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let originals: HashSet<uuid::Uuid> = invoices.iter().filter_map(|i| i.corrects_id).collect();
    let originals: HashMap<uuid::Uuid, invoice::Model> = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Id.is_in(originals))
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let corrects: HashMap<uuid::Uuid, String> = invoices
        .iter()
        .filter_map(|i| {
            let original = originals.get(&i.corrects_id?)?;
            Some((i.id, reference_line(i, original)))
        })
        .collect();
    let settings = crate::billing::settings::load(&txn).await?;
    txn.commit().await?;

    tokio::task::spawn_blocking(move || {
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        let mut names = HashSet::new();
        for i in &invoices {
            let pdf = render(&InvoiceDocument {
                invoice: i,
                lines: lines.get(&i.id).map(Vec::as_slice).unwrap_or_default(),
                settings: &settings,
                cluster_name: clusters.get(&i.cluster_id).map_or("", String::as_str),
                corrects_label: corrects.get(&i.id).cloned(),
                english,
            })?;
            let name = entry_name(&invoice_label(i), "pdf", &mut names);
            zip.start_file(name, options).map_err(zip_error)?;
            zip.write_all(&pdf)
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

/// The entry of an invoice labelled `label`, as the single download names it
/// (`hoa-don-C26TAA-00000123.pdf`, or `.xml` for its e-invoice); drafts share a label, so a
/// repeated name gets a suffix.
pub(crate) fn entry_name(label: &str, extension: &str, taken: &mut HashSet<String>) -> String {
    let stem = format!("hoa-don-{}", label.replace(' ', "-"));
    let mut name = format!("{stem}.{extension}");
    let mut n = 1;
    while !taken.insert(name.clone()) {
        n += 1;
        name = format!("{stem}-{n}.{extension}");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_named_by_number_and_never_twice() {
        let mut taken = HashSet::new();
        assert_eq!(
            entry_name("C26TAA 00000123", "pdf", &mut taken),
            "hoa-don-C26TAA-00000123.pdf"
        );
        assert_eq!(
            entry_name("C26TAA (nháp)", "pdf", &mut taken),
            "hoa-don-C26TAA-(nháp).pdf"
        );
        assert_eq!(
            entry_name("C26TAA (nháp)", "pdf", &mut taken),
            "hoa-don-C26TAA-(nháp)-2.pdf"
        );
    }
}
