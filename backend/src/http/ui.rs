//! Serves the web app. A release binary carries `frontend/dist` inside it (built into the binary
//! when `cargo build --release` runs after `npm run build`), so the one file is the whole
//! product; a debug build reads the same folder from disk at run time, and
//! `CLUSTERKEEP_UI_DIR` points either at another folder (working on the frontend).
//!
//! Paths that name no file and look like a client route (no extension, not under `assets/`)
//! get `index.html`, so the app's own router takes over. Vite puts a content hash in the name
//! of everything under `assets/`, so those are cached for a year; `index.html` and the other
//! files are revalidated on every load (`no-cache` with an ETag), so a new release shows at once.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::{HttpRequest, HttpResponse, web};
use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};

/// `frontend/dist` as it was when the binary was built (empty when it was not built); see
/// `build.rs` for when the binary is rebuilt.
#[derive(RustEmbed)]
#[folder = "../frontend/dist"]
#[allow_missing = true]
struct Embedded;

/// Where the web app's files come from.
#[derive(Clone, Debug)]
pub enum WebApp {
    /// Inside the binary (read from `frontend/dist` on disk by debug builds).
    Embedded,
    /// A folder on disk (`CLUSTERKEEP_UI_DIR`).
    Folder(PathBuf),
}

/// One file of the web app.
struct Asset {
    bytes: Cow<'static, [u8]>,
    sha256: [u8; 32],
}

const INDEX: &str = "index.html";
/// Vite's folder of content-hashed files.
const HASHED_PREFIX: &str = "assets/";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

impl WebApp {
    /// The folder when one is configured, otherwise the embedded app.
    pub fn new(folder: Option<PathBuf>) -> Self {
        folder.map_or(Self::Embedded, Self::Folder)
    }

    /// Whether there is an app to serve (its `index.html` exists).
    pub async fn is_built(&self) -> bool {
        self.load(INDEX).await.is_some()
    }

    /// One file by its path below the app's root (no leading slash); `None` when there is no
    /// such file, or the path tries to leave the folder.
    async fn load(&self, path: &str) -> Option<Asset> {
        match self {
            Self::Embedded => Embedded::get(path).map(|file| Asset {
                sha256: file.metadata.sha256_hash(),
                bytes: file.data,
            }),
            Self::Folder(root) => {
                let root = root.clone();
                let path = path.to_owned();
                web::block(move || read_inside(&root, &path))
                    .await
                    .ok()
                    .flatten()
                    .map(|bytes| Asset {
                        sha256: Sha256::digest(&bytes).into(),
                        bytes: Cow::Owned(bytes),
                    })
            }
        }
    }
}

/// Reads `root/path` when it is a file inside `root` (after resolving `..` and links).
fn read_inside(root: &Path, path: &str) -> Option<Vec<u8>> {
    let root = root.canonicalize().ok()?;
    let file = root.join(path).canonicalize().ok()?;
    if !file.starts_with(&root) || !file.is_file() {
        return None;
    }
    std::fs::read(file).ok()
}

/// Registers the web app as the answer to every path no other route took.
pub fn routes(cfg: &mut web::ServiceConfig, app: &WebApp) {
    let app = app.clone();
    cfg.default_service(web::to(move |request: HttpRequest| {
        let app = app.clone();
        async move { serve(&app, &request).await }
    }));
}

async fn serve(app: &WebApp, request: &HttpRequest) -> HttpResponse {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return HttpResponse::MethodNotAllowed()
            .insert_header((header::ALLOW, "GET, HEAD"))
            .finish();
    }
    let path = request.path().trim_start_matches('/');
    let path = if path.is_empty() { INDEX } else { path };
    if let Some(asset) = app.load(path).await {
        return respond(request, path, &asset);
    }
    if !is_client_route(path) {
        return HttpResponse::NotFound().finish();
    }
    match app.load(INDEX).await {
        Some(index) => respond(request, INDEX, &index),
        None => HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, REVALIDATE))
            .body(NOT_BUILT),
    }
}

/// A path the app's router may know: not a hashed asset, and no file extension.
fn is_client_route(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or(path);
    !path.starts_with(HASHED_PREFIX) && !last.contains('.')
}

fn respond(request: &HttpRequest, path: &str, asset: &Asset) -> HttpResponse {
    let etag = format!("\"{}\"", hex::encode(&asset.sha256[..16]));
    let cache = if path.starts_with(HASHED_PREFIX) {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    let matches = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.split(',').any(|tag| tag.trim() == etag));
    let mut response = if matches {
        HttpResponse::NotModified()
    } else {
        HttpResponse::build(StatusCode::OK)
    };
    response
        .insert_header((header::CACHE_CONTROL, cache))
        .insert_header((header::ETAG, etag));
    if matches {
        return response.finish();
    }
    response
        .insert_header((header::CONTENT_TYPE, content_type(path)))
        .body(asset.bytes.clone().into_owned())
}

/// The type browsers need (scripts refused otherwise under `nosniff`), with the charset for text.
fn content_type(path: &str) -> HeaderValue {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let text = mime.type_() == mime_guess::mime::TEXT
        || matches!(mime.subtype().as_str(), "javascript" | "json" | "svg");
    let value = if text && mime.get_param("charset").is_none() {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    };
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static("application/octet-stream"))
}

const NOT_BUILT: &str = "<!doctype html><title>ClusterKeep</title><p>The API is running at \
    <a href=\"/graphql\">/graphql</a>. The web app was not built into this binary: run \
    <code>make run</code> (or <code>npm run build</code> in <code>frontend/</code>, then build \
    the server again).</p>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_routes_are_paths_without_an_extension_outside_assets() {
        assert!(is_client_route("invite"));
        assert!(is_client_route("clusters/Q2x1c3Rlcjox/plots"));
        assert!(!is_client_route("assets/index-3f2a.js"));
        assert!(!is_client_route("assets/gone"));
        assert!(!is_client_route("favicon.ico"));
    }

    #[test]
    fn scripts_styles_and_pages_get_their_types() {
        assert_eq!(
            content_type("assets/index-1.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            content_type("assets/index-1.css"),
            "text/css; charset=utf-8"
        );
        assert_eq!(content_type("index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("favicon.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type("assets/font.woff2"), "font/woff2");
    }
}
