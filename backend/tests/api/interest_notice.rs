//! Late-payment interest on its own document (audit A2): a numbered late-interest notice in a
//! series of its own, payable like an invoice (VietQR, the firm's amount due, its statement),
//! but no VAT invoice: no e-invoice XML, not in the export, not corrected like an invoice. An
//! operator who insists puts the interest on the invoice instead, as a line outside VAT.

use chrono::Months;
use serde_json::{Value, json};

use crate::billing::{ISSUE, PAY, SETTINGS, arrange, first_of_month, run, settings, today};
use crate::einvoice::unzip;
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const DOCUMENTS: &str = "query($c: ID) { invoices(clusterId: $c, first: 100) { nodes { id documentType numberLabel series total vietqr paymentPurpose lines { id kind vatBp amount } } } }";
const DUE: &str = "query($f: ID) { amountDue(firmId: $f) { open invoices { id numberLabel } } }";
const VOID: &str = "mutation($id: ID!, $reason: String!) { voidInvoice(invoiceId: $id, reason: $reason) { status } }";
const ADJUST: &str = "mutation($i: AdjustmentFields!) { adjustInvoice(input: $i) { id } }";

async fn documents(app: &TestApp, admin: &str, cluster: &Value) -> Vec<Value> {
    app.graphql(Some(admin), DOCUMENTS, json!({ "c": cluster }))
        .await
        .ok()
        .data("/invoices/nodes")
        .as_array()
        .unwrap()
        .clone()
}

async fn get(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.address))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

on_both_databases!(
    late_interest_is_billed_on_a_numbered_notice_that_is_paid_like_an_invoice_but_is_no_invoice,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let later = month + Months::new(3);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Thông báo lãi", month).await;
        app.graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
        // Unpaid, the month's invoice is overdue when the later month is billed.
        const ISSUE_RANGES: &str = "mutation($i: BillingRunInput!) { issueBillingRun(input: $i) { invoiceCount firstNumber lastNumber noticeCount firstNoticeNumber lastNoticeNumber } }";
        let issued = app
            .graphql(Some(&admin), ISSUE_RANGES, run(&cluster, later))
            .await
            .ok();
        // The run reports each series' range: one invoice after the first, and one notice.
        let issued = issued.data("/issueBillingRun");
        assert_eq!(issued["invoiceCount"], 2, "{issued}");
        assert_eq!(issued["noticeCount"], 1, "{issued}");
        assert!(
            issued["firstNumber"].as_str().unwrap().starts_with('C'),
            "{issued}"
        );
        assert!(
            issued["lastNumber"]
                .as_str()
                .unwrap()
                .ends_with(" 00000002"),
            "{issued}"
        );
        assert!(
            issued["firstNoticeNumber"]
                .as_str()
                .unwrap()
                .starts_with('L'),
            "{issued}"
        );
        assert_eq!(
            issued["firstNoticeNumber"], issued["lastNoticeNumber"],
            "{issued}"
        );
        let docs = documents(&app, &admin, &cluster).await;
        let notices: Vec<&Value> = docs
            .iter()
            .filter(|d| d["documentType"] == "INTEREST_NOTICE")
            .collect();
        assert_eq!(notices.len(), 1, "{docs:?}");
        let notice = notices[0];
        // Its own series: L for lãi where the invoices' has C, numbered from 1.
        let series = notice["series"].as_str().unwrap();
        assert!(
            series.starts_with('L') && series.ends_with("TAA"),
            "{series}"
        );
        assert!(
            notice["numberLabel"]
                .as_str()
                .unwrap()
                .ends_with(" 00000001"),
            "{notice}"
        );
        let kinds: Vec<&str> = notice["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["LATE_INTEREST"]);
        assert!(notice["lines"][0]["vatBp"].is_null());
        // The invoices carry no interest.
        for invoice in docs.iter().filter(|d| d["documentType"] == "VAT_INVOICE") {
            assert!(
                invoice["lines"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|l| l["kind"] != "LATE_INTEREST"),
                "{invoice}"
            );
            assert!(invoice["series"].as_str().unwrap().starts_with('C'));
        }
        // Payable like an invoice: by VietQR naming it, and in the firm's amount due.
        assert!(!notice["vietqr"].as_str().unwrap_or_default().is_empty());
        assert!(
            notice["paymentPurpose"].as_str().unwrap().contains(series),
            "{notice}"
        );
        let due = app
            .graphql(Some(&admin), DUE, json!({ "f": firm }))
            .await
            .ok();
        assert!(
            due.data("/amountDue/invoices")
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i["id"] == notice["id"]),
            "{:?}",
            due.0
        );

        // No VAT invoice: no e-invoice XML, not in the export, no adjustment.
        let id = notice["id"].as_str().unwrap();
        let xml = get(&app, &admin, &format!("/documents/invoice/{id}.xml")).await;
        assert_eq!(xml.status(), 409);
        let body: Value = xml.json().await.unwrap();
        assert!(
            body.to_string().contains("interest_notice_no_e_invoice"),
            "{body}"
        );
        let pdf = get(&app, &admin, &format!("/documents/invoice/{id}.pdf")).await;
        assert_eq!(pdf.status(), 200);
        assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
        let export = get(
            &app,
            &admin,
            &format!("/export/einvoices.zip?from={}&to={}", today(), today()),
        )
        .await;
        assert_eq!(export.status(), 200);
        let names: Vec<String> = unzip(&export.bytes().await.unwrap())
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(names.len(), 2, "the two invoices only: {names:?}");
        assert!(names.iter().all(|n| !n.contains(series)), "{names:?}");
        let before = app.snapshot().await;
        let adjusted = app
            .graphql(
                Some(&admin),
                ADJUST,
                json!({ "i": { "invoiceId": id, "direction": "DECREASE", "reason": "Miễn lãi",
                    "agreementNumber": "01/2026/BB", "agreementDate": today().to_string(),
                    "lines": [{ "lineId": notice["lines"][0]["id"], "amount": 1 }] } }),
            )
            .await;
        assert_eq!(adjusted.code(), Some("CONFLICT"), "{:?}", adjusted.0);
        assert_eq!(adjusted.reason(), Some("interest_notice_not_an_invoice"));
        assert_eq!(app.snapshot().await, before);

        // The operator waives the interest: the notice is void and no longer owed.
        let waived = app
            .graphql(
                Some(&admin),
                VOID,
                json!({ "id": id, "reason": "Miễn lãi theo thỏa thuận 01/2026" }),
            )
            .await
            .ok();
        assert_eq!(waived.data("/voidInvoice/status"), "VOID");
        let due = app
            .graphql(Some(&admin), DUE, json!({ "f": firm }))
            .await
            .ok();
        assert!(
            due.data("/amountDue/invoices")
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["id"] != notice["id"]),
            "{:?}",
            due.0
        );
    }
);

on_both_databases!(
    a_notice_something_was_paid_on_is_not_waived,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Lãi đã trả", month).await;
        for m in [month, month + Months::new(3)] {
            app.graphql(Some(&admin), ISSUE, run(&cluster, m))
                .await
                .ok();
        }
        let docs = documents(&app, &admin, &cluster).await;
        let notice = docs
            .iter()
            .find(|d| d["documentType"] == "INTEREST_NOTICE")
            .expect("a notice");
        app.graphql(
            Some(&admin),
            PAY,
            json!({ "i": { "firmId": firm, "amount": 1000, "receivedOn": today().to_string(),
                "method": "BANK_TRANSFER", "idempotencyKey": "notice-1",
                "allocations": [{ "invoiceId": notice["id"], "amount": 1000 }] } }),
        )
        .await
        .ok();
        let before = app.snapshot().await;
        let refused = app
            .graphql(
                Some(&admin),
                VOID,
                json!({ "id": notice["id"], "reason": "Miễn lãi" }),
            )
            .await;
        assert_eq!(refused.code(), Some("CONFLICT"), "{:?}", refused.0);
        assert_eq!(refused.reason(), Some("paid_notice_not_waived"));
        assert_eq!(app.snapshot().await, before);
    }
);

on_both_databases!(
    an_operator_who_insists_puts_interest_on_the_invoice_outside_vat,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let later = month + Months::new(3);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Lãi trên hóa đơn", month).await;
        let mut insists = settings(1000);
        insists["i"]["interestOnInvoice"] = json!(true);
        let saved = app
            .graphql(
                Some(&admin),
                "mutation($i: BillingSettingsFields!) { updateBillingSettings(input: $i) { interestOnInvoice } }",
                insists,
            )
            .await
            .ok();
        assert_eq!(saved.data("/updateBillingSettings/interestOnInvoice"), true);
        // Saving without the choice keeps it.
        app.graphql(Some(&admin), SETTINGS, settings(1000))
            .await
            .ok();
        app.graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
        app.graphql(Some(&admin), ISSUE, run(&cluster, later))
            .await
            .ok();
        let docs = documents(&app, &admin, &cluster).await;
        assert!(
            docs.iter().all(|d| d["documentType"] == "VAT_INVOICE"),
            "{docs:?}"
        );
        let interest: Vec<&Value> = docs
            .iter()
            .flat_map(|d| d["lines"].as_array().unwrap())
            .filter(|l| l["kind"] == "LATE_INTEREST")
            .collect();
        assert_eq!(interest.len(), 1, "{docs:?}");
        assert!(interest[0]["vatBp"].is_null(), "outside VAT (KKKNT)");
    }
);
