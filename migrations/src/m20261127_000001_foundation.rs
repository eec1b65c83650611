//! Tenants, users and memberships, sign-in (refresh tokens, throttling, invitations, password
//! resets) and the email outbox.

use crate::columns::{fk, moment, optional_moment, text, uuid_col, uuid_pk};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261127_000001_foundation"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Tenants::Table)
                    .col(uuid_pk(Tenants::Id))
                    .col(text(Tenants::Name))
                    .col(text(Tenants::Kind))
                    .col(text(Tenants::Province))
                    .col(moment(Tenants::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(uuid_pk(Users::Id))
                    .col(text(Users::Email).unique_key())
                    .col(ColumnDef::new(Users::PasswordHash).string().null())
                    .col(text(Users::DisplayName))
                    .col(text(Users::Locale))
                    .col(
                        ColumnDef::new(Users::IsPlatformAdmin)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(moment(Users::CreatedAt))
                    .col(moment(Users::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Firms::Table)
                    .col(uuid_pk(Firms::Id))
                    .col(uuid_col(Firms::TenantId))
                    .col(text(Firms::Name))
                    .col(ColumnDef::new(Firms::TaxCode).string().null())
                    .col(moment(Firms::CreatedAt))
                    .foreign_key(&mut fk(
                        "firms_tenant_fk",
                        (Firms::Table, Firms::TenantId),
                        (Tenants::Table, Tenants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // Composite keys let child tables reference (tenant_id, id), so a row can never point at
        // another tenant's firm, and the schema is ready to be distributed by tenant_id.
        manager
            .create_index(
                Index::create()
                    .name("firms_tenant_id_id_key")
                    .table(Firms::Table)
                    .col(Firms::TenantId)
                    .col(Firms::Id)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("firms_tenant_id_tax_code_key")
                    .table(Firms::Table)
                    .col(Firms::TenantId)
                    .col(Firms::TaxCode)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Memberships::Table)
                    .col(uuid_pk(Memberships::Id))
                    .col(uuid_col(Memberships::TenantId))
                    .col(uuid_col(Memberships::UserId))
                    .col(text(Memberships::Role))
                    .col(ColumnDef::new(Memberships::FirmId).uuid().null())
                    .col(moment(Memberships::CreatedAt))
                    .foreign_key(&mut fk(
                        "memberships_tenant_fk",
                        (Memberships::Table, Memberships::TenantId),
                        (Tenants::Table, Tenants::Id),
                    ))
                    .foreign_key(&mut fk(
                        "memberships_user_fk",
                        (Memberships::Table, Memberships::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("memberships_firm_fk")
                            .from_tbl(Memberships::Table)
                            .from_col(Memberships::TenantId)
                            .from_col(Memberships::FirmId)
                            .to_tbl(Firms::Table)
                            .to_col(Firms::TenantId)
                            .to_col(Firms::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("memberships_tenant_id_user_id_key")
                    .table(Memberships::Table)
                    .col(Memberships::TenantId)
                    .col(Memberships::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("memberships_user_id_idx")
                    .table(Memberships::Table)
                    .col(Memberships::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Invitations::Table)
                    .col(uuid_pk(Invitations::Id))
                    .col(uuid_col(Invitations::TenantId))
                    .col(text(Invitations::Email))
                    .col(text(Invitations::Role))
                    .col(ColumnDef::new(Invitations::FirmId).uuid().null())
                    .col(text(Invitations::TokenHash).unique_key())
                    .col(text(Invitations::Locale))
                    .col(ColumnDef::new(Invitations::InvitedBy).uuid().null())
                    .col(moment(Invitations::ExpiresAt))
                    .col(optional_moment(Invitations::AcceptedAt))
                    .col(optional_moment(Invitations::RevokedAt))
                    .col(moment(Invitations::CreatedAt))
                    .foreign_key(&mut fk(
                        "invitations_tenant_fk",
                        (Invitations::Table, Invitations::TenantId),
                        (Tenants::Table, Tenants::Id),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("invitations_firm_fk")
                            .from_tbl(Invitations::Table)
                            .from_col(Invitations::TenantId)
                            .from_col(Invitations::FirmId)
                            .to_tbl(Firms::Table)
                            .to_col(Firms::TenantId)
                            .to_col(Firms::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("invitations_invited_by_fk")
                            .from_tbl(Invitations::Table)
                            .from_col(Invitations::InvitedBy)
                            .to_tbl(Users::Table)
                            .to_col(Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("invitations_tenant_id_created_at_idx")
                    .table(Invitations::Table)
                    .col(Invitations::TenantId)
                    .col(Invitations::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RefreshTokens::Table)
                    .col(uuid_pk(RefreshTokens::Id))
                    .col(uuid_col(RefreshTokens::FamilyId))
                    .col(uuid_col(RefreshTokens::UserId))
                    .col(ColumnDef::new(RefreshTokens::MembershipId).uuid().null())
                    .col(text(RefreshTokens::TokenHash).unique_key())
                    .col(moment(RefreshTokens::ExpiresAt))
                    .col(optional_moment(RefreshTokens::ReplacedAt))
                    .col(optional_moment(RefreshTokens::RevokedAt))
                    .col(moment(RefreshTokens::CreatedAt))
                    .foreign_key(&mut fk(
                        "refresh_tokens_user_fk",
                        (RefreshTokens::Table, RefreshTokens::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut fk(
                        "refresh_tokens_membership_fk",
                        (RefreshTokens::Table, RefreshTokens::MembershipId),
                        (Memberships::Table, Memberships::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("refresh_tokens_family_id_idx")
                    .table(RefreshTokens::Table)
                    .col(RefreshTokens::FamilyId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PasswordResets::Table)
                    .col(uuid_pk(PasswordResets::Id))
                    .col(uuid_col(PasswordResets::UserId))
                    .col(text(PasswordResets::TokenHash).unique_key())
                    .col(moment(PasswordResets::ExpiresAt))
                    .col(optional_moment(PasswordResets::UsedAt))
                    .col(moment(PasswordResets::CreatedAt))
                    .foreign_key(&mut fk(
                        "password_resets_user_fk",
                        (PasswordResets::Table, PasswordResets::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LoginThrottle::Table)
                    .col(
                        ColumnDef::new(LoginThrottle::EmailKey)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(LoginThrottle::Failures).integer().not_null())
                    .col(moment(LoginThrottle::WindowStartedAt))
                    .col(optional_moment(LoginThrottle::LockedUntil))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OutboxMessages::Table)
                    .col(uuid_pk(OutboxMessages::Id))
                    .col(ColumnDef::new(OutboxMessages::TenantId).uuid().null())
                    .col(text(OutboxMessages::Recipient))
                    .col(text(OutboxMessages::Subject))
                    .col(ColumnDef::new(OutboxMessages::BodyText).text().not_null())
                    .col(ColumnDef::new(OutboxMessages::BodyHtml).text().not_null())
                    .col(text(OutboxMessages::Template))
                    .col(text(OutboxMessages::Status))
                    .col(
                        ColumnDef::new(OutboxMessages::Attempts)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(moment(OutboxMessages::NextAttemptAt))
                    .col(optional_moment(OutboxMessages::LockedUntil))
                    .col(ColumnDef::new(OutboxMessages::LastError).text().null())
                    .col(moment(OutboxMessages::CreatedAt))
                    .col(optional_moment(OutboxMessages::SentAt))
                    .foreign_key(&mut fk(
                        "outbox_messages_tenant_fk",
                        (OutboxMessages::Table, OutboxMessages::TenantId),
                        (Tenants::Table, Tenants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_messages_status_next_attempt_at_idx")
                    .table(OutboxMessages::Table)
                    .col(OutboxMessages::Status)
                    .col(OutboxMessages::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_messages_tenant_id_created_at_idx")
                    .table(OutboxMessages::Table)
                    .col(OutboxMessages::TenantId)
                    .col(OutboxMessages::CreatedAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OutboxMessages::Table.into_iden(),
            LoginThrottle::Table.into_iden(),
            PasswordResets::Table.into_iden(),
            RefreshTokens::Table.into_iden(),
            Invitations::Table.into_iden(),
            Memberships::Table.into_iden(),
            Firms::Table.into_iden(),
            Users::Table.into_iden(),
            Tenants::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
    Name,
    Kind,
    Province,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    PasswordHash,
    DisplayName,
    Locale,
    IsPlatformAdmin,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Firms {
    Table,
    Id,
    TenantId,
    Name,
    TaxCode,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    Id,
    TenantId,
    UserId,
    Role,
    FirmId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    TenantId,
    Email,
    Role,
    FirmId,
    TokenHash,
    Locale,
    InvitedBy,
    ExpiresAt,
    AcceptedAt,
    RevokedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RefreshTokens {
    Table,
    Id,
    FamilyId,
    UserId,
    MembershipId,
    TokenHash,
    ExpiresAt,
    ReplacedAt,
    RevokedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PasswordResets {
    Table,
    Id,
    UserId,
    TokenHash,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LoginThrottle {
    Table,
    EmailKey,
    Failures,
    WindowStartedAt,
    LockedUntil,
}

#[derive(DeriveIden)]
enum OutboxMessages {
    Table,
    Id,
    TenantId,
    Recipient,
    Subject,
    BodyText,
    BodyHtml,
    Template,
    Status,
    Attempts,
    NextAttemptAt,
    LockedUntil,
    LastError,
    CreatedAt,
    SentAt,
}
