-- The content of uploaded documents (diagnosis reports; later photos), in the database so that
-- every node of a cluster serves every file. Files of earlier versions move in at start-up
-- (shared/DocumentStore). Written for both H2 and MySQL/MariaDB.

CREATE TABLE document_content (
    storage_key  VARCHAR(100)  NOT NULL PRIMARY KEY,
    content      LONGBLOB      NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    stored_at    TIMESTAMP     NULL
);
