//! A search term from a list filter, taken literally.

use sea_orm::ColumnTrait;
use sea_orm::sea_query::{Expr, LikeExpr};

use crate::error::{AppError, AppResult, reason};

/// What a user typed into a list's search box: trimmed, at most [`Search::MAX_CHARS`]
/// characters, and matched as written (`%` and `_` are not wildcards; a 50,000-character
/// term once reached the database and came back INTERNAL).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Search(String);

impl Search {
    pub const MAX_CHARS: usize = 200;

    /// `None` for no or a blank term; VALIDATION on `search` for a term that is too long.
    pub fn parse(raw: Option<String>) -> AppResult<Option<Self>> {
        let Some(term) = raw.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()) else {
            return Ok(None);
        };
        if term.chars().count() > Self::MAX_CHARS {
            return Err(AppError::invalid(
                "search",
                reason!(
                    "search_too_long",
                    "search for at most {max} characters",
                    max = Self::MAX_CHARS
                ),
            ));
        }
        Ok(Some(Self(term)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True where `column` contains the term, every character taken literally.
    pub fn within(&self, column: impl ColumnTrait) -> Expr {
        let mut pattern = String::with_capacity(self.0.len() + 2);
        pattern.push('%');
        for c in self.0.chars() {
            if matches!(c, '%' | '_' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push('%');
        column.like(LikeExpr::new(pattern).escape('\\'))
    }
}

#[cfg(test)]
mod tests {
    use super::Search;

    #[test]
    fn a_term_is_trimmed_bounded_and_blank_means_none() {
        assert_eq!(Search::parse(None).unwrap(), None);
        assert_eq!(Search::parse(Some("  ".into())).unwrap(), None);
        assert_eq!(
            Search::parse(Some(" Đồng ".into()))
                .unwrap()
                .unwrap()
                .as_str(),
            "Đồng"
        );
        assert!(Search::parse(Some("ồ".repeat(200))).is_ok());
        assert!(Search::parse(Some("ồ".repeat(201))).is_err());
    }
}
