package org.fagai.cockpit;

import java.util.Optional;

/**
 * SPI of the work summary (年度/半年工作总结): a module adds its data sentence for a scope, or empty when it holds no
 * data for it (the summary then leaves the sentence out, never a placeholder). A bean in the module's internal package.
 */
public interface SummarySection {

    Optional<SummaryParagraph> paragraph(CockpitScope scope);
}
