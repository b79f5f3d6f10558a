package org.fagai.reference.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo profile's fictional 示范市 and its districts, codes unused by GB/T 2260. */
@Component
@Profile("demo")
@Order(15)
class DemoRegions implements ApplicationRunner {

    static final String CITY = "339900";

    private static final List<String[]> REGIONS = List.of(
            new String[] {CITY, "示范市", "PREFECTURE", "330000"},
            new String[] {"339902", "东湖区", "COUNTY", CITY},
            new String[] {"339903", "西山区", "COUNTY", CITY},
            new String[] {"339904", "南岭区", "COUNTY", CITY},
            new String[] {"339905", "北港区", "COUNTY", CITY},
            new String[] {"339921", "青溪县", "COUNTY", CITY},
            new String[] {"339922", "云岭县", "COUNTY", CITY});

    private final JdbcTemplate jdbc;

    DemoRegions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String[] r : REGIONS) {
            jdbc.update("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
                    (Object[]) r);
        }
    }
}
