//! Limits on what one HTTP request may ask for. Depth and complexity are enforced by the schema;
//! aliases and batch size are checked here, before execution.

use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, Selection, SelectionSet,
};

pub use crate::config::GraphqlLimits as Limits;

/// Counts aliased fields across every operation and fragment of a document.
pub fn count_aliases(document: &ExecutableDocument) -> usize {
    let operations = match &document.operations {
        DocumentOperations::Single(op) => count_in(&op.node.selection_set.node),
        DocumentOperations::Multiple(ops) => ops
            .values()
            .map(|op| count_in(&op.node.selection_set.node))
            .sum(),
    };
    let fragments: usize = document
        .fragments
        .values()
        .map(|fragment| count_in(&fragment.node.selection_set.node))
        .sum();
    operations + fragments
}

fn count_in(set: &SelectionSet) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(field) => {
                usize::from(field.node.alias.is_some()) + count_in(&field.node.selection_set.node)
            }
            Selection::InlineFragment(fragment) => count_in(&fragment.node.selection_set.node),
            Selection::FragmentSpread(_) => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::count_aliases;

    #[test]
    fn aliases_are_counted_in_fields_inline_fragments_and_fragments() {
        let doc = async_graphql::parser::parse_query(
            "query { a: me { email } b: me { x: email ... on Viewer { y: email } } ...F } fragment F on Query { z: me { email } }",
        )
        .unwrap();
        assert_eq!(count_aliases(&doc), 5);
    }
}
