//! The e-invoice XML shape (Decree 123/2020, Circular 78/2021 and the tax department's XML
//! format, Decisions 1450/QĐ-TCT, 1510/QĐ-TCT and 1271/QĐ-CT): one `HDon/DLHDon/TTChung…
//! NDHDon…TToan` document per invoice, for a licensed provider to sign and send. The product
//! does not sign and is not itself a registered e-invoice, so three things are left for the
//! provider:
//!
//! - the signature (`DSCKS/NBan` is written empty);
//! - `TTChung/MSTTCGP`, the tax code of the e-invoice solution provider, which only the
//!   provider knows and writes when it takes the document in;
//! - `HDon/DLQRCode` (1271/QĐ-CT), whose content the format prescribes; our VietQR pays what is
//!   still open, which changes with payments, so it is printed on the PDF, not frozen here.
//!
//! `einvoice.xsd` next to this file is the schema these documents are checked against (its
//! header names the element tables it was written from). An adjustment names the invoice it
//! adjusts in `TTHDLQuan` (`TCHDon` from [`relation`]); its lines carry the unit of the line
//! they adjust and signed amounts (a decrease is negative, quantity × unit price = amount).

mod files;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::io;

use chrono::NaiveDate;
use quick_xml::Writer;
use quick_xml::events::BytesText;
use uuid::Uuid;

use crate::billing::banks;
use crate::billing::documents::words::total_in_words;
use crate::billing::entities::{billing_setting, invoice, invoice_line};
use crate::billing::money::QUANTITY_SCALE;
use crate::billing::{Correction, InvoiceKind};
use crate::error::{AppError, AppResult};
use crate::values::{TaxCodeKind, kind_of_tax_code};

pub use files::{for_invoice, issued_between};

/// The format version written in `PBan`.
const FORMAT_VERSION: &str = "2.0.1";

/// An invoice with its lines and, for an adjustment, the invoice it adjusts.
pub(crate) struct Document<'a> {
    pub(crate) invoice: &'a invoice::Model,
    pub(crate) lines: &'a [invoice_line::Model],
    /// The invoice this one adjusts or replaces.
    pub(crate) related: Option<&'a invoice::Model>,
    /// The unit of each line an adjustment line adjusts, by that line's id.
    pub(crate) units: &'a HashMap<Uuid, String>,
    pub(crate) settings: &'a billing_setting::Model,
}

/// `TTHDLQuan/TCHDon`, how an invoice relates to the one it names: `2` an adjustment (a credit
/// note is a decrease adjustment), `1` a replacement; `None` for an ordinary invoice. Every
/// document that names another invoice gets its code from here.
pub(crate) fn relation(invoice: &invoice::Model) -> Option<&'static str> {
    match (invoice.kind, invoice.correction) {
        (_, Some(Correction::Replacement)) => Some("1"),
        (_, Some(Correction::Decrease | Correction::Increase))
        | (InvoiceKind::CreditNote, None) => Some("2"),
        (InvoiceKind::Invoice, None) => None,
    }
}

/// `TSuat`: the VAT rate as the format writes it (Appendix V): `0%`, `5%`, `8%`, `10%`, any
/// other rate as `KHAC:x%`. A line without a rate is late-payment interest, which is no sale of
/// goods or services: `KKKNT` (not declared for VAT), never `KCT` (exempt under the VAT Law).
fn rate(vat_bp: Option<i32>) -> String {
    match vat_bp {
        None => "KKKNT".to_owned(),
        Some(bp @ (0 | 500 | 800 | 1000)) => format!("{}%", bp / 100),
        Some(bp) => format!("KHAC:{}%", crate::billing::labels::percent(bp)),
    }
}

/// A quantity in ten-thousandths as a decimal: 217800000 → `21780`, 15000 → `1.5`,
/// 4166667 → `416.6667`, -10000 → `-1`.
fn quantity(e4: i64) -> String {
    let sign = if e4 < 0 { "-" } else { "" };
    let whole = (e4 / QUANTITY_SCALE).abs();
    let part = (e4 % QUANTITY_SCALE).abs();
    if part == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:04}")
            .trim_end_matches('0')
            .to_owned()
    }
}

fn text<W: io::Write>(w: &mut Writer<W>, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

/// An element the format makes optional, left out when there is nothing to say.
fn optional<W: io::Write>(w: &mut Writer<W>, name: &str, value: &str) -> io::Result<()> {
    if value.trim().is_empty() {
        return Ok(());
    }
    text(w, name, value)
}

fn day(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// A line of an ordinary invoice that takes something off (the rent support): a commercial
/// discount, `TChat` 3, written with positive amounts and summed in `TToan/TTCKTMai`.
fn is_discount(invoice: &invoice::Model, line: &invoice_line::Model) -> bool {
    line.amount < 0 && invoice.kind == InvoiceKind::Invoice
}

fn write_related<W: io::Write>(
    w: &mut Writer<W>,
    code: &str,
    original: &invoice::Model,
    note: Option<&str>,
) -> io::Result<()> {
    w.create_element("TTHDLQuan").write_inner_content(|w| {
        text(w, "TCHDon", code)?;
        // 1: the original is an e-invoice under Decree 123.
        text(w, "LHDCLQuan", "1")?;
        text(w, "KHMSHDCLQuan", &original.template)?;
        text(w, "KHHDCLQuan", &original.series)?;
        text(
            w,
            "SHDCLQuan",
            &original.number.unwrap_or_default().to_string(),
        )?;
        text(w, "NLHDCLQuan", &day(original.issued_on))?;
        optional(w, "GChu", note.unwrap_or_default())?;
        Ok(())
    })?;
    Ok(())
}

fn write_line<W: io::Write>(
    w: &mut Writer<W>,
    doc: &Document<'_>,
    n: usize,
    l: &invoice_line::Model,
) -> io::Result<()> {
    let discount = is_discount(doc.invoice, l);
    // An adjustment line says what it adjusts in the unit of the line it adjusts.
    let unit = match l.corrects_line_id.and_then(|id| doc.units.get(&id)) {
        Some(original) if l.unit.trim().is_empty() => original.as_str(),
        _ => l.unit.as_str(),
    };
    w.create_element("HHDVu").write_inner_content(|w| {
        // 1: goods or services; 3: a commercial discount.
        text(w, "TChat", if discount { "3" } else { "1" })?;
        text(w, "STT", &(n + 1).to_string())?;
        text(w, "THHDVu", &l.description_vi)?;
        optional(w, "DVTinh", unit)?;
        text(w, "SLuong", &quantity(l.quantity_e4))?;
        // A discount is written positive (TChat says it is taken off); anything else keeps
        // its sign, so a decrease adjustment reads 1 × -95 = -95.
        let (price, amount) = if discount {
            (l.unit_price.abs(), l.amount.abs())
        } else {
            (l.unit_price, l.amount)
        };
        text(w, "DGia", &price.to_string())?;
        text(w, "ThTien", &amount.to_string())?;
        text(w, "TSuat", &rate(l.vat_bp))?;
        Ok(())
    })?;
    Ok(())
}

fn write_totals<W: io::Write>(w: &mut Writer<W>, doc: &Document<'_>) -> io::Result<()> {
    let i = doc.invoice;
    let by_rate = crate::billing::invoices::vat_by_rate(doc.lines);
    let discounts: i64 = doc
        .lines
        .iter()
        .filter(|l| is_discount(i, l))
        .map(|l| l.amount.abs())
        .sum();
    w.create_element("TToan").write_inner_content(|w| {
        // Only VAT-rated lines: KKKNT amounts are not VAT totals.
        let rated: Vec<_> = by_rate.iter().filter(|r| r.vat_bp.is_some()).collect();
        if !rated.is_empty() {
            w.create_element("THTTLTSuat").write_inner_content(|w| {
                for row in &rated {
                    w.create_element("LTSuat").write_inner_content(|w| {
                        text(w, "TSuat", &rate(row.vat_bp))?;
                        // What the rate is applied to: the amounts less the land rent
                        // paid to the State deducted from rent lines, so TThue = ThTien × rate.
                        text(w, "ThTien", &row.taxable.to_string())?;
                        text(w, "TThue", &row.vat.to_string())?;
                        Ok(())
                    })?;
                }
                Ok(())
            })?;
        }
        let outside_vat: i64 = by_rate
            .iter()
            .filter(|r| r.vat_bp.is_none())
            .map(|r| r.base)
            .sum();
        text(w, "TgTCThue", &(i.subtotal - outside_vat).to_string())?;
        text(w, "TgTThue", &i.vat_total.to_string())?;
        // Required when the invoice has a discount line (Decree 123 art. 10(6)(đ)).
        if discounts != 0 {
            text(w, "TTCKTMai", &discounts.to_string())?;
        }
        text(w, "TgTTTBSo", &i.total.to_string())?;
        text(w, "TgTTTBChu", &total_in_words(i.total))?;
        Ok(())
    })?;
    Ok(())
}

fn write_invoice<W: io::Write>(w: &mut Writer<W>, doc: &Document<'_>) -> io::Result<()> {
    let i = doc.invoice;
    let s = doc.settings;
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
                    // MSTTCGP: written by the signing provider (see the module docs).
                    if let (Some(code), Some(original)) = (relation(i), doc.related) {
                        write_related(w, code, original, i.note.as_deref())?;
                    }
                    Ok(())
                })?;
                w.create_element("NDHDon").write_inner_content(|w| {
                    w.create_element("NBan").write_inner_content(|w| {
                        text(w, "Ten", &i.seller_name)?;
                        text(w, "MST", &i.seller_tax_code)?;
                        text(w, "DChi", &i.seller_address)?;
                        optional(w, "STKNHang", &s.bank_account)?;
                        // The bank's name, from its NAPAS BIN (never the account holder).
                        let bank = banks::by_bin(&s.bank_bin).map_or("", |b| b.name);
                        optional(w, "TNHang", bank)?;
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
                            write_line(w, doc, n, l)?;
                        }
                        Ok(())
                    })?;
                    write_totals(w, doc)?;
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

/// One invoice as one e-invoice XML document.
pub(crate) fn render(doc: &Document<'_>) -> AppResult<String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_invoice(&mut w, doc)
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("e-invoice xml")))?;
    let body = String::from_utf8(w.into_inner()).map_err(|e| AppError::Internal(e.into()))?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}\n"
    ))
}
