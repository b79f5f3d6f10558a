package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fagai.FagaiIntegrationTest;
import org.fagai.approval.ApprovalKind;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectApprovalDecided;
import org.fagai.supervision.TodoEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the process stores and what reads it: numbers taken at once stay distinct and consecutive, a review step over
 * its share appears on its handler's to-do list, the decided fact is published for the project module, and the demo
 * holds applications in every step.
 */
@FagaiIntegrationTest
@RecordApplicationEvents
class ProcessStorageTest {

    @Autowired
    DecisionNumbers numbers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApprovalTodos todos;
    @Autowired
    UserDirectory users;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void numbersTakenAtOnceByEightSignersAreDistinctAndConsecutive() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> taken = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            taken.add(pool.submit(() -> {
                start.await();
                return transactions.execute(status -> numbers.next(ApprovalKind.ENERGY_REVIEW, 2031));
            }));
        }
        start.countDown();
        List<Integer> values = new ArrayList<>();
        for (Future<Integer> f : taken) {
            values.add(f.get());
        }
        pool.shutdown();
        Collections.sort(values);
        assertThat(values).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        Integer next = transactions.execute(status -> numbers.next(ApprovalKind.ENERGY_REVIEW, 2032));
        assertThat(next).isEqualTo(1);
    }

    @Test
    @WithUserDetails("city")
    void aReviewStepOverItsShareIsOnItsHandlersToDoListInYellow() {
        List<TodoEntry> entries = todos.entriesFor(users.requireCurrent());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("approval.step");
            assertThat(e.title()).contains("新材料中试基地", "科室负责人审核");
            assertThat(e.colour()).isEqualTo(org.fagai.supervision.Colour.YELLOW);
        });
        // an application appears once, under its most pressing entry: one whose clock is also in warning (the demo's
        // 容缺 application, depending on the hour) shows under its limit instead of its broken promise
        List<String> broken = jdbc.sql("""
                        SELECT DISTINCT '/approvals/' || a.id FROM approval_missing_document m
                        JOIN approval_application a ON a.id = m.application_id
                        WHERE m.supplied_at IS NULL AND m.promised_by < current_date AND a.region_code LIKE '3399%'
                          AND a.status IN ('ACCEPTED', 'SUSPENDED', 'STOPPED')""").query(String.class).list();
        assertThat(broken).isNotEmpty();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.link()).isIn(broken);
            assertThat(e.kind()).isIn("approval.promise", "approval.limit");
        });
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderSeesTheDecisionsReadyToSignAndTheExtensionsToApprove() throws Exception {
        var leader = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        ApprovalProcessApiTest api = new ApprovalProcessApiTest();
        api.mvc = mvc;
        long ready = api.accepted("APPROVAL", "2023-01-03T09:00");
        api.passTo(ready, 2, "2023-01-03T10:00");
        api.send("/api/v1/approvals/" + ready + "/decide", "city", "{\"approved\":true,\"at\":\"2023-01-03T11:00\"}");
        long blocked = api.accepted("APPROVAL", "2023-01-03T09:00");
        api.send("/api/v1/approvals/" + blocked + "/decide", "city", "{\"approved\":true,\"at\":\"2023-01-03T11:00\"}");
        api.send("/api/v1/approvals/" + blocked + "/extension", "city", "{\"reason\":\"需征求意见\",\"at\":\"2023-01-04T10:00\"}");
        // The API calls above signed in as others: the leader again.
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(leader);
        List<TodoEntry> entries = todos.entriesFor(users.requireCurrent());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.link()).isEqualTo("/approvals/" + ready);
            assertThat(e.kind()).isIn("approval.sign", "approval.limit");
        });
        assertThat(entries).filteredOn(e -> e.link().equals("/approvals/" + blocked)).hasSize(1);
        assertThat(entries).filteredOn(e -> e.kind().equals("approval.sign")).noneMatch(e -> e.link().equals("/approvals/" + blocked));
        assertThat(entries).extracting(TodoEntry::link).doesNotHaveDuplicates();
    }

    /** What the demo created at start, whatever other tests have done with its applications since. */
    @Test
    void theDemoHoldsApplicationsInEveryStep() {
        for (int position = 1; position <= 3; position++) {
            assertThat(count("SELECT count(*) FROM approval_review_step WHERE position = " + position)).isPositive();
        }
        assertThat(count("SELECT count(*) FROM approval_review_step WHERE decision = 'RETURN'")).isPositive();
        for (String kind : List.of("EXPERT_REVIEW", "TECHNICAL_ASSESSMENT", "CONSULTATION", "PUBLIC_NOTICE")) {
            assertThat(count("SELECT count(*) FROM approval_clock_stop WHERE kind = '" + kind + "'")).as(kind).isPositive();
        }
        assertThat(count("SELECT count(*) FROM approval_consultation WHERE answered_at > due_at")).isPositive();
        assertThat(count("SELECT count(*) FROM approval_consultation WHERE department_id IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM approval_application WHERE extension_requested_by IS NOT NULL")).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM approval_missing_document")).isPositive();
        assertThat(count("SELECT count(*) FROM approval_e_licence WHERE revoked_at IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM approval_e_licence WHERE NOT approved")).isPositive();
        assertThat(count("SELECT count(*) FROM approval_notice")).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM approval_application WHERE public_notice_required")).isPositive();
    }

    @Test
    void signingPublishesTheDecidedFactForTheProjectsMilestones() throws Exception {
        ApprovalProcessApiTest api = new ApprovalProcessApiTest();
        api.mvc = mvc;
        long id = api.accepted("FILING", "2024-07-01T09:00");
        api.send("/api/v1/approvals/" + id + "/review", "city", "{\"step\":1,\"decision\":\"PASS\",\"at\":\"2024-07-01T10:00\"}");
        api.send("/api/v1/approvals/" + id + "/decide", "city", "{\"approved\":true,\"at\":\"2024-07-01T10:30\"}");
        api.send("/api/v1/approvals/" + id + "/sign", "leader", "{\"at\":\"2024-07-01T11:00\"}");
        assertThat(events.stream(ProjectApprovalDecided.class).filter(e -> e.applicationId() == id)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("FILING");
            assertThat(e.projectCode()).isEqualTo("2406-339902-04-01-000888");
            assertThat(e.approved()).isTrue();
            assertThat(e.documentNumber()).startsWith("示发改备〔2024〕");
            assertThat(e.decidedOn()).isEqualTo(java.time.LocalDate.of(2024, 7, 1));
        });
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
