//! The operator's to-do list: each count follows what happens in the tenant, stays inside it,
//! and is the operators' only.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const TODO: &str = "{ operatorTodo { on bankLinesWaiting unbilledPeriod newlyOverdue overdue failedEmails leasesEnding permitsExpiring requestsToTriage } }";

async fn todo(app: &TestApp, token: &str) -> Value {
    app.graphql(Some(token), TODO, json!({}))
        .await
        .ok()
        .data("/operatorTodo")
        .clone()
}

fn n(todo: &Value, field: &str) -> i64 {
    todo[field]
        .as_i64()
        .unwrap_or_else(|| panic!("{field}: {todo}"))
}

on_both_databases!(
    the_todo_counts_follow_the_tenants_work_and_stay_inside_it,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (other, _) = app.login_as("ops@yenlac.example").await;
        let before = todo(&app, &admin).await;
        let other_before = todo(&app, &other).await;

        // A request filed waits for triage until it is acknowledged.
        let request = crate::maintenance::file_for_first_firm(&app, &admin).await;
        // A bank line nobody has matched yet waits on the bank page.
        app.graphql(
            Some(&admin),
            "mutation($csv: String!) { importBankStatement(csv: $csv, commit: true) { created } }",
            json!({ "csv": "date,amount,description,reference,payer_tax_code\n2026-11-02,150000,CK khong ro noi dung,FT-TODO-1,\n" }),
        )
        .await
        .ok();
        let after = todo(&app, &admin).await;
        assert_eq!(
            n(&after, "requestsToTriage"),
            n(&before, "requestsToTriage") + 1
        );
        assert_eq!(
            n(&after, "bankLinesWaiting"),
            n(&before, "bankLinesWaiting") + 1
        );
        assert_eq!(
            todo(&app, &other).await,
            other_before,
            "another operator's list does not move"
        );

        app.graphql(
            Some(&admin),
            "mutation($i: AcknowledgeMaintenanceRequestInput!) { acknowledgeMaintenanceRequest(input: $i) { id status } }",
            json!({ "i": { "requestId": request } }),
        )
        .await
        .ok();
        assert_eq!(
            n(&todo(&app, &admin).await, "requestsToTriage"),
            n(&before, "requestsToTriage")
        );
        // The admin sees failed emails; staff sees the rest without them.
        assert!(before["failedEmails"].is_i64());
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let staff_todo = todo(&app, &staff).await;
        assert!(staff_todo["failedEmails"].is_null());
        assert_eq!(
            n(&staff_todo, "bankLinesWaiting"),
            n(&after, "bankLinesWaiting")
        );
        // Enterprise users and the authority have no to-do list.
        for user in ["accounting@kcc.example", "viewer@sct.example"] {
            let (token, _) = app.login_as(user).await;
            let refused = app.graphql(Some(&token), TODO, json!({})).await;
            assert_eq!(refused.code(), Some("FORBIDDEN"), "{user}");
        }
    }
);
