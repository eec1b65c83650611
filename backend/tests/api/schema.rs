//! The checked-in SDL (what the frontend's types are generated from) must match the server.
//! Refresh it with `cargo run -p clusterkeep -- schema > backend/schema.graphql`.

#[test]
fn the_checked_in_schema_matches_the_server() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql");
    let current = clusterkeep::graphql::sdl();
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    if std::env::var("UPDATE_SCHEMA").as_deref() == Ok("1") {
        std::fs::write(path, &current).unwrap();
        return;
    }
    assert!(
        checked_in == current,
        "backend/schema.graphql is stale: run `UPDATE_SCHEMA=1 cargo nextest run -p clusterkeep schema` \
         (or `cargo run -p clusterkeep -- schema > backend/schema.graphql`), then `npm run codegen` in frontend/"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_bodies_keep_their_shape() {
    use crate::helpers::{Backend, app};
    use serde_json::json;
    let Some(app) = app(Backend::Sqlite).await else {
        return;
    };
    let unauthenticated = app.graphql(None, "{ me { email } }", json!({})).await;
    insta::assert_json_snapshot!("unauthenticated_me", unauthenticated.0);
    let (token, _) = app.login_as("ops@dongsoc.example").await;
    let invalid = app
        .graphql(
            Some(&token),
            "mutation { inviteUser(input: { email: \"not-an-email\", role: ENTERPRISE }) { id } }",
            json!({}),
        )
        .await;
    insta::assert_json_snapshot!("validation_invite", invalid.0);
}

/// Every type and every field of the schema has a description: it is the API's documentation,
/// which GraphiQL shows and other tools read.
#[test]
fn every_type_and_field_has_a_description() {
    use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};
    let document = async_graphql::parser::parse_schema(clusterkeep::graphql::sdl()).unwrap();
    let mut missing = Vec::new();
    for definition in document.definitions {
        let TypeSystemDefinition::Type(ty) = definition else {
            continue;
        };
        let ty = ty.node;
        let name = ty.name.node.to_string();
        if ty.description.is_none() {
            missing.push(name.clone());
        }
        let fields: Vec<(String, bool)> = match ty.kind {
            TypeKind::Object(object) => object
                .fields
                .into_iter()
                .map(|f| (f.node.name.node.to_string(), f.node.description.is_some()))
                .collect(),
            TypeKind::Interface(interface) => interface
                .fields
                .into_iter()
                .map(|f| (f.node.name.node.to_string(), f.node.description.is_some()))
                .collect(),
            TypeKind::InputObject(input) => input
                .fields
                .into_iter()
                .map(|f| (f.node.name.node.to_string(), f.node.description.is_some()))
                .collect(),
            _ => Vec::new(),
        };
        for (field, described) in fields {
            if !described {
                missing.push(format!("{name}.{field}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} types and fields have no description (write a doc comment): {}",
        missing.len(),
        missing.join(", ")
    );
}
