//! Which day a billing run dates its invoices (invoice law C7, A11): the settings choose the
//! run's day or the period's last day; either way no invoice is dated after the day it is
//! issued, nor before an invoice numbered lower in its series, and it falls due counted from
//! the day it is issued.

use chrono::{Days, Months};
use serde_json::{Value, json};

use crate::billing::{ISSUE, SETTINGS, arrange, first_of_month, run, today};
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
