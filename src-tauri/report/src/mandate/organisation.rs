//! Section 5, Arbetsgruppens organisation: uppdragsgivare, uppdragsägare, then the members one line
//! each, by party (Region, Kommun, Lärosäte, then others), the convener marked as the seeds mark
//! them ("(sammankallande)"), a note of any party no member represents, and the secretary's
//! note ("Huvudmännen har möjlighet att …").

use radsplan_core::organisation::PartyKind;
use radsplan_core::working_group::{MemberRole, Membership, WorkingGroup};

use super::section_text::text_blocks;
use super::{not_filled_in, or_not_filled_in};
use crate::document::{Block, Heading, Paragraph, ParagraphStyle};

pub fn organisation_blocks(group: &WorkingGroup) -> Vec<Block> {
    let sections = &group.mandate.sections;
    let mut blocks = vec![Block::Heading(Heading::new(2, "Uppdragsgivare"))];
    blocks.extend(or_not_filled_in(text_blocks(&sections.commissioner)));
    blocks.push(Block::Heading(Heading::new(2, "Uppdragsägare")));
    blocks.extend(or_not_filled_in(text_blocks(&sections.owner)));
    blocks.push(Block::Heading(Heading::new(2, "Arbetsgrupp")));

    let mut members: Vec<&Membership> = group.members.iter().collect();
    // Stable: within a party, the order the secretary gave them.
    members.sort_by_key(|m| party_rank(m.party_kind));
    if members.is_empty() {
        blocks.push(not_filled_in());
    }
    blocks.extend(
        members
            .into_iter()
            .map(|m| Block::Paragraph(Paragraph::plain(ParagraphStyle::Body, member_line(m)))),
    );
    if !group.missing_parties.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Note,
            missing_line(&group.missing_parties),
        )));
    }
    blocks.extend(text_blocks(&sections.organisation_note));
    blocks
}

fn party_rank(kind: Option<PartyKind>) -> u8 {
    match kind {
        Some(PartyKind::Region) => 0,
        Some(PartyKind::Kommun) => 1,
        Some(PartyKind::Larosate) => 2,
        Some(PartyKind::Other) => 3,
        None => 4,
    }
}

/// "Region: Pia Lundmark, förhandlingschef, Region Örebro län (sammankallande)": the party,
/// the name, the title and organisation when known, then the role (when not ledamot) and on
/// whose behalf the member sits.
pub fn member_line(member: &Membership) -> String {
    let party = member
        .party_kind
        .map_or("Ingen organisation", PartyKind::swedish);
    let mut line = format!("{party}: {}", member.person_name.trim());
    for part in [
        member.person_title.trim(),
        member
            .organisation_name
            .as_deref()
            .unwrap_or_default()
            .trim(),
    ] {
        if !part.is_empty() {
            line.push_str(", ");
            line.push_str(part);
        }
    }
    let mut notes = Vec::new();
    if member.role != MemberRole::Member {
        notes.push(member.role.swedish().to_string());
    }
    if !member.representing.trim().is_empty() {
        notes.push(format!("företräder {}", member.representing.trim()));
    }
    if !notes.is_empty() {
        line.push_str(&format!(" ({})", notes.join("; ")));
    }
    line
}

/// "Arbetsgruppen saknar representant för Kommun och Lärosäte."
fn missing_line(missing: &[PartyKind]) -> String {
    let words: Vec<&str> = missing.iter().map(|p| p.swedish()).collect();
    let listed = match words.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} och {last}", rest.join(", ")),
        None => String::new(),
    };
    format!("Arbetsgruppen saknar representant för {listed}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(role: MemberRole, kind: Option<PartyKind>, representing: &str) -> Membership {
        Membership {
            id: 1,
            working_group_id: 1,
            person_id: 1,
            person_name: "Pia Lundmark".into(),
            person_title: "förhandlingschef".into(),
            organisation_name: kind.map(|_| "Region Örebro län".to_string()),
            party_kind: kind,
            role,
            representing: representing.into(),
            position: 1,
        }
    }

    #[test]
    fn a_member_line_names_party_person_organisation_and_role() {
        assert_eq!(
            member_line(&member(MemberRole::Convener, Some(PartyKind::Region), "")),
            "Region: Pia Lundmark, förhandlingschef, Region Örebro län (sammankallande)"
        );
        assert_eq!(
            member_line(&member(
                MemberRole::Member,
                Some(PartyKind::Larosate),
                "Lärosäten"
            )),
            "Lärosäte: Pia Lundmark, förhandlingschef, Region Örebro län (företräder Lärosäten)"
        );
        assert_eq!(
            member_line(&member(MemberRole::Adjunct, None, "")),
            "Ingen organisation: Pia Lundmark, förhandlingschef (adjungerad)"
        );
    }

    #[test]
    fn the_missing_parties_are_named_in_one_sentence() {
        assert_eq!(
            missing_line(&[PartyKind::Region, PartyKind::Kommun, PartyKind::Larosate]),
            "Arbetsgruppen saknar representant för Region, Kommun och Lärosäte."
        );
        assert_eq!(
            missing_line(&[PartyKind::Kommun]),
            "Arbetsgruppen saknar representant för Kommun."
        );
    }
}
