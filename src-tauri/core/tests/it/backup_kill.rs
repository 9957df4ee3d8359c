//! Kill test: a child process makes single edits and acknowledges each on stdout after the
//! transaction returned; the parent kills it (SIGKILL) at random moments. Afterwards every
//! acknowledged edit is in the file, `integrity_check` is ok, and undo and redo work.
//!
//! The child is this test binary itself, re-run on `kill_child` with `RADSPLAN_KILL_CHILD` set
//! to the council file. `RADSPLAN_KILL_RUNS` sets the number of kills (default 200; the long
//! run is 2000, see the README).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use radsplan_core::{person, Storage};

use crate::builders::{council_file, now, person_input};

const CHILD: &str = "RADSPLAN_KILL_CHILD";

/// Not a test on its own: the child's body, which returns at once unless run by the parent.
#[test]
fn kill_child() {
    let Some(path) = std::env::var_os(CHILD) else {
        return;
    };
    let mut storage = Storage::open(Path::new(&path), now()).expect("child opens");
    let start = person::list(&storage, "").expect("people").len();
    for n in start.. {
        let id = person::add(
            &mut storage,
            now(),
            &person_input(&format!("Person {n}"), None),
        )
        .expect("edit")
        .value;
        // Printed only after the transaction committed: an acknowledged edit.
        println!("ACK {id} Person {n}");
    }
}

/// xorshift64*: reproducible moments from a printed seed, without a dependency.
struct Moments(u64);

impl Moments {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % below
    }
}

#[test]
fn killed_at_random_moments_no_acknowledged_edit_is_lost() {
    if std::env::var_os(CHILD).is_some() {
        return;
    }
    let runs: usize = std::env::var("RADSPLAN_KILL_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let seed = std::env::var("RADSPLAN_KILL_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| u64::from(std::process::id()) | 1);
    let mut moments = Moments(seed);
    let (_dir, path, storage) = council_file("Dödas");
    drop(storage);
    let this_test_binary = std::env::current_exe().expect("test binary");
    let mut acknowledged: Vec<String> = Vec::new();
    let mut recoveries = 0;
    let started = Instant::now();
    let mut lap = Instant::now();
    for run in 0..runs {
        if run > 0 && run % 100 == 0 {
            // The long run's pace: each hundred kills should take about as long as the first.
            println!(
                "kill test: kills {}-{run}: {:.1} s",
                run - 100,
                lap.elapsed().as_secs_f64()
            );
            lap = Instant::now();
        }
        let mut child = Command::new(&this_test_binary)
            .args([
                "--exact",
                "backup_kill::kill_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().expect("stdout");
        // Kill after a random number of acknowledgements (0 = while it is still opening),
        // then after a random extra delay so the kill also lands inside a transaction.
        let wait_for = moments.next(6);
        let delay = Duration::from_micros(moments.next(3_000));
        let mut lines = BufReader::new(stdout).lines();
        let mut seen = 0;
        while seen < wait_for {
            match lines.next() {
                Some(Ok(line)) if line.starts_with("ACK ") => {
                    acknowledged.push(line);
                    seen += 1;
                }
                Some(Ok(_)) => {}
                _ => break,
            }
        }
        std::thread::sleep(delay);
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // Whatever the child printed before it died was acknowledged after its commit.
        acknowledged.extend(
            lines
                .map_while(Result::ok)
                .filter(|l| l.starts_with("ACK ")),
        );

        let mut storage = Storage::open(&path, now())
            .unwrap_or_else(|e| panic!("run {run} (seed {seed}): reopen failed: {e:?}"));
        // A kill leaves a log beside the file, so the open keeps the file and its log aside as
        // they were before recovering (tested on its own elsewhere). Kept here, 2,000 growing
        // copies would make the long run quadratic in time and fill the disk.
        if let Some(kept) = storage.recovered_from() {
            assert!(kept.is_dir(), "run {run}: the copy kept aside is there");
            std::fs::remove_dir_all(kept).expect("remove the copy kept aside");
            recoveries += 1;
        }
        assert!(
            storage.is_consistent().expect("check"),
            "run {run} (seed {seed}): integrity or foreign keys broken"
        );
        let names: std::collections::HashSet<String> = person::list(&storage, "")
            .expect("people")
            .into_iter()
            .map(|p| p.name)
            .collect();
        for ack in &acknowledged {
            let name = ack.splitn(3, ' ').nth(2).expect("name");
            assert!(names.contains(name), "run {run} (seed {seed}): lost {ack}");
        }
        if run % 10 == 0 && !names.is_empty() {
            let count = names.len();
            storage.undo().expect("undo after a kill");
            assert_eq!(person::list(&storage, "").expect("people").len(), count - 1);
            storage.redo().expect("redo after a kill");
            assert_eq!(person::list(&storage, "").expect("people").len(), count);
        }
    }
    println!(
        "kill test: {runs} kills, {} acknowledged edits, 0 lost, 0 integrity failures, \
         {recoveries} recoveries from the log, {:.1} s (seed {seed})",
        acknowledged.len(),
        started.elapsed().as_secs_f64()
    );
}
