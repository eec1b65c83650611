//! Queries: the mail log.

use async_graphql::{Context, Object};

use crate::graphql::Services;
use crate::graphql::connection::{Conn, connection_cost, paginate};
use crate::graphql::context::tenant;
use crate::graphql::notify::types::{MailMessage, MailStatus};
use crate::notify::outbox;

#[derive(Default)]
pub struct NotifyQueries;

#[Object]
impl NotifyQueries {
    /// Outgoing mail of the current tenant, newest first (operator admin).
    #[graphql(complexity = "connection_cost(first, child_complexity)")]
    async fn mail_log(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        status: Option<MailStatus>,
    ) -> async_graphql::Result<Conn<MailMessage>> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        paginate(ctx, first, after, |page| async move {
            Ok(
                outbox::log(&services.db, &tenant_ctx, status.map(Into::into), page)
                    .await?
                    .map(MailMessage),
            )
        })
        .await
    }
}
