package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.Formats;
import org.fagai.supervision.Colour;
import org.fagai.supervision.DeadlineChange;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** {@link SupervisionItems#moveDeadline}: what a source module gets when it moves its own item's deadline. */
@FagaiIntegrationTest
class SupervisionDeadlineTest {

    @Autowired
    SupervisionItems items;
    @Autowired
    Supervision supervision;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Formats fmt;

    private ItemView overdueItem(String ref) {
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        return items.assign(new NewItem("期限调整测试 " + ref, null, "DEADLINE_TEST", ref, null, unit, admin, List.of(), city,
                null, today.minusDays(10), null, today.minusDays(40), null, List.of()));
    }

    @Test
    @WithUserDetails("city")
    void aSourceMovesItsItemsDeadlineAuditedOnTheTimelineNotifiedAndRecoloured() {
        ItemView before = overdueItem("move-1");
        assertThat(before.colour()).isEqualTo(Colour.RED);
        LocalDate later = LocalDate.now(ChinaTime.ZONE).plusDays(45);

        ItemView after = items.moveDeadline(before.id(), new DeadlineChange("DEADLINE_TEST", "move-1", later, "依法延长办理期限 30 日"));

        assertThat(after.deadline()).isEqualTo(later);
        assertThat(after.colour()).isEqualTo(Colour.GREEN);
        assertThat(after.escalatedOn()).isNull();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        List<TimelineEntry> timeline;
        try {
            timeline = supervision.timeline(before.id());
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(timeline).last().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("DEADLINE_MOVED");
            assertThat(t.actor()).isEqualTo("李科长");
            assertThat(t.note()).isEqualTo("Deadline moved from " + before.deadline() + " to " + later + ": 依法延长办理期限 30 日");
        });
        assertThat(fmt.storedChinese(jdbc.sql("SELECT note FROM supervision_step WHERE item_id = ? AND kind = 'DEADLINE_MOVED'")
                .param(before.id()).query(String.class).single()))
                .isEqualTo("期限由 " + before.deadline() + " 调整为 " + later + "：依法延长办理期限 30 日");
        assertThat(fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'supervision_item' AND target_id = ? "
                        + "AND actor = 'city' AND detail LIKE '§supervision.audit.deadline|%'").param(String.valueOf(before.id()))
                .query(String.class).single())).startsWith("调整期限：").contains(before.deadline() + " → " + later, "依法延长办理期限 30 日");
        assertThat(jdbc.sql("SELECT title FROM supervision_notification WHERE recipient_id = ? AND dedupe_key = ?")
                .params(before.leadPersonId(), "supervision.deadline:" + before.id() + ":" + later).query(String.class).single())
                .satisfies(title -> {
                    try {
                        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
                        assertThat(fmt.stored(title)).isEqualTo("督办事项期限调整：期限调整测试 move-1");
                        LocaleContextHolder.setLocale(Locale.ENGLISH);
                        assertThat(fmt.stored(title)).isEqualTo("Supervision item deadline changed: 期限调整测试 move-1");
                    } finally {
                        LocaleContextHolder.resetLocaleContext();
                    }
                });

        int steps = supervision.timeline(before.id()).size();
        items.moveDeadline(before.id(), new DeadlineChange("DEADLINE_TEST", "move-1", later, "再次提交同一日期"));
        assertThat(supervision.timeline(before.id())).as("the same date again changes nothing").hasSize(steps);
    }

    @Test
    @WithUserDetails("city")
    void anotherSourceCannotMoveTheItem() {
        ItemView item = overdueItem("move-2");
        LocalDate later = LocalDate.now(ChinaTime.ZONE).plusDays(45);
        assertThatThrownBy(() -> items.moveDeadline(item.id(), new DeadlineChange("PETITION", "move-2", later, "越权调整")))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("sourceRef"));
        assertThatThrownBy(() -> items.moveDeadline(item.id(), new DeadlineChange("DEADLINE_TEST", "move-2", later, "长".repeat(501))))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThat(items.find(item.id()).orElseThrow().deadline()).isEqualTo(item.deadline());
    }

    @Test
    @WithUserDetails("enterprise")
    void anEnterpriseAccountMovesNoDeadline() {
        assertThatThrownBy(() -> items.moveDeadline(1, new DeadlineChange("DEADLINE_TEST", "x", LocalDate.now(), "理由")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
