//! Life-cycle fit (spec §4.3, LC1–LC7). Every age here is a cultural norm and a configuration
//! value.

pub(crate) mod lc1_coupling;
pub(crate) mod lc2_parenthood;
pub(crate) mod lc3_age_gap;
pub(crate) mod lc4_second_family;
pub(crate) mod lc5_death;
pub(crate) mod lc6_pileup;
pub(crate) mod lc7_stage;
