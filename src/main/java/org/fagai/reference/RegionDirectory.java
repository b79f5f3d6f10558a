package org.fagai.reference;

import java.util.List;
import java.util.Optional;

/** The GB/T 2260 region table: lookups for every module, upkeep for administrators. */
public interface RegionDirectory {

    Optional<RegionView> find(String code);

    /** The region or a Chinese {@link org.fagai.shared.NotFoundException}. */
    RegionView get(String code);

    List<RegionView> children(String parentCode);

    RegionSearchResult search(String keyword, String parentCode, int page, int size);

    RegionView save(RegionForm form);

    record RegionSearchResult(List<RegionView> regions, long total) {
    }
}
