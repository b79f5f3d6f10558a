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

    /** The GB/T 2260 divisions directly below a region (prefectures, counties); towns are left out, see {@link #towns}. */
    List<RegionView> children(String parentCode);

    /** The towns (乡镇街道, 9-digit codes) inside a region (a county's own, a city's of all its counties), by code. */
    List<RegionView> towns(String code);

    RegionSearchResult search(String keyword, String parentCode, int page, int size);

    RegionView save(RegionForm form);

    record RegionSearchResult(List<RegionView> regions, long total) {
    }
}
