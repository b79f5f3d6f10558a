package org.fagai.project.internal.blockers;

/**
 * A blocker was resolved — directly by staff, by its own item's closure or by a meeting decision carried out. Published
 * inside the project module, in the resolving transaction, so the other work still following the blocker is settled.
 */
public record BlockerResolved(long blockerId, String resolution) {
}
