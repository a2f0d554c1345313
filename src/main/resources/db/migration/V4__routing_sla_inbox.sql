-- Relais server schema, part 4: versioned routing rules, the paused service clock, resolution codes, and what the
-- inbox and a callback need to show without reading the whole history.

CREATE TABLE routing_rule_versions (
    jurisdiction_id  VARCHAR(100) NOT NULL REFERENCES jurisdictions (id),
    version          BIGINT       NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(80)  NOT NULL,
    rule_count       INTEGER      NOT NULL,
    rules_json       VARCHAR(200000) NOT NULL,
    PRIMARY KEY (jurisdiction_id, version)
);

ALTER TABLE requests ADD COLUMN resolution_code VARCHAR(40);
ALTER TABLE requests ADD COLUMN sla_paused_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE requests ADD COLUMN sla_remaining_minutes BIGINT;
ALTER TABLE requests ADD COLUMN pending_handoff_json VARCHAR(10000);
ALTER TABLE requests ADD COLUMN public_note_json VARCHAR(6000);

CREATE INDEX requests_by_due ON requests (jurisdiction_id, department_code, due_at);
