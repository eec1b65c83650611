//! Limits on what one HTTP request may ask for. Depth and complexity are enforced by the schema
//! (a list's complexity is its page size times its items', see `connection.rs`); aliases and
//! batch size are checked here, before execution.

use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, Field, Selection, SelectionSet,
};

pub use crate::config::GraphqlLimits as Limits;

/// What a field that loads rows of its own (an invoice's lines, a lease's audit trail) costs
/// against the complexity limit, on top of what it selects: it is a round trip per parent, so
/// a page of 100 invoices asking for their lines costs more than 1,000 and is refused.
pub const ROW_QUERY: usize = 10;

/// Counts aliased fields as the document would run them: a fragment counts again each time it
/// is spread (20 aliases in a fragment spread 10 times are 200 aliased fields, not 20). A
/// fragment that spreads itself counts once; validation refuses it anyway.
pub fn count_aliases(document: &ExecutableDocument) -> usize {
    count_fields(document, &|field| field.alias.is_some())
}

/// Counts the fields called `name` (under any alias) as the document would run them, in every
/// operation and each time a fragment is spread.
pub fn count_fields_named(document: &ExecutableDocument, name: &str) -> usize {
    count_fields(document, &|field| field.name.node.as_str() == name)
}

fn count_fields(document: &ExecutableDocument, counts: &dyn Fn(&Field) -> bool) -> usize {
    let mut stack = Vec::new();
    match &document.operations {
        DocumentOperations::Single(op) => {
            count_in(document, &op.node.selection_set.node, counts, &mut stack)
        }
        DocumentOperations::Multiple(ops) => ops
            .values()
            .map(|op| count_in(document, &op.node.selection_set.node, counts, &mut stack))
            .fold(0usize, usize::saturating_add),
    }
}

fn count_in<'a>(
    document: &'a ExecutableDocument,
    set: &'a SelectionSet,
    counts: &dyn Fn(&Field) -> bool,
    stack: &mut Vec<&'a str>,
) -> usize {
    let mut total = 0usize;
    for item in &set.items {
        let here = match &item.node {
            Selection::Field(field) => usize::from(counts(&field.node)).saturating_add(count_in(
                document,
                &field.node.selection_set.node,
                counts,
                stack,
            )),
            Selection::InlineFragment(fragment) => {
                count_in(document, &fragment.node.selection_set.node, counts, stack)
            }
            Selection::FragmentSpread(spread) => {
                let name = spread.node.fragment_name.node.as_str();
                match document.fragments.get(&spread.node.fragment_name.node) {
                    Some(fragment) if !stack.contains(&name) => {
                        stack.push(name);
                        let inner =
                            count_in(document, &fragment.node.selection_set.node, counts, stack);
                        stack.pop();
                        inner
                    }
                    _ => 0,
                }
            }
        };
        total = total.saturating_add(here);
    }
    total
}

#[cfg(test)]
mod tests {
    use super::{count_aliases, count_fields_named};

    #[test]
    fn logins_are_counted_under_aliases_in_fragments_and_every_operation() {
        let doc = async_graphql::parser::parse_query(
            "mutation A { a: login(email: \"x\", password: \"y\") { expiresIn } ...F ...F } \
             mutation B { login(email: \"x\", password: \"y\") { expiresIn } } \
             fragment F on Mutation { b: login(email: \"x\", password: \"z\") { expiresIn } }",
        )
        .unwrap();
        assert_eq!(count_fields_named(&doc, "login"), 4);
        assert_eq!(count_fields_named(&doc, "logout"), 0);
    }

    #[test]
    fn aliases_are_counted_in_fields_inline_fragments_and_fragments() {
        let doc = async_graphql::parser::parse_query(
            "query { a: me { email } b: me { x: email ... on Viewer { y: email } } ...F } fragment F on Query { z: me { email } }",
        )
        .unwrap();
        assert_eq!(count_aliases(&doc), 5);
    }

    #[test]
    fn a_fragment_counts_each_time_it_is_spread() {
        let doc = async_graphql::parser::parse_query(
            "{ r0: me { ...F } r1: me { ...F } r2: me { ...F } } fragment F on Viewer { a: email b: email }",
        )
        .unwrap();
        assert_eq!(count_aliases(&doc), 3 + 3 * 2);
        let cycle = async_graphql::parser::parse_query(
            "{ me { ...F } } fragment F on Viewer { a: email ...F }",
        )
        .unwrap();
        assert_eq!(count_aliases(&cycle), 1);
    }
}
