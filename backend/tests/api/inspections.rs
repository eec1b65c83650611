//! Inspections: answering the checklist a schedule copied into its work order. Answers are
//! read by kind, a number outside its range cannot pass (VALIDATION, nothing written), and a
//! failed answer opens a corrective work order on the same asset, once; on both databases.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;
use crate::upkeep::{occurrences, today, weekly_schedule};

const ANSWER: &str = "mutation($i: AnswerChecklistItemInput!) { answerChecklistItem(input: $i) {
    item { id answer passed done correctiveWorkOrderId } correctiveWorkOrderId } }";
const WORK_ORDER: &str =
    "query($id: ID!) { node(id: $id) { ... on WorkOrder { id title priority status assetId
    checklist { id label kind answer passed done correctiveWorkOrderId } } } }";

/// The work order the generator opened today for a weekly drain inspection, with its checklist.
async fn inspection(app: &TestApp, ops: &str) -> Value {
    let schedule = weekly_schedule(app, ops, 2).await;
    clusterkeep::upkeep::generator::run(&app.services.db, today())
        .await
        .unwrap();
    let open = occurrences(app, ops, &schedule)
        .await
        .into_iter()
        .find(|o| o["status"] == "OPEN")
        .unwrap();
    app.graphql(Some(ops), WORK_ORDER, json!({ "id": open["workOrderId"] }))
        .await
        .ok()
        .data("/node")
        .clone()
}

on_both_databases!(
    a_number_outside_its_range_cannot_pass_and_a_bad_answer_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let wo = inspection(&app, &ops).await;
        let ph = wo["checklist"][1]["id"].clone();
        let yes_no = wo["checklist"][0]["id"].clone();
        let before = app.snapshot().await;
        for (input, field) in [
            (
                json!({ "itemId": ph, "answer": "9.6", "passed": true }),
                "input.passed",
            ),
            (
                json!({ "itemId": ph, "answer": "chín", "passed": true }),
                "input.answer",
            ),
            (
                json!({ "itemId": yes_no, "answer": "có lẽ" }),
                "input.answer",
            ),
            (
                json!({ "itemId": ph, "answer": "7.0", "openCorrective": true }),
                "input.openCorrective",
            ),
            (
                json!({ "itemId": "not-an-id", "answer": "7" }),
                "input.itemId",
            ),
        ] {
            let refused = app.graphql(Some(&ops), ANSWER, json!({ "i": input })).await;
            assert_eq!(refused.code(), Some("VALIDATION"), "{input}");
            assert_eq!(refused.field_paths(), vec![field.to_owned()], "{input}");
        }
        assert_eq!(app.snapshot().await, before, "nothing was written");

        // In range it passes by itself; a comma decimal is read.
        let answered = app
            .graphql(
                Some(&ops),
                ANSWER,
                json!({ "i": { "itemId": ph, "answer": "7,2" } }),
            )
            .await
            .ok();
        assert_eq!(answered.data("/answerChecklistItem/item/answer"), "7.2");
        assert_eq!(answered.data("/answerChecklistItem/item/passed"), true);
        assert_eq!(answered.data("/answerChecklistItem/item/done"), true);
        assert_eq!(
            answered.data("/answerChecklistItem/correctiveWorkOrderId"),
            &Value::Null
        );
    }
);

on_both_databases!(
    a_failed_answer_opens_one_corrective_work_order_on_the_same_asset,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let wo = inspection(&app, &ops).await;
        let ph = wo["checklist"][1]["id"].clone();
        let opened = app
            .graphql(
                Some(&ops),
                ANSWER,
                json!({ "i": { "itemId": ph, "answer": "10.4", "openCorrective": true } }),
            )
            .await
            .ok();
        assert_eq!(opened.data("/answerChecklistItem/item/passed"), false);
        let corrective = opened
            .data("/answerChecklistItem/correctiveWorkOrderId")
            .clone();
        assert!(corrective.is_string());
        assert_eq!(
            opened.data("/answerChecklistItem/item/correctiveWorkOrderId"),
            &corrective
        );
        let fix = app
            .graphql(Some(&ops), WORK_ORDER, json!({ "id": corrective }))
            .await
            .ok();
        assert_eq!(fix.data("/node/priority"), "P2");
        assert_eq!(fix.data("/node/status"), "OPEN");
        assert_eq!(fix.data("/node/assetId"), &wo["assetId"]);
        assert!(
            fix.data("/node/title")
                .as_str()
                .unwrap()
                .contains("pH nước thải")
        );
        // The inspection shows the link.
        let again = app
            .graphql(Some(&ops), WORK_ORDER, json!({ "id": wo["id"] }))
            .await
            .ok();
        assert_eq!(
            again.data("/node/checklist/1/correctiveWorkOrderId"),
            &corrective
        );

        // A second corrective work order for the same item is a conflict; nothing written.
        let (other, _) = app.login_as("ops@yenlac.example").await;
        let before = app.snapshot().await;
        let twice = app
            .graphql(
                Some(&ops),
                ANSWER,
                json!({ "i": { "itemId": ph, "answer": "11", "openCorrective": true } }),
            )
            .await;
        assert_eq!(twice.code(), Some("CONFLICT"));
        assert_eq!(app.snapshot().await, before);

        // Another tenant cannot answer it.
        let foreign = app
            .graphql(
                Some(&other),
                ANSWER,
                json!({ "i": { "itemId": ph, "answer": "7" } }),
            )
            .await;
        assert_eq!(foreign.code(), Some("NOT_FOUND"));
        assert_eq!(app.snapshot().await, before);
    }
);
