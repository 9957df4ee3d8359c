//! The proposal and disagreement rules of issue 9 §3, against a reference written differently:
//! every combination of up to 6 groups × {grön, gul, röd, none}, and named examples.

use radsplan_core::activity::Priority::{self, Green, Red, Yellow};
use radsplan_core::workshop::{disagreement, proposal, Disagreement};

const CHOICES: [Option<Priority>; 4] = [None, Some(Green), Some(Yellow), Some(Red)];

/// Urgency rank: grön (must happen this year) is the most urgent.
fn rank(p: Priority) -> u8 {
    match p {
        Green => 0,
        Yellow => 1,
        Red => 2,
    }
}

/// The median by sorting: the middle one, or with an even count the more urgent (smaller rank)
/// of the two middle ones.
fn reference_proposal(colours: &[Option<Priority>]) -> Option<Priority> {
    let mut given: Vec<Priority> = colours.iter().flatten().copied().collect();
    given.sort_by_key(|p| rank(*p));
    let n = given.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(given[n / 2]),
        _ => [given[n / 2 - 1], given[n / 2]]
            .into_iter()
            .min_by_key(|p| rank(*p)),
    }
}

/// Disagreement by the spread between the most and the least urgent colour given.
fn reference_disagreement(colours: &[Option<Priority>]) -> Disagreement {
    let ranks: Vec<u8> = colours.iter().flatten().map(|p| rank(*p)).collect();
    let spread = match (ranks.iter().min(), ranks.iter().max()) {
        (Some(low), Some(high)) => high - low,
        _ => 0,
    };
    match spread {
        0 => Disagreement::None,
        1 => Disagreement::Mild,
        _ => Disagreement::Strong,
    }
}

/// Every sequence of `groups` choices, as base-4 digits of a counter.
fn combinations(groups: u32) -> impl Iterator<Item = Vec<Option<Priority>>> {
    (0..4usize.pow(groups)).map(move |mut n| {
        (0..groups)
            .map(|_| {
                let choice = CHOICES[n % 4];
                n /= 4;
                choice
            })
            .collect()
    })
}

#[test]
fn every_combination_of_up_to_six_groups_matches_the_reference() {
    let mut cases = 0;
    for groups in 1..=6 {
        for colours in combinations(groups) {
            assert_eq!(
                proposal(&colours),
                reference_proposal(&colours),
                "proposal for {colours:?}"
            );
            assert_eq!(
                disagreement(&colours),
                reference_disagreement(&colours),
                "disagreement for {colours:?}"
            );
            cases += 1;
        }
    }
    assert_eq!(
        cases,
        4 + 16 + 64 + 256 + 1024 + 4096,
        "4^1 + … + 4^6 cases"
    );
}

#[test]
fn named_examples() {
    // Nobody gave a colour: no proposal, nothing to disagree about.
    assert_eq!(proposal(&[]), None);
    assert_eq!(proposal(&[None, None, None]), None);
    assert_eq!(disagreement(&[None, None]), Disagreement::None);
    // One colour is its own proposal; one colour cannot disagree.
    assert_eq!(proposal(&[None, Some(Red), None]), Some(Red));
    assert_eq!(disagreement(&[Some(Red), None]), Disagreement::None);
    // Odd count: the middle one.
    assert_eq!(
        proposal(&[Some(Red), Some(Green), Some(Yellow)]),
        Some(Yellow)
    );
    assert_eq!(proposal(&[Some(Red), Some(Red), Some(Green)]), Some(Red));
    // Even count: the more urgent of the two middle ones.
    assert_eq!(proposal(&[Some(Green), Some(Red)]), Some(Green));
    assert_eq!(proposal(&[Some(Yellow), Some(Red)]), Some(Yellow));
    assert_eq!(
        proposal(&[Some(Red), Some(Red), Some(Yellow), Some(Green)]),
        Some(Yellow)
    );
    assert_eq!(
        proposal(&[Some(Red), Some(Red), Some(Red), Some(Green)]),
        Some(Red)
    );
    // Groups that gave none do not count: grön, none, röd, röd is grön + röd + röd → röd.
    assert_eq!(
        proposal(&[Some(Green), None, Some(Red), Some(Red)]),
        Some(Red)
    );
    // Disagreement.
    assert_eq!(
        disagreement(&[Some(Green), Some(Green), None]),
        Disagreement::None
    );
    assert_eq!(
        disagreement(&[Some(Green), Some(Yellow)]),
        Disagreement::Mild
    );
    assert_eq!(
        disagreement(&[Some(Red), Some(Yellow), None]),
        Disagreement::Mild
    );
    assert_eq!(
        disagreement(&[Some(Green), Some(Red)]),
        Disagreement::Strong
    );
    assert_eq!(
        disagreement(&[Some(Yellow), Some(Green), Some(Red)]),
        Disagreement::Strong
    );
}
