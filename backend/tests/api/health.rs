use chrono::Months;
use serde_json::json;

use crate::billing::{ISSUE, arrange, first_of_month, run, today};
use crate::helpers::{Backend, Options, TestApp, app, spawn_app};
use crate::on_both_databases;

on_both_databases!(
    healthz_and_readyz_answer_ok_while_the_database_answers,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        for path in ["/healthz", "/readyz"] {
            let response = app
                .client
                .get(format!("{}{path}", app.address))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "{path}");
        }
    }
);

const METRICS_TOKEN: &str = "metrics-token-for-the-test-0123";

/// The value of the sample `series` (name and labels, exactly as written) in a scrape.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map(|value| value.trim().parse().unwrap())
}

async fn scrape(app: &TestApp, token: Option<&str>) -> (u16, String) {
    let mut request = app.client.get(format!("{}/metrics", app.address));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

on_both_databases!(
    metrics_count_operations_errors_runs_and_sweeps_and_read_the_pools_and_outbox,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                metrics_token: Some(METRICS_TOKEN.into()),
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        // Only the configured token reads them.
        assert_eq!(scrape(&app, None).await.0, 401);
        assert_eq!(
            scrape(&app, Some("metrics-token-for-the-test-0124"))
                .await
                .0,
            401
        );
        let (status, before) = scrape(&app, Some(METRICS_TOKEN)).await;
        assert_eq!(status, 200, "{before}");
        let due_before = sample(&before, r#"clusterkeep_outbox_messages{state="due"}"#).unwrap();

        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        app.graphql(Some(&admin), "query Me { me { email } }", json!({}))
            .await
            .ok();
        app.graphql(Some(&admin), "query Me { me { email } }", json!({}))
            .await
            .ok();
        let lost = app
            .graphql(
                Some(&admin),
                r#"query Lost { node(id: "SW52b2ljZTpub3RoaW5n") { id } }"#,
                json!({}),
            )
            .await;
        let code = lost.code().expect("an unknown node is an error").to_owned();
        // A reset email waits in the outbox (no SMTP here).
        app.graphql(
            None,
            "mutation($e: String!) { requestPasswordReset(email: $e) }",
            json!({ "e": "staff@dongsoc.example" }),
        )
        .await
        .ok();
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "Metrics", month).await;
        let issued = app
            .graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
        let invoices = issued
            .data("/issueBillingRun/invoiceCount")
            .as_f64()
            .unwrap();
        app.services
            .reminders
            .sweep(chrono::Utc::now())
            .await
            .unwrap();

        let (_, after) = scrape(&app, Some(METRICS_TOKEN)).await;
        let count =
            |series: &str| sample(&after, series).unwrap_or_else(|| panic!("{series} in\n{after}"));
        assert_eq!(
            count(r#"clusterkeep_graphql_request_duration_seconds_count{operation="Me"}"#),
            2.0
        );
        assert!(count(r#"clusterkeep_graphql_request_duration_seconds_sum{operation="Me"}"#) > 0.0);
        assert_eq!(
            count(&format!(
                r#"clusterkeep_graphql_errors_total{{operation="Lost",code="{code}"}}"#
            )),
            1.0
        );
        assert!(
            sample(
                &after,
                r#"clusterkeep_graphql_errors_total{operation="Me","#
            )
            .is_none()
        );
        assert_eq!(
            count(r#"clusterkeep_billing_run_duration_seconds_count{outcome="succeeded"}"#),
            1.0
        );
        assert_eq!(count("clusterkeep_billing_invoices_issued_total"), invoices);
        assert_eq!(
            count(r#"clusterkeep_reminder_sweep_duration_seconds_count{outcome="succeeded"}"#),
            1.0
        );
        let most = if backend == Backend::Postgres {
            20.0
        } else {
            4.0
        };
        assert_eq!(
            count(r#"clusterkeep_db_pool_max_connections{pool="main"}"#),
            most
        );
        assert!(count(r#"clusterkeep_db_pool_connections{pool="main"}"#) >= 1.0);
        assert_eq!(
            sample(
                &after,
                r#"clusterkeep_db_pool_max_connections{pool="reader"}"#
            )
            .is_some(),
            backend == Backend::Sqlite,
            "SQLite has a read-only pool besides the main one"
        );
        // The reset email (and the run's announcement emails) wait, due now.
        assert!(count(r#"clusterkeep_outbox_messages{state="due"}"#) >= due_before + 1.0);
        assert!(count("clusterkeep_outbox_oldest_due_seconds") >= 0.0);
    }
);

on_both_databases!(
    metrics_do_not_exist_without_a_token_configured,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        assert_eq!(scrape(&app, Some(METRICS_TOKEN)).await.0, 404);
        assert_eq!(scrape(&app, None).await.0, 404);
    }
);
