//! How billing writes numbers and invoices in text: a rate in percent, an invoice's number.

use crate::billing::Correction;
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

/// How an adjustment names the invoice it adjusts (Decree 123/2020 art. 19 as amended by
/// Decree 70/2025): "Điều chỉnh cho hóa đơn Mẫu số 1 ký hiệu C26TAA số 00000123 ngày 02
/// tháng 11 năm 2026".
pub fn adjustment_reference(original: &invoice::Model) -> String {
    correction_reference(Correction::Decrease, original)
}

/// How a correction names its original: "Điều chỉnh cho hóa đơn …" for an adjustment (either
/// way), "Thay thế cho hóa đơn …" for a replacement.
pub fn correction_reference(correction: Correction, original: &invoice::Model) -> String {
    let number = original
        .number
        .map(|n| format!("{n:08}"))
        .unwrap_or_default();
    let day = original
        .issued_on
        .map(|d| d.format(" ngày %d tháng %m năm %Y").to_string())
        .unwrap_or_default();
    let verb = match correction {
        Correction::Decrease | Correction::Increase => "Điều chỉnh cho",
        Correction::Replacement => "Thay thế cho",
    };
    format!(
        "{verb} hóa đơn Mẫu số {} ký hiệu {} số {number}{day}",
        original.template, original.series
    )
}

/// The line a correction prints under its title: how it names its original, then the agreement
/// it rests on ("…; theo văn bản thỏa thuận số … ngày …").
pub fn reference_line(document: &invoice::Model, original: &invoice::Model) -> String {
    let reference = correction_reference(
        document.correction.unwrap_or(Correction::Decrease),
        original,
    );
    match agreement_text(document) {
        Some(agreement) => format!("{reference}; theo {agreement}"),
        None => reference,
    }
}

/// "văn bản thỏa thuận số … ngày …" of a correction.
fn agreement_text(document: &invoice::Model) -> Option<String> {
    let number = document.agreement_number.as_deref()?;
    let day = document
        .agreement_date
        .map(|d| d.format(" ngày %d/%m/%Y").to_string())
        .unwrap_or_default();
    Some(format!("văn bản thỏa thuận số {number}{day}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_adjustment_names_the_template_series_number_and_date_of_the_original() {
        let original = invoice::Model {
            id: uuid::Uuid::nil(),
            tenant_id: uuid::Uuid::nil(),
            created_at: chrono::Utc::now(),
            kind: crate::billing::InvoiceKind::Invoice,
            run_id: None,
            lease_id: None,
            firm_id: uuid::Uuid::nil(),
            cluster_id: uuid::Uuid::nil(),
            corrects_id: None,
            billing_key: None,
            status: crate::billing::InvoiceState::Issued,
            period_start: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            period_end: chrono::NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
            template: "1".into(),
            series: "C26TDS".into(),
            number: Some(123),
            issued_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
            due_on: None,
            subtotal: 0,
            vat_total: 0,
            total: 0,
            paid: 0,
            credited: 0,
            interest_through: None,
            seller_name: String::new(),
            seller_address: String::new(),
            seller_tax_code: String::new(),
            buyer_name: String::new(),
            buyer_address: String::new(),
            buyer_tax_code: String::new(),
            note: None,
            voided_at: None,
            void_reason: None,
            correction: None,
            agreement_number: None,
            agreement_date: None,
            replaced_by_id: None,
            document_type: crate::billing::DocumentType::VatInvoice,
        };
        assert_eq!(
            adjustment_reference(&original),
            "Điều chỉnh cho hóa đơn Mẫu số 1 ký hiệu C26TDS số 00000123 ngày 02 tháng 11 năm 2026"
        );
        assert_eq!(
            correction_reference(Correction::Replacement, &original),
            "Thay thế cho hóa đơn Mẫu số 1 ký hiệu C26TDS số 00000123 ngày 02 tháng 11 năm 2026"
        );
        let agreed = invoice::Model {
            agreement_number: Some("07/2026/TT".into()),
            agreement_date: chrono::NaiveDate::from_ymd_opt(2026, 12, 5),
            ..original.clone()
        };
        assert_eq!(
            reference_line(&agreed, &original),
            "Điều chỉnh cho hóa đơn Mẫu số 1 ký hiệu C26TDS số 00000123 ngày 02 tháng 11 năm 2026; theo văn bản thỏa thuận số 07/2026/TT ngày 05/12/2026"
        );
        assert_eq!(
            reference_line(&original, &original),
            adjustment_reference(&original),
            "without an agreement the line is the reference alone"
        );
    }

    #[test]
    fn percentages_print_without_trailing_zeros() {
        assert_eq!(percent(1000), "10");
        assert_eq!(percent(850), "8.5");
        assert_eq!(percent(1025), "10.25");
        assert_eq!(percent(5), "0.05");
    }
}
