//! The demo's reminders: on for every operator with the product's defaults, and with the
//! history, the sweeps of the last 45 days run as they would have, so the reminders log and
//! the mail log show what was sent.

use chrono::{Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Asia::Ho_Chi_Minh;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

use crate::notify::MailStatus;
use crate::notify::entities::outbox_message;
use crate::reminders::Reminders;
use crate::reminders::schedule::local_day;
use crate::tenancy::TenantKind;
use crate::tenancy::entities::tenant;

/// Turns reminders on for the demo operators; with `history`, replays 45 days of sweeps.
pub async fn seed(reminders: &Reminders, history: bool) -> anyhow::Result<()> {
    // System work: the demo sets up every operator.
    let txn = reminders.db.system().await?;
    let operators = tenant::Entity::find()
        .filter(tenant::Column::Kind.eq(TenantKind::Operator))
        .all(txn.conn())
        .await?;
    for operator in &operators {
        crate::reminders::settings::demo_row(operator.id)
            .insert(txn.conn())
            .await?;
    }
    txn.commit().await?;
    if !history {
        return Ok(());
    }
    let today = local_day(Utc::now());
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
    for back in (1..=45).rev() {
        let day = today - Duration::days(back);
        if let Some(at) = Ho_Chi_Minh
            .from_local_datetime(&day.and_time(nine))
            .single()
        {
            let at = at.with_timezone(&Utc);
            reminders.sweep(at).await?;
            mark_sent(reminders, at).await?;
        }
    }
    Ok(())
}

/// A replayed sweep is history: its reminders went out that day. Marking them sent keeps a fresh
/// demo from mailing hundreds of past reminders the moment SMTP is configured.
async fn mark_sent(reminders: &Reminders, at: chrono::DateTime<Utc>) -> anyhow::Result<()> {
    let txn = reminders.db.system().await?;
    outbox_message::Entity::update_many()
        .col_expr(
            outbox_message::Column::Status,
            Expr::value(MailStatus::Sent),
        )
        .col_expr(outbox_message::Column::SentAt, Expr::value(at))
        .col_expr(outbox_message::Column::Attempts, Expr::value(1))
        .filter(outbox_message::Column::Status.eq(MailStatus::Pending))
        .filter(outbox_message::Column::ReminderId.is_not_null())
        .exec(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(())
}
