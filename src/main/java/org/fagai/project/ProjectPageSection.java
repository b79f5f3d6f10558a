package org.fagai.project;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A panel another module adds to the key project's page (e.g. its funds by channel), declared as a bean: the page
 * loads {@code pathTemplate} with its {@code {code}} replaced by the project code, so project templates need no change.
 */
public record ProjectPageSection(String pathTemplate) {

    public String path(String projectCode) {
        return pathTemplate.replace("{code}", URLEncoder.encode(projectCode, StandardCharsets.UTF_8));
    }
}
