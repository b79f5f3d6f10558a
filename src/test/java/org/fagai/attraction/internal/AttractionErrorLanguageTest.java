package org.fagai.attraction.internal;

import org.fagai.shared.web.ErrorBundles;
import org.junit.jupiter.api.Test;

/** The attraction module's error sentences exist in both languages and format (the refusals are read in LeadTest, LeadRefusalLanguageTest). */
class AttractionErrorLanguageTest {

    @Test
    void everyAttractionErrorKeyIsInBothLanguagesAndFormatsWithPlaceholderArguments() throws Exception {
        ErrorBundles.assertComplete("attraction");
    }
}
