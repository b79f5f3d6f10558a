package org.fagai.supervision.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemRepository extends JpaRepository<Item, Long> {

    List<Item> findBySourceTypeAndSourceRefOrderByIdDesc(String sourceType, String sourceRef);

    @Query("SELECT i.id FROM Item i WHERE i.state IN (org.fagai.supervision.ItemState.PENDING_SIGN,"
            + " org.fagai.supervision.ItemState.IN_PROGRESS, org.fagai.supervision.ItemState.CLOSURE_REQUESTED) ORDER BY i.id")
    List<Long> openIds();
}
