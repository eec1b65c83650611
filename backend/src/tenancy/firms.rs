//! The firms register: the enterprises that lease plots from an operator.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, IntoActiveModel,
    QueryFilter,
};

use crate::access::{Policy, TenantCtx};
use crate::audit;
use crate::db::{Db, Page, PageRequest, Sort, fetch_page, key, sorted};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::FirmId;
use crate::tenancy::entities::firm;
use crate::tenancy::{CapitalOrigin, FirmStatus};
use crate::values::Search;
use crate::values::TaxCode;
use crate::values::{Email, required_text};

/// A validated firm record.
#[derive(Clone, Debug)]
pub struct FirmRecord {
    pub name: String,
    pub tax_code: TaxCode,
    pub address: Option<String>,
    pub capital_origin: CapitalOrigin,
    pub is_sme: bool,
    pub vsic_code: Option<String>,
    pub workforce: i32,
    pub billing_emails: Vec<Email>,
    pub status: FirmStatus,
}

/// The raw input of a firm record.
#[derive(Clone, Debug, Default)]
pub struct FirmInput {
    pub name: String,
    pub tax_code: String,
    pub address: Option<String>,
    pub capital_origin: Option<CapitalOrigin>,
    pub is_sme: bool,
    pub vsic_code: Option<String>,
    pub workforce: i32,
    pub billing_emails: Vec<String>,
    pub status: Option<FirmStatus>,
}

impl FirmRecord {
    /// Validates every field, reporting problems under `prefix` (e.g. `input`).
    pub fn parse(input: FirmInput, prefix: &str) -> AppResult<Self> {
        let mut problems = Problems::new();
        let name = problems.check(required_text(&input.name, &format!("{prefix}.name"), 200));
        let tax_code = problems.check(TaxCode::parse(
            &input.tax_code,
            &format!("{prefix}.taxCode"),
        ));
        let vsic_code = input
            .vsic_code
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty());
        if let Some(code) = &vsic_code
            && !(code.len() <= 5
                && code
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && code.chars().skip(1).all(|c| c.is_ascii_digit()))
        {
            problems.add(
                format!("{prefix}.vsicCode"),
                reason!(
                    "vsic_code_section_letter",
                    "a VSIC code is a section letter or up to 5 digits"
                ),
            );
        }
        if input.workforce < 0 {
            problems.add(
                format!("{prefix}.workforce"),
                reason!("workforce_negative", "the workforce cannot be negative"),
            );
        }
        let mut billing_emails = Vec::new();
        for (i, raw) in input.billing_emails.iter().enumerate() {
            if let Some(email) =
                problems.check(Email::parse(raw, &format!("{prefix}.billingEmails.{i}")))
            {
                billing_emails.push(email);
            }
        }
        problems.finish()?;
        let (Some(name), Some(tax_code)) = (name, tax_code) else {
            return Err(AppError::invalid(
                prefix,
                reason!("incomplete", "incomplete"),
            ));
        };
        Ok(Self {
            name,
            tax_code,
            address: input
                .address
                .map(|a| a.trim().to_owned())
                .filter(|a| !a.is_empty()),
            capital_origin: input.capital_origin.unwrap_or(CapitalOrigin::Domestic),
            is_sme: input.is_sme,
            vsic_code,
            workforce: input.workforce,
            billing_emails,
            status: input.status.unwrap_or(FirmStatus::Active),
        })
    }

    fn apply(&self, model: &mut firm::ActiveModel) {
        model.name = Set(self.name.clone());
        model.tax_code = Set(Some(self.tax_code.as_str().to_owned()));
        model.address = Set(self.address.clone());
        model.capital_origin = Set(self.capital_origin);
        model.is_sme = Set(self.is_sme);
        model.vsic_code = Set(self.vsic_code.clone());
        model.workforce = Set(self.workforce);
        model.billing_emails = Set(self
            .billing_emails
            .iter()
            .map(Email::as_str)
            .collect::<Vec<_>>()
            .join(","));
        model.status = Set(self.status);
        model.updated_at = Set(Some(Utc::now()));
    }
}

/// A new firm row for `tenant` (used by create, imports and the demo).
pub fn new_model(tenant: uuid::Uuid, record: &FirmRecord) -> firm::ActiveModel {
    let mut model = firm::ActiveModel {
        id: Set(FirmId::new().0),
        tenant_id: Set(tenant),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    record.apply(&mut model);
    model
}

/// How to narrow the firms list.
#[derive(Clone, Debug, Default)]
pub struct FirmFilter {
    /// Part of the name or tax code.
    pub search: Option<String>,
    pub status: Option<FirmStatus>,
    pub capital_origin: Option<CapitalOrigin>,
    /// By name unless asked otherwise.
    pub sort: Option<Sort<FirmSort>>,
}

/// What the firms list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirmSort {
    Name,
    TaxCode,
    Workforce,
    Registered,
}

/// Firms of the current tenant by name (operators), filtered on the server.
pub async fn list(
    db: &Db,
    ctx: &TenantCtx,
    filter: FirmFilter,
    page: PageRequest,
) -> AppResult<Page<firm::Model>> {
    let txn = db.read(ctx, Policy::ManageEstate).await?;
    let mut select = txn.scoped::<firm::Entity>();
    if let Some(search) = Search::parse(filter.search)? {
        select = select.filter(
            Condition::any()
                .add(search.within(firm::Column::Name))
                .add(search.within(firm::Column::TaxCode)),
        );
    }
    if let Some(status) = filter.status {
        select = select.filter(firm::Column::Status.eq(status));
    }
    if let Some(origin) = filter.capital_origin {
        select = select.filter(firm::Column::CapitalOrigin.eq(origin));
    }
    let sort = filter.sort.unwrap_or(Sort::asc(FirmSort::Name));
    let keys = match sort.field {
        FirmSort::Name => vec![key(firm::Column::Name)],
        FirmSort::TaxCode => vec![key(firm::Column::TaxCode)],
        FirmSort::Workforce => vec![key(firm::Column::Workforce), key(firm::Column::Name)],
        FirmSort::Registered => vec![key(firm::Column::CreatedAt)],
    };
    let select = sorted(select, keys, sort.direction, firm::Column::Id);
    let result = fetch_page(select, txn.conn(), page).await?;
    txn.commit().await?;
    Ok(result)
}

/// One firm: operators see any of the tenant's, an enterprise user only their own.
pub async fn get(db: &Db, ctx: &TenantCtx, id: FirmId) -> AppResult<firm::Model> {
    let txn = db.lookup(ctx, Policy::ReadAccounts).await?;
    if txn.firm_scope().is_some_and(|own| own != id) {
        return Err(AppError::NotFound);
    }
    let found = txn
        .scoped_by_id::<firm::Entity>(id.0)
        .one(txn.conn())
        .await?;
    txn.commit().await?;
    found.ok_or(AppError::NotFound)
}

async fn ensure_tax_code_free(
    txn: &crate::db::TenantTxn,
    tax_code: &TaxCode,
    except: Option<uuid::Uuid>,
    path: &str,
) -> AppResult<()> {
    let mut select = txn
        .scoped::<firm::Entity>()
        .filter(firm::Column::TaxCode.eq(tax_code.as_str()));
    if let Some(id) = except {
        select = select.filter(firm::Column::Id.ne(id));
    }
    if select.one(txn.conn()).await?.is_some() {
        return Err(AppError::invalid(
            path,
            reason!(
                "another_firm_already_tax",
                "another firm already has this tax code"
            ),
        ));
    }
    Ok(())
}

/// Adds a firm to the register (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(db: &Db, ctx: &TenantCtx, record: FirmRecord) -> AppResult<firm::Model> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    ensure_tax_code_free(&txn, &record.tax_code, None, "input.taxCode").await?;
    let firm = firm::Entity::insert(new_model(txn.tenant_id().0, &record))
        .exec_with_returning(txn.conn())
        .await?;
    audit::created(&txn, ctx, "Firm", firm.id, &firm).await?;
    txn.commit().await?;
    Ok(firm)
}

/// Changes a firm's record (operators).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn update(
    db: &Db,
    ctx: &TenantCtx,
    id: FirmId,
    record: FirmRecord,
) -> AppResult<firm::Model> {
    let txn = db.tenant(ctx, Policy::ManageEstate).await?;
    let before = txn
        .scoped_by_id::<firm::Entity>(id.0)
        .one(txn.conn())
        .await?
        .ok_or(AppError::NotFound)?;
    ensure_tax_code_free(&txn, &record.tax_code, Some(before.id), "input.taxCode").await?;
    let mut active = before.clone().into_active_model();
    record.apply(&mut active);
    let after = active.update(txn.conn()).await?;
    audit::record(
        &txn,
        ctx,
        "Firm",
        after.id,
        "updated",
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
