//! Section 5, Arbetsgruppens organisation: "Uppdragsgivare" and "Uppdragsägare" each followed
//! by a name, then the group: party headings ("Regionrepresentanter:", "Lärosäten: …") with
//! member lines "Name, title, organisation (sammankallande)", a body a member speaks for
//! ("Region: Sjukvårdsregionala HR-direktörsgruppen,"), and the note that the parties may add
//! more people, which is a note and not a member.

use super::text::line;
use crate::import::docx_xml::Block;
use crate::organisation::PartyKind;
use crate::text::fold;
use crate::working_group::MemberRole;

#[derive(Default)]
pub(super) struct RawOrganisation {
    pub commissioner: String,
    pub owner: String,
    pub note: String,
    pub members: Vec<RawMember>,
    /// Text of the section that is none of these, kept in the note so nothing is lost.
    pub other: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct RawMember {
    pub line: String,
    pub name: String,
    pub title: String,
    pub organisation: String,
    pub party: Option<PartyKind>,
    pub role: MemberRole,
    pub representing: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Commissioner,
    Owner,
    Group,
}

/// The party a heading names: "Regionrepresentanter", "Kommuner", "Lärosätesrepresentant" …
fn party_of(label: &str) -> Option<PartyKind> {
    let label = fold(label);
    let words = label.split_whitespace().count();
    if words > 3 {
        return None;
    }
    if label.starts_with("region") {
        Some(PartyKind::Region)
    } else if label.starts_with("kommun") {
        Some(PartyKind::Kommun)
    } else if label.starts_with("lärosät")
        || label.starts_with("universitet")
        || label.starts_with("högskol")
    {
        Some(PartyKind::Larosate)
    } else if label.starts_with("övrig") || label.starts_with("adjungerad") {
        Some(PartyKind::Other)
    } else {
        None
    }
}

pub(super) fn organisation(blocks: &[Block]) -> RawOrganisation {
    let mut out = RawOrganisation::default();
    let mut part = Part::Start;
    // The party heading and the body named beside it, for the member lines that follow.
    let mut party: Option<(String, Option<PartyKind>)> = None;
    let mut body = String::new();
    for block in blocks {
        let Block::Paragraph(paragraph) = block else {
            continue;
        };
        let (text, _) = line(paragraph);
        let text = text.trim_start_matches("- ").trim();
        for text in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let folded = fold(text);
            let (label, value) = match text.split_once(':') {
                Some((label, value)) => (fold(label.trim()), value.trim()),
                None => (folded.trim_end_matches(['.', ' ']).to_string(), ""),
            };
            match label.as_str() {
                "uppdragsgivare" => {
                    part = Part::Commissioner;
                    out.commissioner = value.to_string();
                    continue;
                }
                "uppdragsägare" => {
                    part = Part::Owner;
                    out.owner = value.to_string();
                    continue;
                }
                "arbetsgrupp"
                | "arbetsgruppen"
                | "arbetsgruppens sammansättning"
                | "ledamöter"
                | "deltagare" => {
                    part = Part::Group;
                    continue;
                }
                _ => {}
            }
            if let Some(kind) = text.split_once(':').and_then(|(l, _)| party_of(l)) {
                part = Part::Group;
                let heading = text.split_once(':').map_or("", |(l, _)| l).trim();
                party = Some((heading.to_string(), Some(kind)));
                body.clear();
                if value.is_empty() {
                    continue;
                }
                if value.ends_with(',') {
                    // "Region: Sjukvårdsregionala HR-direktörsgruppen," – the member follows.
                    body = value.trim_end_matches(',').trim().to_string();
                    continue;
                }
                out.members.push(member(value, &party, &body));
                continue;
            }
            match part {
                Part::Commissioner if out.commissioner.is_empty() => {
                    out.commissioner = text.to_string();
                }
                Part::Owner if out.owner.is_empty() => out.owner = text.to_string(),
                _ if folded.starts_with("huvudm") || is_sentence(text) => {
                    if !out.note.is_empty() {
                        out.note.push('\n');
                    }
                    out.note.push_str(text);
                }
                Part::Group => out.members.push(member(text, &party, &body)),
                _ => out.other.push(text.to_string()),
            }
        }
    }
    out
}

/// A line of prose rather than a member: many words and no comma-separated fields.
fn is_sentence(text: &str) -> bool {
    !text.contains(',') && text.split_whitespace().count() > 6
}

/// The notes the app writes after a member ("(sammankallande; företräder Kommunerna i Örebro
/// län)"): the role, and whom the member speaks for. None unless every note is one of these, so
/// a parenthesis that is part of a title stays in the title.
fn member_notes(text: &str) -> Option<(&str, Option<MemberRole>, Option<String>)> {
    let inner = text.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (before, notes) = (&inner[..open], &inner[open + 1..]);
    let mut role = None;
    let mut speaks_for = None;
    for note in notes.split(';').map(str::trim) {
        let folded = fold(note);
        if folded == "sammankallande" {
            role = Some(MemberRole::Convener);
        } else if folded == "adjungerad" {
            role = Some(MemberRole::Adjunct);
        } else if let Some(whom) = folded.strip_prefix("företräder ") {
            let at = note.len() - whom.len();
            speaks_for = note.get(at..).map(|w| w.trim().to_string());
        } else {
            return None;
        }
    }
    Some((before.trim_end(), role, speaks_for))
}

fn member(text: &str, party: &Option<(String, Option<PartyKind>)>, body: &str) -> RawMember {
    let (fields_text, noted_role, speaks_for) = match member_notes(text) {
        Some((before, role, speaks_for)) => (before, role, speaks_for),
        None => (text, None, None),
    };
    let mut role = noted_role.unwrap_or(MemberRole::Member);
    let mut fields: Vec<String> = Vec::new();
    for field in fields_text.split(',') {
        let mut field = field.trim().trim_end_matches('.').trim().to_string();
        for (word, marked) in [
            ("sammankallande", MemberRole::Convener),
            ("adjungerad", MemberRole::Adjunct),
        ] {
            let folded = fold(&field);
            let marker = format!("({word})");
            let cut = folded
                .find(&marker)
                .and_then(|at| Some((field.get(..at)?, field.get(at + marker.len()..)?)));
            if let Some((before, after)) = cut {
                role = marked;
                field = format!("{before}{after}").trim().to_string();
            } else if folded == word {
                role = marked;
                field.clear();
            }
        }
        if !field.is_empty() {
            fields.push(field);
        }
    }
    let name = fields.first().cloned().unwrap_or_default();
    let (title, organisation) = match fields.len() {
        0 | 1 => (String::new(), String::new()),
        2 => (String::new(), fields[1].clone()),
        n => (fields[1..n - 1].join(", "), fields[n - 1].clone()),
    };
    let heading = party.as_ref().map_or("", |(h, _)| h.as_str());
    let representing = match (speaks_for, heading.is_empty(), body.is_empty()) {
        (Some(whom), _, _) => whom,
        (None, _, true) => heading.to_string(),
        (None, true, false) => body.to_string(),
        (None, false, false) => format!("{heading}: {body}"),
    };
    RawMember {
        line: text.to_string(),
        name,
        title,
        organisation,
        party: party.as_ref().and_then(|(_, k)| *k),
        role,
        representing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::docx_xml::Paragraph;

    /// (name, title, organisation, party, role, representing)
    type Seen<'a> = (
        &'a str,
        &'a str,
        &'a str,
        Option<PartyKind>,
        MemberRole,
        &'a str,
    );

    fn lines(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .map(|t| Block::Paragraph(Paragraph::plain(t)))
            .collect()
    }

    #[test]
    fn the_notes_the_app_writes_give_the_role_and_whom_the_member_speaks_for() {
        let line = "Pia Lundmark, Förhandlingschef, Region Örebro län (sammankallande; företräder Regionrepresentant)";
        let m = member(line, &None, "");
        assert_eq!(
            (
                m.name.as_str(),
                m.title.as_str(),
                m.organisation.as_str(),
                m.role,
                m.representing.as_str()
            ),
            (
                "Pia Lundmark",
                "Förhandlingschef",
                "Region Örebro län",
                MemberRole::Convener,
                "Regionrepresentant"
            )
        );
        let m = member("Åsa Berg, Region Dalarna (adjungerad)", &None, "");
        assert_eq!(
            (m.organisation.as_str(), m.role),
            ("Region Dalarna", MemberRole::Adjunct)
        );
        // A parenthesis that is not the app's notes stays where it was written.
        let m = member("Eva Sjöberg, HR (tf), Region Uppsala", &None, "");
        assert_eq!((m.title.as_str(), m.role), ("HR (tf)", MemberRole::Member));
    }

    #[test]
    fn members_by_party_with_the_convener_and_the_note() {
        let read = organisation(&lines(&[
            "Uppdragsgivare",
            "Regionala vårdkompetensrådet Mellansverige",
            "Uppdragsägare",
            "Regionala vårdkompetensrådets arbetsutskott",
            "Arbetsgrupp",
            "Lärosäten: Karin Ekdahl, professor, prodekan, Örebro universitet",
            "Kommuner: Johan Nyström, Södermanlands kommuner",
            "Region: Sjukvårdsregionala HR-direktörsgruppen,\nEva Sjöberg, ordförande kompetensförsörjningsgruppen (sammankallande)",
            "Huvudmännen har möjlighet att vid behov komplettera med fler representanter i arbetsgruppen.",
        ]));
        assert_eq!(
            read.commissioner,
            "Regionala vårdkompetensrådet Mellansverige"
        );
        assert_eq!(read.owner, "Regionala vårdkompetensrådets arbetsutskott");
        assert!(read.note.starts_with("Huvudmännen har möjlighet"));
        let members: Vec<Seen<'_>> = read
            .members
            .iter()
            .map(|m| {
                (
                    m.name.as_str(),
                    m.title.as_str(),
                    m.organisation.as_str(),
                    m.party,
                    m.role,
                    m.representing.as_str(),
                )
            })
            .collect();
        assert_eq!(
            members,
            [
                (
                    "Karin Ekdahl",
                    "professor, prodekan",
                    "Örebro universitet",
                    Some(PartyKind::Larosate),
                    MemberRole::Member,
                    "Lärosäten"
                ),
                (
                    "Johan Nyström",
                    "",
                    "Södermanlands kommuner",
                    Some(PartyKind::Kommun),
                    MemberRole::Member,
                    "Kommuner"
                ),
                (
                    "Eva Sjöberg",
                    "",
                    "ordförande kompetensförsörjningsgruppen",
                    Some(PartyKind::Region),
                    MemberRole::Convener,
                    "Region: Sjukvårdsregionala HR-direktörsgruppen"
                ),
            ]
        );
    }
}
