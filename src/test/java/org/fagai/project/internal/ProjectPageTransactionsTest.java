package org.fagai.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The project list and a project's page read in one transaction each, not one per service they ask. */
@FagaiIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProjectPageTransactionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long transactionsBegunHere(CapturedOutput output, String path, MockHttpSession session) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        String logger = "org.springframework.orm.jpa.JpaTransactionManager";
        int from = output.length();
        logging.setLogLevel(logger, LogLevel.DEBUG);
        try {
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
        } finally {
            logging.setLogLevel(logger, null);
        }
        String thread = Thread.currentThread().getName();
        return Arrays.stream(output.toString().substring(from).split("\n"))
                .filter(line -> line.contains(thread + "]") && line.contains("Creating new transaction")).count();
    }

    @Test
    void theListAndAProjectPageEachBeginOneTransaction(CapturedOutput output) throws Exception {
        MockHttpSession session = Sessions.signIn(mvc, "city");
        String code = jdbc.sql("SELECT code FROM project WHERE region_code LIKE '3399%' ORDER BY code LIMIT 1").query(String.class).single();
        mvc.perform(get("/projects/" + code).session(session)).andExpect(status().isOk());

        assertThat(transactionsBegunHere(output, "/projects/" + code, session)).isEqualTo(1);
        assertThat(transactionsBegunHere(output, "/projects", session)).isEqualTo(1);
    }
}
