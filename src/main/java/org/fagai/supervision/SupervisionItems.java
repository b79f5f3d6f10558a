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
}
