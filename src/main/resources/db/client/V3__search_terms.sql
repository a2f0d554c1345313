-- Relais local cache, part 3: indexed terms for caller lookups (phone suffixes, words of names, emails and addresses).
CREATE TABLE caller_terms (
    term       VARCHAR(120) NOT NULL,
    caller_id  UUID NOT NULL,
    PRIMARY KEY (term, caller_id)
);

CREATE TABLE address_terms (
    term        VARCHAR(120) NOT NULL,
    address_id  VARCHAR(40) NOT NULL,
    PRIMARY KEY (term, address_id)
);

CREATE INDEX callers_by_address ON callers (address_id);
