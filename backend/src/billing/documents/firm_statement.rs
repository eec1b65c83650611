//! A firm's statement of account as a PDF (A4, Vietnamese), in the fund statement's style: the
//! firm and period, the opening balance, each invoice, credit note and payment with what it
//! adds (debit) or takes off (credit) and the running balance, the period's totals and the
//! closing balance, with room for both sides to sign when they reconcile.

use krilla::Document;
use krilla::page::PageSettings;

use crate::billing::documents::fund_statement::paginate;
use crate::billing::documents::pdf::{HEIGHT, MARGIN, Pen, WIDTH, fonts, wrap};
use crate::billing::money::group_digits;
use crate::error::{AppError, AppResult};
use crate::receivables::reports::Statement;

/// Where the rows start on a page (the column headings are above), and the lowest baseline
/// they may use (the footer is below).
const TOP: f32 = 122.0;
const BOTTOM: f32 = HEIGHT - 60.0;
const ROW: f32 = 16.0;
const WRAPPED: f32 = 11.0;
const SIGNATURES: f32 = 40.0;
/// Characters of a line's reference and description before it wraps (the column between the
/// date and the debit at 8.5 pt).
const DESCRIPTION_CHARS: usize = 40;
/// The right edges of the debit, credit and balance columns.
const DEBIT: f32 = 380.0;
const CREDIT: f32 = 467.0;
const BALANCE: f32 = WIDTH - MARGIN;

/// Amounts as integer đồng, grouped the Vietnamese way (`1.234.567`); the heading says đồng.
fn money(amount: i64) -> String {
    group_digits(amount)
}

enum Row {
    /// A date, the reference and description in wrapped lines, debit, credit, balance (blank
    /// where zero, as on a ledger).
    Line(String, Vec<String>, i64, i64, i64),
    /// A label with, optionally, debit and credit, and the balance.
    Total(&'static str, Option<(i64, i64)>, i64),
}

impl Row {
    fn height(&self) -> f32 {
        match self {
            Row::Line(_, lines, ..) => ROW + lines.len().saturating_sub(1) as f32 * WRAPPED,
            Row::Total(..) => ROW,
        }
    }
}

/// The rows of the statement, from the opening to the closing balance.
fn rows(s: &Statement) -> Vec<Row> {
    let mut rows = vec![Row::Total("Số dư đầu kỳ", None, s.opening_balance)];
    for e in &s.entries {
        let what = if e.reference.is_empty() {
            e.description.clone()
        } else {
            format!("{} · {}", e.reference, e.description)
        };
        rows.push(Row::Line(
            e.on.format("%d/%m/%Y").to_string(),
            wrap(&what, DESCRIPTION_CHARS),
            e.debit,
            e.credit,
            e.balance,
        ));
    }
    let debits = s.entries.iter().map(|e| e.debit).sum();
    let credits = s.entries.iter().map(|e| e.credit).sum();
    rows.push(Row::Total(
        "Cộng phát sinh trong kỳ",
        Some((debits, credits)),
        s.closing_balance,
    ));
    rows.push(Row::Total("Số dư cuối kỳ", None, s.closing_balance));
    rows
}

/// Renders the statement.
pub fn render(s: &Statement) -> AppResult<Vec<u8>> {
    let fonts = fonts()?;
    let day = |d: chrono::NaiveDate| d.format("%d/%m/%Y").to_string();
    let rows = rows(s);
    let mut document = Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            // ASCII, so that the title reads the same in every viewer's document list.
            .title(format!(
                "Sao ke cong no {} {} - {}",
                deunicode::deunicode(&s.firm.name),
                s.from,
                s.to
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
        pen.text(MARGIN, 58.0, 15.0, true, "SAO KÊ CÔNG NỢ");
        let tax_code = s.firm.tax_code.as_deref().unwrap_or("–");
        pen.text(
            MARGIN,
            76.0,
            9.5,
            false,
            &format!(
                "{} · MST {tax_code} · Kỳ: {} – {} · Đơn vị: đồng",
                s.firm.name,
                day(s.from),
                day(s.to)
            ),
        );
        pen.right(
            WIDTH - MARGIN,
            58.0,
            8.5,
            false,
            &format!("Trang {}/{count}", index + 1),
        );
        pen.rect(MARGIN, 86.0, WIDTH - 2.0 * MARGIN, 0.8, 120);
        let heading = 104.0;
        pen.text(MARGIN + 4.0, heading, 8.5, true, "Ngày");
        pen.text(MARGIN + 62.0, heading, 8.5, true, "Chứng từ · Diễn giải");
        pen.right(DEBIT, heading, 8.5, true, "Phát sinh nợ");
        pen.right(CREDIT, heading, 8.5, true, "Phát sinh có");
        pen.right(BALANCE, heading, 8.5, true, "Số dư");
        pen.rect(MARGIN, heading + 5.0, WIDTH - 2.0 * MARGIN, 0.5, 160);
        let mut y = TOP;
        let blank_zero = |n: i64| if n == 0 { String::new() } else { money(n) };
        for row in chunk {
            match row {
                Row::Line(date, what, debit, credit, balance) => {
                    pen.text(MARGIN + 4.0, y, 8.5, false, date);
                    for (i, line) in what.iter().enumerate() {
                        pen.text(MARGIN + 62.0, y + i as f32 * WRAPPED, 8.5, false, line);
                    }
                    pen.right(DEBIT, y, 8.5, false, &blank_zero(*debit));
                    pen.right(CREDIT, y, 8.5, false, &blank_zero(*credit));
                    pen.right(BALANCE, y, 8.5, false, &money(*balance));
                }
                Row::Total(label, sums, balance) => {
                    pen.rect(MARGIN, y - 10.0, WIDTH - 2.0 * MARGIN, 14.0, 235);
                    pen.text(MARGIN + 4.0, y, 9.0, true, label);
                    if let Some((debit, credit)) = sums {
                        pen.right(DEBIT, y, 9.0, true, &money(*debit));
                        pen.right(CREDIT, y, 9.0, true, &money(*credit));
                    }
                    pen.right(BALANCE, y, 9.0, true, &money(*balance));
                }
            }
            y += row.height();
        }
        if index + 1 == count {
            y += 20.0;
            pen.text(MARGIN + 30.0, y, 9.5, true, "Đại diện doanh nghiệp");
            pen.text(WIDTH / 2.0 + 40.0, y, 9.5, true, "Đại diện đơn vị quản lý");
            pen.text(MARGIN + 30.0, y + 12.0, 8.0, false, "(ký, ghi rõ họ tên)");
            pen.text(WIDTH / 2.0 + 40.0, y + 12.0, 8.0, false, "(ký, đóng dấu)");
        }
        pen.text(
            MARGIN,
            HEIGHT - 30.0,
            7.5,
            false,
            "Số dư = số dư đầu kỳ + phát sinh nợ − phát sinh có; số dư âm: doanh nghiệp trả thừa · ClusterKeep",
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

    #[test]
    fn money_is_whole_dong_grouped_by_dots() {
        assert_eq!(money(1_234_567), "1.234.567");
        assert_eq!(money(-50_000), "-50.000");
        assert_eq!(money(0), "0");
    }

    #[test]
    fn every_column_fits_the_page() {
        // Ten billion đồng (in digits at 0.636 em) ends at its column's edge and starts right
        // of the column before; a description line (letters at about 0.56 em) ends before
        // the debit's widest figure starts.
        let figure = "-10.000.000.000".len() as f32 * 0.636 * 8.5;
        assert!(BALANCE - figure > CREDIT);
        assert!(CREDIT - figure > DEBIT);
        let description = DESCRIPTION_CHARS as f32 * 0.56 * 8.5;
        assert!(MARGIN + 62.0 + description < DEBIT - figure);
    }
}
