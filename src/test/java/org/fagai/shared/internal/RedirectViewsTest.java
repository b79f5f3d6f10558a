package org.fagai.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.ContentNegotiatingViewResolver;
import org.springframework.web.servlet.view.RedirectView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Redirect names are answered first, uncached, by a view that redirects exactly as Thymeleaf's resolver's did. */
@FagaiIntegrationTest
class RedirectViewsTest {

    @Autowired
    RedirectViews redirectViews;
    @Autowired
    ThymeleafViewResolver thymeleafViewResolver;
    @Autowired
    FlashMapManager flashMapManager;
    @Autowired
    ApplicationContext context;

    @Test
    void redirectNamesGetANewViewEachTimeOtherNamesAreLeftToTheOtherResolvers() {
        View first = redirectViews.resolveViewName("redirect:/projects/A1/progress/2026-11", Locale.SIMPLIFIED_CHINESE);
        View second = redirectViews.resolveViewName("redirect:/projects/A1/progress/2026-11", Locale.SIMPLIFIED_CHINESE);
        assertThat(first).isInstanceOf(RedirectView.class).isNotSameAs(second);
        assertThat(((RedirectView) first).getUrl()).isEqualTo("/projects/A1/progress/2026-11");
        assertThat(redirectViews.resolveViewName("projects/list", Locale.SIMPLIFIED_CHINESE)).isNull();
        assertThat(redirectViews.resolveViewName("forward:/projects", Locale.SIMPLIFIED_CHINESE)).isNull();
    }

    /** The dispatcher's own ordering (its {@code initViewResolvers}): every resolver bean, sorted by order. */
    @Test
    void theDispatcherAsksItBeforeEveryOtherResolver() {
        List<ViewResolver> resolvers = new ArrayList<>(
                BeanFactoryUtils.beansOfTypeIncludingAncestors(context, ViewResolver.class, true, false).values());
        AnnotationAwareOrderComparator.sort(resolvers);
        assertThat(resolvers).first().isInstanceOf(RedirectViews.class);
        assertThat(resolvers).hasAtLeastOneElementOfType(ContentNegotiatingViewResolver.class);
    }

    @Test
    void itsViewRedirectsAsThymeleafsResolverDid() throws Exception {
        for (String name : List.of("redirect:/projects/{code}/progress/2026-11", "redirect:/projects?year=2026",
                "redirect:https://example.org/elsewhere")) {
            for (HttpStatus status : new HttpStatus[] {null, HttpStatus.SEE_OTHER}) {
                Answer ours = render(redirectViews.resolveViewName(name, Locale.SIMPLIFIED_CHINESE), status);
                Answer thymeleafs = render(thymeleafViewResolver.resolveViewName(name, Locale.SIMPLIFIED_CHINESE), status);
                assertThat(ours).as(name + " " + status).isEqualTo(thymeleafs);
            }
        }
        Answer answer = render(redirectViews.resolveViewName("redirect:/projects/{code}/progress/2026-11", Locale.SIMPLIFIED_CHINESE), null);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).isEqualTo("/fagai/projects/A%201/progress/2026-11?page=2");
        assertThat(answer.flashPath()).isEqualTo("/fagai/projects/A 1/progress/2026-11");
        assertThat(answer.flashCookie()).isTrue();
    }

    record Answer(int status, String location, String flashPath, Object flashParams, boolean flashCookie) {
    }

    private Answer render(View view, HttpStatus status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/fagai/projects/A 1/progress/2026-11");
        request.setContextPath("/fagai");
        request.getSession(true);
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("code", "A 1"));
        if (status != null) {
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, status);
        }
        FlashMap flash = new FlashMap();
        flash.put("saved", "已保存");
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
        request.setAttribute(DispatcherServlet.FLASH_MAP_MANAGER_ATTRIBUTE, flashMapManager);
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(Map.of("page", 2), request, response);
        return new Answer(response.getStatus(), response.getHeader(HttpHeaders.LOCATION), flash.getTargetRequestPath(),
                flash.getTargetRequestParams(), response.getHeaders(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(c -> c.startsWith(CookieFlashMaps.COOKIE + "=") && !c.startsWith(CookieFlashMaps.COOKIE + "=;")));
    }
}
