//! How far an index generation has applied the search outbox, recorded with each of its
//! commits. Rows are read in (`xid`, `seq`) order up to the database's transaction horizon
//! (see `migrations/*/0015_outbox_transactions.sql`): `xid` and `seq` name the last row read
//! there, after which nothing can still appear below it. Rows above the horizon whose
//! transactions have committed are applied early, so a write is searchable at once; `early` is
//! the last of those, and they are read again once the horizon passes them.

/// An outbox position (every field 0: nothing applied).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub xid: i64,
    pub seq: i64,
    pub early: i64,
}

impl Position {
    /// Reads a commit's payload: `xid seq early`, or the bare `seq` older versions wrote (their
    /// rows all carry transaction 0).
    pub fn parse(payload: &str) -> Option<Position> {
        let parts: Vec<i64> = payload.split_whitespace().map(str::parse).collect::<Result<_, _>>().ok()?;
        match parts[..] {
            [seq] => Some(Position { xid: 0, seq, early: seq }),
            [xid, seq, early] => Some(Position { xid, seq, early }),
            _ => None,
        }
    }

    pub fn payload(&self) -> String {
        format!("{} {} {}", self.xid, self.seq, self.early)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_and_older_ones_are_read() {
        let p = Position { xid: 812_345, seq: 17, early: 40 };
        assert_eq!(Position::parse(&p.payload()), Some(p));
        assert_eq!(Position::parse("42"), Some(Position { xid: 0, seq: 42, early: 42 }));
        assert_eq!(Position::parse("1 2"), None);
        assert_eq!(Position::parse("x"), None);
        assert_eq!(Position::parse(""), None);
    }
}
