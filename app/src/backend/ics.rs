//! An event as an iCalendar file (RFC 5545) for "add to calendar": one VEVENT with times in
//! UTC, so every calendar shows the right local time without a time-zone table.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, EventLike, EventStatus};

/// Re-exported for the HTTP tests, which parse what the server sends.
pub use icalendar;

pub struct IcsEvent<'a> {
    /// Stable per event: the same file downloaded twice updates one calendar entry.
    pub uid: String,
    pub summary: &'a str,
    /// Plain text.
    pub description: &'a str,
    pub location: &'a str,
    pub url: String,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub cancelled: bool,
}

pub fn calendar(e: &IcsEvent<'_>) -> String {
    let mut event = icalendar::Event::new();
    event
        .uid(&e.uid)
        .timestamp(e.updated)
        .summary(e.summary)
        .description(e.description)
        .location(e.location)
        .url(&e.url)
        .starts(e.starts)
        .ends(e.ends);
    if e.cancelled {
        event.status(EventStatus::Cancelled);
    }
    let mut cal = Calendar::new();
    cal.name(e.summary).push(event.done());
    cal.done().to_string()
}

/// Markdown as plain text for DESCRIPTION: markup dropped, paragraphs and list items kept.
pub fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::new();
    for ev in Parser::new(markdown) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Item) => out.push_str("- "),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use icalendar::{CalendarDateTime, DatePerhapsTime};

    #[test]
    fn round_trips_through_the_parser() {
        let starts = crate::backend::vn_time::to_utc("2026-12-15T08:00").expect("time");
        let ends = crate::backend::vn_time::to_utc("2026-12-15T17:30").expect("time");
        let text = calendar(&IcsEvent {
            uid: "event-42@ketnoi".into(),
            summary: "Techmart Nông nghiệp công nghệ cao; Ninh Bình, 2026",
            description: &plain_text("## Chương trình\n\n- **Khai mạc** lúc 8:00\n- Trưng bày"),
            location: "Hội trường tầng 3, Phường Hoa Lư",
            url: "https://ketnoi.example/events/techmart".into(),
            starts,
            ends,
            updated: starts,
            cancelled: false,
        });
        let parsed: Calendar = text.parse().expect("parses");
        let ev = parsed.events().next().expect("one VEVENT");
        assert_eq!(ev.get_uid(), Some("event-42@ketnoi"));
        assert_eq!(ev.get_summary(), Some("Techmart Nông nghiệp công nghệ cao; Ninh Bình, 2026"));
        assert_eq!(ev.get_location(), Some("Hội trường tầng 3, Phường Hoa Lư"));
        assert_eq!(ev.get_description(), Some("Chương trình\n- Khai mạc lúc 8:00\n- Trưng bày"));
        assert_eq!(ev.get_start(), Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(starts))));
        assert!(text.contains("DTSTART:20261215T010000Z"), "{text}");
        assert!(text.contains("DTEND:20261215T103000Z"), "{text}");
    }
}
