//! Drawing on an A4 PDF page: the embedded fonts (DejaVu Sans, which covers Vietnamese), text
//! measured from the font's own advances, rules, shaded bands and QR codes. The invoice and the
//! statements draw with it.

use std::sync::OnceLock;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::error::{AppError, AppResult};

/// Where the fonts are read from unless `CLUSTERKEEP_PDF_FONT_DIR` says otherwise (Debian's
/// `fonts-dejavu-core`).
const DEFAULT_FONT_DIR: &str = "/usr/share/fonts/truetype/dejavu";

pub(crate) struct Fonts {
    regular: Font,
    bold: Font,
    /// The font files, to measure text with.
    regular_data: Vec<u8>,
    bold_data: Vec<u8>,
}

pub(crate) fn fonts() -> AppResult<&'static Fonts> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let dir = std::env::var("CLUSTERKEEP_PDF_FONT_DIR")
                .unwrap_or_else(|_| DEFAULT_FONT_DIR.to_owned());
            let read = |name: &str| std::fs::read(std::path::Path::new(&dir).join(name)).ok();
            let (regular_data, bold_data) = (read("DejaVuSans.ttf")?, read("DejaVuSans-Bold.ttf")?);
            Some(Fonts {
                regular: Font::new(regular_data.clone().into(), 0)?,
                bold: Font::new(bold_data.clone().into(), 0)?,
                regular_data,
                bold_data,
            })
        })
        .as_ref()
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "PDF fonts not found: install fonts-dejavu-core or set CLUSTERKEEP_PDF_FONT_DIR"
            ))
        })
}

pub(crate) const WIDTH: f32 = 595.0;
pub(crate) const HEIGHT: f32 = 842.0;
pub(crate) const MARGIN: f32 = 40.0;

/// The advance of `text` at `size` in the font `data`, from its glyphs' advances.
fn advance(data: &[u8], text: &str, size: f32) -> f32 {
    let Ok(face) = ttf_parser::Face::parse(data, 0) else {
        return text.chars().count() as f32 * 0.6 * size;
    };
    let per_em = f32::from(face.units_per_em());
    let units: f32 = text
        .chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(per_em * 0.6, f32::from)
        })
        .sum();
    units * size / per_em
}

/// `text` in lines of at most about `max_chars` characters, broken between words (a longer
/// word keeps a line of its own); nothing is cut off.
pub(crate) fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        if current.chars().count() + word.chars().count() > max_chars && !current.is_empty() {
            rows.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    rows.push(current);
    rows
}

pub(crate) struct Pen<'s, 'p> {
    pub(crate) surface: &'s mut Surface<'p>,
    pub(crate) fonts: &'static Fonts,
}

impl Pen<'_, '_> {
    pub(crate) fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        let font = if bold {
            self.fonts.bold.clone()
        } else {
            self.fonts.regular.clone()
        };
        self.surface.draw_text(
            Point::from_xy(x, y),
            font,
            size,
            text,
            false,
            TextDirection::Auto,
        );
    }

    /// How wide `text` is set at `size`.
    pub(crate) fn measure(&self, text: &str, size: f32, bold: bool) -> f32 {
        let data = if bold {
            &self.fonts.bold_data
        } else {
            &self.fonts.regular_data
        };
        advance(data, text, size)
    }

    pub(crate) fn right(&mut self, x: f32, y: f32, size: f32, bold: bool, text: &str) {
        let width = self.measure(text, size, bold);
        self.text(x - width, y, size, bold, text);
    }

    /// Pieces of text set one after the other from `x`; returns where the last one ends.
    pub(crate) fn runs(&mut self, x: f32, y: f32, runs: &[Run]) -> f32 {
        let mut x = x;
        for run in runs {
            self.text(x, y, run.size, run.bold, &run.text);
            x += self.measure(&run.text, run.size, run.bold);
        }
        x
    }

    /// Pieces of text set one after the other so that the last one ends at `x`.
    pub(crate) fn runs_right(&mut self, x: f32, y: f32, runs: &[Run]) {
        let width: f32 = runs
            .iter()
            .map(|r| self.measure(&r.text, r.size, r.bold))
            .sum();
        self.runs(x - width, y, runs);
    }

    pub(crate) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, grey: u8) {
        let mut builder = PathBuilder::new();
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            builder.push_rect(rect);
        }
        if let Some(path) = builder.finish() {
            self.surface.set_fill(Some(Fill {
                paint: rgb::Color::new(grey, grey, grey).into(),
                opacity: NormalizedF32::ONE,
                rule: Default::default(),
            }));
            self.surface.draw_path(&path);
            self.surface.set_fill(Some(Fill::default()));
        }
    }

    /// A QR code of `payload`, `size` points wide, top-left at (x, y).
    pub(crate) fn qr(&mut self, x: f32, y: f32, size: f32, payload: &str) -> AppResult<()> {
        let code = qrcode::QrCode::new(payload.as_bytes())
            .map_err(|e| AppError::Internal(anyhow::anyhow!("qr code: {e}")))?;
        let modules = code.width();
        let quiet = 2.0;
        let cell = size / (modules as f32 + 2.0 * quiet);
        let mut builder = PathBuilder::new();
        for (i, color) in code.to_colors().iter().enumerate() {
            if *color == qrcode::Color::Dark {
                let (row, col) = ((i / modules) as f32, (i % modules) as f32);
                if let Some(rect) = Rect::from_xywh(
                    x + (col + quiet) * cell,
                    y + (row + quiet) * cell,
                    cell,
                    cell,
                ) {
                    builder.push_rect(rect);
                }
            }
        }
        if let Some(path) = builder.finish() {
            self.surface.set_fill(Some(Fill::default()));
            self.surface.draw_path(&path);
        }
        Ok(())
    }
}

/// A piece of text in one size and weight.
pub(crate) struct Run {
    pub(crate) text: String,
    pub(crate) size: f32,
    pub(crate) bold: bool,
}

pub(crate) fn run(text: impl Into<String>, size: f32, bold: bool) -> Run {
    Run {
        text: text.into(),
        size,
        bold,
    }
}
