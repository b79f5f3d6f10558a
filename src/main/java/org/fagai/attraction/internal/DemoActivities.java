package org.fagai.attraction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The demo's trips, signing events and meetings without a lead, year by year. 2023 carries seed 000's figures: 130 trips
 * led by the principal leaders and 32 provincial or national signing events (the meetings are topped up to 832 once the
 * leads' own negotiations are known).
 */
final class DemoActivities {

    private static final String[] DESTINATIONS = {"深圳", "上海", "苏州", "杭州", "北京", "广州", "合肥", "成都", "宁波", "无锡",
            "香港", "新加坡", "东京", "首尔", "法兰克福", "厦门", "南京", "武汉", "西安", "重庆"};
    private static final String[] VISITED = {"比亚迪股份有限公司、深圳市工商联", "上汽集团、上海浙江商会", "博世（中国）、苏州工业园区管委会",
            "阿里巴巴集团、杭州市投资促进局", "中国建材集团、北京浙江企业商会", "广汽集团、广东省示范商会", "蔚来汽车、合肥市招商局",
            "京东方、成都高新区", "宁德时代、宁波示范商会", "药明康德、无锡市贸促会"};
    private static final String[] NATIONAL = {"中国国际进口博览会", "中国国际服务贸易交易会", "中国国际投资贸易洽谈会", "世界制造业大会",
            "中国—东盟博览会"};

    private DemoActivities() {
    }

    /** Trips of a year: {@code principal} led by the principal leaders, {@code others} by heads of departments. */
    static void trips(DemoWorld w, Iterator<Long> ids, int year, LocalDate until, int principal, int others) {
        for (int k = 0; k < principal + others; k++) {
            boolean led = k < principal;
            int r = led ? (k % 5 < 2 ? 0 : 1 + k % 6) : 1 + k % 6;
            String region = DemoWorld.REGIONS.get(r);
            String name = DemoWorld.REGION_NAMES[r];
            String who = !led ? name + "招商服务中心主任" : r == 0 ? (k % 2 == 0 ? "市委书记" : "市长")
                    : name + (name.endsWith("县") ? (k % 2 == 0 ? "县委书记" : "县长") : (k % 2 == 0 ? "区委书记" : "区长"));
            LocalDate start = spread(year, k, principal + others, until);
            LocalDate end = start.plusDays(1 + k % 3).isAfter(until) ? start : start.plusDays(1 + k % 3);
            String destination = DESTINATIONS[(k * 7 + year) % DESTINATIONS.length];
            w.trips.add(new DemoWorld.Trip(ids.next(), region, start, end, led, who, name + "发改局、商务局、招商服务中心",
                    destination, VISITED[(k + year) % VISITED.length]));
        }
    }

    /** Signing events of a year: {@code major} provincial or national (every fifth national), {@code minor} city or county. */
    static List<DemoWorld.Event> events(DemoWorld w, Iterator<Long> ids, int year, LocalDate until, int major, int minor) {
        List<DemoWorld.Event> majors = new ArrayList<>();
        for (int k = 0; k < major + minor; k++) {
            LocalDate on = spread(year, k, major + minor, until);
            int r = k % DemoWorld.REGIONS.size();
            DemoWorld.Event e;
            if (k < major) {
                boolean national = k % 5 == 0;
                String name = national ? year + "年" + NATIONAL[(k / 5) % NATIONAL.length] + "重大项目签约"
                        : year + "年全省重大项目集中签约活动（第" + (k + 1) + "批）";
                e = new DemoWorld.Event(ids.next(), name, on, national ? EventLevel.NATIONAL : EventLevel.PROVINCIAL,
                        national ? "商务部" : "省发展和改革委员会", national ? "上海" : "省会", DemoWorld.REGIONS.get(0));
                majors.add(e);
            } else {
                boolean city = r == 0 || k % 2 == 0;
                e = new DemoWorld.Event(ids.next(), city ? year + "年示范市招商引资项目集中签约仪式（第" + (k - major + 1) + "场）"
                        : DemoWorld.REGION_NAMES[r] + year + "年重点项目签约仪式", on, city ? EventLevel.CITY : EventLevel.COUNTY,
                        city ? "示范市人民政府" : DemoWorld.REGION_NAMES[r] + "人民政府", DemoWorld.REGION_NAMES[r],
                        DemoWorld.REGIONS.get(city ? 0 : r));
            }
            w.events.add(e);
        }
        return majors;
    }

    /** Adds meetings without a lead (商会座谈, 推介洽谈) until the year has {@code target} negotiations. */
    static void topUpNegotiations(DemoWorld w, int year, LocalDate until, int target) {
        long held = w.negotiations.stream().filter(n -> n.heldOn().getYear() == year).count();
        int missing = (int) Math.max(0, target - held);
        for (int k = 0; k < missing; k++) {
            int r = k % DemoWorld.REGIONS.size();
            String where = DESTINATIONS[k % DESTINATIONS.length];
            w.negotiations.add(new DemoWorld.Negotiation(0, spread(year, k, missing, until), DemoWorld.REGIONS.get(r),
                    DemoWorld.REGION_NAMES[r] + "（" + where + "）投资环境推介洽谈会", where + "商会会员企业代表、" + DemoWorld.REGION_NAMES[r]
                    + "招商服务中心", "介绍产业政策和重点园区，收集投资意向", "跟进有意向企业", List.of()));
        }
    }

    /** The k-th of n days spread over a year, never after {@code until}. */
    static LocalDate spread(int year, int k, int n, LocalDate until) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = until.getYear() == year ? until : LocalDate.of(year, 12, 31);
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        return first.plusDays(days * k / Math.max(1, n));
    }
}
