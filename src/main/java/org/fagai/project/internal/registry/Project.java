package org.fagai.project.internal.registry;

import org.fagai.shared.StoredText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.fagai.project.ProjectStage;

/** A key project across its whole life: identity, owner, place, scale, money, stage and 入库. */
@Entity
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private boolean provisionalCode;
    private String name;
    private String ownerUnit;
    private String ownerCreditCode;
    private String department;
    private String leader;
    private String regionCode;
    private String industryCode;
    private String location;
    private String scaleContent;
    @Convert(converter = YearMonthConverter.class)
    private YearMonth startMonth;
    @Convert(converter = YearMonthConverter.class)
    private YearMonth endMonth;
    private BigDecimal totalInvestment;
    @Embedded
    private Funding funding;
    @Enumerated(EnumType.STRING)
    private InvestmentType investmentType;
    private BigDecimal completedBefore;
    @Enumerated(EnumType.STRING)
    private ProjectStage stage;
    private LocalDate actualStartDate;
    private boolean registered;
    private LocalDate registeredOn;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Project() {
    }

    Project(String code, boolean provisionalCode, ProjectStage stage, Instant now) {
        this.code = code;
        this.provisionalCode = provisionalCode;
        this.stage = stage;
        this.createdAt = now;
        this.updatedAt = now;
        this.funding = Funding.NONE;
        this.investmentType = InvestmentType.ENTERPRISE;
        this.completedBefore = BigDecimal.ZERO;
    }

    void describe(ProjectDetails d, Instant now) {
        this.name = d.name();
        this.ownerUnit = d.ownerUnit();
        this.ownerCreditCode = d.ownerCreditCode();
        this.department = d.department();
        this.leader = d.leader();
        this.regionCode = d.regionCode();
        this.industryCode = d.industryCode();
        this.location = d.location();
        this.scaleContent = d.scaleContent();
        this.startMonth = d.startMonth();
        this.endMonth = d.endMonth();
        this.totalInvestment = d.totalInvestment();
        this.funding = d.funding() == null ? Funding.NONE : d.funding();
        this.investmentType = d.investmentType() == null ? InvestmentType.suggestedBy(this.funding) : d.investmentType();
        this.completedBefore = d.completedBefore() == null ? BigDecimal.ZERO : d.completedBefore();
        this.updatedAt = now;
    }

    /**
     * Moves the project forward in its life cycle (never back); starting construction records the start date.
     */
    void advanceTo(ProjectStage target, LocalDate on, Instant now) {
        if (target.compareTo(stage) <= 0) {
            throw new IllegalArgumentException(StoredText.of("project.error.stageForwardOnly",
                    StoredText.label("project.stage." + stage.name()), StoredText.label("project.stage." + target.name())));
        }
        if (target.isStarted() && actualStartDate == null) {
            actualStartDate = on;
        }
        stage = target;
        updatedAt = now;
    }

    /** Registers the project in the fixed-asset investment statistics (入库); only a started project can be. */
    void register(LocalDate on, Instant now) {
        if (!stage.isStarted()) {
            throw new IllegalArgumentException(StoredText.of("project.error.registerBeforeStart"));
        }
        if (actualStartDate != null && on.isBefore(actualStartDate)) {
            throw new IllegalArgumentException(StoredText.of("project.error.registeredBeforeStart", actualStartDate));
        }
        registered = true;
        registeredOn = on;
        updatedAt = now;
    }

    /** Replaces a provisional code with the one assigned by the national platform; history is kept by id. */
    String replaceCode(String newCode, Instant now) {
        String old = code;
        code = newCode;
        provisionalCode = false;
        updatedAt = now;
        return old + " → " + newCode;
    }

    public Long id() { return id; }
    public String code() { return code; }
    boolean provisionalCode() { return provisionalCode; }
    public String name() { return name; }
    String ownerUnit() { return ownerUnit; }
    public String ownerCreditCode() { return ownerCreditCode; }
    String department() { return department; }
    String leader() { return leader; }
    public String regionCode() { return regionCode; }
    String industryCode() { return industryCode; }
    String location() { return location; }
    String scaleContent() { return scaleContent; }
    YearMonth startMonth() { return startMonth; }
    YearMonth endMonth() { return endMonth; }
    public BigDecimal totalInvestment() { return totalInvestment; }
    Funding funding() { return funding; }
    public InvestmentType investmentType() { return investmentType; }
    public BigDecimal completedBefore() { return completedBefore; }
    public ProjectStage stage() { return stage; }
    LocalDate actualStartDate() { return actualStartDate; }
    boolean registered() { return registered; }
    LocalDate registeredOn() { return registeredOn; }
}
