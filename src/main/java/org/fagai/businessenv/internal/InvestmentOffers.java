package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff publish projects open to private capital (民间投资项目推介): from the key-project library or new; draft → published → closed. */
@Service
class InvestmentOffers {

    static final BigDecimal MAX_INVESTMENT = new BigDecimal("100000000");
    private static final String PHONE = "[0-9+\\-() ]{7,30}";

    record Page(List<OfferView> offers, long total) {
    }

    private final JdbcClient jdbc;
    private final EvaluationAccess access;
    private final ProjectCatalog projects;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final Clock clock;

    InvestmentOffers(JdbcClient jdbc, EvaluationAccess access, ProjectCatalog projects, RegionDirectory regions, AuditLog audit,
                     Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.projects = projects;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long create(OfferCommands.Offer command) {
        Commands.check(command);
        CurrentUser user = access.requireStaff();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        Optional<ProjectRef> project = Optional.empty();
        if (command.projectCode() != null && !command.projectCode().isBlank()) {
            project = projects.findByCode(command.projectCode().strip());
            if (project.isEmpty()) {
                errors.add(new FieldErrors.FieldError("projectCode", StoredText.of("businessenv.error.projectUnknown", command.projectCode().strip())));
            }
        }
        String title = text(command.title()) != null ? text(command.title()) : project.map(ProjectRef::name).orElse(null);
        String region = text(command.regionCode()) != null ? text(command.regionCode()) : project.map(ProjectRef::regionCode).orElse(null);
        BigDecimal total = command.totalInvestment() != null ? command.totalInvestment() : project.map(ProjectRef::totalInvestment).orElse(null);
        if (title == null) {
            errors.add(new FieldErrors.FieldError("title", StoredText.of("businessenv.error.titleRequired")));
        }
        if (region == null || !region.matches("\\d{6}") || regions.find(region).isEmpty()) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("businessenv.error.regionInvalid")));
        } else if (!user.canSeeRegion(region)) {
            throw new AccessDeniedException("不能为其他地区发布推介项目：" + region);
        }
        if (total == null || total.signum() <= 0 || total.compareTo(MAX_INVESTMENT) > 0 || total.scale() > 2) {
            errors.add(new FieldErrors.FieldError("totalInvestment", StoredText.of("businessenv.error.investmentInvalid")));
        }
        OfferSector sector = parse(OfferSector.class, command.sector(), "sector", "businessenv.offer.sector", errors);
        OfferMode mode = parse(OfferMode.class, command.mode(), "mode", "businessenv.offer.mode", errors);
        if (text(command.contactName()) == null) {
            errors.add(new FieldErrors.FieldError("contactName", StoredText.of("businessenv.error.contactRequired")));
        }
        if (command.contactPhone() == null || !command.contactPhone().strip().matches(PHONE)) {
            errors.add(new FieldErrors.FieldError("contactPhone", StoredText.of("businessenv.error.phoneInvalid")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        boolean publish = Boolean.TRUE.equals(command.publish());
        long id = jdbc.sql("""
                        INSERT INTO be_investment_offer (title, project_code, region_code, sector, total_investment, mode, contact_name,
                          contact_phone, description, status, published_on, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(title, project.map(ProjectRef::code).orElse(null), region, sector.name(), total, mode.name(),
                        command.contactName().strip(), command.contactPhone().strip(), text(command.description()),
                        publish ? "PUBLISHED" : "DRAFT", publish ? today() : null, user.username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "investment-offer", String.valueOf(id), StoredText.of(publish
                ? "businessenv.audit.offer.published" : "businessenv.audit.offer.drafted", title));
        return id;
    }

    @Transactional
    void changeStatus(long id, String status) {
        CurrentUser user = access.requireStaff();
        OfferView offer = get(id);
        if (!user.canSeeRegion(offer.regionCode())) {
            throw new NotFoundException(StoredText.of("businessenv.error.offerMissing", id));
        }
        String from = offer.status();
        boolean allowed = ("PUBLISHED".equals(status) && "DRAFT".equals(from)) || ("CLOSED".equals(status) && "PUBLISHED".equals(from));
        if (!allowed) {
            throw new ConflictException("status", StoredText.of("businessenv.error.offerStatus", StoredText.label("businessenv.offer." + from),
                    java.util.Set.of("DRAFT", "PUBLISHED", "CLOSED").contains(status) ? StoredText.label("businessenv.offer." + status) : status));
        }
        jdbc.sql("UPDATE be_investment_offer SET status = ?, published_on = coalesce(published_on, ?) WHERE id = ?")
                .params(status, today(), id).update();
        audit.record(AuditAction.UPDATE, "investment-offer", String.valueOf(id), StoredText.of("businessenv.audit.offer.state", from, status));
    }

    @Transactional(readOnly = true)
    OfferView get(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(InvestmentOffers::row).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("businessenv.error.offerMissing", id)));
    }

    /** A published offer, for the public; drafts and closed ones are not found. */
    @Transactional(readOnly = true)
    OfferView published(long id) {
        OfferView offer = get(id);
        if (!"PUBLISHED".equals(offer.status())) {
            throw new NotFoundException(StoredText.of("businessenv.error.offerClosed", id));
        }
        return offer;
    }

    /** The staff's list: the user's region, filtered by status, sector and a keyword, newest first. */
    @Transactional(readOnly = true)
    Page list(String status, String sector, String q, int page, int size) {
        CurrentUser user = access.requireStaff();
        String prefix = user.isAdmin() ? "" : RegionCode.of(user.regionCode()).scopePrefix();
        return page(prefix, blank(status), blank(sector), blank(q), page, size);
    }

    /** The public list: published offers only. */
    @Transactional(readOnly = true)
    Page publicList(String sector, int page, int size) {
        return page("", "PUBLISHED", blank(sector), null, page, size);
    }

    private Page page(String prefix, String status, String sector, String q, int page, int size) {
        String where = " WHERE o.region_code LIKE :prefix AND (CAST(:status AS VARCHAR) IS NULL OR o.status = :status)"
                + " AND (CAST(:sector AS VARCHAR) IS NULL OR o.sector = :sector)"
                + " AND (CAST(:q AS VARCHAR) IS NULL OR o.title ILIKE '%' || :q || '%' OR o.project_code = :q)";
        var params = new java.util.HashMap<String, Object>();
        params.put("prefix", prefix + "%");
        params.put("status", status);
        params.put("sector", sector);
        params.put("q", q == null ? null : q.replace("%", "").replace("_", ""));
        long total = jdbc.sql("SELECT count(*) FROM be_investment_offer o" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<OfferView> offers = jdbc.sql(SELECT + where + " ORDER BY o.published_on DESC NULLS FIRST, o.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(InvestmentOffers::row).list();
        return new Page(offers, total);
    }

    private static final String SELECT = """
            SELECT o.*, r.name AS region_name, (SELECT count(*) FROM be_investment_interest i WHERE i.offer_id = o.id) AS interests
            FROM be_investment_offer o JOIN region r ON r.code = o.region_code""";

    private static OfferView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OfferView(rs.getLong("id"), rs.getString("title"), rs.getString("project_code"), rs.getString("region_code"),
                rs.getString("region_name"), OfferSector.valueOf(rs.getString("sector")), rs.getBigDecimal("total_investment"),
                OfferMode.valueOf(rs.getString("mode")), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getString("description"), rs.getString("status"), rs.getObject("published_on", LocalDate.class),
                rs.getLong("interests"));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String labelKey, List<FieldErrors.FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("businessenv.error.choose", StoredText.label(labelKey))));
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blank(String s) {
        return text(s);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
