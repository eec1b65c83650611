//! The one place a request's bearer token is read: `Authorization: Bearer …` becomes a
//! [`RequestAuth`] (for `/graphql`, where anonymous requests are allowed) or a [`Tenant`]
//! context (for downloads and exports, which need one).

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};

use crate::access::TenantCtx;
use crate::error::AppError;
use crate::graphql::context::RequestAuth;
use crate::http::HttpState;

impl FromRequest for RequestAuth {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(request_auth(req)))
    }
}

fn request_auth(req: &HttpRequest) -> RequestAuth {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return RequestAuth::Anonymous;
    };
    let (Some(state), Some(token)) = (
        req.app_data::<web::Data<HttpState>>(),
        value.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")),
    ) else {
        return RequestAuth::Invalid;
    };
    match state.auth.session_from_bearer(token.trim()) {
        Ok(session) => {
            if let Ok(ctx) = session.tenant() {
                tracing::Span::current().record("tenant", tracing::field::display(ctx.tenant_id()));
            }
            RequestAuth::Session(session)
        }
        Err(reason) => {
            tracing::info!(%reason, "bearer token refused");
            RequestAuth::Invalid
        }
    }
}

/// The verified tenant context of the request's bearer token: UNAUTHENTICATED without a valid
/// token, FORBIDDEN for a session that acts for no tenant.
pub struct Tenant(pub TenantCtx);

impl FromRequest for Tenant {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(match request_auth(req) {
            RequestAuth::Session(session) => session.tenant().map(Tenant),
            _ => Err(AppError::Unauthenticated("sign in first".into())),
        })
    }
}
