package org.fagai.enterprise.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The working days a demand of each urgency gets (settings {@code fagai.enterprise.demand-days.*}, defaults 1 / 5 / 15). */
@Component
class DemandLimits {

    private final int immediate;
    private final int normal;
    private final int complex;

    DemandLimits(@Value("${fagai.enterprise.demand-days.immediate:1}") int immediate,
                 @Value("${fagai.enterprise.demand-days.normal:5}") int normal,
                 @Value("${fagai.enterprise.demand-days.complex:15}") int complex) {
        this.immediate = immediate;
        this.normal = normal;
        this.complex = complex;
    }

    int workingDays(Urgency urgency) {
        return switch (urgency) {
            case IMMEDIATE -> immediate;
            case NORMAL -> normal;
            case COMPLEX -> complex;
        };
    }
}
