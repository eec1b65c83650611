//! Serves the built web app; unknown paths get `index.html` so client-side routes load.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};
use actix_web::{HttpResponse, web};

/// Registers the web app (or a short notice when it was not built).
pub fn routes(cfg: &mut web::ServiceConfig, dir: Option<&Path>) {
    match dir {
        Some(dir) => {
            let index: PathBuf = dir.join("index.html");
            cfg.service(
                Files::new("/", dir)
                    .index_file("index.html")
                    .default_handler(fn_service(move |req: ServiceRequest| {
                        let index = index.clone();
                        async move {
                            let (req, _) = req.into_parts();
                            let response = match NamedFile::open_async(&index).await {
                                Ok(file) => file.into_response(&req),
                                Err(_) => HttpResponse::NotFound().finish(),
                            };
                            Ok(ServiceResponse::new(req, response))
                        }
                    })),
            );
        }
        None => {
            cfg.default_service(web::to(|| async {
                HttpResponse::Ok().content_type("text/html; charset=utf-8").body(
                    "<!doctype html><title>ClusterKeep</title><p>The API is running at <a href=\"/graphql\">/graphql</a>. \
                     The web app is not built: run <code>make run</code> (or <code>npm run build</code> in <code>frontend/</code>).</p>",
                )
            }));
        }
    }
}
