//! The Rapporter place's documents, kept ready between the window's calls: a long document is
//! sent a part at a time, and each part, or the same document opened again, is cut from what
//! was read once instead of reading the council again (a year's lägesrapport reads 20,000
//! changes). A kept document is used only while nothing in the council has changed and it is
//! the same day (documents say what is late today).

use std::collections::VecDeque;

use chrono::{Local, NaiveDate};
use radsplan_core::error::ApiError;
use radsplan_core::{ContentVersion, CoreError};
use radsplan_report::document::{Document, DocumentPreview, PreviewSource};

use super::{no_file_open, Session};
use crate::export::{read_document, DocumentRequest};

/// Documents kept: the one read, the one before (she compares two), and the one made ready.
const KEPT: usize = 3;

impl Session {
    /// The first `lines` lines (all when None) of `request`'s document as it is now.
    pub fn preview(
        &mut self,
        request: &DocumentRequest,
        lines: Option<u32>,
    ) -> Result<DocumentPreview, ApiError> {
        let storage = self.storage.as_ref().ok_or_else(no_file_open)?;
        let day = Local::now().date_naive();
        let source = self
            .previews
            .source(request, storage.content_version(), day, || {
                read_document(storage, request)
            })?;
        Ok(source.first_lines(lines))
    }
}

#[derive(Default)]
pub struct Previews {
    kept: VecDeque<Kept>,
}

struct Kept {
    request: DocumentRequest,
    version: ContentVersion,
    day: NaiveDate,
    source: PreviewSource,
}

impl Previews {
    /// `request`'s document as of `version` and `day`: the one kept, or made by `read` and kept.
    /// Documents of an older version or day are let go (they cannot be asked for again).
    pub fn source(
        &mut self,
        request: &DocumentRequest,
        version: ContentVersion,
        day: NaiveDate,
        read: impl FnOnce() -> Result<Document, CoreError>,
    ) -> Result<&PreviewSource, CoreError> {
        self.kept.retain(|k| k.version == version && k.day == day);
        let found = self.kept.iter().position(|k| &k.request == request);
        let kept = match found {
            Some(index) => self.kept.remove(index).expect("found above"),
            None => Kept {
                request: request.clone(),
                version,
                day,
                source: PreviewSource::new(read()?),
            },
        };
        self.kept.truncate(KEPT - 1);
        self.kept.push_front(kept);
        Ok(&self.kept[0].source)
    }

    /// The council was closed: nothing of it stays in memory.
    pub fn clear(&mut self) {
        self.kept.clear();
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use chrono::DateTime;
    use radsplan_core::Storage;
    use radsplan_report::document::Metadata;

    use super::*;

    fn plan(year: i32) -> DocumentRequest {
        DocumentRequest::Plan { year }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, 10, d).expect("date")
    }

    /// Asks `previews` for `request`'s document; true when it had to be read.
    fn read(
        previews: &mut Previews,
        request: DocumentRequest,
        version: ContentVersion,
        on: NaiveDate,
    ) -> bool {
        let reads = Cell::new(false);
        let source = previews
            .source(&request, version, on, || {
                reads.set(true);
                Ok(Document {
                    metadata: Metadata {
                        title: format!("{request:?}"),
                        author: "Rådet".into(),
                        created: DateTime::parse_from_rfc3339("2022-10-01T14:25:00+02:00")
                            .expect("time"),
                    },
                    sections: Vec::new(),
                })
            })
            .expect("read");
        assert_eq!(
            source.first_lines(None).document.metadata.title,
            format!("{request:?}")
        );
        reads.get()
    }

    #[test]
    fn a_document_is_read_once_while_the_council_and_the_day_stay_the_same() {
        let storage = Storage::in_memory().expect("storage");
        let version = storage.content_version();
        let mut previews = Previews::default();
        assert!(
            read(&mut previews, plan(2022), version, day(1)),
            "read the first time"
        );
        assert!(!read(&mut previews, plan(2022), version, day(1)), "kept");
        assert!(
            read(&mut previews, plan(2023), version, day(1)),
            "another document"
        );
        assert!(
            !read(&mut previews, plan(2022), version, day(1)),
            "both kept"
        );
        assert!(
            read(&mut previews, plan(2022), version, day(2)),
            "the next day: read again"
        );
    }

    #[test]
    fn a_change_to_the_council_or_another_council_reads_it_again() {
        let first = Storage::in_memory().expect("storage");
        let other = Storage::in_memory().expect("storage");
        let mut previews = Previews::default();
        assert!(read(
            &mut previews,
            plan(2022),
            first.content_version(),
            day(1)
        ));
        assert!(
            read(&mut previews, plan(2022), other.content_version(), day(1)),
            "another connection"
        );
        assert!(
            read(&mut previews, plan(2022), first.content_version(), day(1)),
            "older ones let go"
        );
    }

    #[test]
    fn only_the_latest_few_are_kept() {
        let version = Storage::in_memory().expect("storage").content_version();
        let mut previews = Previews::default();
        for year in 2020..2020 + KEPT as i32 {
            assert!(read(&mut previews, plan(year), version, day(1)));
        }
        assert!(
            !read(&mut previews, plan(2020), version, day(1)),
            "the oldest, used again, stays"
        );
        assert!(read(&mut previews, plan(2030), version, day(1)));
        assert!(
            read(&mut previews, plan(2021), version, day(1)),
            "the least recently used went"
        );
        previews.clear();
        assert!(
            read(&mut previews, plan(2030), version, day(1)),
            "nothing kept after closing"
        );
    }
}
