package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The funnel's figures and the definitions of its rates. Two sets of records are followed:
 * <ul>
 * <li>the <b>leads found</b> in the period (线索 date inside it), and how far each has come since;</li>
 * <li>the <b>projects first signed</b> in the period (counted once, at the first signing — the summary's 签约项目), and how
 * far each has come since, with the investment of the agreement in force.</li>
 * </ul>
 * Each rate is a fraction with four decimals (half up), or null when its denominator is zero:
 * 签约转化率 = leads found that have signed ÷ leads found; 履约率/落地率 = signed projects registered (注册落地) ÷ signed
 * projects; 开工率 = started ÷ signed projects; 投产率 = producing (投产 or 达产) ÷ signed projects; 资金到位率 = (到位资金
 * reported on the leads + the linked key projects' completed investment since their start) ÷ 协议投资 of the signed
 * projects — it may pass 100%. Origin shares are of the signed projects, by count and by 协议投资.
 */
final class FunnelFigures {

    private FunnelFigures() {
    }

    /** Leads found in the period, and how many of them have reached each later stage. */
    record LeadCohort(long found, long negotiating, long signed, long registered, long started, long producing, long fullCapacity) {

        static final LeadCohort NONE = new LeadCohort(0, 0, 0, 0, 0, 0, 0);

        LeadCohort plus(LeadCohort o) {
            return new LeadCohort(found + o.found, negotiating + o.negotiating, signed + o.signed, registered + o.registered,
                    started + o.started, producing + o.producing, fullCapacity + o.fullCapacity);
        }

        long reached(LeadStage stage) {
            return switch (stage) {
                case LEAD -> found;
                case NEGOTIATING -> negotiating;
                case SIGNED -> signed;
                case REGISTERED -> registered;
                case STARTED -> started;
                case PRODUCING -> producing;
                case FULL_CAPACITY -> fullCapacity;
            };
        }
    }

    /** Per origin: projects first signed in the period and their 协议投资. */
    record OriginFigures(long projects, BigDecimal agreedInvestment) {

        static final OriginFigures NONE = new OriginFigures(0, BigDecimal.ZERO);

        OriginFigures plus(OriginFigures o) {
            return new OriginFigures(projects + o.projects, agreedInvestment.add(o.agreedInvestment));
        }
    }

    /** Projects first signed in the period and how far they have come; money in 万元. */
    record SignedCohort(long projects, BigDecimal agreedInvestment, long registered, long started, long producing,
                        long fullCapacity, BigDecimal reportedFunds, BigDecimal projectInvestment, List<OriginFigures> origins) {

        static final SignedCohort NONE = new SignedCohort(0, BigDecimal.ZERO, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                List.of(OriginFigures.NONE, OriginFigures.NONE, OriginFigures.NONE));

        SignedCohort plus(SignedCohort o) {
            List<OriginFigures> sum = new ArrayList<>();
            for (int i = 0; i < origins.size(); i++) {
                sum.add(origins.get(i).plus(o.origins.get(i)));
            }
            return new SignedCohort(projects + o.projects, agreedInvestment.add(o.agreedInvestment), registered + o.registered,
                    started + o.started, producing + o.producing, fullCapacity + o.fullCapacity,
                    reportedFunds.add(o.reportedFunds), projectInvestment.add(o.projectInvestment), sum);
        }

        SignedCohort withProjectInvestment(BigDecimal investment) {
            return new SignedCohort(projects, agreedInvestment, registered, started, producing, fullCapacity, reportedFunds,
                    investment, origins);
        }

        /** 实际到位资金: the officers' reported money plus the key projects' completed investment. */
        BigDecimal fundsInPlace() {
            return reportedFunds.add(projectInvestment);
        }

        OriginFigures origin(Origin origin) {
            return origins.get(origin.ordinal());
        }
    }

    record Rates(BigDecimal signingConversion, BigDecimal landing, BigDecimal start, BigDecimal production,
                 BigDecimal fundsInPlace) {

        static Rates of(LeadCohort leads, SignedCohort signed) {
            return new Rates(ratio(leads.signed(), leads.found()), ratio(signed.registered(), signed.projects()),
                    ratio(signed.started(), signed.projects()), ratio(signed.producing(), signed.projects()),
                    ratio(signed.fundsInPlace(), signed.agreedInvestment()));
        }
    }

    /** An origin's share of the signed projects, by count and by 协议投资. */
    record OriginShare(Origin origin, long projects, BigDecimal agreedInvestment, BigDecimal projectShare,
                       BigDecimal investmentShare) {

        static List<OriginShare> of(SignedCohort signed) {
            List<OriginShare> shares = new ArrayList<>();
            for (Origin origin : Origin.values()) {
                OriginFigures f = signed.origin(origin);
                shares.add(new OriginShare(origin, f.projects(), f.agreedInvestment(), ratio(f.projects(), signed.projects()),
                        ratio(f.agreedInvestment(), signed.agreedInvestment())));
            }
            return shares;
        }
    }

    static BigDecimal ratio(long part, long whole) {
        return ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
