package org.fagai.calendar.internal;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the shipped State Council schedules ({@code reference/holidays/*.json}) on the first start. */
@Component
@Order(20)
class ScheduleLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduleLoader.class);

    private final JdbcClient jdbc;
    private final JdbcWorkingCalendar calendar;

    ScheduleLoader(JdbcClient jdbc, JdbcWorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (jdbc.sql("SELECT count(*) FROM calendar_year").query(Long.class).single() > 0) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:reference/holidays/*.json");
        for (Resource file : files) {
            if (!file.getFilename().equals("schema.json")) {
                calendar.store(ScheduleFile.parse(file.getContentAsByteArray()));
            }
        }
        log.info("Loaded {} holiday schedules", files.length);
    }
}
