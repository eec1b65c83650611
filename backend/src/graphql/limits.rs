//! Limits on what one HTTP request may ask for. Depth and complexity are enforced by the schema
//! (a list's complexity is its page size times its items', see `connection.rs`); aliases and
//! batch size are checked here, before execution.

use async_graphql::Value as ConstValue;
use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, Field, Selection, SelectionSet,
};

use crate::values::is_forbidden_control;

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

/// The first place a request carries a control character no document may hold (see
/// [`is_forbidden_control`]), as a field path: a variable's (`csv`, `i.name`) or a literal
/// argument's (`input.name`). Every text that could reach an e-invoice XML, a PDF or an email
/// is refused at the door with one rule, whatever field it is for. `None` when the request is
/// clean or does not parse (the schema reports the syntax error).
pub fn control_character(request: &mut async_graphql::Request) -> Option<String> {
    if let Some(path) = request
        .variables
        .iter()
        .find_map(|(name, value)| control_path(value, name.to_string()))
    {
        return Some(path);
    }
    let document = request.parsed_query().ok()?;
    for (_, operation) in document.operations.iter() {
        let operation = &operation.node;
        for variable in &operation.variable_definitions {
            if let Some(default) = &variable.node.default_value
                && let Some(path) = control_path(&default.node, variable.node.name.node.to_string())
            {
                return Some(path);
            }
        }
        if let Some(path) = set_control_path(&operation.selection_set.node) {
            return Some(path);
        }
    }
    document
        .fragments
        .values()
        .find_map(|fragment| set_control_path(&fragment.node.selection_set.node))
}

fn set_control_path(set: &SelectionSet) -> Option<String> {
    set.items.iter().find_map(|item| match &item.node {
        Selection::Field(field) => {
            let field = &field.node;
            field
                .arguments
                .iter()
                .chain(
                    field
                        .directives
                        .iter()
                        .flat_map(|d| d.node.arguments.iter()),
                )
                .find_map(|(name, value)| {
                    // Variables are checked on their own; a literal is checked as written.
                    let literal = value
                        .node
                        .clone()
                        .into_const_with(|_| Ok::<_, std::convert::Infallible>(ConstValue::Null));
                    literal
                        .ok()
                        .and_then(|v| control_path(&v, name.node.to_string()))
                })
                .or_else(|| set_control_path(&field.selection_set.node))
        }
        Selection::InlineFragment(fragment) => set_control_path(&fragment.node.selection_set.node),
        Selection::FragmentSpread(_) => None,
    })
}

fn control_path(value: &ConstValue, path: String) -> Option<String> {
    match value {
        ConstValue::String(text) => text.chars().any(is_forbidden_control).then_some(path),
        ConstValue::List(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| control_path(item, format!("{path}.{i}"))),
        ConstValue::Object(fields) => fields
            .iter()
            .find_map(|(name, item)| control_path(item, format!("{path}.{name}"))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{control_character, count_aliases, count_fields_named};

    #[test]
    fn a_control_character_is_found_in_variables_literals_and_fragments() {
        let request = |query: &str, variables: serde_json::Value| {
            let mut request = async_graphql::Request::new(query)
                .variables(async_graphql::Variables::from_json(variables));
            control_character(&mut request)
        };
        let clean = "mutation($i: X) { createFirm(input: $i) { firm { id } } }";
        assert_eq!(
            request(
                clean,
                serde_json::json!({ "i": { "name": "Công ty\tA\nB\r" } })
            ),
            None
        );
        assert_eq!(
            request(
                clean,
                serde_json::json!({ "i": { "tags": ["a", "b\u{1}"] } })
            ),
            Some("i.tags.1".into())
        );
        assert_eq!(
            request(
                r#"mutation { createFirm(input: { name: "A\u0007" }) { firm { id } } }"#,
                serde_json::json!({})
            ),
            Some("input.name".into())
        );
        assert_eq!(
            request(
                r#"{ ...F } fragment F on Query { firms(search: "x\b") { totalCount } }"#,
                serde_json::json!({})
            ),
            Some("search".into())
        );
        assert_eq!(
            request("{ me { email } }", serde_json::json!({ "x": "\u{85}" })),
            Some("x".into())
        );
    }

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
