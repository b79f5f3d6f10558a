package org.fagai.organization;

import java.util.Optional;

/** Who is signed in, for every module's role and region checks. */
public interface UserDirectory {

    Optional<CurrentUser> current();

    /** The signed-in user; an {@link org.springframework.security.access.AccessDeniedException} when none. */
    CurrentUser requireCurrent();
}
