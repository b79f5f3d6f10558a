package org.fagai.credit;

import java.util.Collection;
import java.util.Map;

/**
 * 行政许可 双公示: each {@link LicenceGranted} becomes a record due for publication within 7 working days; the deciding
 * module finds it by its application.
 */
public interface LicenceDisclosures {

    /** The licence records of these applications, by application id, in one query (a list page's licences). */
    Map<Long, LicenceSummary> forApplications(Collection<Long> applicationIds);
}
