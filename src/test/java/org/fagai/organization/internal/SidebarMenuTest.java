package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fagai.FagaiIntegrationTest;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

@FagaiIntegrationTest
class SidebarMenuTest {

    @Autowired
    List<MenuContributor> contributors;

    @Autowired
    MessageSource messages;

    @Test
    void everyModuleLinkHasItsTextsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (MenuEntry entry : entries()) {
            for (String key : List.of(entry.section(), entry.labelKey())) {
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    try {
                        messages.getMessage(key, null, locale);
                    } catch (NoSuchMessageException e) {
                        missing.add(key + " (" + locale + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noTwoLinksShareAPageOrAMark() {
        List<MenuEntry> all = entries();
        assertThat(all.stream().map(MenuEntry::path)).doesNotHaveDuplicates();
        assertThat(all.stream().map(MenuEntry::nav)).doesNotHaveDuplicates();
        assertThat(all.stream().map(MenuEntry::path)).allMatch(path -> path.startsWith("/"));
    }

    private List<MenuEntry> entries() {
        return contributors.stream().flatMap(c -> c.menuEntries().stream()).toList();
    }
}
