-- The search index is derived data. Every write to what the index shows records the document
-- to refresh here, in the same transaction (triggers, so no write path can forget); the server's
-- indexer applies rows in order and remembers the last applied `seq` in the index itself.
CREATE TABLE search_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    doc         TEXT NOT NULL,
    created_at  INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE TRIGGER search_organizations_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.id);
END;

CREATE TRIGGER search_organizations_update AFTER UPDATE ON organizations BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.id);
END;

CREATE TRIGGER search_organizations_delete AFTER DELETE ON organizations BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || OLD.id);
END;

CREATE TRIGGER search_technology_offers_insert AFTER INSERT ON technology_offers BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || NEW.id);
END;

CREATE TRIGGER search_technology_offers_update AFTER UPDATE ON technology_offers BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || NEW.id);
END;

CREATE TRIGGER search_technology_offers_delete AFTER DELETE ON technology_offers BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || OLD.id);
END;

CREATE TRIGGER search_challenges_insert AFTER INSERT ON challenges BEGIN
    INSERT INTO search_outbox (doc) VALUES ('challenge:' || NEW.id);
END;

CREATE TRIGGER search_challenges_update AFTER UPDATE ON challenges BEGIN
    INSERT INTO search_outbox (doc) VALUES ('challenge:' || NEW.id);
END;

CREATE TRIGGER search_challenges_delete AFTER DELETE ON challenges BEGIN
    INSERT INTO search_outbox (doc) VALUES ('challenge:' || OLD.id);
END;

CREATE TRIGGER search_research_outputs_insert AFTER INSERT ON research_outputs BEGIN
    INSERT INTO search_outbox (doc) VALUES ('research:' || NEW.id);
END;

CREATE TRIGGER search_research_outputs_update AFTER UPDATE ON research_outputs BEGIN
    INSERT INTO search_outbox (doc) VALUES ('research:' || NEW.id);
END;

CREATE TRIGGER search_research_outputs_delete AFTER DELETE ON research_outputs BEGIN
    INSERT INTO search_outbox (doc) VALUES ('research:' || OLD.id);
END;

CREATE TRIGGER search_programmes_insert AFTER INSERT ON programmes BEGIN
    INSERT INTO search_outbox (doc) VALUES ('programme:' || NEW.id);
END;

CREATE TRIGGER search_programmes_update AFTER UPDATE ON programmes BEGIN
    INSERT INTO search_outbox (doc) VALUES ('programme:' || NEW.id);
END;

CREATE TRIGGER search_programmes_delete AFTER DELETE ON programmes BEGIN
    INSERT INTO search_outbox (doc) VALUES ('programme:' || OLD.id);
END;

CREATE TRIGGER search_events_insert AFTER INSERT ON events BEGIN
    INSERT INTO search_outbox (doc) VALUES ('event:' || NEW.id);
END;

CREATE TRIGGER search_events_update AFTER UPDATE ON events BEGIN
    INSERT INTO search_outbox (doc) VALUES ('event:' || NEW.id);
END;

CREATE TRIGGER search_events_delete AFTER DELETE ON events BEGIN
    INSERT INTO search_outbox (doc) VALUES ('event:' || OLD.id);
END;

CREATE TRIGGER search_org_sectors_insert AFTER INSERT ON org_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.org_id);
END;

CREATE TRIGGER search_org_sectors_update AFTER UPDATE ON org_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.org_id);
END;

CREATE TRIGGER search_org_sectors_delete AFTER DELETE ON org_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || OLD.org_id);
END;

CREATE TRIGGER search_startup_profiles_insert AFTER INSERT ON startup_profiles BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.org_id);
END;

CREATE TRIGGER search_startup_profiles_update AFTER UPDATE ON startup_profiles BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.org_id);
END;

CREATE TRIGGER search_startup_profiles_delete AFTER DELETE ON startup_profiles BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || OLD.org_id);
END;

CREATE TRIGGER search_investor_profiles_insert AFTER INSERT ON investor_profiles BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.org_id);
END;

CREATE TRIGGER search_investor_profiles_update AFTER UPDATE ON investor_profiles BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.org_id);
END;

CREATE TRIGGER search_investor_profiles_delete AFTER DELETE ON investor_profiles BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || OLD.org_id);
END;

CREATE TRIGGER search_investor_stages_insert AFTER INSERT ON investor_stages BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.org_id);
END;

CREATE TRIGGER search_investor_stages_update AFTER UPDATE ON investor_stages BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || NEW.org_id);
END;

CREATE TRIGGER search_investor_stages_delete AFTER DELETE ON investor_stages BEGIN
    INSERT INTO search_outbox (doc) VALUES ('org:' || OLD.org_id);
END;

CREATE TRIGGER search_offer_sectors_insert AFTER INSERT ON offer_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || NEW.offer_id);
END;

CREATE TRIGGER search_offer_sectors_update AFTER UPDATE ON offer_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || NEW.offer_id);
END;

CREATE TRIGGER search_offer_sectors_delete AFTER DELETE ON offer_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || OLD.offer_id);
END;

CREATE TRIGGER search_offer_cooperation_insert AFTER INSERT ON offer_cooperation BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || NEW.offer_id);
END;

CREATE TRIGGER search_offer_cooperation_update AFTER UPDATE ON offer_cooperation BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || NEW.offer_id);
END;

CREATE TRIGGER search_offer_cooperation_delete AFTER DELETE ON offer_cooperation BEGIN
    INSERT INTO search_outbox (doc) VALUES ('offer:' || OLD.offer_id);
END;

CREATE TRIGGER search_challenge_sectors_insert AFTER INSERT ON challenge_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('challenge:' || NEW.challenge_id);
END;

CREATE TRIGGER search_challenge_sectors_update AFTER UPDATE ON challenge_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('challenge:' || NEW.challenge_id);
END;

CREATE TRIGGER search_challenge_sectors_delete AFTER DELETE ON challenge_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('challenge:' || OLD.challenge_id);
END;

CREATE TRIGGER search_research_sectors_insert AFTER INSERT ON research_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('research:' || NEW.research_id);
END;

CREATE TRIGGER search_research_sectors_update AFTER UPDATE ON research_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('research:' || NEW.research_id);
END;

CREATE TRIGGER search_research_sectors_delete AFTER DELETE ON research_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('research:' || OLD.research_id);
END;

CREATE TRIGGER search_programme_sectors_insert AFTER INSERT ON programme_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('programme:' || NEW.programme_id);
END;

CREATE TRIGGER search_programme_sectors_update AFTER UPDATE ON programme_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('programme:' || NEW.programme_id);
END;

CREATE TRIGGER search_programme_sectors_delete AFTER DELETE ON programme_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('programme:' || OLD.programme_id);
END;

CREATE TRIGGER search_event_sectors_insert AFTER INSERT ON event_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('event:' || NEW.event_id);
END;

CREATE TRIGGER search_event_sectors_update AFTER UPDATE ON event_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('event:' || NEW.event_id);
END;

CREATE TRIGGER search_event_sectors_delete AFTER DELETE ON event_sectors BEGIN
    INSERT INTO search_outbox (doc) VALUES ('event:' || OLD.event_id);
END;

-- catalogue entries show their publisher's visibility, verification and location
CREATE TRIGGER search_organizations_children AFTER UPDATE ON organizations
WHEN OLD.hidden IS NOT NEW.hidden OR OLD.verified IS NOT NEW.verified OR OLD.name_vi IS NOT NEW.name_vi
  OR OLD.name_en IS NOT NEW.name_en OR OLD.location_code IS NOT NEW.location_code
BEGIN
    INSERT INTO search_outbox (doc)
        SELECT 'offer:' || id FROM technology_offers WHERE org_id = NEW.id
        UNION ALL SELECT 'challenge:' || id FROM challenges WHERE org_id = NEW.id
        UNION ALL SELECT 'research:' || id FROM research_outputs WHERE org_id = NEW.id
        UNION ALL SELECT 'programme:' || id FROM programmes WHERE org_id = NEW.id
        UNION ALL SELECT 'event:' || id FROM events WHERE organiser_org_id = NEW.id;
END;
