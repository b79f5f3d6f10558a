package org.fagai.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile: two notices (one to everyone in 示范市, one to the district offices, read by 东湖区) and this morning's
 * reminders, so the bell and the home page show them.
 */
@Component
@Profile("demo")
@Order(95)
class DemoNotices implements ApplicationRunner {

    private final NoticeBoard board;
    private final DailyReminders reminders;
    private final ActingUsers users;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoNotices(NoticeBoard board, DailyReminders reminders, ActingUsers users, JdbcClient jdbc, Clock clock) {
        this.board = board;
        this.reminders = reminders;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM supervision_notice").query(Long.class).single() > 0) {
            return;
        }
        List<CurrentUser> accounts = users.enabled();
        users.as(account(accounts, "city"), () -> board.publish(new NewNotice("关于报送上月重点项目进度的通知",
                "各项目单位、各区县发改局：\n请于本月5日前在平台报送上月重点项目投资完成情况和形象进度，逾期未报的项目将在调度通报中予以通报。",
                List.of(), List.of("339900"))));
        long toDistricts = users.as(account(accounts, "leader"), () -> board.publish(new NewNotice("关于做好年度目标任务督办的通知",
                "请各区县发改局对照年度重点工作任务清单，逐项明确责任人和完成时限，按月报送进展。", List.of("DISTRICT"), List.of())));
        users.as(account(accounts, "district"), () -> board.open(toDistricts));
        reminders.remind(LocalDate.now(clock));
    }

    private static CurrentUser account(List<CurrentUser> accounts, String username) {
        return accounts.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }
}
