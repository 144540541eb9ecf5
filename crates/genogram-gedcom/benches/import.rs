//! `cargo bench -p genogram-gedcom`: importing real GEDCOM files, against a baseline measured in
//! the same run: splitting the same bytes into lines (the least any reader must do).
//! royal92.ged (3,010 people) is in the repository; Queen.ged (4,683 people, 2.4 MB, the issue's
//! target: well under 100 ms) is read from the team corpus when `GENOGRAM_GEDCOM_CORPUS` names
//! its folder (or from `../shared/corpus/gedcom` beside the checkout).

use std::path::PathBuf;

fn main() {
    divan::main();
}

fn file(name: &str) -> Option<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = std::env::var_os("GENOGRAM_GEDCOM_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/corpus/gedcom"));
    [root.join("tests/fixtures/gedcom").join(name), corpus.join(name)]
        .iter()
        .find_map(|p| std::fs::read(p).ok())
}

const FILES: [&str; 2] = ["royal92.ged", "Queen.ged"];

#[divan::bench(args = FILES, sample_count = 10)]
fn import(bencher: divan::Bencher, name: &str) {
    let Some(bytes) = file(name) else { return };
    bencher.bench(|| {
        genogram_gedcom::import(divan::black_box(&bytes), &Default::default())
            .map(|i| i.summary.people)
    });
}

#[divan::bench(args = FILES, sample_count = 10)]
fn baseline_split_lines(bencher: divan::Bencher, name: &str) {
    let Some(bytes) = file(name) else { return };
    bencher.bench(|| divan::black_box(&bytes).split(|&b| b == b'\n').count());
}
