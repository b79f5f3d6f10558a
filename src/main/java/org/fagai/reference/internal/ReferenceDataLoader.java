package org.fagai.reference.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the region and industry tables from the CSVs shipped in {@code reference/} on the first start.
 * Sources: NBS 2023 统计用区划代码 and GB/T 4754-2017, see {@code reference/SOURCES.md}.
 */
@Component
@Order(10)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcTemplate jdbc;

    ReferenceDataLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (count("region") == 0) {
            loadRegions();
        }
        if (count("industry") == 0) {
            loadIndustries();
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private void loadRegions() throws IOException {
        List<Object[]> batch = new ArrayList<>();
        for (List<String> row : rows("reference/provinces.csv")) {
            batch.add(new Object[] {row.get(0) + "0000", row.get(1), "PROVINCE", null});
        }
        for (List<String> row : rows("reference/cities.csv")) {
            batch.add(new Object[] {row.get(0) + "00", row.get(1), "PREFECTURE", row.get(2) + "0000"});
        }
        for (List<String> row : rows("reference/areas.csv")) {
            // Cities without counties (东莞, 中山, 儋州) list themselves again at county level: keep the city row.
            if (row.get(0).endsWith("00")) {
                continue;
            }
            batch.add(new Object[] {row.get(0), row.get(1), "COUNTY", row.get(2) + "00"});
        }
        jdbc.batchUpdate("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?)", batch);
        log.info("Loaded {} regions (GB/T 2260)", count("region"));
    }

    private void loadIndustries() throws IOException {
        List<List<String>> rows = rows("reference/gbt4754_2017_full.csv");
        Set<String> groups = new HashSet<>();
        rows.stream().filter(r -> r.get(0).equals("3")).forEach(r -> groups.add(r.get(3)));
        List<Object[]> batch = new ArrayList<>();
        for (List<String> r : rows) {
            String section = r.get(1);
            String division = r.get(2);
            String group = r.get(3);
            String remark = r.size() > 6 && !r.get(6).isBlank() ? r.get(6) : null;
            batch.add(switch (r.get(0)) {
                case "1" -> new Object[] {section, section, r.get(5), "SECTION", null, remark};
                case "2" -> new Object[] {division, section, r.get(5), "DIVISION", section, remark};
                case "3" -> new Object[] {group, section, r.get(5), "GROUP", division, remark};
                default -> new Object[] {r.get(4), section, r.get(5), "CLASS", groups.contains(group) ? group : division, remark};
            });
        }
        jdbc.batchUpdate("INSERT INTO industry (code, section, name, level, parent_code, remark) VALUES (?, ?, ?, ?, ?, ?)", batch);
        log.info("Loaded {} industries (GB/T 4754-2017)", count("industry"));
    }

    private static List<List<String>> rows(String resource) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(CsvLine.split(line.strip()));
                }
            }
        }
        return rows;
    }
}
