//! A working group's calendar with everything that is easy to get wrong: meetings on the days
//! the clocks change, long Swedish text, emoji, separators, line breaks and hostile text.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use radsplan_report::{Calendar, CalendarEvent, EventTime};

pub const HOSTILE: &str = "<script>alert(\"x\")</script>; =HYPERLINK(\"http://evil\",\"klicka\"), \\n inte en radbrytning";

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

pub fn clock(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

/// The moment of the export.
pub fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 2, 30, 15)
        .single()
        .expect("stamp")
}

pub fn meeting(
    key: &str,
    summary: &str,
    date: NaiveDate,
    start: NaiveTime,
    end: NaiveTime,
) -> CalendarEvent {
    CalendarEvent {
        uid_key: key.to_string(),
        summary: summary.to_string(),
        description: String::new(),
        location: String::new(),
        when: EventTime::Timed { date, start, end },
    }
}

pub fn deadline(key: &str, summary: &str, due: NaiveDate) -> CalendarEvent {
    CalendarEvent {
        uid_key: key.to_string(),
        summary: summary.to_string(),
        description: String::new(),
        location: String::new(),
        when: EventTime::AllDay {
            first: due,
            last: due,
        },
    }
}

pub fn example_calendar() -> Calendar {
    let mut start_meeting = meeting(
        "meeting/1",
        "Uppstartsmöte: Karriär-/kompetensvägar i klinisk vård",
        day(2022, 3, 27),
        clock(9, 0),
        clock(12, 0),
    );
    start_meeting.location = "Region Västmanland, Västerås; sal Örnen, plan 3".into();
    start_meeting.description = "Dagordning:\n1. Välkomna\n2. Uppdraget, tidplan och arbetsformer\n3. Övrigt\n\nTa med: synpunkter på enkäten 📋 och idéer om karriärvägar för undersköterskor, sjuksköterskor och fysioterapeuter i hela sjukvårdsregionen.".into();
    let mut autumn = meeting(
        "meeting/2",
        "Arbetsmöte, start rapportskrivning",
        day(2022, 10, 30),
        clock(9, 0),
        clock(10, 30),
    );
    autumn.location = "Teams".into();
    autumn.description = HOSTILE.into();
    let mut report = deadline(
        "task/10/due",
        "Sammanställning rapport (Alla)",
        day(2022, 12, 13),
    );
    report.description = "Klart till arbetsmöte i december.\r\nAnsvarig: Alla".into();
    Calendar {
        name: "Arbetsgrupp: Kartlägga modeller, 2022".into(),
        events: vec![
            meeting(
                "meeting/3",
                "Arbetsmöte",
                day(2022, 1, 18),
                clock(13, 0),
                clock(15, 0),
            ),
            start_meeting,
            meeting(
                "meeting/4",
                "Arbetsmöte i juni",
                day(2022, 6, 15),
                clock(9, 0),
                clock(11, 0),
            ),
            autumn,
            deadline("task/2/due", "Kunskapssammanställning", day(2022, 10, 12)),
            report,
            CalendarEvent {
                uid_key: "workshop/1".into(),
                summary: "Workshop, två dagar".into(),
                description: String::new(),
                location: "   ".into(),
                when: EventTime::AllDay {
                    first: day(2022, 12, 31),
                    last: day(2023, 1, 1),
                },
            },
        ],
    }
}
