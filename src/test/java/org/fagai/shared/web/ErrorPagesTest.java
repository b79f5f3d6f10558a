package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The five status pages and Boot's generic error view are one template: each keeps its own code, title, text and marker. */
@FagaiIntegrationTest
class ErrorPagesTest {

    @Autowired
    ITemplateEngine templates;

    private String render(String view, Map<String, Object> model) {
        MockHttpServletRequest request = new MockHttpServletRequest(new MockServletContext(), "GET", "/x");
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        return templates.process(view, new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, model));
    }

    @Test
    void eachStatusPageShowsItsCodeTitleAndDefaultText() {
        assertThat(render("error/403", Map.of())).contains("data-page=\"error-403\"", ">403<", "<h1 class=\"h5 my-3\">无权访问</h1>",
                "当前账号无权访问此页面");
        assertThat(render("error/404", Map.of())).contains("data-page=\"error-404\"", ">404<", "页面不存在", "您访问的页面或记录不存在");
        assertThat(render("error/500", Map.of())).contains("data-page=\"error-500\"", ">500<", "系统错误");
        assertThat(render("error/400", Map.of())).contains("data-page=\"error-400\"", ">400<", "请求有误",
                "提交的内容不符合要求，请返回检查后重试");
    }

    @Test
    void theBadRequestPageShowsTheStatusAndDetailItIsGiven() {
        String page = render("error/400", Map.of("status", 422, "detail", "年份应在2000–2100之间"));

        assertThat(page).contains(">422<", "年份应在2000–2100之间").doesNotContain("提交的内容不符合要求");
    }

    @Test
    void theUploadTooLargePageNamesBothLimits() {
        String page = render("error/413", Map.of("maxFileSize", "10MB", "maxRequestSize", "12MB"));

        assertThat(page).contains("data-page=\"error-413\"", ">413<", "上传的文件过大", "单个文件不能超过 10MB，一次上传合计不能超过 12MB");
    }

    @Test
    void theGenericErrorViewShowsTheStatusItIsGivenAndEscapesTheDetail() {
        String page = render("error", Map.of("status", 503, "detail", "<script>x</script>"));

        assertThat(page).contains("data-page=\"error\"", ">503<", "系统错误", "&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x");
    }
}
