package org.fagai.reference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The GB/T 2260 region table: lookups for every module, upkeep for administrators. */
public interface RegionDirectory {

    Optional<RegionView> find(String code);

    /** Which of these codes are in the table, in one query (for imports that check many rows). */
    Set<String> existing(Collection<String> codes);

    /** The region or a Chinese {@link org.fagai.shared.NotFoundException}. */
    RegionView get(String code);

    List<RegionView> children(String parentCode);

    RegionSearchResult search(String keyword, String parentCode, int page, int size);

    RegionView save(RegionForm form);

    record RegionSearchResult(List<RegionView> regions, long total) {
    }
}
