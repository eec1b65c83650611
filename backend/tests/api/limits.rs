//! Over-limit requests are refused before they run, with a code.

use serde_json::json;

use crate::helpers::{Backend, Options, app, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_aliases_or_too_large_a_batch_is_refused() {
    let Some(app) = app(Backend::Sqlite).await else {
        return;
    };
    let (token, _) = app.login_as("ops@dongsoc.example").await;

    // Aliases: the test app allows 10.
    let ten: String = (0..10).map(|i| format!("a{i}: me {{ email }} ")).collect();
    app.graphql(Some(&token), &format!("{{ {ten} }}"), json!({}))
        .await
        .ok();
    let eleven: String = (0..11).map(|i| format!("a{i}: me {{ email }} ")).collect();
    let response = app
        .graphql(Some(&token), &format!("{{ {eleven} }}"), json!({}))
        .await;
    assert_eq!(response.code(), Some("VALIDATION"));
    assert!(
        response.0["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("aliases")
    );

    // Batch: the test app allows 3.
    let batch: Vec<_> = (0..3)
        .map(|_| json!({ "query": "{ me { email } }" }))
        .collect();
    let response = app.post_raw(Some(&token), json!(batch)).await;
    assert_eq!(response.as_array().unwrap().len(), 3);
    let batch: Vec<_> = (0..4)
        .map(|_| json!({ "query": "{ me { email } }" }))
        .collect();
    let response = app.post_raw(Some(&token), json!(batch)).await;
    assert_eq!(response["errors"][0]["extensions"]["code"], "VALIDATION");

    // Errors found before execution (here a syntax error) carry a code too.
    let response = app.graphql(Some(&token), "{ me { ", json!({})).await;
    assert_eq!(response.code(), Some("VALIDATION"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_deep_a_query_is_refused() {
    let options = Options {
        max_depth: Some(3),
        ..Options::default()
    };
    let Some(app) = spawn_app(Backend::Sqlite, options).await else {
        return;
    };
    let (token, _) = app.login_as("ops@dongsoc.example").await;
    app.graphql(Some(&token), "{ me { tenant { name } } }", json!({}))
        .await
        .ok();
    let response = app
        .graphql(
            Some(&token),
            "{ me { memberships { tenant { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(response.code(), Some("VALIDATION"));
    assert!(response.data("/me").is_null());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn production_mode_hides_introspection_and_graphiql() {
    let options = Options {
        production: true,
        ..Options::default()
    };
    let Some(app) = spawn_app(Backend::Sqlite, options).await else {
        return;
    };
    let response = app
        .graphql(None, "{ __schema { types { name } } }", json!({}))
        .await;
    assert!(response.data("/__schema").is_null(), "{}", response.0);
    let graphiql = app
        .client
        .get(format!("{}/graphql", app.address))
        .send()
        .await
        .unwrap();
    assert_ne!(graphiql.status(), 200);
    // No demo in production: the demo accounts do not exist.
    assert_eq!(
        app.login("ops@dongsoc.example", "clusterkeep-demo")
            .await
            .code(),
        Some("UNAUTHENTICATED")
    );
}

/// Security review M4: thirty aliased pages of a hundred invoices with their lines once cost
/// one request; a page is priced by its size times what each row loads, so the server refuses
/// such a query before running it, while one such page still runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_are_priced_by_size_and_aliases_count_through_fragments() {
    let Some(app) = app(Backend::Sqlite).await else {
        return;
    };
    let (token, _) = app.login_as("ops@dongsoc.example").await;
    let page = "invoices(first: 100) { nodes { number lines { descriptionVi amount } \
                creditNotes { id } allocations { amount } } }";
    app.graphql(Some(&token), &format!("{{ {page} }}"), json!({}))
        .await
        .ok();
    let many: String = (0..8).map(|i| format!("p{i}: {page} ")).collect();
    let response = app
        .graphql(Some(&token), &format!("{{ {many} }}"), json!({}))
        .await;
    assert_eq!(response.code(), Some("VALIDATION"), "{}", response.0);
    assert!(
        response.0["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("complex"),
        "{}",
        response.0
    );
    assert!(response.0["data"].is_null() || response.data("/p0").is_null());

    // Six aliases in a fragment spread twice are twelve, over the test app's ten.
    let six: String = (0..6).map(|i| format!("a{i}: email ")).collect();
    let response = app
        .graphql(
            Some(&token),
            &format!("{{ x: me {{ ...F }} y: me {{ ...F }} }} fragment F on Viewer {{ {six} }}"),
            json!({}),
        )
        .await;
    assert_eq!(response.code(), Some("VALIDATION"), "{}", response.0);
}
