use super::code_enum::code_enum;

code_enum!(
    /// The kinds of organisation in the ecosystem.
    OrgKind {
        Incubator = "incubator",
        InnovationSpace = "innovation_space",
        Startup = "startup",
        Investor = "investor",
        Institute = "institute",
        University = "university",
        Enterprise = "enterprise",
        Agency = "agency",
        Intermediary = "intermediary",
        RndCenter = "rnd_center",
    }
);

code_enum!(
    /// The "three-party" model (mô hình ba nhà) plus the connectors between the parties.
    Party {
        State = "state",
        Knowledge = "knowledge",
        Business = "business",
        Connector = "connector",
    }
);

impl OrgKind {
    pub fn party(self) -> Party {
        match self {
            OrgKind::Agency => Party::State,
            OrgKind::Institute | OrgKind::University | OrgKind::RndCenter => Party::Knowledge,
            OrgKind::Startup | OrgKind::Enterprise => Party::Business,
            OrgKind::Incubator | OrgKind::InnovationSpace | OrgKind::Investor | OrgKind::Intermediary => {
                Party::Connector
            }
        }
    }

    pub fn directory(self) -> Directory {
        Directory::ALL.iter().copied().find(|d| d.kinds().contains(&self)).unwrap_or(Directory::Enterprises)
    }
}

code_enum!(
    /// The public directories; each lists one or more kinds at a stable address.
    Directory {
        Incubators = "incubators",
        Startups = "startups",
        Investors = "investors",
        Institutes = "institutes",
        Enterprises = "enterprises",
        Agencies = "agencies",
    }
);

impl Directory {
    pub fn kinds(self) -> &'static [OrgKind] {
        match self {
            Directory::Incubators => &[OrgKind::Incubator, OrgKind::InnovationSpace],
            Directory::Startups => &[OrgKind::Startup],
            Directory::Investors => &[OrgKind::Investor],
            Directory::Institutes => &[OrgKind::Institute, OrgKind::University, OrgKind::RndCenter],
            Directory::Enterprises => &[OrgKind::Enterprise],
            Directory::Agencies => &[OrgKind::Agency, OrgKind::Intermediary],
        }
    }

    /// The page's address, e.g. `/startups`.
    pub fn path(self) -> &'static str {
        match self {
            Directory::Incubators => "/incubators",
            Directory::Startups => "/startups",
            Directory::Investors => "/investors",
            Directory::Institutes => "/institutes",
            Directory::Enterprises => "/enterprises",
            Directory::Agencies => "/agencies",
        }
    }

    /// Every filter the directories (and `/api/v1/organizations`) accept.
    pub const FILTERS: [FacetKey; 9] = [
        FacetKey::Kind,
        FacetKey::Sector,
        FacetKey::Location,
        FacetKey::Stage,
        FacetKey::Need,
        FacetKey::Type,
        FacetKey::Size,
        FacetKey::Service,
        FacetKey::Verified,
    ];

    /// Facets this directory offers beside sector, location and kind.
    pub fn facets(self) -> &'static [FacetKey] {
        use FacetKey::*;
        match self {
            Directory::Incubators => &[Kind, Sector, Service, Location, Verified],
            Directory::Startups => &[Sector, Stage, Need, Location, Verified],
            Directory::Investors => &[Type, Stage, Sector, Location, Verified],
            Directory::Institutes => &[Kind, Sector, Location, Verified],
            Directory::Enterprises => &[Sector, Size, Location, Verified],
            Directory::Agencies => &[Kind, Service, Sector, Location, Verified],
        }
    }
}

code_enum!(
    /// Query parameters a directory can filter on; the code is the parameter's name.
    FacetKey {
        Kind = "kind",
        Sector = "sector",
        Location = "location",
        Stage = "stage",
        Need = "need",
        Size = "size",
        Service = "service",
        Verified = "verified",
        Trl = "trl",
        Ip = "ip",
        Coop = "coop",
        /// the item's type: investor type, challenge / task order, research output type …
        Type = "type",
        Status = "status",
        Year = "year",
        When = "when",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_in_exactly_one_directory() {
        for kind in OrgKind::ALL {
            let n = Directory::ALL.iter().filter(|d| d.kinds().contains(kind)).count();
            assert_eq!(n, 1, "{kind}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for kind in OrgKind::ALL {
            assert_eq!(OrgKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(OrgKind::parse("Startup"), None);
        assert_eq!(Directory::parse("startups").map(Directory::path), Some("/startups"));
    }
}
