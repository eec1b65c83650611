//! The invoice document as a PDF (A4): seller and buyer, symbol and number, dates, lines, VAT by
//! rate, the total in Vietnamese words, the rounding rule, payment instructions and a VietQR
//! code for what is still open. An invoice is in Vietnamese (Decree 123/2020 art. 10(13)): the
//! "English" document is the same Vietnamese invoice with each caption's English in brackets or
//! beneath it, in smaller type, and one number convention throughout, the Vietnamese one
//! (1.234.567, decimals after a comma, dates day/month/year). An adjustment carries no payment
//! block. The font (DejaVu Sans, which covers Vietnamese) is embedded, subset to the glyphs used.

use krilla::Document;
use krilla::page::PageSettings;

use crate::billing::Correction;
use crate::billing::documents::fund_statement::paginate;
pub(crate) use crate::billing::documents::pen::{HEIGHT, MARGIN, Pen, WIDTH, fonts, wrap};
use crate::billing::documents::pen::{Run, run};
use crate::billing::documents::words::total_in_words;
use crate::billing::entities::{billing_setting, invoice, invoice_line};
use crate::billing::invoices::{payment_purpose, vietqr_for};
use crate::billing::labels::{invoice_label, percent};
use crate::billing::money::{
    QUANTITY_SCALE, ROUNDING_RULE_EN, ROUNDING_RULE_VI, format_vnd, group_digits,
};
use crate::error::{AppError, AppResult};

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

/// How much smaller the English beside or under a Vietnamese caption is set.
const SMALLER: f32 = 0.78;

/// How the captions are set: Vietnamese; in the English document, each with its English in
/// brackets after it or under it, smaller.
#[derive(Clone, Copy)]
struct Captions {
    english: bool,
}

impl Captions {
    /// `vi`, then ` (en)` in smaller type in the English document.
    fn inline(self, vi: &str, en: &str, size: f32, bold: bool) -> Vec<Run> {
        let mut runs = vec![run(vi, size, bold)];
        if self.english {
            runs.push(run(format!(" ({en})"), size * SMALLER, false));
        }
        runs
    }

    /// A caption, a colon and its value.
    fn field(self, vi: &str, en: &str, value: &str, size: f32) -> Vec<Run> {
        let mut runs = self.inline(vi, en, size, false);
        runs.push(run(format!(": {value}"), size, false));
        runs
    }

    /// In the English document, `en` under a caption set at `size` on baseline `y`, starting
    /// at `x` (or ending there when `right`); how far the next baseline moves down.
    fn beneath(self, pen: &mut Pen, x: f32, y: f32, size: f32, en: &str, right: bool) -> f32 {
        if !self.english {
            return 0.0;
        }
        let small = size * SMALLER;
        if right {
            pen.right(x, y + small + 1.5, small, false, en);
        } else {
            pen.text(x, y + small + 1.5, small, false, en);
        }
        small + 1.5
    }
}

/// A quantity in ten-thousandths, Vietnamese style: 12.320, 59,14, 416,6667.
fn quantity(e4: i64) -> String {
    let whole = group_digits(e4 / QUANTITY_SCALE);
    let frac = (e4 % QUANTITY_SCALE).abs();
    if frac == 0 {
        whole
    } else {
        format!("{whole},{}", format!("{frac:04}").trim_end_matches('0'))
    }
}

/// A rate in basis points as a Vietnamese percentage figure: 1000 → `10`, 550 → `5,5`.
fn rate(bp: i32) -> String {
    percent(bp).replace('.', ",")
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

/// `text` broken between words into lines at most `max` wide at `size`.
fn wrap_to(pen: &Pen, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if !current.is_empty() && pen.measure(&candidate, size, false) > max {
            rows.push(std::mem::replace(&mut current, word.to_owned()));
        } else {
            current = candidate;
        }
    }
    rows.push(current);
    rows
}

/// The columns of the lines table: number, description, unit (right edge), quantity, unit
/// price, amount (right edges).
const COLS: [f32; 7] = [
    MARGIN + 4.0,
    MARGIN + 26.0,
    320.0,
    362.0,
    420.0,
    488.0,
    WIDTH - MARGIN - 2.0,
];
/// Where the lines table's rows start on every page, by language.
fn lines_top(english: bool) -> f32 {
    if english { 268.0 } else { 244.0 }
}
/// The lowest a line may reach; the footer is below.
const LINES_BOTTOM: f32 = HEIGHT - 50.0;

/// A line's description in rows. It is the invoice's content, in Vietnamese in both documents:
/// the stored English descriptions write their figures the English way, and an invoice keeps
/// one number convention.
fn description_rows(line: &invoice_line::Model, _english: bool) -> (Vec<String>, Vec<String>) {
    (wrap(&line.description_vi, 52), Vec::new())
}

fn line_height(line: &invoice_line::Model, english: bool) -> f32 {
    let (vi, en) = description_rows(line, english);
    vi.len() as f32 * 11.0 + en.len() as f32 * 8.5 + 11.0 + 6.0
}

/// Draws the title, identity, dates and parties; the lines table starts below.
fn draw_head(pen: &mut Pen, doc: &InvoiceDocument, c: Captions) {
    let i = doc.invoice;
    let dy = if c.english { 14.0 } else { 0.0 };
    let (title_vi, title_en) = match i.correction {
        Some(Correction::Decrease) => ("HÓA ĐƠN ĐIỀU CHỈNH GIẢM", "DECREASE ADJUSTMENT INVOICE"),
        Some(Correction::Increase) => ("HÓA ĐƠN ĐIỀU CHỈNH TĂNG", "INCREASE ADJUSTMENT INVOICE"),
        Some(Correction::Replacement) => ("HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "VAT INVOICE (REPLACEMENT)"),
        None if doc.corrects_label.is_some() => {
            ("HÓA ĐƠN ĐIỀU CHỈNH GIẢM", "DECREASE ADJUSTMENT INVOICE")
        }
        None if notice(doc) => (
            "THÔNG BÁO TIỀN LÃI CHẬM THANH TOÁN",
            "LATE-PAYMENT INTEREST NOTICE",
        ),
        None => ("HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "VAT INVOICE"),
    };
    pen.text(MARGIN, 58.0, 16.0, true, title_vi);
    c.beneath(pen, MARGIN, 60.0, 11.0, title_en, false);
    // A correction names its original and the agreement here; its reason, which can be long,
    // is printed below the lines (`draw_tail`).
    let (subtitle_vi, subtitle_en) = match &doc.corrects_label {
        Some(reference) => (
            reference.clone(),
            if i.correction == Some(Correction::Replacement) {
                "Replaces the invoice named above; the reason is given below the lines."
            } else {
                "Adjusts the invoice named above; the reason is given below the lines."
            },
        ),
        None if notice(doc) => (
            "Không phải hóa đơn GTGT: tiền lãi chậm thanh toán không phải kê khai, tính nộp thuế GTGT."
                .to_owned(),
            "Not a VAT invoice: late-payment interest is not subject to VAT.",
        ),
        None => (
            "Bản thể hiện của hóa đơn; bản điện tử hợp pháp do nhà cung cấp dịch vụ hóa đơn ký số."
                .to_owned(),
            "Printed copy; the legally valid e-invoice is signed by a licensed provider.",
        ),
    };
    // Set smaller when long, so that it keeps clear of the number on the right (Vietnamese
    // document) or of the margin (English document, where it sits below the number).
    // In the Vietnamese document a long line takes two rows at 7.5 pt beside the number; the
    // English one has the width of the page and a caption beneath, so it shrinks to one row.
    let room = WIDTH - 2.0 * MARGIN - if c.english { 0.0 } else { 120.0 };
    let rows = wrap_to(pen, &subtitle_vi, 7.5, room);
    if !c.english && rows.len() == 2 && pen.measure(&subtitle_vi, 8.5, false) > room {
        pen.text(MARGIN, 72.0, 7.5, false, &rows[0]);
        pen.text(MARGIN, 81.0, 7.5, false, &rows[1]);
    } else {
        let size = (8.5 * room / pen.measure(&subtitle_vi, 8.5, false).max(1.0)).clamp(5.5, 8.5);
        pen.text(MARGIN, 74.0 + dy, size, false, &subtitle_vi);
    }
    c.beneath(pen, MARGIN, 74.0 + dy, 8.5, subtitle_en, false);
    let right = WIDTH - MARGIN;
    // A notice is no e-invoice form: it has a series and a number only.
    if !notice(doc) {
        pen.runs_right(right, 52.0, &c.field("Mẫu số", "Form", &i.template, 9.5));
    }
    pen.runs_right(right, 65.0, &c.field("Ký hiệu", "Series", &i.series, 9.5));
    let number = i.number.map(|n| format!("{n:08}")).unwrap_or_default();
    let mut runs = c.inline("Số", "No.", 12.0, true);
    runs.push(run(format!(": {number}"), 12.0, true));
    pen.runs_right(right, 80.0, &runs);
    let mut runs = c.field("Ngày lập", "Date of issue", &date(i.issued_on), 9.5);
    // A document that asks for no money (a decrease) has no due date to show.
    if i.total > 0 && i.due_on.is_some() {
        runs.push(run("   ·   ", 9.5, false));
        runs.extend(c.field("Hạn thanh toán", "Due", &date(i.due_on), 9.5));
    }
    runs.push(run("   ·   ", 9.5, false));
    let period = format!(
        "{} – {}",
        date(Some(i.period_start)),
        date(Some(i.period_end))
    );
    runs.extend(c.field("Kỳ", "Period", &period, 9.5));
    pen.runs(MARGIN, 96.0 + dy, &runs);
    pen.rect(MARGIN, 104.0 + dy, WIDTH - 2.0 * MARGIN, 0.8, 120);
    let mut y = 122.0 + dy;
    // A notice sells nothing: the parties are the lessor and the lessee.
    let ((seller_vi, seller_en), (buyer_vi, buyer_en)) = if notice(doc) {
        (("Bên cho thuê", "Lessor"), ("Bên thuê", "Lessee"))
    } else {
        (("Đơn vị bán", "Seller"), ("Đơn vị mua", "Buyer"))
    };
    for (vi, en, name, address, tax) in [
        (
            seller_vi,
            seller_en,
            &i.seller_name,
            &i.seller_address,
            &i.seller_tax_code,
        ),
        (
            buyer_vi,
            buyer_en,
            &i.buyer_name,
            &i.buyer_address,
            &i.buyer_tax_code,
        ),
    ] {
        pen.text(MARGIN, y, 9.0, false, vi);
        c.beneath(pen, MARGIN, y, 9.0, en, false);
        pen.text(MARGIN + 80.0, y, 10.0, true, name);
        pen.runs(
            MARGIN + 80.0,
            y + 13.0,
            &c.field("Địa chỉ", "Address", address, 9.0),
        );
        pen.runs(
            MARGIN + 80.0,
            y + 26.0,
            &c.field("Mã số thuế", "Tax code", tax, 9.0),
        );
        y += 44.0;
    }
    let cluster = c.field(
        "Cụm công nghiệp",
        "Industrial cluster",
        doc.cluster_name,
        9.0,
    );
    pen.runs(MARGIN + 80.0, y - 4.0, &cluster);
    // The lines table's header.
    let y = lines_top(c.english) - 20.0;
    let band = if c.english { 26.0 } else { 18.0 };
    pen.rect(MARGIN, y - 12.0, WIDTH - 2.0 * MARGIN, band, 230);
    pen.text(COLS[0], y, 8.5, true, "#");
    pen.text(COLS[1], y, 8.5, true, "Nội dung");
    c.beneath(pen, COLS[1], y, 8.5, "Description", false);
    for (x, vi, en) in [
        (COLS[3] - 4.0, "ĐVT", "Unit"),
        (COLS[4], "Số lượng", "Quantity"),
        (COLS[5], "Đơn giá", "Unit price"),
        (COLS[6], "Thành tiền", "Amount"),
    ] {
        pen.right(x, y, 8.5, true, vi);
        c.beneath(pen, x, y, 8.5, en, true);
    }
}

/// Draws the lines of one page from `y`.
fn draw_lines(pen: &mut Pen, lines: &[invoice_line::Model], c: Captions) -> f32 {
    let mut y = lines_top(c.english);
    for line in lines {
        let (vi, en) = description_rows(line, c.english);
        pen.text(COLS[0], y, 8.5, false, &line.position.to_string());
        let mut row_y = y;
        for row in &vi {
            pen.text(COLS[1], row_y, 8.5, false, row);
            row_y += 11.0;
        }
        for row in &en {
            pen.text(COLS[1], row_y - 2.5, 8.5 * SMALLER, false, row);
            row_y += 8.5;
        }
        let mut vat = match line.vat_bp {
            Some(bp) => c.inline(
                &format!("Thuế GTGT {}%", rate(bp)),
                &format!("VAT {}%", rate(bp)),
                7.5,
                false,
            ),
            // Late interest is no sale: not declared for VAT (KKKNT), never "exempt" (KCT).
            None => c.inline(
                "Không kê khai, tính nộp thuế GTGT",
                "not declared for VAT",
                7.5,
                false,
            ),
        };
        vat.push(run(
            format!(": {}", format_vnd(line.vat_amount, false)),
            7.5,
            false,
        ));
        pen.runs(COLS[1], row_y, &vat);
        pen.right(COLS[3] - 4.0, y, 8.5, false, &line.unit);
        pen.right(COLS[4], y, 8.5, false, &quantity(line.quantity_e4));
        pen.right(COLS[5], y, 8.5, false, &group_digits(line.unit_price));
        pen.right(COLS[6], y, 8.5, false, &group_digits(line.amount));
        y += line_height(line, c.english);
    }
    y
}

/// How much room the totals, the words and the payment block need below the last line.
fn tail_height(doc: &InvoiceDocument, english: bool) -> f32 {
    let rates = crate::billing::invoices::vat_by_rate(doc.lines).len() as f32;
    let step = if english { 22.0 } else { 14.0 };
    // A correction's reason: at most about 90 characters a row.
    let reason = correction_reason(doc)
        .map(|r| (r.chars().count() as f32 / 90.0).ceil() * 11.0 + 8.0)
        .unwrap_or(0.0);
    reason + rates * 12.0 + 4.0 * step + 80.0 + if doc.invoice.total > 0 { 160.0 } else { 0.0 }
}

/// Whether the document is a late-interest notice rather than a VAT invoice (audit A2).
fn notice(doc: &InvoiceDocument) -> bool {
    doc.invoice.document_type == crate::billing::DocumentType::InterestNotice
}

/// The reason a correction gives, to print below its lines.
fn correction_reason<'a>(doc: &'a InvoiceDocument) -> Option<&'a str> {
    doc.corrects_label
        .as_ref()
        .and(doc.invoice.note.as_deref())
        .filter(|n| !n.trim().is_empty())
}

/// Draws the totals, VAT by rate, the words and, when the document asks for money, how to pay.
fn draw_tail(pen: &mut Pen, doc: &InvoiceDocument, c: Captions, y: f32) -> AppResult<()> {
    let i = doc.invoice;
    pen.rect(MARGIN, y - 6.0, WIDTH - 2.0 * MARGIN, 0.8, 120);
    let mut y = y + 10.0;
    if let Some(reason) = correction_reason(doc) {
        let mut caption = c.inline("Lý do", "Reason", 8.5, true);
        caption.push(run(":", 8.5, true));
        // The rows start after the caption and keep to its right.
        let x = pen.runs(MARGIN, y, &caption) + 4.0;
        for row in wrap_to(pen, reason, 8.5, WIDTH - MARGIN - x) {
            pen.text(x, y, 8.5, false, &row);
            y += 11.0;
        }
        y += 8.0;
    }
    let rows = crate::billing::invoices::vat_by_rate(doc.lines);
    // Lines outside VAT (late interest, KKKNT) are kept out of the VAT summary and of
    // "Cộng tiền hàng"; they are shown apart and counted only in the total to pay.
    let outside_vat: i64 = rows
        .iter()
        .filter(|r| r.vat_bp.is_none())
        .map(|r| r.base)
        .sum();
    for row in rows.iter().filter(|r| r.vat_bp.is_some()) {
        let bp = rate(row.vat_bp.unwrap_or_default());
        let mut runs = c.inline(
            &format!("Thuế suất {bp}%"),
            &format!("VAT rate {bp}%"),
            8.5,
            false,
        );
        runs.push(run(": ", 8.5, false));
        runs.extend(c.inline("tiền hàng", "base", 8.5, false));
        runs.push(run(format!(" {}", format_vnd(row.base, false)), 8.5, false));
        if row.taxable != row.base {
            runs.push(run("; ", 8.5, false));
            runs.extend(c.inline("giá tính thuế", "VAT base", 8.5, false));
            runs.push(run(
                format!(" {}", format_vnd(row.taxable, false)),
                8.5,
                false,
            ));
        }
        pen.runs(MARGIN, y, &runs);
        pen.right(COLS[6], y, 8.5, false, &format_vnd(row.vat, false));
        y += 12.0;
    }
    // A notice bills interest only: no goods, no VAT to total.
    let mut totals = if notice(doc) {
        Vec::new()
    } else {
        vec![
            (
                "Cộng tiền hàng",
                "Total before VAT",
                i.subtotal - outside_vat,
                false,
            ),
            ("Tiền thuế GTGT", "VAT", i.vat_total, false),
        ]
    };
    if outside_vat != 0 {
        totals.push((
            "Lãi chậm thanh toán (không kê khai, tính nộp thuế GTGT)",
            "Late-payment interest, not declared for VAT",
            outside_vat,
            false,
        ));
    }
    totals.push(("Tổng cộng tiền thanh toán", "Total to pay", i.total, true));
    for (vi, en, amount, bold) in totals {
        pen.right(COLS[4] + 40.0, y, 9.5, bold, vi);
        let below = c.beneath(pen, COLS[4] + 40.0, y, 9.5, en, true);
        pen.right(COLS[6], y, 9.5, bold, &format_vnd(amount, false));
        y += 14.0 + below;
    }
    let mut runs = c.inline("Số tiền viết bằng chữ", "Amount in words", 9.0, false);
    runs.push(run(":", 9.0, false));
    let end = pen.runs(MARGIN, y + 2.0, &runs);
    let words = total_in_words(i.total);
    let room = WIDTH - MARGIN - end - 4.0;
    if pen.measure(&words, 9.0, false) <= room {
        pen.text(end + 4.0, y + 2.0, 9.0, false, &words);
    } else {
        for row in wrap_to(pen, &words, 9.0, WIDTH - 2.0 * MARGIN) {
            y += 12.0;
            pen.text(MARGIN, y + 2.0, 9.0, false, &row);
        }
    }
    pen.text(MARGIN, y + 15.0, 7.5, false, ROUNDING_RULE_VI);
    let below = c.beneath(pen, MARGIN, y + 15.0, 7.5, ROUNDING_RULE_EN, false);
    y += 36.0 + below;
    // A decrease asks for no money: no payment block, no QR code.
    if i.total <= 0 {
        return Ok(());
    }
    pen.runs(
        MARGIN,
        y,
        &c.inline("Thông tin thanh toán", "Payment details", 10.0, true),
    );
    let s = doc.settings;
    let purpose = i
        .number
        .map(|n| payment_purpose(&i.series, n))
        .unwrap_or_default();
    let bank = match crate::billing::banks::by_bin(&s.bank_bin) {
        Some(bank) => format!("{} (BIN {})", bank.short_name, s.bank_bin),
        None => format!("BIN {}", s.bank_bin),
    };
    let account = format!("{} – {}", s.bank_account, s.bank_account_name);
    let open = format_vnd(i.open(), false);
    let mut row_y = y + 16.0;
    for (vi, en, value) in [
        ("Còn phải trả", "Amount open", open.as_str()),
        ("Tài khoản", "Account", account.as_str()),
        ("Ngân hàng", "Bank", bank.as_str()),
        (
            "Nội dung chuyển khoản",
            "Transfer description",
            purpose.as_str(),
        ),
    ] {
        pen.runs(MARGIN, row_y, &c.field(vi, en, value, 9.0));
        row_y += 13.0;
    }
    if let Some(payload) = vietqr_for(i, &s.bank_bin, &s.bank_account) {
        pen.text(
            MARGIN,
            row_y,
            9.0,
            false,
            "Quét mã VietQR bằng ứng dụng ngân hàng để trả đúng số tiền.",
        );
        c.beneath(
            pen,
            MARGIN,
            row_y,
            9.0,
            "Scan the VietQR code with any Vietnamese banking app to pay the exact amount.",
            false,
        );
        pen.qr(WIDTH - MARGIN - 130.0, y - 10.0, 130.0, &payload)?;
    }
    Ok(())
}

/// Renders the invoice as a PDF.
pub fn render(doc: &InvoiceDocument) -> AppResult<Vec<u8>> {
    let fonts = fonts()?;
    let c = Captions {
        english: doc.english,
    };
    let i = doc.invoice;
    let mut document = Document::new();
    // The number in the document's title, readable without parsing the page content.
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(if c.english {
                format!("Hoa don {0} / Invoice {0}", invoice_label(i))
            } else {
                format!("Hoa don {}", invoice_label(i))
            })
            .creator("ClusterKeep".to_owned()),
    );
    let settings = PageSettings::from_wh(WIDTH, HEIGHT)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("page size")))?;
    let pages = paginate(
        doc.lines,
        |l| line_height(l, c.english),
        lines_top(c.english),
        LINES_BOTTOM,
        tail_height(doc, c.english),
    );
    let page_count = pages.len();
    for (page_index, page_lines) in pages.into_iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut pen = Pen {
            surface: &mut surface,
            fonts,
        };
        draw_head(&mut pen, doc, c);
        let y = draw_lines(&mut pen, page_lines, c);
        if page_count > 1 {
            let mut runs = c.inline("Trang", "Page", 8.0, false);
            runs.push(run(format!(" {}/{page_count}", page_index + 1), 8.0, false));
            pen.runs_right(WIDTH - MARGIN, HEIGHT - 30.0, &runs);
        }
        if page_index + 1 == page_count {
            draw_tail(&mut pen, doc, c, y)?;
            pen.text(
                MARGIN,
                HEIGHT - 30.0,
                7.5,
                false,
                &format!("{} · ClusterKeep", invoice_label(i)),
            );
        }
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
            .map(|o| crate::billing::labels::reference_line(&invoice, &o)),
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
