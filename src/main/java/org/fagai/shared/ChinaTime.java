package org.fagai.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The commission works on Beijing time whatever the server's zone is. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** The same instant as Beijing shows it (the database hands back UTC); null stays null. */
    public static OffsetDateTime zoned(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
