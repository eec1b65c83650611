//! Paying everything with one transfer: what a firm owes, the one VietQR that pays it, and bank
//! matching splitting that transfer over the invoices it names (or the firm's whole balance),
//! confirmed with the other exact matches in one step.

use chrono::Months;
use serde_json::{Value, json};

use crate::billing::{INVOICES, ISSUE, SETTINGS, arrange, first_of_month, run, settings, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const DUE: &str = "query($f: ID) { amountDue(firmId: $f) { firmId firmName open overdue nextDueOn purpose vietqr payee { bankBin bankName account holder } invoices { id numberLabel open dueOn } } }";
const IMPORT: &str = "mutation($csv: String!) { importBankStatement(csv: $csv, commit: true) { created matched lines { match invoiceLabel firmName } } }";
const LINES: &str = "query { bankLines { nodes { reference status match } } }";
const CONFIRM_ALL: &str = "mutation { confirmExactBankMatches }";

/// A fresh firm with two open invoices (this month's partial one and next month's); returns the
/// firm's id and its amount due as the operator reads it.
async fn two_open_invoices(app: &TestApp, admin: &str, name: &str) -> (Value, Value) {
    let month = first_of_month(today()) + Months::new(1);
    let (cluster, _, firm) = arrange(app, admin, name, month).await;
    // No late interest: billing next month's month after charges interest on the first
    // invoice (a notice of its own), which is not what these tests are about.
    app.graphql(Some(admin), SETTINGS, settings(0)).await.ok();
    for m in [month, month + Months::new(1)] {
        app.graphql(Some(admin), ISSUE, run(&cluster, m)).await.ok();
    }
    let due = app
        .graphql(Some(admin), DUE, json!({ "f": firm }))
        .await
        .ok()
        .data("/amountDue")
        .clone();
    (firm, due)
}

fn statement_line(reference: &str, amount: i64, description: &str) -> String {
    format!(
        "date,amount,description,reference,payer_tax_code\n{},{amount},\"{description}\",{reference},\n",
        today()
    )
}

async fn statuses(app: &TestApp, admin: &str, firm: &Value) -> Vec<String> {
    let list = app
        .graphql(Some(admin), INVOICES, json!({ "c": Value::Null }))
        .await
        .ok();
    list.data("/invoices/nodes")
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["firmId"] == *firm)
        .map(|i| i["status"].as_str().unwrap().to_owned())
        .collect()
}

on_both_databases!(
    one_transfer_pays_every_invoice_it_names,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (firm, due) = two_open_invoices(&app, &admin, "CCN Trả một lần").await;
        let invoices = due["invoices"].as_array().unwrap();
        assert_eq!(invoices.len(), 2);
        let open = due["open"].as_i64().unwrap();
        assert_eq!(
            open,
            invoices
                .iter()
                .map(|i| i["open"].as_i64().unwrap())
                .sum::<i64>()
        );
        assert_eq!(due["overdue"], 0, "nothing is past due yet");
        assert_eq!(due["nextDueOn"], invoices[0]["dueOn"]);
        assert_eq!(due["payee"]["bankName"], "Vietcombank");
        assert_eq!(due["payee"]["account"], "0011001234567");

        // The purpose names both invoices in the 25 characters banks keep.
        let series = |label: &Value| label.as_str().unwrap()[..6].to_owned();
        let number = |label: &Value| {
            label.as_str().unwrap()[7..]
                .trim_start_matches('0')
                .to_owned()
        };
        let purpose = format!(
            "TT HD {} {} {}",
            series(&invoices[0]["numberLabel"]),
            number(&invoices[0]["numberLabel"]),
            number(&invoices[1]["numberLabel"])
        );
        assert_eq!(due["purpose"], purpose.as_str());
        assert!(purpose.len() <= 25);
        let qr = due["vietqr"].as_str().unwrap();
        assert!(clusterkeep::billing::documents::vietqr::crc_is_valid(qr));
        assert!(qr.contains(&format!("54{:02}{open}", open.to_string().len())));
        assert!(qr.contains(&purpose));

        // The bank line carrying that purpose matches both, and "confirm all" pays both.
        let imported = app
            .graphql(
                Some(&admin),
                IMPORT,
                json!({ "csv": statement_line("FT-ALL-1", open, &format!("CONG TY TNHH {purpose}")) }),
            )
            .await
            .ok();
        assert_eq!(
            imported.data("/importBankStatement/lines/0/match"),
            "INVOICES_AND_AMOUNT"
        );
        let confirmed = app.graphql(Some(&admin), CONFIRM_ALL, json!({})).await.ok();
        assert_eq!(confirmed.data("/confirmExactBankMatches"), 1);
        assert_eq!(statuses(&app, &admin, &firm).await, vec!["PAID", "PAID"]);
        let after = app
            .graphql(Some(&admin), DUE, json!({ "f": firm }))
            .await
            .ok();
        assert_eq!(after.data("/amountDue/open"), 0);
        assert!(after.data("/amountDue/vietqr").is_null());
        assert!(after.data("/amountDue/purpose").is_null());
        let again = app.graphql(Some(&admin), CONFIRM_ALL, json!({})).await.ok();
        assert_eq!(again.data("/confirmExactBankMatches"), 0);
    }
);

on_both_databases!(
    a_transfer_naming_the_tax_code_pays_the_whole_balance,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (firm, due) = two_open_invoices(&app, &admin, "CCN Theo mã số thuế").await;
        let open = due["open"].as_i64().unwrap();
        let tax = app
            .graphql(
                Some(&admin),
                "query($id: ID!) { node(id: $id) { ... on Firm { taxCode } } }",
                json!({ "id": firm }),
            )
            .await
            .ok()
            .data("/node/taxCode")
            .as_str()
            .unwrap()
            .to_owned();
        let csv = statement_line("FT-MST-1", open, &format!("TT MST {tax}"))
            + &format!("{},{},TT MST {tax},FT-MST-2,\n", today(), open - 1);
        let imported = app
            .graphql(Some(&admin), IMPORT, json!({ "csv": csv }))
            .await
            .ok();
        assert_eq!(
            imported.data("/importBankStatement/lines/0/match"),
            "FIRM_BALANCE"
        );
        assert!(
            imported
                .data("/importBankStatement/lines/1/match")
                .is_null(),
            "a transfer short of the balance is not an exact match"
        );
        assert_eq!(
            imported.data("/importBankStatement/lines/1/firmName"),
            imported.data("/importBankStatement/lines/0/firmName")
        );
        let confirmed = app.graphql(Some(&admin), CONFIRM_ALL, json!({})).await.ok();
        assert_eq!(confirmed.data("/confirmExactBankMatches"), 1);
        assert_eq!(statuses(&app, &admin, &firm).await, vec!["PAID", "PAID"]);
        let lines = app.graphql(Some(&admin), LINES, json!({})).await.ok();
        let by_reference = |reference: &str| -> String {
            lines
                .data("/bankLines/nodes")
                .as_array()
                .unwrap()
                .iter()
                .find(|l| l["reference"] == reference)
                .unwrap()["status"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        assert_eq!(by_reference("FT-MST-1"), "CONFIRMED");
        assert_eq!(by_reference("FT-MST-2"), "UNMATCHED");
    }
);

on_both_databases!(
    a_firm_reads_only_what_it_owes_itself,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (other_firm, _) = two_open_invoices(&app, &admin, "CCN Doanh nghiệp khác").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let own = app.graphql(Some(&kcc), DUE, json!({})).await.ok();
        assert!(
            own.data("/amountDue/firmName")
                .as_str()
                .unwrap()
                .contains("KCC")
        );
        let theirs = app
            .graphql(Some(&kcc), DUE, json!({ "f": other_firm }))
            .await;
        assert_eq!(theirs.code(), Some("NOT_FOUND"));
        let no_firm = app.graphql(Some(&admin), DUE, json!({})).await;
        assert_eq!(no_firm.code(), Some("VALIDATION"));
        assert_eq!(no_firm.field_paths(), vec!["firmId".to_owned()]);
        let before = app.snapshot().await;
        let refused = app.graphql(Some(&kcc), CONFIRM_ALL, json!({})).await;
        assert_eq!(refused.code(), Some("FORBIDDEN"));
        assert_eq!(app.snapshot().await, before);
        let (stranger, _) = app.login_as("ops@yenlac.example").await;
        let foreign = app
            .graphql(Some(&stranger), DUE, json!({ "f": other_firm }))
            .await;
        assert_eq!(foreign.code(), Some("NOT_FOUND"));
    }
);
