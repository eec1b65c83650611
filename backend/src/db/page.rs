//! Offset pages for lists (GraphQL connections turn them into cursors).

use sea_orm::sea_query::{NullOrdering, SimpleExpr};
use sea_orm::{
    ConnectionTrait, EntityTrait, FromQueryResult, IntoSimpleExpr, Order, PaginatorTrait,
    QueryOrder, QuerySelect, Select,
};

/// Which slice of a list to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    pub offset: u64,
    pub limit: u64,
    /// Whether the caller needs the size of the whole list (`totalCount`); without it the
    /// page costs one statement instead of two, and `Page::total` only tells whether more
    /// rows follow.
    pub count: bool,
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

/// Reads one page of `select` (which must already be ordered) and, when the caller asks,
/// counts the whole list. Without the count it reads one row more than the page, so
/// `total` is the offset, the page and one more when another row follows: enough to say
/// whether there is a next page.
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
    if page.count {
        let total = select.clone().count(conn).await?;
        let items = select
            .offset(page.offset)
            .limit(page.limit)
            .all(conn)
            .await?;
        return Ok(Page { items, total });
    }
    let items = select
        .offset(page.offset)
        .limit(page.limit_and_one())
        .all(conn)
        .await?;
    Ok(page_of(items, page))
}

impl PageRequest {
    /// How many rows to read for a page without its count: one more than the page, to learn
    /// whether another follows.
    pub fn limit_and_one(&self) -> u64 {
        self.limit.saturating_add(1).min(i64::MAX as u64)
    }
}

/// The page of `items` read at `page.offset` with [`PageRequest::limit_and_one`]: the page,
/// and a total that says whether more rows follow.
pub fn page_of<T>(mut items: Vec<T>, page: PageRequest) -> Page<T> {
    let more = items.len() as u64 > page.limit;
    items.truncate(page.limit as usize);
    let total = page.offset + items.len() as u64 + u64::from(more);
    Page { items, total }
}

/// Which way a list runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

/// How the user asked a list to be sorted: one of its sortable fields and a direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort<F> {
    pub field: F,
    pub direction: Direction,
}

impl<F> Sort<F> {
    pub fn asc(field: F) -> Self {
        Self {
            field,
            direction: Direction::Ascending,
        }
    }

    pub fn desc(field: F) -> Self {
        Self {
            field,
            direction: Direction::Descending,
        }
    }
}

/// Orders `select` by `keys` in `direction`, empty values last on both databases, then by `id`
/// so that rows with equal keys keep one order and pages never overlap or skip.
pub fn sorted<E, K>(select: Select<E>, keys: K, direction: Direction, id: E::Column) -> Select<E>
where
    E: EntityTrait,
    K: IntoIterator<Item = SimpleExpr>,
{
    let order = match direction {
        Direction::Ascending => Order::Asc,
        Direction::Descending => Order::Desc,
    };
    let select = keys.into_iter().fold(select, |select, key| {
        select.order_by_with_nulls(key, order.clone(), NullOrdering::Last)
    });
    select.order_by(id, order)
}

/// A column as a sort key.
pub fn key(column: impl IntoSimpleExpr) -> SimpleExpr {
    column.into_simple_expr()
}
