//! Correcting issued invoices whatever their payment status (invoice law A4, B1): a decrease on
//! a paid invoice leaves the firm credit, which a refund gives back; an increase is payable;
//! a replacement names its original and takes over what was paid; every correction rests on a
//! written agreement; an issued invoice is never voided; the data of form 04/SS-HĐĐT lists them.

use chrono::Months;
use serde_json::{Value, json};

use crate::billing::{PAY, first_of_month, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;
use crate::receivables::{STATEMENT, detail, fund_balance, issue_one, line_of};

const ADJUST: &str = "mutation($i: AdjustmentFields!) { adjustInvoice(input: $i) { id kind status correction numberLabel total open dueOn agreementNumber agreementDate correctsId correctsReference } }";
const REPLACE: &str = "mutation($i: ReplacementFields!) { replaceInvoice(input: $i) { id kind status correction total paid open buyerName correctsId correctsReference lines { kind unitPrice amount } } }";
const REFUND: &str =
    "mutation($i: RefundFields!) { recordRefund(input: $i) { id amount bankReference } }";
const ORIGINAL: &str = "query($id: ID!) { node(id: $id) { ... on Invoice { status open paid credited replacedById corrections { id correction } } } }";

async fn statement(app: &TestApp, admin: &str, firm: &Value) -> Value {
    let from = first_of_month(today()) - Months::new(1);
    app.graphql(
        Some(admin),
        STATEMENT,
        json!({ "f": firm, "from": from.to_string(), "to": today().to_string() }),
    )
    .await
    .ok()
    .data("/firmStatement")
    .clone()
}

async fn pay_in_full(app: &TestApp, admin: &str, firm: &Value, invoice: &Value, key: &str) {
    let total = invoice["total"].as_i64().unwrap();
    app.graphql(
        Some(admin),
        PAY,
        json!({ "i": { "firmId": firm, "amount": total, "receivedOn": today().to_string(),
            "method": "BANK_TRANSFER", "idempotencyKey": key,
            "allocations": [{ "invoiceId": invoice["id"], "amount": total }] } }),
    )
    .await
    .ok();
}

on_both_databases!(
    a_decrease_on_a_paid_invoice_leaves_credit_that_a_refund_gives_back,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) =
            crate::billing::arrange(&app, &admin, "CCN Hoàn tiền", month).await;
        let invoice = issue_one(&app, &admin, &cluster, month).await;
        pay_in_full(&app, &admin, &firm, &invoice, "full").await;
        let fund_paid = fund_balance(&app, &admin, &cluster).await;
        let fee = line_of(&invoice, "MAINTENANCE_FEE").clone();
        let fee_amount = fee["amount"].as_i64().unwrap();
        assert_eq!(
            fund_paid, fee_amount,
            "the fund holds the whole fee once paid"
        );

        let adjust = |direction: &str, lines: Value, number: &str, date: Option<String>| {
            json!({ "i": { "invoiceId": invoice["id"], "direction": direction,
                "reason": "Diện tích thực tế nhỏ hơn", "agreementNumber": number,
                "agreementDate": date, "lines": lines } })
        };
        let half = fee_amount / 2;
        let half_line = json!([{ "lineId": fee["id"], "amount": half }]);
        let today_s = Some(today().to_string());

        // Bad input: each refused with its code and field, nothing written.
        let before = app.snapshot().await;
        let yesterday_of_issue = Some((today() - chrono::Days::new(1)).to_string());
        let tomorrow = Some((today() + chrono::Days::new(1)).to_string());
        for (what, input, code, path, why) in [
            (
                "no agreement number",
                adjust("DECREASE", half_line.clone(), "  ", today_s.clone()),
                "VALIDATION",
                "input.agreementNumber",
                "field_required",
            ),
            (
                "no agreement date",
                adjust("DECREASE", half_line.clone(), "TT-01", None),
                "VALIDATION",
                "input.agreementDate",
                "agreement_date_required",
            ),
            (
                "an agreement dated tomorrow",
                adjust("DECREASE", half_line.clone(), "TT-01", tomorrow),
                "VALIDATION",
                "input.agreementDate",
                "agreement_date_in_future",
            ),
            (
                "an agreement before the invoice",
                adjust("DECREASE", half_line.clone(), "TT-01", yesterday_of_issue),
                "VALIDATION",
                "input.agreementDate",
                "agreement_before_invoice",
            ),
            (
                "a replacement asked of an adjustment",
                adjust("REPLACEMENT", half_line.clone(), "TT-01", today_s.clone()),
                "VALIDATION",
                "input.direction",
                "adjustment_direction",
            ),
            (
                "an increase with nothing to add",
                adjust("INCREASE", json!([]), "TT-01", today_s.clone()),
                "VALIDATION",
                "input.lines",
                "increase_nothing_to_add",
            ),
            (
                "a decrease beyond the line",
                adjust(
                    "DECREASE",
                    json!([{ "lineId": fee["id"], "amount": fee_amount + 1 }]),
                    "TT-01",
                    today_s.clone(),
                ),
                "VALIDATION",
                "input.lines.0.amount",
                "line_credit_left",
            ),
        ] {
            let refused = app.graphql(Some(&admin), ADJUST, input).await;
            assert_eq!(refused.code(), Some(code), "{what}: {}", refused.0);
            assert!(
                refused.field_paths().iter().any(|p| p == path),
                "{what}: {:?}",
                refused.field_paths()
            );
            assert_eq!(refused.reason(), Some(why), "{what}");
        }
        assert_eq!(
            app.snapshot().await,
            before,
            "refused adjustments wrote nothing"
        );

        // Half the fee off the paid invoice: a credit note, the excess becomes the firm's credit.
        let note = app
            .graphql(
                Some(&admin),
                ADJUST,
                adjust(
                    "DECREASE",
                    half_line.clone(),
                    "05/2026/TT-HT",
                    today_s.clone(),
                ),
            )
            .await
            .ok()
            .data("/adjustInvoice")
            .clone();
        assert_eq!(note["kind"], "CREDIT_NOTE");
        assert_eq!(note["correction"], "DECREASE");
        assert_eq!(note["agreementNumber"], "05/2026/TT-HT");
        assert!(
            note["correctsReference"]
                .as_str()
                .unwrap()
                .starts_with("Điều chỉnh cho hóa đơn Mẫu số 1 ký hiệu C"),
            "{}",
            note["correctsReference"]
        );
        let credit = -note["total"].as_i64().unwrap();
        let after = detail(&app, &admin, &invoice["id"]).await;
        assert_eq!(after["open"], 0);
        assert_eq!(after["status"], "PAID");
        assert_eq!(
            after["paid"].as_i64().unwrap(),
            invoice["total"].as_i64().unwrap() - credit,
            "what the invoice no longer asks is no longer allocated to it"
        );
        assert_eq!(
            fund_balance(&app, &admin, &cluster).await,
            fee_amount - half,
            "the fund gives back the share of the fee taken off"
        );
        let s = statement(&app, &admin, &firm).await;
        assert_eq!(s["unallocatedCredit"], credit);
        assert_eq!(s["closingBalance"], -credit, "the firm is in credit");

        // Refunds: bad input writes nothing; then the whole credit goes back.
        let refund = |amount: i64, on: String, reference: &str| {
            json!({ "i": { "firmId": firm, "amount": amount, "refundedOn": on,
                "bankReference": reference } })
        };
        let before = app.snapshot().await;
        for (what, input, path, why) in [
            (
                "more than the credit",
                refund(credit + 1, today().to_string(), "FT26001"),
                "input.amount",
                "refund_exceeds_credit",
            ),
            (
                "dated tomorrow",
                refund(
                    credit,
                    (today() + chrono::Days::new(1)).to_string(),
                    "FT26001",
                ),
                "input.refundedOn",
                "refund_date_in_future",
            ),
            (
                "no bank reference",
                refund(credit, today().to_string(), " "),
                "input.bankReference",
                "field_required",
            ),
        ] {
            let refused = app.graphql(Some(&admin), REFUND, input).await;
            assert_eq!(refused.code(), Some("VALIDATION"), "{what}");
            assert!(refused.field_paths().iter().any(|p| p == path), "{what}");
            assert_eq!(refused.reason(), Some(why), "{what}");
        }
        assert_eq!(
            app.snapshot().await,
            before,
            "refused refunds wrote nothing"
        );
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let forbidden = app
            .graphql(
                Some(&staff),
                REFUND,
                refund(credit, today().to_string(), "FT26001"),
            )
            .await;
        assert_eq!(
            forbidden.code(),
            Some("FORBIDDEN"),
            "refunds are for admins"
        );

        let rows = app
            .graphql(
                Some(&admin),
                REFUND,
                refund(credit, today().to_string(), "FT26001"),
            )
            .await
            .ok();
        assert_eq!(rows.data("/recordRefund/0/amount"), credit);
        let s = statement(&app, &admin, &firm).await;
        assert_eq!(s["unallocatedCredit"], 0);
        assert_eq!(s["closingBalance"], 0);
        let kinds: Vec<&str> = s["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["INVOICE", "CREDIT_NOTE", "PAYMENT", "REFUND"]);
        assert_eq!(
            fund_balance(&app, &admin, &cluster).await,
            fee_amount - half,
            "the fund's share was taken back with the decrease, not twice"
        );
        let again = app
            .graphql(
                Some(&admin),
                REFUND,
                refund(1, today().to_string(), "FT26002"),
            )
            .await;
        assert_eq!(again.reason(), Some("refund_exceeds_credit"));

        // An increase is payable like any invoice.
        let increase = app
            .graphql(
                Some(&admin),
                ADJUST,
                adjust(
                    "INCREASE",
                    json!([{ "lineId": fee["id"], "amount": 1_000 }]),
                    "06/2026/TT-HT",
                    today_s.clone(),
                ),
            )
            .await
            .ok()
            .data("/adjustInvoice")
            .clone();
        assert_eq!(increase["kind"], "INVOICE");
        assert_eq!(increase["correction"], "INCREASE");
        assert_eq!(increase["total"], 1_100);
        assert_eq!(increase["open"], 1_100);
        assert!(increase["dueOn"].is_string());
        let original = app
            .graphql(Some(&admin), ORIGINAL, json!({ "id": invoice["id"] }))
            .await
            .ok();
        let corrections: Vec<&str> = original
            .data("/node/corrections")
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["correction"].as_str().unwrap())
            .collect();
        assert_eq!(corrections, ["DECREASE", "INCREASE"]);
        // An adjusted invoice is corrected by further adjustments, not replaced; an adjustment
        // is not adjusted itself; an issued invoice is never voided.
        let before = app.snapshot().await;
        let replace = app
            .graphql(
                Some(&admin),
                REPLACE,
                json!({ "i": { "invoiceId": invoice["id"], "reason": "Sai tên", "agreementNumber": "07",
                    "agreementDate": today().to_string(), "lines": [] } }),
            )
            .await;
        assert_eq!(replace.reason(), Some("adjusted_invoice_not_replaced"));
        let nested = app
            .graphql(
                Some(&admin),
                ADJUST,
                json!({ "i": { "invoiceId": increase["id"], "direction": "DECREASE", "reason": "x",
                    "agreementNumber": "08", "agreementDate": today().to_string(),
                    "lines": [{ "lineId": fee["id"], "amount": 1 }] } }),
            )
            .await;
        assert_eq!(nested.reason(), Some("adjustment_not_correctable"));
        let void = app
            .graphql(
                Some(&admin),
                "mutation($id: ID!) { voidInvoice(invoiceId: $id, reason: \"x\") { id } }",
                json!({ "id": invoice["id"] }),
            )
            .await;
        assert_eq!(void.reason(), Some("issued_invoice_corrected_not_voided"));
        assert_eq!(
            app.snapshot().await,
            before,
            "refused corrections wrote nothing"
        );
    }
);

on_both_databases!(
    a_replacement_names_its_original_and_takes_over_what_was_paid,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = crate::billing::arrange(&app, &admin, "CCN Thay thế", month).await;
        let invoice = issue_one(&app, &admin, &cluster, month).await;
        pay_in_full(&app, &admin, &firm, &invoice, "full").await;
        let fee = line_of(&invoice, "MAINTENANCE_FEE").clone();
        let replace = |lines: Value| {
            json!({ "i": { "invoiceId": invoice["id"], "reason": "Sai đơn giá phí duy tu",
                "agreementNumber": "09/2026/TT-HT", "agreementDate": today().to_string(),
                "lines": lines } })
        };

        let before = app.snapshot().await;
        let unchanged = app.graphql(Some(&admin), REPLACE, replace(json!([]))).await;
        assert_eq!(unchanged.code(), Some("VALIDATION"));
        assert_eq!(unchanged.reason(), Some("replacement_changes_nothing"));
        let negative = app
            .graphql(
                Some(&admin),
                REPLACE,
                replace(json!([{ "lineId": fee["id"], "unitPrice": -1 }])),
            )
            .await;
        assert_eq!(negative.code(), Some("VALIDATION"));
        assert_eq!(
            app.snapshot().await,
            before,
            "refused replacements wrote nothing"
        );

        // The fee was billed at the wrong price: replace it with a lower one.
        let new_price = fee["unitPrice"].as_i64().unwrap_or(650) - 150;
        let replacement = app
            .graphql(
                Some(&admin),
                REPLACE,
                replace(json!([{ "lineId": fee["id"], "unitPrice": new_price }])),
            )
            .await
            .ok()
            .data("/replaceInvoice")
            .clone();
        assert_eq!(replacement["kind"], "INVOICE");
        assert_eq!(replacement["correction"], "REPLACEMENT");
        assert!(
            replacement["correctsReference"]
                .as_str()
                .unwrap()
                .starts_with("Thay thế cho hóa đơn Mẫu số 1 ký hiệu C"),
            "{}",
            replacement["correctsReference"]
        );
        let new_total = replacement["total"].as_i64().unwrap();
        assert!(new_total < invoice["total"].as_i64().unwrap());
        assert_eq!(
            replacement["paid"], new_total,
            "what was paid pays the replacement"
        );
        assert_eq!(replacement["open"], 0);
        let original = app
            .graphql(Some(&admin), ORIGINAL, json!({ "id": invoice["id"] }))
            .await
            .ok();
        assert_eq!(original.data("/node/status"), "REPLACED");
        assert_eq!(original.data("/node/open"), 0);
        assert_eq!(original.data("/node/paid"), 0);
        assert_eq!(original.data("/node/replacedById"), &replacement["id"]);
        let s = statement(&app, &admin, &firm).await;
        let overpaid = invoice["total"].as_i64().unwrap() - new_total;
        assert_eq!(s["unallocatedCredit"], overpaid);
        assert_eq!(s["closingBalance"], -overpaid);
        let fee_line = replacement["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["kind"] == "MAINTENANCE_FEE")
            .unwrap()
            .clone();
        assert_eq!(
            fund_balance(&app, &admin, &cluster).await,
            fee_line["amount"].as_i64().unwrap(),
            "the fund holds the replacement's fee, not the original's"
        );

        // Replacing it again is refused; the replacement is corrected instead.
        let before = app.snapshot().await;
        let twice = app
            .graphql(
                Some(&admin),
                REPLACE,
                replace(json!([{ "lineId": fee["id"], "unitPrice": 1 }])),
            )
            .await;
        assert_eq!(twice.code(), Some("CONFLICT"));
        assert_eq!(twice.reason(), Some("invoice_already_replaced"));
        assert_eq!(
            app.snapshot().await,
            before,
            "a refused replacement wrote nothing"
        );

        // The data of form 04/SS-HĐĐT lists the replaced invoice.
        let csv = app
            .client
            .get(format!(
                "{}/export/errors-notice.csv?from={}&to={}",
                app.address,
                today(),
                today()
            ))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), 200);
        let text = csv.text().await.unwrap();
        let number = invoice["numberLabel"]
            .as_str()
            .unwrap()
            .rsplit(' ')
            .next()
            .unwrap()
            .to_owned();
        let row = text
            .lines()
            .find(|l| l.contains(&number) && l.contains("Thay thế"))
            .unwrap_or_else(|| panic!("a row for the replaced invoice in {text}"));
        assert!(row.contains("09/2026/TT-HT"), "{row}");

        // The XML of the replacement names its original as a replacement (TCHDon 1).
        let xml = app
            .client
            .get(format!(
                "{}/documents/invoice/{}.xml",
                app.address,
                replacement["id"].as_str().unwrap()
            ))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(xml.contains("<TCHDon>1</TCHDon>"), "{xml}");
        let plain: i64 = number.parse().unwrap();
        assert!(
            xml.contains(&format!("<SHDCLQuan>{plain}</SHDCLQuan>")),
            "{xml}"
        );
    }
);
