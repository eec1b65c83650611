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
