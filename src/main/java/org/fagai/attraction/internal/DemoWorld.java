package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the demo generates before it is written: every row with its id, and the companies to register. */
final class DemoWorld {

    static final List<String> REGIONS = List.of("339900", "339902", "339903", "339904", "339905", "339921", "339922");
    static final String[] REGION_NAMES = {"示范市", "东湖区", "西山区", "南岭区", "北港区", "青溪县", "云岭县"};

    record Trip(long id, String region, LocalDate start, LocalDate end, boolean principal, String leaders, String delegation,
                String destination, String visited) {
    }

    record Event(long id, String name, LocalDate heldOn, EventLevel level, String organizer, String location, String region) {
    }

    record Signing(long leadId, AgreementType type, LocalDate on, BigDecimal amount, BigDecimal usd, ExchangeRates.DayRate rate,
                   boolean counted, Long eventId, String site, BigDecimal land, LocalDate expectedStart) {
    }

    record Negotiation(long id, LocalDate heldOn, String region, String topic, String participants, String outcome, String nextStep,
                       List<Long> leadIds) {
    }

    record Funds(long leadId, LocalDate on, BigDecimal amount, String note) {
    }

    record Company(String code, String name, String region, String industry) {
    }

    final List<Trip> trips = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Lead> leads = new ArrayList<>();
    final List<Signing> signings = new ArrayList<>();
    final List<Negotiation> negotiations = new ArrayList<>();
    final List<Funds> funds = new ArrayList<>();
    final List<Company> companies = new ArrayList<>();
}
