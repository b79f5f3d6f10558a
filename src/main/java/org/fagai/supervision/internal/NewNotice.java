package org.fagai.supervision.internal;

import java.util.List;
import org.fagai.shared.MaxLength;

/**
 * A notice to publish: to the given roles (none: every role) in the given regions and their districts (none: the
 * publisher's own region).
 */
record NewNotice(@MaxLength(200) String title, @MaxLength(4000) String body, List<String> roles, List<String> regions) {

    NewNotice {
        roles = roles == null ? List.of() : roles.stream().filter(r -> r != null && !r.isBlank()).toList();
        regions = regions == null ? List.of() : regions.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
    }
}
