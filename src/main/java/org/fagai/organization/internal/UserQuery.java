package org.fagai.organization.internal;

import org.fagai.organization.Role;

record UserQuery(String keyword, Role role, String regionCode, Boolean enabled, int page, int size) {

    UserQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 10_000);
    }
}
