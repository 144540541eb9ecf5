//! Strengths and resources (ours: the catalogue lists none, strength-based practice asks for them):
//! repaired cutoffs, lasting unions, recovery, closeness across three generations, connection
//! after a loss, siblings who stayed close.

pub(crate) mod st1_repair;
pub(crate) mod st2_long_union;
pub(crate) mod st3_recovery;
pub(crate) mod st4_three_generations;
pub(crate) mod st5_after_loss;
pub(crate) mod st6_siblings;
