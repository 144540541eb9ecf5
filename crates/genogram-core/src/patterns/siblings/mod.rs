//! Sibling constellation (spec §4.2, SC1–SC7; Bowen's sibling position; Toman's profiles).

pub(crate) mod sc1_birth_order;
pub(crate) mod sc2_functional_position;
pub(crate) mod sc3_sex_composition;
pub(crate) mod sc4_complementarity;
pub(crate) mod sc5_sibling_loss;
pub(crate) mod sc6_position_match;
pub(crate) mod sc7_special_child;

use crate::model::Sex;
use crate::patterns::context::Context;

/// A full sibship: the live-born children of one union, oldest first (undated children keep
/// the order the union lists them in).
pub(crate) fn sibship(ctx: &Context<'_>, u: usize) -> Vec<usize> {
    ctx.union_children[u].iter().map(|&(c, _)| c).filter(|&c| ctx.is_person(c)).collect()
}

/// The sibships of two or more children, with their union, unions in id order.
pub(crate) fn sibling_groups(ctx: &Context<'_>) -> Vec<(usize, Vec<usize>)> {
    unions(ctx)
        .into_iter()
        .map(|u| (u, sibship(ctx, u)))
        .filter(|(_, kids)| kids.len() >= 2)
        .collect()
}

/// Unions in id order.
pub(crate) fn unions(ctx: &Context<'_>) -> Vec<usize> {
    let mut v: Vec<usize> = (0..ctx.union_children.len()).collect();
    v.sort_by(|&x, &y| ctx.g.unions()[x].id.cmp(&ctx.g.unions()[y].id));
    v
}

/// The union whose sibship a person belongs to (their first kin parents' union).
pub(crate) fn family_of_origin(ctx: &Context<'_>, p: usize) -> Option<usize> {
    ctx.parents[p].iter().find(|&&(_, _, l)| l.is_kin()).map(|&(_, u, _)| u)
}

/// Position by index in a group of `n`.
pub(crate) fn position(i: usize, n: usize) -> &'static str {
    match (i, n) {
        (_, 1) => "only",
        (0, _) => "oldest",
        (i, n) if i + 1 == n => "youngest",
        _ => "middle",
    }
}

fn noun(sex: Sex, one: bool) -> &'static str {
    match (sex, one) {
        (Sex::Male, true) => "brother",
        (Sex::Male, false) => "brothers",
        (Sex::Female, true) => "sister",
        (Sex::Female, false) => "sisters",
        (_, true) => "sibling",
        (_, false) => "siblings",
    }
}

/// Toman's profile of a child in a sibship: "oldest brother of sisters", "only daughter".
pub(crate) fn toman(ctx: &Context<'_>, sibs: &[usize], i: usize) -> Option<String> {
    let me = sibs[i];
    let sex = ctx.people[me].sex;
    if !matches!(sex, Sex::Male | Sex::Female) {
        return None;
    }
    if sibs.len() == 1 {
        // A child with half-siblings is no only child.
        if !ctx.sibling_slice(me).is_empty() {
            return None;
        }
        return Some(if sex == Sex::Male { "only son".into() } else { "only daughter".into() });
    }
    let others: Vec<Sex> = sibs.iter().filter(|&&s| s != me).map(|&s| ctx.people[s].sex).collect();
    if others.iter().any(|s| !matches!(s, Sex::Male | Sex::Female)) {
        return None;
    }
    let brothers = others.contains(&Sex::Male);
    let sisters = others.contains(&Sex::Female);
    let of = match (brothers, sisters) {
        (true, true) => "brothers and sisters",
        (true, false) => "brothers",
        _ => "sisters",
    };
    Some(format!("{} {} of {of}", position(i, sibs.len()), noun(sex, true)))
}

/// Has a sibling of the other sex in their sibship.
pub(crate) fn has_opposite_sex_sibling(ctx: &Context<'_>, sibs: &[usize], me: usize) -> bool {
    let sex = ctx.people[me].sex;
    sibs.iter().any(|&s| s != me && ctx.people[s].sex != sex && ctx.people[s].sex != Sex::Unknown)
}
