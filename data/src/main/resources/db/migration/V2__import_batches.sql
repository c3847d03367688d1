-- Imports are recorded (who, when, file, counts) and can be undone as a whole.
CREATE TABLE import_batch (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    created_by  VARCHAR(128)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    source_file VARCHAR(1024) NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    source_crs  VARCHAR(64)   NOT NULL,
    accepted    INTEGER       NOT NULL,
    rejected    INTEGER       NOT NULL,
    undone_at   TIMESTAMP
);

ALTER TABLE resource ADD COLUMN import_id CHAR(36);
CREATE INDEX resource_import ON resource (import_id);
