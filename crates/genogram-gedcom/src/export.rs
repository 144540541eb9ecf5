//! Genogram to GEDCOM 7.0.
//!
//! Standard tags say what GEDCOM can say (names, sex, birth and death, occupation, education,
//! religion, nationality, notes, families with their children, pedigrees and marriage events), so
//! other programs read the tree. Each record also carries a `_GENO` extension structure (declared
//! in `HEAD.SCHMA`) holding the record exactly as genogram writes it, and a `_GENO_DOC` record
//! holds what belongs to the whole genogram (emotional relationships, events, households,
//! multiple births, title, index person): importing the file gives back the same genogram.

use genogram_core::{
    ChildLink, DateSpec, Genogram, LinkKind, PartialDate, Sex, Union, UnionStatus,
};

/// The URI that documents the `_GENO` extension tags (see `docs/gedcom.md`).
///
/// ```
/// assert!(genogram_gedcom::EXTENSION_URI.starts_with("https://"));
/// ```
pub const EXTENSION_URI: &str = "https://example.invalid/genogram/gedcom";

const MONTHS: [&str; 12] =
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

fn point(d: &PartialDate) -> String {
    match (d.day(), d.month()) {
        (Some(day), Some(m)) => format!("{day} {} {}", MONTHS[usize::from(m) - 1], d.year()),
        (None, Some(m)) => format!("{} {}", MONTHS[usize::from(m) - 1], d.year()),
        _ => d.year().to_string(),
    }
}

/// A date in the GEDCOM grammar.
fn date(d: &DateSpec) -> String {
    match d {
        DateSpec::On(p) => point(p),
        DateSpec::About(p) => format!("ABT {}", point(p)),
        DateSpec::Before(p) => format!("BEF {}", point(p)),
        DateSpec::After(p) => format!("AFT {}", point(p)),
        DateSpec::Between(a, b) => format!("BET {} AND {}", point(a), point(b)),
    }
}

struct Writer {
    out: String,
}

impl Writer {
    /// One line, its value escaped (`@@`) and split on new lines (`CONT`).
    fn line(&mut self, level: usize, tag: &str, value: &str) {
        let mut parts = value.split('\n');
        let first = parts.next().unwrap_or_default();
        self.raw(level, tag, &escape(first));
        for more in parts {
            self.raw(level + 1, "CONT", &escape(more));
        }
    }
    fn raw(&mut self, level: usize, tag: &str, value: &str) {
        self.out += &level.to_string();
        self.out.push(' ');
        self.out += tag;
        if !value.is_empty() {
            self.out.push(' ');
            self.out += value;
        }
        self.out.push('\n');
    }
}

fn escape(value: &str) -> String {
    let v: String = value.chars().filter(|c| *c != '\r').collect();
    if v.starts_with('@') { format!("@{v}") } else { v }
}

/// Writes a genogram as GEDCOM 7.0 (UTF-8).
///
/// ```
/// let g = genogram_core::Genogram::from_json(r#"{"genogram": 1, "people": [
///   {"id": "rosa", "sex": "female", "name": {"given": "Rosa", "family": "Alvarez"}, "birth": "~1950"}]}"#)?.genogram;
/// let ged = genogram_gedcom::export(&g);
/// assert!(ged.starts_with("0 HEAD\n1 GEDC\n2 VERS 7.0\n"));
/// assert!(ged.contains("1 NAME Rosa /Alvarez/\n") && ged.contains("2 DATE ABT 1950\n"));
/// let back = genogram_gedcom::import(ged.as_bytes(), &Default::default())?;
/// assert_eq!(&back.document, g.document());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn export(g: &Genogram) -> String {
    let mut w = Writer { out: String::new() };
    w.raw(0, "HEAD", "");
    w.raw(1, "GEDC", "");
    w.raw(2, "VERS", "7.0");
    w.raw(1, "SCHMA", "");
    w.raw(2, "TAG", &format!("_GENO {EXTENSION_URI}#_GENO"));
    w.raw(2, "TAG", &format!("_GENO_DOC {EXTENSION_URI}#_GENO_DOC"));
    w.raw(1, "SOUR", "genogram");
    w.raw(2, "VERS", env!("CARGO_PKG_VERSION"));
    let person_xref: std::collections::BTreeMap<&str, String> = g
        .people()
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), format!("@I{}@", i + 1)))
        .collect();
    let union_xref: std::collections::BTreeMap<&str, String> = g
        .unions()
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.as_str(), format!("@F{}@", i + 1)))
        .collect();
    for p in g.people() {
        w.out += &format!("0 {} INDI\n", person_xref[p.id.as_str()]);
        let n = &p.name;
        if n.given.is_some() || n.family.is_some() {
            let value = format!(
                "{} /{}/",
                n.given.as_deref().unwrap_or_default(),
                n.family.as_deref().unwrap_or_default()
            );
            w.line(1, "NAME", value.trim());
            if let Some(g) = &n.given {
                w.line(2, "GIVN", g);
            }
            if let Some(f) = &n.family {
                w.line(2, "SURN", f);
            }
            if let Some(nick) = &n.nickname {
                w.line(2, "NICK", nick);
            }
        }
        if let Some(b) = &n.birth_name {
            w.line(1, "NAME", &format!("/{b}/"));
            w.raw(2, "TYPE", "BIRTH");
        }
        w.raw(
            1,
            "SEX",
            match p.sex {
                Sex::Male => "M",
                Sex::Female => "F",
                Sex::Intersex => "X",
                Sex::Unknown => "U",
            },
        );
        if p.birth.is_some() || p.birth_place.is_some() {
            w.raw(1, "BIRT", if p.birth.is_none() { "Y" } else { "" });
            if let Some(b) = &p.birth {
                w.raw(2, "DATE", &date(b));
            }
            if let Some(place) = &p.birth_place {
                w.line(2, "PLAC", place);
            }
        }
        let died = p.death.is_some() || p.death_cause.is_some() || p.death_place.is_some();
        if died || p.deceased == Some(true) {
            w.raw(1, "DEAT", if p.death.is_none() { "Y" } else { "" });
            if let Some(d) = &p.death {
                w.raw(2, "DATE", &date(d));
            }
            if let Some(c) = &p.death_cause {
                w.line(2, "CAUS", c);
            }
            if let Some(place) = &p.death_place {
                w.line(2, "PLAC", place);
            }
        }
        for (tag, value) in [
            ("OCCU", &p.occupation),
            ("EDUC", &p.education),
            ("RELI", &p.religion),
            ("NATI", &p.origin),
        ] {
            if let Some(v) = value {
                w.line(1, tag, v);
            }
        }
        if let Some(notes) = &p.notes {
            w.line(1, "NOTE", notes);
        }
        let families: Vec<(&Union, &ChildLink)> = g
            .unions()
            .iter()
            .filter_map(|u| Some((u, u.children.iter().find(|c| c.person == p.id)?)))
            .collect();
        for &(u, c) in &families {
            adoption(&mut w, u, c, &union_xref[u.id.as_str()]);
        }
        for (u, c) in families {
            w.raw(1, "FAMC", &union_xref[u.id.as_str()]);
            let pedi = match c.link {
                LinkKind::Biological | LinkKind::DonorConceived | LinkKind::Surrogacy => "BIRTH",
                LinkKind::Adopted => "ADOPTED",
                LinkKind::Foster => "FOSTER",
                LinkKind::Step | LinkKind::Guardianship => "OTHER",
            };
            w.raw(2, "PEDI", pedi);
            // Links that differ per parent, as Family Tree Maker, Legacy and RootsMagic write
            // them: `_FREL` to the first partner (HUSB), `_MREL` to the second (WIFE).
            if !c.links.is_empty() {
                for (partner, tag) in u.partners.iter().zip(["_FREL", "_MREL"]) {
                    w.raw(2, tag, relation(c.link_to(partner)));
                }
            }
        }
        for u in g.unions_of(&p.id) {
            w.raw(1, "FAMS", &union_xref[u.id.as_str()]);
        }
        w.raw(1, "_GENO", &json(p));
    }
    for u in g.unions() {
        w.out += &format!("0 {} FAM\n", union_xref[u.id.as_str()]);
        for (i, partner) in u.partners.iter().enumerate() {
            w.raw(1, if i == 0 { "HUSB" } else { "WIFE" }, &person_xref[partner.as_str()]);
        }
        for c in &u.children {
            w.raw(1, "CHIL", &person_xref[c.person.as_str()]);
        }
        for h in &u.history {
            let tag = match h.status {
                UnionStatus::Married => "MARR",
                UnionStatus::Engaged => "ENGA",
                UnionStatus::Divorced => "DIV",
                UnionStatus::Separated => "DIVF",
                UnionStatus::Annulled => "ANUL",
                _ => continue,
            };
            w.raw(1, tag, if h.date.is_none() { "Y" } else { "" });
            if let Some(d) = &h.date {
                w.raw(2, "DATE", &date(d));
            }
            if let Some(place) = &h.place {
                w.line(2, "PLAC", place);
            }
        }
        w.raw(1, "_GENO", &json(u));
    }
    let doc = g.document();
    let rest = serde_json::json!({
        "title": doc.title, "index_person": doc.index_person, "notation": doc.notation, "as_of": doc.as_of,
        "multiple_births": doc.multiple_births, "emotional": doc.emotional, "events": doc.events,
        "households": doc.households,
    });
    w.raw(0, "_GENO_DOC", &rest.to_string());
    w.raw(0, "TRLR", "");
    w.out
}

/// A child's adoption into a family, GEDCOM's way: an `ADOP` event naming the family and who
/// adopted (`HUSB`, the first partner; `WIFE`, the second; `BOTH`).
fn adoption(w: &mut Writer, u: &Union, c: &ChildLink, family: &str) {
    let adopted: Vec<bool> = u.partners.iter().map(|p| c.link_to(p) == LinkKind::Adopted).collect();
    let by = match adopted.as_slice() {
        [true, true] => "BOTH",
        [true] | [true, false] => "HUSB",
        [false, true] => "WIFE",
        _ => return,
    };
    w.raw(1, "ADOP", "");
    if let Some(d) = &c.date {
        w.raw(2, "DATE", &date(d));
    }
    w.raw(2, "FAMC", family);
    w.raw(3, "ADOP", by);
}

/// The `_FREL` / `_MREL` word for a link.
fn relation(link: LinkKind) -> &'static str {
    match link {
        LinkKind::Biological | LinkKind::DonorConceived | LinkKind::Surrogacy => "Natural",
        LinkKind::Adopted => "Adopted",
        LinkKind::Foster => "Foster",
        LinkKind::Step => "Step",
        LinkKind::Guardianship => "Guardian",
    }
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
