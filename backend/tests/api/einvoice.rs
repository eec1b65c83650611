//! The e-invoice XML as downloaded: an invoice with the province's rent support (a discount
//! line), its credit note, and the export of a range as a ZIP of one document each, all valid
//! against the schema written from the format's element tables (`einvoice.xsd`).

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use chrono::Months;
use serde_json::{Value, json};

use crate::billing::{INVOICES, ISSUE, arrange, first_of_month, run, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const LINES: &str = "query($id: ID!) { node(id: $id) { ... on Invoice { id numberLabel lines { id kind amount } } } }";
const CREDIT: &str =
    "mutation($i: CreditNoteFields!) { issueCreditNote(input: $i) { id numberLabel total } }";

const XSD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/src/billing/documents/einvoice/einvoice.xsd"
);

/// Fails the test, saying why, unless `xmllint` finds `xml` valid against the schema; a
/// machine without xmllint fails too, since a check that skips checks nothing.
pub(crate) fn assert_valid_einvoice(what: &str, xml: &str) {
    let mut child = Command::new("xmllint")
        .args(["--noout", "--schema", XSD, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("xmllint is needed to check the e-invoice XML ({e}): install libxml2-utils")
        });
    child
        .stdin
        .take()
        .unwrap()
        .write_all(xml.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{what} does not validate against einvoice.xsd:\n{}\n{xml}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The entries of a ZIP: (name, text).
pub(crate) fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|n| {
            let mut entry = archive.by_index(n).unwrap();
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            (entry.name().unwrap().to_string(), text)
        })
        .collect()
}

async fn get(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response
}

fn id(value: &Value) -> &str {
    value.as_str().unwrap()
}

on_both_databases!(
    an_invoice_its_credit_note_and_the_export_validate_against_the_schema,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let month = first_of_month(today()) + Months::new(1);
        let (cluster, _, _) = arrange(&app, &admin, "CCN Hóa đơn điện tử", month).await;
        app.graphql(Some(&admin), ISSUE, run(&cluster, month))
            .await
            .ok();
        let list = app
            .graphql(Some(&admin), INVOICES, json!({ "c": cluster }))
            .await
            .ok();
        let invoice_id = list.data("/invoices/nodes/0/id").clone();
        let invoice = app
            .graphql(Some(&admin), LINES, json!({ "id": invoice_id }))
            .await
            .ok()
            .data("/node")
            .clone();
        let fee = invoice["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["kind"] == "MAINTENANCE_FEE")
            .unwrap()
            .clone();
        let note = app
            .graphql(
                Some(&admin),
                CREDIT,
                json!({ "i": { "invoiceId": invoice_id, "reason": "Sai diện tích",
                    "agreementNumber": "03/2026/TT", "agreementDate": today().to_string(),
                    "lines": [{ "lineId": fee["id"], "amount": 95 }] } }),
            )
            .await
            .ok()
            .data("/issueCreditNote")
            .clone();

        // The invoice: the rent support is a discount with its total, the bank by its name.
        let xml = get(
            &app,
            &admin,
            &format!("/documents/invoice/{}.xml", id(&invoice_id)),
        )
        .await
        .text()
        .await
        .unwrap();
        assert_valid_einvoice("the invoice", &xml);
        assert!(xml.contains("<TChat>3</TChat>"), "{xml}");
        assert!(xml.contains("<TTCKTMai>"), "{xml}");
        assert!(
            xml.contains("<TNHang>Ngân hàng TMCP Ngoại thương Việt Nam</TNHang>"),
            "{xml}"
        );
        // The credit note: a decrease of the fee, in the fee's unit, with signed amounts.
        let xml = get(
            &app,
            &admin,
            &format!("/documents/invoice/{}.xml", id(&note["id"])),
        )
        .await
        .text()
        .await
        .unwrap();
        assert_valid_einvoice("the credit note", &xml);
        let flat: String = xml.split_whitespace().collect();
        assert!(flat.contains("<TCHDon>2</TCHDon>"), "{xml}");
        assert!(
            flat.contains(
                "<DVTinh>m²·tháng</DVTinh><SLuong>1</SLuong><DGia>-95</DGia><ThTien>-95</ThTien>"
            ),
            "{xml}"
        );

        // The export of the day: a ZIP with one document each, named like the downloads.
        for path in ["einvoices.zip", "einvoices.xml"] {
            let response = get(
                &app,
                &admin,
                &format!("/export/{path}?from={}&to={}", today(), today()),
            )
            .await;
            assert_eq!(response.headers()["content-type"], "application/zip");
            assert!(
                response.headers()["content-disposition"]
                    .to_str()
                    .unwrap()
                    .ends_with(".zip\""),
                "{path}"
            );
            let entries = unzip(&response.bytes().await.unwrap());
            let mut names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
            names.sort_unstable();
            let mut expected = [&invoice["numberLabel"], &note["numberLabel"]]
                .map(|label| format!("hoa-don-{}.xml", id(label).replace(' ', "-")));
            expected.sort_unstable();
            assert_eq!(names, expected, "{path}");
            for (name, xml) in &entries {
                assert_eq!(xml.matches("<HDon>").count(), 1, "{name}");
                assert!(!xml.contains("DSHDon"), "{name}");
                assert_valid_einvoice(name, xml);
            }
        }
    }
);
