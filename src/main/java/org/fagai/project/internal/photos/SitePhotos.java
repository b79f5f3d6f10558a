package org.fagai.project.internal.photos;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.project.internal.progress.ProgressLedger;
import org.fagai.project.internal.registry.Project;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.DocumentType;
import org.fagai.shared.web.UploadGuard;
import org.fagai.shared.web.UploadRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Site photos of the monthly report (and of inspections): at most {@value #PER_MONTH} per report, JPEG or PNG by content
 * within 10 MB (the upload guard), kept as display copy and thumbnail, flagged for the reviewer when taken outside the
 * month, repeated from any project's photo, or without a capture time.
 */
@Service
public class SitePhotos {

    public static final int PER_MONTH = 9;
    /** Pictures decoded at once per instance: each may hold tens of megabytes while it is scaled. */
    private static final int DECODING_AT_ONCE = 2;
    private static final long DECODE_WAIT_SECONDS = 10;

    private final ProjectRegistry registry;
    private final ProgressLedger ledger;
    private final PhotoStore store;
    private final UploadGuard guard;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final Semaphore decoding = new Semaphore(DECODING_AT_ONCE, true);
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    SitePhotos(ProjectRegistry registry, ProgressLedger ledger, PhotoStore store, UploadGuard guard, UserDirectory users,
               AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.registry = registry;
        this.ledger = ledger;
        this.store = store;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * A photo of the month's report, by its owner (in an open month) or by staff maintaining the project. The picture
     * is decoded between two short transactions, not inside one: a decoding (and the wait for one of the
     * {@value #DECODING_AT_ONCE} decoding places) holds no database connection, which under the month-end load test
     * kept photo uploads from starving every other request of the pool. Who may add it is checked before the decoding
     * and again with the write, so a month closed meanwhile is refused.
     */
    public PhotoView addToReport(String code, YearMonth month, String fileName, byte[] content) {
        reading.executeWithoutResult(status -> reportable(code, month));
        SitePhotoImage.Processed image = checked(fileName, content);
        return writing.execute(status -> {
            Project project = reportable(code, month);
            if (store.reportPhotos(project.id(), month) >= PER_MONTH) {
                throw FieldErrors.of("file", StoredText.of("project.error.photo.perMonth", PER_MONTH));
            }
            return save(project, month, null, fileName, image, "project.audit.photo.report");
        });
    }

    /** The project, when the current user may add a photo to its report of the month. */
    private Project reportable(String code, YearMonth month) {
        Project project = registry.visible(code);
        CurrentUser user = users.requireCurrent();
        if (user.role() == Role.LEADER) {
            throw new AccessDeniedException("委领导只能查看照片，不能上传");
        }
        if (user.role() == Role.OWNER) {
            if (!ledger.openMonths(code).contains(month)) {
                throw FieldErrors.of("month", StoredText.of("project.error.photo.monthClosed", month));
            }
        } else {
            registry.scope().requireEditor(project.regionCode());
            if (month.isAfter(YearMonth.now(clock))) {
                throw FieldErrors.of("month", StoredText.of("project.error.photo.future"));
            }
        }
        return project;
    }

    /** A photo of an inspection (its month is the inspection's), by the staff who recorded it. */
    @Transactional
    public PhotoView addToInspection(Project project, long inspectionId, YearMonth month, String fileName, byte[] content) {
        SitePhotoImage.Processed image = checked(fileName, content);
        return save(project, month, inspectionId, fileName, image, "project.audit.photo.inspection");
    }

    private PhotoView save(Project project, YearMonth month, Long inspectionId, String fileName, SitePhotoImage.Processed image,
                           String what) {
        Optional<Long> earlier = store.earlierCopy(image.sha256(), image.dhash());
        boolean outside = PhotoFlag.outsideMonth(image.takenAt(), month);
        long id = store.insert(new PhotoStore.NewPhoto(project.id(), month, inspectionId, safeName(fileName), image, outside,
                earlier.orElse(null), users.requireCurrent().username()));
        PhotoView view = store.find(project.id(), id, scope()::canSee).orElseThrow();
        audit.record(AuditAction.CREATE, "project-photo", String.valueOf(id), view.storedNotes().isEmpty()
                ? org.fagai.shared.StoredText.of("project.audit.photo", project.code(), month, org.fagai.shared.StoredText.label(what))
                : org.fagai.shared.StoredText.of("project.audit.photoFlagged", project.code(), month, org.fagai.shared.StoredText.label(what),
                        org.fagai.shared.StoredText.list("shared.reasonSeparator", view.storedNotes())));
        return view;
    }

    /** The upload guard first (size, zip bombs, type by content agreeing with the name), then the bounded decoding. */
    private SitePhotoImage.Processed checked(String fileName, byte[] content) {
        DocumentType type = guard.checkDocument(fileName == null ? "" : fileName, content);
        if (type != DocumentType.JPEG && type != DocumentType.PNG) {
            throw new UploadRefused(HttpStatus.UNPROCESSABLE_CONTENT, org.fagai.shared.StoredText.of("project.error.photoType"));
        }
        boolean admitted;
        try {
            admitted = decoding.tryAcquire(DECODE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new UploadRefused(HttpStatus.SERVICE_UNAVAILABLE, org.fagai.shared.StoredText.of("project.error.photosBusy"));
        }
        try {
            return SitePhotoImage.process(content);
        } finally {
            decoding.release();
        }
    }

    @Transactional(readOnly = true)
    public List<PhotoView> ofProject(String code) {
        Project project = registry.visible(code);
        return store.ofProject(project.id(), scope()::canSee);
    }

    /** Photos of one project by id, as others are allowed to see them: re-encoded copies only. */
    @Transactional(readOnly = true)
    public byte[] image(String code, long id, boolean thumbnail) {
        Project project = registry.visible(code);
        return store.content(project.id(), id, thumbnail).orElseThrow(() -> new NotFoundException(StoredText.of("project.error.photo.notFound", id)));
    }

    private ProjectScope scope() {
        return registry.scope();
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "photo.jpg" : fileName.replaceAll("[\\\\/\\r\\n\"\\p{Cntrl}]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
