//! Demo photos: some demo requests of each operator carry a generated photo (a road, a sky and
//! the broken thing in its category's colour), stored as an upload is (re-encoded, with a
//! thumbnail). Part of the fuller demo (`CLUSTERKEEP_DEMO_HISTORY`), so tests that do not need
//! it do not pay for encoding pictures.

use image::{DynamicImage, Rgb, RgbImage};
use sea_orm::{EntityTrait, QueryOrder};

use crate::db::Db;
use crate::error::Problems;
use crate::maintenance::Category;
use crate::maintenance::entities::{file, request};
use crate::maintenance::files::{self, Incoming};
use crate::storage::FileStore;

/// How many requests get a photo (the oldest of each category first).
const WITH_PHOTO: usize = 8;

/// A 640 × 480 picture: sky, a grey road with lane marks, and a shape of the category's colour.
fn picture(category: Category, seed: usize) -> Vec<u8> {
    let (r, g, b) = match category {
        Category::Drainage | Category::Wastewater => (40, 70, 110),
        Category::StreetLighting | Category::Power => (230, 200, 60),
        Category::Roads => (90, 80, 70),
        Category::Greenery => (50, 130, 60),
        Category::FireProtection => (200, 40, 40),
        _ => (120, 120, 140),
    };
    let (width, height) = (640u32, 480u32);
    let centre = 160 + (seed as u32 * 97) % 320;
    let image = RgbImage::from_fn(width, height, |x, y| {
        let horizon = height * 2 / 5;
        if y < horizon {
            let light = 200 - (y * 80 / horizon) as u8;
            return Rgb([light / 2 + 60, light / 2 + 90, light]);
        }
        let dx = x as i64 - centre as i64;
        let dy = y as i64 - (height as i64 * 7 / 10);
        if dx * dx / 4 + dy * dy < 3600 {
            return Rgb([r, g, b]);
        }
        if (x / 40) % 2 == 0 && (y as i64 - height as i64 * 7 / 10).abs() < 3 {
            return Rgb([235, 235, 235]);
        }
        let grain = ((x * 31 + y * 17) % 23) as u8;
        Rgb([110 + grain, 110 + grain, 105 + grain])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    // A PNG the demo made itself cannot fail to encode; an empty one is skipped below.
    let _ = DynamicImage::ImageRgb8(image).write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

/// Attaches a generated photo to some demo requests that have none yet.
pub async fn seed(db: &Db, store: &FileStore) -> anyhow::Result<()> {
    // System work: the demo spans tenants, like its seeding.
    let txn = db.system().await?;
    let with_files: std::collections::HashSet<uuid::Uuid> = file::Entity::find()
        .all(txn.conn())
        .await?
        .into_iter()
        .map(|f| f.request_id)
        .collect();
    let requests: Vec<request::Model> = request::Entity::find()
        .order_by_asc(request::Column::CreatedAt)
        .order_by_asc(request::Column::Id)
        .all(txn.conn())
        .await?
        .into_iter()
        .filter(|r| !with_files.contains(&r.id))
        .collect();
    let mut written = Vec::new();
    for (seed, found) in requests.into_iter().step_by(3).take(WITH_PHOTO).enumerate() {
        let bytes = picture(found.category, seed);
        let limits = store.limits;
        let prepared = tokio::task::spawn_blocking(move || {
            let mut problems = Problems::new();
            files::prepare(
                vec![Incoming {
                    name: format!("anh-hien-truong-{}.png", seed + 1),
                    bytes,
                }],
                limits,
                "demo",
                &mut problems,
            )
        })
        .await?;
        files::store_all(
            txn.conn(),
            found.tenant_id,
            store,
            found.filed_by,
            found.id,
            prepared,
            &mut written,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
