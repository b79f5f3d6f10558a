package org.fagai.organization.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <ul fagai:sidebar>}: the layout's sidebar, written from the page's {@link SidebarAdvice.SidebarMenu} as its
 * kept, already escaped HTML ({@link KeptSidebar}). The attribute takes no expression: it writes only that one model
 * value, of that one type (built from bundles and the modules' menu entries), so no template can route other text
 * through it unescaped.
 */
@Component
class SidebarProcessor extends AbstractProcessorDialect {

    SidebarProcessor() {
        super("Fagai sidebar", "fagai", StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new Writer(prefix));
    }

    private static final class Writer extends AbstractAttributeTagProcessor {

        Writer(String prefix) {
            super(TemplateMode.HTML, prefix, "ul", false, "sidebar", true, StandardDialect.PROCESSOR_PRECEDENCE, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            Object menu = context.getVariable("sidebar");
            structureHandler.setBody(menu instanceof SidebarAdvice.SidebarMenu sidebar ? sidebar.html() : "", false);
        }
    }
}
