package org.fagai.reference;

import java.util.List;
import java.util.Optional;

/** The GB/T 4754-2017 industry table. */
public interface IndustryDirectory {

    Optional<IndustryView> find(String code);

    IndustryView get(String code);

    /** Sections and divisions, for pickers. */
    List<IndustryView> topLevels();

    List<IndustryView> search(String keyword, int limit);
}
