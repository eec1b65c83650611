//! Every failing mutation leaves the database exactly as it was.

use serde_json::json;

use crate::helpers::{Backend, app};
use crate::on_both_databases;

on_both_databases!(
    failed_mutations_leave_the_database_unchanged,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (platform, _) = app.login_as("admin@platform.example").await;
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let cases: Vec<(&str, Option<&str>, &str, &str)> = vec![
            (
                "bad email",
                Some(&admin),
                "mutation { inviteUser(input: { email: \"nope\", role: OPERATOR_STAFF }) { id } }",
                "VALIDATION",
            ),
            (
                "enterprise without firm",
                Some(&admin),
                "mutation { inviteUser(input: { email: \"a@example.com\", role: ENTERPRISE }) { id } }",
                "VALIDATION",
            ),
            (
                "inviting an authority viewer",
                Some(&admin),
                "mutation { inviteUser(input: { email: \"a@example.com\", role: AUTHORITY_VIEWER }) { id } }",
                "VALIDATION",
            ),
            (
                "inviting an existing member",
                Some(&admin),
                "mutation { inviteUser(input: { email: \"staff@dongsoc.example\", role: OPERATOR_STAFF }) { id } }",
                "CONFLICT",
            ),
            (
                "staff invites",
                Some(&staff),
                "mutation { inviteUser(input: { email: \"a@example.com\", role: OPERATOR_STAFF }) { id } }",
                "FORBIDDEN",
            ),
            (
                "anonymous invites",
                None,
                "mutation { inviteUser(input: { email: \"a@example.com\", role: OPERATOR_STAFF }) { id } }",
                "UNAUTHENTICATED",
            ),
            (
                "revoke a garbage id",
                Some(&admin),
                "mutation { revokeInvitation(id: \"garbage\") { id } }",
                "VALIDATION",
            ),
            (
                "tenant without name",
                Some(&platform),
                "mutation { createTenant(input: { name: \" \", province: \"Vĩnh Phúc\", adminEmail: \"x@example.com\" }) { id } }",
                "VALIDATION",
            ),
            (
                "tenant with bad admin email",
                Some(&platform),
                "mutation { createTenant(input: { name: \"X\", province: \"Vĩnh Phúc\", adminEmail: \"x\" }) { id } }",
                "VALIDATION",
            ),
            (
                "operator creates tenant",
                Some(&admin),
                "mutation { createTenant(input: { name: \"X\", province: \"Y\", adminEmail: \"x@example.com\" }) { id } }",
                "FORBIDDEN",
            ),
            (
                "unknown reset token",
                None,
                "mutation { resetPassword(token: \"nope\", password: \"Một-mật-khẩu-mới-an-toàn-77\") }",
                "NOT_FOUND",
            ),
            (
                "unknown invitation token",
                None,
                "mutation { acceptInvitation(token: \"nope\", password: \"Một-mật-khẩu-mới-an-toàn-77\") { accessToken } }",
                "NOT_FOUND",
            ),
            (
                "wrong current password",
                Some(&admin),
                "mutation { changePassword(currentPassword: \"wrong-one-here\", newPassword: \"Một-mật-khẩu-mới-an-toàn-77\") }",
                "VALIDATION",
            ),
            (
                "weak new password",
                Some(&admin),
                "mutation { changePassword(currentPassword: \"clusterkeep-demo\", newPassword: \"123\") }",
                "VALIDATION",
            ),
            (
                "empty display name",
                Some(&admin),
                "mutation { updateProfile(input: { displayName: \"  \" }) { email } }",
                "VALIDATION",
            ),
            (
                "retry someone else's mail",
                Some(&admin),
                "mutation { retryMail(id: \"TWFpbE1lc3NhZ2U6MDE5M2ZmZmYtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw\") { id } }",
                "NOT_FOUND",
            ),
        ];
        let before = app.snapshot().await;
        for (name, token, mutation, code) in cases {
            let response = app.graphql(token, mutation, json!({})).await;
            assert_eq!(response.code(), Some(code), "{name}: {}", response.0);
            assert_eq!(app.snapshot().await, before, "{name} wrote something");
        }
    }
);
