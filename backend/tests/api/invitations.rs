use serde_json::json;

use crate::helpers::{Backend, app, app_with_mail, token_from};
use crate::on_both_databases;

const INVITE: &str = "mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email role status firm { name } } }";
const ACCEPT: &str = "mutation($t: String!, $p: String!, $n: String) { acceptInvitation(token: $t, password: $p, displayName: $n) { accessToken viewer { email role tenant { name } } } }";
const STRONG: &str = "Mật-khẩu-rất-mạnh-2026!";

on_both_databases!(
    an_invitation_email_arrives_and_its_link_sets_a_password_once,
    |backend: Backend| async move {
        let Some((app, sink)) = app_with_mail(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let invited = app
        .graphql(Some(&admin), INVITE, json!({ "i": { "email": "New.Engineer@Example.com", "role": "OPERATOR_STAFF", "locale": "EN" } }))
        .await
        .ok();
        assert_eq!(
            invited.data("/inviteUser/email"),
            "new.engineer@example.com"
        );
        assert_eq!(invited.data("/inviteUser/status"), "PENDING");

        let mail = sink.wait_for("new.engineer@example.com").await;
        assert!(mail.subject.contains("Đồng Sóc"), "{}", mail.subject);
        assert!(mail.html.contains("Operator staff"));
        let token = token_from(&mail.text, "/invite");

        let preview = app
        .graphql(None, "query($t: String!) { invitationPreview(token: $t) { email role tenantName existingAccount } }", json!({ "t": token }))
        .await
        .ok();
        assert_eq!(preview.data("/invitationPreview/existingAccount"), false);

        let accepted = app
            .graphql(
                None,
                ACCEPT,
                json!({ "t": token, "p": STRONG, "n": "Kỹ sư Mới" }),
            )
            .await
            .ok();
        assert_eq!(
            accepted.data("/acceptInvitation/viewer/role"),
            "OPERATOR_STAFF"
        );
        app.login("new.engineer@example.com", STRONG).await.ok();

        // Single use.
        let again = app
            .graphql(None, ACCEPT, json!({ "t": token, "p": STRONG }))
            .await;
        assert_eq!(again.code(), Some("NOT_FOUND"));
        let status = app
            .graphql(
                Some(&admin),
                "{ invitations(first: 5) { totalCount nodes { email status } } }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(status.data("/invitations/nodes/0/status"), "ACCEPTED");
    }
);

on_both_databases!(
    an_expired_invitation_cannot_be_accepted_and_creates_no_account,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        app.graphql(
            Some(&admin),
            INVITE,
            json!({ "i": { "email": "late@example.com", "role": "OPERATOR_STAFF" } }),
        )
        .await
        .ok();
        let token = app.latest_link_token("late@example.com", "/invite").await;
        // Eight days pass.
        {
            use clusterkeep::auth::entities::invitation;
            use sea_orm::sea_query::Expr;
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
            let txn = app.services.db.system().await.unwrap();
            invitation::Entity::update_many()
                .col_expr(
                    invitation::Column::ExpiresAt,
                    Expr::value(chrono::Utc::now() - chrono::Duration::days(1)),
                )
                .filter(invitation::Column::Email.eq("late@example.com"))
                .exec(txn.conn())
                .await
                .unwrap();
            txn.commit().await.unwrap();
        }
        let before = app.snapshot().await;
        let response = app
            .graphql(None, ACCEPT, json!({ "t": token, "p": STRONG }))
            .await;
        assert_eq!(response.code(), Some("NOT_FOUND"));
        assert_eq!(app.snapshot().await, before);
        let listed = app
            .graphql(
                Some(&admin),
                "{ invitations(status: EXPIRED) { totalCount } }",
                json!({}),
            )
            .await
            .ok();
        assert_eq!(listed.data("/invitations/totalCount"), 1);
    }
);

on_both_databases!(
    a_weak_password_on_acceptance_is_refused_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@yenlac.example").await;
        app.graphql(
            Some(&admin),
            INVITE,
            json!({ "i": { "email": "weak@example.com", "role": "OPERATOR_ADMIN" } }),
        )
        .await
        .ok();
        let token = app.latest_link_token("weak@example.com", "/invite").await;
        let before = app.snapshot().await;
        for weak in ["short", "password123", "1234567890"] {
            let response = app
                .graphql(None, ACCEPT, json!({ "t": token, "p": weak }))
                .await;
            assert_eq!(response.code(), Some("VALIDATION"), "{weak}");
            assert_eq!(response.field_paths(), vec!["password".to_owned()]);
        }
        assert_eq!(app.snapshot().await, before);
        // The link still works with a good password.
        app.graphql(None, ACCEPT, json!({ "t": token, "p": STRONG }))
            .await
            .ok();
    }
);

on_both_databases!(
    an_enterprise_invitation_names_a_firm_of_the_same_tenant,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (dongsoc, _) = app.login_as("ops@dongsoc.example").await;
        let firms = app
            .graphql(Some(&dongsoc), "{ firms { nodes { id name } } }", json!({}))
            .await
            .ok();
        let kcc = firms
            .data("/firms/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"].as_str().unwrap().starts_with("KCC"))
            .unwrap()["id"]
            .clone();
        let invited = app
        .graphql(Some(&dongsoc), INVITE, json!({ "i": { "email": "office@kcc.example", "role": "ENTERPRISE", "firmId": kcc } }))
        .await
        .ok();
        assert!(
            invited
                .data("/inviteUser/firm/name")
                .as_str()
                .unwrap()
                .starts_with("KCC")
        );
        // Another tenant's firm is not a firm of this tenant.
        let (yenlac, _) = app.login_as("ops@yenlac.example").await;
        let before = app.snapshot().await;
        let refused = app
            .graphql(
                Some(&yenlac),
                INVITE,
                json!({ "i": { "email": "spy@example.com", "role": "ENTERPRISE", "firmId": kcc } }),
            )
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"));
        assert_eq!(refused.field_paths(), vec!["input.firmId".to_owned()]);
        assert_eq!(app.snapshot().await, before);
    }
);

on_both_databases!(only_operator_admins_invite, |backend: Backend| async move {
    let Some(app) = app(backend).await else {
        return;
    };
    for email in [
        "staff@dongsoc.example",
        "accounting@kcc.example",
        "viewer@sct.example",
        "admin@platform.example",
    ] {
        let (token, _) = app.login_as(email).await;
        let response = app
            .graphql(
                Some(&token),
                INVITE,
                json!({ "i": { "email": "x@example.com", "role": "OPERATOR_STAFF" } }),
            )
            .await;
        assert_eq!(response.code(), Some("FORBIDDEN"), "{email}");
    }
});
