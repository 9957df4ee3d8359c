//! The rules of issue 9 §3, as pure functions: what the groups' colours propose, and how much
//! they disagree. Order of the colours: grön < gul < röd. Grön is the most urgent (it must happen
//! this year), röd the least (it can wait until next year).

use serde::Serialize;
use ts_rs::TS;

use crate::activity::Priority;

/// How far apart the groups' colours for one activity are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Disagreement {
    /// All colours alike, or fewer than two colours given.
    None,
    /// Neighbours only: grön and gul, or gul and röd.
    Mild,
    /// Both grön and röd were given.
    Strong,
}

/// How many groups gave each colour (grön, gul, röd); groups that gave none do not count.
fn counts(colours: &[Option<Priority>]) -> [usize; 3] {
    let mut counts = [0; 3];
    for colour in colours.iter().flatten() {
        counts[rank(*colour)] += 1;
    }
    counts
}

fn rank(colour: Priority) -> usize {
    match colour {
        Priority::Green => 0,
        Priority::Yellow => 1,
        Priority::Red => 2,
    }
}

const BY_RANK: [Priority; 3] = [Priority::Green, Priority::Yellow, Priority::Red];

/// The median of the colours given. With an even count, the more urgent (nearer grön) of the
/// two middle ones: with colours sorted grön → röd, that is the one at index (n − 1) / 2 for
/// every n. No colours, no proposal.
pub fn proposal(colours: &[Option<Priority>]) -> Option<Priority> {
    let counts = counts(colours);
    let given: usize = counts.iter().sum();
    if given == 0 {
        return None;
    }
    let mut wanted = (given - 1) / 2;
    for (rank, count) in counts.into_iter().enumerate() {
        if wanted < count {
            return Some(BY_RANK[rank]);
        }
        wanted -= count;
    }
    unreachable!("the index is below the number of colours given")
}

/// Strong when both grön and röd were given; mild when two neighbouring colours were; none when
/// all colours are alike or fewer than two were given.
pub fn disagreement(colours: &[Option<Priority>]) -> Disagreement {
    match counts(colours).map(|count| count > 0) {
        [true, _, true] => Disagreement::Strong,
        [true, true, false] | [false, true, true] => Disagreement::Mild,
        _ => Disagreement::None,
    }
}

/// Raising to national level is proposed when at least half of the groups that assessed the
/// activity say so (`national_yes` of `assessed`, shown as "2 av 3"); nobody assessed, no
/// proposal.
pub fn national_proposed(national_yes: usize, assessed: usize) -> bool {
    assessed > 0 && 2 * national_yes >= assessed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_needs_at_least_half_of_those_who_assessed() {
        assert!(!national_proposed(0, 0));
        assert!(!national_proposed(0, 3));
        assert!(!national_proposed(1, 3));
        assert!(national_proposed(2, 3));
        assert!(national_proposed(1, 2));
        assert!(national_proposed(1, 1));
    }
}
