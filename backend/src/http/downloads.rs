//! Documents and spreadsheets, for the bearer of a valid access token (the web app fetches them
//! with its token and saves the file):
//!
//! - `GET /documents/invoice/{id}.pdf[?lang=en]`, the invoice document, and
//!   `GET /documents/invoice/{id}.xml`, the e-invoice XML for a provider to sign: for the
//!   invoice's operator and its firm; anyone else gets 404, as for a missing invoice;
//! - `GET /documents/invoices.zip?ids=…,…[&lang=en]`, the PDFs of several invoices in one
//!   ZIP: 404 if any one of them is not the caller's to see, 400 for none or too many;
//! - `GET /export/{clusters,plots,firms,leases,assets}.csv`: the estate lists and the upkeep
//!   register;
//! - `GET /export/einvoices.zip?from=…&to=…`: every invoice issued in a range (operators), one
//!   e-invoice XML document per invoice in a ZIP (`/export/einvoices.xml`, its old address,
//!   answers the same ZIP);
//! - `GET /export/errors-notice.csv?from=…&to=…`: the data of form 04/SS-HĐĐT for the
//!   adjustments and replacements issued in a range (operators);
//! - `GET /export/support-claims.csv` and `GET /documents/support-claims.pdf`, with
//!   `?programme=…[&from=…&to=…]`: a rent support programme's claim report (operators);
//! - `GET /export/statement.csv?firm=…&from=…&to=…` and `GET /documents/statement.pdf` (same
//!   query): a firm's statement of account;
//! - `GET /export/fund-statement.csv` and `GET /documents/fund-statement.pdf`, with
//!   `?cluster=…&from=…&to=…[&account=WASTEWATER]`: a cluster's fund statement (operators).
//!
//! The statements are in the reader's language: `&lang=vi|en`, else the `Accept-Language`
//! header, else Vietnamese.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::billing::documents::{bundle, einvoice, errors_notice, pdf, support_claims};
use crate::billing::support::{self, report::ClaimReport};

use crate::error::{AppError, AppResult};
use crate::estate::csv_files;
use crate::graphql::ids;
use crate::http::HttpState;
use crate::http::session::Tenant;
use crate::ids::{FirmId, InvoiceId, SupportProgrammeId};
use crate::receivables::reports;
use crate::tenancy::Locale;
use crate::values::today;

/// Registers the routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/documents/invoice/{id}.pdf", web::get().to(invoice_pdf))
        .route("/documents/invoice/{id}.xml", web::get().to(invoice_xml))
        .route("/documents/invoices.zip", web::get().to(invoices_zip))
        .route("/export/clusters.csv", web::get().to(clusters_csv))
        .route("/export/plots.csv", web::get().to(plots_csv))
        .route("/export/firms.csv", web::get().to(firms_csv))
        .route("/export/leases.csv", web::get().to(leases_csv))
        .route("/export/assets.csv", web::get().to(assets_csv))
        .route(
            "/export/fund-statement.csv",
            web::get().to(fund_statement_csv),
        )
        .route(
            "/documents/fund-statement.pdf",
            web::get().to(fund_statement_pdf),
        )
        .route("/export/einvoices.zip", web::get().to(einvoices_zip))
        // The address the export had when it was one XML file, kept for saved links.
        .route("/export/einvoices.xml", web::get().to(einvoices_zip))
        .route(
            "/export/errors-notice.csv",
            web::get().to(errors_notice_csv),
        )
        .route(
            "/export/support-claims.csv",
            web::get().to(support_claims_csv),
        )
        .route(
            "/documents/support-claims.pdf",
            web::get().to(support_claims_pdf),
        )
        .route("/export/statement.csv", web::get().to(statement_csv))
        .route("/documents/statement.pdf", web::get().to(statement_pdf));
}

fn attachment(
    content_type: &str,
    file: &str,
    body: impl actix_web::body::MessageBody + 'static,
) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        // A firm's invoices and statements: never kept in a shared cache or the browser's.
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file}\""),
        ))
        .body(body)
}

/// An invoice named in a URL; a path that names no invoice is 404, like a missing one.
fn invoice_in_path(id: &str) -> AppResult<InvoiceId> {
    ids::decode::<InvoiceId>(&async_graphql::ID(id.to_owned()), "id")
        .map_err(|_| AppError::NotFound)
}

/// How a document is asked for.
#[derive(Deserialize)]
struct DocumentQuery {
    /// `en` for captions in English; the invoice itself stays Vietnamese.
    lang: Option<String>,
}

async fn invoice_pdf(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    id: web::Path<String>,
    query: web::Query<DocumentQuery>,
) -> AppResult<HttpResponse> {
    let id = invoice_in_path(&id)?;
    let english = query.lang.as_deref() == Some("en");
    let (file, bytes) = pdf::for_invoice(&state.db, &ctx, id, english).await?;
    Ok(attachment(
        "application/pdf",
        &format!("hoa-don-{file}.pdf"),
        bytes,
    ))
}

/// Which invoices go into a ZIP: `ids`, global IDs separated by commas.
#[derive(Deserialize)]
struct ZipQuery {
    ids: Option<String>,
    /// As for a single document.
    lang: Option<String>,
}

async fn invoices_zip(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    query: web::Query<ZipQuery>,
) -> AppResult<HttpResponse> {
    let ids = query
        .ids
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(invoice_in_path)
        .collect::<AppResult<Vec<_>>>()?;
    let english = query.lang.as_deref() == Some("en");
    let bytes = bundle::zip_of_invoices(&state.db, &ctx, &ids, english).await?;
    Ok(attachment(
        "application/zip",
        &format!("hoa-don-{}.zip", today()),
        bytes,
    ))
}

async fn invoice_xml(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = invoice_in_path(&id)?;
    let (file, text) = einvoice::for_invoice(&state.db, &ctx, id).await?;
    Ok(attachment(
        "application/xml; charset=utf-8",
        &format!("hoa-don-{file}.xml"),
        text,
    ))
}

fn estate_csv(name: &str, text: String) -> HttpResponse {
    attachment(
        "text/csv; charset=utf-8",
        &format!("clusterkeep-{name}-{}.csv", today()),
        text,
    )
}

async fn clusters_csv(state: web::Data<HttpState>, Tenant(ctx): Tenant) -> AppResult<HttpResponse> {
    Ok(estate_csv(
        "clusters",
        csv_files::export_clusters(&state.db, &ctx).await?,
    ))
}

async fn plots_csv(state: web::Data<HttpState>, Tenant(ctx): Tenant) -> AppResult<HttpResponse> {
    Ok(estate_csv(
        "plots",
        csv_files::export_plots(&state.db, &ctx).await?,
    ))
}

async fn firms_csv(state: web::Data<HttpState>, Tenant(ctx): Tenant) -> AppResult<HttpResponse> {
    Ok(estate_csv(
        "firms",
        csv_files::export_firms(&state.db, &ctx).await?,
    ))
}

async fn leases_csv(state: web::Data<HttpState>, Tenant(ctx): Tenant) -> AppResult<HttpResponse> {
    Ok(estate_csv(
        "leases",
        csv_files::export_leases(&state.db, &ctx).await?,
    ))
}

async fn assets_csv(state: web::Data<HttpState>, Tenant(ctx): Tenant) -> AppResult<HttpResponse> {
    Ok(estate_csv(
        "assets",
        crate::upkeep::csv_files::export_assets(&state.db, &ctx).await?,
    ))
}

/// Which fund statement: `cluster` (global ID), `from`, `to`, and `account`
/// (`WASTEWATER` for the wastewater account; the maintenance fund otherwise), in which
/// language (`lang`).
#[derive(Deserialize)]
struct FundStatementQuery {
    cluster: String,
    from: NaiveDate,
    to: NaiveDate,
    account: Option<String>,
    lang: Option<String>,
}

/// The language a download is read in: `lang` when it names one we write (`vi`, `en`), else
/// the one of those the `Accept-Language` header prefers, else Vietnamese.
fn reader_locale(lang: Option<&str>, req: &HttpRequest) -> Locale {
    lang.and_then(locale_named)
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(preferred_locale)
        })
        .unwrap_or_default()
}

fn locale_named(tag: &str) -> Option<Locale> {
    let primary = tag.trim().split(['-', '_']).next()?;
    if primary.eq_ignore_ascii_case("vi") {
        Some(Locale::Vi)
    } else if primary.eq_ignore_ascii_case("en") {
        Some(Locale::En)
    } else {
        None
    }
}

/// Of the languages an `Accept-Language` header lists, the most wanted one we write (the
/// first listed on a tie; `q=0` refuses).
fn preferred_locale(header: &str) -> Option<Locale> {
    let mut best: Option<(f32, Locale)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let Some(locale) = parts.next().and_then(locale_named) else {
            continue;
        };
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .unwrap_or(0.0);
        if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
            best = Some((q, locale));
        }
    }
    best.map(|(_, locale)| locale)
}

async fn load_statement(
    state: &HttpState,
    ctx: &crate::access::TenantCtx,
    q: &FundStatementQuery,
) -> AppResult<crate::receivables::statement::FundStatement> {
    let cluster =
        ids::decode::<crate::ids::ClusterId>(&async_graphql::ID(q.cluster.clone()), "cluster")
            .map_err(|_| AppError::NotFound)?;
    let account = match q.account.as_deref() {
        Some("WASTEWATER") => crate::receivables::FundAccount::Wastewater,
        _ => crate::receivables::FundAccount::MaintenanceFund,
    };
    crate::receivables::statement::statement(&state.db, ctx, cluster, account, q.from, q.to).await
}

async fn fund_statement_csv(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    query: web::Query<FundStatementQuery>,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    let locale = reader_locale(query.lang.as_deref(), &req);
    let s = load_statement(&state, &ctx, &query).await?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("bao-cao-quy-{}-{}.csv", query.from, query.to),
        crate::receivables::statement::to_csv(&s, locale)?,
    ))
}

async fn fund_statement_pdf(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    query: web::Query<FundStatementQuery>,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    let locale = reader_locale(query.lang.as_deref(), &req);
    let s = load_statement(&state, &ctx, &query).await?;
    let bytes = tokio::task::spawn_blocking(move || {
        crate::billing::documents::fund_statement::render(&s, locale)
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("pdf task: {e}")))??;
    Ok(attachment(
        "application/pdf",
        &format!("bao-cao-quy-{}-{}.pdf", query.from, query.to),
        bytes,
    ))
}

/// Which programme's claims, and the range of first days supported (default: the
/// programme's period).
#[derive(Deserialize)]
struct SupportClaimsQuery {
    programme: String,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    lang: Option<String>,
}

async fn load_claims(
    state: &HttpState,
    ctx: &crate::access::TenantCtx,
    q: &SupportClaimsQuery,
) -> AppResult<ClaimReport> {
    let programme =
        ids::decode::<SupportProgrammeId>(&async_graphql::ID(q.programme.clone()), "programme")
            .map_err(|_| AppError::NotFound)?;
    support::report::claims(&state.db, ctx, programme, q.from, q.to).await
}

fn claims_file(report: &ClaimReport, extension: &str) -> String {
    format!("ho-tro-tien-thue-{}-{}.{extension}", report.from, report.to)
}

async fn support_claims_csv(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    query: web::Query<SupportClaimsQuery>,
) -> AppResult<HttpResponse> {
    let report = load_claims(&state, &ctx, &query).await?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &claims_file(&report, "csv"),
        support::report::to_csv(&report)?,
    ))
}

async fn support_claims_pdf(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    query: web::Query<SupportClaimsQuery>,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    let locale = reader_locale(query.lang.as_deref(), &req);
    let report = load_claims(&state, &ctx, &query).await?;
    let file = claims_file(&report, "pdf");
    let bytes = tokio::task::spawn_blocking(move || support_claims::render(&report, locale))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("pdf task: {e}")))??;
    Ok(attachment("application/pdf", &file, bytes))
}

/// A range of days, both included.
#[derive(Deserialize)]
struct Range {
    from: NaiveDate,
    to: NaiveDate,
}

async fn einvoices_zip(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    range: web::Query<Range>,
) -> AppResult<HttpResponse> {
    let Range { from, to } = range.into_inner();
    let bytes = einvoice::issued_between(&state.db, &ctx, from, to).await?;
    Ok(attachment(
        "application/zip",
        &format!("hoa-don-dien-tu-{from}-{to}.zip"),
        bytes,
    ))
}

/// The data of the notice of invoices with errors (form 04/SS-HĐĐT) for the corrections
/// issued in a range (operators).
async fn errors_notice_csv(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    range: web::Query<Range>,
) -> AppResult<HttpResponse> {
    let Range { from, to } = range.into_inner();
    let text = errors_notice::csv(&state.db, &ctx, from, to).await?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("04-SS-HDDT-{from}-{to}.csv"),
        text,
    ))
}

/// Whose statement, over which days (an enterprise user's own firm when `firm` is omitted),
/// in which language (`lang`).
#[derive(Deserialize)]
struct StatementQuery {
    firm: Option<String>,
    from: NaiveDate,
    to: NaiveDate,
    lang: Option<String>,
}

async fn statement_csv(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    query: web::Query<StatementQuery>,
    req: HttpRequest,
) -> AppResult<HttpResponse> {
    let StatementQuery {
        firm,
        from,
        to,
        lang,
    } = query.into_inner();
    let locale = reader_locale(lang.as_deref(), &req);
    let firm = firm
        .map(|raw| ids::decode::<FirmId>(&async_graphql::ID(raw), "firm"))
        .transpose()?;
    let (file, text) = reports::statement_csv(&state.db, &ctx, firm, from, to, locale).await?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("{file}.csv"),
        text,
    ))
}

async fn statement_pdf(
    state: web::Data<HttpState>,
    Tenant(ctx): Tenant,
    query: web::Query<StatementQuery>,
) -> AppResult<HttpResponse> {
    // The statement PDF is a Vietnamese accounting document, like the invoices it lists.
    let StatementQuery { firm, from, to, .. } = query.into_inner();
    let firm = firm
        .map(|raw| ids::decode::<FirmId>(&async_graphql::ID(raw), "firm"))
        .transpose()?;
    let s = reports::statement(&state.db, &ctx, firm, from, to).await?;
    let file = reports::statement_file_name(&s);
    let bytes =
        tokio::task::spawn_blocking(move || crate::billing::documents::firm_statement::render(&s))
            .await
            .map_err(|e| AppError::Internal(anyhow::anyhow!("pdf task: {e}")))??;
    Ok(attachment("application/pdf", &format!("{file}.pdf"), bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_most_wanted_language_we_write() {
        assert_eq!(preferred_locale("en-US,en;q=0.9"), Some(Locale::En));
        assert_eq!(
            preferred_locale("fr-FR, vi;q=0.8, en;q=0.5"),
            Some(Locale::Vi)
        );
        assert_eq!(preferred_locale("vi;q=0.4, en-GB;q=0.7"), Some(Locale::En));
        assert_eq!(preferred_locale("en;q=0, vi;q=0.1"), Some(Locale::Vi));
        assert_eq!(preferred_locale("de, fr"), None);
        assert_eq!(preferred_locale(""), None);
        assert_eq!(locale_named("EN"), Some(Locale::En));
        assert_eq!(locale_named("ja"), None);
    }
}
