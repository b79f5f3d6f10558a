package org.fagai.shared.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The application's {@code messageSource}: Boot's, configured from the same {@code spring.messages.*} settings, but
 * reading the bundles as one merged map per language ({@link MergedMessages}).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource(Environment environment) {
        MessageSourceProperties properties = Binder.get(environment)
                .bindOrCreate("spring.messages", MessageSourceProperties.class);
        MergedMessages messages = new MergedMessages();
        messages.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            messages.setDefaultEncoding(properties.getEncoding().name());
        }
        messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            messages.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        if (properties.getCommonMessages() != null && !properties.getCommonMessages().isEmpty()) {
            Properties common = new Properties();
            for (Resource resource : properties.getCommonMessages()) {
                try {
                    PropertiesLoaderUtils.fillProperties(common, resource);
                } catch (IOException e) {
                    throw new UncheckedIOException("Failed to load common messages from " + resource, e);
                }
            }
            messages.setCommonMessages(common);
        }
        return messages;
    }
}
