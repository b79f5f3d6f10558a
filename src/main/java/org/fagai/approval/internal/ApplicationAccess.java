package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every use case of an application does first: find it, check that the signed-in user may see or handle it (region,
 * role), fix the moment of the step (now, or a past moment staff record), and after a clock event store the clock's state.
 */
@Component
class ApplicationAccess {

    static final Set<Role> HANDLERS = EnumSet.of(Role.STAFF, Role.DISTRICT, Role.LEADER);

    private final ApplicationRepository repository;
    private final UserDirectory users;
    private final WorkingCalendar calendar;
    private final ApplicationViews views;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApplicationAccess(ApplicationRepository repository, UserDirectory users, WorkingCalendar calendar,
                      ApplicationViews views, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.users = users;
        this.calendar = calendar;
        this.views = views;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Application find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(StoredText.of("approval.error.applicationMissing", id)));
    }

    /** A user who may handle this application: staff, district or leader of its region. */
    CurrentUser handler(Application a) {
        CurrentUser user = viewer(a);
        if (!HANDLERS.contains(user.role())) {
            throw new AccessDeniedException("当前账号不能办理申请");
        }
        return user;
    }

    CurrentUser leader(Application a) {
        CurrentUser user = handler(a);
        if (user.role() != Role.LEADER) {
            throw new AccessDeniedException("须由委领导办理");
        }
        return user;
    }

    CurrentUser viewer(Application a) {
        CurrentUser user = users.requireCurrent();
        boolean visible = switch (user.role()) {
            case ADMIN -> true;
            case OWNER -> a.applicantCreditCode().equals(user.ownerCreditCode());
            default -> user.canSeeRegion(a.regionCode());
        };
        if (!visible) {
            throw new NotFoundException(StoredText.of("approval.error.applicationMissing", a.id()));
        }
        return user;
    }

    /** The moment of a step: now when not given, else the given past moment (minutes), never the future. */
    LocalDateTime at(LocalDateTime requested, String field) {
        LocalDateTime now = now();
        if (requested == null) {
            return now;
        }
        LocalDateTime at = requested.truncatedTo(ChronoUnit.MINUTES);
        if (at.isAfter(now)) {
            throw FieldErrors.of(field, StoredText.of("approval.error.atInFuture"));
        }
        return at;
    }

    /** A document given by id must be one of this application's own. */
    Long ownDocument(Application a, Long documentId, String field) {
        if (documentId == null) {
            return null;
        }
        boolean own = jdbc.sql("SELECT count(*) FROM approval_document WHERE id = ? AND application_id = ?")
                .params(documentId, a.id()).query(Long.class).single() > 0;
        if (!own) {
            throw FieldErrors.of(field, StoredText.of("approval.error.documentNotOwn", documentId));
        }
        return documentId;
    }

    /** After a clock event: the state the list filters on, computed by the aggregate, and the view. */
    ApplicationView recorded(Application application) {
        application.recordClock(now(), calendar.current());
        return views.detail(application);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    static String text(LocalDateTime t) {
        return t == null ? "—" : t.toString().replace('T', ' ');
    }
}
