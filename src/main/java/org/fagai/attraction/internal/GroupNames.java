package org.fagai.attraction.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The names people read for the funnel's groups: a chain's name, an officer's name, a district's name. */
@Component
class GroupNames {

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final RegionDirectory regions;

    GroupNames(JdbcClient jdbc, OrganizationDirectory directory, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.regions = regions;
    }

    Map<String, String> of(AttractionStatistics.By by, Collection<String> keys, String region) {
        Map<String, String> names = new HashMap<>();
        switch (by) {
            case CHAIN -> names.putAll(chains());
            case OFFICER -> names.putAll(officers());
            case REGION -> keys.forEach(k -> names.put(k, regionName(k, region)));
        }
        return names;
    }

    Map<String, String> chains() {
        Map<String, String> chains = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM attraction_chain ORDER BY sort_order")
                .query((rs, n) -> chains.put(rs.getString(1), rs.getString(2))).list();
        return chains;
    }

    /** Staff by id (as text, the way the funnel groups them), with their display names. */
    Map<String, String> officers() {
        Map<String, String> officers = new HashMap<>();
        directory.people().forEach(p -> officers.put(String.valueOf(p.id()), p.displayName()));
        return officers;
    }

    private String regionName(String code, String asked) {
        String name = regions.find(code).map(RegionView::name).orElse(code);
        return code.equals(asked) ? name + "（本级）" : name;
    }
}
