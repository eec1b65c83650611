//! The province's rent support as programmes (audit A7): a discount on the operator's invoice
//! or support the budget pays, the claim report that sums what the invoices carried, and the
//! programme's bad input, refused with nothing written.

use chrono::{Datelike, Months};
use serde_json::{Value, json};

use crate::billing::{INVOICES, ISSUE, arrange, first_of_month, run, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const PROGRAMMES: &str =
    "{ supportProgrammes { id name decisionNumber mechanism rateBp startsOn endsOn clusterId } }";
const CREATE: &str =
    "mutation($i: SupportProgrammeFields!) { createSupportProgramme(input: $i) { id } }";
const UPDATE: &str = "mutation($id: ID!, $i: SupportProgrammeFields!) { updateSupportProgramme(id: $id, input: $i) { id mechanism } }";
const DELETE: &str = "mutation($id: ID!) { deleteSupportProgramme(id: $id) }";
const REPORT: &str = "query($p: ID!, $from: NaiveDate, $to: NaiveDate) { supportClaimReport(programmeId: $p, from: $from, to: $to) { rent amount programme { decisionNumber } firms { firmName rent amount } claims { invoiceId invoiceNumber coveredFrom coveredTo rent rateBp amount mechanism } } }";

/// The demo operator's programme (10% for domestic SMEs, every cluster) as entered.
async fn demo_programme(app: &TestApp, admin: &str) -> Value {
    app.graphql(Some(admin), PROGRAMMES, json!({}))
        .await
        .ok()
        .data("/supportProgrammes/0")
        .clone()
}

/// The programme's fields with `mechanism`, for an update.
fn fields(p: &Value, mechanism: &str) -> Value {
    json!({
        "name": p["name"], "decisionNumber": p["decisionNumber"], "decisionDate": "2025-12-12",
        "issuedBy": "UBND tỉnh Phú Thọ", "startsOn": p["startsOn"], "endsOn": p["endsOn"],
        "rateBp": p["rateBp"], "mechanism": mechanism
    })
}

fn sum_of(lines: &[Value], kind: &str) -> i64 {
    lines
        .iter()
        .filter(|l| l["kind"] == kind)
        .map(|l| l["amount"].as_i64().unwrap())
        .sum()
}

async fn report(app: &TestApp, admin: &str, programme: &Value, month: chrono::NaiveDate) -> Value {
    let to = (month + Months::new(1)).pred_opt().unwrap();
    app.graphql(
        Some(admin),
        REPORT,
        json!({ "p": programme, "from": month.to_string(), "to": to.to_string() }),
    )
    .await
    .ok()
    .data("/supportClaimReport")
    .clone()
}

on_both_databases!(
    the_claim_report_sums_to_the_support_lines_and_a_budget_funded_programme_leaves_the_rent_whole,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let first = first_of_month(today()) - Months::new(2);
        let second = first + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Thử hỗ trợ", first).await;
        let programme = demo_programme(&app, &admin).await;
        assert_eq!(programme["mechanism"], "OPERATOR_DISCOUNT");
        let id = programme["id"].clone();

        // A discount: the invoice carries a support line, and the report sums to it.
        app.graphql(Some(&admin), ISSUE, run(&cluster, first))
            .await
            .ok();
        let invoices = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        let lines = invoices
            .data("/invoices/nodes/0/lines")
            .as_array()
            .unwrap()
            .clone();
        let (rent, support) = (sum_of(&lines, "RENT"), sum_of(&lines, "RENT_SUPPORT"));
        assert!(support < 0, "{lines:?}");
        assert_eq!(-support, (rent + 5) / 10);
        let discount = report(&app, &admin, &id, first).await;
        assert_eq!(discount["amount"], -support, "{discount}");
        assert_eq!(discount["rent"], rent);
        assert_eq!(discount["claims"][0]["mechanism"], "OPERATOR_DISCOUNT");
        assert_eq!(
            discount["claims"][0]["coveredFrom"],
            first.with_day(22).unwrap().to_string()
        );
        assert_eq!(discount["firms"][0]["amount"], -support);

        // Budget-funded: the next invoice bills the whole rent and its VAT; the claim is 10%.
        app.graphql(
            Some(&admin),
            UPDATE,
            json!({ "id": id, "i": fields(&programme, "BUDGET_FUNDED") }),
        )
        .await
        .ok();
        app.graphql(Some(&admin), ISSUE, run(&cluster, second))
            .await
            .ok();
        let invoices = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        let newest = invoices
            .data("/invoices/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|i| {
                i["lines"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|l| l["kind"] != "RENT_SUPPORT")
            })
            .expect("the budget-funded month has no support line")
            .clone();
        let lines = newest["lines"].as_array().unwrap();
        let rent = sum_of(lines, "RENT");
        assert_eq!(rent, 50_000_000, "a whole month of 10,000 m² at 5,000 đ");
        let budget = report(&app, &admin, &id, second).await;
        assert_eq!(budget["claims"].as_array().unwrap().len(), 1, "{budget}");
        assert_eq!(budget["claims"][0]["invoiceId"], newest["id"]);
        assert_eq!(budget["claims"][0]["mechanism"], "BUDGET_FUNDED");
        assert_eq!(budget["rent"], rent);
        assert_eq!(budget["amount"], 5_000_000);

        // The whole programme's report is both months, and the CSV and PDF say the same.
        let all = app
            .graphql(Some(&admin), REPORT, json!({ "p": id }))
            .await
            .ok()
            .data("/supportClaimReport")
            .clone();
        assert_eq!(all["amount"], 5_000_000 - support);
        let csv = app
            .client
            .get(format!(
                "{}/export/support-claims.csv?programme={}",
                app.address,
                id.as_str().unwrap()
            ))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), 200);
        let text = csv.text().await.unwrap();
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let due: i64 = reader
            .records()
            .map(|r| r.unwrap()[10].parse::<i64>().unwrap())
            .sum();
        assert_eq!(due, 5_000_000 - support, "{text}");
        assert!(text.contains(programme["decisionNumber"].as_str().unwrap()));
        let pdf = app
            .client
            .get(format!(
                "{}/documents/support-claims.pdf?programme={}&lang=en",
                app.address,
                id.as_str().unwrap()
            ))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        assert_eq!(pdf.status(), 200);
        assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));

        // Another operator's programme is not found, like a missing one; a firm cannot read it.
        let (other, _) = app.login_as("ops@yenlac.example").await;
        let foreign = app.graphql(Some(&other), REPORT, json!({ "p": id })).await;
        assert_eq!(foreign.code(), Some("NOT_FOUND"), "{:?}", foreign.0);
        let foreign_pdf = app
            .client
            .get(format!(
                "{}/documents/support-claims.pdf?programme={}",
                app.address,
                id.as_str().unwrap()
            ))
            .bearer_auth(&other)
            .send()
            .await
            .unwrap();
        assert_eq!(foreign_pdf.status(), 404);
        let (firm, _) = app.login_as("accounting@kcc.example").await;
        let denied = app.graphql(Some(&firm), REPORT, json!({ "p": id })).await;
        assert_eq!(denied.code(), Some("FORBIDDEN"), "{:?}", denied.0);

        // A programme invoices carry stays on record.
        let before = app.snapshot().await;
        let used = app.graphql(Some(&admin), DELETE, json!({ "id": id })).await;
        assert_eq!(used.code(), Some("CONFLICT"), "{:?}", used.0);
        assert_eq!(used.reason(), Some("support_programme_in_use"));
        assert_eq!(app.snapshot().await, before);
    }
);

on_both_databases!(
    a_bad_programme_is_refused_with_its_field_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let programme = demo_programme(&app, &admin).await;
        let input = |starts: &str, ends: &str, rate: i32| {
            json!({ "i": {
                "name": "Hỗ trợ thử", "decisionNumber": "99/2030/QĐ-UBND",
                "decisionDate": "2029-12-01", "startsOn": starts, "endsOn": ends,
                "rateBp": rate, "mechanism": "BUDGET_FUNDED" } })
        };
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let before = app.snapshot().await;
        for (fields, path, reason) in [
            (
                input("2031-01-01", "2030-12-31", 1000),
                "input.endsOn",
                "support_period_ends_before_start",
            ),
            (
                input("2031-01-01", "2031-12-31", 0),
                "input.rateBp",
                "support_rate_basis_points",
            ),
            (
                input(programme["endsOn"].as_str().unwrap(), "2099-12-31", 1000),
                "input.startsOn",
                "support_programmes_overlap",
            ),
        ] {
            let refused = app.graphql(Some(&admin), CREATE, fields).await;
            assert_eq!(refused.code(), Some("VALIDATION"), "{:?}", refused.0);
            assert_eq!(refused.field_paths(), vec![path]);
            assert_eq!(refused.reason(), Some(reason));
        }
        let staff_try = app
            .graphql(
                Some(&staff),
                CREATE,
                input("2031-01-01", "2031-12-31", 1000),
            )
            .await;
        assert_eq!(staff_try.code(), Some("FORBIDDEN"), "{:?}", staff_try.0);
        assert_eq!(app.snapshot().await, before, "nothing written");

        // A programme no invoice used is deleted.
        let later = app
            .graphql(Some(&admin), CREATE, input("2031-01-01", "2031-12-31", 500))
            .await
            .ok()
            .data("/createSupportProgramme/id")
            .clone();
        app.graphql(Some(&admin), DELETE, json!({ "id": later }))
            .await
            .ok();
        let left = app.graphql(Some(&admin), PROGRAMMES, json!({})).await.ok();
        assert_eq!(left.data("/supportProgrammes").as_array().unwrap().len(), 1);
    }
);
