//! T10, abuse and safety: always the first section of the report (spec §4.6, §4.9).

use crate::model::{EmotionalKind, Valence};
use crate::patterns::context::{Context, kind_words};
use crate::patterns::finding::{Finding, Strength};
use crate::patterns::time::Span;

fn is_violence(kind: EmotionalKind) -> bool {
    matches!(
        kind,
        EmotionalKind::Violence
            | EmotionalKind::DistantViolence
            | EmotionalKind::CloseViolence
            | EmotionalKind::FusedViolence
    )
}

pub(crate) fn detect(ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for tie in &ctx.ties {
        if tie.valence != Valence::Abuse && !is_violence(tie.kind) {
            continue;
        }
        let kind = kind_words(tie.kind);
        let (names, members): (String, Vec<(usize, &str)>) = if tie.directed {
            (
                format!("by {} toward {}", ctx.name(tie.a), ctx.name(tie.b)),
                vec![(tie.a, "caused harm"), (tie.b, "was harmed")],
            )
        } else {
            (
                format!("between {} and {}", ctx.name(tie.a), ctx.name(tie.b)),
                vec![(tie.a, "involved"), (tie.b, "involved")],
            )
        };
        let harmed: Vec<usize> = if tie.directed { vec![tie.b] } else { vec![tie.a, tie.b] };
        let minors: Vec<usize> = harmed.iter().copied().filter(|&p| ctx.is_minor_now(p)).collect();
        let safety = tie.current && !minors.is_empty();
        let mut d = ctx
            .finding("T10")
            .title(if safety {
                format!("Safety flag: {kind} {names}; {} is a minor", ctx.names(&minors))
            } else {
                format!("{} {names}", capitalise(&kind))
            })
            .tie(tie)
            .strength(if tie.current { Strength::Strong } else { Strength::Moderate });
        for (p, role) in members {
            d = d.member(p, role);
        }
        let period = match (&ctx.g.emotional()[tie.index].start, &ctx.g.emotional()[tie.index].end)
        {
            (Some(s), Some(e)) => format!(" from {s} to {e}"),
            (Some(s), None) => format!(" since {s}"),
            (None, Some(e)) => format!(" until {e}"),
            (None, None) => String::new(),
        };
        let who = if tie.directed {
            ctx.name(tie.b)
        } else {
            format!("{} and {}", ctx.name(tie.a), ctx.name(tie.b))
        };
        out.push(
            d.summary(format!("{} {names} is recorded{period}.", capitalise(&kind)))
                .hypothesis(if safety {
                    format!(
                        "Safety comes before any other work: check whether {} is safe now, who protects them, and whether child-protection or reporting duties apply.",
                        ctx.names(&minors)
                    )
                } else {
                    if harmed.iter().any(|&p| ctx.alive_now(p)) {
                        format!(
                            "Harm like this shapes a family far beyond the people involved. Safety, support and what {who} needs come first; patterns can wait."
                        )
                    } else {
                        format!(
                            "Harm like this shapes a family far beyond the people involved, and after {who}'s death it may live on in those who were around. What the living need comes first; patterns can wait."
                        )
                    }
                })
                .question(ctx.safety_question(&harmed, Span { lo: tie.from, hi: tie.to, mid: tie.to }))
                .question("Who knows about this, and who has been protective?")
                .question("What support does each person have today?")
                .build(),
        );
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
