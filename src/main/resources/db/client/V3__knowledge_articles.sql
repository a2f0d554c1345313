-- Relais local cache, part 3: the knowledge-base articles of the feed, from which the offline index is built.
CREATE TABLE kb_articles (
    id         VARCHAR(100) PRIMARY KEY,
    language   VARCHAR(2)   NOT NULL,
    body_json  VARCHAR(1000000) NOT NULL
);

CREATE TABLE kb_article_types (
    type_code   VARCHAR(60)  NOT NULL,
    article_id  VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    PRIMARY KEY (type_code, article_id)
);
CREATE INDEX kb_article_types_by_article ON kb_article_types (article_id);

-- Earlier versions skipped the articles of the feed: pull it again from the start (the outbox is kept).
DELETE FROM meta WHERE k = 'FEED_CURSOR';
