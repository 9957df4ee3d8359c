//! "Arbetsgrupperna ska ha representation från alla berörda parter": which of Region, Kommun
//! and Lärosäte no member of a group represents.
//!
//! What counts is the party kind of the member's organisation in Register (`PartyKind`), not
//! the free text "representing", which says on whose behalf (a network, "Kommuner") and is not
//! reliable enough to count. So:
//! - a member without an organisation represents no party;
//! - an organisation of kind Annan (a council office, a national body) represents none of the
//!   three;
//! - an adjunct (adjungerad) does NOT count: adjuncts are called in for their knowledge, speak
//!   for no party and have no say in the group's decisions, so a party present only through an
//!   adjunct is still missing. Conveners and members count.

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use super::{MemberRole, WorkingGroupStatus};
use crate::organisation::PartyKind;
use crate::{Id, Result, Storage};

/// A member as the check sees them: their role and their organisation's party kind (`None`
/// without an organisation).
pub type MemberParty = (MemberRole, Option<PartyKind>);

/// The parties every group should have, in the order they are named.
pub const COUNTED_PARTIES: [PartyKind; 3] =
    [PartyKind::Region, PartyKind::Kommun, PartyKind::Larosate];

/// The parties of [`COUNTED_PARTIES`] that no convener or member (adjuncts do not count)
/// represents, in that order. `members` holds each member's role and their organisation's
/// party kind (`None` without an organisation).
pub fn missing_parties(members: &[MemberParty]) -> Vec<PartyKind> {
    COUNTED_PARTIES
        .into_iter()
        .filter(|party| {
            !members
                .iter()
                .any(|(role, kind)| *role != MemberRole::Adjunct && *kind == Some(*party))
        })
        .collect()
}

/// One group of the plan and what it lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Representation {
    pub working_group_id: Id,
    pub name: String,
    pub status: WorkingGroupStatus,
    pub member_count: i64,
    /// Empty when every party is represented.
    pub missing: Vec<PartyKind>,
}

/// Every group of the plan (in the order of [`super::list`]) with the parties it lacks.
pub fn representation(storage: &Storage, plan_id: Id) -> Result<Vec<Representation>> {
    Ok(super::list(storage, plan_id)?
        .into_iter()
        .map(|g| Representation {
            working_group_id: g.id,
            name: g.name,
            status: g.status,
            member_count: g.member_count,
            missing: g.missing_parties,
        })
        .collect())
}

/// Members' roles and party kinds of every group of a plan, by group id.
pub(super) fn parties_by_group(
    storage: &Storage,
    plan_id: Id,
) -> Result<HashMap<Id, Vec<MemberParty>>> {
    let mut statement = storage.conn.prepare(
        "SELECT m.working_group_id, m.role, o.kind
         FROM membership m
         JOIN working_group g ON g.id = m.working_group_id
         JOIN person p ON p.id = m.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         WHERE g.plan_id = ?1",
    )?;
    let rows = statement.query_map([plan_id], |r| {
        let role: String = r.get(1)?;
        let kind: Option<String> = r.get(2)?;
        Ok((
            r.get::<_, Id>(0)?,
            MemberRole::parse(&role),
            kind.as_deref().and_then(PartyKind::parse),
        ))
    })?;
    let mut by_group: HashMap<Id, Vec<_>> = HashMap::new();
    for row in rows {
        let (group, role, kind) = row?;
        by_group.entry(group).or_default().push((role, kind));
    }
    Ok(by_group)
}

#[cfg(test)]
mod tests {
    use super::*;
    use MemberRole::{Adjunct, Convener, Member};
    use PartyKind::{Kommun, Larosate, Other, Region};

    #[test]
    fn the_rules_over_a_table_of_groups() {
        let cases: &[(&str, &[MemberParty], &[PartyKind])] = &[
            ("no members", &[], &[Region, Kommun, Larosate]),
            (
                "all three",
                &[
                    (Convener, Some(Region)),
                    (Member, Some(Kommun)),
                    (Member, Some(Larosate)),
                ],
                &[],
            ),
            (
                "a convener counts like a member",
                &[(Convener, Some(Larosate))],
                &[Region, Kommun],
            ),
            (
                "an adjunct does not count",
                &[
                    (Member, Some(Region)),
                    (Member, Some(Kommun)),
                    (Adjunct, Some(Larosate)),
                ],
                &[Larosate],
            ),
            (
                "no organisation represents no party",
                &[(Member, None), (Convener, None)],
                &[Region, Kommun, Larosate],
            ),
            (
                "Annan is none of the three",
                &[(Member, Some(Other)), (Member, Some(Region))],
                &[Kommun, Larosate],
            ),
            (
                "many of one party is still one party",
                &[
                    (Member, Some(Kommun)),
                    (Member, Some(Kommun)),
                    (Convener, Some(Kommun)),
                ],
                &[Region, Larosate],
            ),
            (
                "an adjunct beside a member of the same party changes nothing",
                &[(Adjunct, Some(Region)), (Member, Some(Region))],
                &[Kommun, Larosate],
            ),
        ];
        for (why, members, missing) in cases {
            assert_eq!(missing_parties(members), *missing, "{why}");
        }
    }
}
