//! Counties, organisations and (invented) people of the example council.

use std::collections::HashMap;

use super::{insert, int, opt_id, text};
use crate::history::Tx;
use crate::{Entity, Id, Result};

pub const COUNTIES: [&str; 7] = [
    "Dalarna",
    "Gävleborg",
    "Södermanland",
    "Uppsala",
    "Värmland",
    "Västmanland",
    "Örebro",
];

/// (name, kind, county) as the seeds name them.
pub const ORGANISATIONS: &[(&str, &str, Option<&str>)] = &[
    ("Region Dalarna", "region", Some("Dalarna")),
    ("Region Gävleborg", "region", Some("Gävleborg")),
    ("Region Sörmland", "region", Some("Södermanland")),
    ("Region Uppsala", "region", Some("Uppsala")),
    ("Region Värmland", "region", Some("Värmland")),
    ("Region Västmanland", "region", Some("Västmanland")),
    ("Region Örebro län", "region", Some("Örebro")),
    ("Sjukvårdsregionala HR-direktörsgruppen", "region", None),
    ("Värmlands kommuner", "kommun", Some("Värmland")),
    ("Södermanlands kommuner", "kommun", Some("Södermanland")),
    ("Örebros kommuner", "kommun", Some("Örebro")),
    ("Västmanlands läns kommuner", "kommun", Some("Västmanland")),
    ("Uppsalas kommuner", "kommun", Some("Uppsala")),
    ("Örebro kommun", "kommun", Some("Örebro")),
    ("Karlstads universitet", "larosate", Some("Värmland")),
    ("Uppsala universitet", "larosate", Some("Uppsala")),
    ("Högskolan Dalarna", "larosate", Some("Dalarna")),
    ("Mälardalens högskola", "larosate", Some("Västmanland")),
    ("Högskolan i Gävle", "larosate", Some("Gävleborg")),
    ("Örebro universitet", "larosate", Some("Örebro")),
    ("Sjukvårdsregion Mellansverige", "other", None),
];

/// (invented name, real title from the seeds, organisation).
pub const PEOPLE: &[(&str, &str, &str)] = &[
    // Workshop group 1 ("Grupp Hans").
    (
        "Hans Lindgren",
        "Kommundirektör, Arvika kommun",
        "Värmlands kommuner",
    ),
    ("Katarina Fjäll", "HR-direktör", "Region Sörmland"),
    ("Britt Sandström", "HR-direktör", "Region Västmanland"),
    ("Helena Vik", "Prefekt", "Karlstads universitet"),
    ("Ulla Borg", "HR-direktör", "Region Gävleborg"),
    ("Petter Alm", "Utredare", "Sjukvårdsregion Mellansverige"),
    // Workshop group 2 ("Grupp Maria").
    ("Maria Sandberg", "HR-direktör", "Region Örebro län"),
    ("Björn Ekholm", "FoU-direktör", "Region Dalarna"),
    ("Anders Wall", "Professor", "Uppsala universitet"),
    (
        "Johan Nyström",
        "Stf kommunchef/HR-chef, Vingåkers kommun",
        "Södermanlands kommuner",
    ),
    ("Lars Hedin", "Rektor", "Högskolan Dalarna"),
    (
        "Jenny Falk",
        "Verksamhetschef; sjukvårdsregionernas representant i Nationella vårdkompetensrådet",
        "Region Örebro län",
    ),
    // Workshop group 3 ("Grupp Lena").
    (
        "Lena Forsberg",
        "Administrativ chef",
        "Sjukvårdsregion Mellansverige",
    ),
    (
        "Margareta Lund",
        "Hälso- och sjukvårdsdirektör",
        "Region Sörmland",
    ),
    (
        "Annika Strand",
        "Vård- och omsorgschef, Örebro kommun",
        "Örebros kommuner",
    ),
    ("Anna Berglund", "Akademichef", "Mälardalens högskola"),
    (
        "Sofia Hammar",
        "Utvecklingsstrateg",
        "Västmanlands läns kommuner",
    ),
    ("Ingrid Holm", "Professor", "Högskolan i Gävle"),
    (
        "Carina Åström",
        "Enhetschef för kompetensutveckling vård och omsorg, Uppsala kommun",
        "Uppsalas kommuner",
    ),
    // Working group: karriär-/kompetensvägar (seed 002).
    (
        "Karin Ekdahl",
        "Professor, prodekan Fakulteten för medicin och hälsa",
        "Örebro universitet",
    ),
    (
        "Eva Sjöberg",
        "Ordförande sjukvårdsregionala kompetensförsörjningsgruppen",
        "Sjukvårdsregionala HR-direktörsgruppen",
    ),
    // Working group: förenade anställningar (seed 004).
    (
        "Annika Berg",
        "Biträdande förhandlingschef",
        "Region Uppsala",
    ),
    ("Anna Wiklund", "Tf förhandlingschef", "Region Västmanland"),
    ("Tina Ek", "HR-partner, FoU", "Region Örebro län"),
    ("Pia Lundmark", "Förhandlingschef", "Region Örebro län"),
    (
        "Sahra Lindblom",
        "Biträdande förvaltningschef vård och omsorg",
        "Örebro kommun",
    ),
    (
        "Martin Åberg",
        "Biträdande kanslichef för medicin och farmaci",
        "Uppsala universitet",
    ),
];

/// Ids of what was written, by name, for the modules that link to people.
pub struct Register {
    pub people: HashMap<&'static str, Id>,
}

impl Register {
    pub fn person(&self, name: &str) -> Id {
        self.people[name]
    }
}

pub fn write(tx: &mut Tx) -> Result<Register> {
    let mut counties = HashMap::new();
    for (index, name) in COUNTIES.iter().enumerate() {
        let id = insert(
            tx,
            Entity::County,
            &[("name", text(name)), ("position", int(index as i64 + 1))],
        )?;
        counties.insert(*name, id);
    }
    let mut organisations = HashMap::new();
    for (name, kind, county) in ORGANISATIONS {
        let county_id = county.map(|c| counties[c]);
        let id = insert(
            tx,
            Entity::Organisation,
            &[
                ("name", text(name)),
                ("kind", text(kind)),
                ("county_id", opt_id(county_id)),
            ],
        )?;
        organisations.insert(*name, id);
    }
    let mut people = HashMap::new();
    for (name, title, organisation) in PEOPLE {
        let email = format!("{}@exempel.se", email_local_part(name));
        let id = insert(
            tx,
            Entity::Person,
            &[
                ("name", text(name)),
                ("title", text(title)),
                ("organisation_id", opt_id(Some(organisations[organisation]))),
                ("email", text(&email)),
            ],
        )?;
        people.insert(*name, id);
    }
    Ok(Register { people })
}

/// "Carina Åström" → "carina.astrom": invented addresses on a domain that is no one's.
fn email_local_part(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            ' ' => '.',
            other => other,
        })
        .collect()
}
