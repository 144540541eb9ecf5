//! Every drawing is read by a real SVG renderer (resvg) with the bundled font, rasterised, and
//! checked: it draws something, every text is laid out (the font covers it), and no text or
//! symbol falls outside the canvas.

use genogram_core::Genogram;
use genogram_render::{RenderOptions, render_svg};
use resvg::usvg;

fn inputs() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = ["../../examples", "tests/fixtures"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("dir"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn texts(group: &usvg::Group, out: &mut Vec<(String, usvg::Rect)>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => texts(g, out),
            usvg::Node::Text(t) => {
                let content: String = t.chunks().iter().map(|c| c.text()).collect();
                out.push((content, t.abs_bounding_box()));
            }
            _ => {}
        }
    }
}

#[test]
fn every_drawing_renders_with_its_text_inside_the_canvas() {
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_font_data(include_bytes!("../fonts/DejaVuSans.ttf").to_vec());
    let files = inputs();
    assert!(files.len() >= 15);
    for path in files {
        let g = Genogram::from_json(&std::fs::read_to_string(&path).expect("read"))
            .expect("valid")
            .genogram;
        let svg = render_svg(&g, &RenderOptions::default());
        let tree = usvg::Tree::from_str(&svg, &options)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let size = tree.size();
        let mut found = Vec::new();
        texts(tree.root(), &mut found);
        assert!(!found.is_empty(), "{}: no text", path.display());
        for (content, bbox) in &found {
            assert!(bbox.width() > 0.0, "{}: {content:?} was not laid out", path.display());
            let inside = bbox.left() >= -0.5
                && bbox.top() >= -0.5
                && bbox.right() <= size.width() + 0.5
                && bbox.bottom() <= size.height() + 0.5;
            assert!(
                inside,
                "{}: {content:?} at {bbox:?} is outside the {size:?} canvas",
                path.display()
            );
        }
        let bounds = tree.root().abs_bounding_box();
        assert!(
            bounds.left() >= -0.5 && bounds.right() <= size.width() + 0.5,
            "{}: drawing clipped",
            path.display()
        );
        // Rasterise a reduced copy (the widest fixture is 10,000 px) and check it is not blank.
        let scale = (2400.0 / size.width()).min(1.0);
        let (w, h) = ((size.width() * scale).ceil() as u32, (size.height() * scale).ceil() as u32);
        let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1)).expect("pixmap");
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        let inked = pixmap.pixels().iter().filter(|p| p.red() < 128 && p.alpha() > 0).count();
        assert!(inked > 500, "{}: only {inked} dark pixels", path.display());
    }
}
