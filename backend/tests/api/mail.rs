use std::time::Duration;

use serde_json::json;

use crate::helpers::{Backend, Options, SmtpSink, app, spawn_app};
use crate::on_both_databases;

const INVITE: &str =
    "mutation($e: String!) { inviteUser(input: { email: $e, role: OPERATOR_STAFF }) { id } }";
const LOG: &str = "{ mailLog(first: 10) { totalCount nodes { recipient subject status attempts lastError sentAt } } }";

on_both_databases!(
    without_smtp_mail_waits_in_the_outbox_and_shows_in_the_mail_log,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        app.graphql(Some(&admin), INVITE, json!({ "e": "queued@example.com" }))
            .await
            .ok();
        let log = app.graphql(Some(&admin), LOG, json!({})).await.ok();
        assert_eq!(log.data("/mailLog/totalCount"), 1);
        assert_eq!(log.data("/mailLog/nodes/0/status"), "PENDING");
        assert_eq!(log.data("/mailLog/nodes/0/attempts"), 0);
        // Another tenant's admin sees none of it.
        let (other, _) = app.login_as("ops@yenlac.example").await;
        let theirs = app.graphql(Some(&other), LOG, json!({})).await.ok();
        assert_eq!(theirs.data("/mailLog/totalCount"), 0);
        // And the mail log is for operator admins only.
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        assert_eq!(
            app.graphql(Some(&staff), LOG, json!({})).await.code(),
            Some("FORBIDDEN")
        );
    }
);

on_both_databases!(
    mail_survives_an_smtp_outage_and_goes_out_once_the_server_is_back,
    |backend: Backend| async move {
        let port = SmtpSink::unused_port();
        let Some(app) = spawn_app(
            backend,
            Options {
                smtp_port: Some(port),
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        app.graphql(Some(&admin), INVITE, json!({ "e": "patient@example.com" }))
            .await
            .ok();
        // The server is down: attempts fail, the error is recorded, nothing is lost.
        let mut failed = false;
        for _ in 0..100 {
            let log = app.graphql(Some(&admin), LOG, json!({})).await.ok();
            if log.data("/mailLog/nodes/0/attempts").as_i64().unwrap_or(0) >= 1 {
                assert_eq!(log.data("/mailLog/nodes/0/status"), "PENDING");
                assert!(log.data("/mailLog/nodes/0/lastError").as_str().is_some());
                failed = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(
            failed,
            "a delivery attempt should have failed while SMTP was down"
        );
        // The server comes back on the same port; the retry delivers the message exactly once.
        let (sink, _) = SmtpSink::start_on(port);
        let mail = sink.wait_for("patient@example.com").await;
        assert!(mail.subject.contains("ClusterKeep"));
        let mut sent = false;
        for _ in 0..50 {
            let log = app.graphql(Some(&admin), LOG, json!({})).await.ok();
            if log.data("/mailLog/nodes/0/status") == "SENT" {
                assert!(log.data("/mailLog/nodes/0/lastError").is_null());
                sent = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(sent);
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(sink.messages().len(), 1, "delivered exactly once");
    }
);
