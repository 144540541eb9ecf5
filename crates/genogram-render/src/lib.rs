//! Lay out a genogram and paint it as SVG in the standard notation.
//!
//! [`layout`] turns a [`genogram_core::Genogram`] into a [`Layout`]: plain, serialisable
//! positions of symbols and lines, with [`Metrics`] of its quality. Painting reads only the
//! layout and the genogram's public API.
//!
//! The notation drawn (McGoldrick and NSGC profiles) is described in `docs/notation.md`; the
//! layout's rules and metrics in `docs/ARCHITECTURE.md`.
//!
//! ```
//! let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
//!   "unions": [{"id": "u", "partners": ["a", "b"], "children": [{"person": "c"}]}]}"#)?.genogram;
//! let layout = genogram_render::layout(&g, &genogram_render::LayoutOptions::default());
//! assert_eq!(layout.metrics.overlaps, 0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod canvas;
mod highlight;
mod html;
mod layout;
mod notation;
mod painting;
mod text;

pub use highlight::{Highlight, category_colour};
pub use html::report_html;
pub use layout::{
    Layout, LayoutOptions, LegendItem, LegendSample, MARGIN, Metrics, PlacedChild, PlacedEmotional,
    PlacedHousehold, PlacedPerson, PlacedUnion, ROW_HEIGHT, SYMBOL, layout,
};
pub use notation::{Profile, Texture};
pub use painting::{Labels, RenderOptions, paint, render_svg};
