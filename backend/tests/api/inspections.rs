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

const PHOTO: &str = "mutation($i: AnswerChecklistPhotoInput!) { answerChecklistPhoto(input: $i) {
    item { id kind answer passed done photoUrl photoThumbnailUrl correctiveWorkOrderId }
    correctiveWorkOrderId } }";

/// Answers `item` with a photo of `bytes` (and the extra input fields) as `token`.
async fn send_photo(
    app: &TestApp,
    token: &str,
    item: &Value,
    bytes: Vec<u8>,
    extra: Value,
) -> crate::helpers::Gql {
    let mut input = json!({ "itemId": item, "photo": null });
    for (k, v) in extra.as_object().unwrap() {
        input[k] = v.clone();
    }
    let response = crate::maintenance_files::upload(
        app,
        token,
        PHOTO,
        json!({ "i": input }),
        &[("variables.i.photo".to_owned(), "cua-xa.png", bytes)],
        true,
    )
    .await;
    assert_eq!(response.status(), 200);
    crate::helpers::Gql(response.json().await.unwrap())
}

async fn get_status(app: &TestApp, token: &str, path: &str) -> (u16, String) {
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, kind)
}

on_both_databases!(
    a_photo_item_is_answered_with_a_photo_that_only_the_operator_sees,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let wo = inspection(&app, &ops).await;
        assert_eq!(wo["checklist"][3]["kind"], "PHOTO");
        let photo_item = wo["checklist"][3]["id"].clone();
        let text_item = wo["checklist"][2]["id"].clone();
        let picture = crate::maintenance_files::photo(640, 480);

        // Bad input: the error names the field, and neither a row nor a file is kept.
        let before = app.snapshot().await;
        let files_before = crate::maintenance_files::stored_files(&app);
        for (what, item, bytes, field) in [
            (
                "a PDF",
                &photo_item,
                crate::maintenance_files::PDF.to_vec(),
                "input.photo",
            ),
            (
                "not an image",
                &photo_item,
                b"just some text".to_vec(),
                "input.photo",
            ),
            (
                "a photo for a text item",
                &text_item,
                picture.clone(),
                "input.itemId",
            ),
        ] {
            let refused = send_photo(&app, &ops, item, bytes, json!({})).await;
            assert_eq!(refused.code(), Some("VALIDATION"), "{what}: {}", refused.0);
            assert_eq!(refused.field_paths(), vec![field.to_owned()], "{what}");
        }
        let typed = app
            .graphql(
                Some(&ops),
                ANSWER,
                json!({ "i": { "itemId": photo_item, "answer": "đã chụp" } }),
            )
            .await;
        assert_eq!(typed.code(), Some("VALIDATION"));
        assert_eq!(typed.field_paths(), vec!["input.answer".to_owned()]);
        assert_eq!(app.snapshot().await, before, "nothing was written");
        assert_eq!(
            crate::maintenance_files::stored_files(&app),
            files_before,
            "no bytes were kept"
        );

        // The photo shows a blocked outlet: it fails and opens a corrective work order.
        let answered = send_photo(
            &app,
            &ops,
            &photo_item,
            picture,
            json!({ "passed": false, "openCorrective": true }),
        )
        .await
        .ok();
        let item = answered.data("/answerChecklistPhoto/item").clone();
        assert_eq!(item["kind"], "PHOTO");
        assert_eq!(item["done"], true);
        assert_eq!(item["passed"], false);
        assert!(
            answered
                .data("/answerChecklistPhoto/correctiveWorkOrderId")
                .is_string()
        );
        let url = item["photoUrl"].as_str().unwrap().to_owned();
        assert_eq!(
            url,
            format!("/files/checklist/{}", item["answer"].as_str().unwrap())
        );
        assert_eq!(
            crate::maintenance_files::stored_files(&app),
            files_before + 2,
            "the photo and its thumbnail"
        );
        let checklist = app
            .graphql(Some(&ops), WORK_ORDER, json!({ "id": wo["id"] }))
            .await
            .ok();
        assert_eq!(checklist.data("/node/checklist/3/answer"), &item["answer"]);

        // The operator's people see it; a firm and another operator get 404, as for nothing.
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        assert_eq!(
            get_status(&app, &ops, &url).await,
            (200, "image/jpeg".into())
        );
        assert_eq!(get_status(&app, &staff, &url).await.0, 200);
        let thumbnail = item["photoThumbnailUrl"].as_str().unwrap();
        assert_eq!(
            get_status(&app, &ops, thumbnail).await,
            (200, "image/jpeg".into())
        );
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (yen_lac, _) = app.login_as("ops@yenlac.example").await;
        for token in [&kcc, &yen_lac] {
            assert_eq!(get_status(&app, token, &url).await.0, 404);
            assert_eq!(get_status(&app, token, thumbnail).await.0, 404);
        }
        assert_eq!(
            get_status(&app, &ops, "/files/checklist/not-an-id").await.0,
            404
        );
    }
);
