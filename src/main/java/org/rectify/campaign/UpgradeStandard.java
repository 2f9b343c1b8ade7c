package org.rectify.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The uniform standard enterprises are upgraded against; its items are data, not code. */
@Entity
@Table(name = "upgrade_standard")
public class UpgradeStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Column(nullable = false)
    private String name;

    @ElementCollection
    @CollectionTable(name = "upgrade_standard_item", joinColumns = @JoinColumn(name = "standard_id"))
    @OrderBy("number")
    private List<StandardItem> items = new ArrayList<>();

    private Instant createdAt;

    protected UpgradeStandard() {
    }

    UpgradeStandard(String code, String name, List<StandardItem> items) {
        this.code = code;
        this.name = name;
        this.items = new ArrayList<>(items);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public List<StandardItem> getItems() { return List.copyOf(items); }
    public Instant getCreatedAt() { return createdAt; }
}
