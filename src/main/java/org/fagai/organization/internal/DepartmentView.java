package org.fagai.organization.internal;

record DepartmentView(long id, String name, String regionCode, String regionName, int sortOrder, boolean enabled) {
}
