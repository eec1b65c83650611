//! What each request carries into resolvers: the verified session (if any), the refresh cookie,
//! and how to set it.

use async_graphql::Context;

use crate::access::TenantCtx;
use crate::auth::Session;
use crate::error::{AppError, ErrorCode, reason};
use crate::graphql::errors::{coded, to_gql};

/// The name of the httpOnly refresh-token cookie.
pub const REFRESH_COOKIE: &str = "ck_refresh";

/// The outcome of checking the request's bearer token.
#[derive(Clone)]
pub enum RequestAuth {
    /// No `Authorization` header.
    Anonymous,
    /// A token was sent but is not valid (expired, tampered, unknown key…).
    Invalid,
    /// A verified session.
    Session(Session),
}

/// The refresh token from the cookie, if the browser sent one.
#[derive(Clone)]
pub struct RefreshCookie(pub Option<String>);

/// Whether the request came from a page of another site (its `Origin` is not ours): such a
/// request may not use the refresh cookie (CSRF), whatever its content.
#[derive(Clone, Copy)]
pub struct CrossSite(pub bool);

/// The client's address: the socket's peer, or the one a trusted proxy forwarded.
#[derive(Clone, Copy)]
pub struct ClientAddress(pub std::net::IpAddr);

/// How the refresh token reaches the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Only in the httpOnly cookie (browsers): scripts never see it.
    Cookie,
    /// Only in the response body (clients that keep it themselves).
    Body,
}

/// Whether cookies are marked `Secure` (the public address is https).
#[derive(Clone, Copy)]
pub struct CookiePolicy {
    pub secure: bool,
}

/// The verified session, or UNAUTHENTICATED.
pub fn session<'a>(ctx: &'a Context<'_>) -> async_graphql::Result<&'a Session> {
    match ctx.data_opt::<RequestAuth>() {
        Some(RequestAuth::Session(session)) => Ok(session),
        Some(RequestAuth::Invalid) => Err(coded(
            ErrorCode::Unauthenticated,
            "the access token is invalid or expired; refresh it or sign in again",
        )),
        _ => Err(coded(ErrorCode::Unauthenticated, "sign in first")),
    }
}

/// The tenant context of the session, or UNAUTHENTICATED / FORBIDDEN.
pub fn tenant(ctx: &Context<'_>) -> async_graphql::Result<TenantCtx> {
    let tenant = session(ctx)?.tenant().map_err(to_gql)?;
    Ok(if ctx.data_opt::<QueryOperation>().is_some() {
        tenant.reading_only()
    } else {
        tenant
    })
}

/// Marks a request whose operation is a query: by GraphQL's rules it changes nothing, so its
/// tenant transactions are opened read-only ([`TenantCtx::reading_only`]).
pub struct QueryOperation;

/// The refresh token to use and how its successor goes back: the argument (answered in the
/// body), else the cookie (answered in the cookie); UNAUTHENTICATED when neither, FORBIDDEN
/// when the cookie came with a request from another site.
pub fn refresh_token(
    ctx: &Context<'_>,
    argument: Option<String>,
) -> async_graphql::Result<(String, Delivery)> {
    if let Some(token) = argument {
        return Ok((token, Delivery::Body));
    }
    match ctx.data_opt::<RefreshCookie>().and_then(|c| c.0.clone()) {
        Some(_) if ctx.data_opt::<CrossSite>().is_some_and(|c| c.0) => {
            Err(to_gql(AppError::Forbidden(reason!(
                "cookie_from_another_site",
                "the session cookie cannot be used from another site"
            ))))
        }
        Some(token) => Ok((token, Delivery::Cookie)),
        None => Err(to_gql(AppError::Unauthenticated("no refresh token".into()))),
    }
}

/// The client's address (loopback when the request did not say, as in unit tests).
pub fn client_address(ctx: &Context<'_>) -> std::net::IpAddr {
    ctx.data_opt::<ClientAddress>()
        .map(|c| c.0)
        .unwrap_or(std::net::IpAddr::V6(std::net::Ipv6Addr::LOCALHOST))
}

/// Sets (or, with `None`, clears) the refresh cookie on the response.
pub fn set_refresh_cookie(ctx: &Context<'_>, token: Option<&str>, max_age_seconds: i64) {
    let secure = ctx.data_opt::<CookiePolicy>().is_some_and(|p| p.secure);
    let secure = if secure { "; Secure" } else { "" };
    let value = match token {
        Some(token) => format!(
            "{REFRESH_COOKIE}={token}; Path=/graphql; HttpOnly; SameSite=Strict; Max-Age={max_age_seconds}{secure}"
        ),
        None => format!(
            "{REFRESH_COOKIE}=; Path=/graphql; HttpOnly; SameSite=Strict; Max-Age=0{secure}"
        ),
    };
    ctx.append_http_header("Set-Cookie", value);
}
