//! The fund statement as a PDF (A4, in the reader's language: Vietnamese or English), in the invoices' document style: the cluster
//! and period, the opening balance, receipts by month and source, expenses by category with
//! each supporting document, and the closing balance, with room for the signatures.

use krilla::Document;
use krilla::page::PageSettings;

use crate::billing::documents::pdf::{HEIGHT, MARGIN, Pen, WIDTH, fonts, wrap};
use crate::billing::money::format_vnd;
use crate::error::{AppError, AppResult};
use crate::receivables::FundAccount;
use crate::receivables::statement::FundStatement;
use crate::receivables::wording::{category_name, day, pick, receipt_source};
use crate::tenancy::Locale;

/// Where the tables start on a page, and the lowest baseline they may use (the footer is below).
const TOP: f32 = 104.0;
const BOTTOM: f32 = HEIGHT - 60.0;
/// One table line's height, and a wrapped line's.
const ROW: f32 = 16.0;
const WRAPPED: f32 = 11.0;
/// The signatures' height below the last table.
const SIGNATURES: f32 = 40.0;
/// Characters of a line's description before it wraps (the column between the date and the
/// amount at 8.5 pt).
const DESCRIPTION_CHARS: usize = 74;

enum Row {
    Heading(String),
    /// A date, the description in wrapped lines (never cut off: the document number is at
    /// its end), the amount.
    Line(String, Vec<String>, String),
    Total(String, String),
}

impl Row {
    fn height(&self) -> f32 {
        match self {
            Row::Line(_, lines, _) => ROW + lines.len().saturating_sub(1) as f32 * WRAPPED,
            _ => ROW,
        }
    }
}

/// The rows page by page: as many as fit between `top` and `bottom` (the footer is below),
/// with `tail` points after the last for the signatures (a page of its own when they do not
/// fit). Shared by the statements, which differ in their rows but not in how pages break.
pub(crate) fn paginate<R>(
    rows: &[R],
    height: impl Fn(&R) -> f32,
    top: f32,
    bottom: f32,
    tail: f32,
) -> Vec<&[R]> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut y = top;
    for (i, row) in rows.iter().enumerate() {
        if y + height(row) > bottom && i > start {
            pages.push(&rows[start..i]);
            start = i;
            y = top;
        }
        y += height(row);
    }
    pages.push(&rows[start..]);
    if y + tail > bottom {
        pages.push(&rows[rows.len()..]);
    }
    pages
}

/// The operator's signatures below a report's last table, at baseline `y`: who prepared it,
/// and the operator's representative with its seal.
pub(crate) fn signatures(pen: &mut Pen, y: f32, locale: Locale) {
    let w = |vi: &'static str, en: &'static str| pick(locale, vi, en);
    let (left, right) = (MARGIN + 30.0, WIDTH / 2.0 + 40.0);
    pen.text(left, y, 9.5, true, w("Người lập", "Prepared by"));
    pen.text(
        right,
        y,
        9.5,
        true,
        w("Đại diện đơn vị quản lý", "For the operator"),
    );
    pen.text(
        left,
        y + 12.0,
        8.0,
        false,
        w("(ký, ghi rõ họ tên)", "(signature, full name)"),
    );
    pen.text(
        right,
        y + 12.0,
        8.0,
        false,
        w("(ký, đóng dấu)", "(signature and seal)"),
    );
}

/// Renders the statement in `locale`.
pub fn render(s: &FundStatement, locale: Locale) -> AppResult<Vec<u8>> {
    let fonts = fonts()?;
    let f = &s.figures;
    let en = locale == Locale::En;
    let w = |vi: &'static str, en: &'static str| pick(locale, vi, en);
    let money = |v: i64| format_vnd(v, en);
    let mut rows = vec![
        Row::Total(
            w("Số dư đầu kỳ", "Opening balance").into(),
            money(f.opening),
        ),
        Row::Heading(
            w(
                "I. Thu trong kỳ (theo tháng và nguồn)",
                "I. Received in the period (by month and source)",
            )
            .into(),
        ),
    ];
    for r in &f.receipts {
        let source = receipt_source(r.source, locale);
        rows.push(Row::Line(
            r.month.format("%m/%Y").to_string(),
            vec![source.into()],
            money(r.amount),
        ));
    }
    rows.push(Row::Total(
        w("Cộng thu", "Total received").into(),
        money(f.receipts_total),
    ));
    rows.push(Row::Heading(
        w(
            "II. Chi trong kỳ (theo hạng mục, kèm chứng từ)",
            "II. Spent in the period (by category, with documents)",
        )
        .into(),
    ));
    for g in &f.expenses {
        rows.push(Row::Heading(format!(
            "{} – {}",
            category_name(g.category, locale),
            money(g.total)
        )));
        for l in &g.lines {
            let document = match (&l.document_number, l.document_date) {
                (Some(n), Some(d)) => {
                    format!("{} {n} {} {}", w("CT", "Doc."), w("ngày", "of"), day(d))
                }
                (Some(n), None) => format!("{} {n}", w("CT", "Doc.")),
                _ => l
                    .document_ref
                    .clone()
                    .unwrap_or_else(|| w("(không có chứng từ)", "(no document)").into()),
            };
            rows.push(Row::Line(
                day(l.entry_on),
                wrap(
                    &format!("{} · {document}", l.description),
                    DESCRIPTION_CHARS,
                ),
                money(-l.amount),
            ));
        }
    }
    rows.push(Row::Total(
        w("Cộng chi", "Total spent").into(),
        money(f.expenses_total),
    ));
    rows.push(Row::Total(
        w("Số dư cuối kỳ", "Closing balance").into(),
        money(f.closing),
    ));

    let mut document = Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(format!(
                "{} {} {} - {}",
                w("Bao cao quy", "Fund statement"),
                s.cluster.name,
                f.from,
                f.to
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
        let title = match s.account {
            FundAccount::MaintenanceFund => w(
                "BÁO CÁO QUỸ DUY TU, BẢO DƯỠNG HẠ TẦNG",
                "INFRASTRUCTURE MAINTENANCE FUND STATEMENT",
            ),
            FundAccount::Wastewater => w(
                "BÁO CÁO TÀI KHOẢN XỬ LÝ NƯỚC THẢI",
                "WASTEWATER TREATMENT ACCOUNT STATEMENT",
            ),
        };
        pen.text(MARGIN, 58.0, 15.0, true, title);
        pen.text(
            MARGIN,
            76.0,
            9.5,
            false,
            &format!(
                "{} · {}: {} – {}",
                s.cluster.name,
                w("Kỳ báo cáo", "Period"),
                day(f.from),
                day(f.to)
            ),
        );
        pen.right(
            WIDTH - MARGIN,
            58.0,
            8.5,
            false,
            &format!("{} {}/{count}", w("Trang", "Page"), index + 1),
        );
        pen.rect(MARGIN, 86.0, WIDTH - 2.0 * MARGIN, 0.8, 120);
        let mut y = TOP;
        for row in chunk {
            match row {
                Row::Heading(text) => {
                    pen.text(MARGIN, y, 9.5, true, text);
                }
                Row::Line(date, what, amount) => {
                    pen.text(MARGIN + 8.0, y, 8.5, false, date);
                    for (i, line) in what.iter().enumerate() {
                        pen.text(MARGIN + 78.0, y + i as f32 * WRAPPED, 8.5, false, line);
                    }
                    pen.right(WIDTH - MARGIN, y, 8.5, false, amount);
                }
                Row::Total(label, amount) => {
                    pen.rect(MARGIN, y - 10.0, WIDTH - 2.0 * MARGIN, 14.0, 235);
                    pen.text(MARGIN + 4.0, y, 9.5, true, label);
                    pen.right(WIDTH - MARGIN - 4.0, y, 9.5, true, amount);
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
                "Số dư cuối kỳ = số dư đầu kỳ + cộng thu − cộng chi; khớp với sổ quỹ · ClusterKeep",
                "Closing balance = opening balance + received − spent; agrees with the fund ledger · ClusterKeep",
            ),
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("writing pdf: {e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(lines: usize) -> Row {
        Row::Line("01/12/2026".into(), vec!["x".into(); lines], "1 ₫".into())
    }

    #[test]
    fn pages_hold_every_row_once_and_each_fits_above_the_footer() {
        let rows: Vec<Row> = (0..120).map(|i| line(1 + i % 3)).collect();
        let pages = paginate(&rows, Row::height, TOP, BOTTOM, SIGNATURES);
        assert_eq!(pages.iter().map(|p| p.len()).sum::<usize>(), rows.len());
        for page in &pages {
            let height: f32 = page.iter().map(Row::height).sum();
            assert!(TOP + height <= BOTTOM, "{height}");
        }
        let last: f32 = pages.last().unwrap().iter().map(Row::height).sum();
        assert!(TOP + last + SIGNATURES <= BOTTOM, "room to sign");
    }

    #[test]
    fn a_long_description_wraps_and_keeps_its_document_number() {
        let text = format!(
            "{} · CT Công ty TNHH Thoát nước Phú Thọ HĐ HD-0454841",
            "Lệnh công việc WO-EFFB9D: Kiểm tra cửa xả cống và nạo vét toàn tuyến"
        );
        let lines = wrap(&text, DESCRIPTION_CHARS);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= DESCRIPTION_CHARS));
        assert_eq!(lines.join(" "), text);
    }
}
