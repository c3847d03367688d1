-- Resources of every kind in one table: common columns typed, kind-specific attributes as JSON
-- written from the typed domain records. Geometry is WKB in CGCS2000 lon/lat with its bbox.
CREATE TABLE resource (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    kind        VARCHAR(32)   NOT NULL,
    name        VARCHAR(400)  NOT NULL,
    county_code VARCHAR(12)   NOT NULL,
    lon         DOUBLE        NOT NULL,
    lat         DOUBLE        NOT NULL,
    geom        BLOB(64M)     NOT NULL,
    min_lon     DOUBLE        NOT NULL,
    min_lat     DOUBLE        NOT NULL,
    max_lon     DOUBLE        NOT NULL,
    max_lat     DOUBLE        NOT NULL,
    details     CLOB(16M)     NOT NULL,
    sample      BOOLEAN       NOT NULL,
    created_by  VARCHAR(128)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    updated_by  VARCHAR(128)  NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    source      VARCHAR(1024) NOT NULL,
    source_crs  VARCHAR(64)   NOT NULL
);
CREATE INDEX resource_kind ON resource (kind);
CREATE INDEX resource_bbox ON resource (min_lon, min_lat, max_lon, max_lat);

CREATE TABLE base_feature (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    layer       VARCHAR(16)   NOT NULL,
    code        VARCHAR(64)   NOT NULL,
    name        VARCHAR(400)  NOT NULL,
    geom        BLOB(64M)     NOT NULL,
    min_lon     DOUBLE        NOT NULL,
    min_lat     DOUBLE        NOT NULL,
    max_lon     DOUBLE        NOT NULL,
    max_lat     DOUBLE        NOT NULL,
    label_lon   DOUBLE,
    label_lat   DOUBLE,
    population  BIGINT        NOT NULL,
    created_by  VARCHAR(128)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    updated_by  VARCHAR(128)  NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    source      VARCHAR(1024) NOT NULL,
    source_crs  VARCHAR(64)   NOT NULL
);
CREATE INDEX base_feature_layer ON base_feature (layer);

-- Small key/value facts about the workspace (e.g. that the sample data was seeded).
CREATE TABLE workspace_meta (
    meta_key   VARCHAR(128)  NOT NULL PRIMARY KEY,
    meta_value VARCHAR(4000) NOT NULL
);
