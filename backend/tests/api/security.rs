//! Regressions for the attack on the running product (`shared/research/security-review.md`):
//! each test failed on the code the attack found and passes now.

use chrono::Months;
use serde_json::json;

use crate::billing::{FUND, INVOICES, ISSUE, PAY, arrange, first_of_month, run, today};
use crate::helpers::{Backend, app};
use crate::on_both_databases;

on_both_databases!(
    a_payment_cannot_allocate_the_same_invoice_twice,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Trả hai lần", month).await;
        app.graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
        let invoice = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok()
            .data("/invoices/nodes/0")
            .clone();
        let half = invoice["open"].as_i64().unwrap() / 2;
        let twice = json!({ "i": { "firmId": firm, "amount": 2 * half, "method": "CASH",
            "receivedOn": today().to_string(), "idempotencyKey": "twice",
            "allocations": [ { "invoiceId": invoice["id"], "amount": half },
                             { "invoiceId": invoice["id"], "amount": half } ] } });
        let before = app.snapshot().await;
        let refused = app.graphql(Some(&admin), PAY, twice).await;
        assert_eq!(refused.code(), Some("VALIDATION"), "{}", refused.0);
        assert_eq!(
            refused.0["errors"][0]["extensions"]["fields"][0]["path"],
            "input.allocations.1.invoiceId"
        );
        assert_eq!(app.snapshot().await, before, "nothing was written");

        // One allocation of the whole amount counts once on the invoice and once in the fund.
        let once = json!({ "i": { "firmId": firm, "amount": 2 * half, "method": "CASH",
            "receivedOn": today().to_string(), "idempotencyKey": "once",
            "allocations": [ { "invoiceId": invoice["id"], "amount": 2 * half } ] } });
        let paid = app.graphql(Some(&admin), PAY, once).await.ok();
        assert_eq!(paid.data("/recordPayment/unallocated"), 0);
        let after = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(after.data("/invoices/nodes/0/paid"), 2 * half);
        let fund = app
            .graphql(Some(&admin), FUND, json!({ "c": cluster }))
            .await
            .ok();
        let fee: i64 = invoice["lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["kind"] == "MAINTENANCE_FEE")
            .map(|l| l["amount"].as_i64().unwrap())
            .sum();
        let balance = fund.data("/maintenanceFund/balance").as_i64().unwrap();
        assert!(
            balance <= fee,
            "the fund got {balance} đ of a {fee} đ fee: counted twice"
        );
    }
);
