package org.fagai.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprise registry for other modules (energy, attraction, planning): look-ups by credit code, by flag and year,
 * by town or county. These reads are not scoped to the signed-in user: the caller checks its own user's rights.
 */
public interface EnterpriseRegistry {

    Optional<EnterpriseView> find(String creditCode);

    /** The enterprises with these codes, by code, in one query; unknown codes are left out. */
    Map<String, EnterpriseView> findAll(Collection<String> creditCodes);

    /** The credit codes of the enterprises carrying a flag in a year, inside a region (a town, county or city). */
    List<String> withFlag(EnterpriseFlag flag, int year, String regionCode);

    /**
     * Registers a company that has just come into being (e.g. the project company of a signed investment) with its basic
     * facts, as the signed-in user (staff, district staff or administrators, within their region; a town or county code);
     * a credit code already registered is returned as it is. Bad input is a {@link org.fagai.shared.FieldErrors} naming
     * {@code creditCode}, {@code name}, {@code regionCode} or {@code industryCode}.
     */
    EnterpriseView registerIfAbsent(String creditCode, String name, String regionCode, String industryCode);

    /** Up to {@code limit} (at most 5,000) credit codes of the enterprises registered in a region, by code. */
    List<String> inRegion(String regionCode, int limit);

    /** How many enterprises are registered in each town of a region (a county's towns, or a city's), by town code. */
    Map<String, Long> countByTown(String regionCode);
}
