-- The create path (issue 3 benchmark, ADR 0019): every index on requests is paid by every create.

-- No query filters or joins on parent_id, and requests are never deleted: this index only cost writes. (H2 keeps
-- the index its foreign-key constraint owns; PostgreSQL needs none for a reference that is never deleted.)
DROP INDEX requests_by_parent;

-- Department and type indexes on exactly the columns of their foreign keys, so that H2 uses them for the constraints
-- instead of keeping a second index each (V6_1 re-declares the keys). A status filter on top of a department or a
-- type reads that department's or type's rows; the queue's counts by status use requests_by_status.
DROP INDEX requests_by_department;
CREATE INDEX requests_by_department ON requests (jurisdiction_id, department_code);
DROP INDEX requests_by_type;
CREATE INDEX requests_by_type ON requests (jurisdiction_id, type_code);

-- History is read by request in id order; the index on request_id alone gives that order on both databases (H2's
-- secondary index ends with the row key, which is id; PostgreSQL sorts a request's few events).
DROP INDEX request_events_by_request;
CREATE INDEX request_events_by_request ON request_events (request_id);
