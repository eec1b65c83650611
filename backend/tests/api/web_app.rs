//! The web app as the server hands it out: files with their types, client routes answered with
//! `index.html`, caching that lets a new release show at once, and nothing outside the app's
//! folder. The app is read from a folder (`CLUSTERKEEP_UI_DIR`) made here; the embedded copy
//! goes through the same handler.

use std::fs;

use crate::helpers::{Backend, Options, spawn_app};

const INDEX: &str = "<!doctype html><title>ClusterKeep test app</title>";
const SCRIPT: &str = "console.log('app');";

async fn app_with_ui() -> (crate::helpers::TestApp, tempfile::TempDir) {
    let outer = tempfile::tempdir().unwrap();
    let ui = outer.path().join("dist");
    fs::create_dir_all(ui.join("assets")).unwrap();
    fs::write(ui.join("index.html"), INDEX).unwrap();
    fs::write(ui.join("assets/index-3f2a9c.js"), SCRIPT).unwrap();
    fs::write(ui.join("favicon.svg"), "<svg/>").unwrap();
    // A file beside the app's folder that no path may reach.
    fs::write(outer.path().join("secret.txt"), "no").unwrap();
    let options = Options {
        ui_dir: Some(ui),
        no_demo: true,
        ..Options::default()
    };
    let app = spawn_app(Backend::Sqlite, options).await.unwrap();
    (app, outer)
}

#[tokio::test]
async fn the_server_serves_the_app_its_assets_and_index_html_for_client_routes() {
    let (app, _ui) = app_with_ui().await;
    let get = |path: &str| app.client.get(format!("{}{path}", app.address)).send();

    for path in [
        "/",
        "/login",
        "/invite?token=x",
        "/clusters/Q2x1c3Rlcjox/plots",
    ] {
        let response = get(path).await.unwrap();
        assert_eq!(response.status(), 200, "GET {path}");
        let headers = response.headers().clone();
        assert_eq!(
            headers["content-type"], "text/html; charset=utf-8",
            "{path}"
        );
        assert_eq!(headers["cache-control"], "no-cache", "{path}");
        assert!(headers.contains_key("etag"), "{path}");
        assert!(headers.contains_key("content-security-policy"), "{path}");
        assert_eq!(response.text().await.unwrap(), INDEX, "GET {path}");
    }

    let script = get("/assets/index-3f2a9c.js").await.unwrap();
    assert_eq!(script.status(), 200);
    assert_eq!(
        script.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    assert_eq!(
        script.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(script.text().await.unwrap(), SCRIPT);

    let icon = get("/favicon.svg").await.unwrap();
    assert_eq!(icon.headers()["cache-control"], "no-cache");
    assert!(
        icon.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("image/svg+xml")
    );

    // The API and the probes stay theirs.
    assert_eq!(get("/readyz").await.unwrap().status(), 200);
    let graphql = app
        .post_raw(None, serde_json::json!({ "query": "{ __typename }" }))
        .await;
    assert_eq!(graphql["data"]["__typename"], "Query");
}

#[tokio::test]
async fn a_missing_asset_is_not_found_rather_than_the_app() {
    let (app, _ui) = app_with_ui().await;
    for path in [
        "/assets/index-old.js",
        "/assets/gone",
        "/robots.txt",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/assets/..%2f..%2fsecret.txt",
    ] {
        let response = app
            .client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "GET {path}");
    }
}

#[tokio::test]
async fn an_unchanged_index_is_answered_not_modified() {
    let (app, _ui) = app_with_ui().await;
    let url = format!("{}/login", app.address);
    let first = app.client.get(&url).send().await.unwrap();
    let etag = first.headers()["etag"].clone();
    let again = app
        .client
        .get(&url)
        .header("if-none-match", etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], etag);
    assert!(again.text().await.unwrap().is_empty());

    let post = app.client.post(&url).send().await.unwrap();
    assert_eq!(post.status(), 405);
}
