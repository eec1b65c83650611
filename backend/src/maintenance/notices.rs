//! Who hears about what: maintenance emails go to the outbox in the transaction of the change,
//! in each recipient's language.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::access::Role;
use crate::db::TenantTxn;
use crate::error::AppResult;
use crate::notify::{Mail, MaintenanceNotice, Outbox};
use crate::tenancy::Locale;
use crate::tenancy::entities::{membership, user};
use crate::values::Email;

/// Where maintenance mail goes out, and the web app's address for its links.
#[derive(Clone)]
pub struct Notices<'a> {
    pub outbox: &'a Outbox,
    /// The web app's address, without a trailing slash.
    pub web: String,
}

impl Notices<'_> {
    /// The web app's page of a request.
    pub fn request_link(&self, id: Uuid) -> String {
        format!("{}/maintenance/requests/{id}", self.web)
    }

    /// The web app's page of a work order.
    pub fn work_order_link(&self, id: Uuid) -> String {
        format!("{}/maintenance/work-orders/{id}", self.web)
    }
}

/// The operator's triage list: every operator admin and staff member of the tenant.
pub async fn operator_team(txn: &TenantTxn) -> AppResult<Vec<(Email, Locale)>> {
    let team = user::Entity::find()
        .filter(
            Expr::col(user::Column::Id).in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(membership::Column::UserId)
                    .from(membership::Entity)
                    .and_where(membership::Column::TenantId.eq(txn.tenant_id().0))
                    .and_where(
                        membership::Column::Role.is_in([Role::OperatorAdmin, Role::OperatorStaff]),
                    )
                    .to_owned(),
            ),
        )
        .all(txn.conn())
        .await?;
    Ok(team
        .into_iter()
        .filter_map(|u| Email::parse(&u.email, "").ok().map(|e| (e, u.locale)))
        .collect())
}

/// A user's address and language.
pub async fn person(txn: &TenantTxn, user_id: Option<Uuid>) -> AppResult<Option<(Email, Locale)>> {
    let Some(id) = user_id else {
        return Ok(None);
    };
    Ok(user::Entity::find_by_id(id)
        .one(txn.conn())
        .await?
        .and_then(|u| Email::parse(&u.email, "").ok().map(|e| (e, u.locale))))
}

/// Writes `notice` to each recipient.
pub async fn send(
    txn: &TenantTxn,
    notices: &Notices<'_>,
    to: &[(Email, Locale)],
    notice: MaintenanceNotice,
    facts: Facts,
) -> AppResult<()> {
    let mails: Vec<(Email, Locale, Mail)> = to
        .iter()
        .map(|(email, locale)| {
            (
                email.clone(),
                *locale,
                Mail::Maintenance {
                    notice,
                    firm_name: facts.firm_name.clone(),
                    title: facts.title.clone(),
                    promised_on: facts.promised_on,
                    message: facts.message.clone(),
                    link: facts.link.clone(),
                },
            )
        })
        .collect();
    notices
        .outbox
        .enqueue_many(txn.conn(), Some(txn.tenant_id()), &mails)
        .await?;
    Ok(())
}

/// What a maintenance email says.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub firm_name: String,
    pub title: String,
    pub promised_on: Option<chrono::NaiveDate>,
    pub message: Option<String>,
    pub link: String,
}
