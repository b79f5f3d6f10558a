package org.fagai.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A section (科室) of a commission, or a district bureau's section. */
@Entity
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String regionCode;
    private int sortOrder;
    private boolean enabled = true;
    @Version
    private int version;

    protected Department() {
    }

    Department(String name, String regionCode, int sortOrder) {
        this.name = name;
        this.regionCode = regionCode;
        this.sortOrder = sortOrder;
    }

    void change(String newName, String newRegionCode, int newSortOrder, boolean isEnabled) {
        this.name = newName;
        this.regionCode = newRegionCode;
        this.sortOrder = newSortOrder;
        this.enabled = isEnabled;
    }

    Long id() { return id; }
    String name() { return name; }
    String regionCode() { return regionCode; }
    int sortOrder() { return sortOrder; }
    boolean enabled() { return enabled; }
}
