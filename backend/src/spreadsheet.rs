//! CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Vietnamese), and cells that
//! a spreadsheet cannot mistake for a formula. A name, an address or a bank reference that starts
//! with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading `'`
//! (OWASP's advice on CSV injection); numbers, negative ones included, stay numbers.

use crate::error::{AppError, AppResult};

/// The byte-order mark every CSV the product writes starts with.
pub const BOM: &str = "\u{feff}";

/// `value` as a cell a spreadsheet shows as text, never runs.
pub fn cell(value: &str) -> String {
    let risky = value
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && value.parse::<f64>().is_err() {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// A CSV document: a header row, then the rows, every cell made safe.
pub fn write<R, C>(columns: &[&str], rows: R) -> AppResult<String>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<str>,
{
    let internal = |e: csv::Error| AppError::Internal(anyhow::Error::new(e).context("writing csv"));
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(columns).map_err(internal)?;
    for row in rows {
        let cells: Vec<String> = row.into_iter().map(|c| cell(c.as_ref())).collect();
        writer.write_record(&cells).map_err(internal)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("writing csv: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
    Ok(format!("{BOM}{text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_numbers_stay_numbers() {
        for (raw, written) in [
            (
                "=HYPERLINK(\"http://evil.example\")",
                "'=HYPERLINK(\"http://evil.example\")",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3+cmd", "'-2+3+cmd"),
            ("@SUM(1+1)", "'@SUM(1+1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-1000", "-1000"),
            ("+84 912 345 678", "'+84 912 345 678"),
            ("Công ty KCC", "Công ty KCC"),
            ("", ""),
        ] {
            assert_eq!(cell(raw), written, "{raw:?}");
        }
    }

    #[test]
    fn a_document_starts_with_a_bom_and_its_cells_are_safe() {
        let text = write(&["name", "balance"], [["=1+1", "-5"]]).unwrap();
        assert_eq!(text, "\u{feff}name,balance\n'=1+1,-5\n");
    }
}
