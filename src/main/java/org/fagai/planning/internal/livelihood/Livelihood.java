package org.fagai.planning.internal.livelihood;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.planning.LivelihoodIndices;
import org.fagai.planning.RegionIndex;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.Direction;
import org.fagai.planning.internal.PlanningAccess;
import org.fagai.planning.internal.RegionChoices;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Changes;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.Years;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 七有五性: rounds of the user's city, the districts' values, the monitoring system, and the computed indices. */
@Service
class Livelihood implements LivelihoodIndices {

    static final String AUDIT_TYPE = "livelihood";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-]{1,40}");

    /** A value a district has not reported, with the member unit that owes it. */
    record Missing(String regionCode, String regionName, String code, String indicator, String memberUnit) {
    }

    /** A round's indices: every district's (for ranks), those the user sees, and the missing reports he sees. */
    record Result(Round round, List<RegionIndex> all, List<RegionIndex> visible, List<Missing> missing) {
    }

    private final LivelihoodStore store;
    private final LivelihoodSettings settings;
    private final PlanningAccess access;
    private final RegionChoices choices;
    private final RegionDirectory regions;
    private final AuditLog audit;

    Livelihood(LivelihoodStore store, LivelihoodSettings settings, PlanningAccess access, RegionChoices choices,
               RegionDirectory regions, AuditLog audit) {
        this.store = store;
        this.settings = settings;
        this.access = access;
        this.choices = choices;
        this.regions = regions;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegionIndex> index(int year, int half) {
        return result(year, half).map(Result::visible).orElse(List.of());
    }

    @Transactional(readOnly = true)
    Optional<Result> result(int year, int half) {
        Years.check("year", year);
        checkHalf(half);
        CurrentUser user = access.reader();
        String city = choices.cityOf(user);
        return store.round(city, year, half).map(round -> compute(round, user));
    }

    private Result compute(Round round, CurrentUser user) {
        List<Scoring.Indicator> indicators = store.indicators();
        List<RegionView> districts = districts(round.parentCode());
        Map<Long, Map<String, BigDecimal>> values = store.values(round.id());
        List<RegionIndex> all = Scoring.compute(store.dimensions(), indicators,
                districts.stream().map(r -> new Scoring.Region(r.code(), r.name())).toList(), values, settings.normalisation(),
                settings.weakest());
        List<Missing> missing = new ArrayList<>();
        for (RegionView d : districts) {
            if (!user.canSeeRegion(d.code())) {
                continue;
            }
            for (Scoring.Indicator i : indicators) {
                if (!values.getOrDefault(i.id(), Map.of()).containsKey(d.code())) {
                    missing.add(new Missing(d.code(), d.name(), i.code(), i.name(), i.memberUnit()));
                }
            }
        }
        return new Result(round, all, all.stream().filter(r -> user.canSeeRegion(r.regionCode())).toList(), missing);
    }

    Normalisation normalisation() {
        return settings.normalisation();
    }

    List<RegionView> districts(String parent) {
        return regions.children(parent).stream().filter(RegionView::enabled).toList();
    }

    @Transactional(readOnly = true)
    List<Round> rounds() {
        return store.rounds(choices.cityOf(access.reader()));
    }

    List<Scoring.Dimension> dimensions() {
        access.reader();
        return store.dimensions();
    }

    List<Scoring.Indicator> indicators() {
        access.reader();
        return store.indicators();
    }

    /** One district's reported values of a round, by indicator id. */
    @Transactional(readOnly = true)
    Map<Long, BigDecimal> reported(Round round, String regionCode) {
        access.readerOf(regionCode);
        Map<Long, BigDecimal> mine = new java.util.HashMap<>();
        store.values(round.id()).forEach((id, byRegion) -> {
            if (byRegion.containsKey(regionCode)) {
                mine.put(id, byRegion.get(regionCode));
            }
        });
        return mine;
    }

    @Transactional
    Round createRound(LivelihoodCommands.NewRound c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        CurrentUser user = access.reader();
        String city = choices.cityOf(user);
        access.staffOf(city);
        Checks checks = Checks.start();
        Integer year = checks.year("year", c.year(), "planning.field.year");
        if (c.half() == null || (c.half() != 0 && c.half() != 1)) {
            checks.add("half", StoredText.of("planning.error.half"));
        }
        if (c.dueOn() == null || !Years.contains(c.dueOn().getYear())) {
            checks.add("dueOn", StoredText.of("planning.error.dueOn"));
        }
        checks.throwIfAny();
        if (store.round(city, year, c.half()).isPresent()) {
            throw new ConflictException("year", StoredText.of(c.half() == 1 ? "planning.error.periodExistsHalf" : "planning.error.periodExistsYear", year));
        }
        long id = store.insertRound(city, year, c.half(), c.dueOn(), user.username());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of(c.half() == 1
                ? "planning.audit.livelihood.openedHalf" : "planning.audit.livelihood.openedYear", year));
        return store.round(city, year, c.half()).orElseThrow();
    }

    @Transactional
    int saveValues(LivelihoodCommands.Values c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        CurrentUser user = access.reader();
        Checks checks = Checks.start();
        Integer year = checks.year("year", c.year(), "planning.field.year");
        int half = c.half() == null ? 0 : c.half();
        String region = checks.text("regionCode", c.regionCode(), 6, "planning.field.region");
        checks.throwIfAny();
        checkHalf(half);
        Round round = store.round(choices.cityOf(user), year, half)
                .orElseThrow(() -> FieldErrors.of("year", StoredText.of(half == 1 ? "planning.error.notOpenHalf" : "planning.error.notOpenYear", year)));
        if (districts(round.parentCode()).stream().noneMatch(d -> d.code().equals(region))) {
            throw FieldErrors.of("regionCode", StoredText.of("planning.error.notCityDistrict", region));
        }
        access.writerOf(region);
        Map<String, Scoring.Indicator> byCode = new java.util.HashMap<>();
        store.indicators().forEach(i -> byCode.put(i.code(), i));
        List<LivelihoodCommands.Value> values = c.values() == null ? List.of() : c.values();
        if (values.size() > 500) {
            throw FieldErrors.of("values", StoredText.of("planning.error.valuesLimit"));
        }
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < values.size(); n++) {
            LivelihoodCommands.Value v = values.get(n);
            String field = "values[" + n + "]";
            if (v == null || v.code() == null || !byCode.containsKey(v.code().strip())) {
                checks.add(field + ".code", StoredText.of("planning.error.indicatorUnknown", v == null ? null : v.code()));
            } else if (!seen.add(v.code().strip())) {
                checks.add(field + ".code", StoredText.of("planning.error.indicatorRepeated", v.code()));
            }
            if (v != null && v.value() != null) {
                checks.optionalNumber(field + ".value", v.value(), 15, 4, "planning.field.indicatorValue");
            }
        }
        checks.throwIfAny();
        int saved = 0;
        Map<Long, Map<String, BigDecimal>> stored = store.values(round.id());
        Map<String, Object> before = Changes.snapshot();
        Map<String, Object> after = Changes.snapshot();
        for (LivelihoodCommands.Value v : values) {
            if (v.value() != null) {
                Scoring.Indicator indicator = byCode.get(v.code().strip());
                String field = StoredText.of("planning.audit.field.withUnit", indicator.name(), indicator.unit());
                before.put(field, stored.getOrDefault(indicator.id(), Map.of()).get(region));
                after.put(field, v.value());
                store.saveValue(round.id(), indicator.id(), region, v.value(), user.username());
                saved++;
            }
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, round.id() + ":" + region, StoredText.of("planning.audit.livelihood.reported",
                round.label(), saved, Changes.stored(before, after)));
        return saved;
    }

    @Transactional
    void addIndicator(LivelihoodCommands.NewIndicator c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        CurrentUser user = access.reader();
        access.staffOf(choices.cityOf(user));
        Checks checks = Checks.start();
        String code = checks.text("code", c.code(), 40, "planning.field.indicatorCode");
        if (code != null && !CODE.matcher(code).matches()) {
            checks.add("code", StoredText.of("planning.error.codeChars"));
        }
        String dimension = checks.text("dimension", c.dimension(), 20, "planning.field.dimension");
        if (dimension != null && store.dimensions().stream().noneMatch(d -> d.code().equals(dimension))) {
            checks.add("dimension", StoredText.of("planning.error.dimension", dimension));
        }
        String name = checks.text("name", c.name(), 100, "planning.field.indicatorName");
        String unit = checks.text("unit", c.unit(), 20, "planning.field.unit");
        Direction direction = checks.choice("direction", c.direction(), Direction.class, "planning.field.direction");
        BigDecimal weight = checks.number("weight", c.weight(), 4, 2, "planning.field.weight");
        if (weight != null && weight.signum() <= 0) {
            checks.add("weight", StoredText.of("planning.error.weight"));
        }
        BigDecimal target = checks.optionalNumber("target", c.target(), 15, 4, "planning.field.target");
        String unitName = checks.text("memberUnit", c.memberUnit(), 100, "planning.field.memberUnit");
        checks.throwIfAny();
        if (store.indicatorCodeTaken(code)) {
            throw new ConflictException("code", StoredText.of("planning.error.codeExists", code));
        }
        store.insertIndicator(new Scoring.Indicator(0, code, name, dimension, unit, direction, weight, target, unitName), 100);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, code, StoredText.of("planning.audit.livelihood.indicatorAdded", name, unitName));
    }

    private static void checkHalf(int half) {
        if (half != 0 && half != 1) {
            throw FieldErrors.of("half", StoredText.of("planning.error.half"));
        }
    }

    Round round(int year, int half) {
        Years.check("year", year);
        checkHalf(half);
        return store.round(choices.cityOf(access.reader()), year, half)
                .orElseThrow(() -> new NotFoundException(StoredText.of(half == 1 ? "planning.error.notOpenHalf" : "planning.error.notOpenYear", year)));
    }
}
