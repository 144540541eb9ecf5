//! Bowen's concepts that can be computed from the graph (spec §4.8, BW3–BW5). BW1 (an emotional
//! intensity index) is not a rule of the catalogue's list; BW2, BW6 and BW7 are the triangle,
//! cutoff and sibling-position rules; BW8 is the configuration's historical periods (E8).

pub(crate) mod bw3_nuclear_process;
pub(crate) mod bw4_projection;
pub(crate) mod bw5_transmission;
