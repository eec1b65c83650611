//! Which day a billing run dates its invoices (invoice law C7, A11): the settings choose the
//! run's day or the period's last day; either way no invoice is dated after the day it is
//! issued, nor before an invoice numbered lower in its series, and it falls due counted from
//! the day it is issued.

use chrono::{Days, Months};
use serde_json::{Value, json};

use crate::billing::{ISSUE, SETTINGS, TARIFF, arrange, first_of_month, run, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const POLICY: &str = "query { billingSettings { invoiceDatePolicy } }";
const DATED: &str = "query($c: ID) { invoices(clusterId: $c, first: 100) { nodes { number periodStart issuedOn dueOn } } }";

fn settings(policy: Option<&str>) -> Value {
    let mut input = json!({
        "invoiceSeries": "CTAA", "dueDays": 15, "lateInterestBp": 1000,
        "lateInterestBasis": "Hợp đồng thuê", "rentVatBp": 1000,
        "sellerName": "Công ty CP Hạ tầng Đồng Sóc", "sellerAddress": "Xã Yên Lạc, tỉnh Phú Thọ",
        "sellerTaxCode": "2500123451", "bankBin": "970436", "bankAccount": "0011001234567",
        "bankAccountName": "CONG TY CP HA TANG DONG SOC" });
    if let Some(policy) = policy {
        input["invoiceDatePolicy"] = json!(policy);
    }
    json!({ "i": input })
}

/// (number, period start, issued on, due on) of the cluster's invoices, by number.
async fn dated(app: &TestApp, admin: &str, cluster: &Value) -> Vec<(i64, String, String, String)> {
    let mut rows: Vec<_> = app
        .graphql(Some(admin), DATED, json!({ "c": cluster }))
        .await
        .ok()
        .data("/invoices/nodes")
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["number"].as_i64().unwrap(),
                n["periodStart"].as_str().unwrap().to_owned(),
                n["issuedOn"].as_str().unwrap().to_owned(),
                n["dueOn"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    rows.sort();
    rows
}

on_both_databases!(
    period_end_dates_a_past_period_on_its_last_day_and_never_after_the_run,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let this_month = first_of_month(today());
        let two_ago = this_month - Months::new(2);
        let last = this_month - Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Thử ngày hóa đơn", two_ago).await;
        app.graphql(Some(&admin), SETTINGS, settings(Some("PERIOD_END")))
            .await
            .ok();
        // Saving the settings without a policy keeps the one saved.
        app.graphql(Some(&admin), SETTINGS, settings(None))
            .await
            .ok();
        let policy = app.graphql(Some(&admin), POLICY, json!({})).await.ok();
        assert_eq!(
            policy.data("/billingSettings/invoiceDatePolicy"),
            "PERIOD_END"
        );

        // Last month first: dated its last day, due 15 days after today (the run's day).
        app.graphql(Some(&admin), ISSUE, run(&cluster, last))
            .await
            .ok();
        let due = (today() + Days::new(15)).to_string();
        let last_day = (this_month - Days::new(1)).to_string();
        assert_eq!(
            dated(&app, &admin, &cluster).await,
            vec![(1, last.to_string(), last_day.clone(), due.clone())]
        );
        // The month before, billed late: its period ended earlier, but number 2 is not dated
        // before number 1.
        app.graphql(Some(&admin), ISSUE, run(&cluster, two_ago))
            .await
            .ok();
        // This month, whose period has not ended: dated today, not at its end.
        app.graphql(Some(&admin), ISSUE, run(&cluster, this_month))
            .await
            .ok();
        let mut rows = dated(&app, &admin, &cluster).await;
        // By period (in January this month's invoice opens the new year's series).
        rows.sort_by(|a, b| a.1.cmp(&b.1));
        assert_eq!(
            rows,
            vec![
                (2, two_ago.to_string(), last_day.clone(), due.clone()),
                (1, last.to_string(), last_day, due.clone()),
                (rows[2].0, this_month.to_string(), today().to_string(), due),
            ]
        );
    }
);

on_both_databases!(
    run_date_dates_every_invoice_on_the_day_of_the_run,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let last = first_of_month(today()) - Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Thử ngày phát hành", last).await;
        app.graphql(Some(&admin), SETTINGS, settings(Some("RUN_DATE")))
            .await
            .ok();
        app.graphql(Some(&admin), ISSUE, run(&cluster, last))
            .await
            .ok();
        let rows = dated(&app, &admin, &cluster).await;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].2, today().to_string());
    }
);

on_both_databases!(
    the_vat_rate_is_the_one_in_force_on_the_invoice_date,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let last = first_of_month(today()) - Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Thử thuế suất", last).await;
        app.graphql(Some(&admin), SETTINGS, settings(Some("PERIOD_END")))
            .await
            .ok();
        // The fee's VAT drops to 8% in the middle of last month; its rate stays 650 đ.
        app.graphql(
            Some(&admin),
            TARIFF,
            json!({ "i": {
            "clusterId": cluster, "charge": "MAINTENANCE_FEE", "nameVi": "Phí duy tu hạ tầng",
            "nameEn": "MAINTENANCE_FEE", "unit": "M2_MONTH", "rate": 650, "vatBp": 800,
            "vatBasis": "Nghị định 174/2025/NĐ-CP", "effectiveFrom": (last + Days::new(14)).to_string(),
            "legalBasis": "Quy chế CCN số 01/2020" } }),
        )
        .await
        .ok();
        let issued = app
            .graphql(Some(&admin), ISSUE, run(&cluster, last))
            .await
            .ok();
        let id = issued.data("/issueBillingRun/id").clone();
        assert!(!id.is_null());
        let lines = app
            .graphql(
                Some(&admin),
                "query($c: ID) { invoices(clusterId: $c, first: 10) { nodes { issuedOn lines { kind vatBp amount vatAmount } } } }",
                json!({ "c": cluster }),
            )
            .await
            .ok();
        let invoice = &lines.data("/invoices/nodes")[0];
        assert_eq!(
            invoice["issuedOn"],
            (first_of_month(today()) - Days::new(1)).to_string()
        );
        let fee = invoice["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["kind"] == "MAINTENANCE_FEE")
            .unwrap();
        // Dated the period's last day, when 8% is in force.
        assert_eq!(fee["vatBp"], 800, "{invoice}");
        let amount = fee["amount"].as_i64().unwrap();
        assert_eq!(fee["vatAmount"], (amount * 8 + 50) / 100);
    }
);
