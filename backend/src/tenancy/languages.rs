//! The language a firm reads the product's mail in: that of its first enterprise user (the
//! earliest membership), Vietnamese when it has none. Reminders, receipts and the invoices a
//! billing run announces all ask here, so a firm gets every email in one language.

use std::collections::HashMap;

use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Order, Query, SelectStatement};
use uuid::Uuid;

use crate::access::Role;
use crate::error::AppResult;
use crate::tenancy::Locale;
use crate::tenancy::entities::{membership, user};

/// The language of each firm that has an enterprise user: of every firm of `tenant` (every
/// tenant's when `None`), or of `firms` only when given. A firm missing from the map reads
/// Vietnamese (see [`of`]).
pub async fn firm_locales<C: ConnectionTrait>(
    conn: &C,
    tenant: Option<Uuid>,
    firms: Option<&[Uuid]>,
) -> AppResult<HashMap<Uuid, Locale>> {
    let mut out = HashMap::new();
    match firms {
        None => read(conn, select(tenant), &mut out).await?,
        Some(firms) => {
            for chunk in firms.chunks(800) {
                let mut query = select(tenant);
                query.and_where(
                    Expr::col((membership::Entity, membership::Column::FirmId))
                        .is_in(chunk.iter().copied()),
                );
                read(conn, query, &mut out).await?;
            }
        }
    }
    Ok(out)
}

/// The language of one firm.
pub async fn firm_locale<C: ConnectionTrait>(
    conn: &C,
    tenant: Uuid,
    firm: Uuid,
) -> AppResult<Locale> {
    Ok(of(
        &firm_locales(conn, Some(tenant), Some(&[firm])).await?,
        firm,
    ))
}

/// A firm's language from a map [`firm_locales`] returned.
pub fn of(locales: &HashMap<Uuid, Locale>, firm: Uuid) -> Locale {
    locales.get(&firm).copied().unwrap_or_default()
}

fn select(tenant: Option<Uuid>) -> SelectStatement {
    let mut query = Query::select()
        .column((membership::Entity, membership::Column::FirmId))
        .column((user::Entity, user::Column::Locale))
        .from(membership::Entity)
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((membership::Entity, membership::Column::UserId)),
        )
        .and_where(Expr::col((membership::Entity, membership::Column::Role)).eq(Role::Enterprise))
        .and_where(Expr::col((membership::Entity, membership::Column::FirmId)).is_not_null())
        .order_by(
            (membership::Entity, membership::Column::CreatedAt),
            Order::Asc,
        )
        .order_by((membership::Entity, membership::Column::Id), Order::Asc)
        .to_owned();
    if let Some(tenant) = tenant {
        query.and_where(
            Expr::col((membership::Entity, membership::Column::TenantId)).eq(Expr::val(tenant)),
        );
    }
    query
}

async fn read<C: ConnectionTrait>(
    conn: &C,
    query: SelectStatement,
    out: &mut HashMap<Uuid, Locale>,
) -> AppResult<()> {
    for row in conn.query_all(&query).await? {
        let firm: Uuid = row.try_get("", "firm_id")?;
        let locale: Locale = row.try_get("", "locale")?;
        // Rows come earliest membership first: the first user's language wins.
        out.entry(firm).or_insert(locale);
    }
    Ok(())
}
