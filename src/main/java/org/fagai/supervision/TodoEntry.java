package org.fagai.supervision;

import java.time.LocalDate;

/**
 * One line of a user's to-do list: {@code kind} a message key suffix (e.g. {@code supervision.sign}), a title already in
 * Chinese, the due date (null when none), its colour and the page that does it.
 */
public record TodoEntry(String kind, String title, LocalDate dueAt, Colour colour, String link) {
}
