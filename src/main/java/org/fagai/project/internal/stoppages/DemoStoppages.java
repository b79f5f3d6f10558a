package org.fagai.project.internal.stoppages;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo 停复工: one of the owner's 2023 projects (under construction where there are) stopped since 2023-08-10 (confirmed, not resumed), and
 * another stopped in spring 2023 and resumed, so both a stopped project and a history show.
 */
@Component
@Profile("demo")
@Order(61)
class DemoStoppages implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final StoppageStore store;
    private final ApplicationEventPublisher publisher;

    DemoStoppages(JdbcClient jdbc, StoppageStore store, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.store = store;
        this.publisher = publisher;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM project_stoppage").query(Long.class).single() > 0) {
            return;
        }
        List<Long> projects = jdbc.sql("""
                SELECT p.id FROM project p JOIN project_plan pl ON pl.project_id = p.id AND pl.year = 2023
                WHERE p.owner_credit_code = '913399027345678902'
                ORDER BY (p.stage = 'CONSTRUCTION') DESC, p.code DESC LIMIT 2""").query(Long.class).list();
        if (projects.size() < 2) {
            return;
        }
        LocalDate stopped = LocalDate.of(2023, 8, 10);
        store.insert(projects.get(0), new StoppageInput(stopped, "征地拆迁补偿纠纷未解决，施工暂停", LocalDate.of(2024, 3, 1)),
                StoppageStatus.CONFIRMED, "city");
        publisher.publishEvent(new StoppageChanged(projects.get(0), stopped));
        LocalDate spring = LocalDate.of(2023, 3, 1);
        long resumed = store.insert(projects.get(1), new StoppageInput(spring, "资金未到位，暂停施工", LocalDate.of(2023, 4, 30)),
                StoppageStatus.CONFIRMED, "city");
        store.resume(resumed, StoppageStatus.RESUMED, LocalDate.of(2023, 4, 15), "专项债资金到位，恢复施工", "city");
        publisher.publishEvent(new StoppageChanged(projects.get(1), spring));
    }
}
