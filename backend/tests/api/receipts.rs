//! A payment's receipt (issue 15): recording a firm's payment emails its billing addresses what
//! was received and which invoices it paid, once; replaying the same request sends nothing new.

use chrono::Months;
use serde_json::json;

use crate::billing::{INVOICES, ISSUE, PAY, arrange, first_of_month, run, today};
use crate::helpers::{Backend, app_with_mail};
use crate::on_both_databases;

/// How a receipt's subject begins in Vietnamese (a firm without users reads Vietnamese).
const RECEIPT: &str = "Xác nhận đã nhận thanh toán";

on_both_databases!(
    a_recorded_payment_sends_the_firm_a_receipt_once,
    |backend: Backend| async move {
        let Some((app, sink)) = app_with_mail(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Biên nhận", month).await;
        app.graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await
            .ok();
        let invoice = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok()
            .data("/invoices/nodes/0")
            .clone();
        let total = invoice["total"].as_i64().unwrap();
        // The run's own announcement arrives first.
        sink.wait_for("ketoan@lessee.example").await;

        // More than the invoice: the rest is the firm's credit, and the receipt says so.
        let pay = json!({ "i": { "firmId": firm, "amount": total + 500_000,
            "receivedOn": today().to_string(), "method": "BANK_TRANSFER",
            "bankReference": "FT26BN01", "idempotencyKey": "receipt-1" } });
        app.graphql(Some(&admin), PAY, pay.clone()).await.ok();
        let receipt = sink.wait_for_subject(RECEIPT).await;
        assert_eq!(receipt.to, "ketoan@lessee.example");
        let number = invoice["numberLabel"].as_str().unwrap();
        assert!(receipt.text.contains(number), "{}", receipt.text);
        assert!(receipt.text.contains("FT26BN01"), "{}", receipt.text);
        assert!(
            receipt.text.contains("500.000"),
            "the credit: {}",
            receipt.text
        );
        assert!(receipt.html.contains(number));

        // A replay of the same request is the same payment: no second receipt.
        let replay = app.graphql(Some(&admin), PAY, pay).await.ok();
        assert_eq!(replay.data("/recordPayment/replayed"), true);
        tokio::time::sleep(std::time::Duration::from_millis(800)).await;
        let receipts = sink
            .messages()
            .into_iter()
            .filter(|m| m.subject.starts_with(RECEIPT))
            .count();
        assert_eq!(receipts, 1);
    }
);

on_both_databases!(
    a_firm_whose_user_reads_english_gets_its_receipt_in_english,
    |backend: Backend| async move {
        let Some((app, sink)) = app_with_mail(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        // KCC's enterprise user (its first) switches to English: the firm reads English.
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        app.graphql(
            Some(&kcc),
            "mutation { updateProfile(input: { locale: EN }) { id } }",
            json!({}),
        )
        .await
        .ok();
        let kcc_firm = app
            .graphql(
                Some(&kcc),
                "{ leases { nodes { firm { id name taxCode address } } } }",
                json!({}),
            )
            .await
            .ok()
            .data("/leases/nodes/0/firm")
            .clone();
        let firm = kcc_firm["id"].clone();
        // The demo's KCC has no billing address: its accountant's is added.
        app.graphql(
            Some(&admin),
            "mutation($id: ID!, $i: FirmFields!) { updateFirm(id: $id, input: $i) { id } }",
            json!({ "id": firm, "i": { "name": kcc_firm["name"], "taxCode": kcc_firm["taxCode"],
                "address": kcc_firm["address"], "capitalOrigin": "FOREIGN", "workforce": 400,
                "billingEmails": ["ketoan@kcc.example"] } }),
        )
        .await
        .ok();

        let pay = json!({ "i": { "firmId": firm, "amount": 1_250_000,
            "receivedOn": today().to_string(), "method": "BANK_TRANSFER",
            "bankReference": "FT26EN01", "idempotencyKey": "receipt-en" } });
        app.graphql(Some(&admin), PAY, pay).await.ok();
        let receipt = sink.wait_for_subject("Payment of").await;
        assert_eq!(receipt.to, "ketoan@kcc.example");
        assert!(
            receipt.subject.contains("received from KCC"),
            "{}",
            receipt.subject
        );
        assert!(receipt.text.contains("bank transfer"), "{}", receipt.text);
        assert!(receipt.text.contains("FT26EN01"), "{}", receipt.text);
        assert!(
            !sink
                .messages()
                .iter()
                .any(|m| m.subject.starts_with(RECEIPT)),
            "no Vietnamese receipt as well"
        );
    }
);
