package org.fagai.reference.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The demo profile's fictional 示范市, its districts and their towns (乡镇街道), codes unused by GB/T 2260. */
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

    /** Towns (乡镇街道) of each district, 9-digit codes: streets 0xx, towns 1xx as in the statistics division codes. */
    private static final Map<String, List<String>> TOWNS = Map.of(
            "339902", List.of("湖滨街道", "东城街道", "新桥街道", "莲塘镇", "白沙镇"),
            "339903", List.of("西山街道", "凤凰街道", "石门镇", "青石镇", "岩口镇"),
            "339904", List.of("南岭街道", "桂花街道", "梅岭镇", "樟树镇", "龙潭镇"),
            "339905", List.of("北港街道", "海关街道", "渔港镇", "盐田镇", "新港镇"),
            "339921", List.of("青溪街道", "溪口镇", "竹林镇", "茶园乡", "石坪乡"),
            "339922", List.of("云岭街道", "云峰镇", "高山镇", "林场乡", "岭下乡"));

    private final JdbcTemplate jdbc;

    /** The i-th demo town of a district: the first two are streets (001, 002 …), the rest towns (101 …). */
    static String townCode(String county, int i) {
        int streets = (int) TOWNS.get(county).stream().filter(n -> n.endsWith("街道")).count();
        return county + (i < streets ? String.format("%03d", i + 1) : String.format("%03d", 100 + i - streets + 1));
    }

    DemoRegions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String[] r : REGIONS) {
            jdbc.update("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
                    (Object[]) r);
        }
        TOWNS.forEach((county, names) -> {
            for (int i = 0; i < names.size(); i++) {
                jdbc.update("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, 'TOWN', ?) ON CONFLICT (code) DO NOTHING",
                        townCode(county, i), names.get(i), county);
            }
        });
    }
}
