package org.fagai.organization.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People by their names on every page ({@code ${@people.name(r.reportedBy())}}): records keep the account name
 * that acted, pages show the person's display name (李科长, not city). Names are read at most once a minute.
 */
@Component("people")
class PeopleNames {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    PeopleNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The display name of the account, or the text itself when it is no account (a name typed in, a system step). */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "—";
        }
        String name = current().get(username);
        return name == null ? username : name;
    }

    private Map<String, String> current() {
        if (Instant.now().isAfter(loadedAt.plus(FRESH))) {
            Map<String, String> loaded = new ConcurrentHashMap<>();
            jdbc.sql("SELECT username, display_name FROM app_user").query((rs, n) -> loaded.put(rs.getString(1), rs.getString(2))).list();
            names = loaded;
            loadedAt = Instant.now();
        }
        return names;
    }
}
