-- What agents tell supervisors about the knowledge base: feedback on an article, and the searches that found
-- nothing useful (knowledge gaps).

CREATE TABLE kb_feedback (
    id               UUID          PRIMARY KEY,
    jurisdiction_id  VARCHAR(100)  NOT NULL REFERENCES jurisdictions (id),
    article_id       VARCHAR(100)  NOT NULL REFERENCES kb_articles (id),
    rating           VARCHAR(20)   NOT NULL,
    comment_text     VARCHAR(2000),
    author           VARCHAR(80)   NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved         BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX kb_feedback_by_article ON kb_feedback (article_id, at);

CREATE TABLE kb_gaps (
    id               UUID          PRIMARY KEY,
    jurisdiction_id  VARCHAR(100)  NOT NULL REFERENCES jurisdictions (id),
    query_text       VARCHAR(300)  NOT NULL,
    query_key        VARCHAR(300)  NOT NULL,
    language         VARCHAR(2)    NOT NULL,
    result_count     INTEGER       NOT NULL,
    reason           VARCHAR(20)   NOT NULL,
    author           VARCHAR(80)   NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kb_gaps_by_key ON kb_gaps (jurisdiction_id, query_key);
