//! Genealogical loops: a person recorded as their own ancestor. Reported naming the loop, or
//! broken (with `--break-cycles`) by dropping the parent–child link that closes each loop.

use std::collections::BTreeMap;

use crate::{Imported, Options, Problem};

pub(crate) fn check(out: &mut Imported, options: &Options, problems: &mut Vec<Problem>) {
    loop {
        let Some(cycle) = find_cycle(out) else { return };
        let names: Vec<String> = cycle.iter().map(|(p, _, _)| p.clone()).collect();
        let loop_text = format!("{} → {}", names.join(" → "), names[0]);
        let line = out.lines.get(&cycle[0].1).copied().unwrap_or(1);
        if !options.break_cycles {
            problems.push(Problem::error(line, format!("a person is their own ancestor: {loop_text}"), "fix the links in your genealogy program, or import with --break-cycles to drop the fewest links"));
            return;
        }
        // Drop the link from the last parent to the first person (the one that closes the loop).
        let (child, union, _) = cycle[0].clone();
        if let Some(u) = out.document.unions.iter_mut().find(|u| u.id.as_str() == union) {
            u.children.retain(|c| c.person.as_str() != child);
        }
        out.summary.dropped_links += 1;
        problems.push(Problem::warning(
            line,
            format!("a person is their own ancestor: {loop_text}"),
            format!("dropped {child} as a child of {union}"),
        ));
    }
}

/// A cycle in the parent → child graph, as (person, union through which they are a child, _).
fn find_cycle(out: &Imported) -> Option<Vec<(String, String, ())>> {
    let doc = &out.document;
    let index: BTreeMap<&str, usize> =
        doc.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    // children[parent] = (child, union)
    let mut children: Vec<Vec<(usize, &str)>> = vec![Vec::new(); doc.people.len()];
    for u in &doc.unions {
        for partner in &u.partners {
            let Some(&p) = index.get(partner.as_str()) else { continue };
            for c in &u.children {
                if let Some(&k) = index.get(c.person.as_str()) {
                    children[p].push((k, u.id.as_str()));
                }
            }
        }
    }
    // Iterative depth-first search with colours.
    let n = doc.people.len();
    let mut colour = vec![0u8; n];
    let mut via: Vec<Option<(usize, usize)>> = vec![None; n]; // (parent, edge index)
    for start in 0..n {
        if colour[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        colour[start] = 1;
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            if let Some(&(w, _)) = children[v].get(*next) {
                let edge = *next;
                *next += 1;
                match colour[w] {
                    0 => {
                        colour[w] = 1;
                        via[w] = Some((v, edge));
                        stack.push((w, 0));
                    }
                    1 => {
                        // Found: w … v → w.
                        let mut path = vec![(
                            doc.people[w].id.to_string(),
                            children[v][edge].1.to_owned(),
                            (),
                        )];
                        let mut at = v;
                        let mut chain = Vec::new();
                        while at != w {
                            let (parent, e) = via[at]?;
                            chain.push((
                                doc.people[at].id.to_string(),
                                children[parent][e].1.to_owned(),
                                (),
                            ));
                            at = parent;
                        }
                        chain.reverse();
                        path.extend(chain);
                        return Some(path);
                    }
                    _ => {}
                }
            } else {
                colour[v] = 2;
                stack.pop();
            }
        }
    }
    None
}
