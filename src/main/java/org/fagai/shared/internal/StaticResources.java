package org.fagai.shared.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only ({@code spring.web.resources.add-mappings=false} drops Boot's {@code /**}).
 * Every link a page builds passes the resource URL encoder; under a {@code /**} handler each ordinary link
 * ({@code /projects/…}) was looked up as a file in four classpath locations of ~200 nested jars, found nowhere, and so
 * never cached: under the month-end load test every Tomcat thread queued on the jar lock (58 requests/s).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
    }
}
