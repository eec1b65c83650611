//! Documents for more than one screen's worth: selected invoices as one ZIP of their PDFs, and a
//! firm's statement of account as a PDF; each for whoever may see what it holds, 404 for anyone
//! else, as for something missing.

use std::io::Read;

use chrono::{Duration, Months};
use serde_json::{Value, json};

use crate::billing::{INVOICES, ISSUE, arrange, first_of_month, run, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const STATEMENT: &str = "query($f: ID, $from: NaiveDate!, $to: NaiveDate!) { firmStatement(firmId: $f, from: $from, to: $to) { firmName pdfPath csvPath entries { kind } } }";

async fn get(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.address))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

fn zip_path(ids: &[&str]) -> String {
    format!("/documents/invoices.zip?ids={}", ids.join(","))
}

/// The invoices of one cluster (all of the tenant's when `cluster` is null), as the operator sees them.
async fn invoices(app: &TestApp, admin: &str, cluster: &Value) -> Vec<Value> {
    app.graphql(Some(admin), INVOICES, json!({ "c": cluster }))
        .await
        .ok()
        .data("/invoices/nodes")
        .as_array()
        .unwrap()
        .clone()
}

/// The entries of a ZIP: (name, contents).
fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut contents = Vec::new();
            file.read_to_end(&mut contents).unwrap();
            (file.name().unwrap().into_owned(), contents)
        })
        .collect()
}

on_both_databases!(
    selected_invoices_download_as_one_zip_of_their_pdfs_for_those_who_see_them,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (stranger, _) = app.login_as("ops@yenlac.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Lưu hồ sơ", month).await;
        app.graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
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
        app.graphql(Some(&admin), ISSUE, run(&dong_soc, month))
            .await
            .ok();
        let others = invoices(&app, &admin, &cluster).await;
        let kcc_own = app
            .graphql(Some(&kcc), INVOICES, json!({ "c": Value::Null }))
            .await
            .ok()
            .data("/invoices/nodes")
            .as_array()
            .unwrap()
            .clone();
        assert!(!others.is_empty() && !kcc_own.is_empty());
        let picked = [&kcc_own[0], &others[0]];
        let ids: Vec<&str> = picked.iter().map(|i| i["id"].as_str().unwrap()).collect();

        // The operator gets both, named by number, each a PDF.
        let zip = get(&app, &admin, &zip_path(&ids)).await;
        assert_eq!(zip.status(), 200);
        assert_eq!(zip.headers()["content-type"], "application/zip");
        assert!(
            zip.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .contains(".zip")
        );
        let files = entries(&zip.bytes().await.unwrap());
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        let expected: Vec<String> = picked
            .iter()
            .map(|i| {
                format!(
                    "hoa-don-{}.pdf",
                    i["numberLabel"].as_str().unwrap().replace(' ', "-")
                )
            })
            .collect();
        assert_eq!(names, expected);
        for (name, pdf) in &files {
            assert!(pdf.starts_with(b"%PDF-"), "{name} is a PDF");
        }

        // KCC gets its own, but not with another firm's among them.
        let own = get(&app, &kcc, &zip_path(&ids[..1])).await;
        assert_eq!(own.status(), 200);
        assert_eq!(entries(&own.bytes().await.unwrap()).len(), 1);
        assert_eq!(get(&app, &kcc, &zip_path(&ids)).await.status(), 404);
        // Another tenant's operator: 404, as for a missing invoice; so is an id of nothing.
        assert_eq!(get(&app, &stranger, &zip_path(&ids)).await.status(), 404);
        assert_eq!(
            get(&app, &admin, &zip_path(&[ids[0], "not-an-id"]))
                .await
                .status(),
            404
        );
        let missing =
            clusterkeep::graphql::ids::of::<clusterkeep::ids::InvoiceId>(uuid::Uuid::now_v7());
        assert_eq!(
            get(&app, &admin, &zip_path(&[ids[0], missing.as_str()]))
                .await
                .status(),
            404
        );
        // None, or more than a ZIP holds: 400.
        let before = app.snapshot().await;
        for path in ["/documents/invoices.zip", "/documents/invoices.zip?ids="] {
            assert_eq!(get(&app, &admin, path).await.status(), 400, "{path}");
        }
        let too_many: Vec<String> = (0..=clusterkeep::billing::documents::bundle::MAX_INVOICES)
            .map(|_| {
                clusterkeep::graphql::ids::of::<clusterkeep::ids::InvoiceId>(uuid::Uuid::now_v7())
                    .to_string()
            })
            .collect();
        let too_many: Vec<&str> = too_many.iter().map(String::as_str).collect();
        assert_eq!(get(&app, &admin, &zip_path(&too_many)).await.status(), 400);
        assert_eq!(
            app.snapshot().await,
            before,
            "a refused download writes nothing"
        );
        // The same invoice twice is one entry.
        let twice = get(&app, &admin, &zip_path(&[ids[0], ids[0]])).await;
        assert_eq!(entries(&twice.bytes().await.unwrap()).len(), 1);
    }
);

on_both_databases!(
    a_firms_statement_downloads_as_a_pdf_for_the_firm_and_its_operator_only,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (stranger, _) = app.login_as("ops@yenlac.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, firm) = arrange(&app, &admin, "CCN Sao kê", month).await;
        app.graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
        let statement = |from: chrono::NaiveDate, to: chrono::NaiveDate| {
            let (app, admin, firm) = (&app, &admin, &firm);
            async move {
                app.graphql(
                    Some(admin),
                    STATEMENT,
                    json!({ "f": firm, "from": from.to_string(), "to": to.to_string() }),
                )
                .await
                .ok()
                .data("/firmStatement")
                .clone()
            }
        };
        let full = statement(today() - Duration::days(30), today()).await;
        assert!(!full["entries"].as_array().unwrap().is_empty());
        let empty = statement(today() - Duration::days(60), today() - Duration::days(31)).await;
        assert!(empty["entries"].as_array().unwrap().is_empty());

        let pdf = get(&app, &admin, full["pdfPath"].as_str().unwrap()).await;
        assert_eq!(pdf.status(), 200);
        assert_eq!(pdf.headers()["content-type"], "application/pdf");
        assert!(
            pdf.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .contains("sao-ke-"),
        );
        let bytes = pdf.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        // The title carries the firm's name (in ASCII: the page text is in subset glyphs).
        let firm_name = deunicode::deunicode(full["firmName"].as_str().unwrap());
        assert!(
            String::from_utf8_lossy(&bytes).contains(&firm_name),
            "{firm_name}"
        );
        let no_entries = get(&app, &admin, empty["pdfPath"].as_str().unwrap())
            .await
            .bytes()
            .await
            .unwrap();
        assert!(no_entries.starts_with(b"%PDF-"));
        assert!(
            bytes.len() > no_entries.len(),
            "the entries are on the page: {} vs {}",
            bytes.len(),
            no_entries.len()
        );

        // Another tenant's operator and another firm's user: 404, as for a missing firm.
        for token in [&stranger, &kcc] {
            let foreign = get(&app, token, full["pdfPath"].as_str().unwrap()).await;
            assert_eq!(foreign.status(), 404);
        }
        // KCC's own statement, with the firm left out.
        let own = get(
            &app,
            &kcc,
            &format!(
                "/documents/statement.pdf?from={}&to={}",
                today() - Duration::days(30),
                today()
            ),
        )
        .await;
        assert_eq!(own.status(), 200);
        assert!(own.bytes().await.unwrap().starts_with(b"%PDF-"));
    }
);
