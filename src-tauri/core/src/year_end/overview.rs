//! The återrapport's overview in numbers: the plan's activities counted by decided priority and
//! final status (what the chart draws).

use serde::Serialize;
use ts_rs::TS;

use crate::activity::{ActivityStatus, Priority};

/// The statuses counted, in the order the overview shows them.
pub const OVERVIEW_STATUSES: [ActivityStatus; 5] = [
    ActivityStatus::Done,
    ActivityStatus::InProgress,
    ActivityStatus::Postponed,
    ActivityStatus::NotStarted,
    ActivityStatus::Cancelled,
];

/// One decided priority (or none decided) and how many of its activities ended in each status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverviewRow {
    pub priority: Option<Priority>,
    /// In the order of [`OVERVIEW_STATUSES`].
    pub counts: [usize; 5],
}

impl OverviewRow {
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    pub fn count(&self, status: ActivityStatus) -> usize {
        OVERVIEW_STATUSES
            .iter()
            .position(|s| *s == status)
            .map_or(0, |i| self.counts[i])
    }
}

/// Rows for röd, gul, grön, then "ej bedömd" (only when some activity has no decided priority).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    pub rows: Vec<OverviewRow>,
}

impl Overview {
    pub fn count(activities: impl IntoIterator<Item = (Option<Priority>, ActivityStatus)>) -> Self {
        let order = [
            Some(Priority::Red),
            Some(Priority::Yellow),
            Some(Priority::Green),
            None,
        ];
        let mut rows: Vec<OverviewRow> = order
            .iter()
            .map(|priority| OverviewRow {
                priority: *priority,
                counts: [0; 5],
            })
            .collect();
        for (priority, status) in activities {
            let row = order.iter().position(|p| *p == priority).unwrap_or(3);
            if let Some(column) = OVERVIEW_STATUSES.iter().position(|s| *s == status) {
                rows[row].counts[column] += 1;
            }
        }
        if rows[3].total() == 0 {
            rows.pop();
        }
        Overview { rows }
    }

    /// Every activity counted once.
    pub fn total(&self) -> usize {
        self.rows.iter().map(OverviewRow::total).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activities_are_counted_by_priority_and_status() {
        let overview = Overview::count([
            (Some(Priority::Red), ActivityStatus::Done),
            (Some(Priority::Red), ActivityStatus::Postponed),
            (Some(Priority::Green), ActivityStatus::Done),
            (Some(Priority::Green), ActivityStatus::Done),
        ]);
        assert_eq!(
            overview.rows.len(),
            3,
            "no 'ej bedömd' row when all are decided"
        );
        assert_eq!(overview.rows[0].count(ActivityStatus::Done), 1);
        assert_eq!(overview.rows[0].count(ActivityStatus::Postponed), 1);
        assert_eq!(overview.rows[1].total(), 0, "gul had none");
        assert_eq!(overview.rows[2].count(ActivityStatus::Done), 2);
        assert_eq!(overview.total(), 4);
    }

    #[test]
    fn undecided_activities_get_their_own_row() {
        let overview = Overview::count([(None, ActivityStatus::InProgress)]);
        assert_eq!(overview.rows.len(), 4);
        assert_eq!(overview.rows[3].priority, None);
        assert_eq!(overview.rows[3].count(ActivityStatus::InProgress), 1);
    }
}
