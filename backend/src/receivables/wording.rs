//! The words the receivables write themselves, in the reader's language: a statement line's
//! description, the fund statement's receipt sources and expense categories. The API gives the
//! facts behind each line as well, and the web app words them in its own language; these are
//! for what the server writes: downloads, and the Vietnamese `description` the API keeps.

use chrono::NaiveDate;

use crate::receivables::reports::{EntryKind, StatementEntry};
use crate::receivables::{FundEntryKind, PaymentMethod};
use crate::tenancy::Locale;
use crate::upkeep::AssetCategory;

/// A day as both languages' readers here write it: `31/12/2025`.
pub fn day(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// `vi` or `en`, whichever `locale` reads.
pub fn pick(locale: Locale, vi: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::Vi => vi,
        Locale::En => en,
    }
}

/// How a payment arrived.
pub fn payment_method(method: PaymentMethod, locale: Locale) -> &'static str {
    match method {
        PaymentMethod::BankTransfer => pick(locale, "Chuyển khoản", "Bank transfer"),
        PaymentMethod::Cash => pick(locale, "Tiền mặt", "Cash"),
        PaymentMethod::Vietqr => "VietQR",
    }
}

impl StatementEntry {
    /// What the line is: the period an invoice bills, a credit note's reason, a payment's
    /// method.
    pub fn description_in(&self, locale: Locale) -> String {
        let period = self
            .period
            .map(|(start, end)| format!("{} – {}", day(start), day(end)))
            .unwrap_or_default();
        match self.kind {
            EntryKind::Invoice => match locale {
                Locale::Vi => format!("Hóa đơn kỳ {period}"),
                Locale::En => format!("Invoice for {period}"),
            },
            EntryKind::CreditNote => format!(
                "{}: {}",
                pick(locale, "Hóa đơn điều chỉnh giảm", "Credit note"),
                self.note.as_deref().unwrap_or_default()
            ),
            EntryKind::Payment => self
                .method
                .map(|m| payment_method(m, locale).to_owned())
                .unwrap_or_default(),
            EntryKind::Refund => pick(locale, "Hoàn trả tiền thừa", "Refund of credit").to_owned(),
        }
    }
}

/// Where money into a fund came from.
pub fn receipt_source(kind: FundEntryKind, locale: Locale) -> &'static str {
    match kind {
        FundEntryKind::FeeCollected => {
            pick(locale, "Phí duy tu thu được", "Maintenance fee collected")
        }
        _ => pick(
            locale,
            "Điều chỉnh theo hóa đơn điều chỉnh",
            "Adjustment by credit note",
        ),
    }
}

/// What kind of infrastructure spending kept (none: not assigned).
pub fn category_name(category: Option<AssetCategory>, locale: Locale) -> &'static str {
    use AssetCategory as C;
    match category {
        Some(C::InternalRoads) => pick(
            locale,
            "Đường nội bộ, vỉa hè",
            "Internal roads and pavements",
        ),
        Some(C::Drainage) => pick(locale, "Thoát nước mưa", "Stormwater drainage"),
        Some(C::WaterSupply) => pick(locale, "Cấp nước", "Water supply"),
        Some(C::Wastewater) => pick(
            locale,
            "Thu gom, xử lý nước thải",
            "Wastewater collection and treatment",
        ),
        Some(C::PowerLighting) => pick(
            locale,
            "Cấp điện, chiếu sáng công cộng",
            "Power and public lighting",
        ),
        Some(C::FireProtection) => pick(locale, "Phòng cháy, chữa cháy", "Fire protection"),
        Some(C::Greenery) => pick(locale, "Cây xanh", "Greenery"),
        Some(C::FencesGates) => pick(locale, "Tường rào, cổng", "Fences and gates"),
        Some(C::Other) => pick(locale, "Hạng mục khác", "Other"),
        None => pick(locale, "Chưa phân loại", "Not assigned"),
    }
}
