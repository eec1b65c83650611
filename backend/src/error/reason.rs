//! What the server says to a person, as a stable code with parameters.
//!
//! A field problem, a conflict, a row of an imported file or a billing run warning is a
//! [`Reason`]: a code such as `amount_negative`, typed parameters, and a default English
//! sentence. The web app renders the code in its reader's language (with dates and numbers in
//! that language's form); other clients may show the English sentence. Every reason is written
//! with [`reason!`](crate::error::reason), so its code and English template sit at the place
//! that says it, and a test collects them all into `frontend/src/i18n/server-codes.json`, the
//! list the translations are checked against.

use std::fmt;

use chrono::NaiveDate;
use serde_json::{Value, json};

/// One parameter of a reason, typed so each language can write it its own way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Param {
    /// Text shown as it is: a name, a code, a tax code.
    Text(String),
    /// A count, a limit or an amount (written with the reader's digit grouping).
    Number(i64),
    /// A day (dd/mm/yyyy in Vietnamese, ISO in the English default).
    Date(NaiveDate),
}

impl Param {
    /// The kind's name on the wire: TEXT, NUMBER or DATE.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Text(_) => "TEXT",
            Self::Number(_) => "NUMBER",
            Self::Date(_) => "DATE",
        }
    }

    /// The plain value: text as is, a number in digits, a day in ISO form.
    pub fn value(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Number(n) => write!(f, "{n}"),
            Self::Date(day) => write!(f, "{}", day.format("%Y-%m-%d")),
        }
    }
}

/// A value that can be a parameter of a reason.
pub trait ToParam {
    fn to_param(&self) -> Param;
}

impl<T: ToParam + ?Sized> ToParam for &T {
    fn to_param(&self) -> Param {
        (**self).to_param()
    }
}

impl ToParam for str {
    fn to_param(&self) -> Param {
        Param::Text(self.to_owned())
    }
}

impl ToParam for String {
    fn to_param(&self) -> Param {
        Param::Text(self.clone())
    }
}

impl ToParam for NaiveDate {
    fn to_param(&self) -> Param {
        Param::Date(*self)
    }
}

macro_rules! number_params {
    ($($t:ty),*) => {$(
        impl ToParam for $t {
            fn to_param(&self) -> Param {
                Param::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_params!(i32, i64, u32, u64, usize, u8, u16, i16);

/// A sentence for a person: a stable code, its parameters and the English default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    code: &'static str,
    template: &'static str,
    params: Vec<(&'static str, Param)>,
}

impl Reason {
    /// Use [`reason!`](crate::error::reason) instead: it keeps code and template literal, so the
    /// test that lists every reason can find them.
    #[doc(hidden)]
    pub fn new(
        code: &'static str,
        template: &'static str,
        params: Vec<(&'static str, Param)>,
    ) -> Self {
        Self {
            code,
            template,
            params,
        }
    }

    /// The stable code, e.g. `amount_negative`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The parameters by name.
    pub fn params(&self) -> &[(&'static str, Param)] {
        &self.params
    }

    /// The English sentence: the template with each `{name}` replaced by its parameter.
    pub fn english(&self) -> String {
        let mut out = String::with_capacity(self.template.len() + 16);
        let mut rest = self.template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match self.params.iter().find(|(n, _)| *n == name) {
                        Some((_, param)) => out.push_str(&param.to_string()),
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The reason as the API sends it in error extensions:
    /// `{ "code": …, "params": [{ "name", "kind", "value" }] }`.
    pub fn to_json(&self) -> Value {
        json!({
            "code": self.code,
            "params": self
                .params
                .iter()
                .map(|(name, param)| json!({ "name": name, "kind": param.kind(), "value": param.value() }))
                .collect::<Vec<_>>(),
        })
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

/// `reason!("code", "English with {name}", name = value, …)`: a [`Reason`]. The code and the
/// template must be string literals; each `{name}` in the template needs a parameter of that
/// name (the reasons test checks both, and that the web app translates the code).
macro_rules! reason {
    ($code:literal, $english:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::error::Reason::new(
            $code,
            $english,
            vec![$((stringify!($name), $crate::error::ToParam::to_param(&$value))),*],
        )
    };
}
pub(crate) use reason;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_default_fills_each_parameter() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        let r = reason!(
            "plot_leased",
            "plot {plot} is leased until {until} ({count} leases)",
            plot = "CN-002",
            until = day,
            count = 2usize
        );
        assert_eq!(r.code(), "plot_leased");
        assert_eq!(
            r.english(),
            "plot CN-002 is leased until 2026-01-31 (2 leases)"
        );
        assert_eq!(
            r.to_json(),
            json!({"code": "plot_leased", "params": [
                {"name": "plot", "kind": "TEXT", "value": "CN-002"},
                {"name": "until", "kind": "DATE", "value": "2026-01-31"},
                {"name": "count", "kind": "NUMBER", "value": "2"},
            ]})
        );
        let odd = reason!("odd", "a {missing} brace { left open");
        assert_eq!(odd.english(), "a {missing} brace { left open");
    }
}
