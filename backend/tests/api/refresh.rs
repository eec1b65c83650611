use serde_json::json;

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const REFRESH: &str =
    "mutation($t: String) { refresh(refreshToken: $t) { accessToken refreshToken } }";

async fn refresh(app: &TestApp, token: &str) -> crate::helpers::Gql {
    app.graphql(None, REFRESH, json!({ "t": token })).await
}

on_both_databases!(
    refreshing_rotates_the_token_and_reuse_revokes_the_whole_family,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (_, first) = app.login_as("ops@dongsoc.example").await;
        let second = refresh(&app, &first).await.ok();
        let second = second
            .data("/refresh/refreshToken")
            .as_str()
            .unwrap()
            .to_owned();
        assert_ne!(first, second);
        // The new access token works.
        let third = refresh(&app, &second).await.ok();
        let third = third
            .data("/refresh/refreshToken")
            .as_str()
            .unwrap()
            .to_owned();
        // Replaying a rotated token is theft: refused, and every token of the family dies.
        assert_eq!(refresh(&app, &first).await.code(), Some("UNAUTHENTICATED"));
        assert_eq!(refresh(&app, &third).await.code(), Some("UNAUTHENTICATED"));
        // A separate sign-in (another family) is unaffected.
        let (_, other) = app.login_as("ops@dongsoc.example").await;
        refresh(&app, &other).await.ok();
    }
);

on_both_databases!(
    logout_revokes_the_refresh_token,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (_, token) = app.login_as("ops@yenlac.example").await;
        app.graphql(
            None,
            "mutation($t: String) { logout(refreshToken: $t) }",
            json!({ "t": token }),
        )
        .await
        .ok();
        assert_eq!(refresh(&app, &token).await.code(), Some("UNAUTHENTICATED"));
    }
);

on_both_databases!(
    the_web_app_refreshes_with_an_httponly_strict_cookie,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .json(&json!({
            "query": "mutation { login(email: \"ops@dongsoc.example\", password: \"clusterkeep-demo\") { accessToken } }"
        }))
        .send()
        .await
        .unwrap();
        let cookie = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with("ck_refresh="))
            .expect("refresh cookie");
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Strict"), "{cookie}");
        assert!(cookie.contains("Path=/graphql"), "{cookie}");
        // The client's cookie jar sends it back: refresh with no argument works.
        let refreshed = app
            .graphql(
                None,
                "mutation { refresh { accessToken viewer { email } } }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(
            refreshed.data("/refresh/viewer/email"),
            "ops@dongsoc.example"
        );
        // Logout clears it; a cookie-less refresh is then refused.
        app.graphql(None, "mutation { logout }", json!({}))
            .await
            .ok();
        let after = app
            .graphql(None, "mutation { refresh { accessToken } }", json!({}))
            .await;
        assert_eq!(after.code(), Some("UNAUTHENTICATED"));
    }
);
