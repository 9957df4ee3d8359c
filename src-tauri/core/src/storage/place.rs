//! Places where a council file is at risk: folders kept in step by a sync client, and network
//! file systems. SQLite's write-ahead log relies on locks and on the log and the file changing
//! together; a sync client copies them one at a time, and network file systems do not lock
//! reliably. Decided from the path alone (and, on Linux, the mount table passed in), so it is
//! a pure function that tests can table-test.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

/// Why a place is risky, named so the UI can say it in the user's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum RiskyPlace {
    OneDrive,
    Dropbox,
    GoogleDrive,
    ICloud,
    NetworkShare,
}

/// Linux file systems that reach over a network.
const NETWORK_FILE_SYSTEMS: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "fuse.rclone",
    "davfs",
    "fuse.davfs",
    "9p",
    "afs",
];

/// The risk of keeping a council file at `path`, or `None` for an ordinary local folder.
/// `mount_table` is the text of `/proc/self/mountinfo` on Linux (`None` elsewhere).
pub fn risky_place(path: &Path, mount_table: Option<&str>) -> Option<RiskyPlace> {
    let text = path.to_string_lossy();
    // `\\server\share\…` and `\\?\UNC\server\share\…`; `\\?\C:\…` is a local disk.
    let unc = text.replace('/', "\\");
    if unc.starts_with("\\\\?\\UNC\\") || (unc.starts_with("\\\\") && !unc.starts_with("\\\\?\\")) {
        return Some(RiskyPlace::NetworkShare);
    }
    let folders: Vec<String> = text.split(['/', '\\']).map(|c| c.to_lowercase()).collect();
    let has = |pred: &dyn Fn(&str) -> bool| folders.iter().any(|f| pred(f));
    if has(&|f| f == "onedrive" || f.starts_with("onedrive - ") || f.starts_with("onedrive-")) {
        return Some(RiskyPlace::OneDrive);
    }
    if has(&|f| f == "dropbox" || f.starts_with("dropbox (")) {
        return Some(RiskyPlace::Dropbox);
    }
    if has(&|f| f == "google drive" || f == "googledrive" || f == "my drive" || f == "min enhet")
        || has(&|f| f.starts_with("googledrive-"))
    {
        return Some(RiskyPlace::GoogleDrive);
    }
    if has(&|f| f == "icloud drive" || f == "iclouddrive" || f == "mobile documents") {
        return Some(RiskyPlace::ICloud);
    }
    let fs_type = mount_table.and_then(|table| file_system_of(path, table))?;
    NETWORK_FILE_SYSTEMS
        .contains(&fs_type.as_str())
        .then_some(RiskyPlace::NetworkShare)
}

/// The file system type of the mount that holds `path`: the longest mount point that is a
/// prefix of it. Lines look like
/// `36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue`.
fn file_system_of(path: &Path, table: &str) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for line in table.lines() {
        let Some((before, after)) = line.split_once(" - ") else {
            continue;
        };
        let Some(mount_point) = before.split(' ').nth(4) else {
            continue;
        };
        let mount_point = unescape(mount_point);
        let Some(fs_type) = after.split(' ').next() else {
            continue;
        };
        if path.starts_with(&mount_point)
            && best
                .as_ref()
                .is_none_or(|(len, _)| mount_point.len() >= *len)
        {
            best = Some((mount_point.len(), fs_type.to_string()));
        }
    }
    best.map(|(_, fs_type)| fs_type)
}

/// Mount points escape space, tab, newline and backslash as `\040` and the like (octal).
fn unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| d.iter().all(|b| (b'0'..=b'7').contains(b)));
        match (bytes[i], octal) {
            (b'\\', Some(d)) => {
                out.push((d[0] - b'0') * 64 + (d[1] - b'0') * 8 + (d[2] - b'0'));
                i += 4;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
