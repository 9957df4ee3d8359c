//! A small RAM disk for disk-full tests (tmpfs; needs the right to mount).

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// A tmpfs of `kilobytes`, or `None` where mounting is not allowed.
    pub fn mount(kilobytes: u32) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={kilobytes}k"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(SmallDisk { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk until about `free` bytes are left; the file goes when the guard drops.
    pub fn fill_leaving(&self, free: u64) -> Filler {
        let path = self.path().join("fyllnad");
        let chunk = vec![0u8; 4096];
        let mut file = std::fs::File::create(&path).expect("filler");
        use std::io::Write;
        while file.write_all(&chunk).is_ok() {}
        drop(file);
        let len = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .expect("filler");
        file.set_len(len.saturating_sub(free)).expect("shrink");
        Filler { path }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

pub struct Filler {
    path: PathBuf,
}

impl Drop for Filler {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
