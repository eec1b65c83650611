//! Column and key shorthands shared by the migrations.

use sea_orm_migration::prelude::*;

pub fn uuid_pk<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col)
        .uuid()
        .not_null()
        .primary_key()
        .to_owned()
}

pub fn uuid_col<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).uuid().not_null().to_owned()
}

pub fn text<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).string().not_null().to_owned()
}

pub fn moment<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

pub fn optional_moment<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col)
        .timestamp_with_time_zone()
        .null()
        .to_owned()
}

pub fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

pub fn optional_text<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).string().null().to_owned()
}

pub fn date<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).date().not_null().to_owned()
}

pub fn optional_date<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).date().null().to_owned()
}

pub fn big<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).big_integer().not_null().to_owned()
}

pub fn optional_big<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).big_integer().null().to_owned()
}

pub fn int<T: IntoIden>(col: T) -> ColumnDef {
    ColumnDef::new(col).integer().not_null().to_owned()
}

/// `(tenant_id, column) → table (tenant_id, id)`: a reference that cannot cross tenants.
pub fn tenant_fk(
    name: &str,
    from_table: impl IntoIden,
    column: impl IntoIden,
    to_table: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from_tbl(from_table)
        .from_col(Alias::new("tenant_id"))
        .from_col(column)
        .to_tbl(to_table)
        .to_col(Alias::new("tenant_id"))
        .to_col(Alias::new("id"))
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

/// A unique index over `columns` of `table`.
pub fn unique_index(name: &str, table: impl IntoIden, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table).unique();
    for column in columns {
        index.col(Alias::new(*column));
    }
    index.to_owned()
}

/// A plain index over `columns` of `table`.
pub fn index(name: &str, table: impl IntoIden, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(Alias::new(*column));
    }
    index.to_owned()
}

pub fn a(name: &str) -> Alias {
    Alias::new(name)
}

pub fn col(name: &str) -> ColumnDef {
    ColumnDef::new(a(name))
}

/// A tenant-owned table with an id, its tenant, `(tenant_id, id)` unique for composite
/// references, and `created_at`.
pub fn owned(table: &str) -> TableCreateStatement {
    Table::create()
        .table(a(table))
        .col(uuid_pk(a("id")))
        .col(uuid_col(a("tenant_id")))
        .col(moment(a("created_at")))
        .foreign_key(
            ForeignKey::create()
                .name(format!("{table}_tenant_fk"))
                .from(a(table), a("tenant_id"))
                .to(a("tenants"), a("id"))
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

/// `(tenant_id, column) → to (tenant_id, id)`.
pub fn refers(table: &str, column: &str, to: &str) -> ForeignKeyCreateStatement {
    tenant_fk(&format!("{table}_{column}_fk"), a(table), a(column), a(to))
}

pub async fn key(manager: &SchemaManager<'_>, table: &str, columns: &[&str]) -> Result<(), DbErr> {
    manager
        .create_index(unique_index(
            &format!("{table}_{}_key", columns.join("_")),
            a(table),
            columns,
        ))
        .await
}

pub async fn idx(manager: &SchemaManager<'_>, table: &str, columns: &[&str]) -> Result<(), DbErr> {
    manager
        .create_index(index(
            &format!("{table}_{}_idx", columns.join("_")),
            a(table),
            columns,
        ))
        .await
}
