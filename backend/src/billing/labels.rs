//! How billing writes numbers and invoices in text: a rate in percent, an invoice's number.

use crate::billing::entities::invoice;

/// Basis points as a percentage without trailing zeros: 1000 → `10`, 850 → `8.5`.
pub fn percent(bp: i32) -> String {
    let whole = bp / 100;
    let rest = bp % 100;
    if rest == 0 {
        whole.to_string()
    } else if rest % 10 == 0 {
        format!("{whole}.{}", rest / 10)
    } else {
        format!("{whole}.{rest:02}")
    }
}

/// `C26TAA 00000123`.
pub fn invoice_label(i: &invoice::Model) -> String {
    match i.number {
        Some(n) => format!("{} {n:08}", i.series),
        None => format!("{} (nháp)", i.series),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_print_without_trailing_zeros() {
        assert_eq!(percent(1000), "10");
        assert_eq!(percent(850), "8.5");
        assert_eq!(percent(1025), "10.25");
        assert_eq!(percent(5), "0.05");
    }
}
