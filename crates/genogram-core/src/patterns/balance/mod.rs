//! Family balance and imbalance (spec §4.7, B1–B4). B5 (resource imbalance) is not implemented:
//! the file format records no income and no education levels to compare.

pub(crate) mod b1_sides;
pub(crate) mod b2_functioning;
pub(crate) mod b3_parentified;
pub(crate) mod b4_polarisation;
pub(crate) mod b6_companion;
