//! Billing: tariffs, meter readings, runs (preview, then issue once, numbered without gaps),
//! payments (idempotent, allocated, feeding the fund), and what each role may see.

use chrono::{Datelike, Months, NaiveDate};
use serde_json::{Value, json};

use crate::helpers::{Backend, Options, TestApp, app, spawn_app};
use crate::on_both_databases;

pub(crate) const SETTINGS: &str = "mutation($i: BillingSettingsFields!) { updateBillingSettings(input: $i) { currentSeries bankBin } }";
pub(crate) const TARIFF: &str = "mutation($i: TariffFields!) { addTariffVersion(input: $i) { id rate effectiveFrom effectiveTo } }";
pub(crate) const READING: &str =
    "mutation($i: MeterReadingFields!) { recordMeterReading(input: $i) { id consumptionM3 } }";
pub(crate) const PREVIEW: &str = "query($i: BillingRunInput!) { billingRunPreview(input: $i) { periodLabel invoiceCount lineCount alreadyBilled total warnings invoices { documentType firmName subtotal vatTotal total lines { kind quantityE4 unitPrice amount vatBp vatAmount vatDeduction descriptionVi } } } }";
pub(crate) const ISSUE: &str = "mutation($i: BillingRunInput!) { issueBillingRun(input: $i) { id invoiceCount total firstNumber lastNumber } }";
pub(crate) const INVOICES: &str = "query($c: ID) { invoices(clusterId: $c, first: 100) { totalCount nodes { id number numberLabel status total paid open firmId dueOn totalInWords vietqr paymentPurpose lines { kind amount vatAmount } } } }";
pub(crate) const PAY: &str = "mutation($i: PaymentFields!) { recordPayment(input: $i) { id amount unallocated replayed allocations { invoiceId amount } } }";
pub(crate) const FUND: &str =
    "query($c: ID!) { maintenanceFund(clusterId: $c) { balance entries { kind amount } } }";

pub(crate) fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap()
}

pub(crate) fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Ho_Chi_Minh)
        .date_naive()
}

/// The billing settings [`arrange`] saves (series CTAA, 15 days to pay, the bank account on
/// file), with a late-interest rate of `late_interest_bp`, as the mutation's variables.
pub(crate) fn settings(late_interest_bp: i32) -> Value {
    json!({ "i": {
    "invoiceSeries": "CTAA", "dueDays": 15, "lateInterestBp": late_interest_bp,
    "lateInterestBasis": "Hợp đồng thuê", "rentVatBp": 1000,
    "sellerName": "Công ty CP Hạ tầng Đồng Sóc", "sellerAddress": "Xã Yên Lạc, tỉnh Phú Thọ",
    "sellerTaxCode": "2500123451", "bankBin": "970436", "bankAccount": "0011001234567",
    "bankAccountName": "CONG TY CP HA TANG DONG SOC" } })
}

/// A fresh cluster with one 10,000 m² plot leased (monthly rent 60,000 đ/m²/year) from the 22nd
/// of `month` to a domestic SME, a maintenance fee of 650 đ/m²/month and wastewater at
/// 9,650 đ/m³, and the operator's bank account on file. Returns (cluster, lease, firm).
pub(crate) async fn arrange(
    app: &TestApp,
    admin: &str,
    name: &str,
    month: NaiveDate,
) -> (Value, Value, Value) {
    app.graphql(Some(admin), SETTINGS, settings(1000))
        .await
        .ok();
    let cluster = app
        .graphql(
            Some(admin),
            "mutation($i: ClusterFields!) { createCluster(input: $i) { id } }",
            json!({ "i": {
            "name": name, "province": "Vĩnh Phúc", "district": "Yên Lạc",
            "totalAreaM2": 300_000, "leasableAreaM2": 200_000, "status": "OPERATING",
            "wwtpPresent": false, "wwtpStatus": "NONE" } }),
        )
        .await
        .ok()
        .data("/createCluster/id")
        .clone();
    let plot = app
        .graphql(
            Some(admin),
            "mutation($i: PlotFields!) { createPlot(input: $i) { id } }",
            json!({ "i": {
            "clusterId": cluster, "code": "B-01", "areaM2": 10_000, "landUse": "Công nghiệp" } }),
        )
        .await
        .ok()
        .data("/createPlot/id")
        .clone();
    let hash = name
        .bytes()
        .fold(7u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)));
    let tax = clusterkeep::values::TaxCode::complete(250_000_000 + (hash % 10_000_000) as u32);
    let firm = app
        .graphql(
            Some(admin),
            "mutation($i: FirmFields!) { createFirm(input: $i) { id } }",
            json!({ "i": {
            "name": format!("Công ty TNHH {name}"), "taxCode": tax, "isSme": true,
            "address": format!("Lô B-01, {name}, xã Yên Lạc, tỉnh Phú Thọ"),
            "capitalOrigin": "DOMESTIC", "workforce": 40,
            "billingEmails": ["ketoan@lessee.example"] } }),
        )
        .await
        .ok()
        .data("/createFirm/id")
        .clone();
    let starts = month.with_day(22).unwrap();
    let lease = app
        .graphql(Some(admin), "mutation($i: LeaseFields!) { createLease(input: $i, activate: true) { id supportProgrammes { rateBp mechanism } } }", json!({ "i": {
            "firmId": firm, "plotIds": [plot], "startsOn": starts.to_string(),
            "endsOn": (starts + Months::new(60)).to_string(),
            "rentPerM2Year": 60_000, "rentSchedule": "MONTHLY" } }))
        .await
        .ok();
    // A domestic SME: the demo operator's programme (10%, a discount on the invoice) applies.
    assert_eq!(lease.data("/createLease/supportProgrammes/0/rateBp"), 1000);
    assert_eq!(
        lease.data("/createLease/supportProgrammes/0/mechanism"),
        "OPERATOR_DISCOUNT"
    );
    let lease = lease.data("/createLease/id").clone();
    for (charge, unit, rate, name_vi) in [
        ("MAINTENANCE_FEE", "M2_MONTH", 650, "Phí duy tu hạ tầng"),
        ("WASTEWATER", "M3", 9_650, "Phí xử lý nước thải"),
    ] {
        app.graphql(
            Some(admin),
            TARIFF,
            json!({ "i": {
            "clusterId": cluster, "charge": charge, "nameVi": name_vi, "nameEn": charge,
            "unit": unit, "rate": rate, "vatBp": 1000, "vatBasis": "Luật Thuế GTGT",
            "effectiveFrom": "2020-01-01", "legalBasis": "Quy chế CCN số 01/2020" } }),
        )
        .await
        .ok();
    }
    (cluster, lease, firm)
}

pub(crate) fn run(cluster: &Value, month: NaiveDate) -> Value {
    json!({ "i": { "clusterId": cluster, "periodKind": "MONTH", "periodStart": month.to_string() } })
}

on_both_databases!(
    a_run_is_previewed_then_issued_once_with_prorated_lines,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, lease, _) = arrange(&app, &admin, "CCN Thử tính tiền", month).await;
        let reading = app
            .graphql(Some(&admin), READING, json!({ "i": { "leaseId": lease, "period": month.to_string(), "readOn": month.with_day(28).unwrap().to_string(), "meterM3": 120 } }))
            .await
            .ok();
        assert_eq!(reading.data("/recordMeterReading/consumptionM3"), 120);

        let before = app.snapshot().await;
        let preview = app
            .graphql(Some(&admin), PREVIEW, json!(run(&cluster, month)))
            .await
            .ok();
        assert_eq!(app.snapshot().await, before, "a preview writes nothing");
        let p = preview.data("/billingRunPreview");
        assert_eq!(p["invoiceCount"], 1);
        let days = i64::from(
            (first_of_month(month) + Months::new(1))
                .pred_opt()
                .unwrap()
                .day(),
        );
        let covered = days - 21;
        // The quantity: 10,000 m² × covered/days of a month, in ten-thousandths (rounded).
        let quantity = (100_000_000 * covered * 2 + days) / (days * 2);
        let times = |price: i64| (quantity * price * 2 + 10_000) / 20_000;
        // Rent: 60,000 đ/m²/year is 5,000 đ/m² a month; the maintenance fee 650 đ/m² a month.
        let rent = times(5_000);
        let support = -((rent * 1000 + 5000) / 10_000);
        let fee = times(650);
        let lines = p["invoices"][0]["lines"].as_array().unwrap();
        for l in lines {
            // The printed quantity × the unit price is the amount (audit B4).
            let (q, price) = (
                l["quantityE4"].as_i64().unwrap(),
                l["unitPrice"].as_i64().unwrap(),
            );
            let product = i128::from(q) * i128::from(price);
            let rounded = (product.abs() * 2 + 10_000) / 20_000 * product.signum();
            assert_eq!(i128::from(l["amount"].as_i64().unwrap()), rounded, "{l}");
        }
        assert_eq!(lines[0]["quantityE4"], quantity);
        assert_eq!(lines[0]["unitPrice"], 5_000);
        let amounts: Vec<(&str, i64)> = lines
            .iter()
            .map(|l| (l["kind"].as_str().unwrap(), l["amount"].as_i64().unwrap()))
            .collect();
        assert_eq!(
            amounts,
            vec![
                ("RENT", rent),
                ("RENT_SUPPORT", support),
                ("MAINTENANCE_FEE", fee),
                ("WASTEWATER", 120 * 9_650),
            ],
            "{p}"
        );
        for l in lines {
            let amount = l["amount"].as_i64().unwrap();
            let expected_vat = if amount >= 0 {
                (amount + 5) / 10
            } else {
                -((-amount + 5) / 10)
            };
            assert_eq!(l["vatAmount"], expected_vat, "{l}");
        }
        let subtotal: i64 = amounts.iter().map(|(_, a)| a).sum();
        assert_eq!(p["invoices"][0]["subtotal"], subtotal);
        assert_eq!(
            p["invoices"][0]["total"].as_i64().unwrap(),
            subtotal + p["invoices"][0]["vatTotal"].as_i64().unwrap()
        );

        let issued = app
            .graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await
            .ok();
        assert_eq!(issued.data("/issueBillingRun/invoiceCount"), 1);
        assert_eq!(issued.data("/issueBillingRun/total"), &p["total"]);
        let series = issued
            .data("/issueBillingRun/firstNumber")
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            series.starts_with(&format!("C{:02}TAA ", today().year() % 100)),
            "{series}"
        );

        // The firm's billing contact is told, in the same transaction as the issue.
        let log = app
            .graphql(
                Some(&admin),
                "{ mailLog(first: 5) { nodes { recipient subject } } }",
                json!({}),
            )
            .await
            .ok();
        let mail = log.data("/mailLog/nodes/0");
        assert_eq!(mail["recipient"], "ketoan@lessee.example");
        assert!(
            mail["subject"]
                .as_str()
                .unwrap()
                .contains(&p["periodLabel"].as_str().unwrap().to_owned()),
            "{mail}"
        );

        // Issuing the same period again creates nothing.
        let after_issue = app.snapshot().await;
        let again = app
            .graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await;
        assert_eq!(again.code(), Some("CONFLICT"), "{}", again.0);
        assert_eq!(app.snapshot().await, after_issue);
        let preview_again = app
            .graphql(Some(&admin), PREVIEW, json!(run(&cluster, month)))
            .await
            .ok();
        assert_eq!(preview_again.data("/billingRunPreview/alreadyBilled"), 1);
        assert_eq!(preview_again.data("/billingRunPreview/invoiceCount"), 0);

        let invoices = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        let invoice = invoices.data("/invoices/nodes/0");
        assert_eq!(invoice["status"], "ISSUED");
        assert_eq!(invoice["open"], p["total"]);
        assert!(invoice["totalInWords"].as_str().unwrap().ends_with("đồng"));
        let qr = invoice["vietqr"].as_str().unwrap();
        assert!(qr.contains(&format!(
            "54{:02}{}",
            p["total"].to_string().len(),
            p["total"]
        )));
        assert!(
            qr.contains("QRIBFTTA") && qr.contains(invoice["paymentPurpose"].as_str().unwrap())
        );
        assert!(clusterkeep::billing::documents::vietqr::crc_is_valid(qr));

        // The next month's run carries no first-month proration: a whole month of rent.
        let next = app
            .graphql(
                Some(&admin),
                PREVIEW,
                json!(run(&cluster, month + Months::new(1))),
            )
            .await
            .ok();
        assert_eq!(
            next.data("/billingRunPreview/invoices/0/lines/0/amount"),
            50_000_000,
            "10,000 m² × 60,000 / 12"
        );
    }
);

on_both_databases!(
    two_runs_issued_at_once_take_consecutive_numbers,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (a, _, _) = arrange(&app, &admin, "CCN Song song A", month).await;
        let (b, _, _) = arrange(&app, &admin, "CCN Song song B", month).await;
        for _ in 0..2 {
            let (x, y) = tokio::join!(
                app.graphql(Some(&admin), ISSUE, json!(run(&a, month))),
                app.graphql(Some(&admin), ISSUE, json!(run(&b, month))),
            );
            // The first round issues both; the second finds both periods billed.
            let codes = [x.code().map(str::to_owned), y.code().map(str::to_owned)];
            assert!(
                codes == [None, None]
                    || codes == [Some("CONFLICT".into()), Some("CONFLICT".into())],
                "{codes:?}"
            );
        }
        let mut numbers: Vec<i64> = Vec::new();
        for c in [&a, &b] {
            let list = app
                .graphql(Some(&admin), INVOICES, json!({ "c": c }))
                .await
                .ok();
            for n in list.data("/invoices/nodes").as_array().unwrap() {
                numbers.push(n["number"].as_i64().unwrap());
            }
        }
        numbers.sort();
        assert_eq!(numbers.len(), 2);
        assert_eq!(
            numbers[1],
            numbers[0] + 1,
            "no gap, no duplicate: {numbers:?}"
        );
    }
);

on_both_databases!(
    payments_replay_by_key_settle_invoices_and_fill_the_fund,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Thu tiền", month).await;
        app.graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await
            .ok();
        let list = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        let invoice = list.data("/invoices/nodes/0").clone();
        let total = invoice["total"].as_i64().unwrap();
        let fee: i64 = invoice["lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["kind"] == "MAINTENANCE_FEE")
            .map(|l| l["amount"].as_i64().unwrap())
            .sum();
        let fund_before = app
            .graphql(Some(&admin), FUND, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(fund_before.data("/maintenanceFund/balance"), 0);

        let part = json!({ "i": { "firmId": firm, "amount": total / 3, "receivedOn": today().to_string(),
            "method": "BANK_TRANSFER", "bankReference": "FT26001", "idempotencyKey": "pay-1" } });
        // Concurrent duplicates create one payment.
        let (x, y) = tokio::join!(
            app.graphql(Some(&admin), PAY, part.clone()),
            app.graphql(Some(&admin), PAY, part.clone()),
        );
        let (x, y) = (x.ok(), y.ok());
        assert_eq!(x.data("/recordPayment/id"), y.data("/recordPayment/id"));
        assert!(x.data("/recordPayment/replayed") != y.data("/recordPayment/replayed"));
        assert_eq!(x.data("/recordPayment/allocations/0/amount"), total / 3);
        // The same key again replays; with other values it is a conflict and writes nothing.
        let replay = app.graphql(Some(&admin), PAY, part.clone()).await.ok();
        assert_eq!(replay.data("/recordPayment/replayed"), true);
        let before = app.snapshot().await;
        let mut changed = part.clone();
        changed["i"]["amount"] = json!(total / 2);
        let conflict = app.graphql(Some(&admin), PAY, changed).await;
        assert_eq!(conflict.code(), Some("CONFLICT"));
        assert_eq!(app.snapshot().await, before);

        let status = |list: crate::helpers::Gql| list.data("/invoices/nodes/0/status").clone();
        let partly = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(status(partly), "PARTIALLY_PAID");

        // The rest, plus 1,000,000 đ too much: the invoice is paid, the excess is credit.
        let rest = total - total / 3;
        let paid = app
            .graphql(
                Some(&admin),
                PAY,
                json!({ "i": { "firmId": firm, "amount": rest + 1_000_000,
            "receivedOn": today().to_string(), "method": "VIETQR", "idempotencyKey": "pay-2" } }),
            )
            .await
            .ok();
        assert_eq!(paid.data("/recordPayment/unallocated"), 1_000_000);
        let settled = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(settled.data("/invoices/nodes/0/paid"), total);
        assert_eq!(settled.data("/invoices/nodes/0/open"), 0);
        assert_eq!(status(settled), "PAID");

        // The fund received exactly the maintenance fee (before VAT), in two parts.
        let fund = app
            .graphql(Some(&admin), FUND, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(fund.data("/maintenanceFund/balance"), fee);
        assert_eq!(
            fund.data("/maintenanceFund/entries")
                .as_array()
                .unwrap()
                .len(),
            2
        );

        // Spending flows out.
        app.graphql(Some(&admin), "mutation($c: ID!, $d: NaiveDate!) { recordFundExpense(clusterId: $c, spentOn: $d, amount: 500000, description: \"Vá đường nội bộ\", documentNumber: \"HĐ 0000124\", documentDate: \"2026-01-02\") { amount } }", json!({ "c": cluster, "d": today().to_string() }))
            .await
            .ok();
        let fund = app
            .graphql(Some(&admin), FUND, json!({ "c": cluster }))
            .await
            .ok();
        assert_eq!(fund.data("/maintenanceFund/balance"), fee - 500_000);
    }
);

on_both_databases!(
    bad_billing_input_is_refused_and_writes_nothing,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, lease, firm) = arrange(&app, &admin, "CCN Dữ liệu sai", month).await;
        let reading = app.graphql(Some(&admin), READING, json!({ "i": { "leaseId": lease, "period": month.to_string(), "readOn": month.with_day(28).unwrap().to_string(), "meterM3": 500 } }))
            .await
            .ok()
            .data("/recordMeterReading/id")
            .clone();
        app.graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await
            .ok();
        let list = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        let invoice = list.data("/invoices/nodes/0").clone();
        let open = invoice["open"].as_i64().unwrap();
        let pay = |amount: i64, allocations: Value, key: &str| {
            json!({ "i": { "firmId": firm, "amount": amount, "receivedOn": today().to_string(),
                "method": "CASH", "idempotencyKey": key, "allocations": allocations } })
        };
        let next = month + Months::new(1);
        let cases: Vec<(&str, &str, Value, &str, Option<&str>)> = vec![
            (
                "negative payment",
                PAY,
                pay(-5, Value::Null, "k1"),
                "VALIDATION",
                Some("input.amount"),
            ),
            (
                "allocation beyond open",
                PAY,
                pay(
                    open + 10,
                    json!([{ "invoiceId": invoice["id"], "amount": open + 10 }]),
                    "k2",
                ),
                "VALIDATION",
                Some("input.allocations.0.amount"),
            ),
            (
                "allocations beyond the payment",
                PAY,
                pay(
                    10,
                    json!([{ "invoiceId": invoice["id"], "amount": 20 }]),
                    "k3",
                ),
                "VALIDATION",
                Some("input.allocations"),
            ),
            (
                "unknown firm",
                PAY,
                json!({ "i": { "firmId": "RmlybTowMTkzZmZmZi0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA", "amount": 10, "receivedOn": today().to_string(), "method": "CASH", "idempotencyKey": "k4" } }),
                "VALIDATION",
                Some("input.firmId"),
            ),
            (
                "negative rate",
                TARIFF,
                json!({ "i": { "clusterId": cluster, "charge": "OTHER", "nameVi": "Phí khác", "nameEn": "Other", "unit": "FIXED_PERIOD", "rate": -1, "vatBp": 1000, "vatBasis": "GTGT", "effectiveFrom": "2026-01-01", "legalBasis": "HĐ" } }),
                "VALIDATION",
                Some("input.rate"),
            ),
            (
                "wastewater per m²",
                TARIFF,
                json!({ "i": { "clusterId": cluster, "charge": "WASTEWATER", "nameVi": "Nước thải 2", "nameEn": "Wastewater", "unit": "M2", "rate": 1, "vatBp": 1000, "vatBasis": "GTGT", "effectiveFrom": "2026-01-01", "legalBasis": "HĐ" } }),
                "VALIDATION",
                Some("input.unit"),
            ),
            (
                "a rate starting before the current one",
                TARIFF,
                json!({ "i": { "clusterId": cluster, "charge": "MAINTENANCE_FEE", "nameVi": "Phí duy tu hạ tầng", "nameEn": "Fee", "unit": "M2_MONTH", "rate": 700, "vatBp": 1000, "vatBasis": "GTGT", "effectiveFrom": "2019-01-01", "legalBasis": "HĐ" } }),
                "CONFLICT",
                None,
            ),
            (
                "a meter going backwards",
                READING,
                json!({ "i": { "leaseId": lease, "period": next.to_string(), "readOn": next.with_day(28).unwrap().to_string(), "meterM3": 499 } }),
                "VALIDATION",
                Some("input.meterM3"),
            ),
            (
                "a second reading for a month",
                READING,
                json!({ "i": { "leaseId": lease, "period": month.to_string(), "readOn": month.with_day(28).unwrap().to_string(), "meterM3": 600 } }),
                "CONFLICT",
                None,
            ),
            (
                "a period starting mid-month",
                ISSUE,
                json!({ "i": { "clusterId": cluster, "periodKind": "MONTH", "periodStart": month.with_day(2).unwrap().to_string() } }),
                "VALIDATION",
                Some("input.periodStart"),
            ),
            (
                "a quarter starting in its second month",
                ISSUE,
                json!({ "i": { "clusterId": cluster, "periodKind": "QUARTER", "periodStart": "2026-11-01" } }),
                "VALIDATION",
                Some("input.periodStart"),
            ),
            (
                "a period already issued",
                ISSUE,
                run(&cluster, month),
                "CONFLICT",
                None,
            ),
            (
                "a correction to a negative meter value",
                "mutation($r: ID!, $d: NaiveDate!) { correctMeterReading(readingId: $r, meterM3: -1, readOn: $d, reason: \"Đọc nhầm\") { id } }",
                json!({ "r": reading, "d": month.with_day(28).unwrap().to_string() }),
                "VALIDATION",
                Some("input.meterM3"),
            ),
            (
                "a malformed invoice series",
                SETTINGS,
                json!({ "i": {
                    "invoiceSeries": "XYZ", "dueDays": 15, "lateInterestBp": 1000,
                    "lateInterestBasis": "HĐ", "rentVatBp": 1000, "sellerName": "Hạ tầng",
                    "sellerAddress": "", "sellerTaxCode": "", "bankBin": "97", "bankAccount": "",
                    "bankAccountName": "" } }),
                "VALIDATION",
                Some("input.invoiceSeries"),
            ),
            (
                "negative upkeep spending",
                "mutation($c: ID!, $d: NaiveDate!) { recordFundExpense(clusterId: $c, spentOn: $d, amount: -5, description: \"Sửa đèn\", documentNumber: \"HĐ 0000123\", documentDate: \"2026-01-02\") { id } }",
                json!({ "c": cluster, "d": today().to_string() }),
                "VALIDATION",
                Some("input.amount"),
            ),
            (
                "spending in the future",
                "mutation($c: ID!, $d: NaiveDate!) { recordFundExpense(clusterId: $c, spentOn: $d, amount: 5, description: \"Sửa đèn\", documentNumber: \"HĐ 0000123\", documentDate: \"2026-01-02\") { id } }",
                json!({ "c": cluster, "d": (today() + chrono::Days::new(3)).to_string() }),
                "VALIDATION",
                Some("input.spentOn"),
            ),
            (
                "an upkeep plan of nothing",
                "mutation($c: ID!, $d: NaiveDate!) { planUpkeep(clusterId: $c, month: $d, amount: 0, description: \"Nạo vét\") { id } }",
                json!({ "c": cluster, "d": month.to_string() }),
                "VALIDATION",
                Some("input.amount"),
            ),
        ];
        for (what, query, variables, code, path) in cases {
            let before = app.snapshot().await;
            let response = app.graphql(Some(&admin), query, variables).await;
            assert_eq!(response.code(), Some(code), "{what}: {}", response.0);
            if let Some(path) = path {
                assert_eq!(
                    response.0["errors"][0]["extensions"]["fields"][0]["path"], path,
                    "{what}"
                );
            }
            assert_eq!(app.snapshot().await, before, "{what} wrote nothing");
        }
        // A replaced invoice takes no payment (its replacement does).
        let line = app
            .graphql(
                Some(&admin),
                "query($id: ID!) { node(id: $id) { ... on Invoice { lines { id unitPrice } } } }",
                json!({ "id": invoice["id"] }),
            )
            .await
            .ok()
            .data("/node/lines/0")
            .clone();
        app.graphql(
            Some(&admin),
            "mutation($i: ReplacementFields!) { replaceInvoice(input: $i) { status } }",
            json!({ "i": { "invoiceId": invoice["id"], "reason": "Sai diện tích",
                "agreementNumber": "01/TT", "agreementDate": today().to_string(),
                "lines": [{ "lineId": line["id"], "unitPrice": line["unitPrice"].as_i64().unwrap() + 1 }] } }),
        )
        .await
        .ok();
        let before = app.snapshot().await;
        let refused = app
            .graphql(
                Some(&admin),
                PAY,
                pay(
                    100,
                    json!([{ "invoiceId": invoice["id"], "amount": 100 }]),
                    "k9",
                ),
            )
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"));
        assert_eq!(app.snapshot().await, before);
    }
);

on_both_databases!(
    a_firm_sees_its_own_invoices_and_fund_and_nothing_else,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (viewer, _) = app.login_as("viewer@sct.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (other_cluster, _, _) = arrange(&app, &admin, "CCN Người khác", month).await;
        let clusters = app
            .graphql(
                Some(&admin),
                "{ clusters { nodes { id name } } }",
                json!({}),
            )
            .await
            .ok();
        let dong_soc = clusters
            .data("/clusters/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"].as_str().unwrap().contains("Đồng Sóc"))
            .unwrap()["id"]
            .clone();
        app.graphql(Some(&admin), ISSUE, json!(run(&dong_soc, month)))
            .await
            .ok();
        app.graphql(Some(&admin), ISSUE, json!(run(&other_cluster, month)))
            .await
            .ok();

        let mine = app
            .graphql(Some(&kcc), INVOICES, json!({ "c": Value::Null }))
            .await
            .ok();
        let nodes = mine.data("/invoices/nodes").as_array().unwrap().clone();
        assert!(!nodes.is_empty());
        let kcc_firm = nodes[0]["firmId"].clone();
        assert!(nodes.iter().all(|n| n["firmId"] == kcc_firm));
        let foreign = app
            .graphql(Some(&admin), INVOICES, json!({ "c": other_cluster }))
            .await
            .ok();
        let foreign_id = foreign.data("/invoices/nodes/0/id").clone();
        for token in [&kcc, &viewer] {
            let seen = app
                .graphql(
                    Some(token),
                    "query($id: ID!) { node(id: $id) { id } }",
                    json!({ "id": foreign_id }),
                )
                .await;
            assert_eq!(seen.code(), Some("NOT_FOUND"));
        }
        assert_eq!(
            app.graphql(Some(&viewer), INVOICES, json!({ "c": Value::Null }))
                .await
                .code(),
            Some("FORBIDDEN")
        );
        // The invoice document: a PDF for KCC and its operator, 404 for anyone else.
        let own_id = nodes[0]["id"].as_str().unwrap();
        let pdf_url = |id: &str| format!("{}/documents/invoice/{id}.pdf", app.address);
        let pdf = app
            .client
            .get(pdf_url(own_id))
            .bearer_auth(&kcc)
            .send()
            .await
            .unwrap();
        assert_eq!(pdf.status(), 200);
        assert_eq!(pdf.headers()["content-type"], "application/pdf");
        let bytes = pdf.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let number = nodes[0]["numberLabel"].as_str().unwrap();
        assert!(
            String::from_utf8_lossy(&bytes).contains(&format!("Hoa don {number}")),
            "the document's title carries the invoice number"
        );
        let english = app
            .client
            .get(format!("{}?lang=en", pdf_url(own_id)))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        assert_eq!(english.status(), 200);
        assert!(
            String::from_utf8_lossy(&english.bytes().await.unwrap())
                .contains(&format!("Invoice {number}"))
        );
        let foreign_pdf = app
            .client
            .get(pdf_url(foreign_id.as_str().unwrap()))
            .bearer_auth(&kcc)
            .send()
            .await
            .unwrap();
        assert_eq!(foreign_pdf.status(), 404);
        let anonymous = app.client.get(pdf_url(own_id)).send().await.unwrap();
        assert_eq!(anonymous.status(), 401);

        // KCC reads its cluster's fund statement, not another cluster's.
        let fund = app
            .graphql(Some(&kcc), FUND, json!({ "c": dong_soc }))
            .await;
        assert!(fund.code().is_none(), "{}", fund.0);
        let other = app
            .graphql(Some(&kcc), FUND, json!({ "c": other_cluster }))
            .await;
        assert_eq!(other.code(), Some("NOT_FOUND"));
        // Operators' tools stay closed to the firm.
        let preview = app
            .graphql(Some(&kcc), PREVIEW, json!(run(&dong_soc, month)))
            .await;
        assert_eq!(preview.code(), Some("FORBIDDEN"));
    }
);

on_both_databases!(
    a_large_cash_payment_warns_that_the_buyer_cannot_deduct_its_vat,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (_, _, firm) = arrange(&app, &admin, "CCN Tiền mặt", month).await;
        const PAY_WARNINGS: &str = "mutation($i: PaymentFields!) { recordPayment(input: $i) { id amount warnings { code message } } }";
        // (method, amount, warned)
        for (n, (method, amount, warned)) in [
            ("CASH", 6_000_000, true),
            ("CASH", 5_000_000, true),
            ("CASH", 4_999_999, false),
            ("BANK_TRANSFER", 6_000_000, false),
            ("VIETQR", 50_000_000, false),
        ]
        .into_iter()
        .enumerate()
        {
            let paid = app
                .graphql(
                    Some(&admin),
                    PAY_WARNINGS,
                    json!({ "i": { "firmId": firm, "amount": amount, "receivedOn": today().to_string(),
                        "method": method, "idempotencyKey": format!("cash-{n}") } }),
                )
                .await
                .ok();
            let warnings = paid
                .data("/recordPayment/warnings")
                .as_array()
                .unwrap()
                .clone();
            if warned {
                assert_eq!(warnings.len(), 1, "{method} {amount}");
                assert_eq!(warnings[0]["code"], "CASH_VAT_NOT_DEDUCTIBLE");
                assert!(
                    warnings[0]["message"]
                        .as_str()
                        .unwrap()
                        .contains("non-cash")
                );
            } else {
                assert!(warnings.is_empty(), "{method} {amount}: {warnings:?}");
            }
            // The payment is recorded either way.
            assert_eq!(paid.data("/recordPayment/amount"), amount);
        }
    }
);

on_both_databases!(
    a_run_refuses_to_issue_while_a_firm_lacks_its_address,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Thiếu địa chỉ", month).await;
        let firm_fields = |address: Option<&str>| {
            json!({ "id": firm, "i": {
                "name": "Công ty TNHH CCN Thiếu địa chỉ", "taxCode": "2500123451",
                "address": address, "isSme": true, "capitalOrigin": "DOMESTIC", "workforce": 40,
                "billingEmails": ["ketoan@lessee.example"] } })
        };
        const UPDATE_FIRM: &str =
            "mutation($id: ID!, $i: FirmFields!) { updateFirm(id: $id, input: $i) { id address } }";
        app.graphql(Some(&admin), UPDATE_FIRM, firm_fields(None))
            .await
            .ok();

        // The preview names the firm to fix, and what is wrong.
        let preview = app
            .graphql(
                Some(&admin),
                "query($i: BillingRunInput!) { billingRunPreview(input: $i) { invoiceCount blocking { firmId name problem message } } }",
                json!(run(&cluster, month)),
            )
            .await
            .ok();
        let blocking = preview.data("/billingRunPreview/blocking");
        assert_eq!(
            blocking,
            &json!([{ "firmId": firm, "name": "Công ty TNHH CCN Thiếu địa chỉ",
                "problem": "BUYER_ADDRESS_MISSING",
                "message": "the firm has no address; an invoice must print the buyer's registered address" }]),
            "{blocking}"
        );

        // Issuing refuses and writes nothing.
        let before = app.snapshot().await;
        let refused = app
            .graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"), "{}", refused.0);
        assert_eq!(refused.field_paths(), vec!["input".to_owned()]);
        assert!(
            refused
                .0
                .to_string()
                .contains("Thiếu địa chỉ: the firm has no address"),
            "{}",
            refused.0
        );
        assert_eq!(app.snapshot().await, before, "a refused run writes nothing");

        // With the address, the run issues and the invoice prints it.
        app.graphql(
            Some(&admin),
            UPDATE_FIRM,
            firm_fields(Some("Lô B-01, CCN Thiếu địa chỉ, xã Yên Lạc, tỉnh Phú Thọ")),
        )
        .await
        .ok();
        let preview = app
            .graphql(Some(&admin), "query($i: BillingRunInput!) { billingRunPreview(input: $i) { blocking { problem } } }", json!(run(&cluster, month)))
            .await
            .ok();
        assert_eq!(preview.data("/billingRunPreview/blocking"), &json!([]));
        app.graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await
            .ok();
        let list = app
            .graphql(
                Some(&admin),
                "query($c: ID) { invoices(clusterId: $c, first: 5) { nodes { buyerAddress sellerAddress buyerTaxCode } } }",
                json!({ "c": cluster }),
            )
            .await
            .ok();
        assert_eq!(
            list.data("/invoices/nodes/0"),
            &json!({ "buyerAddress": "Lô B-01, CCN Thiếu địa chỉ, xã Yên Lạc, tỉnh Phú Thọ",
                "sellerAddress": "Xã Yên Lạc, tỉnh Phú Thọ", "buyerTaxCode": "2500123451" })
        );
    }
);

on_both_databases!(
    a_run_refuses_to_issue_without_the_sellers_address,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Người bán", month).await;
        app.graphql(
            Some(&admin),
            SETTINGS,
            json!({ "i": {
            "invoiceSeries": "CTAA", "dueDays": 15, "lateInterestBp": 1000,
            "lateInterestBasis": "Hợp đồng thuê", "rentVatBp": 1000,
            "sellerName": "Công ty CP Hạ tầng Đồng Sóc", "sellerAddress": " ",
            "sellerTaxCode": "2500123451", "bankBin": "970436", "bankAccount": "0011001234567",
            "bankAccountName": "CONG TY CP HA TANG DONG SOC" } }),
        )
        .await
        .ok();
        let preview = app
            .graphql(
                Some(&admin),
                "query($i: BillingRunInput!) { billingRunPreview(input: $i) { blocking { firmId problem } } }",
                json!(run(&cluster, month)),
            )
            .await
            .ok();
        assert_eq!(
            preview.data("/billingRunPreview/blocking"),
            &json!([{ "firmId": null, "problem": "SELLER_ADDRESS_MISSING" }])
        );
        let before = app.snapshot().await;
        let refused = app
            .graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"), "{}", refused.0);
        assert_eq!(app.snapshot().await, before);
    }
);

on_both_databases!(
    overdue_invoices_carry_late_interest_into_the_next_run,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Chậm trả", month).await;
        app.graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await
            .ok();
        let list = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        let open = list.data("/invoices/nodes/0/open").as_i64().unwrap();
        let due: NaiveDate = list
            .data("/invoices/nodes/0/dueOn")
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        // Three months later, the unpaid invoice is overdue since its due date.
        let later = month + Months::new(3);
        let preview = app
            .graphql(Some(&admin), PREVIEW, json!(run(&cluster, later)))
            .await
            .ok();
        // Interest is no sale (audit A2): the invoice bills the month, a notice of its own
        // the interest.
        let drafts = preview
            .data("/billingRunPreview/invoices")
            .as_array()
            .unwrap()
            .clone();
        let kinds = |d: &Value| -> Vec<String> {
            d["lines"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["kind"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(drafts.len(), 2, "{drafts:?}");
        assert_eq!(drafts[0]["documentType"], "VAT_INVOICE");
        assert!(!kinds(&drafts[0]).contains(&"LATE_INTEREST".to_owned()));
        assert_eq!(drafts[1]["documentType"], "INTEREST_NOTICE");
        assert_eq!(kinds(&drafts[1]), vec!["LATE_INTEREST"]);
        assert_eq!(drafts[1]["vatTotal"], 0);
        let interest = drafts[1]["lines"][0].clone();
        let days = (later.pred_opt().unwrap() - due).num_days();
        let expected =
            ((i128::from(open) * 1000 * i128::from(days) * 2 + 3_650_000) / 7_300_000) as i64;
        assert_eq!(interest["amount"], expected, "{interest}");
        assert!(
            interest["vatBp"].is_null(),
            "late interest is not subject to VAT"
        );
        assert!(
            interest["descriptionVi"]
                .as_str()
                .unwrap()
                .contains(&format!("{days} ngày"))
        );
    }
);

/// Round half away from zero of `n / d` (d > 0).
fn div_round(n: i128, d: i128) -> i64 {
    (if n >= 0 {
        (2 * n + d) / (2 * d)
    } else {
        -((-2 * n + d) / (2 * d))
    }) as i64
}

on_both_databases!(
    an_invoice_paid_late_before_the_next_run_still_owes_the_days_it_was_late,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let later = month + Months::new(3);
        // Two leases: one paid in full ten days late, one paid in two parts.
        let mut cases = Vec::new();
        for name in ["CCN Trả muộn", "CCN Trả dần"] {
            let (cluster, _, firm) = arrange(&app, &admin, name, month).await;
            app.graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
                .await
                .ok();
            let list = app
                .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
                .await
                .ok();
            let invoice = list.data("/invoices/nodes/0").clone();
            cases.push((cluster, firm, invoice));
        }
        let pay = |firm: &Value, invoice: &Value, amount: i64, on: NaiveDate, key: &str| {
            json!({ "i": { "firmId": firm, "amount": amount, "receivedOn": on.to_string(),
                "method": "BANK_TRANSFER", "idempotencyKey": key,
                "allocations": [{ "invoiceId": invoice["id"], "amount": amount }] } })
        };
        let due =
            |invoice: &Value| -> NaiveDate { invoice["dueOn"].as_str().unwrap().parse().unwrap() };
        let principal = |invoice: &Value| invoice["total"].as_i64().unwrap();

        let (late_cluster, late_firm, late) = &cases[0];
        let paid_on = due(late) + chrono::Duration::days(10);
        app.graphql(
            Some(&admin),
            PAY,
            pay(late_firm, late, principal(late), paid_on, "late-1"),
        )
        .await
        .ok();
        let (part_cluster, part_firm, part) = &cases[1];
        let half = principal(part) / 2;
        let first_on = due(part) + chrono::Duration::days(5);
        let second_on = due(part) + chrono::Duration::days(20);
        app.graphql(
            Some(&admin),
            PAY,
            pay(part_firm, part, half, first_on, "part-1"),
        )
        .await
        .ok();
        app.graphql(
            Some(&admin),
            PAY,
            pay(part_firm, part, principal(part) - half, second_on, "part-2"),
        )
        .await
        .ok();

        // The interest, on the lease's late-interest notice.
        let interest_of = |preview: &Value| -> Vec<Value> {
            preview["billingRunPreview"]["invoices"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["documentType"] == "INTEREST_NOTICE")
                .flat_map(|d| d["lines"].as_array().unwrap().clone())
                .filter(|l| l["kind"] == "LATE_INTEREST")
                .collect()
        };
        // Paid in full, ten days late: ten days of interest on the whole amount.
        let preview = app
            .graphql(Some(&admin), PREVIEW, json!(run(late_cluster, later)))
            .await
            .ok();
        let lines = interest_of(&preview.0["data"]);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(
            lines[0]["amount"],
            div_round(i128::from(principal(late)) * 10 * 1000, 3_650_000),
            "{lines:?}"
        );
        assert!(
            lines[0]["descriptionVi"]
                .as_str()
                .unwrap()
                .contains("× 10 ngày"),
            "{lines:?}"
        );

        // Paid in two parts: five days on the whole, fifteen on the rest.
        let preview = app
            .graphql(Some(&admin), PREVIEW, json!(run(part_cluster, later)))
            .await
            .ok();
        let lines = interest_of(&preview.0["data"]);
        let balance_days =
            i128::from(principal(part)) * 5 + i128::from(principal(part) - half) * 15;
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(
            lines[0]["amount"],
            div_round(balance_days * 1000, 3_650_000),
            "{lines:?}"
        );

        // Issued once, those days are never charged again.
        app.graphql(Some(&admin), ISSUE, json!(run(late_cluster, later)))
            .await
            .ok();
        let next = app
            .graphql(
                Some(&admin),
                PREVIEW,
                json!(run(late_cluster, later + Months::new(1))),
            )
            .await
            .ok();
        let lines = interest_of(&next.0["data"]);
        // What is left is interest on the unpaid later invoice only, never on the unpaid notice
        // of interest (no interest on interest): its base is the invoice's whole total.
        let list = app
            .graphql(Some(&admin), INVOICES, json!({ "c": late_cluster }))
            .await
            .ok();
        let issued_later = list
            .data("/invoices/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|i| {
                i["id"] != late["id"]
                    && i["lines"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .all(|l| l["kind"] != "LATE_INTEREST")
            })
            .unwrap()
            .clone();
        let days_late =
            ((later + Months::new(1)).pred_opt().unwrap() - due(&issued_later)).num_days();
        let expected: Vec<i64> = if days_late > 0 {
            vec![div_round(
                i128::from(issued_later["total"].as_i64().unwrap()) * i128::from(days_late) * 1000,
                3_650_000,
            )]
        } else {
            vec![]
        };
        let charged: Vec<i64> = lines
            .iter()
            .map(|l| l["amount"].as_i64().unwrap())
            .collect();
        assert_eq!(charged, expected, "{lines:?}");
    }
);

on_both_databases!(
    interest_keeps_accruing_after_the_lease_has_ended,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, lease, _) = arrange(&app, &admin, "CCN Hết hạn", month).await;
        app.graphql(Some(&admin), ISSUE, json!(run(&cluster, month)))
            .await
            .ok();
        let list = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        let invoice = list.data("/invoices/nodes/0").clone();
        // The lease ends with its first month; the invoice stays unpaid.
        let last_day = (month + Months::new(1)).pred_opt().unwrap();
        app.graphql(
            Some(&admin),
            "mutation($id: ID!, $on: NaiveDate!) { terminateLease(id: $id, on: $on, reason: \"Kết thúc sớm\") { id } }",
            json!({ "id": lease, "on": last_day.to_string() }),
        )
        .await
        .ok();
        let later = month + Months::new(3);
        let preview = app
            .graphql(Some(&admin), PREVIEW, json!(run(&cluster, later)))
            .await
            .ok();
        let drafts = preview
            .data("/billingRunPreview/invoices")
            .as_array()
            .unwrap();
        assert_eq!(drafts.len(), 1, "a notice of interest only: {drafts:?}");
        assert_eq!(drafts[0]["documentType"], "INTEREST_NOTICE");
        let lines = drafts[0]["lines"].as_array().unwrap();
        let kinds: Vec<&str> = lines.iter().map(|l| l["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, vec!["LATE_INTEREST"]);
        let due: NaiveDate = invoice["dueOn"].as_str().unwrap().parse().unwrap();
        let days = (later.pred_opt().unwrap() - due).num_days();
        assert_eq!(
            lines[0]["amount"],
            div_round(
                i128::from(invoice["total"].as_i64().unwrap()) * i128::from(days) * 1000,
                3_650_000
            )
        );
        assert!(lines[0]["vatBp"].is_null());
    }
);

on_both_databases!(
    a_late_rate_above_twenty_percent_needs_a_commercial_basis,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (_, lease, firm) = arrange(&app, &admin, "CCN Lãi cao", month).await;
        let settings = |bp: i32, commercial: bool| {
            json!({ "i": {
            "invoiceSeries": "CTAA", "dueDays": 15, "lateInterestBp": bp,
            "lateInterestCommercial": commercial,
            "lateInterestBasis": "Hợp đồng thuê", "rentVatBp": 1000,
            "sellerName": "Công ty CP Hạ tầng Đồng Sóc", "sellerAddress": "Xã Yên Lạc, tỉnh Phú Thọ",
            "sellerTaxCode": "2500123451", "bankBin": "970436", "bankAccount": "0011001234567",
            "bankAccountName": "CONG TY CP HA TANG DONG SOC" } })
        };
        const SETTINGS_WARNING: &str = "mutation($i: BillingSettingsFields!) { updateBillingSettings(input: $i) { lateInterestBp lateInterestCommercial lateInterestWarning } }";
        let lease_fields = |bp: i32, commercial: bool| {
            json!({ "id": lease, "i": {
                "firmId": firm, "plotIds": [], "startsOn": "2030-01-01", "endsOn": "2031-01-01",
                "rentPerM2Year": 60_000, "rentSchedule": "MONTHLY",
                "lateInterestBp": bp, "lateInterestCommercial": commercial } })
        };
        let before = app.snapshot().await;
        let refused = app
            .graphql(Some(&admin), SETTINGS_WARNING, settings(2_100, false))
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"), "{}", refused.0);
        assert_eq!(
            refused.field_paths(),
            vec!["input.lateInterestBp".to_owned()]
        );
        let refused_lease = app
            .graphql(
                Some(&admin),
                "mutation($id: ID!, $i: LeaseFields!) { updateLease(id: $id, input: $i) { id } }",
                lease_fields(3_000, false),
            )
            .await;
        assert_eq!(
            refused_lease.code(),
            Some("VALIDATION"),
            "{}",
            refused_lease.0
        );
        assert!(
            refused_lease
                .field_paths()
                .contains(&"input.lateInterestBp".to_owned()),
            "{:?}",
            refused_lease.field_paths()
        );
        assert_eq!(
            app.snapshot().await,
            before,
            "a refused rate writes nothing"
        );

        // 20% is the Civil Code's cap: allowed, no warning. Above it, with a commercial basis
        // confirmed: saved, with a warning.
        let at_cap = app
            .graphql(Some(&admin), SETTINGS_WARNING, settings(2_000, false))
            .await
            .ok();
        assert!(
            at_cap
                .data("/updateBillingSettings/lateInterestWarning")
                .is_null()
        );
        let commercial = app
            .graphql(Some(&admin), SETTINGS_WARNING, settings(2_100, true))
            .await
            .ok();
        assert_eq!(
            commercial.data("/updateBillingSettings/lateInterestBp"),
            2_100
        );
        assert!(
            commercial
                .data("/updateBillingSettings/lateInterestWarning")
                .as_str()
                .unwrap()
                .contains("art. 468")
        );
    }
);

on_both_databases!(
    the_demo_has_a_year_of_billing_with_gap_free_numbers,
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
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let count = |status: &'static str| {
            let app = &app;
            let admin = admin.clone();
            async move {
                app.graphql(
                    Some(&admin),
                    &format!("{{ invoices(status: {status}) {{ totalCount }} }}"),
                    json!({}),
                )
                .await
                .ok()
                .data("/invoices/totalCount")
                .as_i64()
                .unwrap()
            }
        };
        let (paid, overdue) = (count("PAID").await, count("OVERDUE").await);
        assert!(paid > 100, "most invoices are paid: {paid}");
        assert!(
            overdue > 0 && overdue < paid / 3,
            "a few are overdue: {overdue}"
        );
        // Every series is numbered 1..n without a gap, across all operators.
        let db = app.services.db.system().await.unwrap();
        use sea_orm::{ConnectionTrait, Statement};
        let rows = db
            .conn()
            .query_all_raw(Statement::from_string(
                app.services.db.raw().get_database_backend(),
                "SELECT tenant_id, series, COUNT(*) AS n, MIN(number) AS lo, MAX(number) AS hi FROM invoices GROUP BY tenant_id, series",
            ))
            .await
            .unwrap();
        assert!(rows.len() >= 3, "a series per operator and year");
        for row in rows {
            let n: i64 = row.try_get("", "n").unwrap();
            let lo: i32 = row.try_get("", "lo").unwrap();
            let hi: i32 = row.try_get("", "hi").unwrap();
            assert_eq!((lo, i64::from(hi)), (1, n));
        }
        let interest = db
            .conn()
            .query_one_raw(Statement::from_string(
                app.services.db.raw().get_database_backend(),
                "SELECT COUNT(*) AS n FROM invoice_lines WHERE kind = 'LATE_INTEREST'",
            ))
            .await
            .unwrap()
            .unwrap();
        assert!(
            interest.try_get::<i64>("", "n").unwrap() > 0,
            "overdue invoices carry interest"
        );
        db.commit().await.unwrap();
        let clusters = app
            .graphql(Some(&admin), "{ clusters { nodes { id } } }", json!({}))
            .await
            .ok();
        let fund = app
            .graphql(
                Some(&admin),
                FUND,
                json!({ "c": clusters.data("/clusters/nodes/0/id") }),
            )
            .await
            .ok();
        assert!(fund.data("/maintenanceFund/balance").as_i64().unwrap() > 0);
        // Last week's bank statement waits to be matched: one exact, one by number, one unplaced.
        let lines = app
            .graphql(
                Some(&admin),
                "{ bankLines { totalCount nodes { status match } } }",
                json!({}),
            )
            .await
            .ok();
        let matches: Vec<&Value> = lines
            .data("/bankLines/nodes")
            .as_array()
            .unwrap()
            .iter()
            .map(|l| &l["match"])
            .collect();
        assert_eq!(lines.data("/bankLines/totalCount"), 4);
        assert!(
            matches.contains(&&json!("NUMBER_AND_AMOUNT")),
            "{matches:?}"
        );
        assert!(matches.contains(&&json!("NUMBER")), "{matches:?}");
        assert!(matches.contains(&&Value::Null), "{matches:?}");
    }
);

on_both_databases!(
    a_page_reads_what_each_invoice_field_needs,
    |backend: Backend| async move {
        // A page and `node(id)` read only the columns their fields need
        // (`Invoice::columns_for`): each field asked alone answers what it answers beside every
        // other field, on invoices of every kind and status (the demo's year, a decrease and a
        // replacement).
        let options = Options {
            demo_history: true,
            ..Default::default()
        };
        let Some(app) = spawn_app(backend, options).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let correct = |invoice: &Value, direction: Option<&str>| {
            let fee = crate::receivables::line_of(invoice, "MAINTENANCE_FEE");
            let mut fields = json!({ "invoiceId": invoice["id"], "reason": "Sai diện tích",
                "agreementNumber": "07/2026/TT-HT", "agreementDate": today().to_string(),
                "lines": [{ "lineId": fee["id"], "amount": 1000 }] });
            if let Some(direction) = direction {
                fields["direction"] = json!(direction);
            } else {
                fields["lines"] = json!([{ "lineId": fee["id"], "unitPrice": 500 }]);
            }
            json!({ "i": fields })
        };
        for (name, mutation, direction) in [
            (
                "CCN Điều chỉnh",
                "mutation($i: AdjustmentFields!) { adjustInvoice(input: $i) { id } }",
                Some("DECREASE"),
            ),
            (
                "CCN Thay thế",
                "mutation($i: ReplacementFields!) { replaceInvoice(input: $i) { id } }",
                None,
            ),
        ] {
            let (cluster, _, _) = arrange(&app, &admin, name, month).await;
            let invoice = crate::receivables::issue_one(&app, &admin, &cluster, month).await;
            app.graphql(Some(&admin), mutation, correct(&invoice, direction))
                .await
                .ok();
        }

        let invoice_type = app
            .graphql(
                Some(&admin),
                "{ __type(name: \"Invoice\") { fields { name type { kind ofType { kind } } } } }",
                json!({}),
            )
            .await
            .ok();
        let leaves: Vec<String> = invoice_type
            .data("/__type/fields")
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| {
                let t = &f["type"];
                let kind = if t["kind"] == "NON_NULL" {
                    &t["ofType"]["kind"]
                } else {
                    &t["kind"]
                };
                kind == "SCALAR" || kind == "ENUM"
            })
            .map(|f| f["name"].as_str().unwrap().to_owned())
            .collect();
        assert!(leaves.len() > 30, "{leaves:?}");
        let page = |fields: &str| {
            let query = format!("{{ invoices(first: 40) {{ nodes {{ id {fields} }} }} }}");
            let app = &app;
            let admin = &admin;
            async move {
                app.graphql(Some(admin), &query, json!({}))
                    .await
                    .ok()
                    .data("/invoices/nodes")
                    .as_array()
                    .unwrap()
                    .clone()
            }
        };
        let whole = page(&leaves.join(" ")).await;
        assert_eq!(whole.len(), 40);
        for kind in ["CREDIT_NOTE", "INVOICE"] {
            assert!(
                whole.iter().any(|i| i["kind"] == kind),
                "a {kind} on the page"
            );
        }
        for status in ["PAID", "ISSUED", "REPLACED"] {
            assert!(
                whole.iter().any(|i| i["status"] == status),
                "a {status} invoice on the page"
            );
        }
        assert!(whole.iter().any(|i| i["correction"] == "REPLACEMENT"));
        // The point lookup reads the same way: one invoice of each kind and status.
        let mut samples: Vec<&Value> = Vec::new();
        for invoice in &whole {
            let shape = |i: &Value| {
                (
                    i["kind"].clone(),
                    i["status"].clone(),
                    i["correction"].clone(),
                )
            };
            if !samples.iter().any(|s| shape(s) == shape(invoice)) {
                samples.push(invoice);
            }
        }
        assert!(samples.len() >= 4, "{} kinds of invoice", samples.len());
        for field in &leaves {
            let alone = page(field).await;
            assert_eq!(alone.len(), whole.len());
            for (one, all) in alone.iter().zip(&whole) {
                assert_eq!(one["id"], all["id"]);
                assert_eq!(
                    one[field], all[field],
                    "{field} asked alone, of {}",
                    all["id"]
                );
            }
            for sample in &samples {
                let query = format!(
                    "query($id: ID!) {{ node(id: $id) {{ ... on Invoice {{ {field} }} }} }}"
                );
                let node = app
                    .graphql(Some(&admin), &query, json!({ "id": sample["id"] }))
                    .await
                    .ok();
                assert_eq!(
                    node.data(&format!("/node/{field}")),
                    &sample[field],
                    "{field} of node({})",
                    sample["id"]
                );
            }
        }
    }
);

on_both_databases!(
    a_point_lookup_of_an_invoice_runs_in_one_transaction,
    |backend: Backend| async move {
        let options = crate::helpers::Options {
            demo_history: true,
            ..Default::default()
        };
        let Some(app) = crate::helpers::spawn_app(backend, options).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let first = app
            .graphql(
                Some(&admin),
                "{ invoices(first: 1) { nodes { id } } }",
                json!({}),
            )
            .await
            .ok();
        let id = first.data("/invoices/nodes/0/id").clone();
        let query = "query($id: ID!) { node(id: $id) { ... on Invoice { id buyerName total status clusterName } } }";
        let db = &app.services.db;
        let (before, prepared) = (db.statements_executed(), db.preparations());
        let found = app
            .graphql(Some(&admin), query, json!({ "id": id }))
            .await
            .ok();
        let preparations = db.preparations() - prepared;
        let cost = db.statements_executed() - before - preparations;
        assert!(!found.data("/node/clusterName").as_str().unwrap().is_empty());
        // One statement reads the invoice joined to its cluster's name. On PostgreSQL it is
        // one round trip: BEGIN, the tenant and role settings, EXECUTE of the prepared lookup
        // and COMMIT travel as one message (db/one_trip.rs), counted once; preparing it is one
        // more, the first time a connection runs it.
        assert!(preparations <= 1);
        assert_eq!(cost, 1, "statements (PostgreSQL: round trips) for node(id)");
    }
);
