//! The file as Python's `icalendar` reads it, with the times turned into Swedish local time by
//! Python's own `zoneinfo` (the system's tz database): a reader and a time-zone table that share
//! nothing with the writer. `scripts/install-deps.sh` installs `icalendar`; where it is missing
//! the tests print why they were skipped, except under CI, where a missing reader is a failure.

use std::io::Write;
use std::process::{Command, Stdio};

use radsplan_report::calendar::{plain_name, stockholm_to_utc};
use radsplan_report::{write_ics, EventTime};
use serde_json::Value;

use crate::example::{example_calendar, stamp};

const SCRIPT: &str = r#"
import datetime, json, sys, zoneinfo
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
sweden = zoneinfo.ZoneInfo("Europe/Stockholm")
def when(value):
    if isinstance(value, datetime.datetime):
        assert value.utcoffset() == datetime.timedelta(0), value
        return value.astimezone(sweden).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
events = []
for ev in cal.walk("VEVENT"):
    events.append({
        "uid": str(ev["UID"]),
        "summary": str(ev["SUMMARY"]),
        "description": str(ev.get("DESCRIPTION", "")),
        "location": str(ev.get("LOCATION", "")),
        "start": when(ev.decoded("DTSTART")),
        "end": when(ev.decoded("DTEND")),
    })
print(json.dumps({
    "name": str(cal["X-WR-CALNAME"]),
    "version": str(cal["VERSION"]),
    "method": str(cal["METHOD"]),
    "errors": [str(e) for c in cal.walk() for e in getattr(c, "errors", [])],
    "events": events,
}))
"#;

/// True when `python3 -c "import icalendar"` works; otherwise says why the test is skipped
/// (and fails under CI, whose install step provides it).
fn icalendar_available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import icalendar, zoneinfo"])
        .output()
        .is_ok_and(|out| out.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "python3 with icalendar is missing; scripts/install-deps.sh installs it"
        );
        println!("SKIPPED: python3 with icalendar is missing; the .ics was not read by Python");
    }
    ok
}

#[test]
fn python_icalendar_reads_every_event_at_its_swedish_time() {
    if !icalendar_available() {
        return;
    }
    let calendar = example_calendar();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("Arbetsgrupp.ics");
    std::fs::write(&path, write_ics(&calendar, stamp()).expect("ics")).expect("write");
    let out = Command::new("python3")
        .args(["-c", SCRIPT])
        .arg(&path)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "icalendar could not read the file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(read["name"], plain_name(&calendar.name).as_str());
    assert_eq!(read["version"], "2.0");
    assert_eq!(read["method"], "PUBLISH");
    assert_eq!(
        read["errors"],
        Value::Array(Vec::new()),
        "icalendar found no broken lines"
    );

    let events = read["events"].as_array().expect("events");
    assert_eq!(events.len(), calendar.events.len());
    for (event, got) in calendar.events.iter().zip(events) {
        assert_eq!(got["summary"], event.summary.as_str());
        assert_eq!(
            got["description"],
            event.description.replace("\r\n", "\n").as_str()
        );
        let location = if event.location.trim().is_empty() {
            ""
        } else {
            event.location.as_str()
        };
        assert_eq!(got["location"], location);
        // What a Swedish Outlook shows: the times as typed, in winter and in summer alike.
        let (start, end) = match event.when {
            EventTime::Timed { date, start, end } => (
                format!("{date} {}", start.format("%H:%M")),
                format!("{date} {}", end.format("%H:%M")),
            ),
            EventTime::AllDay { first, last } => (
                first.to_string(),
                last.succ_opt().expect("next day").to_string(),
            ),
        };
        assert_eq!(
            (got["start"].as_str(), got["end"].as_str()),
            (Some(start.as_str()), Some(end.as_str())),
            "{}",
            event.summary
        );
    }
    let uids: Vec<&str> = events.iter().filter_map(|e| e["uid"].as_str()).collect();
    assert_eq!(uids[0], "meeting%2F3@radsplan");
}

const ZONEINFO_SCRIPT: &str = r#"
import datetime, sys, zoneinfo
sweden = zoneinfo.ZoneInfo("Europe/Stockholm")
checked = 0
for line in sys.stdin:
    local, ours = line.split("|")
    # fold=0: a skipped time takes the offset before the gap, a repeated one its first
    # occurrence (PEP 495), which is what RFC 5545 3.3.5 asks.
    at = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=sweden)
    theirs = at.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    if theirs != ours.strip():
        print("%s: Python %s, Rådsplan %s" % (local, theirs, ours.strip()))
    checked += 1
print("checked", checked)
"#;

#[test]
fn swedish_times_agree_with_pythons_tz_database_every_day_for_eleven_years() {
    if !icalendar_available() {
        return;
    }
    // Every day 2020–2030 at 09:00, and at 02:30, which on the change days is skipped or
    // repeated.
    let mut input = String::new();
    let mut day = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    let last = chrono::NaiveDate::from_ymd_opt(2030, 12, 31).expect("date");
    let mut count = 0;
    while day <= last {
        for (h, m) in [(9, 0), (2, 30)] {
            let time = chrono::NaiveTime::from_hms_opt(h, m, 0).expect("time");
            let utc = stockholm_to_utc(day, time).format("%Y%m%dT%H%M%SZ");
            input.push_str(&format!("{day} {}|{utc}\n", time.format("%H:%M")));
            count += 1;
        }
        day = day.succ_opt().expect("next day");
    }
    let mut child = Command::new("python3")
        .args(["-c", ZONEINFO_SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("python3 ends");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("checked {count}"),
        "every time the same as Python's zoneinfo"
    );
}
