package org.fagai.organization;

/** What a user does in the commission; each maps to a Spring Security role of the same name. */
public enum Role {
    ADMIN, LEADER, STAFF, DISTRICT, OWNER, ENTERPRISE;

    /**
     * A unit's own account (project owner, enterprise): it sees only the records of its unit (its credit code), never
     * a region's, and takes no part in the commission's work (assigning, supervising).
     */
    public boolean unitAccount() {
        return this == OWNER || this == ENTERPRISE;
    }

    /**
     * Whether the header's global search serves this role. An enterprise account sees one record, its own (本企业 in
     * the sidebar), so it has nothing to search across and is shown no search box; a project owner searches its
     * unit's projects and applications.
     */
    public boolean searchesGlobally() {
        return this != ENTERPRISE;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's name, e.g. {@code role.ADMIN} = 系统管理员. */
    public String labelKey() {
        return "role." + name();
    }
}
