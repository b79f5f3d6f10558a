package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 一次性告知书: issued when an application is refused or sent back for documents, listing every missing item at once. */
@Component
class ApplicationNotices {

    enum Kind {
        SUPPLEMENT("补正材料一次性告知书"), REFUSAL("不予受理一次性告知书");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }

        public String labelKey() {
            return "approval.notice.kind." + name();
        }
    }

    record Notice(long id, long applicationId, Kind kind, LocalDateTime issuedAt, String issuedBy, List<String> items,
                  String note) {
    }

    private final JdbcClient jdbc;

    ApplicationNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long issue(long applicationId, Kind kind, List<String> items, String note, LocalDateTime at, String by) {
        return jdbc.sql("""
                        INSERT INTO approval_notice (application_id, kind, issued_at, issued_by, items, note)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(applicationId, kind.name(), at, by, String.join("\n", items), note == null ? null : note.strip())
                .query(Long.class).single();
    }

    List<Notice> list(long applicationId) {
        return jdbc.sql("SELECT * FROM approval_notice WHERE application_id = ? ORDER BY id").param(applicationId)
                .query((rs, i) -> notice(rs)).list();
    }

    Notice find(long applicationId, long noticeId) {
        return jdbc.sql("SELECT * FROM approval_notice WHERE application_id = ? AND id = ?").params(applicationId, noticeId)
                .query((rs, i) -> notice(rs)).optional().orElseThrow(() -> new NotFoundException(StoredText.of("approval.error.noticeMissing", noticeId)));
    }

    private static Notice notice(java.sql.ResultSet rs) throws java.sql.SQLException {
        String items = rs.getString("items");
        return new Notice(rs.getLong("id"), rs.getLong("application_id"), Kind.valueOf(rs.getString("kind")),
                rs.getTimestamp("issued_at").toLocalDateTime(), rs.getString("issued_by"),
                items == null || items.isEmpty() ? List.of() : Arrays.asList(items.split("\n")), rs.getString("note"));
    }
}
