//! A fingerprint of the bytes read: the import re-reads the file and refuses to write if the
//! file changed after the preview. Detecting an accidental change is all it is for (no
//! adversary chooses both versions), so FNV-1a is enough and needs no dependency; the length
//! is part of it to make collisions between different-sized files impossible.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// "fnv1a64-<16 hex digits>-<length>".
pub(crate) fn of(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    });
    format!("fnv1a64-{hash:016x}-{}", bytes.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_values_and_sensitivity() {
        // Reference values of FNV-1a 64.
        assert_eq!(super::of(b""), "fnv1a64-cbf29ce484222325-0");
        assert_eq!(super::of(b"a"), "fnv1a64-af63dc4c8601ec8c-1");
        assert_ne!(super::of(b"Klar"), super::of(b"klar"));
    }
}
