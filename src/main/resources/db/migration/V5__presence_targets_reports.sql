-- Issue 8: what workstations report about their agents (presence), the service targets supervisors set, and the
-- indexes behind the dashboard, the accountability report, trends and the ombudsman's search (ADR 0016).

CREATE TABLE presence (
    username         VARCHAR(80)  PRIMARY KEY REFERENCES users (username),
    jurisdiction_id  VARCHAR(100) NOT NULL REFERENCES jurisdictions (id),
    token_hash       VARCHAR(64)  NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    since            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE service_targets (
    jurisdiction_id           VARCHAR(100) PRIMARY KEY REFERENCES jurisdictions (id),
    sla_attainment            DOUBLE PRECISION,
    first_contact_resolution  DOUBLE PRECISION,
    max_unaccepted_minutes    INTEGER,
    version                   BIGINT       NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                VARCHAR(80)  NOT NULL
);

-- Open work: counts by status and department, at risk and breached by due time, read from the index alone.
CREATE INDEX requests_by_status_due ON requests (jurisdiction_id, status, due_at, department_code);
-- Unaccepted handoffs: the handoff events, then what followed them on the same request.
CREATE INDEX request_events_by_kind ON request_events (kind, request_id, id);
-- Recurring addresses over a window, and the ombudsman's case trail read from the audit log.
CREATE INDEX requests_by_address ON requests (address_id, created_at);
CREATE INDEX audit_by_actor ON audit_log (actor, id);
-- Knowledge-base use in a period.
CREATE INDEX kb_gaps_by_time ON kb_gaps (jurisdiction_id, at);
