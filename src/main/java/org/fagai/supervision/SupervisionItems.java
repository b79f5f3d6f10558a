package org.fagai.supervision;

import java.util.List;
import java.util.Optional;

/**
 * How other modules put their work on the loop and follow it. Role checks apply to the signed-in user, who becomes
 * the assigner. Changes are announced as events ({@link ItemAssigned}, {@link ItemClosed}, {@link ItemCancelled}).
 */
public interface SupervisionItems {

    ItemView assign(NewItem item);

    Optional<ItemView> find(long id);

    /** Every item that came from one record of a source module, newest first. */
    List<ItemView> forSource(String sourceType, String sourceRef);
}
