//! The auditable fund: expenses name their document, the plant is paid from the wastewater
//! account, the 12-month plan follows the schedules and its lines can be changed, and the
//! statement for a period reconciles with the ledger (CSV and PDF too), on both databases.

use chrono::{Datelike, Duration, NaiveDate};
use serde_json::{Value, json};

use crate::helpers::{Backend, Options, TestApp, app, spawn_app};
use crate::on_both_databases;

const EXPENSE: &str = "mutation($c: ID!, $d: NaiveDate!, $n: String, $dd: NaiveDate, $a: FundAccount, $cat: AssetCategory) { recordFundExpense(clusterId: $c, spentOn: $d, amount: 3000000, description: \"Thay bơm trạm\", documentNumber: $n, documentDate: $dd, account: $a, category: $cat) { id account documentNumber documentDate category } }";
const FUND: &str = "query($c: ID!) { maintenanceFund(clusterId: $c) { balance plannedNext12Months scheduledNext12Months plans { id amount } } }";
const STATEMENT: &str = "query($c: ID!, $f: NaiveDate!, $t: NaiveDate!, $a: FundAccount) { fundStatement(clusterId: $c, from: $f, to: $t, account: $a) { openingBalance receiptsTotal expensesTotal closingBalance receipts { month source amount } expenses { category total lines { amount documentNumber documentDate } } } }";

fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Ho_Chi_Minh)
        .date_naive()
}

async fn cluster(app: &TestApp, token: &str) -> Value {
    app.graphql(
        Some(token),
        "{ clusters(first: 1) { nodes { id } } }",
        json!({}),
    )
    .await
    .ok()
    .data("/clusters/nodes/0/id")
    .clone()
}

async fn balance(app: &TestApp, token: &str, cluster: &Value) -> i64 {
    app.graphql(Some(token), FUND, json!({ "c": cluster }))
        .await
        .ok()
        .data("/maintenanceFund/balance")
        .as_i64()
        .unwrap()
}

on_both_databases!(
    an_expense_names_its_document_and_the_plant_is_paid_by_the_wastewater_account,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let c = cluster(&app, &ops).await;
        let day = today().to_string();
        // Without a document: VALIDATION on both fields, nothing written.
        for (vars, path) in [
            (json!({ "c": c, "d": day }), "input.documentNumber"),
            (
                json!({ "c": c, "d": day, "n": "  " }),
                "input.documentNumber",
            ),
            (
                json!({ "c": c, "d": day, "n": "HĐ 0000456" }),
                "input.documentDate",
            ),
        ] {
            let before = app.snapshot().await;
            let refused = app.graphql(Some(&ops), EXPENSE, vars).await;
            assert_eq!(refused.code(), Some("VALIDATION"), "{path}");
            assert!(
                refused.field_paths().contains(&path.to_owned()),
                "{:?}",
                refused.field_paths()
            );
            assert_eq!(app.snapshot().await, before, "{path}");
        }
        // The plant's repair on the wastewater account leaves the fund as it was.
        let before = balance(&app, &ops, &c).await;
        let saved = app
            .graphql(Some(&ops), EXPENSE, json!({ "c": c, "d": day, "n": "HĐ 0000456", "dd": day, "a": "WASTEWATER", "cat": "WASTEWATER" }))
            .await
            .ok();
        assert_eq!(saved.data("/recordFundExpense/account"), "WASTEWATER");
        assert_eq!(
            saved.data("/recordFundExpense/documentNumber"),
            "HĐ 0000456"
        );
        assert_eq!(balance(&app, &ops, &c).await, before);
        let wastewater = app
            .graphql(
                Some(&ops),
                STATEMENT,
                json!({ "c": c, "f": day, "t": day, "a": "WASTEWATER" }),
            )
            .await
            .ok();
        assert_eq!(wastewater.data("/fundStatement/expensesTotal"), 3_000_000);
        assert_eq!(
            wastewater.data("/fundStatement/expenses/0/category"),
            "WASTEWATER"
        );
        // The same on the fund lowers the fund.
        app.graphql(
            Some(&ops),
            EXPENSE,
            json!({ "c": c, "d": day, "n": "HĐ 0000457", "dd": day, "cat": "DRAINAGE" }),
        )
        .await
        .ok();
        assert_eq!(balance(&app, &ops, &c).await, before - 3_000_000);
    }
);

/// The fund's planned upkeep for the next 12 months, and the schedules' part of it.
async fn plan(app: &TestApp, ops: &str, c: &Value) -> (i64, i64) {
    let f = app.graphql(Some(ops), FUND, json!({ "c": c })).await.ok();
    (
        f.data("/maintenanceFund/plannedNext12Months")
            .as_i64()
            .unwrap(),
        f.data("/maintenanceFund/scheduledNext12Months")
            .as_i64()
            .unwrap(),
    )
}

on_both_databases!(
    the_plan_follows_the_schedules_and_its_lines_can_be_edited_and_deleted,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let c = cluster(&app, &ops).await;
        let (planned, scheduled) = plan(&app, &ops, &c).await;
        assert_eq!(scheduled, 0);
        let first = today().with_day(1).unwrap().to_string();
        let schedule = app
            .graphql(
                Some(&ops),
                "mutation($i: ScheduleFields!) { createUpkeepSchedule(input: $i) { id } }",
                json!({ "i": { "clusterId": c, "title": "Kiểm tra đèn", "rule": "FREQ=MONTHLY", "startsOn": first, "estimatedCost": 1000000 } }),
            )
            .await
            .ok()
            .data("/createUpkeepSchedule/id")
            .clone();
        assert_eq!(
            plan(&app, &ops, &c).await,
            (planned + 12_000_000, 12_000_000)
        );
        // Every three months instead: the plan rebuilds at once.
        app.graphql(
            Some(&ops),
            "mutation($id: ID!, $i: ScheduleFields!) { updateUpkeepSchedule(id: $id, input: $i) { id } }",
            json!({ "id": schedule, "i": { "clusterId": c, "title": "Kiểm tra đèn", "rule": "FREQ=MONTHLY;INTERVAL=3", "startsOn": first, "estimatedCost": 1000000 } }),
        )
        .await
        .ok();
        assert_eq!(plan(&app, &ops, &c).await, (planned + 4_000_000, 4_000_000));
        // A schedule the wastewater account pays adds nothing to the fund's plan.
        app.graphql(
            Some(&ops),
            "mutation($i: ScheduleFields!) { createUpkeepSchedule(input: $i) { id } }",
            json!({ "i": { "clusterId": c, "title": "Bảo dưỡng trạm", "rule": "FREQ=MONTHLY", "startsOn": first, "estimatedCost": 9000000, "account": "WASTEWATER" } }),
        )
        .await
        .ok();
        assert_eq!(plan(&app, &ops, &c).await, (planned + 4_000_000, 4_000_000));
        // A manual line: added, changed, deleted.
        let line = app
            .graphql(
                Some(&ops),
                "mutation($c: ID!, $m: NaiveDate!) { planUpkeep(clusterId: $c, month: $m, amount: 700000, description: \"Sơn vạch\", category: INTERNAL_ROADS) { id } }",
                json!({ "c": c, "m": first }),
            )
            .await
            .ok()
            .data("/planUpkeep/id")
            .clone();
        assert_eq!(plan(&app, &ops, &c).await.0, planned + 4_700_000);
        app.graphql(
            Some(&ops),
            "mutation($id: ID!, $c: ID!, $m: NaiveDate!) { updateUpkeepPlan(id: $id, clusterId: $c, month: $m, amount: 900000, description: \"Sơn vạch\") { amount } }",
            json!({ "id": line, "c": c, "m": first }),
        )
        .await
        .ok();
        assert_eq!(plan(&app, &ops, &c).await.0, planned + 4_900_000);
        let before = app.snapshot().await;
        let bad = app
            .graphql(
                Some(&ops),
                "mutation($id: ID!, $c: ID!, $m: NaiveDate!) { updateUpkeepPlan(id: $id, clusterId: $c, month: $m, amount: 0, description: \"\") { amount } }",
                json!({ "id": line, "c": c, "m": first }),
            )
            .await;
        assert_eq!(bad.code(), Some("VALIDATION"));
        assert_eq!(app.snapshot().await, before);
        app.graphql(
            Some(&ops),
            "mutation($id: ID!) { deleteUpkeepPlan(id: $id) }",
            json!({ "id": line }),
        )
        .await
        .ok();
        assert_eq!(plan(&app, &ops, &c).await.0, planned + 4_000_000);
        let (other, _) = app.login_as("ops@yenlac.example").await;
        let foreign = app
            .graphql(
                Some(&other),
                "mutation($id: ID!) { deleteUpkeepPlan(id: $id) }",
                json!({ "id": line }),
            )
            .await;
        assert_eq!(foreign.code(), Some("NOT_FOUND"));
    }
);

on_both_databases!(
    the_fund_statement_reconciles_with_the_ledger_as_json_csv_and_pdf,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                demo_history: true,
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let c = cluster(&app, &ops).await;
        let to = today();
        let balance = balance(&app, &ops, &c).await;
        for from in [to - Duration::days(400), to - Duration::days(95), to] {
            let s = app
                .graphql(
                    Some(&ops),
                    STATEMENT,
                    json!({ "c": c, "f": from.to_string(), "t": to.to_string() }),
                )
                .await
                .ok();
            let n = |p: &str| s.data(&format!("/fundStatement/{p}")).as_i64().unwrap();
            assert_eq!(n("closingBalance"), balance, "from {from}");
            assert_eq!(
                n("openingBalance") + n("receiptsTotal") - n("expensesTotal"),
                n("closingBalance")
            );
            for group in s.data("/fundStatement/expenses").as_array().unwrap() {
                for line in group["lines"].as_array().unwrap() {
                    assert!(line["documentNumber"].is_string(), "{line}");
                }
            }
        }
        let year = app
            .graphql(
                Some(&ops),
                STATEMENT,
                json!({ "c": c, "f": (to - Duration::days(400)).to_string(), "t": to.to_string() }),
            )
            .await
            .ok();
        assert!(year.data("/fundStatement/expensesTotal").as_i64().unwrap() > 0);
        assert!(year.data("/fundStatement/receiptsTotal").as_i64().unwrap() > 0);
        // No plant costs on the fund.
        assert!(
            year.data("/fundStatement/expenses")
                .as_array()
                .unwrap()
                .iter()
                .all(|g| g["category"] != "WASTEWATER")
        );
        let query = format!(
            "cluster={}&from={}&to={to}",
            c.as_str().unwrap(),
            to - Duration::days(400)
        );
        let csv = app
            .client
            .get(format!("{}/export/fund-statement.csv?{query}", app.address))
            .bearer_auth(&ops)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), 200);
        let text = csv.text().await.unwrap();
        assert!(
            text.contains(&format!("CLOSING,{to},,Số dư cuối kỳ,,,{balance}")),
            "{text}"
        );
        let pdf = app
            .client
            .get(format!(
                "{}/documents/fund-statement.pdf?{query}",
                app.address
            ))
            .bearer_auth(&ops)
            .send()
            .await
            .unwrap();
        assert_eq!(pdf.status(), 200);
        assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
        // A firm gets no statement.
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let firm = app
            .graphql(
                Some(&kcc),
                STATEMENT,
                json!({ "c": c, "f": to.to_string(), "t": to.to_string() }),
            )
            .await;
        assert!(
            matches!(firm.code(), Some("FORBIDDEN" | "NOT_FOUND")),
            "{}",
            firm.0
        );
    }
);

const OUTLOOK: &str = "query($c: ID!) { maintenanceFund(clusterId: $c) { balance plannedNext12Months leasedAreaM2 expectedFeeNext12Months collectibleFeeNext12Months feeDueLast12Months feeCollectedOfDue collectionRateBp coverageBp breakEvenFeePerM2Month } }";
const OVERDUE: &str = "query($c: ID!) { invoices(clusterId: $c, status: OVERDUE, first: 50) { nodes { id firmId open paid lines { kind amount } } } }";

/// The outlook's figures, checked against the formula from their own parts.
fn checked_outlook(f: &crate::helpers::Gql) -> (i64, i64, i64, i64) {
    let n = |p: &str| f.data(&format!("/maintenanceFund/{p}")).as_i64();
    let (billed, collected) = (
        n("feeDueLast12Months").unwrap(),
        n("feeCollectedOfDue").unwrap(),
    );
    let (planned, balance, leased) = (
        n("plannedNext12Months").unwrap(),
        n("balance").unwrap(),
        n("leasedAreaM2").unwrap(),
    );
    let expected = n("expectedFeeNext12Months").unwrap();
    assert!(billed > 0 && collected >= 0, "{billed} {collected}");
    let rate = n("collectionRateBp").unwrap();
    assert_eq!(rate, (collected * 10_000 / billed).min(10_000));
    let collectible = if collected >= billed {
        expected
    } else {
        (i128::from(expected) * i128::from(collected) / i128::from(billed)) as i64
    };
    assert_eq!(n("collectibleFeeNext12Months").unwrap(), collectible);
    assert!(planned > 0);
    assert_eq!(
        n("coverageBp").unwrap(),
        (balance.max(0) + collectible) * 10_000 / planned
    );
    let (c, b) = if collected >= billed {
        (1, 1)
    } else {
        (collected, billed)
    };
    let per_unit = i128::from(leased) * 12 * i128::from(c);
    let to_raise = i128::from((planned - balance.max(0)).max(0));
    assert_eq!(
        n("breakEvenFeePerM2Month"),
        (per_unit > 0).then(|| ((to_raise * i128::from(b) + per_unit - 1) / per_unit) as i64)
    );
    (billed, collected, rate, n("coverageBp").unwrap())
}

on_both_databases!(
    coverage_and_the_break_even_fee_count_the_balance_and_the_collection_rate,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                demo_history: true,
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let c = cluster(&app, &ops).await;
        let before = app
            .graphql(Some(&ops), OUTLOOK, json!({ "c": c }))
            .await
            .ok();
        let (billed, collected, rate, coverage) = checked_outlook(&before);
        // The demo has overdue fee left unpaid, so the fund expects less than it bills.
        assert!(rate < 10_000, "{rate}");

        // Paying an overdue invoice in full: the fund collects exactly its fee, which was
        // already counted as due, so the rate and the coverage rise.
        let overdue = app
            .graphql(Some(&ops), OVERDUE, json!({ "c": c }))
            .await
            .ok();
        let invoice = overdue
            .data("/invoices/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|i| {
                i["paid"] == 0
                    && i["lines"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|l| l["kind"] == "MAINTENANCE_FEE")
            })
            .expect("an unpaid overdue invoice with a maintenance fee")
            .clone();
        let fee: i64 = invoice["lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["kind"] == "MAINTENANCE_FEE")
            .map(|l| l["amount"].as_i64().unwrap())
            .sum();
        app.graphql(
            Some(&ops),
            crate::billing::PAY,
            json!({ "i": { "firmId": invoice["firmId"], "amount": invoice["open"],
                "allocations": [{ "invoiceId": invoice["id"], "amount": invoice["open"] }],
                "receivedOn": today().to_string(), "method": "BANK_TRANSFER",
                "idempotencyKey": "outlook-1" } }),
        )
        .await
        .ok();
        let after = app
            .graphql(Some(&ops), OUTLOOK, json!({ "c": c }))
            .await
            .ok();
        let (billed_after, collected_after, rate_after, coverage_after) = checked_outlook(&after);
        assert_eq!(billed_after, billed);
        assert_eq!(collected_after, collected + fee);
        assert!(rate_after > rate, "{rate} → {rate_after}");
        assert!(coverage_after > coverage, "{coverage} → {coverage_after}");
    }
);
