//! Reading a transfer description (the invoices and the payer it names) and suggesting what
//! the transfer pays.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::billing::entities::invoice;
use crate::billing::{InvoiceKind, InvoiceState};
use crate::db::TenantTxn;
use crate::error::AppResult;
use crate::receivables::BankMatch;

/// Is `series` shaped like an invoice series: `C` or `K`, two digits of the year, three letters?
fn series_shaped(series: &[char]) -> bool {
    // C or K: an invoice's series; L: a late-interest notice's (`settings::notice_series_for`).
    matches!(series[0], 'C' | 'K' | 'L')
        && series[1].is_ascii_digit()
        && series[2].is_ascii_digit()
        && series[3..].iter().all(char::is_ascii_uppercase)
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '_' | '.' | ':' | '/' | '#' | ',' | ';' | '+')
}

/// The invoices a transfer description names, in the order it names them: a series and one or
/// more numbers after it, e.g. `C26TAA` 123 in "CONG TY KCC TT HD C26TAA 00000123 THANG 10",
/// or 123, 124 and 130 in "TT HD C26TAA 123 124 130" (what the pay-everything VietQR prints).
/// Diacritics and case are ignored. Both coded (`C…`) and uncoded (`K…`) series are read.
/// Banks often strip spaces and separators ("TTHDC26TDS00000123"), so a series glued to the word
/// before it counts too when that word ends in `HD` or `TT` (hóa đơn, thanh toán), or when the
/// number has the eight digits the VietQR purpose prints.
pub fn invoice_references(description: &str) -> Vec<(String, i32)> {
    let text: Vec<char> = deunicode::deunicode(description)
        .to_uppercase()
        .chars()
        .collect();
    let mut found: Vec<(String, i32)> = Vec::new();
    let mut i = 0;
    while i + 6 <= text.len() {
        let starts_word = i == 0 || !text[i - 1].is_ascii_alphanumeric();
        let after_keyword = !starts_word && {
            let before: String = text[..i].iter().collect();
            before.ends_with("HD") || before.ends_with("TT")
        };
        if !series_shaped(&text[i..i + 6]) {
            i += 1;
            continue;
        }
        let series: String = text[i..i + 6].iter().collect();
        let mut j = i + 6;
        let mut first = true;
        loop {
            let mut k = j;
            while k < text.len() && is_separator(text[k]) {
                k += 1;
            }
            let digits: String = text[k..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let end = k + digits.len();
            let placed = !first || starts_word || after_keyword || digits.len() == 8;
            let whole = first || end == text.len() || !text[end].is_ascii_alphabetic();
            match digits.parse::<i32>() {
                Ok(number) if placed && whole && digits.len() <= 9 && number > 0 => {
                    if !found.contains(&(series.clone(), number)) {
                        found.push((series.clone(), number));
                    }
                    first = false;
                    j = end;
                }
                _ => break,
            }
        }
        i = if first { i + 1 } else { j };
    }
    found
}

/// The first invoice a transfer description names.
pub fn invoice_reference(description: &str) -> Option<(String, i32)> {
    invoice_references(description).into_iter().next()
}

/// A tax code the description gives after `MST` (mã số thuế), as the pay-everything VietQR
/// prints it when the invoice numbers do not fit: "TT MST 2501234563".
pub fn tax_code_in(description: &str) -> Option<String> {
    let text = deunicode::deunicode(description).to_uppercase();
    let at = text.find("MST")?;
    let rest = text[at + 3..].trim_start_matches(|c: char| is_separator(c));
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let digits = digits.trim_end_matches('-');
    let plain: String = digits.chars().filter(char::is_ascii_digit).collect();
    matches!(plain.len(), 10 | 12 | 13).then(|| digits.to_owned())
}

/// A whole number of đồng as banks print it: `1.234.567`, `1,234,567` or `1234567`.
pub(super) fn parse_amount(raw: &str) -> Option<i64> {
    let cleaned: String = raw
        .trim()
        .trim_end_matches("VND")
        .trim_end_matches('đ')
        .trim()
        .replace(['.', ',', ' '], "");
    cleaned.parse().ok()
}

pub(super) fn parse_day(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(raw, "%d/%m/%Y"))
        .ok()
        .filter(|day| crate::values::day_in_range(*day))
}

/// An open, issued invoice of exactly `amount`, as a condition.
fn open_exactly(amount: i64) -> Condition {
    issued_invoices().add(
        Expr::col(invoice::Column::Total)
            .sub(Expr::col(invoice::Column::Credited))
            .sub(Expr::col(invoice::Column::Paid))
            .eq(amount),
    )
}

/// What a transfer most likely pays, and why: one invoice, several the description names, or a
/// firm's whole open balance.
#[derive(Clone, Debug)]
pub struct Suggestion {
    pub kind: BankMatch,
    /// The invoice (the first one, when the description names several).
    pub invoice: Option<invoice::Model>,
    pub firm_id: Uuid,
}

fn issued_invoices() -> Condition {
    Condition::all()
        .add(invoice::Column::Kind.eq(InvoiceKind::Invoice))
        .add(invoice::Column::Status.eq(InvoiceState::Issued))
}

/// The open, issued invoices a description names, in its order, all of the first one's firm.
pub async fn named_invoices(txn: &TenantTxn, description: &str) -> AppResult<Vec<invoice::Model>> {
    let named = invoice_references(description);
    if named.is_empty() {
        return Ok(Vec::new());
    }
    let mut any = Condition::any();
    for (series, number) in &named {
        any = any.add(
            Condition::all()
                .add(invoice::Column::Series.eq(series.clone()))
                .add(invoice::Column::Number.eq(*number)),
        );
    }
    let mut by_number: HashMap<(String, i32), invoice::Model> = txn
        .scoped::<invoice::Entity>()
        .filter(issued_invoices())
        .filter(any)
        .all(txn.conn())
        .await?
        .into_iter()
        .filter_map(|i| Some(((i.series.clone(), i.number?), i)))
        .collect();
    let ordered: Vec<invoice::Model> = named
        .iter()
        .filter_map(|key| by_number.remove(key))
        .collect();
    let Some(firm) = ordered.first().map(|i| i.firm_id) else {
        return Ok(ordered);
    };
    Ok(ordered.into_iter().filter(|i| i.firm_id == firm).collect())
}

/// Everything open on a firm's issued invoices, đồng, in one statement.
pub async fn firm_balance(txn: &TenantTxn, firm: Uuid) -> AppResult<i64> {
    let balance: Option<i64> = txn
        .scoped::<invoice::Entity>()
        .select_only()
        .expr(
            Expr::col(invoice::Column::Total)
                .sub(Expr::col(invoice::Column::Credited))
                .sub(Expr::col(invoice::Column::Paid))
                .sum()
                .cast_as("BIGINT"),
        )
        .filter(issued_invoices())
        .filter(invoice::Column::FirmId.eq(firm))
        .into_tuple::<Option<i64>>()
        .one(txn.conn())
        .await?
        .flatten();
    Ok(balance.unwrap_or(0))
}

/// What a transfer of `amount` most likely pays, given its description and the payer when known.
pub async fn suggest(
    txn: &TenantTxn,
    description: &str,
    amount: i64,
    payer: Option<Uuid>,
) -> AppResult<Option<Suggestion>> {
    let named = named_invoices(txn, description).await?;
    if let Some(first) = named.first() {
        let open: i64 = named.iter().map(invoice::Model::open).sum();
        let kind = match named.len() {
            1 if open == amount => BankMatch::NumberAndAmount,
            1 => BankMatch::Number,
            _ if open == amount => BankMatch::InvoicesAndAmount,
            _ => BankMatch::Number,
        };
        return Ok(Some(Suggestion {
            kind,
            invoice: Some(first.clone()),
            firm_id: first.firm_id,
        }));
    }
    if let Some(firm) = payer {
        let exact = txn
            .scoped::<invoice::Entity>()
            .filter(open_exactly(amount))
            .filter(invoice::Column::FirmId.eq(firm))
            .order_by_asc(invoice::Column::DueOn)
            .order_by_asc(invoice::Column::Number)
            .one(txn.conn())
            .await?;
        if let Some(found) = exact {
            return Ok(Some(Suggestion {
                kind: BankMatch::FirmAndAmount,
                invoice: Some(found),
                firm_id: firm,
            }));
        }
        let balance = firm_balance(txn, firm).await?;
        return Ok((balance == amount && amount > 0).then_some(Suggestion {
            kind: BankMatch::FirmBalance,
            invoice: None,
            firm_id: firm,
        }));
    }
    let mut only = txn
        .scoped::<invoice::Entity>()
        .filter(open_exactly(amount))
        .limit(2)
        .all(txn.conn())
        .await?;
    Ok(match only.len() {
        1 => only.pop().map(|i| Suggestion {
            kind: BankMatch::Amount,
            firm_id: i.firm_id,
            invoice: Some(i),
        }),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_invoice_number_in_a_transfer_description() {
        for (text, expected) in [
            ("TT HD C26TAA 00000123", Some(("C26TAA", 123))),
            (
                "cong ty kcc tt hd c26taa-0000042 thang 10",
                Some(("C26TAA", 42)),
            ),
            ("Thanh toán HĐ C25TDS 17", Some(("C25TDS", 17))),
            ("KCC chuyen tien C26TAA", None),
            ("MAC26TAA 1", None),
            ("TT HD 00000123", None),
            // Uncoded (K) series.
            ("TT HD K26TAA 00000123", Some(("K26TAA", 123))),
            ("thanh toan hoa don k26tyl-45", Some(("K26TYL", 45))),
            // Spaces and separators stripped by the bank.
            ("TTHDC26TDS00000123", Some(("C26TDS", 123))),
            ("KCC VINA TTHDK26TDS00000007 THANG 11", Some(("K26TDS", 7))),
            ("HDC26TDS 42", Some(("C26TDS", 42))),
            ("CKC26TDS00000123", Some(("C26TDS", 123))),
            ("FT26330C26TDS00000123", Some(("C26TDS", 123))),
            // Glued to an unrelated word with a short number: not a reference.
            ("MAC26TAA1", None),
            ("KCC26TAA 15", None),
        ] {
            assert_eq!(
                invoice_reference(text),
                expected.map(|(s, n)| (s.to_owned(), n)),
                "{text}"
            );
        }
    }

    #[test]
    fn reads_every_invoice_a_pay_everything_transfer_names() {
        let named = |text: &str| -> Vec<(String, i32)> { invoice_references(text) };
        let of = |list: &[(&str, i32)]| -> Vec<(String, i32)> {
            list.iter().map(|(s, n)| ((*s).to_owned(), *n)).collect()
        };
        assert_eq!(
            named("TT HD C26TAA 123 124 130"),
            of(&[("C26TAA", 123), ("C26TAA", 124), ("C26TAA", 130)])
        );
        assert_eq!(
            named("KCC TT HD C26TAA 123,124 THANG 11"),
            of(&[("C26TAA", 123), ("C26TAA", 124)])
        );
        assert_eq!(
            named("TT C26TAA 00000007 K26TYL 00000003"),
            of(&[("C26TAA", 7), ("K26TYL", 3)])
        );
        // The same invoice twice counts once; a word glued to a later number ends the list.
        assert_eq!(named("TT HD C26TAA 5 5 6KCC"), of(&[("C26TAA", 5)]));
        assert_eq!(named("TTHDC26TDS00000123THANG11"), of(&[("C26TDS", 123)]));
    }

    #[test]
    fn reads_the_payers_tax_code_after_mst() {
        assert_eq!(tax_code_in("TT MST 2501234563"), Some("2501234563".into()));
        assert_eq!(tax_code_in("ttmst2501234563"), Some("2501234563".into()));
        assert_eq!(
            tax_code_in("TT MST 0101234567-001 T11"),
            Some("0101234567-001".into())
        );
        assert_eq!(tax_code_in("MST 12345"), None);
        assert_eq!(tax_code_in("TT HD C26TAA 123"), None);
    }

    #[test]
    fn reads_amounts_and_days_as_banks_print_them() {
        assert_eq!(parse_amount("1.234.567"), Some(1_234_567));
        assert_eq!(parse_amount("1,234,567 VND"), Some(1_234_567));
        assert_eq!(parse_amount("-500000"), Some(-500_000));
        assert_eq!(parse_amount("12a"), None);
        assert_eq!(
            parse_day("2026-10-05"),
            NaiveDate::from_ymd_opt(2026, 10, 5)
        );
        assert_eq!(
            parse_day("05/10/2026"),
            NaiveDate::from_ymd_opt(2026, 10, 5)
        );
        assert_eq!(parse_day("10-05-2026"), None);
    }
}
