//! Life events and family functioning (spec §4.5, E1–E9), read from the family chronology.

pub(crate) mod e10_loss_cluster;
pub(crate) mod e11_same_day;
pub(crate) mod e1_coincidence;
pub(crate) mod e2_anniversary;
pub(crate) mod e3_age_echo;
pub(crate) mod e4_traumatic_loss;
pub(crate) mod e5_early_loss;
pub(crate) mod e6_shadow;
pub(crate) mod e7_migration;
pub(crate) mod e8_history;
pub(crate) mod e9_functioning;

use crate::model::EventKind;
use crate::patterns::context::{Context, Moment, MomentKind};

/// A reaction event in the sense of E2, E3 and E9: symptom onset, crisis, hospitalisation or a
/// union rupture.
pub(crate) fn is_reaction(ctx: &Context<'_>, m: &Moment) -> bool {
    if let crate::patterns::context::Source::Onset(p, c) = m.source {
        return ctx.people[p].conditions[c].category != crate::model::ConditionCategory::Other;
    }
    matches!(
        m.kind,
        MomentKind::Onset
            | MomentKind::Separation
            | MomentKind::Divorce
            | MomentKind::Event(
                EventKind::Crisis | EventKind::Hospitalisation | EventKind::IllnessOnset
            )
    )
}

/// A significant event in the sense of E1.
pub(crate) fn is_significant(m: &Moment) -> bool {
    matches!(
        m.kind,
        MomentKind::Birth
            | MomentKind::Death
            | MomentKind::UnionStart
            | MomentKind::Separation
            | MomentKind::Divorce
            | MomentKind::Onset
            | MomentKind::Event(
                EventKind::Migration | EventKind::Placement | EventKind::IllnessOnset
            )
    )
}

/// A person and their close kin at a moment: parents, children, siblings, grandparents and
/// grandchildren, and partners only once their union has begun (see `time::family_at`).
pub(crate) fn kin_circle(ctx: &Context<'_>, p: usize, at: &Moment) -> Vec<usize> {
    let mut v = vec![p];
    v.extend(ctx.family_at(p, at.span()));
    for q in ctx.parent_list(p) {
        v.extend(ctx.parent_list(q));
    }
    for q in ctx.child_list(p) {
        v.extend(ctx.child_list(q));
    }
    v.sort_unstable();
    v.dedup();
    v
}
