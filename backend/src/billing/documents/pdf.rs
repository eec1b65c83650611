//! The invoice document as a PDF (A4), in Vietnamese or English: seller and buyer, symbol and
//! number, dates, lines, VAT by rate, the total in Vietnamese words, the rounding rule, payment
//! instructions and a VietQR code for what is still open. The font (DejaVu Sans, which covers
//! Vietnamese) is embedded, subset to the glyphs used.

use std::sync::OnceLock;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::billing::documents::words::total_in_words;
use crate::billing::entities::{billing_setting, invoice, invoice_line};
use crate::billing::invoices::{payment_purpose, vietqr_for};
use crate::billing::labels::{invoice_label, percent};
use crate::billing::money::{ROUNDING_RULE_EN, ROUNDING_RULE_VI, format_vnd, group_digits};
use crate::error::{AppError, AppResult};

/// Where the fonts are read from unless `CLUSTERKEEP_PDF_FONT_DIR` says otherwise (Debian's
/// `fonts-dejavu-core`).
const DEFAULT_FONT_DIR: &str = "/usr/share/fonts/truetype/dejavu";

pub(crate) struct Fonts {
    regular: Font,
    bold: Font,
}

pub(crate) fn fonts() -> AppResult<&'static Fonts> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let dir = std::env::var("CLUSTERKEEP_PDF_FONT_DIR")
                .unwrap_or_else(|_| DEFAULT_FONT_DIR.to_owned());
            let load = |name: &str| {
                let data = std::fs::read(std::path::Path::new(&dir).join(name)).ok()?;
                Font::new(data.into(), 0)
            };
            Some(Fonts {
                regular: load("DejaVuSans.ttf")?,
                bold: load("DejaVuSans-Bold.ttf")?,
            })
        })
        .as_ref()
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "PDF fonts not found: install fonts-dejavu-core or set CLUSTERKEEP_PDF_FONT_DIR"
            ))
        })
}

/// What one invoice document shows.
pub struct InvoiceDocument<'a> {
    pub invoice: &'a invoice::Model,
    pub lines: &'a [invoice_line::Model],
    pub settings: &'a billing_setting::Model,
    pub cluster_name: &'a str,
    /// For an adjustment: the reference to the invoice it adjusts, as the law words it
    /// ("Điều chỉnh cho hóa đơn Mẫu số … ký hiệu … số … ngày …").
    pub corrects_label: Option<String>,
    pub english: bool,
}

pub(crate) const WIDTH: f32 = 595.0;
pub(crate) const HEIGHT: f32 = 842.0;
pub(crate) const MARGIN: f32 = 40.0;

/// An approximate advance of `text` in DejaVu Sans at `size`, enough to right-align figures.
fn width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| match c {
            '0'..='9' | '₫' => 0.636,
            '.' | ',' | ' ' | ':' => 0.32,
            '%' => 0.95,
            'A'..='Z' => 0.70,
            _ => 0.56,
        })
        .sum::<f32>()
        * size
}

/// `text` in lines of at most about `max_chars` characters, broken between words (a longer
/// word keeps a line of its own); nothing is cut off.
pub(crate) fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        if current.chars().count() + word.chars().count() > max_chars && !current.is_empty() {
            rows.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    rows.push(current);
    rows
}

pub(crate) struct Pen<'s, 'p> {
    pub(crate) surface: &'s mut Surface<'p>,
    pub(crate) fonts: &'static Fonts,
}

impl Pen<'_, '_> {
    pub(crate) fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        let font = if bold {
            self.fonts.bold.clone()
        } else {
            self.fonts.regular.clone()
        };
        self.surface.draw_text(
            Point::from_xy(x, y),
            font,
            size,
            text,
            false,
            TextDirection::Auto,
        );
    }

    pub(crate) fn right(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        self.text(x - width(text, size), y, size, bold, text);
    }

    pub(crate) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, grey: u8) {
        let mut builder = PathBuilder::new();
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            builder.push_rect(rect);
        }
        if let Some(path) = builder.finish() {
            self.surface.set_fill(Some(Fill {
                paint: rgb::Color::new(grey, grey, grey).into(),
                opacity: NormalizedF32::ONE,
                rule: Default::default(),
            }));
            self.surface.draw_path(&path);
            self.surface.set_fill(Some(Fill::default()));
        }
    }

    /// A QR code of `payload`, `size` points wide, top-left at (x, y).
    fn qr(&mut self, x: f32, y: f32, size: f32, payload: &str) -> AppResult<()> {
        let code = qrcode::QrCode::new(payload.as_bytes())
            .map_err(|e| AppError::Internal(anyhow::anyhow!("qr code: {e}")))?;
        let modules = code.width();
        let quiet = 2.0;
        let cell = size / (modules as f32 + 2.0 * quiet);
        let mut builder = PathBuilder::new();
        for (i, color) in code.to_colors().iter().enumerate() {
            if *color == qrcode::Color::Dark {
                let (row, col) = ((i / modules) as f32, (i % modules) as f32);
                if let Some(rect) = Rect::from_xywh(
                    x + (col + quiet) * cell,
                    y + (row + quiet) * cell,
                    cell,
                    cell,
                ) {
                    builder.push_rect(rect);
                }
            }
        }
        if let Some(path) = builder.finish() {
            self.surface.set_fill(Some(Fill::default()));
            self.surface.draw_path(&path);
        }
        Ok(())
    }
}

fn quantity(milli: i64, english: bool) -> String {
    let whole = group_digits(milli / 1000);
    let frac = (milli % 1000).abs();
    let whole = if english {
        whole.replace('.', ",")
    } else {
        whole
    };
    if frac == 0 {
        whole
    } else {
        let sep = if english { '.' } else { ',' };
        format!("{whole}{sep}{}", format!("{frac:03}").trim_end_matches('0'))
    }
}

/// Renders the invoice as a PDF.
pub fn render(doc: &InvoiceDocument) -> AppResult<Vec<u8>> {
    let fonts = fonts()?;
    let en = doc.english;
    let i = doc.invoice;
    let t = |vi: &'static str, english: &'static str| if en { english } else { vi };
    let date = |d: Option<chrono::NaiveDate>| {
        d.map(|d| {
            if en {
                d.format("%Y-%m-%d").to_string()
            } else {
                d.format("%d/%m/%Y").to_string()
            }
        })
        .unwrap_or_default()
    };
    let mut document = Document::new();
    // The number in the document's title, readable without parsing the page content.
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(format!("{} {}", t("Hoa don", "Invoice"), invoice_label(i)))
            .creator("ClusterKeep".to_owned()),
    );
    let settings = PageSettings::from_wh(WIDTH, HEIGHT)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("page size")))?;
    let mut pages: Vec<Vec<&invoice_line::Model>> = vec![Vec::new()];
    for (n, line) in doc.lines.iter().enumerate() {
        if n > 0 && n % 14 == 0 {
            pages.push(Vec::new());
        }
        if let Some(page) = pages.last_mut() {
            page.push(line);
        }
    }
    let page_count = pages.len();
    for (page_index, page_lines) in pages.into_iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut pen = Pen {
            surface: &mut surface,
            fonts,
        };
        // Title block.
        let subtitle = match &doc.corrects_label {
            Some(reference) => format!(
                "{reference}{}",
                i.note
                    .as_deref()
                    .map(|n| format!(" – {}: {n}", t("lý do", "reason")))
                    .unwrap_or_default()
            ),
            None => t(
                "Bản thể hiện của hóa đơn; bản điện tử hợp pháp do nhà cung cấp dịch vụ hóa đơn ký số.",
                "Printed copy; the legally valid e-invoice is signed by a licensed provider.",
            )
            .to_owned(),
        };
        pen.text(
            MARGIN,
            58.0,
            16.0,
            true,
            if doc.corrects_label.is_some() {
                t("HÓA ĐƠN ĐIỀU CHỈNH GIẢM", "CREDIT NOTE")
            } else {
                t("HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "VAT INVOICE")
            },
        );
        pen.text(MARGIN, 74.0, 8.5, false, &subtitle);
        pen.right(
            WIDTH - MARGIN,
            52.0,
            9.5,
            false,
            &format!("{}: {}", t("Mẫu số", "Template"), i.template),
        );
        pen.right(
            WIDTH - MARGIN,
            65.0,
            9.5,
            false,
            &format!("{}: {}", t("Ký hiệu", "Series"), i.series),
        );
        pen.right(
            WIDTH - MARGIN,
            80.0,
            12.0,
            true,
            &format!(
                "{}: {}",
                t("Số", "No."),
                i.number.map(|n| format!("{n:08}")).unwrap_or_default()
            ),
        );
        pen.text(
            MARGIN,
            96.0,
            9.5,
            false,
            &format!(
                "{} {}   ·   {} {}   ·   {} {} – {}",
                t("Ngày lập:", "Issued:"),
                date(i.issued_on),
                t("Hạn thanh toán:", "Due:"),
                date(i.due_on),
                t("Kỳ:", "Period:"),
                date(Some(i.period_start)),
                date(Some(i.period_end)),
            ),
        );
        pen.rect(MARGIN, 104.0, WIDTH - 2.0 * MARGIN, 0.8, 120);
        // Parties.
        let mut y = 122.0;
        for (label, name, address, tax) in [
            (
                t("Đơn vị bán", "Seller"),
                &i.seller_name,
                &i.seller_address,
                &i.seller_tax_code,
            ),
            (
                t("Đơn vị mua", "Buyer"),
                &i.buyer_name,
                &i.buyer_address,
                &i.buyer_tax_code,
            ),
        ] {
            pen.text(MARGIN, y, 9.0, false, label);
            pen.text(MARGIN + 80.0, y, 10.0, true, name);
            pen.text(
                MARGIN + 80.0,
                y + 13.0,
                9.0,
                false,
                &format!("{}: {}", t("Địa chỉ", "Address"), address),
            );
            pen.text(
                MARGIN + 80.0,
                y + 26.0,
                9.0,
                false,
                &format!("{}: {}", t("Mã số thuế", "Tax code"), tax),
            );
            y += 44.0;
        }
        pen.text(
            MARGIN + 80.0,
            y - 4.0,
            9.0,
            false,
            &format!(
                "{}: {}",
                t("Cụm công nghiệp", "Industrial cluster"),
                doc.cluster_name
            ),
        );
        // Lines.
        y += 14.0;
        pen.rect(MARGIN, y - 12.0, WIDTH - 2.0 * MARGIN, 18.0, 230);
        let cols = [
            MARGIN + 4.0,
            MARGIN + 26.0,
            320.0,
            362.0,
            420.0,
            488.0,
            WIDTH - MARGIN - 2.0,
        ];
        pen.text(cols[0], y, 8.5, true, "#");
        pen.text(cols[1], y, 8.5, true, t("Nội dung", "Description"));
        pen.right(cols[3] - 4.0, y, 8.5, true, t("ĐVT", "Unit"));
        pen.right(cols[4], y, 8.5, true, t("Số lượng", "Qty"));
        pen.right(cols[5], y, 8.5, true, t("Đơn giá", "Unit price"));
        pen.right(cols[6], y, 8.5, true, t("Thành tiền", "Amount"));
        y += 20.0;
        for line in page_lines {
            let description = if en {
                &line.description_en
            } else {
                &line.description_vi
            };
            // Long descriptions wrap at about 52 characters.
            let rows = wrap(description, 52);
            pen.text(cols[0], y, 8.5, false, &line.position.to_string());
            for (r, row) in rows.iter().enumerate() {
                pen.text(cols[1], y + r as f32 * 11.0, 8.5, false, row);
            }
            let vat = match line.vat_bp {
                Some(bp) => format!("{} {}%", t("VAT", "VAT"), percent(bp)),
                // Late interest is no sale: not declared for VAT (KKKNT), never "exempt" (KCT).
                None => t(
                    "Không kê khai, tính nộp thuế GTGT",
                    "Not declared for VAT (KKKNT)",
                )
                .to_owned(),
            };
            pen.text(
                cols[1],
                y + rows.len() as f32 * 11.0,
                7.5,
                false,
                &format!("{vat}: {}", format_vnd(line.vat_amount, en)),
            );
            pen.right(cols[3] - 4.0, y, 8.5, false, &line.unit);
            pen.right(cols[4], y, 8.5, false, &quantity(line.quantity_milli, en));
            pen.right(cols[5], y, 8.5, false, &group_digits(line.unit_price));
            pen.right(cols[6], y, 8.5, false, &group_digits(line.amount));
            y += (rows.len() as f32 + 1.0) * 11.0 + 6.0;
        }
        if page_index + 1 < page_count {
            pen.right(
                WIDTH - MARGIN,
                HEIGHT - 30.0,
                8.0,
                false,
                &format!("{} {}/{}", t("Trang", "Page"), page_index + 1, page_count),
            );
            surface.finish();
            page.finish();
            continue;
        }
        // Totals, VAT by rate, words.
        pen.rect(MARGIN, y - 6.0, WIDTH - 2.0 * MARGIN, 0.8, 120);
        y += 10.0;
        let rows = crate::billing::invoices::vat_by_rate(doc.lines);
        // Lines outside VAT (late interest, KKKNT) are kept out of the VAT summary and of
        // "Cộng tiền hàng"; they are shown apart and counted only in the total to pay.
        let outside_vat: i64 = rows
            .iter()
            .filter(|r| r.vat_bp.is_none())
            .map(|r| r.base)
            .sum();
        for crate::billing::invoices::VatRow {
            vat_bp: bp,
            base,
            vat,
        } in rows.into_iter().filter(|r| r.vat_bp.is_some())
        {
            let label = format!(
                "{} {}%: {} {}",
                t("Thuế suất", "VAT rate"),
                percent(bp.unwrap_or_default()),
                t("tiền hàng", "base"),
                format_vnd(base, en)
            );
            pen.text(MARGIN, y, 8.5, false, &label);
            pen.right(cols[6], y, 8.5, false, &format_vnd(vat, en));
            y += 12.0;
        }
        let mut totals = vec![
            (
                t("Cộng tiền hàng", "Subtotal"),
                i.subtotal - outside_vat,
                false,
            ),
            (t("Tiền thuế GTGT", "VAT"), i.vat_total, false),
        ];
        if outside_vat != 0 {
            totals.push((
                t(
                    "Lãi chậm thanh toán (không kê khai, tính nộp thuế GTGT)",
                    "Late-payment interest (not declared for VAT)",
                ),
                outside_vat,
                false,
            ));
        }
        totals.push((t("Tổng cộng tiền thanh toán", "Total"), i.total, true));
        for (label, amount, bold) in totals {
            pen.right(cols[4] + 40.0, y, 9.5, bold, label);
            pen.right(cols[6], y, 9.5, bold, &format_vnd(amount, en));
            y += 14.0;
        }
        pen.text(
            MARGIN,
            y + 2.0,
            9.0,
            false,
            &format!(
                "{} {}",
                t("Số tiền viết bằng chữ:", "In Vietnamese words:"),
                total_in_words(i.total)
            ),
        );
        pen.text(
            MARGIN,
            y + 15.0,
            7.5,
            false,
            if en {
                ROUNDING_RULE_EN
            } else {
                ROUNDING_RULE_VI
            },
        );
        y += 36.0;
        // Payment instructions and VietQR.
        let open = i.open();
        pen.text(
            MARGIN,
            y,
            10.0,
            true,
            t("Thông tin thanh toán", "How to pay"),
        );
        let purpose = i
            .number
            .map(|n| payment_purpose(&i.series, n))
            .unwrap_or_default();
        let details = [
            format!(
                "{}: {}",
                t("Còn phải trả", "Open amount"),
                format_vnd(open, en)
            ),
            format!(
                "{}: {} – {}",
                t("Tài khoản", "Account"),
                doc.settings.bank_account,
                doc.settings.bank_account_name
            ),
            format!(
                "{}: {}",
                t("Mã ngân hàng (BIN)", "Bank BIN"),
                doc.settings.bank_bin
            ),
            format!(
                "{}: {purpose}",
                t("Nội dung chuyển khoản", "Transfer description")
            ),
            t(
                "Quét mã VietQR bằng ứng dụng ngân hàng để trả đúng số tiền.",
                "Scan the VietQR code with any Vietnamese banking app to pay the exact amount.",
            )
            .to_owned(),
        ];
        for (n, row) in details.iter().enumerate() {
            pen.text(MARGIN, y + 16.0 + n as f32 * 13.0, 9.0, false, row);
        }
        if let Some(payload) = vietqr_for(i, &doc.settings.bank_bin, &doc.settings.bank_account) {
            pen.qr(WIDTH - MARGIN - 130.0, y - 10.0, 130.0, &payload)?;
        }
        pen.text(
            MARGIN,
            HEIGHT - 30.0,
            7.5,
            false,
            &format!("{} · ClusterKeep", invoice_label(i)),
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("writing pdf: {e:?}")))
}

/// Loads what the document needs and renders it, for whoever may see the invoice.
pub async fn for_invoice(
    db: &crate::db::Db,
    ctx: &crate::access::TenantCtx,
    id: crate::ids::InvoiceId,
    english: bool,
) -> AppResult<(String, Vec<u8>)> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let txn = db.lookup(ctx, crate::access::Policy::ReadAccounts).await?;
    let invoice = crate::billing::invoices::visible(&txn, id).await?;
    let lines = txn
        .scoped::<invoice_line::Entity>()
        .filter(invoice_line::Column::InvoiceId.eq(id))
        .order_by_asc(invoice_line::Column::Position)
        .all(txn.conn())
        .await?;
    let settings = crate::billing::settings::load(&txn).await?;
    let corrects_label = match invoice.corrects_id {
        Some(original) => txn
            .scoped_by_id::<crate::billing::entities::invoice::Entity>(original)
            .one(txn.conn())
            .await?
            .map(|o| crate::billing::labels::adjustment_reference(&o)),
        None => None,
    };
    let cluster = txn
        .scoped_by_id::<crate::estate::entities::cluster::Entity>(invoice.cluster_id)
        .one(txn.conn())
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    txn.commit().await?;
    let bytes = tokio::task::spawn_blocking(move || {
        render(&InvoiceDocument {
            invoice: &invoice,
            lines: &lines,
            settings: &settings,
            cluster_name: &cluster,
            corrects_label,
            english,
        })
        .map(|pdf| (invoice_label(&invoice).replace(' ', "-"), pdf))
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("pdf task: {e}")))??;
    Ok(bytes)
}
