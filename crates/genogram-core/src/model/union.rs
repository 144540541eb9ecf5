use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::is_default;
use crate::{DateSpec, PersonId, UnionId};

/// A union: two partners of any sex, or one known parent, and the children they raise
/// (genogram-spec §2.1).
///
/// A union with one partner stands for a single known parent: the other parent is unknown or
/// not recorded.
///
/// ```
/// use genogram_core::{Union, UnionKind, UnionStatus};
/// let u: Union = serde_json::from_str(r#"{
///     "id": "u1", "partners": ["rosa", "jon"], "kind": "marriage",
///     "history": [{"status": "married", "date": "1972"}, {"status": "divorced", "date": "1985"}],
///     "children": [{"person": "ana"}, {"person": "leo", "link": "adopted", "date": "1990"}]
/// }"#)?;
/// assert_eq!(u.kind, UnionKind::Marriage);
/// assert_eq!(u.current_status(), Some(UnionStatus::Divorced));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Union {
    /// The union's id, unique in the file.
    pub id: UnionId,
    /// One or two partners. The order is the reading order; layout decides left and right.
    pub partners: Vec<PersonId>,
    /// The kind of relationship; `unknown` unless said otherwise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub kind: UnionKind,
    /// The union's dated history (met, married, separated, divorced...), in the order it
    /// happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<StatusChange>,
    /// The children of this union, oldest first when birth dates are missing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<ChildLink>,
    /// Whether the partners are blood relatives (drawn with a double line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consanguineous: Option<bool>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl Union {
    /// The latest status in the history, if any.
    ///
    /// ```
    /// use genogram_core::Union;
    /// let u: Union = serde_json::from_str(r#"{"id": "u1", "partners": ["a", "b"], "kind": "marriage",
    ///   "history": [{"status": "married", "date": "1990"}, {"status": "divorced", "date": "2001"}]}"#)?;
    /// assert_eq!(u.current_status(), Some(genogram_core::UnionStatus::Divorced));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn current_status(&self) -> Option<UnionStatus> {
        self.history.last().map(|change| change.status)
    }

    /// The date the union began: the first dated entry of its history.
    ///
    /// ```
    /// use genogram_core::Union;
    /// let u: Union = serde_json::from_str(
    ///     r#"{"id": "u1", "partners": ["a", "b"], "history": [{"status": "met"}, {"status": "married", "date": "1990"}]}"#,
    /// )?;
    /// assert_eq!(u.start().map(|d| d.to_string()), Some("1990".to_string()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(&self) -> Option<&DateSpec> {
        self.history.iter().find_map(|change| change.date.as_ref())
    }

    /// The date the union ended legally or in fact (divorce, annulment, widowhood or end), if
    /// recorded and not followed by a reconciliation.
    ///
    /// ```
    /// use genogram_core::Union;
    /// let u: Union = serde_json::from_str(r#"{"id": "u1", "partners": ["a", "b"], "kind": "marriage",
    ///   "history": [{"status": "married", "date": "1990"}, {"status": "divorced", "date": "2001"}]}"#)?;
    /// assert_eq!(u.end().map(|d| d.year()), Some(2001));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn end(&self) -> Option<&DateSpec> {
        let last_end = self.history.iter().rposition(|c| c.status.ends_union())?;
        let reconciled =
            self.history[last_end..].iter().any(|c| c.status == UnionStatus::Reconciled);
        if reconciled { None } else { self.history[last_end].date.as_ref() }
    }

    /// Whether the history says the union has ended (with or without a date).
    ///
    /// ```
    /// use genogram_core::Union;
    /// let u: Union = serde_json::from_str(r#"{"id": "u1", "partners": ["a", "b"], "kind": "marriage",
    ///   "history": [{"status": "married", "date": "1990"}, {"status": "divorced", "date": "2001"}]}"#)?;
    /// assert!(u.has_ended());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn has_ended(&self) -> bool {
        match self.history.iter().rposition(|c| c.status.ends_union()) {
            Some(i) => !self.history[i..].iter().any(|c| c.status == UnionStatus::Reconciled),
            None => false,
        }
    }

    /// The partner other than `person`, when there is one.
    ///
    /// ```
    /// use genogram_core::Union;
    /// let u: Union = serde_json::from_str(r#"{"id": "u1", "partners": ["a", "b"], "kind": "marriage",
    ///   "history": [{"status": "married", "date": "1990"}, {"status": "divorced", "date": "2001"}]}"#)?;
    /// assert_eq!(u.other_partner(&"a".into()).map(|p| p.as_str()), Some("b"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn other_partner(&self, person: &PersonId) -> Option<&PersonId> {
        self.partners.iter().find(|p| *p != person)
    }
}

/// The kind of a union (genogram-spec §2.1, §2.2).
///
/// ```
/// use genogram_core::Union;
/// let u: Union = serde_json::from_str(r#"{"id": "u1", "partners": ["a", "b"], "kind": "marriage",
///   "history": [{"status": "married", "date": "1990"}, {"status": "divorced", "date": "2001"}]}"#)?;
/// assert_eq!(u.kind, genogram_core::UnionKind::Marriage);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum UnionKind {
    /// Marriage.
    Marriage,
    /// Civil union or registered partnership.
    CivilUnion,
    /// Living together without marriage.
    Cohabitation,
    /// A committed relationship, not living together.
    Committed,
    /// Engagement.
    Engagement,
    /// Dating.
    Dating,
    /// An affair or liaison.
    Affair,
    /// A casual or brief relationship.
    Casual,
    /// Another kind (say which in `notes`).
    Other,
    /// Not known (for example a child's other parent whose relationship is unknown).
    #[default]
    Unknown,
}

/// One dated step in a union's history.
///
/// ```
/// use genogram_core::Union;
/// let u: Union = serde_json::from_str(r#"{"id": "u1", "partners": ["a", "b"], "kind": "marriage",
///   "history": [{"status": "married", "date": "1990"}, {"status": "divorced", "date": "2001"}]}"#)?;
/// assert_eq!(u.history[0].status, genogram_core::UnionStatus::Married);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// What happened.
    pub status: UnionStatus,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
    /// Where (the place of a wedding, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// A step in a union's history (genogram-spec §2.1, §2.3).
///
/// ```
/// assert!(genogram_core::UnionStatus::Widowed.ends_union());
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum UnionStatus {
    /// The partners met.
    Met,
    /// They began a committed relationship.
    Committed,
    /// They became engaged.
    Engaged,
    /// They began living together.
    Cohabiting,
    /// They married (or entered a civil union).
    Married,
    /// They separated (one slash on the union line).
    Separated,
    /// They divorced (two slashes).
    Divorced,
    /// The marriage was annulled.
    Annulled,
    /// They reconciled or remarried after a separation or divorce.
    Reconciled,
    /// One partner died while the union lasted.
    Widowed,
    /// A non-marital relationship ended.
    Ended,
}

impl UnionStatus {
    /// Whether this step ends the union (divorce, annulment, widowhood, end).
    ///
    /// ```
    /// use genogram_core::UnionStatus;
    /// assert!(UnionStatus::Divorced.ends_union());
    /// assert!(!UnionStatus::Separated.ends_union());
    /// ```
    pub fn ends_union(self) -> bool {
        matches!(
            self,
            UnionStatus::Divorced
                | UnionStatus::Annulled
                | UnionStatus::Widowed
                | UnionStatus::Ended
        )
    }
}

/// A child of a union, with how they are linked to it (genogram-spec §2.6, §2.8).
///
/// `link` is the link to both partners; `links` names a partner whose link differs, as in a
/// stepparent adoption: the child of one partner, adopted by the other.
///
/// ```
/// use genogram_core::{ChildLink, LinkKind, PersonId};
/// let c: ChildLink = serde_json::from_str(r#"{"person": "leo", "link": "foster"}"#)?;
/// assert_eq!(c.link, LinkKind::Foster);
/// let adopted_by_dad: ChildLink =
///     serde_json::from_str(r#"{"person": "leo", "links": {"dad": "adopted"}}"#)?;
/// assert_eq!(adopted_by_dad.link_to(&PersonId::new("dad")), LinkKind::Adopted);
/// assert_eq!(adopted_by_dad.link_to(&PersonId::new("mum")), LinkKind::Biological);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChildLink {
    /// The child.
    pub person: PersonId,
    /// How the child is linked to the union; `biological` unless said otherwise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub link: LinkKind,
    /// The link to one partner where it differs from `link`, by partner id
    /// (`{"dad": "adopted"}`: adopted by `dad`, `link` to the other partner).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub links: BTreeMap<PersonId, LinkKind>,
    /// When the link began, for adoption, foster care and guardianship (`A '97`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
}

impl ChildLink {
    /// The child's link to one parent (a partner of the union): its entry in `links`, else
    /// `link`.
    ///
    /// ```
    /// use genogram_core::{ChildLink, LinkKind, PersonId};
    /// let c: ChildLink = serde_json::from_str(
    ///     r#"{"person": "kid", "link": "adopted", "links": {"mum": "biological"}}"#)?;
    /// assert_eq!(c.link_to(&PersonId::new("mum")), LinkKind::Biological);
    /// assert_eq!(c.link_to(&PersonId::new("stepdad")), LinkKind::Adopted);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn link_to(&self, parent: &PersonId) -> LinkKind {
        self.links.get(parent).copied().unwrap_or(self.link)
    }

    /// The link one line from the union to the child shows: `link`, or where the partners'
    /// links differ, the one that is not biological (an adoption by a stepparent is drawn as an
    /// adoption; the birth tie shows in the birth parents' own union).
    ///
    /// ```
    /// use genogram_core::{ChildLink, LinkKind};
    /// let c: ChildLink = serde_json::from_str(r#"{"person": "kid", "links": {"tom": "adopted"}}"#)?;
    /// assert_eq!(c.drawn_link(), LinkKind::Adopted);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn drawn_link(&self) -> LinkKind {
        self.kinds().into_iter().find(|k| !k.is_biological()).unwrap_or(self.link)
    }

    /// The link kinds the child has to this union's partners: `link`, and any other in
    /// `links`, each once, in [`LinkKind`] order.
    ///
    /// ```
    /// use genogram_core::{ChildLink, LinkKind};
    /// let c: ChildLink = serde_json::from_str(r#"{"person": "kid", "links": {"dad": "adopted"}}"#)?;
    /// assert_eq!(c.kinds(), [LinkKind::Biological, LinkKind::Adopted]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kinds(&self) -> Vec<LinkKind> {
        let mut kinds: Vec<LinkKind> =
            std::iter::once(self.link).chain(self.links.values().copied()).collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }
}

/// How a child is linked to a union (genogram-spec §2.8).
///
/// ```
/// let c: genogram_core::ChildLink = serde_json::from_str(r#"{"person": "leo"}"#)?;
/// assert_eq!(c.link, genogram_core::LinkKind::Biological);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// Born to the partners.
    #[default]
    Biological,
    /// Adopted by the union.
    Adopted,
    /// In the union's foster care.
    Foster,
    /// A stepchild of one partner, listed explicitly.
    Step,
    /// Conceived with donor gametes.
    DonorConceived,
    /// Born through surrogacy.
    Surrogacy,
    /// Under the union's guardianship or kinship care.
    Guardianship,
}

impl LinkKind {
    /// Whether the link is biological (genogram-spec §4.0: the biological graph `Gb`).
    ///
    /// ```
    /// assert!(!genogram_core::LinkKind::DonorConceived.is_biological());
    /// ```
    pub fn is_biological(self) -> bool {
        self == LinkKind::Biological
    }

    /// Whether the link makes the child the union's kin (biological, adopted, donor-conceived,
    /// surrogacy): the links kinship terms follow. Foster care, guardianship and explicit step
    /// links give "foster son", "stepdaughter" and the like instead.
    ///
    /// ```
    /// use genogram_core::LinkKind;
    /// assert!(LinkKind::Adopted.is_kin());
    /// assert!(!LinkKind::Foster.is_kin());
    /// ```
    pub fn is_kin(self) -> bool {
        matches!(
            self,
            LinkKind::Biological
                | LinkKind::Adopted
                | LinkKind::DonorConceived
                | LinkKind::Surrogacy
        )
    }
}
