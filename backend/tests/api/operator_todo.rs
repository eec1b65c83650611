//! The operator's to-do list: each count follows what happens in the tenant, stays inside it,
//! and is the operators' only.

use serde_json::{Value, json};

use chrono::Months;

use crate::billing::{arrange, first_of_month, run, today};
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

on_both_databases!(
    a_cluster_stays_on_the_todo_list_until_its_own_run_covers_the_month,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        // A second leasing cluster, its lease running since last month.
        let this_month = first_of_month(today());
        let (cluster, _, _) =
            arrange(&app, &admin, "CCN Chưa lập", this_month - Months::new(1)).await;
        let query = "{ operatorTodo { on unbilledPeriod unbilledClusters { id name } } }";
        let before = app.graphql(Some(&admin), query, json!({})).await.ok();
        let before = before.data("/operatorTodo").clone();
        // The demo bills past months only: this month waits in every leasing cluster.
        let unbilled = before["unbilledClusters"].as_array().unwrap().clone();
        assert!(unbilled.len() >= 2, "{before}");
        assert!(unbilled.iter().any(|c| c["id"] == cluster), "{before}");
        let month = this_month.to_string();
        assert_eq!(before["unbilledPeriod"], json!(month));

        let outbox = app.count_rows("outbox_messages").await;
        let issued = app
            .graphql(
                Some(&admin),
                "mutation($i: BillingRunInput!) { issueBillingRun(input: $i) { invoiceCount emailsQueued firmsWithoutEmail { id name } } }",
                json!(run(&cluster, this_month)),
            )
            .await
            .ok();
        let run = issued.data("/issueBillingRun");
        assert!(run["invoiceCount"].as_i64().unwrap() > 0, "{run}");
        // The run says how many announcements it queued: exactly the outbox's new rows.
        assert_eq!(
            run["emailsQueued"].as_i64().unwrap(),
            app.count_rows("outbox_messages").await - outbox
        );
        assert!(run["emailsQueued"].as_i64().unwrap() > 0);
        assert_eq!(run["firmsWithoutEmail"], json!([]));

        let after = app.graphql(Some(&admin), query, json!({})).await.ok();
        let after = after.data("/operatorTodo");
        let rest: Vec<Value> = unbilled
            .into_iter()
            .filter(|c| c["id"] != cluster)
            .collect();
        assert_eq!(after["unbilledClusters"], json!(rest));
        assert_eq!(after["unbilledPeriod"], json!(month));
    }
);
