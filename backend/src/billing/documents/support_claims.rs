//! A support programme's claim report as a PDF (A4, in the reader's language), for the
//! province (audit A7): the programme and its decision, the operator who reports, the range,
//! then per firm its invoices with the days of rent supported, the rent billed, the rate and
//! the support due, a subtotal per firm and the total, with room for the signatures.

use krilla::Document;
use krilla::page::PageSettings;

use crate::billing::documents::fund_statement::{paginate, signatures};
use crate::billing::documents::pdf::{HEIGHT, MARGIN, Pen, WIDTH, fonts, wrap};
use crate::billing::labels::percent;
use crate::billing::money::format_vnd;
use crate::billing::support::citation;
use crate::billing::support::report::{ClaimReport, mechanism_words};
use crate::error::{AppError, AppResult};
use crate::receivables::wording::{day, pick};
use crate::tenancy::Locale;

/// Where the table starts on a page (below the programme's particulars), and the lowest
/// baseline it may use (the footer is below).
const TOP: f32 = 178.0;
const BOTTOM: f32 = HEIGHT - 60.0;
const ROW: f32 = 14.0;
const SIGNATURES: f32 = 40.0;
/// Characters of a firm's heading before it wraps.
const HEADING_CHARS: usize = 90;

/// The columns' positions: invoice, its date, the days covered (left edges); rent, rate and
/// support (right edges).
const X_INVOICE: f32 = MARGIN + 8.0;
const X_DATE: f32 = MARGIN + 112.0;
const X_COVERED: f32 = MARGIN + 172.0;
const X_RENT: f32 = MARGIN + 390.0;
const X_RATE: f32 = MARGIN + 430.0;
const X_SUPPORT: f32 = WIDTH - MARGIN - 4.0;

enum Row {
    /// A firm's name and tax code.
    Firm(String),
    /// Invoice, date, covered days, rent, rate, support.
    Claim([String; 6]),
    /// A label, the rent and the support.
    Total(String, String, String),
}

impl Row {
    fn height(&self) -> f32 {
        ROW
    }
}

/// Renders the report in `locale`.
pub fn render(report: &ClaimReport, locale: Locale) -> AppResult<Vec<u8>> {
    let fonts = fonts()?;
    let en = locale == Locale::En;
    let w = |vi: &'static str, en: &'static str| pick(locale, vi, en);
    let money = |v: i64| format_vnd(v, en);
    // One number convention per language: 8,5% in Vietnamese, 8.5% in English.
    let rate = |bp: i32| {
        let shown = format!("{}%", percent(bp));
        if en { shown } else { shown.replace('.', ",") }
    };
    let mut rows = Vec::new();
    let mut claims = report.rows.iter().peekable();
    for firm in &report.firms {
        for line in wrap(
            &format!(
                "{} · {} {}",
                firm.firm_name,
                w("MST", "Tax code"),
                firm.firm_tax_code
            ),
            HEADING_CHARS,
        ) {
            rows.push(Row::Firm(line));
        }
        while let Some(row) = claims.next_if(|r| r.claim.firm_id == firm.firm_id) {
            rows.push(Row::Claim([
                row.invoice_number.clone(),
                row.invoice_date.map(day).unwrap_or_default(),
                format!(
                    "{} – {}",
                    day(row.claim.covered_from),
                    day(row.claim.covered_to)
                ),
                money(row.claim.rent),
                rate(row.claim.rate_bp),
                money(row.claim.amount),
            ]));
        }
        rows.push(Row::Total(
            w("Cộng", "Subtotal").into(),
            money(firm.rent),
            money(firm.amount),
        ));
    }
    rows.push(Row::Total(
        format!(
            "{} ({} {})",
            w("Tổng cộng", "Total"),
            report.firms.len(),
            w("doanh nghiệp", "firms")
        ),
        money(report.rent),
        money(report.amount),
    ));

    let p = &report.programme;
    let scope = report
        .cluster_name
        .clone()
        .unwrap_or_else(|| w("Tất cả các cụm công nghiệp", "Every cluster").into());
    let particulars = [
        format!("{}: {}", w("Chương trình", "Programme"), p.name),
        format!("{}: {}", w("Căn cứ", "Basis"), citation(p, en)),
        format!(
            "{}: {} – {} {} {} · {}: {}",
            w("Thời gian hỗ trợ", "Supported period"),
            day(p.starts_on),
            day(p.ends_on),
            w("· Phạm vi:", "· Scope:"),
            scope,
            w("Mức hỗ trợ", "Rate"),
            rate(p.rate_bp)
        ),
        format!(
            "{}: {} · {}: {}",
            w("Hình thức", "Mechanism"),
            mechanism_words(p.mechanism, en),
            w("Đối tượng", "Eligible"),
            w(
                "doanh nghiệp nhỏ và vừa 100% vốn trong nước (không gồm hộ kinh doanh)",
                "small and medium enterprises with 100% domestic capital (not household businesses)"
            )
        ),
        format!(
            "{}: {} · {} {}",
            w("Đơn vị báo cáo", "Reported by"),
            report.seller.seller_name,
            w("MST", "Tax code"),
            report.seller.seller_tax_code
        ),
    ];

    let mut document = Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(format!(
                "{} {} {} - {}",
                w("Bao cao ho tro tien thue", "Rent support claim"),
                p.decision_number,
                report.from,
                report.to
            ))
            .creator("ClusterKeep".to_owned()),
    );
    let settings = PageSettings::from_wh(WIDTH, HEIGHT)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("page size")))?;
    let pages = paginate(&rows, Row::height, TOP, BOTTOM, SIGNATURES);
    let count = pages.len();
    for (index, chunk) in pages.into_iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut pen = Pen {
            surface: &mut surface,
            fonts,
        };
        pen.text(
            MARGIN,
            58.0,
            14.0,
            true,
            w(
                "BÁO CÁO ĐỀ NGHỊ HỖ TRỢ TIỀN THUÊ ĐẤT",
                "RENT SUPPORT CLAIM REPORT",
            ),
        );
        pen.text(
            MARGIN,
            74.0,
            9.5,
            false,
            &format!(
                "{}: {} – {}",
                w(
                    "Kỳ báo cáo (ngày thuê đầu tiên được hỗ trợ)",
                    "Period (first day of rent supported)"
                ),
                day(report.from),
                day(report.to)
            ),
        );
        pen.right(
            WIDTH - MARGIN,
            58.0,
            8.5,
            false,
            &format!("{} {}/{count}", w("Trang", "Page"), index + 1),
        );
        for (i, line) in particulars.iter().enumerate() {
            pen.text(MARGIN, 92.0 + i as f32 * 12.0, 8.0, false, line);
        }
        let head = 158.0;
        pen.rect(MARGIN, head - 10.0, WIDTH - 2.0 * MARGIN, 14.0, 225);
        pen.text(X_INVOICE, head, 7.5, true, w("Hóa đơn", "Invoice"));
        pen.text(X_DATE, head, 7.5, true, w("Ngày", "Date"));
        pen.text(
            X_COVERED,
            head,
            7.5,
            true,
            w("Thời gian thuê được hỗ trợ", "Rent days supported"),
        );
        pen.right(
            X_RENT,
            head,
            7.5,
            true,
            w("Tiền thuê (chưa VAT)", "Rent (excl. VAT)"),
        );
        pen.right(X_RATE, head, 7.5, true, w("Mức", "Rate"));
        pen.right(
            X_SUPPORT,
            head,
            7.5,
            true,
            w("Số tiền hỗ trợ", "Support due"),
        );
        let mut y = TOP;
        for row in chunk {
            match row {
                Row::Firm(name) => pen.text(MARGIN, y, 8.5, true, name),
                Row::Claim([invoice, date, covered, rent, rate, support]) => {
                    pen.text(X_INVOICE, y, 8.0, false, invoice);
                    pen.text(X_DATE, y, 8.0, false, date);
                    pen.text(X_COVERED, y, 8.0, false, covered);
                    pen.right(X_RENT, y, 8.0, false, rent);
                    pen.right(X_RATE, y, 8.0, false, rate);
                    pen.right(X_SUPPORT, y, 8.0, false, support);
                }
                Row::Total(label, rent, support) => {
                    pen.rect(MARGIN, y - 9.5, WIDTH - 2.0 * MARGIN, 13.0, 240);
                    pen.text(X_INVOICE, y, 8.5, true, label);
                    pen.right(X_RENT, y, 8.5, true, rent);
                    pen.right(X_SUPPORT, y, 8.5, true, support);
                }
            }
            y += row.height();
        }
        if index + 1 == count {
            signatures(&mut pen, y + 20.0, locale);
        }
        pen.text(
            MARGIN,
            HEIGHT - 30.0,
            7.5,
            false,
            w(
                "Số tiền hỗ trợ = tiền thuê của những ngày được hỗ trợ × mức hỗ trợ, làm tròn theo từng hóa đơn · ClusterKeep",
                "Support due = rent of the days supported × rate, rounded per invoice · ClusterKeep",
            ),
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("writing pdf: {e:?}")))
}
