-- Relais local cache, part 1: metadata and the catalogue mirror.
CREATE TABLE meta (
    k  VARCHAR(100) PRIMARY KEY,
    v  VARCHAR(4000)
);

CREATE TABLE departments (
    code             VARCHAR(40) PRIMARY KEY,
    name_fr          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    phone_extension  VARCHAR(20),
    open_24_7        BOOLEAN NOT NULL,
    borough          VARCHAR(40)
);

CREATE TABLE request_groups (
    code     VARCHAR(60) PRIMARY KEY,
    name_fr  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL
);

CREATE TABLE request_types (
    code        VARCHAR(60) PRIMARY KEY,
    group_code  VARCHAR(60) NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    body_json   VARCHAR(100000) NOT NULL
);
