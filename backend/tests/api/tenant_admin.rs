//! The platform admin corrects and suspends operator tenants (issue 15): a suspended tenant's
//! users cannot sign in, their sessions end at once, and every row it owns is kept.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const TENANTS: &str =
    "{ tenants(first: 20) { nodes { id name kind province suspendedAt suspensionReason } } }";

async fn tenant_named(app: &TestApp, platform: &str, starts: &str) -> Value {
    let list = app.graphql(Some(platform), TENANTS, json!({})).await.ok();
    list.data("/tenants/nodes")
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"].as_str().unwrap().starts_with(starts))
        .cloned()
        .unwrap_or_else(|| panic!("no tenant named {starts}"))
}

async fn sign_in_code(app: &TestApp, email: &str) -> Option<String> {
    app.login(email, "clusterkeep-demo")
        .await
        .code()
        .map(str::to_owned)
}

const SUSPEND: &str = "mutation($id: ID!, $r: String!) { suspendTenant(id: $id, reason: $r) { suspendedAt suspensionReason } }";
const REACTIVATE: &str = "mutation($id: ID!) { reactivateTenant(id: $id) { suspendedAt } }";
const ME: &str = "{ me { email } }";
const REFRESH: &str = "mutation($t: String) { refresh(refreshToken: $t) { accessToken } }";

on_both_databases!(
    a_suspended_operator_cannot_sign_in_its_sessions_end_and_its_data_stays,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (platform, _) = app.login_as("admin@platform.example").await;
        let (yen_lac_access, yen_lac_refresh) = app.login_as("ops@yenlac.example").await;
        let (dong_soc, _) = app.login_as("ops@dongsoc.example").await;
        let yen_lac = tenant_named(&app, &platform, "Công ty TNHH Hạ tầng các CCN Yên Lạc").await;
        let id = yen_lac["id"].as_str().unwrap().to_owned();
        let plots_before = app.count_rows("plots").await;
        let audit_before = app.count_rows("audit_entries").await;

        let suspended = app
            .graphql(
                Some(&platform),
                SUSPEND,
                json!({ "id": id, "r": "  Chưa thanh toán phí dịch vụ  " }),
            )
            .await
            .ok();
        assert!(suspended.data("/suspendTenant/suspendedAt").is_string());
        assert_eq!(
            suspended.data("/suspendTenant/suspensionReason"),
            "Chưa thanh toán phí dịch vụ"
        );

        // Signing in, refreshing and the access token already held are all refused.
        assert_eq!(
            sign_in_code(&app, "ops@yenlac.example").await.as_deref(),
            Some("FORBIDDEN")
        );
        let refreshed = app
            .graphql(None, REFRESH, json!({ "t": yen_lac_refresh }))
            .await;
        assert_eq!(refreshed.code(), Some("UNAUTHENTICATED"));
        let me = app.graphql(Some(&yen_lac_access), ME, json!({})).await;
        assert_eq!(me.code(), Some("UNAUTHENTICATED"));
        // Another operator is untouched, and so is the suspended tenant's data.
        app.graphql(Some(&dong_soc), ME, json!({})).await.ok();
        assert_eq!(sign_in_code(&app, "ops@dongsoc.example").await, None);
        assert_eq!(app.count_rows("plots").await, plots_before);
        // Suspending again changes nothing: the first reason stays, no second audit entry.
        let again = app
            .graphql(Some(&platform), SUSPEND, json!({ "id": id, "r": "khác" }))
            .await
            .ok();
        assert_eq!(
            again.data("/suspendTenant/suspensionReason"),
            "Chưa thanh toán phí dịch vụ"
        );
        assert_eq!(app.count_rows("audit_entries").await, audit_before + 1);

        let lifted = app
            .graphql(Some(&platform), REACTIVATE, json!({ "id": id }))
            .await
            .ok();
        assert_eq!(lifted.data("/reactivateTenant/suspendedAt"), &Value::Null);
        assert_eq!(sign_in_code(&app, "ops@yenlac.example").await, None);
        assert_eq!(app.count_rows("audit_entries").await, audit_before + 2);
    }
);

on_both_databases!(
    the_platform_admin_corrects_an_operators_name_and_province,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (platform, _) = app.login_as("admin@platform.example").await;
        let yen_lac = tenant_named(&app, &platform, "Công ty TNHH Hạ tầng các CCN Yên Lạc").await;
        let updated = app
            .graphql(
                Some(&platform),
                "mutation($id: ID!) { updateTenant(id: $id, input: { name: \" Công ty TNHH CCN Yên Lạc \", province: \"Phú Thọ\" }) { name province } }",
                json!({ "id": yen_lac["id"] }),
            )
            .await
            .ok();
        assert_eq!(
            updated.data("/updateTenant/name"),
            "Công ty TNHH CCN Yên Lạc"
        );
        let reread = tenant_named(&app, &platform, "Công ty TNHH CCN Yên Lạc").await;
        assert_eq!(reread["province"], "Phú Thọ");
        // The operator sees its new name too.
        let (ops, _) = app.login_as("ops@yenlac.example").await;
        let own = app
            .graphql(
                Some(&ops),
                "{ me { memberships { tenant { name } } } }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(
            own.data("/me/memberships/0/tenant/name"),
            "Công ty TNHH CCN Yên Lạc"
        );
    }
);

on_both_databases!(
    refused_tenant_changes_write_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (platform, _) = app.login_as("admin@platform.example").await;
        let (operator, _) = app.login_as("ops@dongsoc.example").await;
        let yen_lac = tenant_named(&app, &platform, "Công ty TNHH Hạ tầng các CCN Yên Lạc").await;
        // The authority is not in the operators' list: its id comes from its own member.
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        let authority = app
            .graphql(
                Some(&viewer),
                "{ me { memberships { tenant { id } } } }",
                json!({}),
            )
            .await
            .ok()
            .data("/me/memberships/0/tenant")
            .clone();
        let id = yen_lac["id"].as_str().unwrap();
        let before = app.snapshot().await;
        let update = "mutation($id: ID!, $n: String!) { updateTenant(id: $id, input: { name: $n, province: \"Phú Thọ\" }) { id } }";
        for (token, query, variables, code, path) in [
            (
                &platform,
                SUSPEND,
                json!({ "id": id, "r": "   " }),
                "VALIDATION",
                Some("reason"),
            ),
            (
                &platform,
                update,
                json!({ "id": id, "n": "" }),
                "VALIDATION",
                Some("input.name"),
            ),
            (
                &platform,
                update,
                json!({ "id": "garbage", "n": "X" }),
                "VALIDATION",
                Some("id"),
            ),
            (
                &platform,
                SUSPEND,
                json!({ "id": authority["id"], "r": "x" }),
                "NOT_FOUND",
                None,
            ),
            (
                &operator,
                SUSPEND,
                json!({ "id": id, "r": "x" }),
                "FORBIDDEN",
                None,
            ),
            (
                &operator,
                update,
                json!({ "id": id, "n": "X" }),
                "FORBIDDEN",
                None,
            ),
            (
                &operator,
                REACTIVATE,
                json!({ "id": id }),
                "FORBIDDEN",
                None,
            ),
        ] {
            let answer = app.graphql(Some(token), query, variables.clone()).await;
            assert_eq!(answer.code(), Some(code), "{query} {variables}");
            if let Some(path) = path {
                assert_eq!(answer.field_paths(), vec![path.to_owned()], "{query}");
            }
        }
        assert_eq!(app.snapshot().await, before);
        let unchanged = tenant_named(&app, &platform, "Công ty TNHH Hạ tầng các CCN Yên Lạc").await;
        assert_eq!(unchanged, yen_lac);
        assert_eq!(sign_in_code(&app, "ops@yenlac.example").await, None);
    }
);
