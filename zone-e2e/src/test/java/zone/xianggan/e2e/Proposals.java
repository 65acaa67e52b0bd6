package zone.xianggan.e2e;

/** Projects the end-to-end tests propose, as an agency writes them. */
final class Proposals {

    /**
     * An intercity bus line of Liuyang (Hunan, lead) and Shangli (Jiangxi) in their city cluster, with a milestone and
     * an outcome measured by the villages with bus service, from 100 in 2024 to 140 in 2027.
     */
    static final String LIUYANG_SHANGLI_BUS = """
            {"titleZh":"浏阳—上栗城际公交","titleEn":"Liuyang-Shangli intercity bus",
             "descriptionZh":"开通城际公交线路","descriptionEn":"An intercity bus line across the provincial border",
             "planArea":"INFRASTRUCTURE_CONNECTIVITY",
             "participants":[{"countyCode":"430181","role":"LEAD"},{"countyCode":"360322","role":"PARTNER"}],
             "cluster":"liuyang-liling-shangli-xiangdong-anyuan-luxi",
             "plannedInvestment":{"currency":"CNY","bySource":[{"source":"CENTRAL_BUDGET","amount":1000000.00}]},
             "plannedStart":"2026-03-01","plannedEnd":"2027-12-31",
             "milestones":[{"name":"First bus","due":"2026-12-31"}],
             "outcomes":[{"indicatorCode":"VILLAGES_WITH_BUS_SERVICE","baseline":100,"baselinePeriod":"2024",
                          "target":140,"targetPeriod":"2027"}]}""";

    private Proposals() {
    }
}
