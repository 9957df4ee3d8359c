//! Heading numbers ("1", "1.2", "1.2.3"), counted the same way by every writer.

/// Counts numbered headings in reading order.
#[derive(Debug, Default)]
pub struct HeadingNumbers {
    counts: [u32; 3],
}

impl HeadingNumbers {
    /// The number of the next numbered heading of `level` (1–3): deeper counts restart.
    pub fn next(&mut self, level: u8) -> String {
        let index = usize::from(level.clamp(1, 3)) - 1;
        self.counts[index] += 1;
        for deeper in &mut self.counts[index + 1..] {
            *deeper = 0;
        }
        self.counts[..=index]
            .iter()
            .map(|n| n.max(&1).to_string())
            .collect::<Vec<_>>()
            .join(".")
    }
}

#[cfg(test)]
mod tests {
    use super::HeadingNumbers;

    #[test]
    fn deeper_levels_restart_under_a_new_parent() {
        let mut numbers = HeadingNumbers::default();
        let got: Vec<String> = [1, 2, 2, 3, 1, 2]
            .iter()
            .map(|level| numbers.next(*level))
            .collect();
        assert_eq!(got, ["1", "1.1", "1.2", "1.2.1", "2", "2.1"]);
    }
}
