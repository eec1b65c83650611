//! Receivables: credit notes, firm credit applied to new invoices, bank statement import and
//! matching, statements of account, aging, collections, meter readings from CSV and the
//! e-invoice XML.

use chrono::{Datelike, Duration, Months, NaiveDate};
use serde_json::{Value, json};

use crate::billing::{FUND, INVOICES, ISSUE, PAY, SETTINGS, arrange, first_of_month, run, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

pub(crate) const DETAIL: &str = "query($id: ID!) { node(id: $id) { ... on Invoice { id kind status numberLabel total paid credited open correctsId correctsLabel note creditNotes { id numberLabel total } lines { id kind amount vatBp vatAmount creditable } } } }";
const CREDIT: &str = "mutation($i: CreditNoteFields!) { issueCreditNote(input: $i) { id kind status numberLabel subtotal vatTotal total correctsId correctsLabel note lines { amount vatAmount } } }";
const BANK_IMPORT: &str = "mutation($csv: String!, $commit: Boolean) { importBankStatement(csv: $csv, commit: $commit) { rows valid created duplicates matched problems { row column message } lines { row reference duplicate match invoiceLabel firmName } } }";
const BANK_LINES: &str = "query($s: BankLineStatus) { bankLines(status: $s) { totalCount nodes { id reference status match invoiceId invoiceLabel invoiceOpen firmName paymentId amount } } }";
const CONFIRM: &str = "mutation($id: ID!, $inv: ID) { confirmBankLine(id: $id, invoiceId: $inv) { id status paymentId invoiceId } }";
pub(crate) const STATEMENT: &str = "query($f: ID, $from: NaiveDate!, $to: NaiveDate!) { firmStatement(firmId: $f, from: $from, to: $to) { firmName openingBalance invoiced credited paid closingBalance unallocatedCredit csvPath entries { kind reference debit credit balance } } }";

/// Issues `month`'s run for the arranged cluster and returns its one invoice with its lines.
pub(crate) async fn issue_one(
    app: &TestApp,
    admin: &str,
    cluster: &Value,
    month: NaiveDate,
) -> Value {
    app.graphql(Some(admin), ISSUE, run(cluster, month))
        .await
        .ok();
    let list = app
        .graphql(Some(admin), INVOICES, json!({ "c": cluster }))
        .await
        .ok();
    let id = list
        .data("/invoices/nodes")
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["status"] != "PAID")
        .expect("an open invoice")["id"]
        .clone();
    detail(app, admin, &id).await
}

/// (row, column) of each problem an import reported.
fn problem_cells(problems: &Value) -> Vec<(i64, String)> {
    problems
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["row"].as_i64().unwrap(),
                p["column"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

pub(crate) async fn detail(app: &TestApp, token: &str, id: &Value) -> Value {
    app.graphql(Some(token), DETAIL, json!({ "id": id }))
        .await
        .ok()
        .data("/node")
        .clone()
}

pub(crate) fn line_of<'a>(invoice: &'a Value, kind: &str) -> &'a Value {
    invoice["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["kind"] == kind)
        .unwrap_or_else(|| panic!("a {kind} line"))
}

pub(crate) async fn fund_balance(app: &TestApp, admin: &str, cluster: &Value) -> i64 {
    app.graphql(Some(admin), FUND, json!({ "c": cluster }))
        .await
        .ok()
        .data("/maintenanceFund/balance")
        .as_i64()
        .unwrap()
}

on_both_databases!(
    a_credit_note_takes_off_what_is_open_and_the_fund_follows,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Điều chỉnh", month).await;
        let invoice = issue_one(&app, &admin, &cluster, month).await;
        let fee = line_of(&invoice, "MAINTENANCE_FEE").clone();
        let fee_amount = fee["amount"].as_i64().unwrap();
        assert_eq!(fee["creditable"], fee["amount"]);
        assert_eq!(
            line_of(&invoice, "RENT_SUPPORT")["creditable"],
            0,
            "a negative line has nothing to credit"
        );
        let total = invoice["total"].as_i64().unwrap();

        // Bad input first: each refused with its reason, nothing written, the invoice as it was.
        let before = app.snapshot().await;
        let credit = |lines: Value, reason: &str| json!({ "i": { "invoiceId": invoice["id"], "reason": reason, "agreementNumber": "12/2026/TT", "agreementDate": today().to_string(), "lines": lines } });
        for (what, input, code, path) in [
            (
                "more than the line",
                credit(
                    json!([{ "lineId": fee["id"], "amount": fee_amount + 1 }]),
                    "Sai diện tích",
                ),
                "VALIDATION",
                Some("input.lines.0.amount"),
            ),
            (
                "a negative amount",
                credit(json!([{ "lineId": fee["id"], "amount": -5 }]), "Sai"),
                "VALIDATION",
                Some("input.lines.0.amount"),
            ),
            (
                "no reason",
                credit(json!([{ "lineId": fee["id"], "amount": 10 }]), "  "),
                "VALIDATION",
                Some("input.reason"),
            ),
            (
                "no lines",
                credit(json!([]), "Sai"),
                "VALIDATION",
                Some("input.lines"),
            ),
            (
                "a line of another invoice",
                credit(
                    json!([{ "lineId": "SW52b2ljZUxpbmU6MDE5M2ZmZmYtMDAwMC03MDAwLTgwMDAtMDAwMDAwMDAwMDAw", "amount": 10 }]),
                    "Sai",
                ),
                "VALIDATION",
                Some("input.lines.0.lineId"),
            ),
        ] {
            let refused = app.graphql(Some(&admin), CREDIT, input).await;
            assert_eq!(refused.code(), Some(code), "{what}");
            if let Some(path) = path {
                assert!(
                    refused.field_paths().iter().any(|p| p == path),
                    "{what}: {:?}",
                    refused.field_paths()
                );
            }
        }
        assert_eq!(
            app.snapshot().await,
            before,
            "refused credit notes wrote nothing"
        );
        assert_eq!(detail(&app, &admin, &invoice["id"]).await["credited"], 0);

        // Pay a third, then credit the whole maintenance fee: the fund gives back its share.
        let third = total / 3;
        app.graphql(
            Some(&admin),
            PAY,
            json!({ "i": { "firmId": firm, "amount": third,
            "receivedOn": today().to_string(), "method": "CASH", "idempotencyKey": "third",
            "allocations": [{ "invoiceId": invoice["id"], "amount": third }] } }),
        )
        .await
        .ok();
        let fund_after_third = fund_balance(&app, &admin, &cluster).await;
        assert!(fund_after_third > 0);
        let note = app
            .graphql(
                Some(&admin),
                CREDIT,
                credit(
                    json!([{ "lineId": fee["id"], "amount": fee_amount }]),
                    "Phí duy tu tính trùng kỳ",
                ),
            )
            .await
            .ok()
            .data("/issueCreditNote")
            .clone();
        // A decrease states its sign in words.
        let words = app
            .graphql(
                Some(&admin),
                "query($id: ID!) { node(id: $id) { ... on Invoice { totalInWords } } }",
                json!({ "id": note["id"] }),
            )
            .await
            .ok();
        assert!(
            words
                .data("/node/totalInWords")
                .as_str()
                .unwrap()
                .starts_with("Giảm "),
            "{}",
            words.0
        );
        let vat = fee["vatAmount"].as_i64().unwrap();
        assert_eq!(note["kind"], "CREDIT_NOTE");
        assert_eq!(
            note["status"], "ISSUED",
            "a credit note is issued; it has nothing to pay"
        );
        assert_eq!(note["subtotal"], -fee_amount);
        assert_eq!(note["vatTotal"], -vat);
        assert_eq!(note["total"], -(fee_amount + vat));
        assert_eq!(note["correctsId"], invoice["id"]);
        assert_eq!(note["correctsLabel"], invoice["numberLabel"]);
        assert_eq!(note["note"], "Phí duy tu tính trùng kỳ");
        let number = |label: &Value| {
            label
                .as_str()
                .unwrap()
                .rsplit(' ')
                .next()
                .unwrap()
                .parse::<i64>()
                .unwrap()
        };
        assert_eq!(
            number(&note["numberLabel"]),
            number(&invoice["numberLabel"]) + 1,
            "the credit note takes the series' next number"
        );
        let after = detail(&app, &admin, &invoice["id"]).await;
        assert_eq!(after["credited"], fee_amount + vat);
        assert_eq!(after["open"], total - third - fee_amount - vat);
        assert_eq!(after["creditNotes"][0]["id"], note["id"]);
        // Filtered lists: the credit note is issued, never paid or overdue.
        let by_status = |status: &'static str| {
            let app = &app;
            let admin = &admin;
            let cluster = &cluster;
            async move {
                app.graphql(
                    Some(admin),
                    "query($c: ID, $s: InvoiceStatus) { invoices(clusterId: $c, status: $s) { nodes { id } } }",
                    json!({ "c": cluster, "s": status }),
                )
                .await
                .ok()
                .data("/invoices/nodes")
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["id"].clone())
                .collect::<Vec<_>>()
            }
        };
        assert!(by_status("ISSUED").await.contains(&note["id"]));
        assert!(!by_status("PAID").await.contains(&note["id"]));
        assert_eq!(line_of(&after, "MAINTENANCE_FEE")["creditable"], 0);
        assert_eq!(
            fund_balance(&app, &admin, &cluster).await,
            0,
            "no fee is left on the invoice, so the fund keeps none of the payment"
        );
        // The rest of the fee line is gone: crediting it again is refused.
        let again = app
            .graphql(
                Some(&admin),
                CREDIT,
                credit(json!([{ "lineId": fee["id"], "amount": 1 }]), "Lần nữa"),
            )
            .await;
        assert_eq!(again.code(), Some("VALIDATION"));
        // Paying what is open settles it; the fund still holds nothing for this invoice.
        let open = after["open"].as_i64().unwrap();
        app.graphql(
            Some(&admin),
            PAY,
            json!({ "i": { "firmId": firm, "amount": open,
            "receivedOn": today().to_string(), "method": "BANK_TRANSFER", "idempotencyKey": "rest",
            "allocations": [{ "invoiceId": invoice["id"], "amount": open }] } }),
        )
        .await
        .ok();
        let settled = detail(&app, &admin, &invoice["id"]).await;
        assert_eq!(settled["status"], "PAID");
        assert_eq!(settled["open"], 0);
        assert_eq!(fund_balance(&app, &admin, &cluster).await, 0);

        // An issued document is never voided: a credit note, nor the credited invoice.
        for id in [&note["id"], &invoice["id"]] {
            let refused = app
                .graphql(
                    Some(&admin),
                    "mutation($id: ID!) { voidInvoice(invoiceId: $id, reason: \"x\") { id } }",
                    json!({ "id": id }),
                )
                .await;
            assert_eq!(refused.code(), Some("CONFLICT"));
        }

        // The e-invoice XML of the credit note names the invoice it adjusts.
        let xml_of = |id: &Value| {
            format!(
                "{}/documents/invoice/{}.xml",
                app.address,
                id.as_str().unwrap()
            )
        };
        let response = app
            .client
            .get(xml_of(&note["id"]))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let xml = response.text().await.unwrap();
        let original_number = number(&invoice["numberLabel"]);
        for expected in [
            "<HDon>".to_owned(),
            "<TCHDon>2</TCHDon>".to_owned(),
            format!("<SHDCLQuan>{original_number}</SHDCLQuan>"),
            format!("<TgTTTBSo>{}</TgTTTBSo>", -(fee_amount + vat)),
            "<TSuat>10%</TSuat>".to_owned(),
        ] {
            assert!(xml.contains(&expected), "{expected} in {xml}");
        }
        // The invoice's own XML: lines, VAT by rate, the total in words.
        let xml = app
            .client
            .get(xml_of(&invoice["id"]))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            xml.contains(&format!("<TgTTTBSo>{total}</TgTTTBSo>")),
            "{xml}"
        );
        assert!(
            xml.contains("<TChat>3</TChat>"),
            "the rent support is a discount line"
        );
        // Another operator gets 404, as for a missing invoice.
        let (stranger, _) = app.login_as("ops@yenlac.example").await;
        let foreign = app
            .client
            .get(xml_of(&invoice["id"]))
            .bearer_auth(&stranger)
            .send()
            .await
            .unwrap();
        assert_eq!(foreign.status(), 404);
        let range = app
            .client
            .get(format!(
                "{}/export/einvoices.xml?from={}&to={}",
                app.address,
                today(),
                today()
            ))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        assert_eq!(range.status(), 200);
        let all = crate::einvoice::unzip(&range.bytes().await.unwrap());
        assert_eq!(
            all.len(),
            2,
            "the invoice and its credit note, one document each"
        );
        // A range that ends before it starts, or has no dates, is refused.
        for query in [
            format!("from={}&to={}", today(), today() - Duration::days(1)),
            "from=yesterday".to_owned(),
        ] {
            let refused = app
                .client
                .get(format!("{}/export/einvoices.xml?{query}", app.address))
                .bearer_auth(&admin)
                .send()
                .await
                .unwrap();
            assert_eq!(refused.status(), 400, "{query}");
            let body: Value = refused.json().await.unwrap();
            assert_eq!(body["error"]["code"], "VALIDATION", "{query}");
        }
    }
);

on_both_databases!(
    a_firms_credit_pays_its_next_invoice,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Trả trước", month).await;
        let first = issue_one(&app, &admin, &cluster, month).await;
        let open = first["open"].as_i64().unwrap();
        let paid = app.graphql(Some(&admin), PAY, json!({ "i": { "firmId": firm, "amount": open + 5_000_000,
            "receivedOn": today().to_string(), "method": "BANK_TRANSFER", "idempotencyKey": "ahead" } }))
            .await
            .ok();
        assert_eq!(paid.data("/recordPayment/unallocated"), 5_000_000);
        let second = issue_one(&app, &admin, &cluster, month + Months::new(1)).await;
        let expected = second["total"].as_i64().unwrap().min(5_000_000);
        assert_eq!(second["paid"], expected, "the credit is applied at issue");
        let payment = app
            .graphql(
                Some(&admin),
                "query($id: ID!) { node(id: $id) { ... on Payment { unallocated allocations { amount } } } }",
                json!({ "id": paid.data("/recordPayment/id") }),
            )
            .await
            .ok();
        assert_eq!(payment.data("/node/unallocated"), 5_000_000 - expected);
        assert_eq!(
            payment.data("/node/allocations").as_array().unwrap().len(),
            2
        );
    }
);

on_both_databases!(
    an_uncoded_series_is_matched_even_when_the_bank_strips_the_spaces,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Không mã", month).await;
        // The operator issues uncoded (K) invoices.
        app.graphql(
            Some(&admin),
            SETTINGS,
            json!({ "i": {
            "invoiceSeries": "KTAA", "dueDays": 15, "lateInterestBp": 1000,
            "lateInterestBasis": "Hợp đồng thuê", "rentVatBp": 1000,
            "sellerName": "Công ty CP Hạ tầng Đồng Sóc", "sellerAddress": "Xã Yên Lạc, tỉnh Phú Thọ",
            "sellerTaxCode": "2500123451", "bankBin": "970436", "bankAccount": "0011001234567",
            "bankAccountName": "CONG TY CP HA TANG DONG SOC" } }),
        )
        .await
        .ok();
        let invoice = issue_one(&app, &admin, &cluster, month).await;
        let label = invoice["numberLabel"].as_str().unwrap().to_owned();
        assert!(label.starts_with('K'), "{label}");
        let open = invoice["open"].as_i64().unwrap();
        // "TT HD K26TAA 00000001" as a bank that drops spaces writes it.
        let stripped = format!("TTHD{}", label.replace(' ', ""));
        let csv = format!(
            "date,amount,description,reference,payer_tax_code\n{},{open},{stripped},FT-K01,\n",
            today(),
        );
        let preview = app
            .graphql(Some(&admin), BANK_IMPORT, json!({ "csv": csv }))
            .await
            .ok();
        assert_eq!(
            preview.data("/importBankStatement/matched"),
            1,
            "{stripped}"
        );
        assert_eq!(
            preview.data("/importBankStatement/lines/0/match"),
            "NUMBER_AND_AMOUNT"
        );
        assert_eq!(
            preview.data("/importBankStatement/lines/0/invoiceLabel"),
            label.as_str()
        );
    }
);

const BANK_COUNTS: &str = "{ bankLineCounts { unmatched suggested confirmed ignored total } }";

/// The tenant's bank lines by status as [unmatched, suggested, confirmed, ignored, total].
async fn bank_counts(app: &TestApp, token: &str) -> [i64; 5] {
    let counts = app
        .graphql(Some(token), BANK_COUNTS, json!({}))
        .await
        .ok()
        .data("/bankLineCounts")
        .clone();
    ["unmatched", "suggested", "confirmed", "ignored", "total"].map(|k| counts[k].as_i64().unwrap())
}

/// `base` moved by `delta`, status by status.
fn moved(base: [i64; 5], delta: [i64; 5]) -> [i64; 5] {
    std::array::from_fn(|i| base[i] + delta[i])
}

on_both_databases!(
    a_bank_statement_is_matched_then_confirmed,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Ngân hàng", month).await;
        let invoice = issue_one(&app, &admin, &cluster, month).await;
        let counted = bank_counts(&app, &admin).await;
        let label = invoice["numberLabel"].as_str().unwrap().to_owned();
        let open = invoice["open"].as_i64().unwrap();
        let grouped = |n: i64| {
            n.to_string()
                .as_bytes()
                .rchunks(3)
                .rev()
                .map(|c| std::str::from_utf8(c).unwrap())
                .collect::<Vec<_>>()
                .join(".")
        };
        let csv = format!(
            "date,amount,description,reference,payer_tax_code\n\
             {},{},\"CONG TY TNHH CCN NGAN HANG TT HD {label}\",FT-001,\n\
             {},125000,Chuyen tien khong ro noi dung,FT-002,\n",
            today(),
            grouped(open),
            today().format("%d/%m/%Y"),
        );
        let before = app.snapshot().await;
        let preview = app
            .graphql(Some(&admin), BANK_IMPORT, json!({ "csv": csv }))
            .await
            .ok();
        assert_eq!(preview.data("/importBankStatement/valid"), true);
        assert_eq!(preview.data("/importBankStatement/created"), 0);
        assert_eq!(preview.data("/importBankStatement/matched"), 1);
        assert_eq!(
            preview.data("/importBankStatement/lines/0/match"),
            "NUMBER_AND_AMOUNT"
        );
        assert_eq!(
            preview.data("/importBankStatement/lines/0/invoiceLabel"),
            label.as_str()
        );
        assert!(preview.data("/importBankStatement/lines/1/match").is_null());
        assert_eq!(app.snapshot().await, before, "a preview writes nothing");

        // A file naming an unknown payer, or with a debit, is refused whole.
        let bad = format!(
            "date,amount,description,reference,payer_tax_code\n\
             {},10000,Tra tien,FT-101,0999999999\n\
             {},-5000,Phi ngan hang,FT-102,\n\
             31/02/2026,5000,Ngay sai,FT-103,\n",
            today(),
            today()
        );
        let refused = app
            .graphql(
                Some(&admin),
                BANK_IMPORT,
                json!({ "csv": bad, "commit": true }),
            )
            .await
            .ok();
        assert_eq!(refused.data("/importBankStatement/valid"), false);
        assert_eq!(refused.data("/importBankStatement/created"), 0);
        let problems = problem_cells(refused.data("/importBankStatement/problems"));
        assert_eq!(
            problems,
            vec![
                (2, "payer_tax_code".to_owned()),
                (3, "amount".to_owned()),
                (4, "date".to_owned())
            ]
        );
        let header = app
            .graphql(
                Some(&admin),
                BANK_IMPORT,
                json!({ "csv": "ngay,so_tien\n1,2\n", "commit": true }),
            )
            .await;
        assert_eq!(header.code(), Some("VALIDATION"));
        assert_eq!(app.snapshot().await, before, "refused files wrote nothing");

        let committed = app
            .graphql(
                Some(&admin),
                BANK_IMPORT,
                json!({ "csv": csv, "commit": true }),
            )
            .await
            .ok();
        assert_eq!(committed.data("/importBankStatement/created"), 2);
        let again = app
            .graphql(
                Some(&admin),
                BANK_IMPORT,
                json!({ "csv": csv, "commit": true }),
            )
            .await
            .ok();
        assert_eq!(again.data("/importBankStatement/created"), 0);
        assert_eq!(again.data("/importBankStatement/duplicates"), 2);
        // The workbench's tabs: one line waits for an invoice, one for confirmation.
        assert_eq!(
            bank_counts(&app, &admin).await,
            moved(counted, [1, 1, 0, 0, 2])
        );

        let suggested = app
            .graphql(Some(&admin), BANK_LINES, json!({ "s": "SUGGESTED" }))
            .await
            .ok();
        let line = suggested.data("/bankLines/nodes/0").clone();
        assert_eq!(line["reference"], "FT-001");
        assert_eq!(line["invoiceId"], invoice["id"]);
        assert_eq!(line["invoiceOpen"], open);
        assert!(line["firmName"].as_str().unwrap().contains("CCN Ngân hàng"));
        let confirmed = app
            .graphql(Some(&admin), CONFIRM, json!({ "id": line["id"] }))
            .await
            .ok();
        assert_eq!(confirmed.data("/confirmBankLine/status"), "CONFIRMED");
        assert!(confirmed.data("/confirmBankLine/paymentId").is_string());
        assert_eq!(detail(&app, &admin, &invoice["id"]).await["status"], "PAID");
        let twice = app
            .graphql(Some(&admin), CONFIRM, json!({ "id": line["id"] }))
            .await;
        assert_eq!(twice.code(), Some("CONFLICT"));

        // The unmatched line needs an invoice; then it can be set aside with a reason.
        let unmatched = app
            .graphql(Some(&admin), BANK_LINES, json!({ "s": "UNMATCHED" }))
            .await
            .ok()
            .data("/bankLines/nodes/0")
            .clone();
        let before = app.snapshot().await;
        let no_invoice = app
            .graphql(Some(&admin), CONFIRM, json!({ "id": unmatched["id"] }))
            .await;
        assert_eq!(no_invoice.code(), Some("VALIDATION"));
        assert_eq!(no_invoice.field_paths(), vec!["invoiceId".to_owned()]);
        assert_eq!(app.snapshot().await, before);
        let blank = app
            .graphql(
                Some(&admin),
                "mutation($id: ID!) { ignoreBankLine(id: $id, reason: \"  \") { status } }",
                json!({ "id": unmatched["id"] }),
            )
            .await;
        assert_eq!(blank.code(), Some("VALIDATION"));
        assert_eq!(blank.field_paths(), vec!["reason".to_owned()]);
        assert_eq!(
            app.snapshot().await,
            before,
            "a line is not set aside without a reason"
        );
        let ignored = app
            .graphql(
                Some(&admin),
                "mutation($id: ID!) { ignoreBankLine(id: $id, reason: \"Hoàn tiền nhầm\") { status ignoreReason } }",
                json!({ "id": unmatched["id"] }),
            )
            .await
            .ok();
        assert_eq!(ignored.data("/ignoreBankLine/status"), "IGNORED");
        assert_eq!(
            bank_counts(&app, &admin).await,
            moved(counted, [0, 0, 1, 1, 2])
        );

        // Another tenant sees none of it.
        let (stranger, _) = app.login_as("ops@yenlac.example").await;
        let theirs = app
            .graphql(Some(&stranger), BANK_LINES, json!({ "s": Value::Null }))
            .await
            .ok();
        assert_eq!(theirs.data("/bankLines/totalCount"), 0);
        assert_eq!(bank_counts(&app, &stranger).await, [0; 5]);
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let firm_counts = app.graphql(Some(&kcc), BANK_COUNTS, json!({})).await;
        assert_eq!(firm_counts.code(), Some("FORBIDDEN"));
        let foreign = app
            .graphql(Some(&stranger), CONFIRM, json!({ "id": unmatched["id"] }))
            .await;
        assert_eq!(foreign.code(), Some("NOT_FOUND"));
    }
);

on_both_databases!(
    statements_aging_and_collections_add_up,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Công nợ", month).await;
        let invoice = issue_one(&app, &admin, &cluster, month).await;
        let total = invoice["total"].as_i64().unwrap();
        app.graphql(
            Some(&admin),
            PAY,
            json!({ "i": { "firmId": firm, "amount": 1_000_000,
            "receivedOn": today().to_string(), "method": "BANK_TRANSFER",
            "bankReference": "FT-STATEMENT", "idempotencyKey": "part" } }),
        )
        .await
        .ok();

        let from = today() - Duration::days(30);
        let statement = app
            .graphql(
                Some(&admin),
                STATEMENT,
                json!({ "f": firm, "from": from.to_string(), "to": today().to_string() }),
            )
            .await
            .ok();
        let s = statement.data("/firmStatement").clone();
        assert_eq!(s["openingBalance"], 0);
        assert_eq!(s["invoiced"], total);
        assert_eq!(s["paid"], 1_000_000);
        assert_eq!(s["closingBalance"], total - 1_000_000);
        let kinds: Vec<&str> = s["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["INVOICE", "PAYMENT"]);
        assert_eq!(s["entries"][1]["balance"], total - 1_000_000);
        // Starting tomorrow, today's invoice and payment are the opening balance.
        let later = app
            .graphql(
                Some(&admin),
                STATEMENT,
                json!({ "f": firm, "from": (today() + Duration::days(1)).to_string(), "to": (today() + Duration::days(2)).to_string() }),
            )
            .await
            .ok();
        assert_eq!(
            later.data("/firmStatement/openingBalance"),
            total - 1_000_000
        );
        assert_eq!(
            later
                .data("/firmStatement/entries")
                .as_array()
                .unwrap()
                .len(),
            0
        );
        let csv = app
            .client
            .get(format!("{}{}", app.address, s["csvPath"].as_str().unwrap()))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), 200);
        let text = csv.text().await.unwrap();
        assert!(text.starts_with('\u{feff}'));
        assert!(text.contains("FT-STATEMENT"));
        assert!(
            text.contains(&format!(
                "CLOSING,,Số dư cuối kỳ,{total},1000000,{}",
                total - 1_000_000
            )),
            "{text}"
        );
        let bad = app
            .graphql(
                Some(&admin),
                STATEMENT,
                json!({ "f": firm, "from": today().to_string(), "to": from.to_string() }),
            )
            .await;
        assert_eq!(bad.code(), Some("VALIDATION"));
        assert_eq!(bad.field_paths(), vec!["to".to_owned()]);
        // The CSV of another firm, for KCC's user, is 404 as for a missing one.
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let foreign_csv = app
            .client
            .get(format!("{}{}", app.address, s["csvPath"].as_str().unwrap()))
            .bearer_auth(&kcc)
            .send()
            .await
            .unwrap();
        assert_eq!(foreign_csv.status(), 404);
        // An enterprise user of another firm cannot read this firm's statement.
        let foreign = app
            .graphql(
                Some(&kcc),
                STATEMENT,
                json!({ "f": firm, "from": from.to_string(), "to": today().to_string() }),
            )
            .await;
        assert_eq!(foreign.code(), Some("NOT_FOUND"));
        let own = app
            .graphql(
                Some(&kcc),
                STATEMENT,
                json!({ "from": from.to_string(), "to": today().to_string() }),
            )
            .await
            .ok();
        assert!(
            own.data("/firmStatement/firmName")
                .as_str()
                .unwrap()
                .starts_with("KCC")
        );

        // Aging: not yet due today; 31–60 days late forty days after the due date.
        const AGING: &str = "query($d: NaiveDate, $c: ID) { receivablesAging(asOf: $d, clusterId: $c) { total { current days1To30 days31To60 total } clusters { name buckets { total } } firms { id buckets { days31To60 } } } }";
        let open = total - 1_000_000;
        let now = app
            .graphql(Some(&admin), AGING, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(now.data("/receivablesAging/total/current"), open);
        assert_eq!(now.data("/receivablesAging/clusters/0/name"), "CCN Công nợ");
        let due: NaiveDate = invoice_due(&app, &admin, &cluster).await;
        let late = app
            .graphql(
                Some(&admin),
                AGING,
                json!({ "c": cluster, "d": (due + Duration::days(40)).to_string() }),
            )
            .await
            .ok();
        assert_eq!(late.data("/receivablesAging/total/days31To60"), open);
        assert_eq!(late.data("/receivablesAging/firms/0/id"), &firm);
        // Yesterday nothing was issued yet.
        let before = app
            .graphql(
                Some(&admin),
                AGING,
                json!({ "c": cluster, "d": (today() - Duration::days(1)).to_string() }),
            )
            .await
            .ok();
        assert_eq!(before.data("/receivablesAging/total/total"), 0);

        // Collections: this month's row holds the invoice and the allocated part.
        let collections = app
            .graphql(
                Some(&admin),
                "query($c: ID) { collections(months: 3, clusterId: $c) { month invoiced collected } }",
                json!({ "c": cluster }),
            )
            .await
            .ok();
        let months = collections.data("/collections").as_array().unwrap().clone();
        assert_eq!(months.len(), 3);
        assert_eq!(months[2]["month"], today().format("%Y-%m").to_string());
        assert_eq!(months[2]["invoiced"], total);
        assert_eq!(months[2]["collected"], 1_000_000);
        assert_eq!(months[0]["invoiced"], 0);
        for months in [0, 37] {
            let refused = app
                .graphql(
                    Some(&admin),
                    "query($m: Int!) { collections(months: $m) { month } }",
                    json!({ "m": months }),
                )
                .await;
            assert_eq!(refused.code(), Some("VALIDATION"), "{months} months");
            assert_eq!(refused.field_paths(), vec!["months".to_owned()]);
        }
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        assert_eq!(
            app.graphql(Some(&viewer), AGING, json!({})).await.code(),
            Some("FORBIDDEN")
        );
    }
);

async fn invoice_due(app: &TestApp, admin: &str, cluster: &Value) -> NaiveDate {
    app.graphql(Some(admin), INVOICES, json!({ "c": cluster }))
        .await
        .ok()
        .data("/invoices/nodes/0/dueOn")
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

on_both_databases!(
    meter_readings_are_imported_from_csv,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (_, lease, _) = arrange(&app, &admin, "CCN Đồng hồ", month).await;
        let ym = |m: NaiveDate| m.format("%Y-%m").to_string();
        const IMPORT: &str = "mutation($csv: String!, $commit: Boolean) { importMeterReadings(csv: $csv, commit: $commit) { rows valid created problems { row column message } } }";
        let good = format!(
            "cluster,plot,month,reading_m3,read_on\n\
             CCN Đồng hồ,B-01,{},420,\n\
             CCN Đồng hồ,B-01,{},655,{}\n",
            ym(month),
            ym(month + Months::new(1)),
            (month + Months::new(1)).with_day(25_u32).unwrap()
        );
        let before = app.snapshot().await;
        let preview = app
            .graphql(Some(&admin), IMPORT, json!({ "csv": good }))
            .await
            .ok();
        assert_eq!(preview.data("/importMeterReadings/valid"), true);
        assert_eq!(preview.data("/importMeterReadings/created"), 0);
        assert_eq!(app.snapshot().await, before, "a preview writes nothing");
        let bad = format!(
            "cluster,plot,month,reading_m3,read_on\n\
             CCN Đồng hồ,B-01,{},420,\n\
             CCN Đồng hồ,B-01,{},400,\n\
             CCN Đồng hồ,Z-99,{},1,\n\
             CCN Không có,B-01,{},1,\n\
             CCN Đồng hồ,B-01,tháng 10,1,\n",
            ym(month),
            ym(month + Months::new(1)),
            ym(month),
            ym(month),
        );
        let refused = app
            .graphql(Some(&admin), IMPORT, json!({ "csv": bad, "commit": true }))
            .await
            .ok();
        assert_eq!(refused.data("/importMeterReadings/created"), 0);
        let rows = problem_cells(refused.data("/importMeterReadings/problems"));
        assert_eq!(
            rows,
            vec![
                (3, "meterM3".to_owned()),
                (4, "plot".to_owned()),
                (5, "cluster".to_owned()),
                (6, "month".to_owned())
            ],
            "the meter going backwards is caught against the file's own earlier row"
        );
        assert_eq!(
            app.snapshot().await,
            before,
            "a refused file writes nothing"
        );
        let committed = app
            .graphql(Some(&admin), IMPORT, json!({ "csv": good, "commit": true }))
            .await
            .ok();
        assert_eq!(committed.data("/importMeterReadings/created"), 2);
        let readings = app
            .graphql(
                Some(&admin),
                "query($l: ID!) { meterReadings(leaseId: $l) { meterM3 consumptionM3 } }",
                json!({ "l": lease }),
            )
            .await
            .ok();
        let values: Vec<(i64, i64)> = readings
            .data("/meterReadings")
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["meterM3"].as_i64().unwrap(),
                    r["consumptionM3"].as_i64().unwrap(),
                )
            })
            .collect();
        assert!(
            values.contains(&(420, 420)) && values.contains(&(655, 235)),
            "{values:?}"
        );
    }
);
