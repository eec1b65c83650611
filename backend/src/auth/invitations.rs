//! Invitations: an operator admin invites an email address to a role; the email carries a
//! single-use link that expires after [`VALID_DAYS`]; accepting it sets the password (or, for a
//! person who already has an account, confirms it) and signs the person in.

use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::access::Role;
use crate::access::{Policy, TenantCtx};
use crate::auth::entities::invitation::{self, Column};
use crate::auth::password::NewPassword;
use crate::auth::tokens::{random_token, token_hash};
use crate::auth::{Auth, IssuedTokens, Session};
use crate::db::{Page, PageRequest, fetch_page};
use crate::error::{AppError, AppResult, Problems, reason};
use crate::ids::{FirmId, InvitationId, MembershipId, TenantId, UserId};
use crate::notify::Mail;
use crate::tenancy::Locale;
use crate::tenancy::entities::{firm, membership, tenant, user};
use crate::tenancy::tenants::{NewOperator, insert_operator};
use crate::values::{Email, required_text};

/// How long an invitation link works.
pub const VALID_DAYS: i64 = 7;

/// Where an invitation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Revoked,
    Expired,
}

/// The status of an invitation now.
pub fn status(model: &invitation::Model) -> InvitationStatus {
    if model.accepted_at.is_some() {
        InvitationStatus::Accepted
    } else if model.revoked_at.is_some() {
        InvitationStatus::Revoked
    } else if model.expires_at <= Utc::now() {
        InvitationStatus::Expired
    } else {
        InvitationStatus::Pending
    }
}

/// A validated invitation request.
pub struct NewInvitation {
    pub email: Email,
    pub role: Role,
    pub firm_id: Option<FirmId>,
    pub locale: Locale,
}

impl NewInvitation {
    /// Checks the input (paths under `input.`).
    pub fn parse(
        email: &str,
        role: Role,
        firm_id: Option<FirmId>,
        locale: Option<Locale>,
    ) -> AppResult<Self> {
        let mut problems = Problems::new();
        let email = problems.check(Email::parse(email, "input.email"));
        match role {
            Role::OperatorAdmin | Role::OperatorStaff => {
                if firm_id.is_some() {
                    problems.add(
                        "input.firmId",
                        reason!(
                            "enterprise_users_bound_firm",
                            "only enterprise users are bound to a firm"
                        ),
                    );
                }
            }
            Role::Enterprise => {
                if firm_id.is_none() {
                    problems.add(
                        "input.firmId",
                        reason!(
                            "choose_firm_user_acts",
                            "choose the firm this user acts for"
                        ),
                    );
                }
            }
            Role::AuthorityViewer | Role::PlatformAdmin => {
                problems.add(
                    "input.role",
                    reason!(
                        "operators_invite_operator_admins",
                        "operators can invite operator admins, staff and enterprise users"
                    ),
                );
            }
        }
        problems.finish()?;
        let email = email.ok_or_else(|| {
            AppError::invalid(
                "input.email",
                reason!("enter_valid_email_address", "enter a valid email address"),
            )
        })?;
        Ok(Self {
            email,
            role,
            firm_id,
            locale: locale.unwrap_or_default(),
        })
    }
}

impl Auth {
    /// Invites a person to the current tenant and queues the invitation email in the same
    /// transaction. A pending invitation to the same address is replaced (a resend).
    #[tracing::instrument(skip_all, fields(tenant = %ctx.tenant_id()))]
    pub async fn invite(&self, ctx: &TenantCtx, new: NewInvitation) -> AppResult<InvitationView> {
        let txn = self.db.tenant(ctx, Policy::ManageMembers).await?;
        let tenant = txn
            .scoped::<tenant::Entity>()
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        let firm = match new.firm_id {
            Some(id) => Some(
                txn.scoped_by_id::<firm::Entity>(id.0)
                    .one(txn.conn())
                    .await?
                    .ok_or_else(|| {
                        AppError::invalid("input.firmId", reason!("no_such_firm", "no such firm"))
                    })?,
            ),
            None => None,
        };
        let existing_user = user::Entity::find()
            .filter(user::Column::Email.eq(new.email.as_str()))
            .one(txn.conn())
            .await?;
        if let Some(existing) = &existing_user {
            let member = txn
                .scoped::<membership::Entity>()
                .filter(membership::Column::UserId.eq(existing.id))
                .one(txn.conn())
                .await?;
            if member.is_some() {
                return Err(AppError::Conflict(reason!(
                    "already_member",
                    "{email} is already a member",
                    email = new.email.as_str()
                )));
            }
        }
        let now = Utc::now();
        invitation::Entity::update_many()
            .col_expr(Column::RevokedAt, Expr::value(Some(now)))
            .filter(Column::TenantId.eq(txn.tenant_id().0))
            .filter(Column::Email.eq(new.email.as_str()))
            .filter(Column::AcceptedAt.is_null())
            .filter(Column::RevokedAt.is_null())
            .exec(txn.conn())
            .await?;
        let inviter = user::Entity::find_by_id(ctx.user_id().0)
            .one(txn.conn())
            .await?;
        let model = self
            .insert_invitation(txn.conn(), &tenant, firm.as_ref(), inviter.as_ref(), &new)
            .await?;
        let model = InvitationView {
            model,
            firm,
            invited_by: inviter,
        };
        txn.commit().await?;
        self.outbox.wake();
        Ok(model)
    }

    /// Writes an invitation and its email inside `conn` (the caller's transaction).
    async fn insert_invitation<C: sea_orm::ConnectionTrait>(
        &self,
        conn: &C,
        tenant: &tenant::Model,
        firm: Option<&firm::Model>,
        inviter: Option<&user::Model>,
        new: &NewInvitation,
    ) -> AppResult<invitation::Model> {
        let token = random_token();
        let now = Utc::now();
        let expires_at = now + Duration::days(VALID_DAYS);
        let model = invitation::Entity::insert(invitation::ActiveModel {
            id: Set(InvitationId::new().0),
            tenant_id: Set(tenant.id),
            email: Set(new.email.as_str().to_owned()),
            role: Set(new.role),
            firm_id: Set(firm.map(|f| f.id)),
            token_hash: Set(token_hash(&token)),
            locale: Set(new.locale),
            invited_by: Set(inviter.map(|u| u.id)),
            expires_at: Set(expires_at),
            accepted_at: Set(None),
            revoked_at: Set(None),
            created_at: Set(now),
        })
        .exec_with_returning(conn)
        .await?;
        let mail = Mail::Invitation {
            tenant_name: tenant.name.clone(),
            inviter_name: inviter
                .map(|u| u.display_name.clone())
                .unwrap_or_else(|| "ClusterKeep".to_owned()),
            role: new.role,
            firm_name: firm.map(|f| f.name.clone()),
            link: self.link(&format!("/invite?token={token}")),
            expires_at,
        };
        self.outbox
            .enqueue(
                conn,
                Some(TenantId(tenant.id)),
                &new.email,
                new.locale,
                &mail,
            )
            .await?;
        Ok(model)
    }

    /// Creates an operator tenant and invites its first admin, in one transaction
    /// (platform admin).
    pub async fn create_operator(
        &self,
        session: &Session,
        operator: NewOperator,
        admin: NewInvitation,
    ) -> AppResult<tenant::Model> {
        session.require_platform_admin()?;
        // System transaction: the tenant does not exist yet, so no tenant context can exist.
        let txn = self.db.system().await?;
        let tenant = insert_operator(txn.conn(), operator).await?;
        let inviter = user::Entity::find_by_id(session.user_id().0)
            .one(txn.conn())
            .await?;
        self.insert_invitation(txn.conn(), &tenant, None, inviter.as_ref(), &admin)
            .await?;
        txn.commit().await?;
        self.outbox.wake();
        Ok(tenant)
    }

    /// The tenant's invitations, newest first (operator admin).
    pub async fn invitations(
        &self,
        ctx: &TenantCtx,
        only: Option<InvitationStatus>,
        page: PageRequest,
    ) -> AppResult<Page<InvitationView>> {
        let txn = self.db.tenant(ctx, Policy::ManageMembers).await?;
        let now = Utc::now();
        let mut select = txn.scoped::<invitation::Entity>();
        select = match only {
            None => select,
            Some(InvitationStatus::Accepted) => select.filter(Column::AcceptedAt.is_not_null()),
            Some(InvitationStatus::Revoked) => select.filter(Column::RevokedAt.is_not_null()),
            Some(InvitationStatus::Expired) => select
                .filter(Column::AcceptedAt.is_null())
                .filter(Column::RevokedAt.is_null())
                .filter(Column::ExpiresAt.lte(now)),
            Some(InvitationStatus::Pending) => select
                .filter(Column::AcceptedAt.is_null())
                .filter(Column::RevokedAt.is_null())
                .filter(Column::ExpiresAt.gt(now)),
        };
        let select = select
            .order_by_desc(Column::CreatedAt)
            .order_by_desc(Column::Id);
        let result = fetch_page(select, txn.conn(), page).await?;
        let items = attach(&txn, result.items).await?;
        txn.commit().await?;
        Ok(Page {
            items,
            total: result.total,
        })
    }

    /// One invitation of the tenant (operator admin); anything else is NOT_FOUND.
    pub async fn invitation(&self, ctx: &TenantCtx, id: InvitationId) -> AppResult<InvitationView> {
        let txn = self.db.lookup(ctx, Policy::ManageMembers).await?;
        let found = txn
            .scoped::<invitation::Entity>()
            .filter(Column::Id.eq(id.0))
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        let mut views = attach(&txn, vec![found]).await?;
        txn.commit().await?;
        views.pop().ok_or(AppError::NotFound)
    }

    /// Revokes a pending invitation; anything but pending is CONFLICT.
    pub async fn revoke_invitation(
        &self,
        ctx: &TenantCtx,
        id: InvitationId,
    ) -> AppResult<InvitationView> {
        let txn = self.db.tenant(ctx, Policy::ManageMembers).await?;
        let found = txn
            .scoped::<invitation::Entity>()
            .filter(Column::Id.eq(id.0))
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        if status(&found) != InvitationStatus::Pending {
            return Err(AppError::Conflict(reason!(
                "pending_invitation_revoked",
                "only a pending invitation can be revoked"
            )));
        }
        let now = Utc::now();
        invitation::Entity::update_many()
            .col_expr(Column::RevokedAt, Expr::value(Some(now)))
            .filter(Column::TenantId.eq(txn.tenant_id().0))
            .filter(Column::Id.eq(id.0))
            .exec(txn.conn())
            .await?;
        let mut views = attach(
            &txn,
            vec![invitation::Model {
                revoked_at: Some(now),
                ..found
            }],
        )
        .await?;
        txn.commit().await?;
        views.pop().ok_or(AppError::NotFound)
    }

    /// What an invitation link is for, before sign-in. NOT_FOUND unless it is pending.
    pub async fn preview_invitation(&self, token: &str) -> AppResult<InvitationPreview> {
        // System read: the token is the caller's only credential.
        let txn = self.db.system().await?;
        let found = pending_by_token(txn.conn(), token).await?;
        let tenant = tenant::Entity::find_by_id(found.tenant_id)
            .one(txn.conn())
            .await?
            .ok_or(AppError::NotFound)?;
        let firm = match found.firm_id {
            Some(id) => firm::Entity::find_by_id(id).one(txn.conn()).await?,
            None => None,
        };
        let existing_account = user::Entity::find()
            .filter(user::Column::Email.eq(found.email.as_str()))
            .one(txn.conn())
            .await?
            .is_some_and(|u| u.password_hash.is_some());
        txn.commit().await?;
        Ok(InvitationPreview {
            tenant_name: tenant.name,
            firm_name: firm.map(|f| f.name),
            existing_account,
            invitation: found,
        })
    }

    /// Accepts an invitation: creates the account (or, for an existing account, checks its
    /// password), adds the membership, uses up the link, and signs the person in.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn accept_invitation(
        &self,
        token: &str,
        password: &str,
        display_name: Option<&str>,
    ) -> AppResult<IssuedTokens> {
        let display_name = display_name
            .map(|name| required_text(name, "displayName", 120))
            .transpose()?;
        // System transaction: the token is the caller's only credential, and the user row is global.
        let txn = self.db.system().await?;
        let found = pending_by_token(txn.conn(), token).await?;
        let existing = user::Entity::find()
            .filter(user::Column::Email.eq(found.email.as_str()))
            .one(txn.conn())
            .await?;
        let now = Utc::now();
        let user = match existing {
            Some(existing) if existing.password_hash.is_some() => {
                if !self
                    .hasher
                    .verify(existing.password_hash.as_deref(), password)
                    .await?
                {
                    return Err(AppError::invalid(
                        "password",
                        reason!(
                            "you_already_account_enter",
                            "you already have an account: enter its password to accept"
                        ),
                    ));
                }
                existing
            }
            existing => {
                let fallback_name = found.email.split('@').next().unwrap_or_default().to_owned();
                let name = display_name.clone().unwrap_or(fallback_name);
                let new_password =
                    NewPassword::parse(password, "password", &[&found.email, &name])?;
                let hash = self.hasher.hash(&new_password).await?;
                match existing {
                    Some(existing) => {
                        user::Entity::update_many()
                            .col_expr(user::Column::PasswordHash, Expr::value(Some(hash)))
                            .col_expr(user::Column::DisplayName, Expr::value(name))
                            .col_expr(user::Column::UpdatedAt, Expr::value(now))
                            .filter(user::Column::Id.eq(existing.id))
                            .exec(txn.conn())
                            .await?;
                        user::Entity::find_by_id(existing.id)
                            .one(txn.conn())
                            .await?
                            .ok_or(AppError::NotFound)?
                    }
                    None => {
                        user::Entity::insert(user::ActiveModel {
                            id: Set(UserId::new().0),
                            email: Set(found.email.clone()),
                            password_hash: Set(Some(hash)),
                            display_name: Set(name),
                            locale: Set(found.locale),
                            is_platform_admin: Set(false),
                            created_at: Set(now),
                            updated_at: Set(now),
                        })
                        .exec_with_returning(txn.conn())
                        .await?
                    }
                }
            }
        };
        let already_member = membership::Entity::find()
            .filter(membership::Column::TenantId.eq(found.tenant_id))
            .filter(membership::Column::UserId.eq(user.id))
            .one(txn.conn())
            .await?;
        if already_member.is_some() {
            return Err(AppError::Conflict(reason!(
                "you_already_member_organisation",
                "you are already a member of this organisation"
            )));
        }
        // Use the link up only if nobody did meanwhile: single use under concurrency.
        let used = invitation::Entity::update_many()
            .col_expr(Column::AcceptedAt, Expr::value(Some(now)))
            .filter(Column::Id.eq(found.id))
            .filter(Column::AcceptedAt.is_null())
            .filter(Column::RevokedAt.is_null())
            .exec(txn.conn())
            .await?;
        if used.rows_affected != 1 {
            return Err(AppError::NotFound);
        }
        let membership = membership::Entity::insert(membership::ActiveModel {
            id: Set(MembershipId::new().0),
            tenant_id: Set(found.tenant_id),
            user_id: Set(user.id),
            role: Set(found.role),
            firm_id: Set(found.firm_id),
            created_at: Set(now),
        })
        .exec_with_returning(txn.conn())
        .await?;
        let tokens = self
            .start_session(txn.conn(), &user, Some(&membership))
            .await?;
        txn.commit().await?;
        Ok(tokens)
    }
}

/// An invitation with its firm and inviter.
#[derive(Clone, Debug)]
pub struct InvitationView {
    pub model: invitation::Model,
    pub firm: Option<firm::Model>,
    pub invited_by: Option<user::Model>,
}

/// Loads the firms and inviters of many invitations in two statements.
async fn attach(
    txn: &crate::db::TenantTxn,
    models: Vec<invitation::Model>,
) -> AppResult<Vec<InvitationView>> {
    let firm_ids: Vec<_> = models.iter().filter_map(|m| m.firm_id).collect();
    let user_ids: Vec<_> = models.iter().filter_map(|m| m.invited_by).collect();
    let firms = txn
        .scoped::<firm::Entity>()
        .filter(firm::Column::Id.is_in(firm_ids))
        .all(txn.conn())
        .await?;
    let users = user::Entity::find()
        .filter(user::Column::Id.is_in(user_ids))
        .all(txn.conn())
        .await?;
    Ok(models
        .into_iter()
        .map(|model| InvitationView {
            firm: model
                .firm_id
                .and_then(|id| firms.iter().find(|f| f.id == id).cloned()),
            invited_by: model
                .invited_by
                .and_then(|id| users.iter().find(|u| u.id == id).cloned()),
            model,
        })
        .collect())
}

/// An invitation as the accept page shows it.
#[derive(Clone, Debug)]
pub struct InvitationPreview {
    pub invitation: invitation::Model,
    pub tenant_name: String,
    pub firm_name: Option<String>,
    /// Whether the invited address already has an account (accepting then asks its password).
    pub existing_account: bool,
}

/// The pending invitation for a token; NOT_FOUND when unknown, used, revoked or expired.
async fn pending_by_token<C: sea_orm::ConnectionTrait>(
    conn: &C,
    token: &str,
) -> AppResult<invitation::Model> {
    let found = invitation::Entity::find()
        .filter(Column::TokenHash.eq(token_hash(token)))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    if status(&found) == InvitationStatus::Pending {
        Ok(found)
    } else {
        Err(AppError::NotFound)
    }
}
