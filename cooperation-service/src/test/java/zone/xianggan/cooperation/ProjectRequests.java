package zone.xianggan.cooperation;

/** Request bodies as an agency would send them. */
public final class ProjectRequests {

    private ProjectRequests() {
    }

    /** A proposal with these units (the first leads) and one outcome of {@code indicator} over all of them. */
    public static String proposal(String indicator, String... counties) {
        StringBuilder participants = new StringBuilder();
        for (int i = 0; i < counties.length; i++) {
            participants.append(i == 0 ? "" : ",").append("""
                    {"countyCode":"%s","role":"%s"}""".formatted(counties[i], i == 0 ? "LEAD" : "PARTNER"));
        }
        return """
                {"titleZh":"浏阳—上栗城际公交","titleEn":"Liuyang–Shangli intercity bus",
                 "descriptionZh":"开通城际公交线路","descriptionEn":"An intercity bus line",
                 "planArea":"INFRASTRUCTURE_CONNECTIVITY",
                 "participants":[%s],
                 "cluster":"liuyang-liling-shangli-xiangdong-anyuan-luxi",
                 "plannedInvestment":{"currency":"CNY","bySource":[
                    {"source":"CENTRAL_BUDGET","amount":1000000.00},{"source":"LOCAL_BUDGET","amount":250000.50}]},
                 "plannedStart":"2026-03-01","plannedEnd":"2027-12-31",
                 "milestones":[{"name":"Route agreed","due":"2026-06-30"},{"name":"First bus","due":"2026-12-31"}],
                 "outcomes":[{"indicatorCode":"%s","baseline":2,"baselinePeriod":"2025","target":6,
                              "targetPeriod":"2027"}]}""".formatted(participants, indicator);
    }

    public static String approve(String province) {
        return """
                {"province":"%s","decision":"APPROVE"}""".formatted(province);
    }

    public static String to(String status, String reason) {
        return reason == null ? """
                {"status":"%s"}""".formatted(status) : """
                {"status":"%s","reason":"%s"}""".formatted(status, reason);
    }
}
