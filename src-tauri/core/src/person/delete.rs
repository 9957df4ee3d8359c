use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Where a person can still be referenced, and how to say it in Swedish.
const USES: &[(&str, &str)] = &[
    (
        "SELECT count(*) FROM membership WHERE person_id = ?1",
        "medlem i arbetsgrupp",
    ),
    (
        "SELECT count(*) FROM workshop_member WHERE person_id = ?1",
        "medlem i workshopgrupp",
    ),
    (
        "SELECT count(*) FROM workshop_group WHERE leader_person_id = ?1",
        "ledare för workshopgrupp",
    ),
    (
        "SELECT count(*) FROM activity WHERE responsible_person_id = ?1",
        "ansvarig för aktivitet",
    ),
    (
        "SELECT count(*) FROM task WHERE responsible_person_id = ?1",
        "ansvarig för uppgift",
    ),
];

/// Deletes a person who is no longer part of anything. Someone still a member or responsible
/// somewhere is refused with what to do, rather than silently leaving holes in the plan.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let name: String = storage
        .conn
        .query_row("SELECT name FROM person WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| CoreError::NotFound {
            entity: Entity::Person,
            id,
        })?;
    let mut uses = Vec::new();
    for (sql, what) in USES {
        let count: i64 = storage.conn.query_row(sql, [id], |r| r.get(0))?;
        if count > 0 {
            uses.push(format!("{what} ({count})"));
        }
    }
    if !uses.is_empty() {
        return Err(CoreError::Conflict(format!(
            "{name} kan inte tas bort eftersom personen är {}. Ta bort personen därifrån först, \
             eller byt ut personen.",
            uses.join(", ")
        )));
    }
    storage.transact(&format!("Ta bort person ”{name}”"), now, |tx| {
        tx.delete(Entity::Person, id)
    })
}
