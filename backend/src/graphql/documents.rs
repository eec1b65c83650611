//! Parsed GraphQL documents, kept by their text.
//!
//! The web app and API clients send the same few query texts over and over; parsing one costs
//! more than a point lookup's database work (issue 16 counted 161 k instructions of 919 k for
//! `node(id)`). Each distinct text that parses is kept here, so a repeated request is handed
//! its document instead of parsing it again. Everything else about the request (variables,
//! validation, limits) is checked as before. The cache is bounded: texts beyond its capacity
//! evict the least used, so a client sending endless distinct queries only costs itself parses.

use std::sync::LazyLock;

use async_graphql::parser::types::ExecutableDocument;

/// How many distinct documents are kept. The web app has about two hundred operations.
const CAPACITY: usize = 1024;

/// Documents longer than this are parsed every time (one-off exports, attacks): keys stay small.
const MAX_KEPT_LEN: usize = 16 * 1024;

static DOCUMENTS: LazyLock<quick_cache::sync::Cache<String, ExecutableDocument>> =
    LazyLock::new(|| quick_cache::sync::Cache::new(CAPACITY));

/// Gives `request` its parsed document from the cache, or parses it and keeps it when it
/// parses. Returns the parse error otherwise, as `Request::parsed_query` does.
pub fn parse(
    request: &mut async_graphql::Request,
) -> Result<&ExecutableDocument, async_graphql::ServerError> {
    if request.query.len() <= MAX_KEPT_LEN {
        if let Some(document) = DOCUMENTS.get(request.query.as_str()) {
            request.set_parsed_query(document);
        } else {
            let document = request.parsed_query()?.clone();
            DOCUMENTS.insert(request.query.clone(), document);
        }
    }
    request.parsed_query()
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn a_repeated_text_gets_the_same_document_and_a_bad_one_its_error() {
        let text = "query Probe { me { id } }";
        let first = format!(
            "{:?}",
            parse(&mut async_graphql::Request::new(text)).unwrap()
        );
        let again = format!(
            "{:?}",
            parse(&mut async_graphql::Request::new(text)).unwrap()
        );
        assert_eq!(first, again);
        assert!(first.contains("Probe"));
        let mut broken = async_graphql::Request::new("query { me { ");
        assert!(parse(&mut broken).is_err());
        assert!(
            parse(&mut broken).is_err(),
            "an error is not cached as a document"
        );
    }
}
