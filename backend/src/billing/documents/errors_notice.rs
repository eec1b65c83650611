//! The data of the notice of e-invoices with errors (Mẫu số 04/SS-HĐĐT, Appendix IA of Decree
//! 123/2020 as amended by Decree 70/2025) for a range of days: one row per invoice an
//! adjustment or a replacement issued in the range corrected, in the form's columns, with the
//! correcting document and the written agreement beside them. The operator's e-invoice
//! provider files the signed notice; this is what it is filled from, as CSV.
//!
//! Columns of the form: STT, Mã CQT cấp, Ký hiệu mẫu số hóa đơn, Ký hiệu hóa đơn, Số hóa đơn,
//! Ngày lập hóa đơn, Loại áp dụng hóa đơn điện tử (1: an e-invoice under Decree 123), Hủy/Điều
//! chỉnh/Thay thế/Giải trình, Lý do. The tax authority's code (`Mã CQT cấp`) is the provider's
//! to fill, like `MSTTCGP` in the XML.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::billing::entities::invoice;
use crate::billing::labels::invoice_label;
use crate::billing::{Correction, InvoiceState};
use crate::db::Db;
use crate::error::{AppError, AppResult, reason};
use crate::spreadsheet;

/// What the form calls a correction.
fn nature(correction: Correction) -> &'static str {
    match correction {
        Correction::Decrease | Correction::Increase => "Điều chỉnh",
        Correction::Replacement => "Thay thế",
    }
}

/// The notice's rows for the corrections issued in `[from, to]`, as CSV (operators).
pub async fn csv(db: &Db, ctx: &TenantCtx, from: NaiveDate, to: NaiveDate) -> AppResult<String> {
    if to < from {
        return Err(AppError::invalid(
            "to",
            reason!("end_comes_before_start", "the end comes before the start"),
        ));
    }
    let txn = db.read(ctx, Policy::ManageBilling).await?;
    let corrections = txn
        .scoped::<invoice::Entity>()
        .filter(invoice::Column::Correction.is_not_null())
        .filter(invoice::Column::Status.ne(InvoiceState::Draft))
        .filter(invoice::Column::IssuedOn.gte(from))
        .filter(invoice::Column::IssuedOn.lte(to))
        .order_by_asc(invoice::Column::IssuedOn)
        .order_by_asc(invoice::Column::Series)
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?;
    let original_ids: Vec<Uuid> = corrections.iter().filter_map(|c| c.corrects_id).collect();
    let mut originals: HashMap<Uuid, invoice::Model> = HashMap::new();
    for chunk in original_ids.chunks(500) {
        for o in txn
            .scoped::<invoice::Entity>()
            .filter(invoice::Column::Id.is_in(chunk.iter().copied()))
            .all(txn.conn())
            .await?
        {
            originals.insert(o.id, o);
        }
    }
    txn.commit().await?;
    let day = |d: Option<NaiveDate>| d.map(|d| d.format("%d/%m/%Y").to_string());
    let rows = corrections.iter().filter_map(|c| {
        let original = originals.get(&c.corrects_id?)?;
        Some((c, original))
    });
    let rows: Vec<Vec<String>> = rows
        .enumerate()
        .map(|(i, (c, o))| {
            vec![
                (i + 1).to_string(),
                String::new(),
                o.template.clone(),
                o.series.clone(),
                o.number.map(|n| format!("{n:08}")).unwrap_or_default(),
                day(o.issued_on).unwrap_or_default(),
                "1".into(),
                nature(c.correction.unwrap_or(Correction::Decrease)).into(),
                c.note.clone().unwrap_or_default(),
                invoice_label(c),
                day(c.issued_on).unwrap_or_default(),
                c.agreement_number.clone().unwrap_or_default(),
                day(c.agreement_date).unwrap_or_default(),
            ]
        })
        .collect();
    spreadsheet::write(
        &[
            "STT",
            "Mã CQT cấp",
            "Ký hiệu mẫu số hóa đơn",
            "Ký hiệu hóa đơn",
            "Số hóa đơn",
            "Ngày lập hóa đơn",
            "Loại áp dụng hóa đơn điện tử",
            "Hủy/Điều chỉnh/Thay thế/Giải trình",
            "Lý do",
            "Hóa đơn điều chỉnh/thay thế",
            "Ngày lập hóa đơn điều chỉnh/thay thế",
            "Số văn bản thỏa thuận",
            "Ngày văn bản thỏa thuận",
        ],
        rows,
    )
}
