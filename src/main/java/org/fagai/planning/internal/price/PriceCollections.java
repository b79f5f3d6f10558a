package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing price monitoring: a point's collection of a day, the goods and the monitoring points. */
@Service
class PriceCollections {

    static final String AUDIT_TYPE = "price_observation";
    static final BigDecimal MAX_PRICE = BigDecimal.valueOf(100_000);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-]{1,20}");
    private static final Set<String> KINDS = Set.of("MARKET", "SUPERMARKET", "WHOLESALE", "STATION", "FARM");

    private final PriceStore store;
    private final PriceMonitoring monitoring;
    private final PlanningAccess access;
    private final RegionDirectory regions;
    private final OrganizationDirectory directory;
    private final AuditLog audit;

    PriceCollections(PriceStore store, PriceMonitoring monitoring, PlanningAccess access, RegionDirectory regions,
                     OrganizationDirectory directory, AuditLog audit) {
        this.store = store;
        this.monitoring = monitoring;
        this.access = access;
        this.regions = regions;
        this.directory = directory;
        this.audit = audit;
    }

    /** Stores every price of the collection, or none; answers the outliers among them. */
    @Transactional
    PriceViews.Stored collect(PriceCommands.Collection c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Checks checks = Checks.start();
        Point point = c.pointId() == null ? null : store.point(c.pointId()).orElse(null);
        if (point == null || !point.enabled()) {
            checks.add("pointId", StoredText.of("planning.error.pointDisabled", c.pointId()));
        }
        LocalDate date = c.date();
        if (date == null) {
            checks.add("date", StoredText.of("planning.error.priceDate"));
        } else if (date.isAfter(monitoring.today()) || date.isBefore(monitoring.today().minusYears(10))) {
            checks.add("date", StoredText.of("planning.error.priceDateRange", date));
        }
        List<PriceCommands.Entry> entries = c.prices() == null ? List.of() : c.prices();
        if (entries.isEmpty() || entries.size() > 500) {
            checks.add("prices", StoredText.of("planning.error.pricesCount"));
        }
        Map<Integer, Good> goods = new LinkedHashMap<>();
        store.goods().forEach(g -> goods.put(g.id(), g));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < entries.size() && i < 500; i++) {
            PriceCommands.Entry e = entries.get(i);
            String field = "prices[" + i + "]";
            if (e == null || e.goodId() == null || !goods.containsKey(e.goodId()) || !goods.get(e.goodId()).enabled()) {
                checks.add(field + ".goodId", StoredText.of("planning.error.goodDisabled", e == null ? null : e.goodId()));
                continue;
            }
            if (!seen.add(e.goodId())) {
                checks.add(field + ".goodId", StoredText.of("planning.error.goodTwice", goods.get(e.goodId()).name()));
            }
            price(checks, field + ".price", e.price(), goods.get(e.goodId()).name());
        }
        checks.throwIfAny();
        CurrentUser user = access.writerOf(point.regionCode());
        Map<Integer, BigDecimal> entered = store.entered(point.id(), date);
        Map<String, Object> before = org.fagai.shared.Changes.snapshot();
        Map<String, Object> after = org.fagai.shared.Changes.snapshot();
        for (PriceCommands.Entry e : entries) {
            Good good = goods.get(e.goodId());
            String field = StoredText.of("planning.audit.field.withUnit", good.name(), good.unit());
            before.put(field, entered.get(e.goodId()));
            after.put(field, e.price());
            store.upsert(e.goodId(), point.id(), date, e.price(), user.username());
        }
        List<Integer> ids = entries.stream().map(PriceCommands.Entry::goodId).toList();
        store.refreshDaily(ids, date, point.regionCode());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, point.code() + ":" + date, StoredText.of("planning.audit.price.collected",
                point.name(), date, entries.size(), org.fagai.shared.Changes.stored(before, after)));
        List<String> outliers = new ArrayList<>();
        for (Integer id : ids) {
            List<BigDecimal> all = store.pointPrices(id, date).stream().map(PriceStore.PointPrice::price).toList();
            BigDecimal median = PriceMonitoring.median(all);
            BigDecimal mine = entries.stream().filter(e -> e.goodId().equals(id)).findFirst().orElseThrow().price();
            if (all.size() >= 3 && PriceChange.outlier(mine, median, monitoringOutlier())) {
                outliers.add(goods.get(id).name());
            }
        }
        return new PriceViews.Stored(point.id(), date, entries.size(), outliers, monitoring.cycle().frequency(date).name());
    }

    @Transactional
    Good addGood(PriceCommands.NewGood c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        access.staffOf(access.reader().regionCode());
        Checks checks = Checks.start();
        String code = checks.text("code", c.code(), 20, "planning.field.goodCode");
        if (code != null && !CODE.matcher(code).matches()) {
            checks.add("code", StoredText.of("planning.error.goodCode"));
        }
        String name = checks.text("name", c.name(), 50, "planning.field.goodName");
        String category = checks.text("category", c.category(), 20, "planning.field.goodCategory");
        String unit = checks.text("unit", c.unit(), 20, "planning.field.priceUnit");
        String spec = checks.optionalText("spec", c.spec(), 100, "planning.field.spec");
        BigDecimal yellow = checks.optionalNumber("yellowPercent", c.yellowPercent(), 3, 2, "planning.field.yellowPercent");
        BigDecimal red = checks.optionalNumber("redPercent", c.redPercent(), 3, 2, "planning.field.redPercent");
        if (yellow != null && red != null && (yellow.signum() <= 0 || red.compareTo(yellow) < 0)) {
            checks.add("redPercent", StoredText.of("planning.error.thresholds"));
        }
        checks.throwIfAny();
        if (store.goodByCode(code).isPresent()) {
            throw new ConflictException("code", StoredText.of("planning.error.goodExists", code));
        }
        int id = store.insertGood(new Good(0, code, name, category, unit, spec == null ? "" : spec, c.seq() == null ? 100 : c.seq(),
                yellow, red, true));
        audit.record(AuditAction.CREATE, "price_good", String.valueOf(id), StoredText.of("planning.audit.price.goodAdded", name));
        return store.good(id).orElseThrow();
    }

    @Transactional
    Point addPoint(PriceCommands.NewPoint c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        Checks checks = Checks.start();
        String code = checks.text("code", c.code(), 20, "planning.field.pointCode");
        if (code != null && !CODE.matcher(code).matches()) {
            checks.add("code", StoredText.of("planning.error.pointCode"));
        }
        String name = checks.text("name", c.name(), 100, "planning.field.pointName");
        String kind = checks.text("kind", c.kind(), 12, "planning.field.pointKind");
        if (kind != null && !KINDS.contains(kind)) {
            checks.add("kind", StoredText.of("planning.error.pointKind", kind));
        }
        String region = checks.text("regionCode", c.regionCode(), 6, "planning.field.pointRegion");
        if (region != null && regions.find(region).isEmpty()) {
            checks.add("regionCode", StoredText.of("planning.error.regionUnknown", region));
        }
        String address = checks.optionalText("address", c.address(), 200, "planning.field.address");
        if (c.collectorId() != null && directory.person(c.collectorId()).isEmpty()) {
            checks.add("collectorId", StoredText.of("planning.error.collector", c.collectorId()));
        }
        checks.throwIfAny();
        access.staffOf(region);
        if (store.pointByCode(code).isPresent()) {
            throw new ConflictException("code", StoredText.of("planning.error.pointExists", code));
        }
        int id = store.insertPoint(new Point(0, code, name, kind, region, address == null ? "" : address, c.collectorId(), true));
        audit.record(AuditAction.CREATE, "price_point", String.valueOf(id), StoredText.of("planning.audit.price.pointAdded", name));
        return store.point(id).orElseThrow(() -> new NotFoundException(StoredText.of("planning.error.pointNotFound", id)));
    }

    /** A price's checks; {@code what} names the good (its name, or a {@link StoredText.Label}). */
    static void price(Checks checks, String field, BigDecimal price, Object what) {
        if (price == null) {
            checks.add(field, StoredText.of("planning.error.priceRequired", what));
        } else if (price.signum() <= 0 || price.compareTo(MAX_PRICE) >= 0 || price.stripTrailingZeros().scale() > 2) {
            checks.add(field, StoredText.of("planning.error.priceRange", what, price.toPlainString()));
        }
    }

    private BigDecimal monitoringOutlier() {
        return monitoring.outlierPercent();
    }
}
