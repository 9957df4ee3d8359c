//! Council files in synced folders or on network shares are recognised from the path (and the
//! Linux mount table), so the app can explain the risk once.

use std::path::Path;

use radsplan_core::storage::place::{risky_place, RiskyPlace};

const MOUNTS: &str = "\
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
40 22 0:45 / /mnt/nas rw,relatime shared:20 - nfs4 nas:/export rw,vers=4.2
41 22 0:46 / /media/Region\\040Delad rw,relatime shared:21 - cifs //server/delad rw
42 22 0:47 / /home/anna/fjärr rw,nosuid shared:22 - fuse.sshfs anna@server: rw
43 40 8:3 / /mnt/nas/lokal rw,relatime shared:23 - ext4 /dev/sdb1 rw
";

#[test]
fn risky_places_are_recognised_from_the_path_alone() {
    use RiskyPlace::*;
    let table: &[(&str, Option<RiskyPlace>)] = &[
        (
            r"C:\Users\anna\OneDrive\Dokument\Råd.radsplan",
            Some(OneDrive),
        ),
        (
            r"C:\Users\anna\OneDrive - Region Örebro län\Råd.radsplan",
            Some(OneDrive),
        ),
        (
            "/Users/anna/Library/CloudStorage/OneDrive-Personal/Råd.radsplan",
            Some(OneDrive),
        ),
        (r"C:\Users\anna\Dropbox\Råd.radsplan", Some(Dropbox)),
        (
            r"C:\Users\anna\Dropbox (Region)\Råd.radsplan",
            Some(Dropbox),
        ),
        (r"G:\My Drive\Råd.radsplan", Some(GoogleDrive)),
        (r"G:\Min enhet\Råd.radsplan", Some(GoogleDrive)),
        (
            "/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.se/Råd.radsplan",
            Some(GoogleDrive),
        ),
        (
            "/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/Råd.radsplan",
            Some(ICloud),
        ),
        (r"C:\Users\anna\iCloudDrive\Råd.radsplan", Some(ICloud)),
        (r"\\server\delad\Råd.radsplan", Some(NetworkShare)),
        (r"\\?\UNC\server\delad\Råd.radsplan", Some(NetworkShare)),
        (r"\\?\C:\Users\anna\Dokument\Råd.radsplan", None),
        (r"C:\Users\anna\Dokument\Råd.radsplan", None),
        (r"C:\Users\anna\Dokument\OneDriveGammalt\Råd.radsplan", None),
        ("/home/anna/Dokument/Råd.radsplan", None),
        ("/home/anna/Dokument/Dropboxen/Råd.radsplan", None),
    ];
    for (path, expected) in table {
        assert_eq!(risky_place(Path::new(path), None), *expected, "{path}");
    }
}

#[test]
fn network_mounts_are_recognised_from_the_mount_table() {
    use RiskyPlace::NetworkShare;
    let table: &[(&str, Option<RiskyPlace>)] = &[
        ("/mnt/nas/råd/Råd.radsplan", Some(NetworkShare)),
        ("/media/Region Delad/Råd.radsplan", Some(NetworkShare)),
        ("/home/anna/fjärr/Råd.radsplan", Some(NetworkShare)),
        // A local disk mounted inside the network one: the longest mount point wins.
        ("/mnt/nas/lokal/Råd.radsplan", None),
        ("/mnt/nasse/Råd.radsplan", None),
        ("/home/anna/Råd.radsplan", None),
    ];
    for (path, expected) in table {
        assert_eq!(
            risky_place(Path::new(path), Some(MOUNTS)),
            *expected,
            "{path}"
        );
    }
    assert_eq!(
        risky_place(Path::new("/mnt/nas/x.radsplan"), Some("trasig rad\n")),
        None
    );
}
