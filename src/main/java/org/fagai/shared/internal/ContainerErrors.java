package org.fagai.shared.internal;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Puts {@link ContainerErrorValve} in place of the host's error report valve (Boot's, added by an earlier customizer). */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<MessageSource> messages;
    private final ObjectProvider<LocaleResolver> locales;

    ContainerErrors(ObjectProvider<MessageSource> messages, ObjectProvider<LocaleResolver> locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ContainerErrorValve(messages, locales));
            if (host instanceof StandardHost standard) {
                // the host adds a valve of this class when it starts unless it finds one: this one
                standard.setErrorReportValveClass(ContainerErrorValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
