//! Mutations: retrying mail.

use async_graphql::{Context, ID, Object};

use crate::graphql::Services;
use crate::graphql::context::tenant;
use crate::graphql::errors::GqlResult;
use crate::graphql::ids;
use crate::graphql::notify::types::MailMessage;
use crate::ids::MailId;
use crate::notify::outbox;

#[derive(Default)]
pub struct NotifyMutations;

#[Object]
impl NotifyMutations {
    /// Make a pending or failed message due for delivery now (operator admin). A message
    /// already sent is CONFLICT.
    async fn retry_mail(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<MailMessage> {
        let services = ctx.data::<Services>()?;
        let tenant_ctx = tenant(ctx)?;
        let id = ids::decode::<MailId>(&id, "id").gql()?;
        Ok(MailMessage(
            outbox::retry(&services.db, &services.outbox, &tenant_ctx, id)
                .await
                .gql()?,
        ))
    }
}
