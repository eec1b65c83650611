//! One-click unsubscribe from a kind of reminder (RFC 8058): a mail client POSTs
//! `List-Unsubscribe=One-Click` to the link; a person following the link (GET) sees what it
//! would stop and a button that POSTs. Only POST acts, so link scanners change nothing.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::error::AppError;
use crate::http::HttpState;
use crate::reminders::refusals;

#[derive(Deserialize)]
pub struct Token {
    token: String,
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(refusals::PATH, web::get().to(confirm))
        .route(refusals::PATH, web::post().to(refuse));
}

fn page(body: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(format!(
            "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>ClusterKeep</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\">{body}</body></html>"
        ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

async fn confirm(
    state: web::Data<HttpState>,
    query: web::Query<Token>,
) -> Result<HttpResponse, AppError> {
    let refusal = refusals::describe(&state.db, &state.auth.link(""), &query.token).await?;
    Ok(page(&format!(
        "<p>Ngừng nhận nhắc nhở loại <b>{kind}</b> gửi tới {to}? / Stop <b>{kind}</b> reminders to {to}?</p>\
         <form method=\"post\" action=\"{path}?token={token}\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\
         <button type=\"submit\">Hủy đăng ký / Unsubscribe</button></form>",
        kind = escape(&refusal.kind),
        to = escape(&refusal.recipient),
        path = refusals::PATH,
        token = escape(&query.token),
    )))
}

async fn refuse(
    state: web::Data<HttpState>,
    query: web::Query<Token>,
) -> Result<HttpResponse, AppError> {
    let refusal = refusals::refuse(&state.db, &state.auth.link(""), &query.token).await?;
    Ok(page(&format!(
        "<p>Đã hủy đăng ký: {to} sẽ không nhận nhắc nhở loại {kind} nữa. / Unsubscribed: {to} gets no more {kind} reminders.</p>",
        kind = escape(&refusal.kind),
        to = escape(&refusal.recipient),
    )))
}
