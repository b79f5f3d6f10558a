package org.fagai.shared;

import java.time.ZoneId;

/** The commission works on Beijing time whatever the server's zone is. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}
