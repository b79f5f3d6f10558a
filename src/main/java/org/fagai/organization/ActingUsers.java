package org.fagai.organization;

import java.util.List;
import java.util.function.Supplier;

/**
 * For cluster jobs that work on each user's behalf (the daily reminders, a notice's audience): every enabled account as
 * the signed-in user would be, and a piece of work run as one of them, so the same role and region checks apply.
 */
public interface ActingUsers {

    /** Every enabled account, project owners included, by id. */
    List<CurrentUser> enabled();

    /** Runs {@code work} on this thread signed in as {@code user}, then restores whoever was signed in before. */
    <T> T as(CurrentUser user, Supplier<T> work);
}
