use serde_json::json;

use crate::helpers::{Backend, DEMO_PASSWORD, app};
use crate::on_both_databases;

on_both_databases!(
    each_demo_role_signs_in_and_me_shows_its_role_and_tenant,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        for (email, role, tenant) in [
            ("admin@platform.example", "PLATFORM_ADMIN", None),
            ("ops@dongsoc.example", "OPERATOR_ADMIN", Some("Đồng Sóc")),
            ("ops@yenlac.example", "OPERATOR_ADMIN", Some("Yên Lạc")),
            ("accounting@kcc.example", "ENTERPRISE", Some("Đồng Sóc")),
            (
                "viewer@sct.example",
                "AUTHORITY_VIEWER",
                Some("Sở Công Thương"),
            ),
        ] {
            let (token, _) = app.login_as(email).await;
            let me = app
                .graphql(
                    Some(&token),
                    "{ me { email role tenant { id name } } }",
                    json!({}),
                )
                .await
                .ok();
            assert_eq!(me.data("/me/email"), email);
            assert_eq!(me.data("/me/role"), role);
            match tenant {
                Some(fragment) => assert!(
                    me.data("/me/tenant/name")
                        .as_str()
                        .unwrap()
                        .contains(fragment)
                ),
                None => assert!(me.data("/me/tenant").is_null()),
            }
        }
    }
);

on_both_databases!(
    a_wrong_password_is_unauthenticated_and_issues_no_token,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let before = app.snapshot().await;
        let response = app.login("ops@dongsoc.example", "not-the-password").await;
        assert_eq!(response.code(), Some("UNAUTHENTICATED"));
        assert!(response.data("/login").is_null());
        assert_eq!(app.snapshot().await, before);
    }
);

on_both_databases!(
    me_without_a_token_is_unauthenticated,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let response = app.graphql(None, "{ me { email } }", json!({})).await;
        assert_eq!(response.code(), Some("UNAUTHENTICATED"));
    }
);

on_both_databases!(
    five_failures_lock_an_account_for_every_attempt_and_unknown_accounts_alike,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        for email in ["ops@yenlac.example", "nobody@nowhere.example"] {
            for _ in 0..5 {
                assert_eq!(
                    app.login(email, "wrong-password-1").await.code(),
                    Some("UNAUTHENTICATED")
                );
            }
            // The sixth attempt is refused even with the right password, and an unknown account
            // answers exactly the same, so the answer reveals nothing.
            assert_eq!(
                app.login(email, DEMO_PASSWORD).await.code(),
                Some("RATE_LIMITED")
            );
        }
        // Other accounts are unaffected.
        app.login("ops@dongsoc.example", DEMO_PASSWORD).await.ok();
    }
);

on_both_databases!(
    a_user_switches_between_memberships,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        // Invite the Đồng Sóc admin to Yên Lạc as staff, so they hold two memberships.
        let (yenlac, _) = app.login_as("ops@yenlac.example").await;
        app.graphql(
        Some(&yenlac),
        "mutation { inviteUser(input: { email: \"ops@dongsoc.example\", role: OPERATOR_STAFF }) { id } }",
        json!({}),
    )
    .await
    .ok();
        let preview_token = app
            .latest_link_token("ops@dongsoc.example", "/invite")
            .await;
        app.graphql(
        None,
        "mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { viewer { role } } }",
        json!({ "t": preview_token, "p": DEMO_PASSWORD }),
    )
    .await
    .ok();
        let (access, _) = app.login_as("ops@dongsoc.example").await;
        let me = app
            .graphql(
                Some(&access),
                "{ me { role memberships { id role tenant { name } } } }",
                json!({}),
            )
            .await
            .ok();
        let memberships = me.data("/me/memberships").as_array().unwrap().clone();
        assert_eq!(memberships.len(), 2);
        let staff = memberships
            .iter()
            .find(|m| m["role"] == "OPERATOR_STAFF")
            .unwrap();
        let switched = app
        .graphql(
            Some(&access),
            "mutation($m: ID!) { switchMembership(membershipId: $m) { accessToken viewer { role tenant { name } } } }",
            json!({ "m": staff["id"] }),
        )
        .await
        .ok();
        assert_eq!(
            switched.data("/switchMembership/viewer/role"),
            "OPERATOR_STAFF"
        );
        assert!(
            switched
                .data("/switchMembership/viewer/tenant/name")
                .as_str()
                .unwrap()
                .contains("Yên Lạc")
        );
        // Somebody else's membership is NOT_FOUND.
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let refused = app
            .graphql(
                Some(&kcc),
                "mutation($m: ID!) { switchMembership(membershipId: $m) { accessToken } }",
                json!({ "m": staff["id"] }),
            )
            .await;
        assert_eq!(refused.code(), Some("NOT_FOUND"));
    }
);
