//! The land rent paid to the State, deducted from the rent's VAT base (invoice law B2): a lease
//! records it with its decision, the rent line shows the rent and the base, VAT is on the base,
//! and a price above the rent or without its decision is refused with nothing written.

use chrono::Months;
use serde_json::{Value, json};

use crate::billing::{ISSUE, PREVIEW, arrange, first_of_month, run, today};
use crate::helpers::{Backend, app};
use crate::on_both_databases;

const LEASE: &str = "mutation($i: LeaseFields!) { createLease(input: $i, activate: true) { id deductibleLandPricePerM2Year deductibleLandBasis } }";
const PLOT: &str = "mutation($i: PlotFields!) { createPlot(input: $i) { id } }";
const ADJUST: &str = "mutation($i: AdjustmentFields!) { adjustInvoice(input: $i) { id vatTotal } }";

on_both_databases!(
    vat_on_rent_is_on_the_rent_less_the_land_rent_paid_to_the_state,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Thử giá đất", month).await;
        let plot = app
            .graphql(
                Some(&admin),
                PLOT,
                json!({ "i": { "clusterId": cluster, "code": "B-02", "areaM2": 12_000, "landUse": "Công nghiệp" } }),
            )
            .await
            .ok()
            .data("/createPlot/id")
            .clone();
        let terms = |price: Option<i64>, basis: Option<&str>| {
            json!({ "i": {
                "firmId": firm, "plotIds": [plot], "startsOn": month.to_string(),
                "endsOn": (month + Months::new(120)).to_string(),
                "rentPerM2Year": 60_000, "rentSchedule": "MONTHLY",
                "deductibleLandPricePerM2Year": price, "deductibleLandBasis": basis } })
        };

        // Refused, writing nothing: a land price above the rent, and one without its decision.
        let before = app.snapshot().await;
        let above = app
            .graphql(
                Some(&admin),
                LEASE,
                terms(Some(60_001), Some("QĐ 123/QĐ-UBND ngày 01/03/2020")),
            )
            .await;
        assert_eq!(above.code(), Some("VALIDATION"), "{:?}", above.0);
        assert_eq!(
            above.field_paths(),
            vec!["input.deductibleLandPricePerM2Year"]
        );
        assert_eq!(above.reason(), Some("deductible_land_price_above_rent"));
        let unsourced = app
            .graphql(Some(&admin), LEASE, terms(Some(20_000), Some("  ")))
            .await;
        assert_eq!(unsourced.field_paths(), vec!["input.deductibleLandBasis"]);
        assert_eq!(unsourced.reason(), Some("deductible_land_basis_required"));
        assert_eq!(
            app.snapshot().await,
            before,
            "a refused lease writes nothing"
        );

        let lease = app
            .graphql(
                Some(&admin),
                LEASE,
                terms(Some(18_000), Some("QĐ 123/QĐ-UBND ngày 01/03/2020")),
            )
            .await
            .ok();
        assert_eq!(
            lease.data("/createLease/deductibleLandPricePerM2Year"),
            18_000
        );

        let preview = app
            .graphql(Some(&admin), PREVIEW, json!(run(&cluster, month)))
            .await
            .ok();
        let invoices = preview
            .data("/billingRunPreview/invoices")
            .as_array()
            .unwrap();
        let rent_lines: Vec<&Value> = invoices
            .iter()
            .flat_map(|i| i["lines"].as_array().unwrap())
            .filter(|l| l["kind"] == "RENT" && l["vatDeduction"].as_i64().unwrap() > 0)
            .collect();
        assert_eq!(rent_lines.len(), 1, "{invoices:?}");
        let line = rent_lines[0];
        // A whole month of 12,000 m² at 5,000 đ/m²/month, less 12,000 × 18,000 / 12 paid to
        // the State: VAT 10% on 60,000,000 − 18,000,000.
        assert_eq!(line["amount"], 60_000_000);
        assert_eq!(line["vatDeduction"], 18_000_000);
        assert_eq!(line["vatAmount"], 4_200_000);
        let description = line["descriptionVi"].as_str().unwrap();
        assert!(
            description.contains(
                "giá tính thuế GTGT = tiền thuê 60.000.000 − tiền thuê đất nộp NSNN 18.000.000"
            ) && description.contains("QĐ 123/QĐ-UBND"),
            "{description}"
        );

        // Issued, then adjusted: an increase of the rent bears VAT whole (the land rent paid
        // to the State does not grow with the price); taking the whole line off gives back
        // exactly the VAT it charged.
        app.graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await
            .ok();
        let issued = app
            .graphql(
                Some(&admin),
                "query($c: ID) { invoices(clusterId: $c, first: 10) { nodes { id lines { id kind vatDeduction } } } }",
                json!({ "c": cluster }),
            )
            .await
            .ok();
        let (invoice, rent_line) = issued
            .data("/invoices/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find_map(|i| {
                i["lines"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|l| l["vatDeduction"].as_i64().unwrap() > 0)
                    .map(|l| (i["id"].clone(), l["id"].clone()))
            })
            .unwrap();
        let adjust = |direction: &str, amount: i64| {
            json!({ "i": { "invoiceId": invoice, "direction": direction,
                "reason": "Điều chỉnh giá thuê", "agreementNumber": "07/2026/TT",
                "agreementDate": today().to_string(),
                "lines": [{ "lineId": rent_line, "amount": amount }] } })
        };
        let increase = app
            .graphql(Some(&admin), ADJUST, adjust("INCREASE", 1_000_000))
            .await
            .ok();
        assert_eq!(increase.data("/adjustInvoice/vatTotal"), 100_000);
        let decrease = app
            .graphql(Some(&admin), ADJUST, adjust("DECREASE", 60_000_000))
            .await
            .ok();
        assert_eq!(decrease.data("/adjustInvoice/vatTotal"), -4_200_000);
    }
);
