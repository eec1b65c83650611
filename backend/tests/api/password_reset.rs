use serde_json::json;

use crate::helpers::{Backend, DEMO_PASSWORD, app};
use crate::on_both_databases;

const NEW_PASSWORD: &str = "Một-mật-khẩu-mới-an-toàn-77";

on_both_databases!(
    a_reset_link_sets_a_new_password_once_and_ends_every_session,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (_, refresh) = app.login_as("ops@yenlac.example").await;
        app.graphql(
            None,
            "mutation { requestPasswordReset(email: \"OPS@yenlac.example\") }",
            json!({}),
        )
        .await
        .ok();
        let token = app
            .latest_link_token("ops@yenlac.example", "/reset-password")
            .await;
        let reset = "mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }";
        app.graphql(None, reset, json!({ "t": token, "p": NEW_PASSWORD }))
            .await
            .ok();
        assert_eq!(
            app.login("ops@yenlac.example", DEMO_PASSWORD).await.code(),
            Some("UNAUTHENTICATED")
        );
        app.login("ops@yenlac.example", NEW_PASSWORD).await.ok();
        let old_session = app
            .graphql(
                None,
                "mutation($t: String) { refresh(refreshToken: $t) { accessToken } }",
                json!({ "t": refresh }),
            )
            .await;
        assert_eq!(old_session.code(), Some("UNAUTHENTICATED"));
        let reused = app
            .graphql(None, reset, json!({ "t": token, "p": NEW_PASSWORD }))
            .await;
        assert_eq!(reused.code(), Some("NOT_FOUND"));
    }
);

on_both_databases!(
    asking_a_reset_for_an_unknown_address_looks_the_same_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let before = app.snapshot().await;
        let response = app
            .graphql(
                None,
                "mutation { requestPasswordReset(email: \"nobody@nowhere.example\") }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(response.data("/requestPasswordReset"), true);
        assert_eq!(app.snapshot().await, before);
    }
);
