//! An index-based view of a genogram for layout: people and unions by position, children in
//! birth order, each child's primary union. Every ordering decision downstream breaks ties by
//! [`Family::key`] (birth date, then id), never by the order of the file.

use std::collections::BTreeMap;

use genogram_core::{DateSpec, Genogram, LinkKind, Person, PersonId};

pub(crate) struct FamilyUnion {
    /// Index into `Genogram::unions()`.
    pub(crate) source: usize,
    /// Partners, as person indices (one or two).
    pub(crate) partners: Vec<usize>,
    /// Children, oldest first, as person indices, with their link.
    pub(crate) children: Vec<usize>,
    pub(crate) links: Vec<LinkKind>,
}

pub(crate) struct Family<'a> {
    pub(crate) people: Vec<&'a Person>,
    pub(crate) unions: Vec<FamilyUnion>,
    /// For each person, the unions they are a partner in, in union order.
    pub(crate) unions_of: Vec<Vec<usize>>,
    /// For each person, the union they hang from in the drawing: the biological one when
    /// there is one (genogram-spec §2.8, dual-parent rule), else the first kin link, else any.
    pub(crate) primary_union: Vec<Option<usize>>,
    /// For each person, a sort key independent of file order.
    pub(crate) key: Vec<(bool, i64, String)>,
}

impl<'a> Family<'a> {
    pub(crate) fn new(g: &'a Genogram) -> Self {
        let people: Vec<&Person> = g.people().iter().collect();
        let index: BTreeMap<&PersonId, usize> =
            people.iter().enumerate().map(|(i, p)| (&p.id, i)).collect();
        let mut unions = Vec::with_capacity(g.unions().len());
        let mut union_index = BTreeMap::new();
        // Unions in id order, so that nothing downstream follows the order of the file.
        let mut sources: Vec<(usize, &genogram_core::Union)> =
            g.unions().iter().enumerate().collect();
        sources.sort_by(|a, b| a.1.id.cmp(&b.1.id));
        for (source, u) in sources {
            union_index.insert(&u.id, unions.len());
            let ordered = g.union_children(&u.id);
            // One line per child: where the partners' links differ, the line shows the
            // non-biological one (a stepparent adoption).
            let drawn: BTreeMap<&PersonId, LinkKind> =
                u.children.iter().map(|c| (&c.person, c.drawn_link())).collect();
            unions.push(FamilyUnion {
                source,
                partners: u.partners.iter().filter_map(|p| index.get(p).copied()).collect(),
                children: ordered.iter().filter_map(|c| index.get(&c.person.id).copied()).collect(),
                links: ordered
                    .iter()
                    .map(|c| drawn.get(&c.person.id).copied().unwrap_or(c.link))
                    .collect(),
            });
        }
        let unions_of = people
            .iter()
            .map(|p| {
                g.unions_of(&p.id).iter().filter_map(|u| union_index.get(&u.id).copied()).collect()
            })
            .collect();
        let mut primary_union: Vec<Option<(u8, usize)>> = vec![None; people.len()];
        for (u, union) in unions.iter().enumerate() {
            for (&child, &link) in union.children.iter().zip(&union.links) {
                let rank = match link {
                    LinkKind::Biological => 0,
                    l if l.is_kin() => 1,
                    _ => 2,
                };
                let slot = &mut primary_union[child];
                if slot.is_none_or(|(r, _)| rank < r) {
                    *slot = Some((rank, u));
                }
            }
        }
        let key = people
            .iter()
            .map(|p| {
                let birth = p.birth.as_ref().map(DateSpec::sort_key);
                (birth.is_none(), birth.unwrap_or(0), p.id.to_string())
            })
            .collect();
        Family {
            people,
            unions,
            unions_of,
            primary_union: primary_union.into_iter().map(|s| s.map(|(_, u)| u)).collect(),
            key,
        }
    }
}
