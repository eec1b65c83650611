//! Firms of a tenant (minimal for now: the estate issue adds the register).

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::auth::TenantCtx;
use crate::db::{Db, Page, PageRequest, fetch_page};
use crate::error::{AppError, AppResult};
use crate::ids::FirmId;
use crate::tenancy::Role;
use crate::tenancy::entities::firm;

/// Firms of the current tenant by name (operators).
pub async fn list(db: &Db, ctx: &TenantCtx, page: PageRequest) -> AppResult<Page<firm::Model>> {
    ctx.require(&[Role::OperatorAdmin, Role::OperatorStaff])?;
    let txn = db.tenant(ctx).await?;
    let select = txn
        .scoped::<firm::Entity>()
        .order_by_asc(firm::Column::Name)
        .order_by_asc(firm::Column::Id);
    let result = fetch_page(select, txn.conn(), page).await?;
    txn.commit().await?;
    Ok(result)
}

/// One firm: operators see any of the tenant's, an enterprise user only their own.
pub async fn get(db: &Db, ctx: &TenantCtx, id: FirmId) -> AppResult<firm::Model> {
    let allowed =
        ctx.is_operator() || (ctx.role() == Role::Enterprise && ctx.firm_id() == Some(id));
    if !allowed {
        return Err(AppError::NotFound);
    }
    let txn = db.tenant(ctx).await?;
    let found = txn
        .scoped::<firm::Entity>()
        .filter(firm::Column::Id.eq(id.0))
        .one(txn.conn())
        .await?;
    txn.commit().await?;
    found.ok_or(AppError::NotFound)
}

/// Adds a firm (used by the demo and tests until the estate register arrives).
pub async fn create(
    db: &Db,
    ctx: &TenantCtx,
    name: &str,
    tax_code: Option<&str>,
) -> AppResult<firm::Model> {
    ctx.require(&[Role::OperatorAdmin, Role::OperatorStaff])?;
    let name = crate::tenancy::required_text(name, "input.name", 200)?;
    let txn = db.tenant(ctx).await?;
    let model = firm::ActiveModel {
        id: Set(FirmId::new().0),
        tenant_id: Set(txn.tenant_id().0),
        name: Set(name),
        tax_code: Set(tax_code.map(str::to_owned)),
        created_at: Set(Utc::now()),
    };
    let firm = firm::Entity::insert(model)
        .exec_with_returning(txn.conn())
        .await?;
    txn.commit().await?;
    Ok(firm)
}
