package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;

/** A constraint the database enforced is never a 500: a unique key is 409, anything else 400. */
class IntegrityViolationAnswersTest {

    private final ApiExceptionHandler api = new ApiExceptionHandler(StoredTexts.formats(), StoredTexts.messageText());
    private final PageExceptionHandler pages = new PageExceptionHandler(StoredTexts.formats(), StoredTexts.messageText());

    private static DataIntegrityViolationException violation(String sqlState) {
        return new DataIntegrityViolationException("could not execute statement",
                new RuntimeException("wrapped", new SQLException("ERROR: constraint", sqlState)));
    }

    @Test
    void aUniqueKeyTakenByAnotherRequestIsAConflictWithTheChineseReason() {
        ProblemDetail wrapped = api.integrity(violation("23505"));
        ProblemDetail direct = api.integrity(new DuplicateKeyException("duplicate key value violates unique constraint"));

        assertThat(wrapped.getStatus()).isEqualTo(409);
        assertThat(direct.getStatus()).isEqualTo(409);
        assertThat(wrapped.getDetail()).isEqualTo("该记录已存在或已被他人修改，请刷新后重试");
        assertThat(pages.integrity(violation("23505")).getStatus().value()).isEqualTo(409);
    }

    @Test
    void aValueTooLongOrAMissingReferenceIsABadRequest() {
        assertThat(api.integrity(violation("22001")).getStatus()).isEqualTo(400);
        assertThat(api.integrity(violation("23503")).getStatus()).isEqualTo(400);
        assertThat(pages.integrity(violation("22001")).getStatus().value()).isEqualTo(400);
    }
}
