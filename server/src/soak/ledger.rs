//! What was sent and what each sender was told: the record the database is checked against.

pub use super::client::Outcome;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Signup,
    Message,
    Offer,
    Approval,
    Profile,
    Registration,
    Draft,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Signup => "sign-ups",
            Kind::Message => "collaboration messages",
            Kind::Offer => "offers submitted",
            Kind::Approval => "offers approved",
            Kind::Profile => "profile edits",
            Kind::Registration => "event (un)registrations",
            Kind::Draft => "application drafts",
        }
    }
}

/// One write. `target` names the thing written (a new row's unique key, or the profile,
/// registration or application one writer keeps changing); `value` is what it should hold.
#[derive(Clone, Debug)]
pub struct Write {
    pub kind: Kind,
    pub target: String,
    pub value: String,
    pub outcome: Outcome,
}

/// The values a single-writer target may hold at the end: the last acknowledged write's (or
/// `initial` when none was), or that of any later write whose answer never came.
pub fn acceptable(writes: &[&Write], initial: &str) -> Vec<String> {
    let last = writes.iter().rposition(|w| w.outcome == Outcome::Acked);
    let mut ok = vec![last.map_or_else(|| initial.to_string(), |i| writes[i].value.clone())];
    let later = last.map_or(0, |i| i + 1);
    ok.extend(writes[later..].iter().filter(|w| w.outcome == Outcome::Unknown).map(|w| w.value.clone()));
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(value: &str, outcome: Outcome) -> Write {
        Write { kind: Kind::Profile, target: "t".into(), value: value.into(), outcome }
    }

    #[test]
    fn the_last_acknowledged_write_or_a_later_unanswered_one() {
        let ws = [w("a", Outcome::Acked), w("b", Outcome::Unknown), w("c", Outcome::Acked), w("d", Outcome::Refused)];
        let refs: Vec<&Write> = ws.iter().collect();
        assert_eq!(acceptable(&refs, "0"), ["c"]);
        let ws = [w("a", Outcome::Acked), w("b", Outcome::Refused), w("c", Outcome::Unknown)];
        let refs: Vec<&Write> = ws.iter().collect();
        assert_eq!(acceptable(&refs, "0"), ["a", "c"]);
        let ws = [w("a", Outcome::Unknown), w("b", Outcome::Refused)];
        let refs: Vec<&Write> = ws.iter().collect();
        assert_eq!(acceptable(&refs, "0"), ["0", "a"]);
    }
}
