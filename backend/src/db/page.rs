//! Offset pages for lists (GraphQL connections turn them into cursors).

use sea_orm::{ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait, QuerySelect, Select};

/// Which slice of a list to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    pub offset: u64,
    pub limit: u64,
}

/// One slice of a list and the size of the whole list.
#[derive(Clone, Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
}

impl<T> Page<T> {
    /// Applies `f` to each item.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            total: self.total,
        }
    }
}

/// Reads one page of `select` (which must already be ordered) and counts the whole list.
pub async fn fetch_page<E, C>(
    select: Select<E>,
    conn: &C,
    page: PageRequest,
) -> Result<Page<E::Model>, sea_orm::DbErr>
where
    E: EntityTrait,
    E::Model: FromQueryResult + Send + Sync,
    C: ConnectionTrait,
{
    let total = select.clone().count(conn).await?;
    let items = select
        .offset(page.offset)
        .limit(page.limit)
        .all(conn)
        .await?;
    Ok(Page { items, total })
}
