//! The example council with its 2022 workshop, coloured so that the groups disagree.

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use radsplan_core::activity::Priority;
use radsplan_core::workshop::{self, assessment};
use radsplan_core::{example, plan, Id, Storage};
use radsplan_report::from_store::workshop_report;
use radsplan_report::WorkshopReport;

pub fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .expect("offset")
        .with_ymd_and_hms(2022, 3, 16, 9, 30, 0)
        .single()
        .expect("time")
}

pub fn stamp() -> DateTime<Utc> {
    now().with_timezone(&Utc)
}

pub struct Council {
    pub _dir: tempfile::TempDir,
    pub storage: Storage,
    pub workshop: Id,
    /// The workshop's groups in order (Grupp Hans, Grupp Maria, Grupp Lena).
    pub groups: Vec<Id>,
    /// The plan's activities in plan order.
    pub activities: Vec<Id>,
}

impl Council {
    pub fn report(&self) -> WorkshopReport {
        workshop_report(&self.storage, self.workshop, now()).expect("workshop report")
    }

    pub fn colour(&mut self, group: usize, activity: usize, colour: Priority) {
        assessment::set_colour(
            &mut self.storage,
            stamp(),
            self.groups[group],
            self.activities[activity],
            Some(colour),
        )
        .expect("set colour");
    }
}

/// The example council; the first activity coloured grön, röd, gul by the three groups (a strong
/// disagreement, proposal gul), the second grön, grön, gul (mild, proposal grön).
pub fn example_council() -> Council {
    let dir = tempfile::tempdir().expect("dir");
    let storage = example::write(&dir.path().join("exempel.radsplan")).expect("example");
    let plan = plan::by_year(&storage, 2022).expect("query").expect("2022");
    let workshop = workshop::list(&storage, plan.id).expect("workshops")[0].id;
    let side = workshop::side_by_side(&storage, workshop).expect("side by side");
    let mut council = Council {
        _dir: dir,
        storage,
        workshop,
        groups: side.groups.iter().map(|g| g.id).collect(),
        activities: side.rows.iter().map(|r| r.activity_id).collect(),
    };
    council.colour(0, 0, Priority::Green);
    council.colour(1, 0, Priority::Red);
    council.colour(2, 0, Priority::Yellow);
    council.colour(0, 1, Priority::Green);
    council.colour(1, 1, Priority::Green);
    council.colour(2, 1, Priority::Yellow);
    council
}
