//! Photos and documents on maintenance requests: uploaded as GraphQL multipart requests, checked
//! by content, stored without EXIF data, served only to the operator's people and the firm that
//! owns the request, and still there on the work order made from the request.

use serde_json::{Value, json};

use crate::helpers::{Backend, Options, TestApp, app, spawn_app};
use crate::on_both_databases;

const FILE_WITH_FILES: &str = "mutation($i: FileMaintenanceRequestInput!) { fileMaintenanceRequest(input: $i) { request { id files { id fileName contentType isImage url thumbnailUrl } } } }";
const ATTACH: &str = "mutation($i: AttachMaintenanceFilesInput!) { attachMaintenanceFiles(input: $i) { files { id fileName } request { files { id } } } }";

/// A small photo as a phone would send it (RGB PNG).
pub(crate) fn photo(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 7) as u8, (y * 5) as u8, 120])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

pub(crate) const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// Files to send: each one's name and bytes.
type Files<'a> = Vec<(&'a str, Vec<u8>)>;

/// Sends `query` with `variables` as a GraphQL multipart request; each file goes to the
/// variable path given (e.g. `variables.i.files.0`).
pub(crate) async fn upload(
    app: &TestApp,
    token: &str,
    query: &str,
    variables: Value,
    files: &[(String, &str, Vec<u8>)],
    with_header: bool,
) -> reqwest::Response {
    let boundary = "ck-test-boundary-7d1f";
    let mut body = Vec::new();
    let mut part = |headers: String, content: &[u8]| {
        body.extend_from_slice(format!("--{boundary}\r\n{headers}\r\n\r\n").as_bytes());
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    };
    let operations = json!({ "query": query, "variables": variables }).to_string();
    part(
        "Content-Disposition: form-data; name=\"operations\"".into(),
        operations.as_bytes(),
    );
    let map: serde_json::Map<String, Value> = files
        .iter()
        .enumerate()
        .map(|(i, (path, _, _))| (i.to_string(), json!([path])))
        .collect();
    part(
        "Content-Disposition: form-data; name=\"map\"".into(),
        Value::Object(map).to_string().as_bytes(),
    );
    for (i, (_, name, bytes)) in files.iter().enumerate() {
        part(
            format!(
                "Content-Disposition: form-data; name=\"{i}\"; filename=\"{name}\"\r\nContent-Type: image/jpeg"
            ),
            bytes,
        );
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let mut request = app
        .client
        .post(format!("{}/graphql", app.address))
        .bearer_auth(token)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body);
    if with_header {
        request = request.header("x-clusterkeep-upload", "1");
    }
    request.send().await.unwrap()
}

/// Files a request with these files as `token` (an operator names `firm`).
pub(crate) async fn file_with(
    app: &TestApp,
    token: &str,
    firm: Option<&Value>,
    files: &[(&str, Vec<u8>)],
) -> Value {
    let mut input = json!({ "title": "Cống thoát nước bị tắc", "description": "Trước cổng lô A-01",
        "files": files.iter().map(|_| Value::Null).collect::<Vec<_>>() });
    if let Some(firm) = firm {
        input["firmId"] = firm.clone();
    }
    let parts: Vec<(String, &str, Vec<u8>)> = files
        .iter()
        .enumerate()
        .map(|(i, (name, bytes))| (format!("variables.i.files.{i}"), *name, bytes.clone()))
        .collect();
    let response = upload(
        app,
        token,
        FILE_WITH_FILES,
        json!({ "i": input }),
        &parts,
        true,
    )
    .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn fetch(app: &TestApp, token: Option<&str>, path: &str) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

/// Files stored under the data folder's `files`.
pub(crate) fn stored_files(app: &TestApp) -> usize {
    fn count(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir).map_or(0, |entries| {
            entries
                .flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        count(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
    }
    count(&app.data_dir().join("files"))
}

on_both_databases!(
    a_firm_files_a_request_with_a_photo_and_only_the_operator_and_the_firm_can_see_it,
    |backend: Backend| async move {
        let Some(app) = app(backend).await else {
            return;
        };
        let (ops, _) = app.login_as("ops@dongsoc.example").await;
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let (yen_lac, _) = app.login_as("ops@yenlac.example").await;
        let (viewer, _) = app.login_as("viewer@sct.example").await;

        let filed = file_with(
            &app,
            &kcc,
            None,
            &[
                ("IMG_2041.png", photo(800, 600)),
                ("bien-ban.pdf", PDF.to_vec()),
            ],
        )
        .await;
        assert!(filed.get("errors").is_none(), "{filed}");
        let request = &filed["data"]["fileMaintenanceRequest"]["request"];
        let files = request["files"].as_array().unwrap();
        assert_eq!(files.len(), 2);
        let (photo_file, pdf_file) = (&files[0], &files[1]);
        assert_eq!(photo_file["fileName"], "IMG_2041.jpg");
        assert_eq!(photo_file["contentType"], "image/jpeg");
        assert_eq!(photo_file["isImage"], true);
        assert_eq!(pdf_file["contentType"], "application/pdf");
        assert!(pdf_file["thumbnailUrl"].is_null());
        assert_eq!(stored_files(&app), 3, "photo, its thumbnail, the PDF");

        // The operator sees the thumbnail; the firm the photo and the document.
        let thumb_url = photo_file["thumbnailUrl"].as_str().unwrap();
        let thumb = fetch(&app, Some(&ops), thumb_url).await;
        assert_eq!(thumb.status(), 200);
        assert_eq!(thumb.headers()["content-type"], "image/jpeg");
        let thumb = image::load_from_memory(&thumb.bytes().await.unwrap()).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (320, 240));
        let original = fetch(&app, Some(&kcc), photo_file["url"].as_str().unwrap()).await;
        assert_eq!(original.status(), 200);
        let original = image::load_from_memory(&original.bytes().await.unwrap()).unwrap();
        assert_eq!((original.width(), original.height()), (800, 600));
        let pdf = fetch(&app, Some(&kcc), pdf_file["url"].as_str().unwrap()).await;
        assert_eq!(
            pdf.headers()["content-disposition"],
            "attachment; filename=\"bien-ban.pdf\""
        );
        assert_eq!(pdf.bytes().await.unwrap().as_ref(), PDF);
        assert_eq!(
            fetch(
                &app,
                Some(&ops),
                pdf_file["thumbnailUrl"]
                    .as_str()
                    .unwrap_or("/files/maintenance/x/thumbnail")
            )
            .await
            .status(),
            404
        );

        // Another tenant and the authority get 404, as for a missing file; nobody signed in 401.
        for token in [&yen_lac, &viewer] {
            for url in [photo_file["url"].as_str().unwrap(), thumb_url] {
                assert_eq!(fetch(&app, Some(token), url).await.status(), 404, "{url}");
            }
        }
        assert_eq!(fetch(&app, None, thumb_url).await.status(), 401);
        assert_eq!(
            fetch(&app, Some(&ops), "/files/maintenance/not-an-id")
                .await
                .status(),
            404
        );

        // The work order made from the request carries its files.
        let work_order = app
            .graphql(
                Some(&ops),
                "mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { files { id thumbnailUrl } } }",
                json!({ "i": { "requestIds": [request["id"]], "title": "Thông cống" } }),
            )
            .await
            .ok();
        let on_work_order = work_order
            .data("/createWorkOrder/files")
            .as_array()
            .unwrap();
        assert_eq!(on_work_order.len(), 2);
        assert_eq!(on_work_order[0]["id"], photo_file["id"]);

        // The firm adds another photo later.
        let added = upload(
            &app,
            &kcc,
            ATTACH,
            json!({ "i": { "requestId": request["id"], "files": [null] } }),
            &[("variables.i.files.0".into(), "later.png", photo(40, 40))],
            true,
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
        assert_eq!(
            added["data"]["attachMaintenanceFiles"]["request"]["files"]
                .as_array()
                .unwrap()
                .len(),
            3,
            "{added}"
        );

        // Another firm's request: its files are 404 to KCC, and KCC cannot attach to it.
        let firms = app
            .graphql(Some(&ops), "{ firms { nodes { id name } } }", json!({}))
            .await
            .ok();
        let other_firm = firms
            .data("/firms/nodes")
            .as_array()
            .unwrap()
            .iter()
            .find(|f| !f["name"].as_str().unwrap().starts_with("KCC"))
            .unwrap()["id"]
            .clone();
        let theirs = file_with(&app, &ops, Some(&other_firm), &[("den.png", photo(30, 30))]).await;
        let theirs = &theirs["data"]["fileMaintenanceRequest"]["request"];
        for url in [
            &theirs["files"][0]["url"],
            &theirs["files"][0]["thumbnailUrl"],
        ] {
            assert_eq!(
                fetch(&app, Some(&kcc), url.as_str().unwrap())
                    .await
                    .status(),
                404
            );
            assert_eq!(
                fetch(&app, Some(&ops), url.as_str().unwrap())
                    .await
                    .status(),
                200
            );
        }
        let before = app.snapshot().await;
        let refused = upload(
            &app,
            &kcc,
            ATTACH,
            json!({ "i": { "requestId": theirs["id"], "files": [null] } }),
            &[("variables.i.files.0".into(), "x.png", photo(20, 20))],
            true,
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
        assert_eq!(
            refused["errors"][0]["extensions"]["code"], "NOT_FOUND",
            "{refused}"
        );
        assert_eq!(app.snapshot().await, before);
        assert_eq!(
            stored_files(&app),
            7,
            "nothing stored for the refused attachment"
        );
    }
);

on_both_databases!(
    bad_uploads_are_refused_naming_the_file_and_nothing_is_written,
    |backend: Backend| async move {
        let Some(app) = spawn_app(
            backend,
            Options {
                max_upload_file_bytes: Some(64 * 1024),
                ..Options::default()
            },
        )
        .await
        else {
            return;
        };
        let (kcc, _) = app.login_as("accounting@kcc.example").await;
        let small = photo(16, 16);
        let eleven: Vec<(&str, Vec<u8>)> = (0..11).map(|_| ("p.png", small.clone())).collect();
        let mut too_large = photo(16, 16);
        too_large.resize(64 * 1024 + 1, 0);
        let executable = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0PE\0\0".repeat(20);
        let cases: Vec<(&str, Files, &str)> = vec![
            ("eleven files", eleven, "input.files"),
            (
                "a file over the limit",
                vec![("ok.png", small.clone()), ("big.png", too_large)],
                "input.files.1",
            ),
            (
                "an executable named .jpg",
                vec![("anh.jpg", executable)],
                "input.files.0",
            ),
            (
                "a PNG that does not decode",
                vec![("hong.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDRgarbage".to_vec())],
                "input.files.0",
            ),
        ];
        for (what, files, path) in cases {
            let before = app.snapshot().await;
            let answer = file_with(&app, &kcc, None, &files).await;
            assert_eq!(
                answer["errors"][0]["extensions"]["code"], "VALIDATION",
                "{what}: {answer}"
            );
            let paths: Vec<&str> = answer["errors"][0]["extensions"]["fields"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["path"].as_str().unwrap())
                .collect();
            assert_eq!(paths, [path], "{what}");
            assert_eq!(app.snapshot().await, before, "{what} wrote nothing");
            assert_eq!(stored_files(&app), 0, "{what} stored nothing");
        }

        // Multipart without the header a cross-site form cannot send: refused before reading.
        let refused = upload(
            &app,
            &kcc,
            FILE_WITH_FILES,
            json!({ "i": { "title": "t", "description": "d", "files": [null] } }),
            &[("variables.i.files.0".into(), "p.png", small.clone())],
            false,
        )
        .await;
        assert_eq!(refused.status(), 415);
        // An upload body over every file's limit together is refused with 413.
        let huge = vec![0u8; 10 * 64 * 1024 + 1024 * 1024 + 1];
        let refused = upload(
            &app,
            &kcc,
            FILE_WITH_FILES,
            json!({ "i": { "title": "t", "description": "d", "files": [null] } }),
            &[("variables.i.files.0".into(), "p.png", huge)],
            true,
        )
        .await;
        assert_eq!(refused.status(), 413);
    }
);
