//! The e-invoice XML shape (Decree 123/2020, Circular 78/2021 and the tax department's XML
//! format): `HDon/DLHDon/TTChung…NDHDon…TToan` for a licensed provider to sign and send. The
//! product does not sign and is not itself a registered e-invoice: the signature block is left
//! empty for the provider. A credit note is an adjustment invoice (`TCHDon` 2) that names the
//! invoice it corrects; its amounts are negative.

use std::io;

use chrono::NaiveDate;
use quick_xml::Writer;
use quick_xml::events::BytesText;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::access::{Policy, TenantCtx};
use crate::billing::documents::words::total_in_words;
use crate::billing::entities::{billing_setting, invoice, invoice_line};
use crate::billing::{InvoiceKind, InvoiceState};
use crate::db::{Db, TenantTxn};
use crate::error::{AppError, AppResult, reason};
use crate::ids::InvoiceId;
use crate::values::{TaxCodeKind, kind_of_tax_code};

/// The format version written in `PBan`.
const FORMAT_VERSION: &str = "2.0.1";

/// An invoice with its lines and, for a credit note, the invoice it corrects.
struct Document<'a> {
    invoice: &'a invoice::Model,
    lines: &'a [invoice_line::Model],
    corrects: Option<&'a invoice::Model>,
    settings: &'a billing_setting::Model,
}

/// `TSuat`: the VAT rate as the format writes it. A line without a rate is late-payment
/// interest, which is no sale of goods or services: `KKKNT` (not declared for VAT), never
/// `KCT` (exempt under the VAT Law's list).
fn rate(vat_bp: Option<i32>) -> String {
    match vat_bp {
        None => "KKKNT".to_owned(),
        Some(bp) if bp % 100 == 0 => format!("{}%", bp / 100),
        Some(bp) => format!(
            "{}.{}%",
            bp / 100,
            format!("{:02}", bp % 100).trim_end_matches('0')
        ),
    }
}

/// A quantity in thousandths as a decimal: 21780000 → `21780`, 1500 → `1.5`.
fn quantity(milli: i64) -> String {
    let whole = milli / 1000;
    let part = (milli % 1000).abs();
    if part == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{part:03}")
            .trim_end_matches('0')
            .to_owned()
    }
}

fn text<W: io::Write>(w: &mut Writer<W>, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

fn day(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

fn write_invoice<W: io::Write>(w: &mut Writer<W>, doc: &Document<'_>) -> io::Result<()> {
    let i = doc.invoice;
    w.create_element("HDon").write_inner_content(|w| {
        w.create_element("DLHDon")
            .with_attribute(("Id", format!("HD{}", i.id.simple()).as_str()))
            .write_inner_content(|w| {
                w.create_element("TTChung").write_inner_content(|w| {
                    text(w, "PBan", FORMAT_VERSION)?;
                    text(w, "THDon", "Hóa đơn giá trị gia tăng")?;
                    text(w, "KHMSHDon", &i.template)?;
                    text(w, "KHHDon", &i.series)?;
                    text(w, "SHDon", &i.number.unwrap_or_default().to_string())?;
                    text(w, "NLap", &day(i.issued_on))?;
                    text(w, "DVTTe", "VND")?;
                    text(w, "TGia", "1")?;
                    text(w, "HTTToan", "TM/CK")?;
                    if let Some(original) = doc.corrects {
                        w.create_element("TTHDLQuan").write_inner_content(|w| {
                            // 2: an adjustment; 1: of an invoice under Decree 123.
                            text(w, "TCHDon", "2")?;
                            text(w, "LHDCLQuan", "1")?;
                            text(w, "KHMSHDCLQuan", &original.template)?;
                            text(w, "KHHDCLQuan", &original.series)?;
                            text(
                                w,
                                "SHDCLQuan",
                                &original.number.unwrap_or_default().to_string(),
                            )?;
                            text(w, "NLHDCLQuan", &day(original.issued_on))?;
                            text(w, "GChu", i.note.as_deref().unwrap_or_default())?;
                            Ok(())
                        })?;
                    }
                    Ok(())
                })?;
                w.create_element("NDHDon").write_inner_content(|w| {
                    w.create_element("NBan").write_inner_content(|w| {
                        text(w, "Ten", &i.seller_name)?;
                        text(w, "MST", &i.seller_tax_code)?;
                        text(w, "DChi", &i.seller_address)?;
                        text(w, "STKNHang", &doc.settings.bank_account)?;
                        text(w, "TNHang", &doc.settings.bank_account_name)?;
                        Ok(())
                    })?;
                    w.create_element("NMua").write_inner_content(|w| {
                        text(w, "Ten", &i.buyer_name)?;
                        // A household business or an individual is identified by its
                        // personal identification number, which has its own element.
                        if kind_of_tax_code(&i.buyer_tax_code) == TaxCodeKind::PersonalId {
                            text(w, "DChi", &i.buyer_address)?;
                            text(w, "CCCDan", &i.buyer_tax_code)?;
                        } else {
                            text(w, "MST", &i.buyer_tax_code)?;
                            text(w, "DChi", &i.buyer_address)?;
                        }
                        Ok(())
                    })?;
                    w.create_element("DSHHDVu").write_inner_content(|w| {
                        for (n, l) in doc.lines.iter().enumerate() {
                            w.create_element("HHDVu").write_inner_content(|w| {
                                // 1: goods or services; 3: a discount (the rent support line).
                                let discount = l.amount < 0 && i.kind == InvoiceKind::Invoice;
                                text(w, "TChat", if discount { "3" } else { "1" })?;
                                text(w, "STT", &(n + 1).to_string())?;
                                text(w, "THHDVu", &l.description_vi)?;
                                text(w, "DVTinh", &l.unit)?;
                                text(w, "SLuong", &quantity(l.quantity_milli))?;
                                text(w, "DGia", &l.unit_price.abs().to_string())?;
                                let amount = if discount { l.amount.abs() } else { l.amount };
                                text(w, "ThTien", &amount.to_string())?;
                                text(w, "TSuat", &rate(l.vat_bp))?;
                                Ok(())
                            })?;
                        }
                        Ok(())
                    })?;
                    let by_rate = crate::billing::invoices::vat_by_rate(doc.lines);
                    w.create_element("TToan").write_inner_content(|w| {
                        w.create_element("THTTLTSuat").write_inner_content(|w| {
                            // Only VAT-rated lines: KKKNT amounts are not VAT totals.
                            for row in by_rate.iter().filter(|r| r.vat_bp.is_some()) {
                                w.create_element("LTSuat").write_inner_content(|w| {
                                    text(w, "TSuat", &rate(row.vat_bp))?;
                                    text(w, "ThTien", &row.base.to_string())?;
                                    text(w, "TThue", &row.vat.to_string())?;
                                    Ok(())
                                })?;
                            }
                            Ok(())
                        })?;
                        let outside_vat: i64 = by_rate
                            .iter()
                            .filter(|r| r.vat_bp.is_none())
                            .map(|r| r.base)
                            .sum();
                        text(w, "TgTCThue", &(i.subtotal - outside_vat).to_string())?;
                        text(w, "TgTThue", &i.vat_total.to_string())?;
                        text(w, "TgTTTBSo", &i.total.to_string())?;
                        text(w, "TgTTTBChu", &total_in_words(i.total))?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            })?;
        // Left for the provider: the seller's digital signature.
        w.create_element("DSCKS").write_inner_content(|w| {
            w.create_element("NBan").write_empty()?;
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(())
}

fn finish(bytes: Vec<u8>) -> AppResult<String> {
    let body = String::from_utf8(bytes).map_err(|e| AppError::Internal(e.into()))?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}\n"
    ))
}

fn io_error(e: io::Error) -> AppError {
    AppError::Internal(anyhow::Error::new(e).context("e-invoice xml"))
}

async fn documents(
    txn: &TenantTxn,
    invoices: Vec<invoice::Model>,
) -> AppResult<(
    Vec<(invoice::Model, Vec<invoice_line::Model>)>,
    Vec<invoice::Model>,
)> {
    let ids: Vec<Uuid> = invoices.iter().map(|i| i.id).collect();
    let mut lines: std::collections::HashMap<Uuid, Vec<invoice_line::Model>> =
        std::collections::HashMap::new();
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
    let corrected: Vec<Uuid> = invoices.iter().filter_map(|i| i.corrects_id).collect();
    let mut originals = Vec::new();
    for chunk in corrected.chunks(800) {
        originals.extend(
            txn.scoped::<invoice::Entity>()
                .filter(invoice::Column::Id.is_in(chunk.iter().copied()))
                .all(txn.conn())
                .await?,
        );
    }
    let docs = invoices
        .into_iter()
        .map(|i| {
            let l = lines.remove(&i.id).unwrap_or_default();
            (i, l)
        })
        .collect();
    Ok((docs, originals))
}

fn render(
    docs: &[(invoice::Model, Vec<invoice_line::Model>)],
    originals: &[invoice::Model],
    settings: &billing_setting::Model,
    many: bool,
) -> AppResult<String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let write_all = |w: &mut Writer<Vec<u8>>| -> io::Result<()> {
        for (invoice, lines) in docs {
            let corrects = invoice
                .corrects_id
                .and_then(|id| originals.iter().find(|o| o.id == id));
            write_invoice(
                w,
                &Document {
                    invoice,
                    lines,
                    corrects,
                    settings,
                },
            )?;
        }
        Ok(())
    };
    if many {
        w.create_element("DSHDon")
            .write_inner_content(|w| write_all(w))
            .map_err(io_error)?;
    } else {
        write_all(&mut w).map_err(io_error)?;
    }
    finish(w.into_inner())
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
    let settings = crate::billing::settings::load(&txn).await?;
    let file = crate::billing::labels::invoice_label(&invoice).replace(' ', "-");
    let (docs, originals) = documents(&txn, vec![invoice]).await?;
    txn.commit().await?;
    Ok((file, render(&docs, &originals, &settings, false)?))
}

/// Every invoice and credit note issued in `[from, to]`, in `DSHDon` (operators).
pub async fn issued_between(
    db: &Db,
    ctx: &TenantCtx,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<String> {
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
        .filter(invoice::Column::IssuedOn.gte(from))
        .filter(invoice::Column::IssuedOn.lte(to))
        .order_by_asc(invoice::Column::Series)
        .order_by_asc(invoice::Column::Number)
        .all(txn.conn())
        .await?;
    let settings = crate::billing::settings::load(&txn).await?;
    let (docs, originals) = documents(&txn, invoices).await?;
    txn.commit().await?;
    render(&docs, &originals, &settings, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn invoice(buyer_tax_code: &str) -> invoice::Model {
        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        invoice::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            kind: InvoiceKind::Invoice,
            run_id: None,
            lease_id: None,
            firm_id: Uuid::nil(),
            cluster_id: Uuid::nil(),
            corrects_id: None,
            billing_key: None,
            status: InvoiceState::Issued,
            period_start: day,
            period_end: day,
            template: "1".into(),
            series: "C26TAA".into(),
            number: Some(7),
            issued_on: Some(day),
            due_on: Some(day),
            subtotal: 0,
            vat_total: 0,
            total: 0,
            paid: 0,
            credited: 0,
            interest_through: None,
            seller_name: "Seller".into(),
            seller_address: "Xã Yên Lạc, tỉnh Phú Thọ".into(),
            seller_tax_code: "2500100006".into(),
            buyer_name: "Buyer".into(),
            buyer_address: "Lô H-001, CCN làng nghề Yên Đồng, xã Yên Lạc, tỉnh Phú Thọ".into(),
            buyer_tax_code: buyer_tax_code.into(),
            note: None,
            voided_at: None,
            void_reason: None,
            correction: None,
            agreement_number: None,
            agreement_date: None,
            replaced_by_id: None,
        }
    }

    fn settings() -> billing_setting::Model {
        billing_setting::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            invoice_template: "1".into(),
            invoice_series: "CTAA".into(),
            due_days: 15,
            late_interest_bp: 0,
            late_interest_basis: String::new(),
            late_interest_commercial: false,
            rent_vat_bp: 1000,
            seller_name: String::new(),
            seller_address: String::new(),
            seller_tax_code: String::new(),
            bank_bin: String::new(),
            bank_account: String::new(),
            bank_account_name: String::new(),
            updated_at: Utc::now(),
        }
    }

    fn buyer_xml(buyer_tax_code: &str) -> String {
        let docs = vec![(invoice(buyer_tax_code), Vec::new())];
        let xml = render(&docs, &[], &settings(), false).unwrap();
        let start = xml.find("<NMua>").unwrap();
        let end = xml.find("</NMua>").unwrap();
        xml[start..end].split_whitespace().collect()
    }

    fn line(
        position: i32,
        kind: crate::billing::LineKind,
        amount: i64,
        vat_bp: Option<i32>,
    ) -> invoice_line::Model {
        invoice_line::Model {
            id: Uuid::nil(),
            tenant_id: Uuid::nil(),
            created_at: Utc::now(),
            invoice_id: Uuid::nil(),
            position,
            kind,
            description_vi: "x".into(),
            description_en: "x".into(),
            quantity_milli: 1000,
            unit: "lần".into(),
            unit_price: amount,
            amount,
            vat_bp,
            vat_amount: crate::billing::money::vat(amount, vat_bp),
            tariff_id: None,
            corrects_line_id: None,
        }
    }

    #[test]
    fn late_interest_is_coded_kkknt_and_kept_out_of_the_vat_totals() {
        use crate::billing::LineKind;
        let mut i = invoice("2500100006");
        let lines = vec![
            line(1, LineKind::Rent, 5_000_000, Some(1000)),
            line(2, LineKind::LateInterest, 27_397, None),
        ];
        i.subtotal = 5_027_397;
        i.vat_total = 500_000;
        i.total = 5_527_397;
        let xml: String = render(&[(i, lines)], &[], &settings(), false)
            .unwrap()
            .split_whitespace()
            .collect();
        assert!(
            xml.contains("<ThTien>27397</ThTien><TSuat>KKKNT</TSuat>"),
            "{xml}"
        );
        assert!(!xml.contains("KCT<"), "{xml}");
        let summary = &xml[xml.find("<THTTLTSuat>").unwrap()..xml.find("</THTTLTSuat>").unwrap()];
        assert_eq!(summary.matches("<LTSuat>").count(), 1, "{summary}");
        assert!(
            summary.contains("<TSuat>10%</TSuat><ThTien>5000000</ThTien><TThue>500000</TThue>")
        );
        assert!(
            xml.contains(
                "<TgTCThue>5000000</TgTCThue><TgTThue>500000</TgTThue><TgTTTBSo>5527397</TgTTTBSo>"
            ),
            "{xml}"
        );
    }

    #[test]
    fn a_buyer_with_a_personal_id_is_written_cccdan_and_an_enterprise_mst() {
        let household = buyer_xml("026090001234");
        assert!(
            household.contains("<CCCDan>026090001234</CCCDan>"),
            "{household}"
        );
        assert!(!household.contains("<MST>"), "{household}");
        let enterprise = buyer_xml("2500100006");
        assert!(enterprise.contains("<MST>2500100006</MST>"), "{enterprise}");
        assert!(!enterprise.contains("CCCDan"), "{enterprise}");
        let branch = buyer_xml("2500100006-001");
        assert!(branch.contains("<MST>2500100006-001</MST>"), "{branch}");
    }

    #[test]
    fn rates_and_quantities_are_written_as_the_format_expects() {
        assert_eq!(rate(Some(1000)), "10%");
        assert_eq!(rate(Some(800)), "8%");
        assert_eq!(rate(Some(0)), "0%");
        assert_eq!(rate(None), "KKKNT");
        assert_eq!(rate(Some(550)), "5.5%");
        assert_eq!(quantity(21_780_000), "21780");
        assert_eq!(quantity(1_500), "1.5");
        assert_eq!(quantity(333), "0.333");
    }
}
