//! Ended sessions, for refusing their access tokens: every server keeps the recent rows in
//! memory and reloads them every few seconds, so an access token dies with its session instead
//! of living on until it expires. Rows older than an access token's lifetime are dead weight and
//! are purged.
//!
//! Also lets tenant transactions end a member's sessions in the same transaction that removes
//! the member or changes the role (PostgreSQL grants; the tables are not tenant-owned).

use crate::columns::{moment, uuid_pk};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

use crate::rls::APP_ROLE;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000002_session_revocations"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SessionRevocations::Table)
                    .col(uuid_pk(SessionRevocations::Id))
                    .col(ColumnDef::new(SessionRevocations::FamilyId).uuid().null())
                    .col(
                        ColumnDef::new(SessionRevocations::MembershipId)
                            .uuid()
                            .null(),
                    )
                    .col(moment(SessionRevocations::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("session_revocations_created_at_idx")
                    .table(SessionRevocations::Table)
                    .col(SessionRevocations::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("refresh_tokens_membership_id_idx")
                    .table(Alias::new("refresh_tokens"))
                    .col(Alias::new("membership_id"))
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "GRANT SELECT, INSERT ON session_revocations TO {APP_ROLE};
                     GRANT SELECT, UPDATE, DELETE ON refresh_tokens TO {APP_ROLE};"
                ))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared(&format!("REVOKE ALL ON refresh_tokens FROM {APP_ROLE};"))
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("refresh_tokens_membership_id_idx")
                    .table(Alias::new("refresh_tokens"))
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(SessionRevocations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SessionRevocations {
    Table,
    Id,
    FamilyId,
    MembershipId,
    CreatedAt,
}
