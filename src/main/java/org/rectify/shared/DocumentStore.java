package org.rectify.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Uploaded documents' content, kept in the database (table document_content) under a storage key:
 * any node of a cluster serves any file, and a document is written in the same transaction as the
 * record that names it, so a refused upload leaves nothing behind.
 */
@Component
public class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final NamedParameterJdbcTemplate jdbc;

    DocumentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void put(String key, byte[] content) {
        jdbc.update("INSERT INTO document_content (storage_key, content, size_bytes, stored_at)"
                        + " VALUES (:key, :content, :size, :at)",
                new MapSqlParameterSource("key", key).addValue("content", content).addValue("size", content.length)
                        .addValue("at", Timestamp.from(Instant.now())));
    }

    public byte[] get(String key) {
        return find(key).orElseThrow(() -> new NoSuchElementException("document: the content of " + key
                + " is missing"));
    }

    public Optional<byte[]> find(String key) {
        List<byte[]> content = jdbc.query("SELECT content FROM document_content WHERE storage_key = :key",
                new MapSqlParameterSource("key", key), (rs, row) -> rs.getBytes(1));
        return content.stream().findFirst();
    }

    public boolean contains(String key) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE storage_key = :key",
                new MapSqlParameterSource("key", key), Integer.class);
        return count != null && count > 0;
    }

    /**
     * A document an earlier version kept as a file moves into the store; true when it did (or was
     * there already). A file that is gone is reported and left.
     */
    public boolean moveIn(String key, Path file) {
        if (contains(key)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            log.warn("Document {}: its file {} is missing and cannot move into the database", key, file);
            return false;
        }
        try {
            put(key, Files.readAllBytes(file));
            return true;
        } catch (IOException e) {
            log.warn("Document {}: its file {} cannot be read ({})", key, file, e.getMessage());
            return false;
        }
    }
}
