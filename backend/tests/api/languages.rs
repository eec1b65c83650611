//! One language per reader (issue 15): statement lines and fund movements say what they are
//! as facts the web app words in its reader's language, and the statement and fund downloads
//! come in the language asked for (`lang`), else the browser's (`Accept-Language`), else
//! Vietnamese.

use chrono::{Duration, Months};
use serde_json::{Value, json};

use crate::billing::{INVOICES, ISSUE, PAY, arrange, first_of_month, run, today};
use crate::helpers::{Backend, TestApp, app};
use crate::on_both_databases;

const STATEMENT: &str = "query($f: ID, $from: NaiveDate!, $to: NaiveDate!) { firmStatement(firmId: $f, from: $from, to: $to) { csvPath entries { kind reference description periodStart periodEnd note paymentMethod } } }";
const FUND_ENTRIES: &str = "query($c: ID!) { maintenanceFund(clusterId: $c) { entries { kind description invoiceNumber firmName } } }";

/// GETs `path` as `token`, with an `Accept-Language` header when given; the body as text.
async fn download(app: &TestApp, token: &str, path: &str, accept: Option<&str>) -> String {
    let mut request = app
        .client
        .get(format!("{}{path}", app.address))
        .bearer_auth(token);
    if let Some(accept) = accept {
        request = request.header("accept-language", accept);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

/// A cluster with next month's invoice issued and paid in cash today: (cluster, firm, invoice).
async fn invoiced_and_paid(app: &TestApp, admin: &str) -> (Value, Value, Value) {
    let month = first_of_month(today()) + Months::new(1);
    let (cluster, _, firm) = arrange(app, admin, "CCN Ngôn ngữ", month).await;
    app.graphql(Some(admin), ISSUE, run(&cluster, month))
        .await
        .ok();
    let invoice = app
        .graphql(Some(admin), INVOICES, json!({ "c": cluster }))
        .await
        .ok()
        .data("/invoices/nodes/0")
        .clone();
    app.graphql(
        Some(admin),
        PAY,
        json!({ "i": { "firmId": firm, "amount": invoice["total"],
        "receivedOn": today().to_string(), "method": "CASH", "idempotencyKey": "lang-cash" } }),
    )
    .await
    .ok();
    (cluster, firm, invoice)
}

on_both_databases!(
    a_statement_says_what_each_line_is_and_downloads_in_the_readers_language,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (_, firm, invoice) = invoiced_and_paid(&app, &admin).await;
        let month = first_of_month(today()) + Months::new(1);
        let last_day = month + Months::new(1) - Duration::days(1);

        let s = app
            .graphql(
                Some(&admin),
                STATEMENT,
                json!({ "f": firm, "from": (today() - Duration::days(1)).to_string(), "to": today().to_string() }),
            )
            .await
            .ok()
            .data("/firmStatement")
            .clone();
        let period = format!(
            "{} – {}",
            month.format("%d/%m/%Y"),
            last_day.format("%d/%m/%Y")
        );
        assert_eq!(
            s["entries"][0],
            json!({ "kind": "INVOICE", "reference": invoice["numberLabel"],
                "description": format!("Hóa đơn kỳ {period}"),
                "periodStart": month.to_string(), "periodEnd": last_day.to_string(),
                "note": null, "paymentMethod": null })
        );
        assert_eq!(
            s["entries"][1],
            json!({ "kind": "PAYMENT", "reference": "", "description": "Tiền mặt",
                "periodStart": null, "periodEnd": null, "note": null, "paymentMethod": "CASH" })
        );

        // Vietnamese unless asked otherwise.
        let csv_path = s["csvPath"].as_str().unwrap();
        let vi = download(&app, &admin, csv_path, None).await;
        assert!(
            vi.starts_with("\u{feff}ngay,loai,so_chung_tu,dien_giai"),
            "{vi}"
        );
        assert!(vi.contains(&format!("Hóa đơn kỳ {period}")), "{vi}");
        assert!(
            vi.contains("Tiền mặt") && vi.contains("Số dư cuối kỳ"),
            "{vi}"
        );
        // `lang=en`, or a browser that prefers English.
        let asked = download(&app, &admin, &format!("{csv_path}&lang=en"), None).await;
        let browser = download(&app, &admin, csv_path, Some("en-GB,en;q=0.9,vi;q=0.5")).await;
        for en in [&asked, &browser] {
            assert!(
                en.starts_with("\u{feff}date,kind,reference,description,debit,credit,balance"),
                "{en}"
            );
            assert!(en.contains(&format!("Invoice for {period}")), "{en}");
            assert!(
                en.contains(",Cash,") && en.contains("Closing balance"),
                "{en}"
            );
            assert!(en.contains("Opening balance"), "{en}");
            assert!(!en.contains("Tiền mặt") && !en.contains("Số dư"), "{en}");
        }
        // The link's language wins over the browser's.
        let link = download(&app, &admin, &format!("{csv_path}&lang=vi"), Some("en")).await;
        assert_eq!(link, vi);
    }
);

on_both_databases!(
    fund_movements_name_their_invoice_and_the_fund_statement_downloads_in_the_readers_language,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (admin, _) = app.login_as("ops@dongsoc.example").await;
        let (cluster, _, invoice) = invoiced_and_paid(&app, &admin).await;

        let entries = app
            .graphql(Some(&admin), FUND_ENTRIES, json!({ "c": cluster }))
            .await
            .ok()
            .data("/maintenanceFund/entries")
            .clone();
        let number = invoice["numberLabel"].as_str().unwrap();
        let buyer = "Công ty TNHH CCN Ngôn ngữ";
        assert_eq!(
            entries,
            json!([{ "kind": "FEE_COLLECTED",
                "description": format!("Phí duy tu thu theo HĐ {number} – {buyer}"),
                "invoiceNumber": number, "firmName": buyer }])
        );

        let query = format!(
            "cluster={}&from={}&to={}",
            cluster.as_str().unwrap(),
            today() - Duration::days(1),
            today()
        );
        let csv = format!("/export/fund-statement.csv?{query}");
        let vi = download(&app, &admin, &csv, None).await;
        assert!(vi.starts_with("\u{feff}muc,thang_hoac_ngay"), "{vi}");
        assert!(vi.contains("FEE_COLLECTED,Phí duy tu thu được"), "{vi}");
        assert!(vi.contains("Số dư cuối kỳ"), "{vi}");
        let asked = download(&app, &admin, &format!("{csv}&lang=en"), None).await;
        let browser = download(&app, &admin, &csv, Some("en-US")).await;
        for en in [&asked, &browser] {
            assert!(en.starts_with("\u{feff}section,month_or_date"), "{en}");
            assert!(
                en.contains("FEE_COLLECTED,Maintenance fee collected"),
                "{en}"
            );
            assert!(en.contains("Closing balance"), "{en}");
        }
        // The PDF too: each language its own document.
        let pdf = |lang: &'static str| {
            let app = &app;
            let admin = &admin;
            let url = format!(
                "{}/documents/fund-statement.pdf?{query}&lang={lang}",
                app.address
            );
            async move {
                let response = app.client.get(url).bearer_auth(admin).send().await.unwrap();
                assert_eq!(response.status(), 200);
                response.bytes().await.unwrap()
            }
        };
        let (vi_pdf, en_pdf) = (pdf("vi").await, pdf("en").await);
        assert!(vi_pdf.starts_with(b"%PDF") && en_pdf.starts_with(b"%PDF"));
        assert_ne!(vi_pdf, en_pdf);
    }
);
