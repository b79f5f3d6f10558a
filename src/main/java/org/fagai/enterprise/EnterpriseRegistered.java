package org.fagai.enterprise;

/** A new enterprise entered the registry (by hand or import). */
public record EnterpriseRegistered(String creditCode, String name, String regionCode, String industryCode) {
}
