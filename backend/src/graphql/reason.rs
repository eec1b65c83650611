//! [`crate::error::Reason`] in the schema: what the server says to a person, as a code with
//! parameters the web app renders in its reader's language.

use async_graphql::{Enum, SimpleObject};

use crate::error::{Param, Reason as DomainReason};

/// What the server says to a person, as a stable code with typed parameters, so a client can
/// say it in its reader's language; `message` is the English default.
#[derive(SimpleObject, Clone, Debug)]
pub struct Reason {
    /// The stable code, e.g. `no_cluster_with_name` (the list, with each English template:
    /// `frontend/src/i18n/server-codes.json`).
    pub code: String,
    /// The parameters the sentence names.
    pub params: Vec<ReasonParam>,
    /// The sentence in English.
    pub message: String,
}

/// One parameter of a [`Reason`].
#[derive(SimpleObject, Clone, Debug)]
pub struct ReasonParam {
    /// Its name in the sentence's template, e.g. `plot`.
    pub name: String,
    /// How to write the value.
    pub kind: ReasonParamKind,
    /// Text as is, a number in plain digits, a day as YYYY-MM-DD.
    pub value: String,
}

/// How to write a parameter of a [`Reason`].
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum ReasonParamKind {
    /// Shown as it is (a name, a code).
    Text,
    /// A whole number, written with the reader's digit grouping.
    Number,
    /// A day, written in the reader's date form.
    Date,
}

impl From<&DomainReason> for Reason {
    fn from(reason: &DomainReason) -> Self {
        Self {
            code: reason.code().to_owned(),
            params: reason
                .params()
                .iter()
                .map(|(name, param)| ReasonParam {
                    name: (*name).to_owned(),
                    kind: match param {
                        Param::Text(_) => ReasonParamKind::Text,
                        Param::Number(_) => ReasonParamKind::Number,
                        Param::Date(_) => ReasonParamKind::Date,
                    },
                    value: param.value(),
                })
                .collect(),
            message: reason.english(),
        }
    }
}
