package org.fagai.credit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** 行政许可 双公示: an approval decision becomes a record due for publication within 7 working days. */
public interface LicenceDisclosures {

    /** Creates the record (unpublished) with its due date; returns its id. The caller has checked the user's rights. */
    long record(LicenceRecord licence);

    Optional<LicenceSummary> find(long id);

    /** The records with these ids, by id, in one query (a list page's licences). */
    Map<Long, LicenceSummary> findAll(Collection<Long> ids);
}
