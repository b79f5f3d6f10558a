package org.fagai.credit.internal;

import org.fagai.shared.StoredText;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

/** The publication periods of every field as the administrator keeps them (table credit_publication_period). */
record PublicationTerms(Map<PenaltyCategory, PublicationTerm> byCategory) {

    PublicationTerms {
        byCategory = Map.copyOf(new EnumMap<>(byCategory));
        for (PenaltyCategory category : PenaltyCategory.values()) {
            if (!byCategory.containsKey(category)) {
                throw new IllegalStateException("缺少处罚领域的公示期限设置：" + category);
            }
        }
    }

    /** In the order of {@link PenaltyCategory}, general first. */
    List<PublicationTerm> inOrder() {
        return Arrays.stream(PenaltyCategory.values()).map(byCategory::get).toList();
    }

    /** A decision touching several fields is governed by the longest minimum and the longest maximum among them. */
    Governing governing(Collection<PenaltyCategory> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(StoredText.of("credit.error.categoryRequired"));
        }
        int minimum = 0;
        int maximum = 0;
        for (PenaltyCategory category : categories) {
            PublicationTerm term = byCategory.get(category);
            minimum = Math.max(minimum, term.minimumMonths());
            maximum = Math.max(maximum, term.maximumMonths());
        }
        return new Governing(minimum, maximum);
    }

    record Governing(int minimumMonths, int maximumMonths) {
    }
}
