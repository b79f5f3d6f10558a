package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.StandardEnvironment;

/** Demo data is never a production bean: every component named Demo… or …DemoData exists only in the demo profile. */
class DemoProfileTest {

    @Test
    void everyDemoDataBeanIsOnlyInTheDemoProfile() throws Exception {
        StandardEnvironment demoProfile = new StandardEnvironment();
        demoProfile.setActiveProfiles("demo"); // the scanner skips components whose @Profile is not active
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true, demoProfile);
        List<String> unguarded = new ArrayList<>();
        List<String> demo = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.fagai")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            String name = type.getSimpleName();
            if (name.startsWith("Demo") || name.endsWith("DemoData")) {
                demo.add(name);
                Profile profile = type.getAnnotation(Profile.class);
                if (profile == null || !Arrays.asList(profile.value()).equals(List.of("demo"))) {
                    unguarded.add(type.getName());
                }
            }
        }
        assertThat(demo).as("demo data beans found").hasSizeGreaterThan(5);
        assertThat(unguarded).as("demo data beans outside the demo profile").isEmpty();
    }
}
