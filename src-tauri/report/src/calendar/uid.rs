//! Stable UIDs (RFC 5545 §3.8.4.7): the same event gets the same UID in every export, so
//! importing the file again updates the events in Outlook instead of adding copies.

/// The domain part that keeps our UIDs apart from every other program's.
const DOMAIN: &str = "radsplan";

/// `key@radsplan`, with every octet of `key` other than ASCII letters, digits, `-`, `.` and `_`
/// written as `%XX` (`%` itself included). The encoding is one-to-one, so two different keys
/// never give the same UID, and the UID is plain ASCII that no client misreads.
pub fn event_uid(key: &str) -> String {
    let mut uid = String::with_capacity(key.len() + DOMAIN.len() + 1);
    for byte in key.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_') {
            uid.push(char::from(byte));
        } else {
            uid.push_str(&format!("%{byte:02X}"));
        }
    }
    uid.push('@');
    uid.push_str(DOMAIN);
    uid
}

#[cfg(test)]
mod tests {
    use super::event_uid;

    #[test]
    fn a_plain_key_is_kept_readable() {
        assert_eq!(event_uid("meeting-12"), "meeting-12@radsplan");
    }

    #[test]
    fn other_octets_are_percent_encoded_so_keys_stay_apart() {
        assert_eq!(event_uid("task/7/due"), "task%2F7%2Fdue@radsplan");
        assert_eq!(event_uid("möte 1"), "m%C3%B6te%201@radsplan");
        // '%' is encoded too, so a key that looks encoded is not confused with one that is.
        assert_eq!(event_uid("a%2F"), "a%252F@radsplan");
        assert_ne!(event_uid("a/"), event_uid("a%2F"));
        assert_ne!(event_uid("a@b"), event_uid("a%40b"));
    }
}
