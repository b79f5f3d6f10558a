package org.fagai.supervision;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How other modules put their work on the loop and follow it. Role checks apply to the signed-in user, who becomes
 * the assigner. Changes are announced as events ({@link ItemAssigned}, {@link ItemClosed}, {@link ItemCancelled}).
 */
public interface SupervisionItems {

    ItemView assign(NewItem item);

    Optional<ItemView> find(long id);

    /**
     * The state and colour of these items, by id, in one query: for a source module's list (no scope check — the source
     * module shows only its own records to those who may see them).
     */
    Map<Long, ItemStatus> statuses(Collection<Long> ids);

    /** Every item that came from one record of a source module, newest first. */
    List<ItemView> forSource(String sourceType, String sourceRef);

    /**
     * Moves the deadline of an open item on behalf of the record it came from, when the source's own rule changed the
     * date (the source module has checked the user's right to change its record; the user must not be a unit account).
     * The change is audited, kept on the item's timeline (期限调整), notified to the lead person and the colour
     * recomputed; a pending extension request it overtakes lapses. The same date again changes nothing.
     *
     * @throws org.fagai.shared.NotFoundException unknown item
     * @throws org.fagai.shared.ConflictException (409) the item is closed or cancelled
     * @throws org.fagai.shared.FieldErrors       no date, a date before the assignment or over two years on, no reason,
     *                                            or an item of another source
     */
    ItemView moveDeadline(long itemId, DeadlineChange change);

    /**
     * Cancels (已撤销) an open item on behalf of the record it came from, when that record no longer needs it — its
     * problem was settled another way. The source module has checked the user's right to change its record; the user
     * must not be a unit account. Audited, kept on the timeline, notified to the lead person, announced as
     * {@link ItemCancelled}. An item already closed or cancelled is left as it is.
     *
     * @throws org.fagai.shared.NotFoundException unknown item
     * @throws org.fagai.shared.FieldErrors       no reason, or an item of another source
     */
    ItemView withdraw(long itemId, ItemWithdrawal withdrawal);
}
