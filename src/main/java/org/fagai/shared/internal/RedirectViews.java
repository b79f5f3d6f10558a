package org.fagai.shared.internal;

import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * Answers {@code redirect:} view names with a new {@link RedirectView}, uncached, before Spring's resolvers see them.
 * A redirect's URL names its target ({@code redirect:/projects/{code}/progress/2026-11}), so nearly every one is a new
 * view name: the content-negotiating resolver asked every resolver, and Thymeleaf's and the default one each took
 * their caching resolver's global lock, built and initialized a view through the bean post-processors and pushed an
 * older one out of their cache of 1,024. The view is the one Thymeleaf's resolver built (context-relative, 302 unless
 * a handler sets a status; the model's simple attributes as query parameters; the URL through the
 * {@code RequestDataValueProcessor}; flash attributes saved by the {@code FlashMapManager}), with the application
 * context it needs set directly.
 */
@Component
class RedirectViews implements ViewResolver, Ordered {

    private final ApplicationContext context;

    RedirectViews(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (!viewName.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)) {
            return null;
        }
        RedirectView view = new RedirectView(viewName.substring(UrlBasedViewResolver.REDIRECT_URL_PREFIX.length()), true, true);
        view.setBeanName(UrlBasedViewResolver.REDIRECT_URL_PREFIX);
        view.setApplicationContext(context);
        return view;
    }

    /** Before the content-negotiating resolver, which has the same order but is registered after the platform's beans. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
