//! People: the members, conveners and contacts of the council. Personal data (GDPR): kept only
//! in the council's own file, never sent anywhere.

mod add;
mod delete;
mod list;
mod update;

pub use add::add;
pub use delete::delete;
pub use list::list;
pub use update::update;

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::invalid;
use crate::organisation::PartyKind;
use crate::{Id, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: Id,
    pub name: String,
    pub title: String,
    pub organisation_id: Option<Id>,
    pub organisation_name: Option<String>,
    /// The party the person's organisation belongs to (what representation checks count).
    pub party_kind: Option<PartyKind>,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    pub name: String,
    pub title: String,
    pub organisation_id: Option<Id>,
    pub email: String,
    pub phone: String,
}

impl PersonInput {
    pub(crate) fn validated(&self) -> Result<[(&'static str, Value); 5]> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(invalid("Ange personens namn."));
        }
        let email = self.email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            return Err(invalid(format!(
                "E-postadressen ”{email}” ser inte rätt ut. Skriv den som namn@exempel.se, eller \
                 lämna fältet tomt."
            )));
        }
        Ok([
            ("name", Value::Text(name.to_string())),
            ("title", Value::Text(self.title.trim().to_string())),
            (
                "organisation_id",
                self.organisation_id.map_or(Value::Null, Value::Integer),
            ),
            ("email", Value::Text(email.to_string())),
            ("phone", Value::Text(self.phone.trim().to_string())),
        ])
    }
}

/// One @, something on both sides, a dot in the domain, no spaces: enough to catch typos
/// without rejecting real addresses.
fn looks_like_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn email_check_accepts_real_addresses_and_catches_typos() {
        for ok in ["anna.ek@regionorebrolan.se", "å.ö@kommun.se", "x@y.z"] {
            assert!(super::looks_like_email(ok), "{ok}");
        }
        for bad in [
            "anna",
            "anna@",
            "@x.se",
            "anna@region",
            "a b@x.se",
            "a@x.se@y.se",
        ] {
            assert!(!super::looks_like_email(bad), "{bad}");
        }
    }
}
