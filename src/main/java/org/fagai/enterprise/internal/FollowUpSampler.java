package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fagai.shared.StoredText;

/**
 * The random 回头看 sample: ⌈n × percent / 100⌉ of the candidate hazards (at least one when there are any), drawn by a
 * seeded generator so the same seed over the same candidates gives the same sample (tests, and the record of a draw).
 */
final class FollowUpSampler {

    static final int DEFAULT_PERCENT = 10;

    private FollowUpSampler() {
    }

    static List<Long> draw(List<Long> candidates, int percent, long seed) {
        if (percent < 1 || percent > 100) {
            throw org.fagai.shared.FieldErrors.of("percent", StoredText.of("enterprise.error.samplePercent", percent));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        int size = (int) Math.max(1, Math.ceil(candidates.size() * percent / 100.0));
        List<Long> pool = new ArrayList<>(candidates);
        java.util.Collections.sort(pool);
        java.util.Collections.shuffle(pool, new Random(seed));
        List<Long> sample = new ArrayList<>(pool.subList(0, size));
        java.util.Collections.sort(sample);
        return sample;
    }
}
