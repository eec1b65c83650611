//! Value types shared by every domain, parsed once at the edge and trusted past it: money in
//! whole đồng, areas, tax codes, email addresses, required text, billing periods, and today's
//! date in Vietnam.

mod period;
mod search;

pub use period::{Period, PeriodKind};
pub use search::Search;

use crate::error::{AppError, AppResult, reason};

/// An area in whole square metres, strictly positive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct AreaM2(i64);

impl AreaM2 {
    /// More than 0 m².
    pub fn parse(value: i64, path: &str) -> AppResult<Self> {
        match value {
            1..=MAX_AREA_M2 => Ok(Self(value)),
            ..1 => Err(AppError::invalid(
                path,
                reason!("area_positive", "the area must be more than 0 m²"),
            )),
            _ => Err(AppError::invalid(
                path,
                reason!("area_too_large", "at most 1,000,000,000 m²"),
            )),
        }
    }

    /// The area in m².
    pub fn get(self) -> i64 {
        self.0
    }
}

/// The largest amount any input may carry: a million billion đồng, far beyond any real
/// invoice, and small enough that sums of millions of them cannot overflow an `i64`.
pub const MAX_VND: i64 = 1_000_000_000_000_000;

/// The largest area any input may carry: 1,000 km², larger than any industrial cluster.
pub const MAX_AREA_M2: i64 = 1_000_000_000;

/// An amount of money in whole đồng, zero or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Vnd(i64);

impl Vnd {
    /// Zero or more đồng.
    pub fn parse(value: i64, path: &str) -> AppResult<Self> {
        match value {
            0..=MAX_VND => Ok(Self(value)),
            ..0 => Err(AppError::invalid(
                path,
                reason!("amount_negative", "the amount cannot be negative"),
            )),
            _ => Err(AppError::invalid(
                path,
                reason!("amount_too_large", "at most 1,000,000,000,000,000 đồng"),
            )),
        }
    }

    /// More than zero đồng: a payment, an expense, a planned amount, a tariff rate.
    pub fn positive(value: i64, path: &str) -> AppResult<Self> {
        match value {
            1..=MAX_VND => Ok(Self(value)),
            ..1 => Err(AppError::invalid(
                path,
                reason!("amount_positive", "a positive amount of đồng"),
            )),
            _ => Err(AppError::invalid(
                path,
                reason!("amount_too_large", "at most 1,000,000,000,000,000 đồng"),
            )),
        }
    }

    /// The amount in đồng.
    pub fn get(self) -> i64 {
        self.0
    }
}

/// A Vietnamese tax code (mã số thuế), checked as the tax authority issues them:
/// - an enterprise's 10 digits, the last a check digit (see [`TaxCode::check_digit`]);
/// - a branch's 10 digits, `-` and a 3-digit branch number (001–999);
/// - since 1 July 2025, the 12-digit personal identification number (số định danh cá nhân)
///   that household businesses and individuals use as their tax code (Circular 86/2024/TT-BTC).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaxCode(String);

/// What a [`TaxCode`] identifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaxCodeKind {
    /// 10 digits: an enterprise or other organisation.
    Enterprise,
    /// 10 digits, `-`, 3 digits: a dependent unit (branch) of an enterprise.
    Branch,
    /// 12 digits: a person's identification number, the tax code of a household business or an
    /// individual (written `CCCDan` rather than `MST` in the e-invoice XML).
    PersonalId,
}

/// The weights of the first nine digits in the check digit of a 10-digit tax code.
const TAX_CODE_WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

impl TaxCode {
    /// 10 digits with a correct check digit, optionally followed by `-` and a 3-digit branch;
    /// or a 12-digit personal identification number. Spaces around are ignored.
    pub fn parse(raw: &str, path: &str) -> AppResult<Self> {
        let value = raw.trim();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let (main, branch) = match value.split_once('-') {
            Some((main, branch)) => (main, Some(branch)),
            None => (value, None),
        };
        if branch.is_none() && digits(main, 12) {
            // The first three digits are the province of birth registration (001–096).
            return match main[..3].parse::<u32>() {
                Ok(1..=96) => Ok(Self(value.to_owned())),
                _ => Err(AppError::invalid(
                    path,
                    reason!(
                        "personal_id_province_code",
                        "a 12-digit personal identification number starts with a province code from 001 to 096"
                    ),
                )),
            };
        }
        if !(digits(main, 10) && branch.is_none_or(|b| digits(b, 3))) {
            return Err(AppError::invalid(
                path,
                reason!(
                    "tax_code_format",
                    "a tax code has 10 digits, or 10 digits, \"-\" and 3 digits for a branch; a household business or an individual uses its 12-digit personal identification number"
                ),
            ));
        }
        if branch == Some("000") {
            return Err(AppError::invalid(
                path,
                reason!(
                    "branch_number_runs_from",
                    "a branch number runs from 001 to 999"
                ),
            ));
        }
        let expected = Self::check_digit(&main[..9]);
        let last = main.as_bytes()[9] - b'0';
        match expected {
            Some(digit) if digit == last => Ok(Self(value.to_owned())),
            _ => Err(AppError::invalid(
                path,
                reason!(
                    "tax_code_check_digit",
                    "this tax code's check digit (the 10th digit) is wrong: check the code for a typing mistake"
                ),
            )),
        }
    }

    /// The 10th digit of a tax code whose first nine digits are `nine`: with
    /// A = Σ Nᵢ × (31, 29, 23, 19, 17, 13, 7, 5, 3), the check digit is 10 − (A mod 11).
    /// `None` when that is 10 (no code is issued with those nine digits) or when `nine` is not
    /// nine digits.
    pub fn check_digit(nine: &str) -> Option<u8> {
        if nine.len() != 9 || !nine.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let sum: u32 = nine
            .bytes()
            .zip(TAX_CODE_WEIGHTS)
            .map(|(b, w)| u32::from(b - b'0') * w)
            .sum();
        let digit = 10 - sum % 11;
        u8::try_from(digit).ok().filter(|d| *d < 10)
    }

    /// The valid 10-digit tax code beginning with the nine digits of `nine`, or the next
    /// number up that has one (the demo and tests make codes with it).
    pub fn complete(nine: u32) -> String {
        let mut n = nine;
        loop {
            let head = format!("{:09}", n % 1_000_000_000);
            if let Some(d) = Self::check_digit(&head) {
                return format!("{head}{d}");
            }
            n = n.wrapping_add(1);
        }
    }

    /// The code as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the code identifies.
    pub fn kind(&self) -> TaxCodeKind {
        kind_of_tax_code(&self.0)
    }
}

/// What a stored tax code identifies, by its shape (stored codes were parsed before).
pub fn kind_of_tax_code(code: &str) -> TaxCodeKind {
    match code.len() {
        12 => TaxCodeKind::PersonalId,
        14 => TaxCodeKind::Branch,
        _ => TaxCodeKind::Enterprise,
    }
}

/// The first day any date may be (earlier is a typing mistake, not a lease or an invoice).
pub const FIRST_DAY: (i32, u32, u32) = (1900, 1, 1);
/// The last day any date may be. Later dates are refused: SQLite compares dates as text, and
/// `+10000-01-01` sorts before `2026-…`, which would break the no-overlap rule of leases.
pub const LAST_DAY: (i32, u32, u32) = (2200, 12, 31);

/// Whether `day` lies within [`FIRST_DAY`] and [`LAST_DAY`].
pub fn day_in_range(day: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    let key = (day.year(), day.month(), day.day());
    FIRST_DAY <= key && key <= LAST_DAY
}

/// `day`, or VALIDATION under `path` when it lies outside 1900–2200.
pub fn check_day(day: chrono::NaiveDate, path: &str) -> AppResult<chrono::NaiveDate> {
    if day_in_range(day) {
        Ok(day)
    } else {
        Err(AppError::invalid(
            path,
            reason!("date_between", "a date between 1900 and 2200"),
        ))
    }
}

/// Today's date in Vietnam (Asia/Ho_Chi_Minh), where every date of the product lives.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Ho_Chi_Minh)
        .date_naive()
}

/// A syntactically valid email address, trimmed and lower-cased.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// The valid addresses of a stored comma-separated list (a firm's billing addresses),
    /// in order; anything else in it is skipped.
    pub fn list(stored: &str) -> Vec<Self> {
        stored
            .split(',')
            .filter_map(|e| Self::parse(e, "").ok())
            .collect()
    }

    /// Parses `raw`, reporting a problem under `path`.
    pub fn parse(raw: &str, path: &str) -> AppResult<Self> {
        let value = raw.trim().to_lowercase();
        let valid = value.len() <= 254
            && value.parse::<lettre::Address>().is_ok_and(|address| {
                address.domain().contains('.') || address.domain() == "localhost"
            });
        if valid {
            Ok(Self(value))
        } else {
            Err(AppError::invalid(
                path,
                reason!("enter_valid_email_address", "enter a valid email address"),
            ))
        }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A required, trimmed, non-empty piece of text of bounded length.
/// A control character no document may carry: every C0 control but tab, line feed and carriage
/// return, and DEL. XML 1.0 cannot hold them at all (one in a firm's name once made the whole
/// monthly e-invoice export malformed), and in a PDF or an email they are invisible.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r')) || ('\u{80}'..='\u{9f}').contains(&c)
}

/// `Err` on `path` when `text` holds a control character (see [`is_forbidden_control`]).
pub fn check_plain_text(text: &str, path: &str) -> AppResult<()> {
    match text.chars().find(|c| is_forbidden_control(*c)) {
        Some(c) => Err(AppError::invalid(
            path,
            reason!(
                "control_character",
                "remove the control character U+{code}",
                code = format!("{:04X}", c as u32)
            ),
        )),
        None => Ok(()),
    }
}

pub fn required_text(raw: &str, path: &str, max_chars: usize) -> AppResult<String> {
    let value = raw.trim();
    check_plain_text(value, path)?;
    if value.is_empty() {
        return Err(AppError::invalid(
            path,
            reason!("field_required", "this field is required"),
        ));
    }
    if value.chars().count() > max_chars {
        return Err(AppError::invalid(
            path,
            reason!(
                "text_too_long",
                "use at most {max} characters",
                max = max_chars
            ),
        ));
    }
    Ok(value.to_owned())
}

/// Optional free text: blank is none; otherwise as [`required_text`].
pub fn optional_text(raw: Option<&str>, path: &str, max_chars: usize) -> AppResult<Option<String>> {
    match raw.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => required_text(text, path, max_chars).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_tax_codes_are_accepted_with_their_kind() {
        // (code, kind): real-shaped codes whose check digit is right.
        let table = [
            // 0+29+0+0+17+0+63+5+0 = 114; 114 mod 11 = 4; 10 − 4 = 6.
            ("0100109106", TaxCodeKind::Enterprise),
            (" 0100109106 ", TaxCodeKind::Enterprise),
            ("0100109106-001", TaxCodeKind::Branch),
            ("0100109106-999", TaxCodeKind::Branch),
            // 2×31 + 5×29 + 1×17 + 1×3 = 227; 227 mod 11 = 7; 10 − 7 = 3.
            ("2500100013", TaxCodeKind::Enterprise),
            ("026090001234", TaxCodeKind::PersonalId),
            ("001201012345", TaxCodeKind::PersonalId),
            ("096300000001", TaxCodeKind::PersonalId),
        ];
        for (code, kind) in table {
            let parsed = TaxCode::parse(code, "t");
            assert_eq!(
                parsed.as_ref().map(TaxCode::kind).ok(),
                Some(kind),
                "{code}"
            );
            assert_eq!(
                parsed.map(|t| t.as_str().to_owned()).ok().as_deref(),
                Some(code.trim())
            );
        }
    }

    #[test]
    fn invalid_tax_codes_are_refused_on_their_field() {
        for bad in [
            // The wrong check digit (6 is right).
            "0100109107",
            "0100109100",
            "0100109106-",
            "0100109106-01",
            "0100109106-000",
            "0100109107-001",
            // Right shape, wrong digit: the demo's old codes.
            "2500100001",
            "2500901017",
            "250010000",
            "25001000012",
            "25001OOOO1",
            // A personal ID needs a province code 001–096.
            "000090001234",
            "097090001234",
            "02609000123-",
            "026090001234-001",
            "",
        ] {
            let refused = TaxCode::parse(bad, "input.taxCode");
            assert!(
                matches!(&refused, Err(AppError::Validation(problems)) if problems.iter().any(|p| p.path == "input.taxCode")),
                "{bad}: {refused:?}"
            );
        }
    }

    #[test]
    fn no_ten_digit_code_exists_when_the_check_digit_would_be_ten() {
        // Σ = 0 for 000000000: 10 − 0 = 10, so no code ends it.
        assert_eq!(TaxCode::check_digit("000000000"), None);
        assert!(TaxCode::parse("0000000000", "t").is_err());
        assert_eq!(TaxCode::check_digit("010010910"), Some(6));
        assert_eq!(TaxCode::check_digit("01001091"), None);
    }

    #[test]
    fn completed_codes_always_parse_and_are_the_only_valid_ending() {
        let mut state = 42u64;
        for _ in 0..2_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let nine = ((state >> 20) % 1_000_000_000) as u32;
            let code = TaxCode::complete(nine);
            assert!(TaxCode::parse(&code, "t").is_ok(), "{code}");
            let valid_endings = (0..10)
                .filter(|d| TaxCode::parse(&format!("{}{d}", &code[..9]), "t").is_ok())
                .count();
            assert_eq!(valid_endings, 1, "{code}");
        }
    }

    #[test]
    fn areas_are_positive_and_money_is_not_negative() {
        assert!(AreaM2::parse(0, "a").is_err());
        assert!(AreaM2::parse(-5, "a").is_err());
        assert_eq!(AreaM2::parse(5_000, "a").map(AreaM2::get).ok(), Some(5_000));
        assert!(Vnd::parse(-1, "v").is_err());
        assert!(Vnd::parse(0, "v").is_ok());
        assert!(Vnd::positive(0, "v").is_err());
        assert!(Vnd::parse(MAX_VND + 1, "v").is_err());
        assert!(AreaM2::parse(MAX_AREA_M2 + 1, "a").is_err());
        assert!(AreaM2::parse(MAX_AREA_M2, "a").is_ok());
        assert_eq!(Vnd::positive(1, "v").map(Vnd::get).ok(), Some(1));
    }
}
