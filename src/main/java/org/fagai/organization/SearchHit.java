package org.fagai.organization;

/** One result of the global search: the message key of its kind (e.g. {@code nav.projects}), its title, a line of detail and its page. */
public record SearchHit(String kindKey, String title, String detail, String link) {
}
